// Sealed by construction (issue 25, findings 1-4 and the lows on Retry-After): both shipped
// bundles, under Node 24, against the emulators. A token on the pipe's command line is
// never echoed; a Secrets Manager secret whose token is in another field never prints it;
// a password in a project's source URL of any shape is stripped and joins the secrets, so
// another field quoting it is hidden; an absurd Retry-After is not shown. Disguised echoes
// of the token run through the hostile suite (hostile.test.ts, ECHO_FORMS), whose scan
// reads skeletons.
import { describe, expect, test } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { useEmulator } from '../support/emulated.js';
import { importedGitHubToken } from '../support/adversary.js';
import { ROOT, node24, runBundle } from '../support/run-bundle.js';
import { runnerFiles, runnerInputs } from '../support/runner-files.js';
import { bones, expectNoFragmentIn, expectNoSecretIn } from '../support/secret-scan.js';
import { pipeVariables } from '../support/front-run.js';

const emu = useEmulator();
const GH = 'ghp_' + 'S3al3dByC0nstruct10nT0kenQwErTyUiOp';
const PASSWORD = 'Sup3r/S3cretPassw0rd?In#AS0urce';
/** Letters only, every run of it reads like words: a run is not exempt for that. */
const WORDY = 'ghp_' + 'AbandonedLighthouseKeeperMarmaladeZo';
const FRONTS = ['pipe', 'action'] as const;
type Front = (typeof FRONTS)[number];

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
}

async function run(front: Front, inputs: Record<string, string>): Promise<Run> {
  const files = runnerFiles();
  const reportFile = join(mkdtempSync(join(tmpdir(), 'sealed-')), 'report.json');
  const all = { 'aws-region': 'us-east-1', 'report-file': reportFile, ...inputs };
  const result =
    front === 'pipe'
      ? await runBundle('pipe', { ...emu.get().env, DEBUG: 'true', ...pipeVariables(all) })
      : await runBundle('action', {
          ...emu.get().env,
          RUNNER_DEBUG: '1',
          GITHUB_REPOSITORY: 'acme/infra',
          GITHUB_OUTPUT: files.output,
          GITHUB_STEP_SUMMARY: files.summary,
          RUNNER_TEMP: files.dir,
          ...runnerInputs(all),
        });
  const read = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8') : '');
  return {
    code: result.code,
    stdout: result.stdout,
    stderr: result.stderr,
    outputs: {
      stdout: result.stdout,
      stderr: result.stderr,
      'report file': read(reportFile),
      ...(front === 'action'
        ? { GITHUB_OUTPUT: read(files.output), 'job summary': read(files.summary) }
        : {}),
    },
  };
}

describe.each(FRONTS)('%s', (front) => {
  test('finding 3: a secret with its fields swapped never prints the token; the message names the field', async () => {
    const e = emu.get();
    e.github.addToken(GH, { scopes: ['repo', 'admin:repo_hook'] });
    const arn = e.secretsmanager.add({
      name: 'codebuild/github',
      region: 'us-east-1',
      secretString: JSON.stringify({
        ServerType: 'GITHUB',
        AuthType: GH,
        Token: 'PERSONAL_ACCESS_TOKEN',
      }),
      tags: [
        { Key: 'codebuild:source', Value: '' },
        { Key: 'codebuild:source:provider', Value: 'github' },
        { Key: 'codebuild:source:type', Value: 'personal_access_token' },
      ],
    });
    const r = await run(front, {
      'server-type': 'github',
      'auth-type': 'SECRETS_MANAGER',
      token: arn,
    });
    expect(r.code).toBe(1);
    expect(e.writeCalls()).toHaveLength(0);
    expect(`${r.stdout}${r.stderr}`).toMatch(
      /The secret's "AuthType" holds a value CodeBuild does not take \(not shown\)/,
    );
    expectNoSecretIn(r.outputs, [GH]);
    expectNoFragmentIn(r.outputs, [GH]);
  });

  test('findings 4 and 13: passwords in source URLs of any shape are stripped, and another field quoting one is hidden', async () => {
    const e = emu.get();
    importedGitHubToken(e, GH);
    e.codebuild.addProject('us-east-1', {
      name: 'slash-in-password',
      source: { type: 'GITHUB', location: `https://builder:${PASSWORD}@github.com/acme/one` },
      webhook: true,
    });
    e.codebuild.addProject('us-east-1', {
      name: 'no-scheme',
      source: {
        type: 'GITHUB',
        location: 'builder:N0Sch3meS3cretPassw0rd@github.com/acme/two.git',
      },
      webhook: true,
    });
    e.codebuild.addProject('us-east-1', {
      // A field shown as it is (a name), quoting the password of the URL above: hidden only
      // because that password joined the secrets (a location's query is never shown).
      name: 'copy-of-N0Sch3meS3cretPassw0rd',
      source: { type: 'GITHUB', location: 'https://github.com/acme/four' },
      webhook: true,
    });
    e.codebuild.addProject('us-east-1', {
      name: 'quotes-it',
      // Not a URL's user information: found only because the password joined the secrets.
      source: { type: 'GITHUB', location: `https://github.com/acme/three?note=${PASSWORD}` },
      webhook: true,
    });
    const r = await run(front, { 'server-type': 'github', token: GH, mode: 'check' });
    expect(e.writeCalls()).toHaveLength(0);
    for (const text of Object.values(r.outputs)) {
      expect(text).not.toContain('builder:');
      expect(text).not.toContain('N0Sch3me');
    }
    expect(r.outputs['report file']).toContain('github.com/acme/one');
    expect(r.outputs['report file']).toContain('github.com/acme/two.git');
    expectNoFragmentIn(r.outputs, [GH, PASSWORD, 'N0Sch3meS3cretPassw0rd']);
  });

  test.each((['soft-hyphens', 'spaced', 'full-width'] as const).map((form) => [form]))(
    'a token of letters only that reads like words, echoed by GitHub %s: hidden in every output',
    async (form) => {
      // No run of it is exempt for reading like words: each is as much the token as any other.
      emu.get().faults.add({
        service: 'github',
        operation: 'GET /user',
        kind: 'echo',
        form,
        count: Infinity,
      });
      const r = await run(front, { 'server-type': 'github', token: WORDY });
      expect(r.code).toBe(1);
      expect(emu.get().writeCalls()).toHaveLength(0);
      // The answer's message quotes the token: that whole field is hidden.
      expect(`${r.stdout}${r.stderr}`).toMatch(/failed \(HTTP 400: \*\*\*\)/);
      expect(Object.keys(r.outputs)).toEqual(
        front === 'action'
          ? ['stdout', 'stderr', 'report file', 'GITHUB_OUTPUT', 'job summary']
          : ['stdout', 'stderr', 'report file'],
      );
      expect(r.outputs['report file']).not.toBe('');
      if (front === 'action') {
        expect(r.stdout).toMatch(/^::error/m);
        expect(r.outputs['job summary']).not.toBe('');
        expect(r.outputs.GITHUB_OUTPUT).not.toBe('');
      }
      expectNoSecretIn(r.outputs, [WORDY]);
      expectNoFragmentIn(r.outputs, [WORDY]);
    },
  );

  test('low: an absurd Retry-After is not shown as a number', async () => {
    emu.get().github.addToken(GH, { scopes: ['repo', 'admin:repo_hook'] });
    emu.get().faults.add({
      service: 'github',
      operation: 'GET /user',
      kind: 'throttle',
      status: 429,
      retryAfter: 100_000_000_000_000_000,
      count: Infinity,
    });
    const r = await run(front, { 'server-type': 'github', token: GH });
    expect(r.code).toBe(1);
    expect(emu.get().writeCalls()).toHaveLength(0);
    const all = Object.values(r.outputs).join('\n');
    expect(all).toMatch(/longer than a day/);
    expect(all).not.toMatch(/\d{7,} min/);
  });
});

describe('finding 1: the pipe never echoes the command line past a flag name', () => {
  function pipe(args: string[]): Promise<{ code: number | null; out: string }> {
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      HOME: '/tmp',
      SERVER_TYPE: 'github',
    };
    return new Promise((resolve) => {
      const child = spawn(node24(), [join(ROOT, 'dist', 'pipe', 'index.js'), ...args], { env });
      let out = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      child.stderr.on('data', (d: Buffer) => (out += d.toString()));
      child.on('close', (code) => resolve({ code, out }));
    });
  }
  const BB = 'ATATT3xFfGF0' + 'C0mmandL1neAtlassianT0kenQwErTy';
  const cases: string[][] = [
    [`--token=${GH}`],
    [`--TOKEN=${GH}`],
    [`-token=${GH}`],
    [`--tokn=${GH}`],
    ['--token', GH],
    [`--token${GH}`],
    [GH],
    [`--token=${BB}`],
    [BB],
    ['--password=Xk29fLq8Zr47Bn'],
    ['Xk29fLq8Zr47BnWm3'],
  ];
  test.each(cases.map((args) => [args.join(' ').slice(0, 16), args]))(
    '%s…: exit 2, no part of the value, the message names TOKEN',
    async (_name, args) => {
      const r = await pipe(args as string[]);
      expect(r.code).toBe(2);
      const value = (args as string[]).join(' ').replace(/^-+[a-z]+=?/i, '');
      // No 8 characters of the value, in any case or disguise.
      for (let i = 0; i + 8 <= value.length; i++)
        expect(bones(r.out)).not.toContain(bones(value.slice(i, i + 8)));
      expect(r.out).toMatch(/TOKEN/);
    },
  );

  test('a plain mistake is still named, with the variable it means', async () => {
    const r = await pipe(['--dry-run']);
    expect(r.code).toBe(2);
    expect(r.out).toContain('--dry-run is not an argument');
    expect(r.out).toContain('set DRY_RUN=true instead');
    const mode = await pipe(['--mode=check']);
    expect(mode.out).toContain('--mode=… is not an argument');
    expect(mode.out).toContain('set MODE=... instead');
    expect(mode.out).toMatch(/TOKEN/);
  });
});
