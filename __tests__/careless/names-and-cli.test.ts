// Issue 17: careless names and a real command line, through both shipped bundles
// (Node 24) against the emulator. A misspelt option, a stray argument or a broken AWS
// credential setting ends before any call (not one request reaches any service),
// exit 2, with the option it likely meant; `--help` and `--version` call nothing.
import { describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { optionsFor } from '../../src/core/base/options.js';
import type { Report } from '../../src/core/report/report.js';
import { actionError, printed, useEmulator } from '../support/emulated.js';
import { ROOT, buildVersion, node24, runBundle, type BundleResult } from '../support/run-bundle.js';
import { readOutputs, runnerFiles, runnerInputs } from '../support/runner-files.js';
import { spawn } from 'node:child_process';

const emu = useEmulator();
const GHP = 'ghp_d7P96X4w8DAdKwnO7gIhq5xvLh3uHvoD0000';
// package.json's version, and the clone's commit for a build between releases.
const RELEASE = buildVersion();

function pipe(env: Record<string, string | undefined>, args: string[] = []): Promise<BundleResult> {
  const all = { ...emu.get().env, AWS_DEFAULT_REGION: 'us-east-1', ...env };
  if (args.length === 0) return runBundle('pipe', all);
  // runBundle takes no arguments: the same start, with them.
  return new Promise((resolve, reject) => {
    const clean: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: '/tmp' };
    for (const [k, v] of Object.entries(all)) if (v !== undefined) clean[k] = v;
    const child = spawn(node24(), [join(ROOT, 'dist', 'pipe', 'index.js'), ...args], {
      env: clean,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    const started = Date.now();
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, ms: Date.now() - started }));
  });
}

async function action(
  inputs: Record<string, string>,
  extra: Record<string, string> = {},
): Promise<BundleResult & { outputs: Record<string, string> }> {
  const files = runnerFiles();
  const result = await runBundle('action', {
    ...emu.get().env,
    ...runnerInputs(inputs),
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    ...extra,
  });
  return { ...result, outputs: readOutputs(files.output) };
}

const firstLine = (r: BundleResult) =>
  r.stdout.split('\n').find((l) => l && !l.startsWith('::add-mask::'));

function expectNoCall(): void {
  expect(emu.get().requests).toEqual([]);
}

function githubToken(): void {
  emu.get().github.addToken(GHP, { scopes: ['repo', 'admin:repo_hook'] });
}

describe('a misspelt option never turns a dry run into a write', () => {
  test.each([
    ['DRYRUN', 'DRY_RUN'],
    ['DRY-RUN', 'DRY_RUN'],
    ['dry_run', 'DRY_RUN'],
  ])('%s=true: exit 2 before any call, "did you mean %s?"', async (name, meant) => {
    githubToken();
    const r = await pipe({ [name]: 'true', SERVER_TYPE: 'github', TOKEN: GHP });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${name} is not an option; did you mean ${meant}?`);
    expectNoCall();
  });

  test('REGIONS next to AWS_DEFAULT_REGION: refused, not one region synced', async () => {
    githubToken();
    const r = await pipe({
      REGIONS: 'us-east-1,eu-west-1,ap-south-1',
      SERVER_TYPE: 'github',
      TOKEN: GHP,
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('REGIONS is not an option; did you mean AWS_DEFAULT_REGION?');
    expectNoCall();
  });

  test('SERVERTYPE: named first, with the option it means', async () => {
    const r = await pipe({ SERVERTYPE: 'github', TOKEN: GHP });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('SERVERTYPE is not an option; did you mean SERVER_TYPE?');
    expectNoCall();
  });

  test('DRY_RUN set but empty (an unset variable behind it) writes nothing', async () => {
    const r = await pipe({ DRY_RUN: '', SERVER_TYPE: 'github', TOKEN: GHP });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('DRY_RUN is set but empty: set it to true or false.');
    expectNoCall();
  });

  test('a variable that is nobody’s is named in a warning; the platform’s are not', async () => {
    githubToken();
    const r = await pipe({
      MY_TEAM: 'infra',
      CI: 'true',
      BITBUCKET_BUILD_NUMBER: '7',
      BITBUCKET_REPO_FULL_NAME: 'acme/infra',
      HOSTNAME: 'runner-1',
      NODE_VERSION: '24.0.0',
      YARN_VERSION: '1.22.22',
      HTTPS_PROXY: '',
      no_proxy: '127.0.0.1',
      SERVER_TYPE: 'github',
      TOKEN: GHP,
      DRY_RUN: 'true',
    });
    expect(r.code).toBe(0);
    const said = printed(r);
    expect(said).toContain('MY_TEAM is not a variable of this pipe and is ignored');
    for (const name of ['CI', 'BITBUCKET_', 'HOSTNAME', 'NODE_VERSION', 'YARN_VERSION', 'proxy'])
      expect(said).not.toMatch(new RegExp(`\\b${name}\\S* (is|are) not`));
    expect(emu.get().writeCalls()).toEqual([]);
  });

  test('the Action: region: instead of aws-region: is refused before any call', async () => {
    githubToken();
    const r = await action(
      { token: GHP },
      { INPUT_REGION: 'us-east-1,eu-west-1', AWS_REGION: 'us-east-1' },
    );
    expect(r.code).toBe(2);
    expect(actionError(r)).toBe(
      "input 'region' is not an input of this action; did you mean aws-region?",
    );
    expectNoCall();
  });

  test('the Action: dryrun: true is refused; nothing is written', async () => {
    githubToken();
    const r = await action({ token: GHP, 'aws-region': 'us-east-1' }, { INPUT_DRYRUN: 'true' });
    expect(r.code).toBe(2);
    expect(actionError(r)).toBe(
      "input 'dryrun' is not an input of this action; did you mean dry-run?",
    );
    expectNoCall();
  });
});

describe('the command line', () => {
  test('--help lists every variable of the table, with defaults and the required ones, and calls nothing', async () => {
    githubToken();
    const r = await pipe({ SERVER_TYPE: 'github', TOKEN: GHP }, ['--help']);
    expect(r.code).toBe(0);
    expectNoCall();
    for (const option of optionsFor('pipe'))
      expect(r.stdout).toContain(`  ${option.env[0].padEnd(26)}  ${option.summary}`);
    expect(r.stdout).toMatch(
      /^ {2}MODE +What to do: sync, check \(drift\), delete, inventory, merge\. \[sync\]$/m,
    );
    expect(r.stdout).toMatch(/^ {2}sync +TOKEN, AWS_DEFAULT_REGION$/m);
    expect(r.stdout).toContain('AWS_OIDC_ROLE_ARN');
    expect(r.stdout).not.toContain(GHP);
  });

  test('--version prints the release of package.json, and calls nothing', async () => {
    const r = await pipe({}, ['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`codebuild-credential-sync ${RELEASE}\n`);
    expectNoCall();
  });

  test('any other argument: exit 2, with the variable it likely means, and no call', async () => {
    githubToken();
    const r = await pipe({ SERVER_TYPE: 'github', TOKEN: GHP }, ['--dry-run']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      '--dry-run is not an argument: the command takes only --help and --version. Options are environment variables: set DRY_RUN=true instead.',
    );
    const value = await pipe({ SERVER_TYPE: 'github', TOKEN: GHP }, ['check']);
    expect(value.code).toBe(2);
    expect(value.stderr).toContain('set MODE=check instead');
    expectNoCall();
  });

  test('a token pasted as an argument is not echoed', async () => {
    const r = await pipe({}, [GHP]);
    expect(r.code).toBe(2);
    expect(printed(r)).not.toContain(GHP.slice(0, 12));
  });

  test('the release is the first line of every run, and in the report', async () => {
    githubToken();
    const dir = mkdtempSync(join(tmpdir(), 'names-report-'));
    const r = await pipe({
      SERVER_TYPE: 'github',
      TOKEN: GHP,
      DRY_RUN: 'true',
      REPORT_FILE: join(dir, 'report.json'),
    });
    expect(r.code).toBe(0);
    expect(firstLine(r)).toBe(`codebuild-credential-sync ${RELEASE}`);
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as Report;
    expect(report.tool).toEqual({ name: 'codebuild-credential-sync', version: RELEASE });

    const bad = await pipe({ MODE: 'chek' });
    expect(firstLine(bad)).toBe(`codebuild-credential-sync ${RELEASE}`);

    const a = await action({ token: GHP, 'aws-region': 'us-east-1', 'dry-run': 'true' });
    expect(firstLine(a)).toBe(`codebuild-credential-sync ${RELEASE}`);
    expect((JSON.parse(a.outputs.report) as Report).tool.version).toBe(RELEASE);
  });
});

describe('every configuration mistake exits 2 before any call', () => {
  test('an AWS access key without its secret', async () => {
    const r = await pipe({
      SERVER_TYPE: 'github',
      TOKEN: GHP,
      AWS_SECRET_ACCESS_KEY: undefined,
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not: the two go together.',
    );
    expectNoCall();
  });

  test('AWS_OIDC_ROLE_ARN without BITBUCKET_STEP_OIDC_TOKEN', async () => {
    const r = await pipe({
      SERVER_TYPE: 'github',
      TOKEN: GHP,
      AWS_OIDC_ROLE_ARN: 'arn:aws:iam::123456789012:role/codebuild-credential-sync',
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('add `oidc: true` to the pipeline step');
    expectNoCall();
  });

  test('a named profile that does not exist is named before the token is sent anywhere', async () => {
    githubToken();
    const home = mkdtempSync(join(tmpdir(), 'names-home-'));
    mkdirSync(join(home, '.aws'));
    writeFileSync(join(home, '.aws', 'config'), '[profile prod]\nregion = us-east-1\n');
    writeFileSync(
      join(home, '.aws', 'credentials'),
      '[prod]\naws_access_key_id = AKIAEXAMPLE\naws_secret_access_key = example\n',
    );
    const r = await pipe({
      SERVER_TYPE: 'github',
      TOKEN: GHP,
      HOME: home,
      AWS_ACCESS_KEY_ID: undefined,
      AWS_SECRET_ACCESS_KEY: undefined,
      AWS_PROFILE: 'prodd',
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('AWS_PROFILE is "prodd", which is not a profile in');
    expect(r.stderr).toContain('Did you mean prod?');
    expectNoCall();
  });

  test('no AWS credentials at all', async () => {
    const r = await pipe({
      SERVER_TYPE: 'github',
      TOKEN: GHP,
      HOME: mkdtempSync(join(tmpdir(), 'names-home-')),
      AWS_ACCESS_KEY_ID: undefined,
      AWS_SECRET_ACCESS_KEY: undefined,
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('No AWS credentials: set AWS_OIDC_ROLE_ARN');
    expectNoCall();
  });

  test('every mistake at once, each named', async () => {
    const r = await pipe({
      MODE: 'chek',
      DRYRUN: 'true',
      AWS_SECRET_ACCESS_KEY: undefined,
      TOKEN: GHP,
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('DRYRUN is not an option; did you mean DRY_RUN?');
    expect(r.stderr).toContain('Did you mean check?');
    expect(r.stderr).toContain('AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not');
    expectNoCall();
  });
});

test('OIDC: no SDK noise (STS is given the run’s region)', async () => {
  githubToken();
  const r = await pipe({
    SERVER_TYPE: 'github',
    TOKEN: GHP,
    AWS_DEFAULT_REGION: 'eu-west-1',
    AWS_ACCESS_KEY_ID: undefined,
    AWS_SECRET_ACCESS_KEY: undefined,
    AWS_OIDC_ROLE_ARN: 'arn:aws:iam::123456789012:role/codebuild-credential-sync',
    BITBUCKET_STEP_OIDC_TOKEN: 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ7cmVwb30ifQ.c2lnbmF0dXJl',
  });
  expect(r.code).toBe(0);
  // (AssumeRoleWithWebIdentity is unsigned: the region shows only in the SDK's silence.)
  expect(printed(r)).not.toMatch(/@aws-sdk|WARN|default STS region/);
  expect(emu.get().sts.assumed.map((a) => a.kind)).toEqual(['AssumeRoleWithWebIdentity']);
});
