// Fault matrix, proof and secrets rows (issue 8): both shipped bundles, under
// Node 24, against emulator faults that impersonate the provider (an HTML page, a
// proxy without the provider's headers, a redirect to a sign-in page) and that
// echo secrets in error messages. Each run asserts the exit code, zero CodeBuild
// write calls when the token is unproven, a message that names what answered,
// and that no form of any secret is in any output: stdout, stderr (debug on), the
// report file, GITHUB_OUTPUT, the job summary and the drift issue.
import { describe, expect, test } from '@jest/globals';
import { appendFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_ACCESS_KEY } from '../../emulator/index.js';
import type { FaultSpec } from '../../emulator/index.js';
import { useEmulator } from '../support/emulated.js';
import { runBundle } from '../support/run-bundle.js';
import { runnerFiles, runnerInputs } from '../support/runner-files.js';
import { expectNoSecretIn } from '../support/secret-scan.js';
import { pipeVariables } from '../support/front-run.js';

const emu = useEmulator();
const GH = 'ghp_' + 'Pr00fR3dact10nT0kenAbCdEfGhIjKlMnOp';
const FINE =
  'github_pat_' + '11ABCDEFG0' + 'F1n3Gr41n3dPr00fT0k3n0123456789abcdefghijklmnopqrstuvwxyz';
const BB = 'ATCTT3xF' + 'CyanGg3QzmBof1C4kNSH9zlX327nRmu6789';
// Basic credentials need a token that is not an access token (ATCTT… is refused with a username).
const APP_PASSWORD = 'ATBB' + 'PNl57uosXtkvRBPqGgFq0uWOFqPIcdef';
const WORKFLOW_TOKEN = 'ghs_' + 'jru0cNimjHeY1EIxajCHjZZf54c1R0123';
const OIDC = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJwcm9vZi1yZWRhY3Rpb24ifQ.c2lnbmF0dXJlLXByb29m';
const REPO = 'acme/infra';
const FRONTS = ['pipe', 'action'] as const;
type Front = (typeof FRONTS)[number];

interface Run {
  code: number | null;
  /** stdout and stderr together, for message assertions. */
  printed: string;
  /** Every output of the run, by name, for the secret scan. */
  outputs: Record<string, string>;
  ms: number;
}

/** One run of a bundle with debug output on and a report file, every output collected. */
async function run(
  front: Front,
  inputs: Record<string, string>,
  env: Record<string, string | undefined> = {},
): Promise<Run> {
  const files = runnerFiles();
  const reportFile = join(mkdtempSync(join(tmpdir(), 'report-')), 'report.json');
  const all = {
    'aws-region': 'us-east-1',
    'report-file': reportFile,
    // The Action has no environment fallback for the Bitbucket API (the pipe reads BITBUCKET_API_URL).
    ...(inputs['server-type'] === 'bitbucket'
      ? { 'bitbucket-api-url': emu.get().env.BITBUCKET_API_URL }
      : {}),
    ...inputs,
  };
  const started = Date.now();
  const result =
    front === 'pipe'
      ? await runBundle('pipe', {
          ...emu.get().env,
          DEBUG: 'true',
          ...pipeVariables(all),
          ...env,
        })
      : await runBundle('action', {
          ...emu.get().env,
          RUNNER_DEBUG: '1',
          GITHUB_REPOSITORY: REPO,
          GITHUB_RUN_ID: '8',
          GITHUB_SERVER_URL: 'https://github.com',
          GITHUB_OUTPUT: files.output,
          GITHUB_STEP_SUMMARY: files.summary,
          RUNNER_TEMP: files.dir,
          ...runnerInputs(all, { 'github-token': WORKFLOW_TOKEN }),
          ...env,
        });
  const ms = Date.now() - started;
  const read = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8') : '');
  const issues = emu.get().github.issues(REPO);
  const outputs: Record<string, string> = {
    stdout: result.stdout,
    stderr: result.stderr,
    'report file': read(reportFile),
    'drift issue titles': issues.map((i) => i.title).join('\n'),
    'drift issue bodies': issues.map((i) => i.body ?? '').join('\n'),
    'drift issue comments': issues.flatMap((i) => i.comments.map((c) => c.body)).join('\n'),
  };
  if (front === 'action') {
    outputs.GITHUB_OUTPUT = read(files.output);
    outputs['job summary'] = read(files.summary);
  }
  if (process.env.FAULT_TIMINGS) {
    appendFileSync(
      process.env.FAULT_TIMINGS,
      `${JSON.stringify({ test: expect.getState().currentTestName, front, code: result.code, ms })}\n`,
    );
  }
  return { code: result.code, printed: `${result.stdout}\n${result.stderr}`, outputs, ms };
}

const fault = (f: FaultSpec) => emu.get().faults.add({ count: Infinity, ...f });
const writes = () => emu.get().writeCalls().length;
const github = { 'server-type': 'github', token: GH };
const bitbucket = { 'server-type': 'bitbucket', token: BB };
const everySecret = [GH, BB, FINE, WORKFLOW_TOKEN, OIDC, DEFAULT_ACCESS_KEY.secret];

function addGitHub() {
  emu.get().github.addToken(GH, { scopes: ['repo', 'admin:repo_hook'] });
}
function addBitbucket() {
  emu.get().bitbucket.addToken(BB, {
    kind: 'access-token',
    scopes: ['repository', 'pullrequest', 'webhook', 'account'],
  });
}

describe.each(FRONTS)("%s: an answer that is not the provider's imports nothing", (front) => {
  test('GitHub: a 200 HTML page (a proxy or captive portal)', async () => {
    addGitHub();
    fault({ service: 'github', operation: 'GET /user', kind: 'html' });
    const r = await run(front, github);
    expect(r.code).toBe(1);
    expect(writes()).toBe(0);
    expect(r.printed).toMatch(
      /Could not verify the token: 127\.0\.0\.1:\d+ answered with an HTML page \(text\/html, 200\) — a proxy or captive portal, not GitHub\. Nothing was imported\./,
    );
    expect(r.ms).toBeLessThan(30_000);
    expectNoSecretIn(r.outputs, everySecret);
  });

  test('Bitbucket: a 200 HTML page', async () => {
    addBitbucket();
    fault({ service: 'bitbucket', kind: 'html' });
    const r = await run(front, bitbucket);
    expect(r.code).toBe(1);
    expect(writes()).toBe(0);
    expect(r.printed).toMatch(
      /answered with an HTML page \(text\/html, 200\) — a proxy or captive portal, not Bitbucket/,
    );
    expectNoSecretIn(r.outputs, everySecret);
  });

  test('GitHub: the right JSON without any GitHub header (a proxy)', async () => {
    addGitHub();
    fault({ service: 'github', operation: 'GET /user', kind: 'proxy' });
    const r = await run(front, github);
    expect(r.code).toBe(1);
    expect(writes()).toBe(0);
    expect(r.printed).toMatch(
      /answered \(200\) without any of GitHub's own headers \(such as X-GitHub-Request-Id\) — a proxy or another server, not GitHub/,
    );
    expectNoSecretIn(r.outputs, everySecret);
  });

  test('Bitbucket: the right JSON without any Bitbucket header (a proxy)', async () => {
    addBitbucket();
    fault({ service: 'bitbucket', kind: 'proxy' });
    const r = await run(front, bitbucket);
    expect(r.code).toBe(1);
    expect(writes()).toBe(0);
    expect(r.printed).toMatch(/without any of Bitbucket's own headers .* not Bitbucket/);
    expectNoSecretIn(r.outputs, everySecret);
  });

  test('GitHub: a 302 to a sign-in page', async () => {
    addGitHub();
    fault({ service: 'github', operation: 'GET /user', kind: 'redirect' });
    const r = await run(front, github);
    expect(r.code).toBe(1);
    expect(writes()).toBe(0);
    expect(r.printed).toMatch(
      /redirected \(302\) to a sign-in page \(https:\/\/sso\.example\.com\/login\) — a proxy or single sign-on gateway answered, not GitHub's API/,
    );
    expectNoSecretIn(r.outputs, everySecret);
  });

  test('Bitbucket: a 302 to a sign-in page', async () => {
    addBitbucket();
    fault({ service: 'bitbucket', kind: 'redirect' });
    const r = await run(front, bitbucket);
    expect(r.code).toBe(1);
    expect(writes()).toBe(0);
    expect(r.printed).toMatch(/redirected \(302\) to a sign-in page .* not Bitbucket's API/);
    expectNoSecretIn(r.outputs, everySecret);
  });

  test('a classic token (ghp_) answered without X-OAuth-Scopes is unverified, never imported', async () => {
    emu.get().github.addToken(GH, {}); // GitHub's headers, but no X-OAuth-Scopes
    const r = await run(front, github);
    expect(r.code).toBe(1);
    expect(writes()).toBe(0);
    expect(r.printed).toMatch(
      /GitHub answered for this GitHub classic personal access token without the X-OAuth-Scopes header/,
    );
    expectNoSecretIn(r.outputs, everySecret);
  });

  test('check: an HTML answer is an error, not a clean check', async () => {
    addGitHub();
    emu.get().codebuild.seed('us-east-1', {
      serverType: 'GITHUB',
      authType: 'PERSONAL_ACCESS_TOKEN',
      token: GH,
    });
    fault({ service: 'github', operation: 'GET /user', kind: 'html' });
    const r = await run(front, { ...github, mode: 'check' });
    expect(r.code).toBe(1);
    expect(r.printed).toMatch(/Could not verify the token: .* not GitHub/);
    expect(writes()).toBe(0);
  });
});

describe.each(FRONTS)('%s: require-verified-scopes', (front) => {
  test('true refuses a fine-grained token before any write, saying what would verify it', async () => {
    emu.get().github.addToken(FINE, {
      permissions: { contents: 'read', statuses: 'write', repository_hooks: 'write' },
    });
    const r = await run(front, {
      'server-type': 'github',
      token: FINE,
      'require-verified-scopes': 'true',
    });
    expect(r.code).toBe(1);
    expect(writes()).toBe(0);
    expect(r.printed).toMatch(
      /(REQUIRE_VERIFIED_SCOPES|input 'require-verified-scopes') is true, and .* not proven/,
    );
    expect(r.printed).toMatch(
      /Set (REPOSITORIES|input 'repositories') .* Use a classic token \(ghp_\)/,
    );
    expectNoSecretIn(r.outputs, everySecret);
  });

  test('false (the default) imports it with the "unverified" warning', async () => {
    emu.get().github.addToken(FINE, { permissions: { contents: 'read' } });
    const r = await run(front, { 'server-type': 'github', token: FINE });
    expect(r.code).toBe(0);
    expect(writes()).toBe(1);
    expect(r.printed).toMatch(/so they are unverified/);
    expectNoSecretIn(r.outputs, everySecret);
  });

  test('true imports a classic token whose scopes GitHub reports', async () => {
    addGitHub();
    const r = await run(front, { ...github, 'require-verified-scopes': 'true' });
    expect(r.code).toBe(0);
    expect(emu.get().codebuild.credentials('us-east-1')).toHaveLength(1);
  });
});

describe.each(FRONTS)('%s: errors that echo secrets leak nowhere', (front) => {
  test('CodeBuild ImportSourceCredentials: InvalidInputException "Invalid token <value>"', async () => {
    addGitHub();
    fault({ service: 'codebuild', operation: 'ImportSourceCredentials', kind: 'echo' });
    const r = await run(front, github);
    expect(r.code).toBe(1);
    // AWS's message quotes the token: that whole field is hidden (issue 25).
    expect(r.outputs['report file']).toContain('AWS said: ***.');
    expectNoSecretIn(r.outputs, everySecret);
  });

  test('CodeBuild ListSourceCredentials echoing the AWS secret key, with drift in another region (drift issue)', async () => {
    addGitHub();
    emu.get().github.addToken(WORKFLOW_TOKEN, { permissions: { issues: 'write' } });
    fault({
      service: 'codebuild',
      operation: 'ListSourceCredentials',
      region: 'eu-west-1',
      kind: 'echo',
    });
    const r = await run(front, {
      ...github,
      mode: 'check',
      'aws-region': 'us-east-1,eu-west-1',
      ...(front === 'action' ? { 'drift-issue': 'true' } : {}),
    });
    expect(r.code).toBe(1);
    // The answer's message quotes a secret: that whole field is hidden (issue 25).
    expect(r.outputs['report file']).toContain('***');
    expect(r.outputs['report file']).not.toContain('signed with secret key');
    if (front === 'action') {
      expect(emu.get().github.issues(REPO)).toHaveLength(1);
      expect(r.outputs['drift issue bodies']).toContain('***');
      expect(r.outputs['drift issue bodies']).not.toContain('secret key');
    }
    expectNoSecretIn(r.outputs, everySecret);
  });

  test('GitHub: an error body that quotes the token', async () => {
    addGitHub();
    fault({ service: 'github', operation: 'GET /user', kind: 'echo' });
    const r = await run(front, github);
    expect(r.code).toBe(1);
    expect(writes()).toBe(0);
    // The answer's message quotes a secret: that whole field is hidden (issue 25).
    expect(r.printed).toContain('***');
    expect(r.printed).not.toContain('unexpected credentials');
    expectNoSecretIn(r.outputs, everySecret);
  });

  test('Bitbucket: an error body that quotes the Bearer token', async () => {
    addBitbucket();
    fault({ service: 'bitbucket', kind: 'echo' });
    const r = await run(front, bitbucket);
    expect(r.code).toBe(1);
    expect(writes()).toBe(0);
    // The answer's message quotes a secret: that whole field is hidden (issue 25).
    expect(r.printed).toContain('***');
    expect(r.printed).not.toContain('Could not parse the credentials');
    expectNoSecretIn(r.outputs, everySecret);
  });

  test('Bitbucket: an error body that quotes Basic credentials (base64 of username:token)', async () => {
    fault({ service: 'bitbucket', kind: 'echo' });
    const r = await run(front, { ...bitbucket, token: APP_PASSWORD, username: 'alice' });
    expect(r.code).toBe(1);
    expect(writes()).toBe(0);
    // The answer's message quotes a secret: that whole field is hidden (issue 25).
    expect(r.printed).toContain('***');
    expect(r.printed).not.toContain('Could not parse the credentials');
    expectNoSecretIn(r.outputs, [...everySecret, APP_PASSWORD], ['alice']);
  });

  test("STS AssumeRole echoing the caller's secret key", async () => {
    addGitHub();
    fault({ service: 'sts', operation: 'AssumeRole', kind: 'echo' });
    const r = await run(front, {
      ...github,
      'role-to-assume': 'arn:aws:iam::111111111111:role/sync',
    });
    expect(r.code).toBe(1);
    expect(writes()).toBe(0);
    // The answer's message quotes a secret: that whole field is hidden (issue 25).
    expect(r.printed).toContain('***');
    expect(r.printed).not.toContain('signed with secret key');
    expectNoSecretIn(r.outputs, everySecret);
  });

  test('CodeBuild echoing the keys of an assumed role (obtained at run time)', async () => {
    addGitHub();
    fault({ service: 'codebuild', operation: 'ImportSourceCredentials', kind: 'echo' });
    fault({ service: 'codebuild', operation: 'ListSourceCredentials', kind: 'echo' });
    const r = await run(front, {
      ...github,
      mode: 'check',
      'role-to-assume': 'arn:aws:iam::111111111111:role/sync',
    });
    expect(r.code).toBe(1);
    // The answer's message quotes a secret: that whole field is hidden (issue 25).
    expect(r.outputs['report file']).toContain('***');
    expect(r.outputs['report file']).not.toContain('with session token');
    expectNoSecretIn(r.outputs, everySecret);
  });

  test('Secrets Manager: the token read from the secret, echoed by GitHub', async () => {
    addGitHub();
    const arn = emu.get().secretsmanager.add({
      name: 'codebuild/github',
      region: 'us-east-1',
      secretString: JSON.stringify({
        ServerType: 'GITHUB',
        AuthType: 'PERSONAL_ACCESS_TOKEN',
        Token: GH,
      }),
      tags: [
        { Key: 'codebuild:source', Value: '' },
        { Key: 'codebuild:source:provider', Value: 'github' },
        { Key: 'codebuild:source:type', Value: 'personal_access_token' },
      ],
    });
    fault({ service: 'github', operation: 'GET /user', kind: 'echo' });
    const r = await run(front, {
      'server-type': 'github',
      'auth-type': 'SECRETS_MANAGER',
      token: arn,
    });
    expect(r.code).toBe(1);
    expect(writes()).toBe(0);
    // The answer's message quotes a secret: that whole field is hidden (issue 25).
    expect(r.printed).toContain('***');
    expect(r.printed).not.toContain('unexpected credentials');
    expectNoSecretIn(r.outputs, everySecret);
  });

  test('Secrets Manager GetSecretValue echoing the AWS secret key', async () => {
    const arn = emu.get().secretsmanager.add({
      name: 'codebuild/github',
      region: 'us-east-1',
      secretString: JSON.stringify({
        ServerType: 'GITHUB',
        AuthType: 'PERSONAL_ACCESS_TOKEN',
        Token: GH,
      }),
    });
    fault({ service: 'secretsmanager', kind: 'echo' });
    const r = await run(front, {
      'server-type': 'github',
      'auth-type': 'SECRETS_MANAGER',
      token: arn,
    });
    expect(r.code).toBe(1);
    expect(writes()).toBe(0);
    expectNoSecretIn(r.outputs, everySecret);
  });
});

describe('pipe: the OIDC token', () => {
  test("STS AssumeRoleWithWebIdentity echoing the step's OIDC token", async () => {
    addGitHub();
    fault({ service: 'sts', operation: 'AssumeRoleWithWebIdentity', kind: 'echo' });
    const r = await run('pipe', github, {
      AWS_ACCESS_KEY_ID: undefined,
      AWS_SECRET_ACCESS_KEY: undefined,
      AWS_OIDC_ROLE_ARN: 'arn:aws:iam::123456789012:role/bitbucket-pipe',
      BITBUCKET_STEP_OIDC_TOKEN: OIDC,
    });
    expect(r.code).toBe(1);
    expect(writes()).toBe(0);
    // The answer's message quotes a secret: that whole field is hidden (issue 25).
    expect(r.printed).toContain('***');
    expect(r.printed).not.toContain('verify the web identity token');
    expectNoSecretIn(r.outputs, everySecret);
  });
});

describe('action: the workflow token', () => {
  test('GitHub echoing the workflow token while opening the drift issue', async () => {
    addGitHub();
    emu.get().github.addToken(WORKFLOW_TOKEN, { permissions: { issues: 'write' } });
    fault({ service: 'github', operation: 'POST /repos/acme/infra/issues', kind: 'echo' });
    const r = await run('action', { ...github, mode: 'check', 'drift-issue': 'true' });
    expect(r.code).toBe(1);
    // The answer's message quotes a secret: that whole field is hidden (issue 25).
    expect(r.printed).toContain('***');
    expect(r.printed).not.toContain('unexpected credentials');
    expectNoSecretIn(r.outputs, everySecret);
  });
});
