// The shipped Action bundle (dist/action/index.js), run as a child process under
// Node 24 the way the runner starts it: every declared input as INPUT_<NAME>,
// GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, GITHUB_API_URL and the AWS
// endpoint pointed at the emulator.
import { describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Report } from '../../src/core/report/report.js';
import { useEmulator } from '../support/emulated.js';
import {
  readOutputs,
  runnerFiles,
  runnerInputs,
  workflowCommands,
} from '../support/runner-files.js';
import { runBundle, type BundleResult } from '../support/run-bundle.js';

const emu = useEmulator();
const GH = 'ghp_' + 'Zq8Lw3Rt5Yu7Io9Pa1Sd2Fg4Hj6Kl0Mn3Bv5C';
const ACCOUNT = '123456789012';
const arnIn = (region: string, type = 'github') =>
  `arn:aws:codebuild:${region}:${ACCOUNT}:token/${type}`;
/** Far enough ahead to be outside the 14-day warning window; whole seconds, as GitHub sends. */
const LATER = new Date(Math.ceil((Date.now() + 200 * 86_400_000) / 1000) * 1000);
const iso = (d: Date) => d.toISOString().replace('.000Z', 'Z');

interface StepResult extends BundleResult {
  outputs: Record<string, string>;
  summary: string;
  outputFile: string;
  report: () => Report;
}

/** One step of a workflow: `with:` inputs, plus extra environment. */
async function step(
  inputs: Record<string, string>,
  env: Record<string, string | undefined> = {},
): Promise<StepResult> {
  const files = runnerFiles();
  const result = await runBundle('action', {
    ...emu.get().env,
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: 'acme/infra',
    GITHUB_WORKFLOW: 'Rotate CodeBuild token',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_NUMBER: '7',
    GITHUB_ACTOR: 'octocat',
    GITHUB_SERVER_URL: 'https://github.com',
    RUNNER_TEMP: files.dir,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    ...runnerInputs(inputs),
    ...env,
  });
  const outputs = readOutputs(files.output);
  return {
    ...result,
    outputs,
    outputFile: readFileSync(files.output, 'utf8'),
    summary: readFileSync(files.summary, 'utf8'),
    report: () => JSON.parse(outputs.report) as Report,
  };
}

const commands = (r: BundleResult, command: string) =>
  workflowCommands(r.stdout).filter((c) => c.command === command);

/** The token appears nowhere but the `::add-mask::` line: not in logs, summary or outputs. */
function expectTokenOnlyMasked(r: StepResult, token = GH) {
  const encoded = [token, encodeURIComponent(token), Buffer.from(token).toString('base64')];
  const lines = r.stdout.split('\n').filter((l) => encoded.some((e) => l.includes(e)));
  expect(lines).toEqual([`::add-mask::${token}`]);
  for (const text of [r.stderr, r.summary, r.outputFile]) {
    for (const e of encoded) expect(text).not.toContain(e);
  }
}

describe('sync', () => {
  test('imports the token and sets every output', async () => {
    emu.get().github.addToken(GH, {
      scopes: ['repo', 'admin:repo_hook'],
      expiresAt: LATER,
      login: 'octocat',
    });
    const r = await step({ token: GH, 'aws-region': 'us-east-1' });

    expect(r.code).toBe(0);
    const stored = emu.get().codebuild.credentials('us-east-1');
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      serverType: 'GITHUB',
      authType: 'PERSONAL_ACCESS_TOKEN',
      token: GH,
    });

    expect(Object.keys(r.outputs).sort()).toEqual(
      ['arn', 'arns', 'drift', 'missing-scopes', 'report', 'scopes', 'token-expires-at'].sort(),
    );
    expect(r.outputs.arn).toBe(stored[0].arn);
    expect(r.outputs.arn).toBe(arnIn('us-east-1'));
    expect(JSON.parse(r.outputs.arns)).toEqual({ 'us-east-1': stored[0].arn });
    expect(r.outputs.scopes).toBe('repo,admin:repo_hook');
    expect(r.outputs['missing-scopes']).toBe('');
    expect(r.outputs['token-expires-at']).toBe(iso(LATER));
    expect(r.outputs.drift).toBe('false');
    const report = r.report();
    expect(report).toMatchObject({
      mode: 'sync',
      outcome: 'success',
      drift: false,
      token: { identity: 'octocat', accepted: true },
      context: { repository: 'acme/infra', runId: '4242', workflow: 'Rotate CodeBuild token' },
    });
    expect(report.regions).toEqual([
      expect.objectContaining({ region: 'us-east-1', action: 'imported', arn: stored[0].arn }),
    ]);

    expect(r.summary).toContain('CodeBuild credential: sync of the GITHUB credential');
    expect(r.summary).toContain('| Scopes missing | none |');
    expect(r.summary).toContain(`| us-east-1 | ✔ imported | \`${stored[0].arn}\` |`);
    expect(commands(r, 'error')).toEqual([]);
    expect(commands(r, 'warning')).toEqual([]);
    expectTokenOnlyMasked(r);
  });

  test('two regions get one import each', async () => {
    emu.get().github.addToken(GH, { scopes: ['repo'] });
    const r = await step({ token: GH, 'aws-region': 'us-east-1, eu-west-1' });

    expect(r.code).toBe(0);
    const writes = emu.get().writeCalls();
    expect(writes.map((w) => `${w.operation}@${w.region}`).sort()).toEqual([
      'ImportSourceCredentials@eu-west-1',
      'ImportSourceCredentials@us-east-1',
    ]);
    expect(JSON.parse(r.outputs.arns)).toEqual({
      'us-east-1': arnIn('us-east-1'),
      'eu-west-1': arnIn('eu-west-1'),
    });
    expect(r.outputs.arn).toBe(arnIn('us-east-1'));
    expect(emu.get().codebuild.credentials('eu-west-1')[0].token).toBe(GH);
    expect(r.summary).toContain('| eu-west-1 | ✔ imported |');
    expectTokenOnlyMasked(r);
  });

  test('a token without the repo scope fails with zero write calls', async () => {
    emu.get().github.addToken(GH, { scopes: ['public_repo', 'admin:repo_hook'] });
    const r = await step({ token: GH, 'aws-region': 'us-east-1, eu-west-1' });

    expect(r.code).toBe(1);
    expect(emu.get().writeCalls()).toHaveLength(0);
    expect(emu.get().codebuild.credentials('us-east-1')).toHaveLength(0);
    const [error] = commands(r, 'error');
    expect(error.message).toMatch(/lacks scope CodeBuild needs: repo\. Add it to the token/);
    expect(error.message).toMatch(/Nothing was imported/);
    expect(r.outputs['missing-scopes']).toBe('repo');
    expect(r.outputs.scopes).toBe('public_repo,admin:repo_hook');
    expect(r.outputs.arn).toBe('');
    expect(r.report().outcome).toBe('failure');
    expect(r.summary).toContain('| Scopes missing | **repo** |');
    expectTokenOnlyMasked(r);
  });

  test('a rejected token fails with zero write calls', async () => {
    const r = await step({ token: GH, 'aws-region': 'us-east-1' });

    expect(r.code).toBe(1);
    expect(emu.get().writeCalls()).toHaveLength(0);
    const [error] = commands(r, 'error');
    expect(error.message).toMatch(/GitHub rejected it \(401 Bad credentials\)/);
    expect(r.report().token).toMatchObject({ accepted: false });
    expect(r.outputs.drift).toBe('false');
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expectTokenOnlyMasked(r);
  });

  test('dry-run validates and plans, with no write call', async () => {
    emu.get().github.addToken(GH, { scopes: ['repo'] });
    const r = await step({ token: GH, 'aws-region': 'us-east-1,eu-west-1', 'dry-run': 'true' });

    expect(r.code).toBe(0);
    expect(emu.get().writeCalls()).toHaveLength(0);
    expect(emu.get().codebuild.credentials('us-east-1')).toHaveLength(0);
    expect(r.report().regions.map((x) => x.action)).toEqual(['would-import', 'would-import']);
    expect(r.summary).toContain('sync (dry run)');
    expect(r.outputs.arn).toBe('');
    expectTokenOnlyMasked(r);
  });

  test('a token expiring within the window gets a ::warning annotation', async () => {
    const soon = new Date(Math.floor((Date.now() + 3.5 * 86_400_000) / 1000) * 1000);
    emu.get().github.addToken(GH, { scopes: ['repo'], expiresAt: soon });
    const r = await step({ token: GH, 'aws-region': 'us-east-1' });

    expect(r.code).toBe(0);
    expect(r.outputs['token-expires-at']).toBe(iso(soon));
    const warnings = commands(r, 'warning');
    expect(warnings).toHaveLength(1);
    expect(warnings[0].message).toContain(`expires on ${iso(soon)}, in 3 days`);
    expect(warnings[0].message).toMatch(/expire/);
    expect(r.summary).toContain('**Warnings**');
    expectTokenOnlyMasked(r);
  });

  test('GitHub Enterprise Server: token validated at the GHES API, imported as GITHUB_ENTERPRISE', async () => {
    emu.get().github.addToken(GH, { scopes: ['repo'], enterprise: true, login: 'ghe-bot' });
    const r = await step({
      token: GH,
      'aws-region': 'us-east-1',
      'server-type': 'github-enterprise',
      'github-api-url': emu.get().ghesUrl,
    });

    expect(r.code).toBe(0);
    const stored = emu.get().codebuild.credentials('us-east-1');
    expect(stored).toEqual([
      expect.objectContaining({ serverType: 'GITHUB_ENTERPRISE', token: GH }),
    ]);
    expect(r.outputs.arn).toBe(arnIn('us-east-1', 'github_enterprise'));
    expect(r.report().token?.identity).toBe('ghe-bot');
    const services = emu.get().requests.map((x) => x.service);
    expect(services).toContain('ghes');
    expect(services).not.toContain('github');
    expectTokenOnlyMasked(r);
  });

  test('an empty aws-region falls back to AWS_REGION, then AWS_DEFAULT_REGION', async () => {
    emu.get().github.addToken(GH, { scopes: ['repo'] });
    const r = await step(
      { token: GH },
      { AWS_REGION: 'eu-west-1', AWS_DEFAULT_REGION: 'us-east-1' },
    );

    expect(r.code).toBe(0);
    expect(
      emu
        .get()
        .writeCalls()
        .map((w) => w.region),
    ).toEqual(['eu-west-1']);
    expect(JSON.parse(r.outputs.arns)).toEqual({ 'eu-west-1': arnIn('eu-west-1') });
  });
});

describe('check', () => {
  test('two accounts × two regions: one report, an account × region matrix in the summary', async () => {
    emu.get().github.addToken(GH, { scopes: ['repo'] });
    for (const region of ['us-east-1', 'eu-west-1']) {
      emu.get().codebuild.seed(region, {
        serverType: 'GITHUB',
        authType: 'PERSONAL_ACCESS_TOKEN',
        token: GH,
        accountId: '111111111111',
      });
    }
    emu.get().codebuild.seed('eu-west-1', {
      serverType: 'GITHUB',
      authType: 'PERSONAL_ACCESS_TOKEN',
      token: GH,
      accountId: '222222222222',
    });
    const r = await step({
      token: GH,
      mode: 'check',
      'aws-region': 'us-east-1, eu-west-1',
      'role-to-assume':
        'arn:aws:iam::111111111111:role/check\narn:aws:iam::222222222222:role/check',
      'fail-on-drift': 'false',
    });
    expect(r.code).toBe(0);
    expect(r.outputs.drift).toBe('true');
    expect(r.summary).toContain('| Account | us-east-1 | eu-west-1 |');
    expect(r.summary).toContain('| 111111111111 | ✔ checked | ✔ checked |');
    expect(r.summary).toContain('| 222222222222 | ⚠ missing | ✔ checked |');
    expect(r.report().regions).toHaveLength(4);
    expect(JSON.parse(r.outputs.arns)).toEqual({
      '111111111111/us-east-1': 'arn:aws:codebuild:us-east-1:111111111111:token/github',
      '111111111111/eu-west-1': 'arn:aws:codebuild:eu-west-1:111111111111:token/github',
      '222222222222/eu-west-1': 'arn:aws:codebuild:eu-west-1:222222222222:token/github',
    });
    expectTokenOnlyMasked(r);
  });

  function seed(region: string) {
    return emu.get().codebuild.seed(region, {
      serverType: 'GITHUB',
      authType: 'PERSONAL_ACCESS_TOKEN',
      token: GH,
    });
  }

  test('no drift: exits 0, drift=false, no write call', async () => {
    emu.get().github.addToken(GH, { scopes: ['repo'] });
    const arn = seed('us-east-1');
    const r = await step({ token: GH, mode: 'check', 'aws-region': 'us-east-1' });

    expect(r.code).toBe(0);
    expect(r.outputs.drift).toBe('false');
    expect(r.outputs.arn).toBe(arn);
    expect(emu.get().writeCalls()).toHaveLength(0);
    expect(r.report()).toMatchObject({ mode: 'check', outcome: 'success', findings: [] });
    expect(r.summary).toContain('| us-east-1 | ✔ checked |');
    expectTokenOnlyMasked(r);
  });

  test('drift fails the step and names what to fix', async () => {
    emu.get().github.addToken(GH, { scopes: ['repo'] });
    seed('us-east-1');
    const r = await step({ token: GH, mode: 'check', 'aws-region': 'us-east-1 eu-west-1' });

    expect(r.code).toBe(1);
    expect(r.outputs.drift).toBe('true');
    expect(emu.get().writeCalls()).toHaveLength(0);
    expect(r.report().findings).toEqual([
      expect.objectContaining({ kind: 'credential-missing', region: 'eu-west-1' }),
    ]);
    const [error] = commands(r, 'error');
    expect(error.message).toContain('eu-west-1 holds no GITHUB credential');
    expect(error.message).toContain('fail-on-drift: false');
    expect(JSON.parse(r.outputs.arns)).toEqual({ 'us-east-1': arnIn('us-east-1') });
    // Issue 26: a check that finds nothing says so in a word.
    expect(r.summary).toContain('| eu-west-1 | ⚠ missing |');
    expectTokenOnlyMasked(r);
  });

  test('drift with fail-on-drift: false exits 0 but sets drift=true and warns', async () => {
    emu.get().github.addToken(GH, { scopes: ['repo'] });
    seed('us-east-1');
    const r = await step({
      token: GH,
      mode: 'check',
      'aws-region': 'us-east-1,eu-west-1',
      'fail-on-drift': 'false',
    });

    expect(r.code).toBe(0);
    expect(r.outputs.drift).toBe('true');
    expect(commands(r, 'error')).toEqual([]);
    const warnings = commands(r, 'warning');
    expect(warnings.map((w) => w.properties)).toEqual([
      'title=CodeBuild credential drift: credential-missing',
    ]);
    expect(warnings[0].message).toContain('eu-west-1 holds no GITHUB credential');
  });
});

describe('drift issue', () => {
  test('opens one issue on drift with the workflow token, updates it, and closes it when clean', async () => {
    const WORKFLOW_TOKEN = 'ghs_' + 'Wf0rkfl0wT0ken'.repeat(3);
    emu.get().github.addToken(GH, { scopes: ['repo'] });
    emu.get().github.addToken(WORKFLOW_TOKEN, { permissions: { issues: 'write' } });
    const inputs = { token: GH, mode: 'check', 'aws-region': 'us-east-1', 'drift-issue': 'true' };
    const withToken = async (given: Record<string, string>) => {
      const files = runnerFiles();
      return runBundle('action', {
        ...emu.get().env,
        GITHUB_REPOSITORY: 'acme/infra',
        GITHUB_RUN_ID: '4242',
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_OUTPUT: files.output,
        GITHUB_STEP_SUMMARY: files.summary,
        ...runnerInputs(given, { 'github-token': WORKFLOW_TOKEN }),
      });
    };

    const drifting = await withToken(inputs);
    expect(drifting.code).toBe(1);
    let issues = emu.get().github.issues('acme/infra');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      state: 'open',
      title: 'CodeBuild credential drift: GITHUB credential',
    });
    expect(issues[0].body).toContain('us-east-1 holds no GITHUB credential');
    expect(issues[0].body).toContain('https://github.com/acme/infra/actions/runs/4242');
    expect(`${drifting.stdout}${drifting.stderr}`.replace(/^::add-mask::.*$/gm, '')).not.toContain(
      WORKFLOW_TOKEN,
    );

    // Still drifting: the same issue is updated, never duplicated.
    const again = await withToken(inputs);
    expect(again.code).toBe(1);
    issues = emu.get().github.issues('acme/infra');
    expect(issues).toHaveLength(1);
    expect(issues[0].state).toBe('open');
    expect(issues[0].comments.map((c) => c.body).join('\n')).toMatch(/Still drifting/);

    emu.get().codebuild.seed('us-east-1', {
      serverType: 'GITHUB',
      authType: 'PERSONAL_ACCESS_TOKEN',
      token: GH,
    });
    const clean = await withToken(inputs);
    expect(clean.code).toBe(0);
    issues = emu.get().github.issues('acme/infra');
    expect(issues).toHaveLength(1);
    expect(issues[0].state).toBe('closed');
  });
});

describe('drift issue: GitHub faults', () => {
  const WORKFLOW_TOKEN = 'ghs_' + 'St4lledIssu3sT0ken'.repeat(2);
  const driftCheck = (timeoutSeconds = '5') => {
    emu.get().github.addToken(GH, { scopes: ['repo'] });
    emu.get().github.addToken(WORKFLOW_TOKEN, { permissions: { issues: 'write' } });
    const files = runnerFiles();
    return runBundle(
      'action',
      {
        ...emu.get().env,
        GITHUB_REPOSITORY: 'acme/infra',
        GITHUB_RUN_ID: '4242',
        GITHUB_OUTPUT: files.output,
        GITHUB_STEP_SUMMARY: files.summary,
        ...runnerInputs({
          token: GH,
          mode: 'check',
          'aws-region': 'us-east-1',
          'drift-issue': 'true',
          'github-token': WORKFLOW_TOKEN,
          'timeout-seconds': timeoutSeconds,
        }),
        // A hang is ended by the run's own short deadline; the test kills only far past it.
      },
      { timeoutMs: 30_000 },
    );
  };

  test("issues that never answer: the run still ends at its deadline, naming the drift issue's call", async () => {
    emu.get().faults.add({
      service: 'github',
      operation: 'GET /repos/acme/infra/issues',
      kind: 'hang',
      count: Infinity,
    });
    const started = Date.now();
    const r = await driftCheck();
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(r.code).toBe(1);
    const [error] = commands(r, 'error');
    expect(error!.message).toMatch(/Could not list the open drift issues in acme\/infra/);
    expect(emu.get().github.issues('acme/infra')).toEqual([]);
    expect(`${r.stdout}${r.stderr}`.replace(/^::add-mask::.*$/gm, '')).not.toContain(
      WORKFLOW_TOKEN.slice(4, 16),
    );
  });

  test('a 5xx storm or a sign-in page on the issues: the step fails saying so, no stack trace', async () => {
    for (const fault of [
      { kind: '5xx' as const, status: 503, said: /GitHub could not serve it/ },
      { kind: 'html' as const, said: /is not GitHub's REST API/ },
    ]) {
      emu.get().reset();
      emu.get().faults.add({
        service: 'github',
        operation: 'GET /repos/acme/infra/issues',
        kind: fault.kind,
        status: fault.status,
        count: Infinity,
      });
      // Time for plugin-retry's two repeats (after 1 s and 4 s).
      const r = await driftCheck('30');
      expect(r.code).toBe(1);
      const [error] = commands(r, 'error');
      expect(error!.message).toMatch(fault.said);
      expect(`${r.stdout}${r.stderr}`).not.toMatch(/Unexpected error|\n\s+at /);
    }
  });

  test('an error that echoes the workflow token never prints it', async () => {
    emu.get().faults.add({
      service: 'github',
      operation: 'POST /repos/acme/infra/issues',
      kind: 'echo',
      status: 422,
    });
    const r = await driftCheck();
    expect(r.code).toBe(1);
    expect(commands(r, 'error')[0]!.message).toMatch(
      /Could not open the drift issue in acme\/infra \(HTTP 422/,
    );
    expect(`${r.stdout}${r.stderr}`.replace(/^::add-mask::.*$/gm, '')).not.toContain(
      WORKFLOW_TOKEN.slice(4, 16),
    );
  });
});

describe('delete', () => {
  test('removes the credential in each region, without a token', async () => {
    const arn = emu.get().codebuild.seed('us-east-1', {
      serverType: 'GITHUB',
      authType: 'PERSONAL_ACCESS_TOKEN',
      token: GH,
    });
    const r = await step({
      mode: 'delete',
      'server-type': 'github',
      'aws-region': 'us-east-1,eu-west-1',
    });

    expect(r.code).toBe(0);
    expect(emu.get().codebuild.credentials('us-east-1')).toEqual([]);
    expect(
      emu
        .get()
        .writeCalls()
        .map((w) => `${w.operation}@${w.region}`),
    ).toEqual(['DeleteSourceCredentials@us-east-1']);
    expect(r.report().regions.map((x) => x.action)).toEqual(['deleted', 'nothing-to-delete']);
    expect(r.outputs.arn).toBe(arn);
    expect(r.outputs.scopes).toBe('');
    expect(emu.get().requests.filter((x) => x.service === 'github')).toHaveLength(0);
  });
});

describe("the workflow's context (@actions/github)", () => {
  test('copies the run into the report, from the runner variables and the event file', async () => {
    emu.get().github.addToken(GH, { scopes: ['repo'] });
    const event = join(mkdtempSync(join(tmpdir(), 'cbcs-event-')), 'event.json');
    writeFileSync(
      event,
      JSON.stringify({ repository: { name: 'infra', owner: { login: 'acme' } } }),
    );
    const r = await step({ token: GH, 'aws-region': 'us-east-1' }, { GITHUB_EVENT_PATH: event });
    expect(r.code).toBe(0);
    expect(r.report().context).toEqual({
      repository: 'acme/infra',
      workflow: 'Rotate CodeBuild token',
      runId: '4242',
      runNumber: '7',
      actor: 'octocat',
      serverUrl: 'https://github.com',
      runUrl: 'https://github.com/acme/infra/actions/runs/4242',
    });
  });

  test('an event file that is missing is not printed raw (its path could hold a workflow command)', async () => {
    emu.get().github.addToken(GH, { scopes: ['repo'] });
    const path = '/nowhere/event.json\n::error::injected';
    const r = await step({ token: GH, 'aws-region': 'us-east-1' }, { GITHUB_EVENT_PATH: path });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/^::error::injected/m);
    expect(r.stdout).not.toMatch(/^GITHUB_EVENT_PATH /m);
  });

  test('a GITHUB_API_URL that is not a URL (input github-api-url given): exit 2 naming it, nothing called', async () => {
    const r = await step(
      { token: GH, 'aws-region': 'us-east-1', 'github-api-url': `${emu.get().url}/github` },
      { GITHUB_API_URL: 'api.github.com/v3 ' },
    );
    expect(r.code).toBe(2);
    expect(commands(r, 'error')[0]!.message).toMatch(
      /GITHUB_API_URL is "api\.github\.com\/v3 ?", which is not a URL/,
    );
    expect(r.stdout).not.toMatch(/\n\s+at /);
    expect(emu.get().requests).toHaveLength(0);
  });

  test('an event path that is a device, a pipe or a folder is not read: the run neither hangs nor fills memory', async () => {
    emu.get().github.addToken(GH, { scopes: ['repo'] });
    const dir = mkdtempSync(join(tmpdir(), 'cbcs-event-'));
    const fifo = join(dir, 'event.fifo');
    execFileSync('mkfifo', [fifo]);
    for (const path of ['/dev/zero', fifo, dir]) {
      const started = Date.now();
      const r = await step({ token: GH, 'aws-region': 'us-east-1' }, { GITHUB_EVENT_PATH: path });
      expect({ path, code: r.code }).toEqual({ path, code: 0 });
      expect(Date.now() - started).toBeLessThan(15_000);
      expect(r.report().context?.repository).toBe('acme/infra');
    }
  });

  test('an event file that is not JSON: a clear failure, no stack trace, nothing imported', async () => {
    emu.get().github.addToken(GH, { scopes: ['repo'] });
    const event = join(mkdtempSync(join(tmpdir(), 'cbcs-event-')), 'event.json');
    writeFileSync(event, '{"repository": ');
    const r = await step({ token: GH, 'aws-region': 'us-east-1' }, { GITHUB_EVENT_PATH: event });
    expect(r.code).toBe(1);
    expect(commands(r, 'error')[0]!.message).toMatch(
      /The workflow's event file \(GITHUB_EVENT_PATH\) is not JSON/,
    );
    expect(r.stdout).not.toMatch(/\n\s+at /);
    expect(emu.get().codebuild.credentials('us-east-1')).toEqual([]);
  });
});

describe('inputs and failures', () => {
  test('invalid inputs fail before any call, naming each input, without a stack trace', async () => {
    const r = await step({ token: GH, 'aws-region': 'mars-1', 'dry-run': 'perhaps', mode: 'sink' });

    expect(r.code).toBe(2);
    expect(emu.get().requests).toHaveLength(0);
    const [error] = commands(r, 'error');
    expect(error.message).toContain(
      'input \'mode\' must be one of sync, check, delete, inventory, merge; got "sink".',
    );
    expect(error.message).toContain('input \'aws-region\' has "mars-1"');
    expect(error.message).toContain("input 'dry-run' must be true or false");
    expect(r.outputFile).toBe('');
    expect(r.stdout).not.toMatch(/\n\s+at /);
    expectTokenOnlyMasked(r);
  });

  test("the runner's output file full (/dev/full): the work is done, the step fails saying so, no stack trace", async () => {
    emu.get().github.addToken(GH, { scopes: ['repo'] });
    const r = await step({ token: GH, 'aws-region': 'us-east-1' }, { GITHUB_OUTPUT: '/dev/full' });
    expect(r.code).toBe(1);
    expect(commands(r, 'error')[0]!.message).toMatch(
      /Could not write the step's outputs to GITHUB_OUTPUT: ENOSPC/,
    );
    expect(r.stdout).not.toMatch(/Unexpected error|\n\s+at /);
    expect(emu.get().codebuild.credentials('us-east-1')).toHaveLength(1);
  });

  test("a named pipe as the runner's output or summary file is refused before any call (it would block the run)", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cbcs-runner-'));
    for (const name of ['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY']) {
      const fifo = join(dir, `${name}.fifo`);
      execFileSync('mkfifo', [fifo]);
      const started = Date.now();
      const r = await step({ token: GH, 'aws-region': 'us-east-1' }, { [name]: fifo });
      expect({ name, code: r.code }).toEqual({ name, code: 2 });
      expect(Date.now() - started).toBeLessThan(15_000);
      expect(commands(r, 'error')[0]!.message).toContain(
        `${name} is ${fifo}, a named pipe (FIFO), where the runner gives a file`,
      );
      expect(emu.get().requests).toHaveLength(0);
    }
  });

  test('a token pasted with whitespace inside is rejected and none of it is printed', async () => {
    const pasted = `${GH.slice(0, 20)} ${GH.slice(20)}`;
    const r = await step({ token: pasted, 'aws-region': 'us-east-1' });

    expect(r.code).toBe(2);
    expect(commands(r, 'error')[0].message).toContain("input 'token' contains whitespace");
    expect(emu.get().requests).toHaveLength(0);
    const printed = `${r.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n')}${r.stderr}`;
    expect(printed).not.toContain(GH.slice(0, 20));
    expect(printed).not.toContain(GH.slice(20));
  });

  test('CodeBuild denying the import fails the step with the IAM action to add', async () => {
    emu.get().github.addToken(GH, { scopes: ['repo'] });
    emu.get().faults.add({
      service: 'codebuild',
      operation: 'ImportSourceCredentials',
      kind: 'access-denied',
      count: Infinity,
    });
    const r = await step({ token: GH, 'aws-region': 'us-east-1' });

    expect(r.code).toBe(1);
    const [error] = commands(r, 'error');
    expect(error.message).toContain('us-east-1: ');
    expect(error.message).toContain('codebuild:ImportSourceCredentials');
    expect(r.outputs.drift).toBe('false');
    expect(r.summary).toContain('| us-east-1 | ✖');
    expectTokenOnlyMasked(r);
  });
});
