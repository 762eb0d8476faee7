// The shipped pipe bundle, run as a child process under Node 24 against the
// emulator: real SDK, real fetch, real wire protocols.
import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { printed, useEmulator } from '../support/emulated.js';
import { runBundle, type BundleResult } from '../support/run-bundle.js';

const emu = useEmulator();
const GH = 'ghp_' + 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8';
const BB = 'ATCTT3xFfGN0' + 'dHJYOgggo1IoxMCI4XI8IS7ilc6789';

function pipe(env: Record<string, string | undefined>) {
  return runBundle('pipe', { ...emu.get().env, AWS_DEFAULT_REGION: 'us-east-1', ...env });
}

function expectNoSecret(result: BundleResult, ...secrets: string[]) {
  for (const secret of secrets) expect(printed(result)).not.toContain(secret);
}

describe('sync with a GitHub token', () => {
  test('imports the token and confirms it', async () => {
    emu.get().github.addToken(GH, { scopes: ['repo', 'workflow'], login: 'octocat' });
    const result = await pipe({ SERVER_TYPE: 'github', TOKEN: GH });
    expect(result.code).toBe(0);
    const stored = emu.get().codebuild.credentials('us-east-1');
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      serverType: 'GITHUB',
      authType: 'PERSONAL_ACCESS_TOKEN',
      token: GH,
    });
    expect(result.stdout).toContain(stored[0].arn);
    expect(result.stdout).toMatch(
      /✔ sync of the GITHUB credential \(PERSONAL_ACCESS_TOKEN\) succeeded in 1 region/,
    );
    expectNoSecret(result, GH);
  });

  test('a token without the repo scope fails with zero write calls', async () => {
    emu.get().github.addToken(GH, { scopes: ['public_repo', 'admin:repo_hook'] });
    const result = await pipe({ SERVER_TYPE: 'github', TOKEN: GH });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/lacks scope CodeBuild needs: repo/);
    expect(emu.get().writeCalls()).toHaveLength(0);
    expect(emu.get().codebuild.credentials('us-east-1')).toHaveLength(0);
    expectNoSecret(result, GH);
  });

  test('a rejected token fails with zero write calls', async () => {
    const result = await pipe({ SERVER_TYPE: 'github', TOKEN: GH });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/GitHub rejected it \(401 Bad credentials\)/);
    expect(emu.get().writeCalls()).toHaveLength(0);
    expectNoSecret(result, GH);
  });

  test('two regions get one import each', async () => {
    emu.get().github.addToken(GH, { scopes: ['repo'] });
    const result = await pipe({
      SERVER_TYPE: 'github',
      TOKEN: GH,
      AWS_DEFAULT_REGION: 'us-east-1, eu-west-1',
    });
    expect(result.code).toBe(0);
    const writes = emu.get().writeCalls();
    expect(writes.map((w) => `${w.operation}@${w.region}`).sort()).toEqual([
      'ImportSourceCredentials@eu-west-1',
      'ImportSourceCredentials@us-east-1',
    ]);
    expect(emu.get().codebuild.credentials('eu-west-1')[0].arn).toBe(
      'arn:aws:codebuild:eu-west-1:123456789012:token/github',
    );
    // One introspection per run, whatever the number of regions.
    expect(emu.get().requests.filter((r) => r.service === 'github')).toHaveLength(1);
  });

  test("regions in Bitbucket's list form", async () => {
    emu.get().github.addToken(GH, { scopes: ['repo'] });
    const result = await pipe({
      SERVER_TYPE: 'github',
      TOKEN: GH,
      AWS_DEFAULT_REGION: undefined,
      AWS_DEFAULT_REGION_COUNT: '2',
      AWS_DEFAULT_REGION_0: 'ap-southeast-2',
      AWS_DEFAULT_REGION_1: 'eu-central-1',
    });
    expect(result.code).toBe(0);
    expect(emu.get().codebuild.credentials('ap-southeast-2')).toHaveLength(1);
    expect(emu.get().codebuild.credentials('eu-central-1')).toHaveLength(1);
  });

  test('dry run validates and plans without any write call', async () => {
    emu.get().github.addToken(GH, { scopes: ['repo'] });
    const result = await pipe({ SERVER_TYPE: 'github', TOKEN: GH, DRY_RUN: 'true' });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/would import.*would create a PERSONAL_ACCESS_TOKEN credential/);
    expect(emu.get().writeCalls()).toHaveLength(0);
  });

  test('should-overwrite false keeps an existing credential without a write, and imports where none is', async () => {
    emu.get().github.addToken(GH, { scopes: ['repo'] });
    const arn = emu.get().codebuild.seed('us-east-1', {
      serverType: 'GITHUB',
      authType: 'PERSONAL_ACCESS_TOKEN',
      token: 'ghp_previous',
    });
    const result = await pipe({
      SERVER_TYPE: 'github',
      TOKEN: GH,
      SHOULD_OVERWRITE: 'false',
      AWS_DEFAULT_REGION: 'us-east-1,eu-west-1',
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`us-east-1\\s+kept existing ${arn}`));
    expect(emu.get().codebuild.credentials('us-east-1')[0].token).toBe('ghp_previous');
    expect(
      emu
        .get()
        .writeCalls()
        .map((w) => w.region),
    ).toEqual(['eu-west-1']);
    expect(emu.get().codebuild.credentials('eu-west-1')[0].token).toBe(GH);
  });

  test('throttling is retried by the SDK', async () => {
    emu.get().github.addToken(GH, { scopes: ['repo'] });
    emu.get().faults.add({
      service: 'codebuild',
      operation: 'ImportSourceCredentials',
      kind: 'throttle',
      count: 2,
    });
    const result = await pipe({ SERVER_TYPE: 'github', TOKEN: GH });
    expect(result.code).toBe(0);
    const imports = emu
      .get()
      .writeCalls()
      .map((w) => w.status);
    expect(imports).toEqual([400, 400, 200]);
    expect(emu.get().codebuild.credentials('us-east-1')).toHaveLength(1);
  });

  test('AccessDenied names the missing IAM action', async () => {
    emu.get().github.addToken(GH, { scopes: ['repo'] });
    emu.get().faults.add({
      service: 'codebuild',
      operation: 'ImportSourceCredentials',
      kind: 'access-denied',
      count: Infinity,
    });
    const result = await pipe({ SERVER_TYPE: 'github', TOKEN: GH });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/lacks the IAM permission codebuild:ImportSourceCredentials/);
    expect(printed(result)).not.toMatch(/\n\s+at /); // no stack trace
    expectNoSecret(result, GH);
  });

  test('an expiring token warns; fail-on-expiry-within-days refuses it', async () => {
    const expiresAt = new Date(Date.now() + 3 * 24 * 3600 * 1000);
    emu.get().github.addToken(GH, { scopes: ['repo'], expiresAt });
    const warned = await pipe({ SERVER_TYPE: 'github', TOKEN: GH });
    expect(warned.code).toBe(0);
    expect(warned.stdout).toMatch(/Warning: The token expires on .*, in (2|3) days/);
    emu.get().reset();
    emu.get().github.addToken(GH, { scopes: ['repo'], expiresAt });
    const refused = await pipe({
      SERVER_TYPE: 'github',
      TOKEN: GH,
      FAIL_ON_EXPIRY_WITHIN_DAYS: '7',
    });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/within FAIL_ON_EXPIRY_WITHIN_DAYS \(7\)/);
    expect(emu.get().writeCalls()).toHaveLength(0);
  });

  test('a fine-grained token is imported with an "unverified" warning', async () => {
    const fine = 'github_pat_' + '11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz';
    emu.get().github.addToken(fine, { permissions: { contents: 'read' } });
    const result = await pipe({ SERVER_TYPE: 'github', TOKEN: fine });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /Fine-grained token: GitHub does not list its permissions, so they are unverified/,
    );
    expectNoSecret(result, fine);
  });

  test('GitHub Enterprise Server through its API URL', async () => {
    emu.get().github.addToken(GH, { scopes: ['repo'], enterprise: true });
    const result = await pipe({
      SERVER_TYPE: 'github-enterprise',
      TOKEN: GH,
      GITHUB_API_URL: emu.get().ghesUrl,
    });
    expect(result.code).toBe(0);
    expect(emu.get().codebuild.credentials('us-east-1')[0]).toMatchObject({
      serverType: 'GITHUB_ENTERPRISE',
    });
  });
});

describe('sync with a Bitbucket token', () => {
  test('an access token is imported as PERSONAL_ACCESS_TOKEN without a username', async () => {
    emu.get().bitbucket.addToken(BB, {
      kind: 'access-token',
      scopes: ['repository', 'pullrequest', 'webhook'],
    });
    const result = await pipe({ TOKEN: BB });
    expect(result.code).toBe(0);
    expect(emu.get().codebuild.credentials('us-east-1')[0]).toMatchObject({
      serverType: 'BITBUCKET',
      authType: 'PERSONAL_ACCESS_TOKEN',
      token: BB,
    });
    expect(emu.get().codebuild.credentials('us-east-1')[0].username).toBeUndefined();
    // An access token cannot hold the account scope: nothing is said about it.
    expect(result.stdout).not.toMatch(/account scope/);
    expect(result.stdout).toMatch(
      /^✔ sync of the BITBUCKET credential \(PERSONAL_ACCESS_TOKEN\) succeeded in 1 region$/m,
    );
    expectNoSecret(result, BB);
  });

  test('a token missing the webhook scope fails with zero write calls', async () => {
    emu.get().bitbucket.addToken(BB, { kind: 'access-token', scopes: ['pullrequest:write'] });
    const result = await pipe({ TOKEN: BB });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/lacks scope CodeBuild needs: webhook/);
    expect(emu.get().writeCalls()).toHaveLength(0);
  });

  test('an app password after the removal says how to move to an access token', async () => {
    emu.get().bitbucket.addToken('apppassword1234567890', {
      kind: 'app-password',
      username: 'alice',
      scopes: ['repository', 'pullrequest', 'webhook'],
    });
    const result = await pipe({ TOKEN: 'apppassword1234567890', USERNAME: 'alice' });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/removed app passwords on 2026-07-28/);
    expect(result.stderr).toMatch(/PERSONAL_ACCESS_TOKEN/);
    expect(emu.get().writeCalls()).toHaveLength(0);
    expectNoSecret(
      result,
      'apppassword1234567890',
      Buffer.from('alice:apppassword1234567890').toString('base64'),
    );
  });

  test('an app password that still works is imported as BASIC_AUTH, with a warning', async () => {
    emu.get().bitbucket.appPasswordsRemoved = false;
    emu.get().bitbucket.addToken('apppassword1234567890', {
      kind: 'app-password',
      username: 'alice',
      scopes: ['repository', 'pullrequest', 'webhook', 'account'],
    });
    const result = await pipe({ TOKEN: 'apppassword1234567890', USERNAME: 'alice' });
    expect(result.code).toBe(0);
    expect(emu.get().codebuild.credentials('us-east-1')[0]).toMatchObject({
      authType: 'BASIC_AUTH',
      username: 'alice',
    });
    expect(result.stdout).toMatch(/Warning: The token is used as a Bitbucket app password/);
    expectNoSecret(result, 'apppassword1234567890');
  });
});

describe('check', () => {
  test('a region without the credential is drift: non-zero exit, unless fail-on-drift is false', async () => {
    emu.get().github.addToken(GH, { scopes: ['repo'] });
    emu.get().codebuild.seed('us-east-1', {
      serverType: 'GITHUB',
      authType: 'PERSONAL_ACCESS_TOKEN',
      token: GH,
    });
    const env = {
      MODE: 'check',
      SERVER_TYPE: 'github',
      TOKEN: GH,
      AWS_DEFAULT_REGION: 'us-east-1,eu-west-1',
    };
    const result = await pipe(env);
    expect(result.code).toBe(3);
    expect(result.stdout).toMatch(/Drift \(credential-missing, eu-west-1\)/);
    expect(emu.get().writeCalls()).toHaveLength(0);
    const lenient = await pipe({ ...env, FAIL_ON_DRIFT: 'false' });
    expect(lenient.code).toBe(0);
    expect(lenient.stdout).toMatch(/found drift/);
  });

  test('a clean check exits 0', async () => {
    emu.get().github.addToken(GH, { scopes: ['repo'] });
    emu.get().codebuild.seed('us-east-1', {
      serverType: 'GITHUB',
      authType: 'PERSONAL_ACCESS_TOKEN',
      token: GH,
    });
    const result = await pipe({ MODE: 'check', SERVER_TYPE: 'github', TOKEN: GH });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/✔ check of the GITHUB credential/);
  });

  test('another auth type and a rejected token are drift', async () => {
    emu.get().codebuild.seed('us-east-1', {
      serverType: 'BITBUCKET',
      authType: 'BASIC_AUTH',
      token: 'x',
      username: 'alice',
    });
    const result = await pipe({ MODE: 'check', TOKEN: BB });
    expect(result.code).toBe(3);
    expect(result.stdout).toMatch(/Drift \(token-rejected\)/);
    expect(result.stdout).toMatch(
      /Drift \(auth-type-mismatch, us-east-1\): us-east-1 holds a BASIC_AUTH credential, not PERSONAL_ACCESS_TOKEN/,
    );
  });
});

describe('delete', () => {
  test('removes the credential in every region; nothing to delete is a success', async () => {
    emu.get().codebuild.seed('us-east-1', {
      serverType: 'GITHUB',
      authType: 'PERSONAL_ACCESS_TOKEN',
      token: GH,
    });
    const result = await pipe({
      MODE: 'delete',
      SERVER_TYPE: 'github',
      AWS_DEFAULT_REGION: 'us-east-1 eu-west-1',
    });
    expect(result.code).toBe(0);
    expect(emu.get().codebuild.credentials('us-east-1')).toHaveLength(0);
    expect(result.stdout).toMatch(/eu-west-1\s+nothing to delete/);
    expect(
      emu
        .get()
        .writeCalls()
        .map((w) => w.operation),
    ).toEqual(['DeleteSourceCredentials']);
  });
});

describe('configuration and credentials', () => {
  test('a bad variable exits 2 naming it, before any network call', async () => {
    const result = await pipe({ MODE: 'sink', SERVER_TYPE: 'github', TOKEN: GH });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /✖ MODE must be one of sync, check, delete, inventory, merge; got "sink"/,
    );
    expect(emu.get().requests).toHaveLength(0);
    expectNoSecret(result, GH);
  });

  test('no AWS credentials is a clear configuration error, before any call', async () => {
    emu.get().github.addToken(GH, { scopes: ['repo'] });
    const result = await pipe({
      SERVER_TYPE: 'github',
      TOKEN: GH,
      AWS_ACCESS_KEY_ID: undefined,
      AWS_SECRET_ACCESS_KEY: undefined,
      HOME: mkdtempSync(join(tmpdir(), 'home-')),
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/No AWS credentials: set AWS_OIDC_ROLE_ARN/);
    expect(emu.get().requests).toEqual([]);
  });

  test('OIDC: the step token becomes web-identity credentials for an assumed role', async () => {
    emu.get().github.addToken(GH, { scopes: ['repo'] });
    const oidc = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ7cmVwb30ifQ.c2lnbmF0dXJl';
    const result = await pipe({
      SERVER_TYPE: 'github',
      TOKEN: GH,
      AWS_ACCESS_KEY_ID: undefined,
      AWS_SECRET_ACCESS_KEY: undefined,
      AWS_OIDC_ROLE_ARN: 'arn:aws:iam::123456789012:role/bitbucket-pipe',
      BITBUCKET_STEP_OIDC_TOKEN: oidc,
      BITBUCKET_BUILD_NUMBER: '42',
    });
    expect(result.code).toBe(0);
    expect(emu.get().sts.assumed).toEqual([
      expect.objectContaining({
        roleArn: 'arn:aws:iam::123456789012:role/bitbucket-pipe',
        sessionName: 'codebuild-credential-sync-42',
        kind: 'AssumeRoleWithWebIdentity',
      }),
    ]);
    expect(emu.get().codebuild.credentials('us-east-1')).toHaveLength(1);
    expectNoSecret(result, GH, oidc);
  });

  test('OIDC refused by the role says so, not that a CodeBuild permission is missing', async () => {
    emu.get().github.addToken(GH, { scopes: ['repo'] });
    const role = 'arn:aws:iam::123456789012:role/not-trusted';
    emu.get().sts.addRole(role, { assumable: false });
    const result = await pipe({
      SERVER_TYPE: 'github',
      TOKEN: GH,
      AWS_ACCESS_KEY_ID: undefined,
      AWS_SECRET_ACCESS_KEY: undefined,
      AWS_OIDC_ROLE_ARN: role,
      BITBUCKET_STEP_OIDC_TOKEN: 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln',
      AWS_DEFAULT_REGION: 'us-east-1,eu-west-1',
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /Could not get AWS credentials through web identity \(OIDC\): check the role ARN and its trust policy/,
    );
    expect(result.stdout).not.toMatch(/codebuild:ImportSourceCredentials/);
    expect(emu.get().sts.assumed).toHaveLength(0);
    expect(emu.get().requests.filter((r) => r.service === 'sts')).toHaveLength(1);
    expect(emu.get().writeCalls()).toHaveLength(0);
  });

  test('the JSON report goes to the shared storage directory by default', async () => {
    emu.get().github.addToken(GH, { scopes: ['repo'] });
    const dir = mkdtempSync(join(tmpdir(), 'shared-'));
    const result = await pipe({
      SERVER_TYPE: 'github',
      TOKEN: GH,
      BITBUCKET_PIPE_SHARED_STORAGE_DIR: dir,
    });
    expect(result.code).toBe(0);
    const text = readFileSync(join(dir, 'codebuild-credential-sync', 'report.json'), 'utf8');
    const report = JSON.parse(text);
    expect(report).toMatchObject({
      mode: 'sync',
      outcome: 'success',
      regions: [{ region: 'us-east-1', action: 'imported' }],
    });
    expect(text).not.toContain(GH);
  });
});
