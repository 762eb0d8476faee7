// Each import is confirmed by reading it back (issue 16, finding 10): an import that
// CodeBuild accepts (200, an ARN) but never lists is a failed region, named, in both
// shipped bundles under Node 24 against the emulator's `unlisted` fault.
import { describe, expect, test } from '@jest/globals';
import { useEmulator } from '../support/emulated.js';
import { FRONTS, runFront } from '../support/front-run.js';

const emu = useEmulator();
const GH = 'ghp_' + 'DA40Ufeg6mbUYpRAojmABsZ5XPnyFKIUiOp';

describe.each(FRONTS)('%s: an import accepted but not listed', (front) => {
  test('fails that region, named, while the other region is done', async () => {
    const e = emu.get();
    e.github.addToken(GH, { scopes: ['repo'] });
    e.faults.add({
      service: 'codebuild',
      operation: 'ImportSourceCredentials',
      region: 'eu-west-1',
      kind: 'unlisted',
    });
    const r = await runFront(e, front, {
      'server-type': 'github',
      token: GH,
      'aws-region': 'us-east-1,eu-west-1',
    });
    expect(r.code).toBe(1);
    // CodeBuild accepted it, and holds nothing there.
    const imports = e.requests.filter((q) => q.operation === 'ImportSourceCredentials');
    expect(imports.map((q) => [q.region, q.status]).sort()).toEqual([
      ['eu-west-1', 200],
      ['us-east-1', 200],
    ]);
    expect(e.codebuild.credentials('eu-west-1')).toHaveLength(0);
    expect(e.codebuild.credentials('us-east-1')).toHaveLength(1);

    const report = JSON.parse(r.report) as {
      outcome: string;
      regions: Array<{ region: string; status: string; detail: string }>;
    };
    expect(report.outcome).toBe('failure');
    expect(report.regions.find((x) => x.region === 'eu-west-1')).toMatchObject({
      status: 'error',
      detail: 'imported, but ListSourceCredentials does not show the credential',
    });
    expect(report.regions.find((x) => x.region === 'us-east-1')).toMatchObject({ status: 'ok' });
    // Said where it fails the run: the pipe's last line, the Action's failure.
    const failure = front === 'pipe' ? r.stderr : r.stdout;
    expect(failure).toMatch(
      /eu-west-1.*imported, but ListSourceCredentials does not show the credential/,
    );
    expect(r.everything.replace(/^::add-mask::.*$/gm, '')).not.toContain(GH);
  });
});

describe.each(FRONTS)('%s: an import whose read-back shows another auth type', (front) => {
  test('is not counted as done: that region fails, naming what CodeBuild holds', async () => {
    const e = emu.get();
    e.github.addToken(GH, { scopes: ['repo'] });
    // eu-west-1 holds an OAUTH credential; the import is accepted and not kept, so the
    // read-back lists the OAUTH one under the same ARN.
    e.codebuild.seed('eu-west-1', { serverType: 'GITHUB', authType: 'OAUTH', token: 'oauth' });
    e.faults.add({
      service: 'codebuild',
      operation: 'ImportSourceCredentials',
      region: 'eu-west-1',
      kind: 'unlisted',
    });
    const r = await runFront(e, front, {
      'server-type': 'github',
      token: GH,
      'aws-region': 'us-east-1,eu-west-1',
    });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.report) as {
      regions: Array<{ region: string; status: string; detail: string }>;
    };
    expect(report.regions.find((x) => x.region === 'eu-west-1')).toMatchObject({
      status: 'error',
      detail: expect.stringMatching(
        /^imported, but eu-west-1 holds a OAUTH credential, not PERSONAL_ACCESS_TOKEN|^imported, but the region holds a OAUTH credential, not PERSONAL_ACCESS_TOKEN/,
      ),
    });
    expect(report.regions.find((x) => x.region === 'us-east-1')).toMatchObject({ status: 'ok' });
  });
});

describe.each(FRONTS)('%s: an import whose read-back shows another resource', (front) => {
  test('is not counted as done: that region fails, naming the connection CodeBuild uses', async () => {
    const e = emu.get();
    const connection =
      'arn:aws:codeconnections:us-east-1:123456789012:connection/5c1e7d0a-2b3c-4d5e-8f90-a1b2c3d4e5f6';
    const other = connection.replace('5c1e7d0a', 'ffffffff');
    e.codeconnections.add({
      arn: connection,
      name: 'bitbucket-main',
      status: 'AVAILABLE',
      providerType: 'Bitbucket',
    });
    // eu-west-1 holds a credential of the same auth type on another connection; the import
    // is accepted and not kept, so the read-back (ListSourceCredentials, its real shape:
    // arn, serverType, authType, resource) lists that one under the same ARN.
    e.codebuild.seed('eu-west-1', {
      serverType: 'BITBUCKET',
      authType: 'CODECONNECTIONS',
      token: other,
    });
    e.faults.add({
      service: 'codebuild',
      operation: 'ImportSourceCredentials',
      region: 'eu-west-1',
      kind: 'unlisted',
    });
    const r = await runFront(e, front, {
      'server-type': 'bitbucket',
      'auth-type': 'CODECONNECTIONS',
      token: connection,
      'aws-region': 'us-east-1,eu-west-1',
    });
    expect(r.code).toBe(1);
    const imports = e.requests.filter((q) => q.operation === 'ImportSourceCredentials');
    expect(imports.map((q) => [q.region, q.status]).sort()).toEqual([
      ['eu-west-1', 200],
      ['us-east-1', 200],
    ]);
    const report = JSON.parse(r.report) as {
      outcome: string;
      regions: Array<{ region: string; status: string; detail: string }>;
    };
    expect(report.outcome).toBe('failure');
    expect(report.regions.find((x) => x.region === 'eu-west-1')).toMatchObject({
      status: 'error',
      detail: `imported, but the region uses ${other}, not ${connection}. Run sync to point it at the expected one.`,
    });
    expect(report.regions.find((x) => x.region === 'us-east-1')).toMatchObject({ status: 'ok' });
  });
});
