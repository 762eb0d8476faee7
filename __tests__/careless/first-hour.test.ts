// Issue 26: a real team's first hour, through both shipped bundles (Node 24) against the
// emulator: the documented path gives no warning, delete never acts on a guessed server type,
// a secret that did not arrive is named, regions are read as people type them.
// (Point 3, the regions exported by configure-aws-credentials, is in mistakes.test.ts.)
import { describe, expect, test } from '@jest/globals';
import { actionError, emulatedFronts, printed, useEmulator } from '../support/emulated.js';
import { runBundle, type BundleResult } from '../support/run-bundle.js';

const emu = useEmulator();
const { pipe, action } = emulatedFronts(emu);

const GHP = 'ghp_aimgywueSQuH894VOsV9SXVybNqYdcZy0000';
const ATCTT = 'ATCTTLQPF5Iw69qnlHCcUNstPcpzQxBAHhwt0000';

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

describe('10. --help fits a screen; the image with nothing set points to it', () => {
  test('--help: at most 60 lines, three examples, what each mode requires (delete and inventory: no TOKEN)', async () => {
    const help = await runHelp();
    const lines = help.trimEnd().split('\n');
    expect(lines.length).toBeLessThanOrEqual(60);
    const examples = lines.filter((l) => /^ {2}\S+=.* node dist\/pipe\/index\.js$/.test(l));
    expect(examples).toHaveLength(3);
    expect(help).toMatch(/^ {2}sync +TOKEN, AWS_DEFAULT_REGION$/m);
    expect(help).toMatch(/^ {2}check +TOKEN, AWS_DEFAULT_REGION$/m);
    expect(help).toMatch(/^ {2}delete +AWS_DEFAULT_REGION, SERVER_TYPE$/m);
    expect(help).toMatch(/^ {2}inventory +AWS_DEFAULT_REGION$/m);
  });

  test('no variable at all: every problem, then the pointer to --help; nothing called', async () => {
    // `docker run IMAGE`: the image's own environment, nothing of the pipe's.
    const r = await runBundle('pipe', {});
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('AWS_DEFAULT_REGION is required');
    expect(r.stderr.trimEnd().split('\n').at(-1)).toBe(
      'No variable of this pipe is set. Run it with --help for the variables, the ones each mode needs, and examples.',
    );
    expectNoCall();
  });

  test('a variable set: the problems alone, no pointer', async () => {
    const r = await pipe({ SERVER_TYPE: 'github' });
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain('--help');
  });
});

/** The pipe bundle's `--help`, as the image prints it. */
async function runHelp(): Promise<string> {
  const { spawnSync } = await import('node:child_process');
  const { node24, ROOT } = await import('../support/run-bundle.js');
  const out = spawnSync(node24(), ['dist/pipe/index.js', '--help'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  expect(out.status).toBe(0);
  return out.stdout;
}

describe('8. wrong AWS credentials are found once, up front', () => {
  /** The CodeBuild and STS operations the run sent, in order. */
  const awsCalls = () =>
    emu
      .get()
      .requests.filter((r) => r.service === 'codebuild' || r.service === 'sts')
      .map((r) => `${r.service}:${r.operation}`);

  test('pipe: an access key AWS does not know: one line naming the fix; no region is tried', async () => {
    emu.get().github.addToken(GHP, { scopes: ['repo'], login: 'u' });
    const result = await pipe({
      SERVER_TYPE: 'github',
      TOKEN: GHP,
      AWS_DEFAULT_REGION: 'us-east-1,eu-west-1,eu-central-1',
      AWS_ACCESS_KEY_ID: 'AKIAFIRSTHOURUNKNOWN',
      AWS_SECRET_ACCESS_KEY: 'firstHourSecretThatAwsHasNeverSeen00000',
    });
    expect(result.code).toBe(1);
    const text = printed(result);
    const line =
      'AWS does not know the access key this run signs with (STS GetCallerIdentity: InvalidClientTokenId)';
    expect(text.split(line).length - 1).toBe(1);
    expect(text).toContain('Set AWS_OIDC_ROLE_ARN');
    // The regions are not each blamed: one short word each.
    expect(text).not.toMatch(/UnrecognizedClient|details\.\./);
    expect(text).toMatch(/eu-central-1 +not attempted/);
    expect(awsCalls()).toEqual(['sts:GetCallerIdentity']);
    expect(printed(result)).not.toContain('firstHourSecretThatAwsHasNeverSeen');
  });

  test('Action: a secret access key that is not the key ID’s: SignatureDoesNotMatch, once', async () => {
    emu.get().github.addToken(GHP, { scopes: ['repo'], login: 'u' });
    const { id } = emu.get().aws.defaultAccessKey;
    const result = await action(
      { token: GHP, 'aws-region': 'us-east-1, eu-west-1' },
      { AWS_ACCESS_KEY_ID: id, AWS_SECRET_ACCESS_KEY: 'LTXq0oRCUJpc23CO2eANsq5gyASmTWdHCw2dvuR' },
    );
    expect(result.code).toBe(1);
    const line =
      "AWS refused the signature of this run's calls (STS GetCallerIdentity: SignatureDoesNotMatch)";
    expect(result.stdout.split(line).length - 1).toBe(1);
    expect(result.stdout).toContain('aws-actions/configure-aws-credentials');
    expect(awsCalls()).toEqual(['sts:GetCallerIdentity']);
  });

  test('organization mode: the identity call is made with the base credentials, and no role is assumed with bad ones', async () => {
    const result = await pipe({
      MODE: 'inventory',
      ACCOUNTS: '111111111111,222222222222',
      ROLE_NAME: 'codebuild-credential-sync',
      AWS_ACCESS_KEY_ID: 'AKIAFIRSTHOURUNKNOWN',
      AWS_SECRET_ACCESS_KEY: 'firstHourSecretThatAwsHasNeverSeen00000',
    });
    expect(result.code).toBe(1);
    expect(printed(result)).toContain('STS GetCallerIdentity: InvalidClientTokenId');
    expect(awsCalls()).toEqual(['sts:GetCallerIdentity']);
  });

  test('good credentials: one GetCallerIdentity, which needs no IAM permission, then the regions', async () => {
    emu.get().github.addToken(GHP, { scopes: ['repo'], login: 'u' });
    // An identity allowed CodeBuild's list only: GetCallerIdentity needs nothing.
    emu.get().aws.addAccessKey('AKIAFIRSTHOURLISTONLY', 'firstHourListOnlySecret000000000000000', {
      allow: ['codebuild:ListSourceCredentials'],
    });
    const result = await pipe({
      MODE: 'check',
      SERVER_TYPE: 'github',
      TOKEN: GHP,
      INSPECT_PROJECTS: 'false',
      AWS_ACCESS_KEY_ID: 'AKIAFIRSTHOURLISTONLY',
      AWS_SECRET_ACCESS_KEY: 'firstHourListOnlySecret000000000000000',
    });
    expect(printed(result)).not.toMatch(/GetCallerIdentity|denied/i);
    expect(awsCalls()).toEqual(['sts:GetCallerIdentity', 'codebuild:ListSourceCredentials']);
  });
});

describe('11. wording a first reader understands', () => {
  const GHS = 'ghs_f1rstH0urQz8Wv3Kp6Rt9Yx2Bn5Mc7Ld4Ja0';

  test('pipe: an imported region fits one short line; a missing one in check says "missing"', async () => {
    emu.get().github.addToken(GHP, { scopes: ['repo'], login: 'u' });
    const synced = await pipe({ SERVER_TYPE: 'github', TOKEN: GHP });
    expect(synced.code).toBe(0);
    const line = synced.stdout.split('\n').find((l) => /us-east-1 +imported arn:/.test(l))!;
    expect(line).toMatch(/: as PERSONAL_ACCESS_TOKEN, read back$/);
    expect(line.length).toBeLessThanOrEqual(120);
    const checked = await pipe({
      MODE: 'check',
      SERVER_TYPE: 'github',
      TOKEN: GHP,
      AWS_DEFAULT_REGION: 'us-east-1,eu-west-1',
      FAIL_ON_DRIFT: 'false',
    });
    expect(checked.stdout).toMatch(/⚠ eu-west-1 +missing: /);
    expect(checked.stdout).toMatch(/✔ us-east-1 +checked /);
  });

  test('pipe: a ghs_ token is not "accepted" and then refused', async () => {
    emu.get().github.addToken(GHS);
    const result = await pipe({ SERVER_TYPE: 'github', TOKEN: GHS });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/GitHub App installation token.*: signs in, but is not usable/);
    expect(result.stdout).not.toMatch(/: accepted/);
  });

  test('pipe: the inventory explains its columns', async () => {
    seedBoth();
    const result = await pipe({ MODE: 'inventory' });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Own credential: projects with a credential of their own');
    expect(result.stdout).toContain("Account: the AWS account (none shown: the run's own).");
  });
});

describe('13. platform conventions', () => {
  test('Action: the run folds into a group; the result stays outside it', async () => {
    emu.get().github.addToken(GHP, { scopes: ['repo'], login: 'u' });
    const result = await action({ token: GHP, 'aws-region': 'us-east-1, eu-west-1' });
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    const open = lines.indexOf('::group::sync in us-east-1, eu-west-1');
    const close = lines.indexOf('::endgroup::');
    expect(open).toBeGreaterThan(-1);
    expect(close).toBeGreaterThan(open);
    expect(lines.slice(open, close).some((l) => l.startsWith('Importing in'))).toBe(true);
    // The result is read without opening the group.
    expect(lines.slice(close).join('\n')).toMatch(/^ +✔ us-east-1 +imported/m);
  });

  test('pipe: an AWS variable that arrives as its own unexpanded name (pipe.yml\'s "$NAME") is unset', async () => {
    emu.get().github.addToken(GHP, { scopes: ['repo'], login: 'u' });
    const result = await pipe({
      SERVER_TYPE: 'github',
      TOKEN: GHP,
      AWS_SESSION_TOKEN: '$AWS_SESSION_TOKEN',
      AWS_OIDC_ROLE_ARN: '$AWS_OIDC_ROLE_ARN',
    });
    expect(printed(result)).not.toMatch(/AWS_OIDC_ROLE_ARN|security token/i);
    expect(result.code).toBe(0);
  });
});
