// Hostile answers (issue 16): both shipped bundles, under Node 24, against emulators
// whose answers carry workflow commands, escape sequences, Markdown, a password in a
// URL, and the token echoed in altered forms. A row per channel; each asserts that no
// line of stdout or stderr is a workflow command the answer wrote, that the Markdown
// (job summary, drift issue) holds the answer's text only inside code spans, that no
// run of 12 characters of any secret (nor the password) is in any output, and that
// nothing was written to CodeBuild where the token was not proven.
import { describe, expect, test } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_ACCESS_KEY, ECHO_FORMS, type FaultSpec } from '../../emulator/index.js';
import { useEmulator } from '../support/emulated.js';
import { runBundle } from '../support/run-bundle.js';
import { runnerFiles, runnerInputs } from '../support/runner-files.js';
import { expectNoFragmentIn, expectNoSecretIn } from '../support/secret-scan.js';
import { expectMarkdownInert } from '../support/adversary.js';
import { pipeVariables } from '../support/front-run.js';

const emu = useEmulator();
const GH = 'ghp_' + 'H0st1leServerT0kenQwErTyUiOpZxCvBn';
const BB = 'ATCTT3xF' + '3rWyDbslJfbtdnibKtt2VPXn9quWcw3456';
const WORKFLOW_TOKEN = 'ghs_' + 'W0rkfl0wTokenOfTheHostileSuite987';
/** A token of someone else's, in a project's source URL. */
const PASSWORD = 'ghp_' + 'LeufoYHHnek4vlntyUqjkpS2oSLRcBnMq';
const REPO = 'acme/infra';
const FRONTS = ['pipe', 'action'] as const;
type Front = (typeof FRONTS)[number];
const everySecret = [GH, BB, WORKFLOW_TOKEN, PASSWORD, DEFAULT_ACCESS_KEY.secret];

/**
 * What a hostile server puts in a value: each line a workflow command (the older `##[`
 * form too), escape sequences (colour, clearing the screen, a terminal hyperlink), and
 * Markdown that would add HTML, a link, a heading, a mention and an issue reference.
 * Every piece says PWNED, so where it lands can be checked.
 */
const PAYLOAD =
  'bot\n::warning title=PWNED::PWNED\n::add-mask::us-east-1\r\n##[error]PWNED\x1b[31m\x1b[2J\x1b]8;;https://evil.example/PWNED\x07 <img src=x onerror=PWNED> [PWNED](https://evil.example) \n# PWNED @octocat acme/infra#1';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Every output of the run, by name. */
  outputs: Record<string, string>;
  /** The Markdown ones: the job summary and the drift issue. */
  markdown: Record<string, string>;
}

async function run(front: Front, inputs: Record<string, string>): Promise<Run> {
  const files = runnerFiles();
  const reportFile = join(mkdtempSync(join(tmpdir(), 'hostile-')), 'report.json');
  const all = {
    'aws-region': 'us-east-1',
    'report-file': reportFile,
    ...(inputs['server-type'] === 'bitbucket'
      ? { 'bitbucket-api-url': emu.get().env.BITBUCKET_API_URL }
      : {}),
    ...inputs,
  };
  const result =
    front === 'pipe'
      ? await runBundle('pipe', { ...emu.get().env, DEBUG: 'true', ...pipeVariables(all) })
      : await runBundle('action', {
          ...emu.get().env,
          RUNNER_DEBUG: '1',
          GITHUB_REPOSITORY: REPO,
          GITHUB_RUN_ID: '16',
          GITHUB_SERVER_URL: 'https://github.com',
          GITHUB_OUTPUT: files.output,
          GITHUB_STEP_SUMMARY: files.summary,
          RUNNER_TEMP: files.dir,
          ...runnerInputs(all, { 'github-token': WORKFLOW_TOKEN }),
        });
  const read = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8') : '');
  const issues = emu.get().github.issues(REPO);
  const markdown: Record<string, string> = {
    'drift issue bodies': issues.map((i) => i.body ?? '').join('\n'),
    'drift issue comments': issues.flatMap((i) => i.comments.map((c) => c.body)).join('\n'),
    ...(front === 'action' ? { 'job summary': read(files.summary) } : {}),
  };
  return {
    code: result.code,
    stdout: result.stdout,
    stderr: result.stderr,
    markdown,
    outputs: {
      stdout: result.stdout,
      stderr: result.stderr,
      'report file': read(reportFile),
      ...(front === 'action' ? { GITHUB_OUTPUT: read(files.output) } : {}),
      ...markdown,
    },
  };
}

/** The commands our own code sends the runner; the answer's text is only ever their escaped data. */
// group and endgroup: the run folds into a group (issue 26), titled from the configuration only.
const OUR_COMMANDS = new Set([
  'add-mask',
  'debug',
  'warning',
  'error',
  'notice',
  'group',
  'endgroup',
]);

/** No line of stdout or stderr is a workflow command that the answer wrote; no escape sequence of its survives. */
function expectNoCommandFromOutside(r: Run): void {
  const problems: string[] = [];
  for (const [name, text] of Object.entries({ stdout: r.stdout, stderr: r.stderr })) {
    for (const line of text.split(/\r?\n/)) {
      if (line.includes('##[')) problems.push(`${name}: a ##[ command: ${line.slice(0, 60)}`);
      const m = /^\s*::([^ :]*)([^:]*)::(.*)$/.exec(line);
      if (!m) continue;
      const [, command, properties, data] = m;
      const named = command === 'group' ? `${properties}${data}` : properties!;
      if (!OUR_COMMANDS.has(command!) || named.includes('PWNED'))
        problems.push(`${name}: the command line "${line.slice(0, 60)}"`);
      if (
        command === 'add-mask' &&
        !everySecret.some((s) => data!.length >= 4 && s.includes(data!))
      )
        problems.push(`${name}: masks "${data}", which is not a secret`);
    }
    // eslint-disable-next-line no-control-regex
    if (/\x1b\[2J|\x1b\]8;;/.test(text)) problems.push(`${name}: an escape sequence of the answer`);
  }
  expect(problems).toEqual([]);
}

/** Everything a row asserts on the outputs. */
function expectSealed(r: Run): void {
  expectNoCommandFromOutside(r);
  expectMarkdownInert(r.markdown);
  expectNoSecretIn(r.outputs, everySecret);
  expectNoFragmentIn(r.outputs, everySecret);
}

const fault = (f: FaultSpec) => emu.get().faults.add({ count: Infinity, ...f });
const writes = () => emu.get().writeCalls().length;

describe.each(FRONTS)('%s: hostile answers', (front) => {
  test('a login that carries commands, escapes and Markdown (the token is good: imported)', async () => {
    emu.get().github.addToken(GH, { scopes: ['repo', 'admin:repo_hook'], login: PAYLOAD });
    const r = await run(front, { 'server-type': 'github', token: GH });
    expect(r.code).toBe(0);
    expect(writes()).toBe(1);
    expectSealed(r);
    // The login is shown, on one line, cut of its escapes.
    expect(r.stdout).toMatch(/Token: GitHub classic personal access token \(bot.*PWNED/);
  });

  test("a Bitbucket 403 whose `granted` scopes carry commands (through a proxy that drops Bitbucket's headers): nothing imported", async () => {
    emu.get().bitbucket.addToken(BB, {
      kind: 'access-token',
      scopes: ['account', PAYLOAD, 'pullrequest\n::error::PWNED'],
    });
    fault({ service: 'bitbucket', kind: 'proxy' });
    const r = await run(front, { 'server-type': 'bitbucket', token: BB });
    expect(r.code).toBe(1);
    expect(writes()).toBe(0);
    expect(`${r.stdout}${r.stderr}`).toMatch(/repository/);
    expectSealed(r);
  });

  test('project source locations: one with a password in its URL, one that carries commands (check, drift issue)', async () => {
    const e = emu.get();
    e.github.addToken(GH, { scopes: ['repo', 'admin:repo_hook'] });
    e.github.addToken(WORKFLOW_TOKEN, { permissions: { issues: 'write' } });
    e.codebuild.seed('us-east-1', {
      serverType: 'GITHUB',
      authType: 'PERSONAL_ACCESS_TOKEN',
      token: GH,
    });
    e.codebuild.addProject('us-east-1', {
      name: 'org-hooks',
      source: { type: 'GITHUB', location: `https://ci-bot:${PASSWORD}@github.com/myorg` },
      webhook: true,
    });
    e.codebuild.addProject('us-east-1', {
      name: 'odd',
      source: { type: 'GITHUB', location: PAYLOAD },
      webhook: true,
    });
    // Drift elsewhere, so the drift issue is written with the projects table.
    const r = await run(front, {
      'server-type': 'github',
      token: GH,
      mode: 'check',
      'aws-region': 'us-east-1,eu-west-1',
      ...(front === 'action' ? { 'drift-issue': 'true' } : {}),
    });
    expect(r.code).toBe(front === 'pipe' ? 3 : 1); // drift: the pipe exits 3, a failed step 1
    expect(writes()).toBe(0);
    expectSealed(r);
    // Shown without its user information.
    expect(r.outputs['report file']).toContain('https://github.com/myorg');
    for (const text of Object.values(r.outputs)) expect(text).not.toContain('ci-bot:');
    if (front === 'action') {
      expect(e.github.issues(REPO)).toHaveLength(1);
      expect(r.markdown['job summary']).toContain('`https://github.com/myorg`');
    }
  });
});

describe.each(FRONTS)('%s: errors that echo the token in an altered form', (front) => {
  test.each(ECHO_FORMS.map((form) => [form]))(
    'GitHub GET /user, %s: nothing imported, no fragment anywhere',
    async (form) => {
      fault({ service: 'github', operation: 'GET /user', kind: 'echo', form });
      const r = await run(front, { 'server-type': 'github', token: GH });
      expect(r.code).toBe(1);
      expect(writes()).toBe(0);
      // The answer's message quotes the token: that whole field is hidden (issue 25).
      expect(`${r.stdout}${r.stderr}`).toMatch(/failed \(HTTP 400: \*\*\*\)/);
      expect(`${r.stdout}${r.stderr}`).not.toContain('unexpected credentials');
      expectSealed(r);
    },
  );

  test.each(ECHO_FORMS.map((form) => [form]))(
    'CodeBuild ImportSourceCredentials, %s: no fragment anywhere',
    async (form) => {
      emu.get().github.addToken(GH, { scopes: ['repo', 'admin:repo_hook'] });
      fault({ service: 'codebuild', operation: 'ImportSourceCredentials', kind: 'echo', form });
      const r = await run(front, { 'server-type': 'github', token: GH });
      expect(r.code).toBe(1);
      // AWS's message quotes the token: that whole field is hidden (issue 25).
      expect(r.outputs['report file']).toContain('AWS said: ***.');
      expect(r.outputs['report file']).not.toContain('Invalid token');
      expectSealed(r);
    },
  );

  test.each((['reversed', 'hex', 'percent', 'line-break'] as const).map((form) => [form]))(
    'Bitbucket, %s: nothing imported, no fragment anywhere',
    async (form) => {
      fault({ service: 'bitbucket', kind: 'echo', form });
      const r = await run(front, { 'server-type': 'bitbucket', token: BB });
      expect(r.code).toBe(1);
      expect(writes()).toBe(0);
      expectSealed(r);
    },
  );
});
