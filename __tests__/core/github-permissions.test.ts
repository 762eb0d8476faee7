// Probes fine-grained tokens against the emulator over real HTTP: no fetch or Octokit mocks.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { startEmulator, type Emulator } from '../../emulator/index.js';
import { UserError } from '../../src/core/base/errors.js';
import type { Logger } from '../../src/core/base/logger.js';
import {
  probeRepositoryPermissions,
  type RepositoryProbe,
} from '../../src/core/providers/github-permissions.js';

const ALL = {
  metadata: 'read',
  contents: 'read',
  statuses: 'write',
  repository_hooks: 'write',
  pull_requests: 'read',
} as const;

const TOKEN_ALL =
  'github_pat_11AAAAAAA0allPermissions0000000000000000000000000000000000000000000000';
const TOKEN_NO_HOOKS =
  'github_pat_11AAAAAAA0noWebhooks00000000000000000000000000000000000000000000000';

let emu: Emulator;
let api: string;
let lines: string[];
const logger: Logger = {
  info: (m) => void lines.push(m),
  warn: (m) => void lines.push(m),
  debug: (m) => void lines.push(m),
};
const noSleep = async () => {};

const statuses = (probe: RepositoryProbe) =>
  Object.fromEntries(probe.checks.map((c) => [c.permission, c.status]));
const evidence = (probe: RepositoryProbe, permission: string) =>
  probe.checks.find((c) => c.permission === permission)?.evidence ?? '';

beforeAll(async () => {
  emu = await startEmulator();
  api = `${emu.url}/github`;
});
afterAll(async () => {
  await emu.stop();
});
beforeEach(() => {
  emu.reset();
  lines = [];
  emu.github.addToken(TOKEN_ALL, {
    permissions: { ...ALL },
    repositories: ['octo-org/app', 'octo-org/public-lib'],
  });
  emu.github.addToken(TOKEN_NO_HOOKS, {
    permissions: { metadata: 'read', contents: 'read', statuses: 'write', pull_requests: 'read' },
    repositories: ['octo-org/app'],
  });
  emu.github.addPublicRepository('octo-org/public-lib');
});

describe('probeRepositoryPermissions', () => {
  test('every permission on a private repository: reads granted, writes unknown', async () => {
    const [probe] = await probeRepositoryPermissions(TOKEN_ALL, api, ['octo-org/app'], logger);
    expect(probe!.repository).toBe('octo-org/app');
    expect(probe!.reachable).toBe(true);
    expect(statuses(probe!)).toEqual({
      'metadata:read': 'granted',
      'contents:read': 'granted',
      'statuses:read': 'granted',
      'statuses:write': 'unknown',
      'repository_hooks:read': 'granted',
      'repository_hooks:write': 'unknown',
      'pull_requests:read': 'granted',
    });
    expect(evidence(probe!, 'statuses:write')).toMatch(/cannot be proven without a write/);
    expect(evidence(probe!, 'repository_hooks:write')).toMatch(/cannot be proven without a write/);
    expect(evidence(probe!, 'repository_hooks:read')).toMatch(
      /GET \/repos\/octo-org\/app\/hooks answered 200/,
    );
    expect(evidence(probe!, 'pull_requests:read')).toMatch(/^Optional.*FILE_PATH/);
  });

  test('no Webhooks permission: read and write missing, named from the 403', async () => {
    const [probe] = await probeRepositoryPermissions(TOKEN_NO_HOOKS, api, ['octo-org/app'], logger);
    expect(probe!.reachable).toBe(true);
    expect(statuses(probe!)).toMatchObject({
      'contents:read': 'granted',
      'statuses:read': 'granted',
      'repository_hooks:read': 'missing',
      'repository_hooks:write': 'missing',
    });
    const read = evidence(probe!, 'repository_hooks:read');
    expect(read).toMatch(/answered 403/);
    expect(read).toMatch(/Resource not accessible by personal access token/);
    expect(read).toMatch(/repository_hooks=read/);
    expect(evidence(probe!, 'repository_hooks:write')).toMatch(/write includes read/);
  });

  test('a repository outside the token selection: unreachable, everything missing', async () => {
    const [probe] = await probeRepositoryPermissions(TOKEN_ALL, api, ['octo-org/other'], logger);
    expect(probe!.reachable).toBe(false);
    expect(probe!.checks).toHaveLength(7);
    expect(probe!.checks.every((c) => c.status === 'missing')).toBe(true);
    expect(probe!.checks[0]!.evidence).toMatch(/answered 404.*repository selection/);
    // Nothing beyond the repository itself is asked.
    expect(emu.requests.map((r) => r.path)).toEqual(['/github/repos/octo-org/other']);
  });

  test('a public repository: a 200 on a public read proves nothing; webhooks still prove', async () => {
    const [probe] = await probeRepositoryPermissions(
      TOKEN_ALL,
      api,
      ['octo-org/public-lib'],
      logger,
    );
    expect(probe!.reachable).toBe(true);
    expect(statuses(probe!)).toEqual({
      'metadata:read': 'unknown',
      'contents:read': 'unknown',
      'statuses:read': 'unknown',
      'statuses:write': 'unknown',
      'repository_hooks:read': 'granted',
      'repository_hooks:write': 'unknown',
      'pull_requests:read': 'unknown',
    });
    expect(evidence(probe!, 'contents:read')).toMatch(/public.*proves nothing/);
  });

  test('a public repository the token may not read webhooks of: webhooks missing', async () => {
    const [probe] = await probeRepositoryPermissions(
      TOKEN_NO_HOOKS,
      api,
      ['octo-org/public-lib'],
      logger,
    );
    expect(probe!.reachable).toBe(true);
    expect(statuses(probe!)).toMatchObject({
      'contents:read': 'unknown',
      'repository_hooks:read': 'missing',
      'repository_hooks:write': 'missing',
    });
  });

  test('several repositories in one call keep their order and send only GETs', async () => {
    const repos = ['octo-org/app', 'octo-org/other', 'octo-org/public-lib', 'Octo-Org/App'];
    const probes = await probeRepositoryPermissions(TOKEN_ALL, api, repos, logger);
    expect(probes.map((p) => [p.repository, p.reachable])).toEqual([
      ['octo-org/app', true],
      ['octo-org/other', false],
      ['octo-org/public-lib', true],
    ]);
    const github = emu.requests.filter((r) => r.service === 'github');
    expect(github.length).toBeGreaterThan(0);
    expect(github.every((r) => r.method === 'GET')).toBe(true);
  });

  test('unanswered or rate-limited requests are unknown, not missing', async () => {
    emu.faults.add({
      service: 'github',
      operation: 'GET /repos/octo-org/app/hooks',
      kind: '5xx',
      status: 503,
      count: Infinity,
    });
    emu.faults.add({
      service: 'github',
      operation: 'GET /repos/octo-org/app/contents',
      kind: 'throttle',
    });
    const [probe] = await probeRepositoryPermissions(
      TOKEN_ALL,
      api,
      ['octo-org/app'],
      logger,
      noSleep,
    );
    expect(statuses(probe!)).toMatchObject({
      'contents:read': 'unknown',
      'repository_hooks:read': 'unknown',
      'repository_hooks:write': 'unknown',
      'statuses:read': 'granted',
    });
    expect(evidence(probe!, 'contents:read')).toMatch(/rate limited/);
    expect(evidence(probe!, 'repository_hooks:read')).toMatch(/answered 503/);
    // Retried three times before giving up.
    const hookCalls = emu.requests.filter((r) => r.path === '/github/repos/octo-org/app/hooks');
    expect(hookCalls).toHaveLength(3);
  });

  test('a malformed repository fails before any request, naming the input', async () => {
    const run = probeRepositoryPermissions(
      TOKEN_ALL,
      api,
      ['octo-org/app', 'just-a-name', 'a/b/c'],
      logger,
    );
    await expect(run).rejects.toThrow(UserError);
    await expect(run).rejects.toThrow(/`repositories`.*"just-a-name", "a\/b\/c".*owner\/repo/);
    expect(emu.requests).toHaveLength(0);
  });

  test('a rejected token throws', async () => {
    await expect(
      probeRepositoryPermissions('github_pat_unknown', api, ['octo-org/app'], logger),
    ).rejects.toThrow(/401 Bad credentials/);
  });

  test('the token never appears in logs', async () => {
    await probeRepositoryPermissions(TOKEN_ALL, api, ['octo-org/app', 'octo-org/other'], logger);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.join('\n')).not.toContain(TOKEN_ALL);
    expect(JSON.stringify(emu.requests)).not.toContain(TOKEN_ALL);
  });
});
