// The fault matrix, end to end: both shipped bundles under Node 24 against the
// emulator with faults (a hang per service, latency, 5xx and throttling storms,
// connection refused, rate limits, bad AWS credentials, SIGTERM mid-run). Every row
// asserts the outcome, the exit code, that the run ended in bounded time, that
// nothing was written on an unproven token, and that the token was printed nowhere.
// Measured figures for each row are in docs/reliability.md.
import { describe, expect, test } from '@jest/globals';
import type { ChildProcess } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FaultSpec } from '../../emulator/index.js';
import type { Report } from '../../src/core/report/report.js';
import { useEmulator } from '../support/emulated.js';
import { runnerFiles, runnerInputs } from '../support/runner-files.js';
import { runBundle, type BundleResult } from '../support/run-bundle.js';

const emu = useEmulator();
const GH = 'ghp_' + 'Fa1u7tM4tr1xT0k3nN3v3rPr1nt3dAnyWh3r3';
const BB = 'ATCTT' + 'zUWHHvVabdsdCWyAM16rJymlChdQTtw0001';
const ACCOUNT = '123456789012';
const ROLE = `arn:aws:iam::${ACCOUNT}:role/codebuild-credential-sync`;
const CONNECTION = `arn:aws:codeconnections:us-east-1:${ACCOUNT}:connection/0f6f1a5e-aaaa-bbbb-cccc-444455556666`;
const OIDC = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ7cmVwb30ifQ.c2lnbmF0dXJl';
/** Small, so a hang ends the run quickly: per-call limit 1.25 s, run deadline 5 s. */
const FAST = '5';
const BUNDLES = ['pipe', 'action'] as const;
type Bundle = (typeof BUNDLES)[number];

interface Options {
  serverType?: 'github' | 'bitbucket';
  token?: string;
  authType?: string;
  regions?: string;
  mode?: 'sync' | 'check';
  /** TIMEOUT_SECONDS / timeout-seconds; undefined for the default. */
  timeout?: string;
  role?: string;
  /** Extra environment (endpoint overrides, OIDC). */
  env?: Record<string, string | undefined>;
  onStart?: (child: ChildProcess) => void;
  /** When the test kills a run that did not end by itself. */
  killAfterMs?: number;
}

interface Run extends BundleResult {
  report: Report;
  /** stdout, stderr, the report file and (Action) the outputs and summary files. */
  everything: string;
}

/** One run of a bundle, configured through its documented options only. */
async function run(bundle: Bundle, o: Options = {}): Promise<Run> {
  const dir = mkdtempSync(join(tmpdir(), 'faults-'));
  const reportFile = join(dir, 'report.json');
  const e = emu.get();
  const options = {
    'server-type': o.serverType ?? 'github',
    token: o.token ?? GH,
    'aws-region': o.regions ?? 'us-east-1,eu-west-1',
    mode: o.mode ?? 'sync',
    'report-file': reportFile,
    ...(o.authType ? { 'auth-type': o.authType } : {}),
    ...(o.timeout ? { 'timeout-seconds': o.timeout } : {}),
    ...(o.role ? { 'role-to-assume': o.role } : {}),
  };
  let result: BundleResult;
  let extra = '';
  if (bundle === 'pipe') {
    const env: Record<string, string | undefined> = { ...e.env };
    for (const [name, value] of Object.entries(options))
      env[name.replace(/-/g, '_').toUpperCase().replace('AWS_REGION', 'AWS_DEFAULT_REGION')] =
        value;
    result = await runBundle(
      'pipe',
      { ...env, ...o.env },
      { onStart: o.onStart, timeoutMs: o.killAfterMs },
    );
  } else {
    const files = runnerFiles();
    result = await runBundle(
      'action',
      {
        ...e.env,
        GITHUB_ACTIONS: 'true',
        GITHUB_REPOSITORY: 'acme/infra',
        RUNNER_TEMP: files.dir,
        GITHUB_OUTPUT: files.output,
        GITHUB_STEP_SUMMARY: files.summary,
        ...runnerInputs({ ...options, 'bitbucket-api-url': e.env.BITBUCKET_API_URL }),
        ...o.env,
      },
      { onStart: o.onStart, timeoutMs: o.killAfterMs },
    );
    extra = `${readFileSync(files.output, 'utf8')}\n${readFileSync(files.summary, 'utf8')}`;
  }
  expect(existsSync(reportFile)).toBe(true); // the report is written whatever happened
  const reportText = readFileSync(reportFile, 'utf8');
  // FAULT_TIMINGS=<file> records each run's exit code and time (for docs/reliability.md).
  if (process.env.FAULT_TIMINGS) {
    const report = JSON.parse(reportText) as Report;
    const failed = report.regions.find((x) => x.status === 'error');
    const outcome =
      report.errors[0] ?? (failed ? `${failed.region}: ${failed.detail}` : report.outcome);
    const row = {
      test: expect.getState().currentTestName,
      code: result.code,
      ms: result.ms,
      outcome,
    };
    appendFileSync(process.env.FAULT_TIMINGS, `${JSON.stringify(row)}\n`);
  }
  return {
    ...result,
    report: JSON.parse(reportText) as Report,
    everything: `${result.stdout}\n${result.stderr}\n${reportText}\n${extra}`,
  };
}

function faults(...list: FaultSpec[]) {
  for (const f of list) emu.get().faults.add(f);
}

function goodGitHubToken() {
  emu.get().github.addToken(GH, { scopes: ['repo'], login: 'octocat' });
}

/** What every row checks: the token nowhere, the run ended in bounded time, the exit code. */
function expectClean(r: Run, bundle: Bundle, code: number, withinMs = 30_000) {
  // `::add-mask::` is how the Action tells the runner what to hide: the one place a secret belongs.
  const shown = r.everything.replace(/^::add-mask::.*$/gm, '');
  expect(shown).not.toContain(GH);
  expect(shown).not.toContain(BB);
  expect(r.everything).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/); // no stack trace
  expect(r.signal ?? null).toBeNull(); // it exited by itself
  expect(r.ms).toBeLessThan(withinMs);
  expect(r.code).toBe(bundle === 'action' && code !== 0 ? 1 : code);
}

function region(r: Run, name: string) {
  return r.report.regions.find((x) => x.region === name)!;
}

/** A port on which nothing listens: connecting to it is refused. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe.each(BUNDLES)('%s bundle', (bundle) => {
  test('hang: GitHub GET /user never answers: fails naming GitHub, nothing written', async () => {
    goodGitHubToken();
    faults({ service: 'github', operation: 'GET /user', kind: 'hang', count: Infinity });
    const r = await run(bundle, { timeout: FAST });
    expectClean(r, bundle, 1);
    expect(r.report.errors.join('\n')).toMatch(
      /GitHub GET .*user.*did not answer within [\d.]+ s|timed out after 5 s waiting for GitHub GET .*user/,
    );
    expect(r.report.errors.join('\n')).toMatch(/Nothing was imported/);
    expect(emu.get().writeCalls()).toHaveLength(0);
  });

  test('hang: Bitbucket never answers: fails naming Bitbucket, nothing written', async () => {
    emu.get().bitbucket.addToken(BB, {
      kind: 'access-token',
      scopes: ['repository', 'pullrequest', 'webhook'],
    });
    faults({ service: 'bitbucket', kind: 'hang', count: Infinity });
    const r = await run(bundle, { serverType: 'bitbucket', token: BB, timeout: FAST });
    expectClean(r, bundle, 1);
    expect(r.report.errors.join('\n')).toMatch(
      /Bitbucket GET .*did not answer|timed out after 5 s waiting for Bitbucket GET/,
    );
    expect(emu.get().writeCalls()).toHaveLength(0);
  });

  test('hang: STS AssumeRole never answers: the account fails naming the role, nothing written', async () => {
    goodGitHubToken();
    emu.get().sts.addRole(ROLE);
    faults({ service: 'sts', operation: 'AssumeRole', kind: 'hang', count: Infinity });
    const r = await run(bundle, { timeout: FAST, role: ROLE });
    expectClean(r, bundle, 1);
    for (const name of ['us-east-1', 'eu-west-1'])
      expect(region(r, name).detail).toMatch(
        /(AssumeRole|Assuming role).*(did not answer|timed out)|timed out.*AssumeRole/,
      );
    expect(emu.get().writeCalls()).toHaveLength(0);
  });

  test('hang: CodeBuild ImportSourceCredentials in eu-west-1: us-east-1 imported, eu-west-1 timed out', async () => {
    goodGitHubToken();
    faults({
      service: 'codebuild',
      operation: 'ImportSourceCredentials',
      region: 'eu-west-1',
      kind: 'hang',
      count: Infinity,
    });
    const r = await run(bundle, { timeout: FAST });
    expectClean(r, bundle, 1);
    expect(region(r, 'us-east-1')).toMatchObject({ action: 'imported', status: 'ok' });
    expect(region(r, 'eu-west-1').detail).toMatch(
      /(timed out after 5 s waiting for|did not answer).*CodeBuild ImportSourceCredentials in eu-west-1|CodeBuild ImportSourceCredentials in eu-west-1.*did not answer/,
    );
    expect(emu.get().codebuild.credentials('us-east-1')).toHaveLength(1);
  });

  test('hang: CodeBuild ListSourceCredentials in eu-west-1 (check): us-east-1 checked, eu-west-1 timed out', async () => {
    goodGitHubToken();
    emu.get().codebuild.seed('us-east-1', {
      serverType: 'GITHUB',
      authType: 'PERSONAL_ACCESS_TOKEN',
      token: GH,
    });
    faults({
      service: 'codebuild',
      operation: 'ListSourceCredentials',
      region: 'eu-west-1',
      kind: 'hang',
      count: Infinity,
    });
    const r = await run(bundle, { mode: 'check', timeout: FAST });
    expectClean(r, bundle, 1);
    expect(region(r, 'us-east-1')).toMatchObject({ action: 'checked', status: 'ok' });
    expect(region(r, 'eu-west-1').detail).toMatch(/ListSourceCredentials in eu-west-1/);
    expect(region(r, 'eu-west-1').detail).toMatch(/timed out|did not answer/);
    expect(emu.get().writeCalls()).toHaveLength(0);
  });

  test('hang: CodeConnections GetConnection never answers: nothing written', async () => {
    emu.get().codeconnections.add({
      arn: CONNECTION,
      name: 'gh',
      status: 'AVAILABLE',
      providerType: 'GitHub',
    });
    faults({ service: 'codeconnections', kind: 'hang', count: Infinity });
    const r = await run(bundle, { authType: 'CODECONNECTIONS', token: CONNECTION, timeout: FAST });
    expectClean(r, bundle, 1);
    expect(r.report.errors.join('\n')).toMatch(
      /(Reading connection|CodeConnections GetConnection).*(did not answer|timed out)|timed out.*CodeConnections GetConnection/,
    );
    expect(emu.get().writeCalls()).toHaveLength(0);
  });

  test('hang: Secrets Manager never answers: nothing written', async () => {
    const arn = emu.get().secretsmanager.add({
      name: 'codebuild/github',
      region: 'us-east-1',
      secretString: JSON.stringify({
        ServerType: 'GITHUB',
        AuthType: 'PERSONAL_ACCESS_TOKEN',
        Token: GH,
      }),
    });
    goodGitHubToken();
    faults({ service: 'secretsmanager', kind: 'hang', count: Infinity });
    const r = await run(bundle, {
      authType: 'SECRETS_MANAGER',
      token: arn,
      timeout: FAST,
      regions: 'us-east-1',
    });
    expectClean(r, bundle, 1);
    expect(r.report.errors.join('\n')).toMatch(
      /(Reading secret|Secrets Manager DescribeSecret).*(did not answer|timed out)|timed out.*Secrets Manager DescribeSecret/,
    );
    expect(emu.get().writeCalls()).toHaveLength(0);
  });

  test('latency: slow answers within the limits succeed', async () => {
    goodGitHubToken();
    faults(
      { service: 'github', kind: 'latency', latencyMs: 800, count: 1 },
      { service: 'codebuild', kind: 'latency', latencyMs: 800, count: 4 },
    );
    const r = await run(bundle);
    expectClean(r, bundle, 0);
    expect(r.report.regions.map((x) => x.action)).toEqual(['imported', 'imported']);
  });

  test('5xx storm in eu-west-1: that region fails naming region and cause, us-east-1 succeeds', async () => {
    goodGitHubToken();
    faults({ service: 'codebuild', region: 'eu-west-1', kind: '5xx', count: Infinity });
    const r = await run(bundle);
    expectClean(r, bundle, 1);
    expect(region(r, 'us-east-1')).toMatchObject({ action: 'imported', status: 'ok' });
    expect(region(r, 'eu-west-1')).toMatchObject({ status: 'error' });
    expect(region(r, 'eu-west-1').detail).toMatch(
      /in eu-west-1 failed: InternalFailure \(HTTP 500\)/,
    );
  });

  test('throttling: a short storm is retried to success; an endless one fails that region', async () => {
    goodGitHubToken();
    faults(
      { service: 'codebuild', region: 'us-east-1', kind: 'throttle', count: 2 },
      { service: 'codebuild', region: 'eu-west-1', kind: 'throttle', count: Infinity },
    );
    const r = await run(bundle);
    expectClean(r, bundle, 1);
    expect(region(r, 'us-east-1')).toMatchObject({ action: 'imported', status: 'ok' });
    expect(region(r, 'eu-west-1').detail).toMatch(
      /in eu-west-1 was still throttled after 5 attempts/,
    );
  });

  test('connection refused: the AWS endpoint is named, with what to check', async () => {
    goodGitHubToken();
    const port = await closedPort();
    const r = await run(bundle, { env: { AWS_ENDPOINT_URL: `http://127.0.0.1:${port}` } });
    expectClean(r, bundle, 1);
    expect(region(r, 'eu-west-1').detail).toMatch(
      new RegExp(
        `in eu-west-1 failed: 127\\.0\\.0\\.1:${port} refused the connection \\(ECONNREFUSED`,
      ),
    );
    expect(r.everything).not.toMatch(/HTTP 500/);
  });

  test('connection refused: the GitHub API, never shown as HTTP 500, nothing written', async () => {
    goodGitHubToken();
    const port = await closedPort();
    const api = `http://127.0.0.1:${port}/github`;
    const r = await run(bundle, { env: { GITHUB_API_URL: api } });
    expectClean(r, bundle, 1);
    expect(r.report.errors.join('\n')).toMatch(/refused the connection \(ECONNREFUSED/);
    // Each front door names the setting in its own words.
    expect(r.report.errors.join('\n')).toContain(
      bundle === 'pipe' ? 'Check GITHUB_API_URL' : "Check input 'github-api-url'",
    );
    expect(r.everything).not.toMatch(/HTTP 500/);
    expect(emu.get().writeCalls()).toHaveLength(0);
  });

  test('a malformed AWS_ENDPOINT_URL is named as such, not as an HTTP error', async () => {
    goodGitHubToken();
    const r = await run(bundle, { env: { AWS_ENDPOINT_URL: 'htp//not a url' } });
    expectClean(r, bundle, 1);
    expect(region(r, 'us-east-1').detail).toMatch(/not a valid URL.*AWS_ENDPOINT_URL/);
  });

  test('connection reset by GitHub: named as a cut connection, nothing written', async () => {
    goodGitHubToken();
    faults({ service: 'github', kind: 'reset', count: Infinity });
    const r = await run(bundle, { timeout: FAST });
    expectClean(r, bundle, 1);
    expect(r.report.errors.join('\n')).toMatch(/was cut|socket|ECONNRESET|UND_ERR_SOCKET/);
    expect(r.everything).not.toMatch(/HTTP 500/);
    expect(emu.get().writeCalls()).toHaveLength(0);
  });

  test.each([403, 429])(
    'GitHub rate limit (%i): named as a rate limit, nothing written',
    async (status) => {
      goodGitHubToken();
      faults({ service: 'github', kind: 'throttle', status, count: Infinity });
      const r = await run(bundle);
      expectClean(r, bundle, 1);
      expect(r.report.errors.join('\n')).toMatch(
        new RegExp(`rate limit was reached \\(HTTP ${status}`),
      );
      expect(emu.get().writeCalls()).toHaveLength(0);
    },
  );

  test('invalid AWS credentials: named once, up front (STS GetCallerIdentity); no region is blamed', async () => {
    goodGitHubToken();
    const r = await run(bundle, {
      env: { AWS_ACCESS_KEY_ID: 'AKIAUNKNOWNKEY000001', AWS_SECRET_ACCESS_KEY: 'x'.repeat(40) },
    });
    expectClean(r, bundle, 1);
    // Issue 26: one sentence with the fix, and each region just "not attempted".
    expect(r.report.errors.join('\n')).toMatch(
      /AWS does not know the access key this run signs with \(STS GetCallerIdentity: InvalidClientTokenId\)/,
    );
    expect(region(r, 'us-east-1')).toMatchObject({
      action: 'not-attempted',
      detail: 'AWS refused the credentials',
    });
    expect(emu.get().codebuild.credentials('us-east-1')).toHaveLength(0);
  });

  test('SIGTERM mid-run: the report says which region holds the new token; exits promptly', async () => {
    goodGitHubToken();
    faults({
      service: 'codebuild',
      operation: 'ImportSourceCredentials',
      region: 'eu-west-1',
      kind: 'hang',
      count: Infinity,
    });
    let signalledAt = 0;
    const r = await run(bundle, {
      onStart: (child) => {
        // Once us-east-1 holds the token and eu-west-1's import is hanging, cancel.
        const poll = setInterval(() => {
          if (emu.get().codebuild.credentials('us-east-1').length === 1) {
            clearInterval(poll);
            setTimeout(() => {
              signalledAt = Date.now();
              child.kill('SIGTERM');
            }, 300);
          }
        }, 50);
        child.on('close', () => clearInterval(poll));
      },
    });
    expect(signalledAt).toBeGreaterThan(0);
    expectClean(r, bundle, bundle === 'pipe' ? 143 : 1);
    expect(r.report.stopped).toBe('SIGTERM');
    expect(region(r, 'us-east-1')).toMatchObject({ action: 'imported', status: 'ok' });
    expect(region(r, 'eu-west-1').detail).toMatch(
      /the run was cancelled \(SIGTERM\) while waiting for CodeBuild ImportSourceCredentials in eu-west-1/,
    );
    expect(r.report.errors.join('\n')).toMatch(/1 of 2 regions did not finish \(eu-west-1\)/);
  });
});

describe('defaults', () => {
  test('with the default timeout-seconds, a CodeBuild region that never answers ends the run well within a minute', async () => {
    goodGitHubToken();
    faults({
      service: 'codebuild',
      operation: 'ListSourceCredentials',
      region: 'eu-west-1',
      kind: 'hang',
      count: Infinity,
    });
    const r = await run('pipe', { mode: 'check', killAfterMs: 65_000 });
    expectClean(r, 'pipe', 1, 50_000);
    expect(region(r, 'eu-west-1').detail).toMatch(
      /the run timed out after 30 s waiting for CodeBuild ListSourceCredentials in eu-west-1/,
    );
  }, 70_000);

  test('with the default timeout-seconds, GitHub that never answers ends the Action well within a minute', async () => {
    goodGitHubToken();
    faults({ service: 'github', operation: 'GET /user', kind: 'hang', count: Infinity });
    const r = await run('action', { killAfterMs: 65_000 });
    expectClean(r, 'action', 1, 50_000);
    expect(r.report.errors.join('\n')).toMatch(
      /GitHub GET .*user.*did not answer within 7.5 s \(timed out, 3 attempts\)|timed out after 30 s waiting for GitHub GET/,
    );
    expect(emu.get().writeCalls()).toHaveLength(0);
  }, 70_000);

  test('the pipe with OIDC: STS AssumeRoleWithWebIdentity never answers, the run still ends', async () => {
    goodGitHubToken();
    faults({
      service: 'sts',
      operation: 'AssumeRoleWithWebIdentity',
      kind: 'hang',
      count: Infinity,
    });
    const r = await run('pipe', {
      timeout: FAST,
      env: {
        AWS_ACCESS_KEY_ID: undefined,
        AWS_SECRET_ACCESS_KEY: undefined,
        AWS_OIDC_ROLE_ARN: ROLE,
        BITBUCKET_STEP_OIDC_TOKEN: OIDC,
      },
    });
    expectClean(r, 'pipe', 1);
    expect(r.everything).not.toContain(OIDC);
    expect(region(r, 'us-east-1').detail).toMatch(/AWS credentials|STS/);
    expect(emu.get().writeCalls()).toHaveLength(0);
  });
});
