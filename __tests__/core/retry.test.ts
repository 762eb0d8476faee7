// Retries wait as long as the server asks (Retry-After, GitHub's x-ratelimit-reset), and
// never past the run's deadline: a wait that would pass it is not made, and the error says so.
// Waits are asserted as lower bounds only (a retry after Retry-After: 1 comes >= 1 s later).
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { startEmulator, type Emulator } from '../../emulator/index.js';
import type { Logger } from '../../src/core/base/logger.js';
import { introspectBitbucket } from '../../src/core/providers/bitbucket.js';
import { introspectGitHub } from '../../src/core/providers/github.js';
import { callLimitsFor, type CallLimits } from '../../src/core/wire/deadline.js';
import { serverWait, waitPastDeadline, withRetry } from '../../src/core/wire/retry.js';

const GH = 'ghp_' + 'R'.repeat(36);
const BB = 'ATCTT3xFfGN0' + 'r'.repeat(40);

let emu: Emulator;
const logger: Logger = { info: () => {}, warn: () => {}, debug: () => {} };

/** The limits of a run whose deadline is `seconds` away. */
const runLimits = (seconds: number): CallLimits => ({
  ...callLimitsFor(seconds),
  deadlineAt: Date.now() + seconds * 1000,
});

/** The times (ms) at which the emulator received the requests to `path`. */
const times = (path: string) =>
  emu.requests.filter((r) => r.path === path).map((r) => Date.parse(r.at));

beforeAll(async () => {
  emu = await startEmulator();
});
afterAll(async () => {
  await emu.stop();
});
beforeEach(() => {
  emu.reset();
  emu.github.addToken(GH, { scopes: ['repo', 'admin:repo_hook'] });
  emu.bitbucket.addToken(BB, {
    kind: 'access-token',
    scopes: ['repository', 'pullrequest', 'webhook', 'account'],
  });
});

describe('the wait a server asks for', () => {
  const from = (headers: Record<string, string>) => (name: string) => headers[name];
  const now = Date.parse('2026-11-28T08:00:00Z');

  test('Retry-After in seconds or as a date; x-ratelimit-reset at zero remaining; a secondary limit', () => {
    expect(serverWait(429, from({ 'retry-after': '7' }), '', now)).toEqual({
      ms: 7000,
      source: 'Retry-After',
    });
    expect(
      serverWait(503, from({ 'retry-after': 'Sat, 28 Nov 2026 08:00:30 GMT' }), '', now),
    ).toEqual({ ms: 30_000, source: 'Retry-After' });
    expect(
      serverWait(
        403,
        from({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(now / 1000 + 90) }),
        'API rate limit exceeded',
        now,
      ),
    ).toEqual({ ms: 90_000, source: 'x-ratelimit-reset' });
    expect(serverWait(403, from({}), 'You have exceeded a secondary rate limit', now)).toEqual({
      ms: 60_000,
      source: "GitHub's secondary rate limit",
    });
    // A refusal that is no rate limit asks for nothing.
    expect(serverWait(403, from({ 'x-ratelimit-remaining': '4999' }), 'Forbidden', now)).toBe(
      undefined,
    );
    expect(serverWait(500, from({}), '', now)).toBe(undefined);
  });

  test('withRetry sleeps at least as long as asked', async () => {
    const slept: number[] = [];
    let calls = 0;
    const result = await withRetry(
      async () => {
        if (++calls < 3) throw new Error('busy');
        return 'done';
      },
      () => true,
      {
        attempts: 3,
        baseMs: 1,
        sleep: async (ms) => void slept.push(ms),
        asked: () => ({ ms: 5000, source: 'Retry-After' }),
        deadlineAt: Date.now() + 60_000,
      },
    );
    expect(result).toBe('done');
    expect(slept).toHaveLength(2);
    expect(Math.min(...slept)).toBeGreaterThanOrEqual(5000);
  });

  test('withRetry does not sleep past the deadline: it gives up at once and says why', async () => {
    const slept: number[] = [];
    const error = new Error('slow down');
    await expect(
      withRetry(
        async () => {
          throw error;
        },
        () => true,
        {
          attempts: 3,
          baseMs: 1,
          sleep: async (ms) => void slept.push(ms),
          asked: () => ({ ms: 120_000, source: 'Retry-After' }),
          deadlineAt: Date.now() + 30_000,
        },
      ),
    ).rejects.toBe(error);
    expect(slept).toEqual([]);
    expect(waitPastDeadline(error)).toEqual({ ms: 120_000, source: 'Retry-After' });
  });
});

describe('GitHub', () => {
  test('a 429 with Retry-After: 1 is retried no sooner than 1 s later', async () => {
    emu.faults.add({ service: 'github', operation: 'GET /user', kind: 'throttle', status: 429 });
    const { token } = await introspectGitHub(
      GH,
      `${emu.url}/github`,
      logger,
      undefined,
      [],
      runLimits(30),
    );
    expect(token.accepted).toBe(true);
    const [first, second] = times('/github/user');
    expect(second! - first!).toBeGreaterThanOrEqual(1000);
  });

  test('a secondary rate limit (403 with Retry-After) is retried after the wait', async () => {
    emu.faults.add({ service: 'github', operation: 'GET /user', kind: 'throttle', retryAfter: 1 });
    const { token } = await introspectGitHub(
      GH,
      `${emu.url}/github`,
      logger,
      undefined,
      [],
      runLimits(30),
    );
    expect(token.accepted).toBe(true);
    const [first, second] = times('/github/user');
    expect(second! - first!).toBeGreaterThanOrEqual(1000);
  });

  test('a 403 with x-ratelimit-remaining: 0 is retried once x-ratelimit-reset has passed', async () => {
    emu.faults.add({ service: 'github', operation: 'GET /user', kind: 'throttle', resetAfter: 2 });
    const { token } = await introspectGitHub(
      GH,
      `${emu.url}/github`,
      logger,
      undefined,
      [],
      runLimits(30),
    );
    expect(token.accepted).toBe(true);
    const [first, second] = times('/github/user');
    // The reset is a whole second, 1 to 2 s after the first answer.
    expect(second! - first!).toBeGreaterThanOrEqual(1000);
  });

  test('a reset past the deadline: not waited for, and the error names the wait and the deadline', async () => {
    emu.faults.add({ service: 'github', kind: 'throttle', resetAfter: 3600, count: Infinity });
    const run = introspectGitHub(GH, `${emu.url}/github`, logger, undefined, [], runLimits(20));
    await expect(run).rejects.toThrow(
      /rate limit was reached \(HTTP 403\); it resets at .*; not retried: GitHub asked to wait 60 min \(x-ratelimit-reset\), which would pass the run's deadline \(timeout-seconds\)/,
    );
    expect(times('/github/user')).toHaveLength(1);
  });
});

describe('Bitbucket', () => {
  test('a 429 with Retry-After: 1 is retried no sooner than 1 s later', async () => {
    emu.faults.add({ service: 'bitbucket', kind: 'throttle' });
    const { token } = await introspectBitbucket(
      { token: BB },
      `${emu.url}/bitbucket/2.0`,
      logger,
      undefined,
      runLimits(30),
    );
    expect(token.accepted).toBe(true);
    const [first, second] = times('/bitbucket/2.0/repositories');
    expect(second! - first!).toBeGreaterThanOrEqual(1000);
  });

  test('a Retry-After past the deadline: one attempt, and the error names the wait and the deadline', async () => {
    emu.faults.add({ service: 'bitbucket', kind: 'throttle', retryAfter: 600, count: Infinity });
    const run = introspectBitbucket(
      { token: BB },
      `${emu.url}/bitbucket/2.0`,
      logger,
      undefined,
      runLimits(20),
    );
    await expect(run).rejects.toThrow(
      /Bitbucket's rate limit was reached, HTTP 429, 1 attempt; not retried: Bitbucket asked to wait 10 min \(Retry-After\), which would pass the run's deadline \(timeout-seconds\)/,
    );
    expect(times('/bitbucket/2.0/repositories')).toHaveLength(1);
  });
});
