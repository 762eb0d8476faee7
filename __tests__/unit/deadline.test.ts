import { describe, expect, test } from '@jest/globals';
import { forPlain } from '../../src/core/base/outside.js';
import { buildConfig, envSource } from '../../src/core/config/config.js';
import { callLimitsFor, RunDeadline, RunStopped, Waiting } from '../../src/core/wire/deadline.js';
import { ConfigError } from '../../src/core/base/errors.js';
import { describeNetworkFailure, networkFailure } from '../../src/core/wire/network-errors.js';

const base = { TOKEN: 'abcdefghijklmnop0123', AWS_DEFAULT_REGION: 'us-east-1' };

function problemsOf(env: Record<string, string>): string[] {
  try {
    buildConfig(envSource(env));
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('timeout-seconds', () => {
  test('defaults to 30 and takes a whole number of seconds', () => {
    expect(buildConfig(envSource(base)).timeoutSeconds).toBe(30);
    expect(buildConfig(envSource({ ...base, TIMEOUT_SECONDS: '300' })).timeoutSeconds).toBe(300);
  });

  test.each(['0', '4', '3601', '1.5', '-10', '10s', 'soon'])(
    'refuses %p, naming the variable and the range',
    (value) => {
      expect(problemsOf({ ...base, TIMEOUT_SECONDS: value })).toEqual([
        `TIMEOUT_SECONDS must be a whole number of seconds from 5 to 3600; got "${value}".`,
      ]);
    },
  );

  test('per-call limits are shorter than the run: a quarter, 1 to 10 s; connecting at most 5 s', () => {
    expect(callLimitsFor(40)).toEqual({ callTimeoutMs: 10_000, connectTimeoutMs: 5_000 });
    expect(callLimitsFor(8)).toEqual({ callTimeoutMs: 2_000, connectTimeoutMs: 2_000 });
    expect(callLimitsFor(3600).callTimeoutMs).toBe(10_000);
  });
});

describe('RunDeadline', () => {
  test('a stop rejects the work in flight, naming what it waited for, and aborts the signal', async () => {
    const deadline = new RunDeadline(60);
    const waiting = new Waiting();
    waiting.what = 'CodeBuild ImportSourceCredentials in eu-west-1';
    const never = new Promise<never>(() => {});
    const raced = deadline.race(never, waiting);
    deadline.stop('SIGTERM');
    await expect(raced).rejects.toThrow(
      new RunStopped(
        'the run was cancelled (SIGTERM) while waiting for CodeBuild ImportSourceCredentials in eu-west-1',
      ),
    );
    expect(deadline.signal.aborted).toBe(true);
    expect(deadline.reason).toBe('SIGTERM');
    deadline.stop('timeout'); // the first reason wins
    expect(deadline.reason).toBe('SIGTERM');
  });

  test('the deadline passes by itself', async () => {
    const deadline = new RunDeadline(0.05);
    await expect(deadline.race(new Promise(() => {}))).rejects.toThrow(
      'the run timed out after 0.1 s',
    );
    expect(deadline.reason).toBe('timeout');
  });

  test('work that finishes first is not touched', async () => {
    const deadline = new RunDeadline(60);
    await expect(deadline.race(Promise.resolve(7))).resolves.toBe(7);
    deadline.dispose();
  });
});

describe('network failures', () => {
  const call = { what: 'GitHub GET /user', endpoint: 'api.github.com', check: 'github-api-url' };
  const wrapped = (cause: object) =>
    Object.assign(new Error('fetch failed'), { name: 'TypeError', cause });

  test('DNS, refused, reset, TLS and timeouts are told apart through the cause chain', () => {
    const cases: Array<[unknown, string, string]> = [
      [
        wrapped(
          Object.assign(new Error('getaddrinfo ENOTFOUND github.invalid'), {
            code: 'ENOTFOUND',
            hostname: 'github.invalid',
          }),
        ),
        'dns',
        'the host name github.invalid could not be resolved (DNS, ENOTFOUND)',
      ],
      [
        wrapped(
          Object.assign(new Error('connect ECONNREFUSED'), {
            code: 'ECONNREFUSED',
            address: '127.0.0.1',
            port: 9,
          }),
        ),
        'refused',
        '127.0.0.1:9 refused the connection (ECONNREFUSED)',
      ],
      [
        wrapped(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })),
        'reset',
        'was cut (ECONNRESET)',
      ],
      [
        wrapped(Object.assign(new Error('certificate has expired'), { code: 'CERT_HAS_EXPIRED' })),
        'tls',
        'could not be trusted (CERT_HAS_EXPIRED: certificate has expired)',
      ],
      [
        new DOMException('The operation was aborted due to timeout', 'TimeoutError'),
        'timeout',
        'did not answer within 10 s',
      ],
      [
        Object.assign(
          new Error(
            'the request socket did not establish a connection with the server within the configured timeout of 5000 ms.',
          ),
          { name: 'TimeoutError' },
        ),
        'connect-timeout',
        'could not connect to api.github.com',
      ],
      [
        Object.assign(new TypeError('Invalid URL'), { code: 'ERR_INVALID_URL' }),
        'invalid-url',
        'is not a valid URL',
      ],
      [
        new TypeError('fetch failed', { cause: new TypeError('bad port') }),
        'invalid-url',
        'uses a port that fetch refuses to connect to',
      ],
    ];
    for (const [error, kind, words] of cases) {
      const failure = networkFailure(error);
      expect(failure?.kind).toBe(kind);
      // As a sink shows it: the TLS detail is outside text, sealed until then.
      const message = forPlain(describeNetworkFailure(failure!, { ...call, timeoutMs: 10_000 }));
      expect(message).toContain(words);
      expect(message).not.toMatch(/HTTP 500|\n\s+at /);
    }
  });

  test('an answer (an HTTP error, an AWS error code) is not a network failure', () => {
    expect(
      networkFailure(Object.assign(new Error('Bad credentials'), { status: 401 })),
    ).toBeUndefined();
    expect(
      networkFailure({ name: 'ThrottlingException', message: 'Rate exceeded' }),
    ).toBeUndefined();
  });
});
