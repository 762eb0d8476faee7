// What AWS Organizations, Systems Manager and account:ListRegions answer is checked where
// it is read, and every listing is bounded (issue 25, findings 7, 10 and 13). Through both
// shipped bundles under Node 24, against the emulator answering as a hostile endpoint would:
// a NextToken that repeats, an OU that lists itself, malformed and duplicate account IDs,
// states and region names with line breaks and `::`, and runs left with nothing to do.
import { describe, expect, test } from '@jest/globals';
import { useEmulator } from '../support/emulated.js';
import { FRONTS, runFront, type FrontRun } from '../support/front-run.js';
import type { Report } from '../../src/core/report/report.js';

const emu = useEmulator();
const GH = 'ghp_' + 'B0undsAndL00psT0kenQwErTyUiOpAsDf';
const ROLE = 'codebuild-credential-sync';
const fleet = { 'server-type': 'github', token: GH, 'role-name': ROLE };

/** No stdout or stderr line the runner would read as the injected command, however split. */
function noInjectedCommand(r: FrontRun): void {
  for (const line of `${r.stdout}\n${r.stderr}`.split(/\r\n|\r|\n|\u2028|\u2029|\u0085/))
    expect(line).not.toMatch(/^\s*::(error title=PWNED|set-output name=arn)/);
}

function reportOf(r: FrontRun): Report {
  return JSON.parse(r.report) as Report;
}

describe.each(FRONTS)('%s bundle: bounded listings', (front) => {
  test('a ListAccounts answer that repeats its NextToken is stopped after two pages, naming the service', async () => {
    const e = emu.get();
    e.github.addToken(GH, { scopes: ['repo'] });
    e.faults.add({
      service: 'organizations',
      operation: 'ListAccounts',
      kind: 'answer',
      answer: {
        Accounts: [{ Id: '210000000001', Name: 'a', State: 'ACTIVE' }],
        NextToken: 'again',
      },
      count: Infinity,
    });
    const r = await runFront(e, front, { ...fleet, accounts: 'organization' });
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toContain(
      'AWS Organizations ListAccounts gave the same next-page token twice, so its listing would never end: it was stopped after 2 pages.',
    );
    expect(e.requests.filter((q) => q.operation === 'ListAccounts')).toHaveLength(2);
    // Nothing was worked on: no role assumed, nothing imported.
    expect(
      e.requests.filter(
        (q) =>
          (q.service === 'sts' && q.operation !== 'GetCallerIdentity') || q.service === 'codebuild',
      ),
    ).toEqual([]);
  });

  test('an OU that lists itself as its own child is walked once', async () => {
    const e = emu.get();
    e.github.addToken(GH, { scopes: ['repo'] });
    const ou = e.organizations.addOrganizationalUnit('loop');
    e.organizations.addAccount({ id: '210000000001', name: 'prod', parentId: ou });
    e.faults.add({
      service: 'organizations',
      operation: 'ListChildren',
      kind: 'answer',
      answer: { Children: [{ Id: ou, Type: 'ORGANIZATIONAL_UNIT' }] },
      count: Infinity,
    });
    const r = await runFront(e, front, { ...fleet, accounts: `ou:${ou}` });
    expect(r.code).toBe(0);
    expect(e.requests.filter((q) => q.operation === 'ListChildren')).toHaveLength(1);
    expect(reportOf(r).accounts?.map((a) => [a.id, a.status])).toEqual([
      ['210000000001', 'worked'],
    ]);
  });
});

describe.each(FRONTS)('%s bundle: names validated where read', (front) => {
  test('malformed and repeated account IDs are never used, an unknown state is unreadable, and none becomes a command', async () => {
    const e = emu.get();
    e.github.addToken(GH, { scopes: ['repo'] });
    for (const id of ['210000000001', '210000000003'])
      e.organizations.addAccount({ id, name: `n${id}` });
    e.faults.add({
      service: 'organizations',
      operation: 'ListAccounts',
      kind: 'answer',
      answer: {
        Accounts: [
          { Id: '210000000001', Name: 'prod', State: 'ACTIVE' },
          { Id: '210000000001', Name: 'prod again', State: 'ACTIVE' },
          { Id: '999999999999:role/Admin', Name: 'arn', State: 'ACTIVE' },
          { Id: '210000000002\n::set-output name=arn::PWNED', Name: 'x', State: 'ACTIVE' },
          { Id: '210000000003', Name: 'odd', State: 'ACTIVE\r::error title=PWNED::PWNED' },
        ],
      },
      count: Infinity,
    });
    const r = await runFront(e, front, { ...fleet, accounts: 'organization' });
    noInjectedCommand(r);
    expect(r.code).toBe(0);
    const assumed = e.requests.filter((q) => q.operation === 'AssumeRole');
    // One AssumeRole, for the one well-formed ACTIVE account, once.
    expect(assumed).toHaveLength(1);
    expect(e.requests.filter((q) => q.operation === 'ImportSourceCredentials')).toHaveLength(1);
    const report = reportOf(r);
    expect(report.accounts?.map((a) => [a.id, a.status, a.state])).toEqual([
      ['210000000001', 'worked', 'ACTIVE'],
      ['210000000003', 'skipped', 'unreadable'],
    ]);
    expect(report.warnings.join('\n')).toMatch(
      /AWS Organizations ListAccounts answered 2 malformed account IDs \("999999999999:role\/Admin", "210000000002.*"\): an account ID is 12 digits, so they were left out\./,
    );
    expect(r.everything).not.toContain('arn:aws:iam::999999999999:role/Admin');
  });

  test('region names from Systems Manager: malformed ones (a line break, `::`, 150,000 characters) left out, repeated ones used once', async () => {
    const e = emu.get();
    e.github.addToken(GH, { scopes: ['repo'] });
    const path = '/aws/service/global-infrastructure/services/codebuild/regions';
    e.faults.add({
      service: 'ssm',
      operation: 'GetParametersByPath',
      kind: 'answer',
      answer: {
        Parameters: [
          { Name: `${path}/us-east-1`, Value: 'us-east-1', Type: 'String' },
          { Name: `${path}/us-east-1`, Value: 'us-east-1', Type: 'String' },
          { Name: `${path}/x`, Value: 'eu-west-1\r::error title=PWNED::PWNED', Type: 'String' },
          { Name: `${path}/y`, Value: 'us-east-1'.repeat(16_000), Type: 'String' },
        ],
      },
      count: Infinity,
    });
    const r = await runFront(e, front, { 'server-type': 'github', token: GH, 'aws-region': 'all' });
    noInjectedCommand(r);
    expect(r.code).toBe(0);
    const imports = e.requests.filter((q) => q.operation === 'ImportSourceCredentials');
    expect(imports.map((q) => q.region)).toEqual(['us-east-1']);
    expect(reportOf(r).warnings.join('\n')).toMatch(
      /AWS Systems Manager \/aws\/service\/global-infrastructure\/services\/codebuild\/regions answered 2 malformed region names/,
    );
    expect(r.everything).not.toContain('us-east-1'.repeat(10));
  });
});

describe.each(FRONTS)('%s bundle: a run with nothing to do fails, saying why', (front) => {
  test('an empty OU', async () => {
    const e = emu.get();
    e.github.addToken(GH, { scopes: ['repo'] });
    const ou = e.organizations.addOrganizationalUnit('empty');
    const r = await runFront(e, front, { ...fleet, accounts: `ou:${ou}`, mode: 'check' });
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toContain(
      `Nothing to do: ou:${ou} lists no account, so no region was worked on.`,
    );
    expect(reportOf(r).outcome).toBe('failure');
  });

  test('every account excluded; an excluded account not listed is warned about', async () => {
    const e = emu.get();
    e.github.addToken(GH, { scopes: ['repo'] });
    const r = await runFront(e, front, {
      ...fleet,
      accounts: '210000000001,210000000002',
      'exclude-accounts': '210000000001,210000000002,210000000009',
    });
    expect(r.code).toBe(1);
    const said = r.stdout + r.stderr;
    expect(said).toMatch(/Nothing to do: .+ excludes every account listed \(2\)/);
    expect(said).toMatch(/names 210000000009, which .+ does not list\./);
    expect(
      e.requests.filter(
        (q) =>
          (q.service === 'sts' && q.operation !== 'GetCallerIdentity') || q.service === 'codebuild',
      ),
    ).toEqual([]);
  });

  test('aws-region: all where no region is enabled', async () => {
    const e = emu.get();
    e.github.addToken(GH, { scopes: ['repo'] });
    e.faults.add({
      service: 'account',
      operation: 'ListRegions',
      kind: 'answer',
      answer: { Regions: [] },
      count: Infinity,
    });
    const r = await runFront(e, front, {
      'server-type': 'github',
      token: GH,
      'aws-region': 'all',
      mode: 'check',
    });
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toContain(
      'Nothing to do: no region where CodeBuild is offered is enabled in the account, so no region was worked on.',
    );
  });
});
