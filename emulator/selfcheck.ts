// Proves the emulator against the REAL SDK clients and plain fetch.
// Run: npx tsx emulator/selfcheck.ts   (exits non-zero on the first failure)
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  BatchGetProjectsCommand,
  CodeBuildClient,
  DeleteSourceCredentialsCommand,
  ImportSourceCredentialsCommand,
  ListProjectsCommand,
  ListSourceCredentialsCommand,
  paginateListProjects,
} from '@aws-sdk/client-codebuild';
import { Octokit } from '@octokit/rest';
import {
  CodeStarConnectionsClient,
  GetConnectionCommand,
} from '@aws-sdk/client-codestar-connections';
import {
  DescribeSecretCommand,
  GetSecretValueCommand,
  SecretsManagerClient,
} from '@aws-sdk/client-secrets-manager';
import {
  AssumeRoleCommand,
  AssumeRoleWithWebIdentityCommand,
  GetCallerIdentityCommand,
  STSClient,
} from '@aws-sdk/client-sts';
import { startEmulator, type Emulator } from './index.js';

const checks: Array<[string, (emu: Emulator) => Promise<void>]> = [];
const check = (name: string, fn: (emu: Emulator) => Promise<void>) => checks.push([name, fn]);

function creds(emu: Emulator) {
  return {
    accessKeyId: emu.aws.defaultAccessKey.id,
    secretAccessKey: emu.aws.defaultAccessKey.secret,
  };
}

function codebuild(
  emu: Emulator,
  region: string,
  credentials: { accessKeyId: string; secretAccessKey: string; sessionToken?: string } = creds(emu),
) {
  return new CodeBuildClient({ region, endpoint: emu.url, credentials });
}

async function errorOf(
  promise: Promise<unknown>,
): Promise<Error & { $metadata?: { attempts?: number } }> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the call to fail');
}

/** A JWT-shaped token (signature is not checked by the emulator). */
function fakeJwt(claims: Record<string, unknown>): string {
  const part = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ alg: 'RS256', typ: 'JWT' })}.${part(claims)}.c2lnbmF0dXJl`;
}

check('import/list/delete round trip per region', async (emu) => {
  for (const region of ['us-east-1', 'eu-west-1']) {
    const client = codebuild(emu, region);
    const { arn } = await client.send(
      new ImportSourceCredentialsCommand({
        token: `ghp_${region}`,
        serverType: 'GITHUB',
        authType: 'PERSONAL_ACCESS_TOKEN',
      }),
    );
    assert.equal(arn, `arn:aws:codebuild:${region}:${emu.accountId}:token/github`);
    const list = await client.send(new ListSourceCredentialsCommand({}));
    assert.deepEqual(list.sourceCredentialsInfos, [
      { arn, serverType: 'GITHUB', authType: 'PERSONAL_ACCESS_TOKEN' },
    ]);
    assert.equal(emu.codebuild.credentials(region)[0]?.token, `ghp_${region}`);
  }
  // Regions are independent: deleting in one leaves the other.
  const east = codebuild(emu, 'us-east-1');
  const arn = `arn:aws:codebuild:us-east-1:${emu.accountId}:token/github`;
  assert.deepEqual((await east.send(new DeleteSourceCredentialsCommand({ arn }))).arn, arn);
  assert.equal(emu.codebuild.credentials('us-east-1').length, 0);
  assert.equal(emu.codebuild.credentials('eu-west-1').length, 1);
  const missing = await errorOf(east.send(new DeleteSourceCredentialsCommand({ arn })));
  assert.equal(missing.name, 'ResourceNotFoundException');
  assert.equal(emu.writeCalls().length, 4);
  assert.ok(!JSON.stringify(emu.requests).includes('ghp_'), 'request log must not hold tokens');
});

check('ImportSourceCredentials validation', async (emu) => {
  const client = codebuild(emu, 'us-east-1');
  const oauth = await errorOf(
    client.send(
      new ImportSourceCredentialsCommand({ token: 'x', serverType: 'GITHUB', authType: 'OAUTH' }),
    ),
  );
  assert.equal(oauth.name, 'InvalidInputException');
  const basic = await errorOf(
    client.send(
      new ImportSourceCredentialsCommand({
        token: 'x',
        serverType: 'BITBUCKET',
        authType: 'BASIC_AUTH',
      }),
    ),
  );
  assert.equal(basic.name, 'InvalidInputException');
  await client.send(
    new ImportSourceCredentialsCommand({
      token: 'app-pw',
      serverType: 'BITBUCKET',
      authType: 'BASIC_AUTH',
      username: 'me',
    }),
  );
  const exists = await errorOf(
    client.send(
      new ImportSourceCredentialsCommand({
        token: 'at',
        serverType: 'BITBUCKET',
        authType: 'PERSONAL_ACCESS_TOKEN',
        shouldOverwrite: false,
      }),
    ),
  );
  assert.equal(exists.name, 'ResourceAlreadyExistsException');
  const connArn = `arn:aws:codeconnections:us-east-1:${emu.accountId}:connection/abc-123`;
  await client.send(
    new ImportSourceCredentialsCommand({
      token: connArn,
      serverType: 'GITLAB',
      authType: 'CODECONNECTIONS',
    }),
  );
  const list = await client.send(new ListSourceCredentialsCommand({}));
  const gitlab = list.sourceCredentialsInfos?.find((c) => c.serverType === 'GITLAB');
  assert.equal(gitlab?.resource, connArn);
});

check(
  'wrong secret -> InvalidSignatureException; unknown key -> UnrecognizedClientException',
  async (emu) => {
    const bad = codebuild(emu, 'us-east-1', {
      accessKeyId: emu.aws.defaultAccessKey.id,
      secretAccessKey: 'nope',
    });
    const e1 = await errorOf(bad.send(new ListSourceCredentialsCommand({})));
    assert.equal(e1.name, 'InvalidSignatureException');
    const unknown = codebuild(emu, 'us-east-1', {
      accessKeyId: 'AKIAUNKNOWN000000000',
      secretAccessKey: 'x',
    });
    const e2 = await errorOf(unknown.send(new ListSourceCredentialsCommand({})));
    assert.equal(e2.name, 'UnrecognizedClientException');
    const unsigned = await fetch(emu.url, {
      method: 'POST',
      headers: {
        'x-amz-target': 'CodeBuild_20161006.ListSourceCredentials',
        'content-type': 'application/x-amz-json-1.1',
      },
      body: '{}',
    });
    assert.equal(unsigned.status, 400);
    assert.equal(
      ((await unsigned.json()) as { __type: string }).__type,
      'MissingAuthenticationTokenException',
    );
  },
);

check('throttle fault (count 2) is retried by the SDK and succeeds', async (emu) => {
  emu.faults.add({
    service: 'codebuild',
    operation: 'ListSourceCredentials',
    kind: 'throttle',
    count: 2,
  });
  const out = await codebuild(emu, 'us-east-1').send(new ListSourceCredentialsCommand({}));
  assert.equal(out.$metadata.attempts, 3);
  const statuses = emu.requests
    .filter((r) => r.operation === 'ListSourceCredentials')
    .map((r) => r.status);
  assert.deepEqual(statuses, [400, 400, 200]);
});

check('5xx fault is retried; region-scoped fault only hits that region', async (emu) => {
  emu.faults.add({ service: 'codebuild', kind: '5xx', region: 'eu-west-1', count: 1 });
  const east = await codebuild(emu, 'us-east-1').send(new ListSourceCredentialsCommand({}));
  assert.equal(east.$metadata.attempts, 1);
  const west = await codebuild(emu, 'eu-west-1').send(new ListSourceCredentialsCommand({}));
  assert.equal(west.$metadata.attempts, 2);
});

check('access denied via deny list and via fault', async (emu) => {
  emu.aws.addAccessKey('AKIADENIED0000000001', 'denied-secret', {
    deny: ['codebuild:ImportSourceCredentials'],
  });
  const client = codebuild(emu, 'us-east-1', {
    accessKeyId: 'AKIADENIED0000000001',
    secretAccessKey: 'denied-secret',
  });
  await client.send(new ListSourceCredentialsCommand({}));
  const e = await errorOf(
    client.send(
      new ImportSourceCredentialsCommand({
        token: 't',
        serverType: 'GITHUB',
        authType: 'PERSONAL_ACCESS_TOKEN',
      }),
    ),
  );
  assert.equal(e.name, 'AccessDeniedException');
  assert.match(e.message, /is not authorized to perform: codebuild:ImportSourceCredentials/);
  emu.faults.add({
    service: 'codebuild',
    operation: 'ListSourceCredentials',
    kind: 'access-denied',
  });
  const e2 = await errorOf(codebuild(emu, 'us-east-1').send(new ListSourceCredentialsCommand({})));
  assert.equal(e2.name, 'AccessDeniedException');
});

check(
  'an allow list is the whole policy: what it does not name is AccessDeniedException',
  async (emu) => {
    emu.aws.addAccessKey('AKIAALLOWLIST0000001', 'allow-secret', {
      allow: ['codebuild:ListSourceCredentials'],
    });
    const client = codebuild(emu, 'us-east-1', {
      accessKeyId: 'AKIAALLOWLIST0000001',
      secretAccessKey: 'allow-secret',
    });
    await client.send(new ListSourceCredentialsCommand({}));
    const e = await errorOf(client.send(new ListProjectsCommand({})));
    assert.equal(e.name, 'AccessDeniedException');
    assert.equal((e as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode, 400);
    assert.match(
      e.message,
      /^User: arn:aws:iam::\d{12}:user\/emulator is not authorized to perform: codebuild:ListProjects because no identity-based policy allows the codebuild:ListProjects action$/,
    );
  },
);

check('STS web identity + AssumeRole give per-account temporary credentials', async (emu) => {
  const sts = new STSClient({ region: 'us-east-1', endpoint: emu.url });
  const roleA = 'arn:aws:iam::111111111111:role/deploy';
  const roleB = 'arn:aws:iam::222222222222:role/deploy';
  const token = fakeJwt({
    sub: 'repo:o/r:ref:refs/heads/main',
    aud: 'sts.amazonaws.com',
    iss: 'https://token.actions.githubusercontent.com',
  });
  const a = await sts.send(
    new AssumeRoleWithWebIdentityCommand({
      RoleArn: roleA,
      RoleSessionName: 'sync-a',
      WebIdentityToken: token,
    }),
  );
  assert.match(a.Credentials?.AccessKeyId ?? '', /^ASIA/);
  assert.ok(a.Credentials?.Expiration instanceof Date);
  assert.equal(a.AssumedRoleUser?.Arn, 'arn:aws:sts::111111111111:assumed-role/deploy/sync-a');
  assert.equal(a.SubjectFromWebIdentityToken, 'repo:o/r:ref:refs/heads/main');
  const tempA = {
    accessKeyId: a.Credentials!.AccessKeyId!,
    secretAccessKey: a.Credentials!.SecretAccessKey!,
    sessionToken: a.Credentials!.SessionToken!,
  };
  const clientA = codebuild(emu, 'us-east-1', tempA);
  const { arn } = await clientA.send(
    new ImportSourceCredentialsCommand({
      token: 'ghp_a',
      serverType: 'GITHUB',
      authType: 'PERSONAL_ACCESS_TOKEN',
    }),
  );
  assert.equal(arn, 'arn:aws:codebuild:us-east-1:111111111111:token/github');

  // AssumeRole (signed) with the first session's credentials into a second account.
  const b = await new STSClient({
    region: 'us-east-1',
    endpoint: emu.url,
    credentials: tempA,
  }).send(new AssumeRoleCommand({ RoleArn: roleB, RoleSessionName: 'sync-b' }));
  const clientB = codebuild(emu, 'us-east-1', {
    accessKeyId: b.Credentials!.AccessKeyId!,
    secretAccessKey: b.Credentials!.SecretAccessKey!,
    sessionToken: b.Credentials!.SessionToken!,
  });
  const listB = await clientB.send(new ListSourceCredentialsCommand({}));
  assert.deepEqual(listB.sourceCredentialsInfos, []);
  assert.equal(emu.codebuild.credentials('us-east-1', '111111111111').length, 1);
  const who = await new STSClient({
    region: 'us-east-1',
    endpoint: emu.url,
    credentials: tempA,
  }).send(new GetCallerIdentityCommand({}));
  assert.equal(who.Account, '111111111111');
  assert.deepEqual(
    emu.sts.assumed.map((x) => [x.roleArn, x.sessionName, x.kind]),
    [
      [roleA, 'sync-a', 'AssumeRoleWithWebIdentity'],
      [roleB, 'sync-b', 'AssumeRole'],
    ],
  );

  // Without the session token the temporary key is not accepted.
  const noToken = codebuild(emu, 'us-east-1', {
    accessKeyId: tempA.accessKeyId,
    secretAccessKey: tempA.secretAccessKey,
  });
  assert.equal(
    (await errorOf(noToken.send(new ListSourceCredentialsCommand({})))).name,
    'UnrecognizedClientException',
  );

  const invalid = await errorOf(
    sts.send(
      new AssumeRoleWithWebIdentityCommand({
        RoleArn: 'arn:aws:iam::111111111111:user/nope',
        RoleSessionName: 's1',
        WebIdentityToken: token,
      }),
    ),
  );
  assert.equal(invalid.name, 'ValidationError');
  const notJwt = await errorOf(
    sts.send(
      new AssumeRoleWithWebIdentityCommand({
        RoleArn: roleA,
        RoleSessionName: 's1',
        WebIdentityToken: 'abc',
      }),
    ),
  );
  assert.equal(notJwt.name, 'InvalidIdentityTokenException');
  emu.sts.addRole(roleB, { assumable: false });
  const refused = await errorOf(
    sts.send(
      new AssumeRoleWithWebIdentityCommand({
        RoleArn: roleB,
        RoleSessionName: 's1',
        WebIdentityToken: token,
      }),
    ),
  );
  assert.equal(refused.name, 'AccessDenied');
});

check('expired temporary credentials and latency faults', async (emu) => {
  emu.sts.ttlSecondsOverride = 1;
  const sts = new STSClient({ region: 'us-east-1', endpoint: emu.url });
  const out = await sts.send(
    new AssumeRoleWithWebIdentityCommand({
      RoleArn: 'arn:aws:iam::111111111111:role/short',
      RoleSessionName: 'short',
      WebIdentityToken: fakeJwt({ sub: 'x' }),
    }),
  );
  await new Promise((resolve) => setTimeout(resolve, 1100));
  const client = codebuild(emu, 'us-east-1', {
    accessKeyId: out.Credentials!.AccessKeyId!,
    secretAccessKey: out.Credentials!.SecretAccessKey!,
    sessionToken: out.Credentials!.SessionToken!,
  });
  const expired = await errorOf(client.send(new ListSourceCredentialsCommand({})));
  assert.equal(expired.name, 'ExpiredTokenException');

  emu.faults.add({ service: 'codebuild', kind: 'latency', latencyMs: 300 });
  const started = Date.now();
  await codebuild(emu, 'us-east-1').send(new ListSourceCredentialsCommand({}));
  assert.ok(Date.now() - started >= 300);
});

check(
  'a gathering latency fault answers the requests it holds together, or each after its wait',
  async (emu) => {
    emu.faults.add({ service: 'codebuild', kind: 'latency', gather: 3, latencyMs: 5000, count: 3 });
    const started = Date.now();
    const client = codebuild(emu, 'us-east-1');
    await Promise.all([1, 2, 3].map(() => client.send(new ListSourceCredentialsCommand({}))));
    assert.ok(Date.now() - started < 5000);
    assert.deepEqual(
      emu.requests.slice(-3).map((r) => r.gathered),
      [3, 3, 3],
    );
    emu.faults.add({ service: 'codebuild', kind: 'latency', gather: 2, latencyMs: 200 });
    const alone = Date.now();
    await client.send(new ListSourceCredentialsCommand({}));
    assert.ok(Date.now() - alone >= 200);
    assert.equal(emu.requests.at(-1)!.gathered, 1);
  },
);

check('SDK default chain with AWS_WEB_IDENTITY_TOKEN_FILE reaches the emulator', async (emu) => {
  const dir = mkdtempSync(join(tmpdir(), 'emu-'));
  const file = join(dir, 'token');
  writeFileSync(file, fakeJwt({ sub: 'pipeline' }));
  const saved = { ...process.env };
  try {
    delete process.env.AWS_ACCESS_KEY_ID;
    delete process.env.AWS_SECRET_ACCESS_KEY;
    delete process.env.AWS_PROFILE;
    process.env.AWS_ENDPOINT_URL = emu.url;
    process.env.AWS_WEB_IDENTITY_TOKEN_FILE = file;
    process.env.AWS_ROLE_ARN = 'arn:aws:iam::333333333333:role/pipe';
    process.env.AWS_ROLE_SESSION_NAME = 'bitbucket-pipe';
    process.env.AWS_EC2_METADATA_DISABLED = 'true';
    const client = new CodeBuildClient({ region: 'eu-west-1' });
    const out = await client.send(new ListSourceCredentialsCommand({}));
    assert.deepEqual(out.sourceCredentialsInfos, []);
    const last = emu.requests.at(-1)!;
    assert.match(last.accessKeyId ?? '', /^ASIA/);
    assert.equal(emu.sts.assumed.at(-1)?.sessionName, 'bitbucket-pipe');
  } finally {
    process.env = saved;
  }
});

check('CodeStar connections and Secrets Manager', async (emu) => {
  const connArn = `arn:aws:codestar-connections:us-east-1:${emu.accountId}:connection/0b1c-2d3e`;
  emu.codeconnections.add({
    arn: connArn,
    name: 'bb',
    status: 'AVAILABLE',
    providerType: 'Bitbucket',
  });
  const cs = new CodeStarConnectionsClient({
    region: 'us-east-1',
    endpoint: emu.url,
    credentials: creds(emu),
  });
  const got = await cs.send(new GetConnectionCommand({ ConnectionArn: connArn }));
  assert.equal(got.Connection?.ConnectionStatus, 'AVAILABLE');
  assert.equal(got.Connection?.OwnerAccountId, emu.accountId);
  const missing = await errorOf(
    cs.send(new GetConnectionCommand({ ConnectionArn: `${connArn}ff` })),
  );
  assert.equal(missing.name, 'ResourceNotFoundException');

  const secretArn = emu.secretsmanager.add({
    name: 'codebuild/github',
    secretString: '{"ServerType":"GITHUB","AuthType":"PERSONAL_ACCESS_TOKEN","Token":"ghp_x"}',
    tags: [{ Key: 'codebuild:source', Value: 'github' }],
  });
  const sm = new SecretsManagerClient({
    region: 'us-east-1',
    endpoint: emu.url,
    credentials: creds(emu),
  });
  const described = await sm.send(new DescribeSecretCommand({ SecretId: secretArn }));
  assert.deepEqual(described.Tags, [{ Key: 'codebuild:source', Value: 'github' }]);
  const value = await sm.send(new GetSecretValueCommand({ SecretId: 'codebuild/github' }));
  assert.equal(value.ARN, secretArn);
  assert.deepEqual(value.VersionStages, ['AWSCURRENT']);
  const nf = await errorOf(sm.send(new GetSecretValueCommand({ SecretId: 'nope' })));
  assert.equal(nf.name, 'ResourceNotFoundException');
});

check('GitHub headers, scopes, expiry and fine-grained permissions', async (emu) => {
  // Some day a month ahead, 10:00 UTC: an expired token is refused (401).
  const expires = new Date((Math.floor(Date.now() / 86_400_000) + 30) * 86_400_000 + 36_000_000);
  emu.github.addToken('ghp_classic', {
    scopes: ['repo', 'admin:repo_hook'],
    expiresAt: expires,
    login: 'alice',
  });
  const res = await fetch(`${emu.url}/github/user`, {
    headers: { authorization: 'token ghp_classic' },
  });
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('content-type'), 'application/json; charset=utf-8');
  assert.equal(res.headers.get('x-github-media-type'), 'github.v3; format=json');
  assert.equal(res.headers.get('x-oauth-scopes'), 'repo, admin:repo_hook');
  assert.equal(res.headers.get('x-accepted-oauth-scopes'), '');
  assert.equal(
    res.headers.get('github-authentication-token-expiration'),
    `${expires.toISOString().slice(0, 10)} 10:00:00 UTC`,
  );
  for (const h of [
    'x-github-request-id',
    'x-ratelimit-limit',
    'x-ratelimit-remaining',
    'x-ratelimit-reset',
    'x-ratelimit-used',
    'x-ratelimit-resource',
  ]) {
    assert.ok(res.headers.get(h), `missing ${h}`);
  }
  assert.equal(((await res.json()) as { login: string }).login, 'alice');

  const bad = await fetch(`${emu.url}/github/user`, { headers: { authorization: 'Bearer nope' } });
  assert.equal(bad.status, 401);
  assert.deepEqual(await bad.json(), {
    message: 'Bad credentials',
    documentation_url: 'https://docs.github.com/rest',
    status: '401',
  });

  emu.github.addToken('github_pat_fine', {
    permissions: { contents: 'read', statuses: 'write' },
    repositories: ['o/r'],
  });
  const fine = await fetch(`${emu.url}/github/user`, {
    headers: { authorization: 'Bearer github_pat_fine' },
  });
  assert.equal(fine.headers.get('x-oauth-scopes'), null);
  assert.equal(
    fine.headers.get('x-accepted-github-permissions'),
    'allows_permissionless_access=true',
  );
  const hooks = await fetch(`${emu.url}/github/repos/o/r/hooks`, {
    headers: { authorization: 'Bearer github_pat_fine' },
  });
  assert.equal(hooks.status, 403);
  assert.equal(hooks.headers.get('x-accepted-github-permissions'), 'repository_hooks=read');
  const other = await fetch(`${emu.url}/github/repos/o/other`, {
    headers: { authorization: 'Bearer github_pat_fine' },
  });
  assert.equal(other.status, 404);

  // GHES tokens only work on the GHES prefix.
  emu.github.addToken('ghp_ghes', { scopes: ['repo'], enterprise: true });
  assert.equal(
    (await fetch(`${emu.url}/github/user`, { headers: { authorization: 'token ghp_ghes' } }))
      .status,
    401,
  );
  assert.equal(
    (await fetch(`${emu.ghesUrl}/user`, { headers: { authorization: 'token ghp_ghes' } })).status,
    200,
  );

  // Issues with a workflow token.
  emu.github.addToken('ghs_workflow');
  const created = await fetch(`${emu.url}/github/repos/o/r/issues`, {
    method: 'POST',
    headers: { authorization: 'Bearer ghs_workflow', 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'Drift', labels: ['credential-drift'] }),
  });
  assert.equal(created.status, 201);
  const listed = await fetch(
    `${emu.url}/github/repos/o/r/issues?state=open&labels=credential-drift`,
    {
      headers: { authorization: 'Bearer ghs_workflow' },
    },
  );
  assert.equal(((await listed.json()) as unknown[]).length, 1);
  assert.equal(emu.github.issues('o/r')[0]?.title, 'Drift');

  emu.faults.add({ service: 'github', operation: 'GET /user', kind: 'throttle' });
  const limited = await fetch(`${emu.url}/github/user`, {
    headers: { authorization: 'token ghp_classic' },
  });
  assert.equal(limited.status, 403);
  assert.equal(limited.headers.get('x-ratelimit-remaining'), '0');
});

check('Bitbucket scopes, credential type and app password removal', async (emu) => {
  emu.bitbucket.addToken('at_repo', {
    kind: 'access-token',
    scopes: ['repository', 'pullrequest', 'webhook'],
  });
  const repos = await fetch(`${emu.url}/bitbucket/2.0/repositories`, {
    headers: { authorization: 'Bearer at_repo' },
  });
  assert.equal(repos.status, 200);
  assert.equal(repos.headers.get('x-oauth-scopes'), 'repository, pullrequest, webhook');
  assert.equal(repos.headers.get('x-credential-type'), 'repo_access_token');
  const page = (await repos.json()) as { pagelen: number; values: unknown[]; page: number };
  assert.equal(page.pagelen, 10);

  emu.bitbucket.addToken('ATBBpw', {
    kind: 'app-password',
    username: 'bob',
    scopes: ['repository'],
  });
  const basic = `Basic ${Buffer.from('bob:ATBBpw').toString('base64')}`;
  assert.equal(
    (await fetch(`${emu.url}/bitbucket/2.0/user`, { headers: { authorization: basic } })).status,
    401,
  );
  emu.bitbucket.appPasswordsRemoved = false;
  const user = await fetch(`${emu.url}/bitbucket/2.0/user`, { headers: { authorization: basic } });
  assert.equal(user.status, 403);
  const body = (await user.json()) as { error: { detail: { required: string[] } } };
  assert.deepEqual(body.error.detail.required, ['account']);

  const unknown = await fetch(`${emu.url}/bitbucket/2.0/repositories`, {
    headers: { authorization: 'Bearer zzz' },
  });
  assert.equal(unknown.status, 401);
});

check('projects: ListProjects pages of 100 and BatchGetProjects through the SDK', async (emu) => {
  for (let i = 0; i < 205; i++)
    emu.codebuild.addProject('us-east-1', {
      name: `p${String(i).padStart(3, '0')}`,
      source: { type: 'GITHUB', location: `https://github.com/acme/p${i}.git` },
    });
  const hooked = emu.codebuild.addProject('us-east-1', {
    name: 'zz-hooked',
    source: {
      type: 'BITBUCKET',
      location: 'https://bitbucket.org/acme/app.git',
      auth: {
        type: 'CODECONNECTIONS',
        resource: 'arn:aws:codeconnections:us-east-1:123456789012:connection/abc',
      },
    },
    secondarySources: [
      { type: 'GITHUB', location: 'https://github.com/acme/lib', sourceIdentifier: 'lib' },
    ],
    webhook: true,
  });
  const client = codebuild(emu, 'us-east-1');
  const pages: number[] = [];
  for await (const page of paginateListProjects({ client }, {})) pages.push(page.projects!.length);
  assert.deepEqual(pages, [100, 100, 6]);
  const bad = await errorOf(client.send(new ListProjectsCommand({ nextToken: 'made-up' })));
  assert.equal(bad.name, 'InvalidInputException');
  const out = await client.send(
    new BatchGetProjectsCommand({
      names: ['zz-hooked', 'nope', 'arn:aws:codebuild:us-east-1:123456789012:project/p001'],
    }),
  );
  assert.deepEqual(out.projectsNotFound, ['nope']);
  assert.deepEqual(
    out.projects!.map((p) => p.name),
    ['zz-hooked', 'p001'],
  );
  const project = out.projects![0]!;
  assert.equal(project.source!.auth!.type, 'CODECONNECTIONS');
  assert.equal(project.secondarySources![0]!.type, 'GITHUB');
  assert.ok(project.created instanceof Date);
  assert.equal(project.webhook!.payloadUrl, hooked.webhook!.payloadUrl);
  assert.match(
    project.webhook!.payloadUrl!,
    /^https:\/\/codebuild\.us-east-1\.amazonaws\.com\/webhooks\?t=/,
  );
  const tooMany = Array.from({ length: 101 }, (_, i) => `p${i}`);
  const refused = await errorOf(client.send(new BatchGetProjectsCommand({ names: tooMany })));
  assert.equal(refused.name, 'InvalidInputException');
  assert.match(refused.message, /less than or equal to 100/);
  const empty = await codebuild(emu, 'eu-west-1').send(new ListProjectsCommand({}));
  assert.deepEqual(empty.projects, []);
  assert.equal(empty.nextToken, undefined);
});

check(
  'repository hooks: GitHub pages with Link (Octokit paginate), Bitbucket next links',
  async (emu) => {
    emu.github.addToken('ghp_hooks', { scopes: ['repo'] });
    const urls = Array.from({ length: 130 }, (_, i) => ({
      url: `https://ci.example.com/${i}`,
      active: i % 2 === 0,
    }));
    emu.github.addRepository('acme/app', { hooks: urls });
    const octokit = new Octokit({ auth: 'ghp_hooks', baseUrl: `${emu.url}/github` });
    const first = await octokit.request('GET /repos/{owner}/{repo}/hooks', {
      owner: 'acme',
      repo: 'app',
      per_page: 100,
    });
    assert.match(String(first.headers.link), /rel="next"/);
    const hooks = await octokit.paginate('GET /repos/{owner}/{repo}/hooks', {
      owner: 'acme',
      repo: 'app',
      per_page: 100,
    });
    assert.equal(hooks.length, 130);
    assert.equal(hooks[129]!.config.url, 'https://ci.example.com/129');
    assert.equal(hooks[1]!.active, false);
    emu.github.removeRepository('acme/app');
    const gone = await fetch(`${emu.url}/github/repos/acme/app/hooks`, {
      headers: { authorization: 'token ghp_hooks' },
    });
    assert.equal(gone.status, 404);

    emu.bitbucket.addToken('at_hooks', {
      kind: 'access-token',
      scopes: ['webhook', 'repository'],
      repositories: ['acme/site'],
    });
    emu.bitbucket.addRepository('acme/site', { hooks: urls.slice(0, 12) });
    const auth = { authorization: 'Bearer at_hooks' };
    const page1 = (await (
      await fetch(`${emu.url}/bitbucket/2.0/repositories/acme/site/hooks`, { headers: auth })
    ).json()) as {
      values: Array<{ url: string; active: boolean; type: string }>;
      next?: string;
      size: number;
    };
    assert.equal(page1.values.length, 10);
    assert.equal(page1.size, 12);
    assert.equal(page1.values[0]!.type, 'webhook_subscription');
    const page2 = (await (await fetch(page1.next!, { headers: auth })).json()) as {
      values: unknown[];
      next?: string;
    };
    assert.equal(page2.values.length, 2);
    assert.equal(page2.next, undefined);
    const hidden = await fetch(`${emu.url}/bitbucket/2.0/repositories/other/repo/hooks`, {
      headers: auth,
    });
    assert.equal(hidden.status, 404);
  },
);

check(
  'hang and reset faults: the real SDK and fetch time out or see the connection cut',
  async (emu) => {
    emu.faults.add({ service: 'codebuild', region: 'eu-west-1', kind: 'hang', count: 1 });
    const bounded = new CodeBuildClient({
      region: 'eu-west-1',
      endpoint: emu.url,
      credentials: creds(emu),
      maxAttempts: 1,
      requestHandler: { requestTimeout: 300, throwOnRequestTimeout: true },
    });
    const error = await errorOf(bounded.send(new ListSourceCredentialsCommand({})));
    assert.equal(error.name, 'TimeoutError');
    bounded.destroy();
    // The region is only hung once (count 1); other regions were never affected.
    await codebuild(emu, 'eu-west-1').send(new ListSourceCredentialsCommand({}));
    await new Promise((resolve) => setTimeout(resolve, 50)); // the abandoned request is logged on close
    assert.deepEqual(
      emu.requests.map((r) => [r.region, r.status, r.fault]),
      [
        ['eu-west-1', 0, 'hang'],
        ['eu-west-1', 200, undefined],
      ],
    );
    emu.github.addToken('ghp_reset', { scopes: ['repo'] });
    emu.faults.add({ service: 'github', kind: 'reset' });
    const cut = await errorOf(
      fetch(`${emu.url}/github/user`, { headers: { authorization: 'token ghp_reset' } }),
    );
    assert.match(
      String((cut as { cause?: { code?: string } }).cause?.code),
      /ECONNRESET|UND_ERR_SOCKET/,
    );
  },
);

check('impersonating and echoing faults: html, proxy, redirect, echo', async (emu) => {
  emu.github.addToken('ghp_faults', { scopes: ['repo'] });
  const auth = { headers: { authorization: 'token ghp_faults' }, redirect: 'manual' as const };
  emu.faults.add({ service: 'github', operation: 'GET /user', kind: 'html' });
  const html = await fetch(`${emu.url}/github/user`, auth);
  assert.equal(html.status, 200);
  assert.match(html.headers.get('content-type') ?? '', /^text\/html/);
  assert.equal(html.headers.get('x-github-request-id'), null);
  emu.faults.add({ service: 'github', operation: 'GET /user', kind: 'proxy' });
  const proxy = await fetch(`${emu.url}/github/user`, auth);
  assert.equal(((await proxy.json()) as { login: string }).login, 'octocat');
  assert.equal(proxy.headers.get('x-oauth-scopes'), null);
  assert.equal(proxy.headers.get('x-github-request-id'), null);
  emu.faults.add({ service: 'bitbucket', kind: 'redirect' });
  const redirect = await fetch(`${emu.url}/bitbucket/2.0/repositories`, auth);
  assert.equal(redirect.status, 302);
  assert.match(redirect.headers.get('location') ?? '', /^https:\/\/sso\.example\.com\/login/);

  // echo through the real SDK: CodeBuild quotes the token it was sent.
  emu.faults.add({ service: 'codebuild', operation: 'ImportSourceCredentials', kind: 'echo' });
  const error = await errorOf(
    codebuild(emu, 'us-east-1').send(
      new ImportSourceCredentialsCommand({
        token: 'ghp_echoed',
        serverType: 'GITHUB',
        authType: 'PERSONAL_ACCESS_TOKEN',
      }),
    ),
  );
  assert.equal(error.name, 'InvalidInputException');
  assert.equal(error.message, 'Invalid token ghp_echoed');
  assert.equal(emu.codebuild.credentials('us-east-1').length, 0);
});

check('admin endpoints', async (emu) => {
  await fetch(`${emu.url}/__emulator/github/tokens`, {
    method: 'POST',
    body: JSON.stringify({
      token: 'ghp_admin',
      scopes: ['repo'],
      expiresAt: '2030-01-01T00:00:00Z',
    }),
  });
  const ok = await fetch(`${emu.url}/github/user`, {
    headers: { authorization: 'token ghp_admin' },
  });
  assert.equal(ok.status, 200);
  await fetch(`${emu.url}/__emulator/faults`, {
    method: 'POST',
    body: JSON.stringify({ service: 'github', kind: '5xx', count: 'Infinity' }),
  });
  const state = await (await fetch(`${emu.url}/__emulator/state`)).text();
  assert.ok(!state.includes('ghp_admin'), 'state must redact tokens');
  assert.match(state, /"count":null/); // Infinity serialises as null
  const log = (await (await fetch(`${emu.url}/__emulator/requests`)).json()) as unknown[];
  assert.equal(log.length, 1);
});

const emu = await startEmulator();
let failed = 0;
for (const [name, fn] of checks) {
  emu.reset();
  try {
    await fn(emu);
    console.log(`✔ ${name}`);
  } catch (error) {
    failed++;
    console.log(`✖ ${name}\n  ${(error as Error).stack ?? String(error)}`);
  }
}
await emu.stop();
console.log(failed === 0 ? `all ${checks.length} checks passed` : `${failed} check(s) failed`);
process.exit(failed === 0 ? 0 : 1);
