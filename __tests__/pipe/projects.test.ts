// Blast radius through the shipped pipe bundle under Node 24, against the emulator:
// projects per region, the findings that name them, webhook health on GitHub and
// Bitbucket, pagination past 100 projects and the inventory mode.
import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Report } from '../../src/core/report/report.js';
import { printed, useEmulator } from '../support/emulated.js';
import {
  CONNECTION,
  codebuildCalls,
  seedGitHubProjects,
  seedManyProjects,
} from '../support/projects-scenario.js';
import { runBundle } from '../support/run-bundle.js';

const emu = useEmulator();
const GH = 'ghp_' + 'BlastRadius0000000000000000000000000';
const BB = 'ATCTT3xFfGN0' + 'pi0yPE38uKEP3wDYISvj3pGl0000';

async function pipe(env: Record<string, string>) {
  const reportFile = join(mkdtempSync(join(tmpdir(), 'pipe-projects-')), 'report.json');
  const result = await runBundle('pipe', {
    ...emu.get().env,
    AWS_DEFAULT_REGION: 'us-east-1',
    REPORT_FILE: reportFile,
    ...env,
  });
  return { ...result, report: () => JSON.parse(readFileSync(reportFile, 'utf8')) as Report };
}

describe('check names the projects each finding breaks', () => {
  test('GitHub: missing, inactive and unreachable webhooks, a PENDING project connection, a missing credential', async () => {
    const e = emu.get();
    e.github.addToken(GH, { scopes: ['repo', 'admin:repo_hook'] });
    seedGitHubProjects(e, GH);
    const result = await pipe({
      MODE: 'check',
      SERVER_TYPE: 'github',
      TOKEN: GH,
      AWS_DEFAULT_REGION: 'us-east-1,eu-west-1',
    });
    expect(result.code).toBe(3);
    const report = result.report();
    const kinds = report.findings.map(
      (f) => `${f.kind}:${f.region}:${(f.projects ?? []).join(',')}`,
    );
    expect(kinds).toEqual([
      'connection-not-available:us-east-1:mobile',
      'repository-unreachable:us-east-1:legacy',
      'webhook-missing:us-east-1:web',
      'webhook-inactive:us-east-1:worker',
      'credential-missing:eu-west-1:eu-api,eu-web',
    ]);
    expect(report.findings.find((f) => f.kind === 'webhook-missing')).toMatchObject({
      repository: 'acme/web',
    });
    expect(report.findings.find((f) => f.kind === 'repository-unreachable')?.message).toMatch(
      /Project legacy \(us-east-1\): the token cannot read acme\/old-name \(GitHub answered 404/,
    );

    const east = report.regions.find((r) => r.region === 'us-east-1')!;
    expect(east.status).toBe('drift');
    expect(east.projects).toEqual([
      {
        name: 'api',
        repository: 'acme/api',
        serverType: 'GITHUB',
        credential: 'account',
        webhook: 'ok',
      },
      {
        name: 'docs',
        repository: 'acme/docs',
        serverType: 'GITHUB',
        credential: 'account',
        webhook: 'none',
      },
      expect.objectContaining({
        name: 'legacy',
        repository: 'acme/old-name',
        credential: 'account',
        webhook: 'unknown',
      }),
      expect.objectContaining({
        name: 'mobile',
        credential: 'project',
        authType: 'CODECONNECTIONS',
        resource: CONNECTION,
      }),
      expect.objectContaining({
        name: 'vault',
        credential: 'project',
        authType: 'SECRETS_MANAGER',
        webhook: 'none',
      }),
      {
        name: 'web',
        repository: 'acme/web',
        serverType: 'GITHUB',
        credential: 'account',
        webhook: 'missing',
      },
      {
        name: 'worker',
        repository: 'acme/worker',
        serverType: 'GITHUB',
        credential: 'account',
        webhook: 'inactive',
      },
    ]);

    expect(result.stdout).toMatch(
      /Drift \(credential-missing, eu-west-1\): eu-west-1 holds no GITHUB credential.*\n {2}breaks 2 projects: eu-api, eu-web/,
    );
    expect(result.stdout).toMatch(
      /Drift \(webhook-missing, us-east-1\): Project web \(us-east-1\): acme\/web has no GitHub webhook.*\n {2}breaks 1 project: web/,
    );
    expect(result.stdout).toMatch(
      /Projects in us-east-1 \(7\):\n {2}api +acme\/api +account +webhook ok/,
    );

    // Read-only, and one hooks read per repository: the project with its own credential is not read with this token.
    const github = e.requests.filter((r) => r.service === 'github');
    expect(github.every((r) => r.method === 'GET')).toBe(true);
    expect(github.map((r) => r.operation).sort()).toEqual([
      'GET /repos/acme/api/hooks',
      'GET /repos/acme/old-name',
      'GET /repos/acme/old-name/hooks',
      'GET /repos/acme/web/hooks',
      'GET /repos/acme/worker/hooks',
      'GET /user',
    ]);
    expect(e.writeCalls()).toHaveLength(0);
    expect(printed(result)).not.toContain(GH);
  });

  test('Bitbucket: hooks read page by page, a deleted hook, an inactive one, a repository the token cannot see', async () => {
    const e = emu.get();
    e.bitbucket.addToken(BB, {
      kind: 'access-token',
      scopes: ['repository', 'pullrequest', 'webhook'],
      repositories: ['acme/app', 'acme/site', 'acme/tools'],
    });
    e.codebuild.seed('us-east-1', {
      serverType: 'BITBUCKET',
      authType: 'PERSONAL_ACCESS_TOKEN',
      token: BB,
    });
    const project = (name: string, location: string) =>
      e.codebuild.addProject('us-east-1', {
        name,
        source: { type: 'BITBUCKET', location },
        webhook: true,
      }).webhook!.payloadUrl;
    const app = project('app', 'https://x-token-auth@bitbucket.org/acme/app.git');
    project('site', 'https://bitbucket.org/acme/site');
    const tools = project('tools', 'https://bitbucket.org/acme/tools.git');
    project('secret-repo', 'https://bitbucket.org/other/secret-repo.git');
    // 120 hooks: the project's is on the second page of 100.
    const others = Array.from({ length: 119 }, (_, i) => ({ url: `https://ci.example.com/${i}` }));
    e.bitbucket.addRepository('acme/app', { hooks: [...others, { url: app }] });
    e.bitbucket.addRepository('acme/site', { hooks: others.slice(0, 3) });
    e.bitbucket.addRepository('acme/tools', { hooks: [{ url: tools, active: false }] });

    const result = await pipe({ MODE: 'check', TOKEN: BB });
    expect(result.code).toBe(3);
    const report = result.report();
    expect(
      report.findings.map((f) => `${f.kind}:${f.projects?.join(',')}:${f.repository}`),
    ).toEqual([
      'repository-unreachable:secret-repo:other/secret-repo',
      'webhook-missing:site:acme/site',
      'webhook-inactive:tools:acme/tools',
    ]);
    expect(report.regions[0].projects?.map((p) => `${p.name}=${p.webhook}`)).toEqual([
      'app=ok',
      'secret-repo=unknown',
      'site=missing',
      'tools=inactive',
    ]);
    const hookReads = e.requests.filter((r) => r.operation === 'GET /repositories/acme/app/hooks');
    expect(hookReads).toHaveLength(2);
    expect(result.stdout).toMatch(
      /Bitbucket webhook on acme\/tools that calls CodeBuild is inactive/,
    );
    expect(printed(result)).not.toContain(BB);
  });

  test('GitHub Enterprise Server: the repository from a GHES clone URL, its hooks read on the GHES API', async () => {
    const e = emu.get();
    e.github.addToken(GH, { scopes: ['repo'], enterprise: true });
    e.codebuild.seed('us-east-1', {
      serverType: 'GITHUB_ENTERPRISE',
      authType: 'PERSONAL_ACCESS_TOKEN',
      token: GH,
    });
    const app = e.codebuild.addProject('us-east-1', {
      name: 'app',
      source: { type: 'GITHUB_ENTERPRISE', location: 'https://git.acme.internal/platform/app.git' },
      webhook: true,
    });
    e.codebuild.addProject('us-east-1', {
      name: 'tools',
      source: { type: 'GITHUB_ENTERPRISE', location: 'https://git.acme.internal/platform/tools' },
      webhook: true,
    });
    e.github.addRepository('platform/app', { hooks: [{ url: app.webhook!.payloadUrl }] });
    const result = await pipe({
      MODE: 'check',
      SERVER_TYPE: 'github-enterprise',
      TOKEN: GH,
      GITHUB_API_URL: e.ghesUrl,
    });
    expect(result.code).toBe(3);
    expect(result.report().findings.map((f) => `${f.kind}:${f.repository}`)).toEqual([
      'webhook-missing:platform/tools',
    ]);
    expect(
      e.requests
        .filter((r) => r.service === 'ghes')
        .map((r) => r.operation)
        .sort(),
    ).toEqual(['GET /repos/platform/app/hooks', 'GET /repos/platform/tools/hooks', 'GET /user']);
  });

  test('past 100 projects: one ListProjects page and one BatchGetProjects per 100, names shortened past 10', async () => {
    const e = emu.get();
    e.github.addToken(GH, { scopes: ['repo'] });
    seedManyProjects(e, 'us-east-1', 250);
    const result = await pipe({ MODE: 'check', SERVER_TYPE: 'github', TOKEN: GH });
    expect(result.code).toBe(3);
    expect(codebuildCalls(e)).toEqual({
      ListSourceCredentials: 1,
      ListProjects: 3,
      BatchGetProjects: 3,
    });
    const [finding] = result.report().findings;
    expect(finding.kind).toBe('credential-missing');
    expect(finding.projects).toHaveLength(250);
    expect(result.stdout).toContain(
      'breaks 250 projects: svc-0001, svc-0002, svc-0003, svc-0004, svc-0005, svc-0006, svc-0007, svc-0008, svc-0009, svc-0010 … and 240 more',
    );
    expect(result.report().regions[0].projects).toHaveLength(250);
  });

  test('a finding about the token names every project that uses the credential, in every region', async () => {
    const e = emu.get();
    e.github.addToken(GH, { scopes: ['public_repo'] });
    for (const region of ['us-east-1', 'eu-west-1']) {
      e.codebuild.seed(region, {
        serverType: 'GITHUB',
        authType: 'PERSONAL_ACCESS_TOKEN',
        token: GH,
      });
      e.codebuild.addProject(region, {
        name: 'api',
        source: { type: 'GITHUB', location: 'https://github.com/acme/api' },
      });
    }
    const result = await pipe({
      MODE: 'check',
      SERVER_TYPE: 'github',
      TOKEN: GH,
      AWS_DEFAULT_REGION: 'us-east-1,eu-west-1',
    });
    expect(result.code).toBe(3);
    const [finding] = result.report().findings;
    expect(finding).toMatchObject({
      kind: 'scope-missing',
      projects: ['us-east-1/api', 'eu-west-1/api'],
    });
    expect(result.stdout).toContain('breaks 2 projects: us-east-1/api, eu-west-1/api');
  });

  test('inspect-projects false: no project is read and findings name none', async () => {
    const e = emu.get();
    e.github.addToken(GH, { scopes: ['repo'] });
    seedManyProjects(e, 'us-east-1', 3);
    const result = await pipe({
      MODE: 'check',
      SERVER_TYPE: 'github',
      TOKEN: GH,
      INSPECT_PROJECTS: 'false',
    });
    expect(result.code).toBe(3);
    expect(codebuildCalls(e)).toEqual({ ListSourceCredentials: 1 });
    expect(result.report().findings[0].projects).toBeUndefined();
    expect(result.stdout).not.toContain('breaks');
  });

  test('a role without codebuild:ListProjects still gets its credential checked, with a warning that names the action', async () => {
    const e = emu.get();
    e.github.addToken(GH, { scopes: ['repo'] });
    e.aws.addAccessKey('AKIANOLISTPROJECTS01', 'secretDeniedOneAction00000000000000000+', {
      deny: ['codebuild:ListProjects'],
    });
    e.codebuild.seed('us-east-1', {
      serverType: 'GITHUB',
      authType: 'PERSONAL_ACCESS_TOKEN',
      token: GH,
    });
    const result = await pipe({
      MODE: 'check',
      SERVER_TYPE: 'github',
      TOKEN: GH,
      AWS_ACCESS_KEY_ID: 'AKIANOLISTPROJECTS01',
      AWS_SECRET_ACCESS_KEY: 'secretDeniedOneAction00000000000000000+',
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /Warning: The projects of us-east-1 were not inspected: .*codebuild:ListProjects/,
    );
    expect(result.report().regions[0]).toMatchObject({
      status: 'ok',
      authType: 'PERSONAL_ACCESS_TOKEN',
    });
  });
});

describe('sync', () => {
  test('reads no project unless inspect-projects is on; then it reports webhooks after the import', async () => {
    const e = emu.get();
    e.github.addToken(GH, { scopes: ['repo'] });
    e.codebuild.addProject('us-east-1', {
      name: 'web',
      source: { type: 'GITHUB', location: 'https://github.com/acme/web' },
      webhook: true,
    });
    e.github.addRepository('acme/web', { hooks: [] });
    const plain = await pipe({ SERVER_TYPE: 'github', TOKEN: GH });
    expect(plain.code).toBe(0);
    expect(codebuildCalls(e).ListProjects).toBeUndefined();

    const inspected = await pipe({ SERVER_TYPE: 'github', TOKEN: GH, INSPECT_PROJECTS: 'true' });
    expect(inspected.code).toBe(3);
    const report = inspected.report();
    expect(report.regions[0]).toMatchObject({ action: 'imported', status: 'drift' });
    expect(report.findings.map((f) => f.kind)).toEqual(['webhook-missing']);
    expect(e.writeCalls().map((w) => w.operation)).toEqual([
      'ImportSourceCredentials',
      'ImportSourceCredentials',
    ]);
  });
});

describe('inventory', () => {
  test('two accounts, no token: who holds which credential and which projects use it', async () => {
    const e = emu.get();
    const [a, b] = ['111111111111', '222222222222'];
    e.codebuild.seed('us-east-1', {
      serverType: 'GITHUB',
      authType: 'PERSONAL_ACCESS_TOKEN',
      token: 'ghp_x1234',
      accountId: a,
    });
    e.codebuild.seed('us-east-1', {
      serverType: 'BITBUCKET',
      authType: 'CODECONNECTIONS',
      token: CONNECTION.replace('123456789012', a),
      accountId: a,
    });
    e.codebuild.seed('eu-west-1', {
      serverType: 'GITHUB',
      authType: 'PERSONAL_ACCESS_TOKEN',
      token: 'ghp_y1234',
      accountId: b,
    });
    const add = (
      accountId: string,
      region: string,
      name: string,
      type: string,
      auth?: { type: string; resource: string },
    ) =>
      e.codebuild.addProject(region, {
        accountId,
        name,
        source: {
          type,
          location: `https://${type === 'BITBUCKET' ? 'bitbucket.org' : 'github.com'}/acme/${name}.git`,
          ...(auth ? { auth } : {}),
        },
        webhook: true,
      });
    add(a, 'us-east-1', 'api', 'GITHUB');
    add(a, 'us-east-1', 'site', 'BITBUCKET');
    add(a, 'us-east-1', 'mobile', 'GITHUB', { type: 'CODECONNECTIONS', resource: CONNECTION });
    add(b, 'us-east-1', 'orphan', 'GITHUB');
    add(b, 'eu-west-1', 'eu-api', 'GITHUB');

    const result = await pipe({
      MODE: 'inventory',
      AWS_DEFAULT_REGION: 'us-east-1,eu-west-1',
      ROLE_TO_ASSUME: `arn:aws:iam::${a}:role/inventory,arn:aws:iam::${b}:role/inventory`,
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /Account\/region +GITHUB +GITHUB_ENTERPRISE +BITBUCKET +Own credential/,
    );
    expect(result.stdout).toMatch(
      /111111111111\/us-east-1 +PERSONAL_ACCESS_TOKEN · 1 project +— +CODECONNECTIONS · 1 project +1 project/,
    );
    expect(result.stdout).toMatch(/222222222222\/us-east-1 +none ⚠ 1 project needs one +— +— +—/);
    expect(result.stdout).toMatch(
      /Warning: 222222222222\/us-east-1 holds no GITHUB credential, yet 1 project uses it: orphan/,
    );
    expect(result.stdout).toMatch(
      /✔ inventory of the GITHUB, GITHUB_ENTERPRISE, BITBUCKET source credentials succeeded in 4 regions/,
    );

    const report = result.report();
    expect(report.mode).toBe('inventory');
    const east = report.regions.find((r) => r.account === a && r.region === 'us-east-1')!;
    expect(east.credentials).toEqual([
      {
        serverType: 'GITHUB',
        authType: 'PERSONAL_ACCESS_TOKEN',
        arn: `arn:aws:codebuild:us-east-1:${a}:token/github`,
        projects: ['api'],
      },
      expect.objectContaining({
        serverType: 'BITBUCKET',
        authType: 'CODECONNECTIONS',
        projects: ['site'],
      }),
    ]);
    expect(east.projects?.map((p) => `${p.name}:${p.credential}:${p.webhook}`)).toEqual([
      'api:account:unknown',
      'mobile:project:unknown',
      'site:account:unknown',
    ]);
    // No token: nothing asked of any provider, nothing written, no connection read.
    expect(
      e.requests.filter((r) => ['github', 'bitbucket', 'codeconnections'].includes(r.service)),
    ).toHaveLength(0);
    expect(e.writeCalls()).toHaveLength(0);
  });

  test('a named server type limits the inventory to it', async () => {
    const e = emu.get();
    e.codebuild.seed('us-east-1', {
      serverType: 'GITHUB',
      authType: 'PERSONAL_ACCESS_TOKEN',
      token: 'ghp_x1234',
    });
    e.codebuild.seed('us-east-1', {
      serverType: 'BITBUCKET',
      authType: 'PERSONAL_ACCESS_TOKEN',
      token: 'bb_x1234',
    });
    const result = await pipe({ MODE: 'inventory', SERVER_TYPE: 'bitbucket' });
    expect(result.code).toBe(0);
    const region = result.report().regions[0];
    expect(region.credentials?.map((c) => c.serverType)).toEqual(['BITBUCKET']);
    expect(result.stdout).toMatch(/Account\/region +BITBUCKET +Own credential/);
  });
});
