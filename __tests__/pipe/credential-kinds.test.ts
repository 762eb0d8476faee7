// Issue #5 paths through the shipped pipe bundle: CodeConnections, Secrets
// Manager, fine-grained probing and several accounts.
import { describe, expect, test } from '@jest/globals';
import { printed, useEmulator } from '../support/emulated.js';
import { runBundle } from '../support/run-bundle.js';

const emu = useEmulator();
const CONNECTION =
  'arn:aws:codeconnections:us-east-1:123456789012:connection/0f6f1a5e-1111-2222-3333-444455556666';
const BB = 'ATCTT3xFfGN0' + 'secretInsideTheSecret0123456789';

function pipe(env: Record<string, string | undefined>) {
  return runBundle('pipe', { ...emu.get().env, AWS_DEFAULT_REGION: 'us-east-1', ...env });
}

describe('CODECONNECTIONS', () => {
  test('an AVAILABLE Bitbucket connection is imported and confirmed by its resource ARN', async () => {
    emu.get().codeconnections.add({
      arn: CONNECTION,
      name: 'bitbucket-main',
      status: 'AVAILABLE',
      providerType: 'Bitbucket',
    });
    const result = await pipe({ AUTH_TYPE: 'CODECONNECTIONS', TOKEN: CONNECTION });
    expect(result.code).toBe(0);
    expect(emu.get().codebuild.credentials('us-east-1')[0]).toMatchObject({
      authType: 'CODECONNECTIONS',
      resource: CONNECTION,
    });
    expect(result.stdout).toContain(CONNECTION); // an ARN is not a secret: it stays readable
  });

  test('a PENDING connection is not imported and the message says how to complete it', async () => {
    emu.get().codeconnections.add({
      arn: CONNECTION,
      name: 'bitbucket-main',
      status: 'PENDING',
      providerType: 'Bitbucket',
    });
    const result = await pipe({ AUTH_TYPE: 'CODECONNECTIONS', TOKEN: CONNECTION });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /is PENDING\. A connection created with the CLI or SDK stays PENDING until someone completes it in the console/,
    );
    expect(emu.get().writeCalls()).toHaveLength(0);
  });

  test('a connection for another provider is refused', async () => {
    emu.get().codeconnections.add({
      arn: CONNECTION,
      name: 'gh',
      status: 'AVAILABLE',
      providerType: 'GitHub',
    });
    const result = await pipe({ AUTH_TYPE: 'CODECONNECTIONS', TOKEN: CONNECTION });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/is for GitHub, but the server type is BITBUCKET/);
    expect(emu.get().writeCalls()).toHaveLength(0);
  });

  test('check reports an ERROR connection and a credential pointing elsewhere as drift', async () => {
    emu.get().codeconnections.add({
      arn: CONNECTION,
      name: 'bitbucket-main',
      status: 'ERROR',
      providerType: 'Bitbucket',
    });
    emu.get().codebuild.seed('us-east-1', {
      serverType: 'BITBUCKET',
      authType: 'CODECONNECTIONS',
      token: CONNECTION.replace('0f6f', 'aaaa'),
    });
    const result = await pipe({ MODE: 'check', AUTH_TYPE: 'CODECONNECTIONS', TOKEN: CONNECTION });
    expect(result.code).toBe(3);
    expect(result.stdout).toMatch(
      /Drift \(connection-not-available\): The connection bitbucket-main is ERROR/,
    );
    expect(result.stdout).toMatch(/Drift \(resource-mismatch, us-east-1\)/);
  });
});

describe('SECRETS_MANAGER', () => {
  function addSecret(scopes: string[], tags = true) {
    emu.get().bitbucket.addToken(BB, { kind: 'access-token', scopes });
    return emu.get().secretsmanager.add({
      name: 'codebuild/bitbucket',
      region: 'us-east-1',
      secretString: JSON.stringify({
        ServerType: 'BITBUCKET',
        AuthType: 'PERSONAL_ACCESS_TOKEN',
        Token: BB,
      }),
      tags: tags
        ? [
            { Key: 'codebuild:source', Value: '' },
            { Key: 'codebuild:source:provider', Value: 'bitbucket' },
            { Key: 'codebuild:source:type', Value: 'personal_access_token' },
          ]
        : [],
    });
  }

  test('the token inside the secret is validated, then the secret is imported', async () => {
    const arn = addSecret(['repository', 'pullrequest', 'webhook', 'account']);
    const result = await pipe({ AUTH_TYPE: 'SECRETS_MANAGER', TOKEN: arn });
    expect(result.code).toBe(0);
    expect(emu.get().codebuild.credentials('us-east-1')[0]).toMatchObject({
      authType: 'SECRETS_MANAGER',
      resource: arn,
    });
    expect(emu.get().requests.some((r) => r.service === 'bitbucket')).toBe(true);
    expect(printed(result)).not.toContain(BB);
  });

  test('a secret whose token lacks a scope is not imported', async () => {
    const arn = addSecret(['repository', 'webhook']);
    const result = await pipe({ AUTH_TYPE: 'SECRETS_MANAGER', TOKEN: arn });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/lacks scope CodeBuild needs: pullrequest/);
    expect(emu.get().writeCalls()).toHaveLength(0);
    expect(printed(result)).not.toContain(BB);
  });

  test('a secret without CodeBuild tags is refused, naming the tag', async () => {
    const arn = addSecret(['repository', 'pullrequest', 'webhook'], false);
    const result = await pipe({ AUTH_TYPE: 'SECRETS_MANAGER', TOKEN: arn });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /tag codebuild:source:provider is missing; it must be "bitbucket"/,
    );
    expect(emu.get().writeCalls()).toHaveLength(0);
  });

  test('a region other than the secret’s is not imported into', async () => {
    const arn = addSecret(['repository', 'pullrequest', 'webhook']);
    const result = await pipe({
      AUTH_TYPE: 'SECRETS_MANAGER',
      TOKEN: arn,
      AWS_DEFAULT_REGION: 'us-east-1,eu-west-1',
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /eu-west-1\s+not attempted: the secret is in 123456789012\/us-east-1/,
    );
    expect(
      emu
        .get()
        .writeCalls()
        .map((w) => w.region),
    ).toEqual(['us-east-1']);
  });
});

describe('fine-grained token probing', () => {
  const FINE = 'github_pat_' + '11AAAAAAA0probe_abcdefghijklmnopqrstuvwxyz0123';

  test('a missing Webhooks permission fails before any write', async () => {
    emu.get().github.addToken(FINE, {
      permissions: { metadata: 'read', contents: 'read', statuses: 'write' },
      repositories: ['acme/app'],
    });
    const result = await pipe({ SERVER_TYPE: 'github', TOKEN: FINE, REPOSITORIES: 'acme/app' });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /lacks permissions CodeBuild needs: repository_hooks:read, repository_hooks:write/,
    );
    expect(result.stdout).toMatch(/acme\/app: .*✔ contents:read/);
    expect(emu.get().writeCalls()).toHaveLength(0);
    expect(
      emu
        .get()
        .requests.filter((r) => r.service === 'github')
        .every((r) => r.method === 'GET'),
    ).toBe(true);
  });

  test('with every permission it imports, and says what could not be proven', async () => {
    emu.get().github.addToken(FINE, {
      permissions: {
        metadata: 'read',
        contents: 'read',
        statuses: 'write',
        hooks: 'write',
        pull_requests: 'read',
      },
      repositories: ['acme/app'],
    });
    const result = await pipe({ SERVER_TYPE: 'github', TOKEN: FINE, REPOSITORIES: 'acme/app' });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/not proven either way: statuses:write, repository_hooks:write/);
    expect(printed(result)).not.toContain(FINE);
  });
});

describe('several accounts', () => {
  test('a check across two accounts × two regions makes one report with an account column', async () => {
    const GH = 'ghp_' + 'TwoAccountsTwoRegions0000000000000000';
    emu.get().github.addToken(GH, { scopes: ['repo'] });
    const roles = [
      'arn:aws:iam::111111111111:role/credential-sync',
      'arn:aws:iam::222222222222:role/credential-sync',
    ];
    for (const region of ['us-east-1', 'eu-west-1']) {
      emu.get().codebuild.seed(region, {
        serverType: 'GITHUB',
        authType: 'PERSONAL_ACCESS_TOKEN',
        token: GH,
        accountId: '111111111111',
      });
    }
    emu.get().codebuild.seed('us-east-1', {
      serverType: 'GITHUB',
      authType: 'PERSONAL_ACCESS_TOKEN',
      token: GH,
      accountId: '222222222222',
    });
    const result = await pipe({
      MODE: 'check',
      SERVER_TYPE: 'github',
      TOKEN: GH,
      AWS_DEFAULT_REGION: 'us-east-1,eu-west-1',
      ROLE_TO_ASSUME: roles.join('\n'),
      REPORT_FILE: '/tmp/cbcs-two-accounts.json',
    });
    expect(result.code).toBe(3);
    expect(
      emu
        .get()
        .sts.assumed.map((a) => a.roleArn)
        .sort(),
    ).toEqual(roles);
    expect(result.stdout).toMatch(/✔ 111111111111\/eu-west-1/);
    expect(result.stdout).toMatch(/⚠ 222222222222\/eu-west-1/);
    expect(result.stdout).toMatch(
      /Drift \(credential-missing, eu-west-1\): 222222222222\/eu-west-1 holds no GITHUB credential/,
    );
    const report = JSON.parse(
      (await import('node:fs')).readFileSync('/tmp/cbcs-two-accounts.json', 'utf8'),
    );
    expect(report.regions).toHaveLength(4);
    expect(report.findings).toHaveLength(1);
  });

  test('a role that cannot be assumed fails its account, not the others', async () => {
    const GH = 'ghp_' + 'TwoAccountsTwoRegions0000000000000000';
    emu.get().github.addToken(GH, { scopes: ['repo'] });
    emu.get().sts.addRole('arn:aws:iam::222222222222:role/locked', { assumable: false });
    const result = await pipe({
      SERVER_TYPE: 'github',
      TOKEN: GH,
      ROLE_TO_ASSUME:
        'arn:aws:iam::111111111111:role/credential-sync, arn:aws:iam::222222222222:role/locked',
    });
    expect(result.code).toBe(1);
    expect(emu.get().codebuild.credentials('us-east-1', '111111111111')).toHaveLength(1);
    expect(result.stdout).toMatch(
      /222222222222\/us-east-1\s+failed: Assuming role arn:aws:iam::222222222222:role\/locked was denied/,
    );
  });
});
