// Issue 26: a real team's first hour, through both shipped bundles (Node 24) against the
// emulator: the documented path gives no warning, delete never acts on a guessed server type,
// a secret that did not arrive is named, regions are read as people type them.
// (Point 3, the regions exported by configure-aws-credentials, is in mistakes.test.ts.)
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { printed, useEmulator } from '../support/emulated.js';
import { runBundle, type BundleResult } from '../support/run-bundle.js';
import { readOutputs, runnerFiles, runnerInputs } from '../support/runner-files.js';

const emu = useEmulator();

const GHP = 'ghp_firstHourClassicToken000000000000000';
const ATCTT = 'ATCTTfirstHourBitbucketAccessToken000000';

function pipe(env: Record<string, string>): Promise<BundleResult> {
  return runBundle('pipe', { ...emu.get().env, AWS_DEFAULT_REGION: 'us-east-1', ...env });
}

async function action(
  inputs: Record<string, string>,
  env: Record<string, string> = {},
): Promise<BundleResult & { outputs: Record<string, string>; summary: string }> {
  const files = runnerFiles();
  const result = await runBundle('action', {
    ...emu.get().env,
    ...runnerInputs({ 'aws-region': 'us-east-1', ...inputs }),
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    ...env,
  });
  return {
    ...result,
    outputs: readOutputs(files.output),
    summary: readFileSync(files.summary, 'utf8'),
  };
}

/** The Action's one failure message (`::error::`), decoded. */
function actionError(result: BundleResult): string {
  const line = result.stdout.split('\n').find((l) => l.startsWith('::error::')) ?? '';
  return line.slice('::error::'.length).replace(/%0A/g, '\n').replace(/%25/g, '%');
}

/** The lines a person reads, without the version line and the runner's commands. */
function said(result: BundleResult): string[] {
  return result.stdout
    .split('\n')
    .filter((l) => l && !l.startsWith('::') && !/^codebuild-credential-sync /.test(l));
}

function expectNoCall(): void {
  expect(emu.get().requests).toEqual([]);
}

function seedBoth(region = 'us-east-1'): void {
  emu.get().codebuild.seed(region, {
    serverType: 'GITHUB',
    authType: 'PERSONAL_ACCESS_TOKEN',
    token: GHP,
  });
  emu.get().codebuild.seed(region, {
    serverType: 'BITBUCKET',
    authType: 'PERSONAL_ACCESS_TOKEN',
    token: ATCTT,
  });
}

describe('5. delete never acts on a guessed server type', () => {
  test('pipe: MODE=delete with a GitHub token and no SERVER_TYPE deletes nothing, exit 2', async () => {
    seedBoth();
    const result = await pipe({ MODE: 'delete', TOKEN: GHP });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'SERVER_TYPE is required for mode delete, which deletes that server type',
    );
    // The token's form names the likely type; the token itself is never printed.
    expect(result.stderr).toContain('set SERVER_TYPE=github.');
    expect(printed(result)).not.toContain(GHP);
    expectNoCall();
    expect(emu.get().codebuild.credentials('us-east-1')).toHaveLength(2);
  });

  test('Action: mode delete without server-type is refused too (its default is github)', async () => {
    seedBoth();
    const result = await action({ mode: 'delete' });
    expect(result.code).toBe(2);
    expect(actionError(result)).toContain(
      "input 'server-type' is required for mode delete, which deletes that server type",
    );
    expect(actionError(result)).toContain('server-type: github, github-enterprise or bitbucket');
    expectNoCall();
  });

  test('pipe: a token whose form contradicts an explicit SERVER_TYPE is refused', async () => {
    seedBoth();
    const result = await pipe({ MODE: 'delete', SERVER_TYPE: 'bitbucket', TOKEN: GHP });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'TOKEN looks like a GitHub classic personal access token (ghp_…), but SERVER_TYPE is bitbucket: delete needs no token',
    );
    expectNoCall();
  });

  test('pipe: the first line says what will be deleted, and where; only that is deleted', async () => {
    seedBoth();
    const result = await pipe({
      MODE: 'delete',
      SERVER_TYPE: 'github',
      AWS_DEFAULT_REGION: 'us-east-1,eu-west-1',
    });
    expect(result.code).toBe(0);
    expect(said(result)[0]).toBe(
      "▸ Deleting CodeBuild's github source credential (SERVER_TYPE github) in regions us-east-1, eu-west-1.",
    );
    expect(
      emu
        .get()
        .codebuild.credentials('us-east-1')
        .map((c) => c.serverType),
    ).toEqual(['BITBUCKET']);
  });

  test('Action: the first line says what a dry run would delete, and where', async () => {
    seedBoth();
    const result = await action({ mode: 'delete', 'server-type': 'bitbucket', 'dry-run': 'true' });
    expect(result.code).toBe(0);
    expect(said(result)[0]).toBe(
      "Dry run: would delete CodeBuild's bitbucket source credential (input 'server-type' bitbucket) in region us-east-1.",
    );
    expect(emu.get().writeCalls()).toEqual([]);
  });
});

describe('6. a secret that did not arrive is named', () => {
  test('pipe: an empty TOKEN says where a secured variable comes from, and why it may be empty', async () => {
    const result = await pipe({ SERVER_TYPE: 'github', TOKEN: '' });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('TOKEN is empty; mode sync needs the token to import.');
    expect(result.stderr).toContain('secured repository, workspace or deployment variable');
    expect(result.stderr).toContain('pull request from a fork');
    expect(result.stderr).not.toContain('GITHUB_TOKEN');
    expectNoCall();
  });

  test('pipe: GITHUB_TOKEN set while TOKEN is empty gets the hint, and is never printed', async () => {
    const result = await pipe({ SERVER_TYPE: 'github', TOKEN: '', GITHUB_TOKEN: GHP });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'GITHUB_TOKEN is set, but this pipe reads the token from TOKEN: set TOKEN: $GITHUB_TOKEN.',
    );
    expect(printed(result)).not.toContain(GHP);
    expectNoCall();
  });

  test('Action: an empty token names the secret to check: a missing one, a fork', async () => {
    const result = await action({ token: '' });
    expect(result.code).toBe(2);
    const error = actionError(result);
    expect(error).toContain("input 'token' is empty; mode sync needs the token to import.");
    expect(error).toContain('Check the secret named in token: ${{ secrets.NAME }}');
    expect(error).toContain('a pull request from a fork get no secrets');
    expectNoCall();
  });

  test.each([
    ['$CODEBUILD_GITHUB_TOKEN', 'CODEBUILD_GITHUB_TOKEN'],
    ['${CODEBUILD_GITHUB_TOKEN}', 'CODEBUILD_GITHUB_TOKEN'],
  ])(
    'pipe: TOKEN=%s (a variable never expanded) is refused before any call, naming it',
    async (token, name) => {
      const result = await pipe({ SERVER_TYPE: 'github', TOKEN: token });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(
        `TOKEN is the text "$${name}": the variable ${name} was not expanded, so it is not the token.`,
      );
      expectNoCall();
    },
  );

  test('Action: token "${{ secrets.CODEBUILD_TOKEN }}" as text is refused before any call', async () => {
    // As the runner passes it when the expression sits where it is not evaluated.
    const result = await action({}, { INPUT_TOKEN: '${{ secrets.CODEBUILD_TOKEN }}' });
    expect(result.code).toBe(2);
    expect(actionError(result)).toContain(
      "input 'token' is the expression ${{ secrets.CODEBUILD_TOKEN }} as written: it was never evaluated",
    );
    expectNoCall();
  });

  test('Action: token "$GH_PAT" names the secret to write instead', async () => {
    const result = await action({ token: '$GH_PAT' });
    expect(result.code).toBe(2);
    expect(actionError(result)).toContain("Write input 'token': ${{ secrets.GH_PAT }}");
    expectNoCall();
  });
});

describe('7. regions as people type them', () => {
  test('pipe: US-EAST-1 is us-east-1', async () => {
    emu.get().github.addToken(GHP, { scopes: ['repo'], login: 'u' });
    const result = await pipe({
      SERVER_TYPE: 'github',
      TOKEN: GHP,
      AWS_DEFAULT_REGION: 'US-EAST-1, Eu-West-1',
      DRY_RUN: 'true',
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/us-east-1 +would import/);
    expect(result.stdout).toMatch(/eu-west-1 +would import/);
  });

  test('pipe: us-east-1;eu-west-1 says to separate with commas', async () => {
    const result = await pipe({
      SERVER_TYPE: 'github',
      TOKEN: GHP,
      AWS_DEFAULT_REGION: 'us-east-1;eu-west-1',
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'AWS_DEFAULT_REGION has "us-east-1;eu-west-1": separate regions with commas (or spaces, or newlines), not ";": us-east-1,eu-west-1.',
    );
    expectNoCall();
  });

  test('Action: place names suggest the region codes, from the SDK’s descriptions', async () => {
    const result = await action({ token: GHP, 'aws-region': 'Frankfurt, Ireland, Tokyo' });
    expect(result.code).toBe(2);
    const error = actionError(result);
    expect(error).toContain(
      'input \'aws-region\' has "Frankfurt", which is not an AWS region name (e.g. us-east-1, eu-west-1). Region names are codes: did you mean eu-central-1 for Europe (Frankfurt)?',
    );
    expect(error).toContain('did you mean eu-west-1 for Europe (Ireland)?');
    expect(error).toContain('did you mean ap-northeast-1 for Asia Pacific (Tokyo)?');
    expectNoCall();
  });
});
