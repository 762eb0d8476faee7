// Bad input never crashes (issue 8): property-based tests of option parsing
// through both front doors (pipe variables and Action inputs) with random
// strings, unicode, control characters, huge lists and every option of the one
// table. The result is always a Config or a ConfigError whose every problem names
// an option the way the user spells it; never another exception, never a network call.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { inputSource } from '../../src/action/inputs.js';
import { buildConfig, envSource, type Config } from '../../src/core/config/config.js';
import { ConfigError } from '../../src/core/base/errors.js';
import {
  OPTIONS,
  optionsFor,
  type OptionSpec,
  type Platform,
} from '../../src/core/base/options.js';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);

/** Any attempt to reach the network is counted and refused. */
const network: string[] = [];
const saved = {
  fetch: globalThis.fetch,
  httpRequest: http.request,
  httpsRequest: https.request,
  connect: net.connect,
};
beforeAll(() => {
  const refuse = (what: string) => () => {
    network.push(what);
    throw new Error(`network call from buildConfig: ${what}`);
  };
  globalThis.fetch = refuse('fetch') as unknown as typeof fetch;
  http.request = refuse('http.request') as unknown as typeof http.request;
  https.request = refuse('https.request') as unknown as typeof https.request;
  net.connect = refuse('net.connect') as unknown as typeof net.connect;
});
afterAll(() => {
  globalThis.fetch = saved.fetch;
  http.request = saved.httpRequest;
  https.request = saved.httpsRequest;
  net.connect = saved.connect;
});

/** Strings a user (or a broken secret store) could hand us. */
const nasty = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({
    unit: fc.constantFrom(
      '\u0000',
      '\n',
      '\r',
      '\t',
      '\u001b',
      '\u2028',
      '\u200b',
      ' ',
      ',',
      '/',
      ':',
      '"',
      '\\',
      '%',
      '$',
      '{',
      '}',
    ),
    maxLength: 40,
  }),
  fc.constantFrom(
    '',
    ' ',
    'true',
    'FALSE',
    'yes',
    '0',
    '-1',
    '1e3',
    '99999999999999999999',
    'NaN',
    'null',
    'undefined',
    '__proto__',
    'constructor',
    'http://',
    'https://x',
    'ftp://x',
    'arn:aws:iam::123456789012:role/x',
    'us-east-1',
    'github',
    'bitbucket',
    'BASIC_AUTH',
    'CODECONNECTIONS',
    'SECRETS_MANAGER',
    'OAUTH',
    'delete',
    'check',
  ),
  fc
    .array(
      fc.oneof(
        fc.constantFrom(
          'us-east-1',
          'eu-west-1',
          'nowhere',
          'owner/repo',
          'arn:aws:iam::123456789012:role/r',
        ),
        fc.string({ maxLength: 12 }),
      ),
      { maxLength: 2000 },
    )
    .map((items) => items.join(', ')),
);

/** A value for one option: a valid one of its kind, or anything. */
function valueFor(option: OptionSpec): fc.Arbitrary<string> {
  const valid = option.values ? fc.constantFrom(...option.values) : fc.constant('');
  return fc.oneof({ weight: 1, arbitrary: valid }, { weight: 3, arbitrary: nasty });
}

/** Some options set (valid or not), the rest absent. */
const settings = fc.record(
  Object.fromEntries(OPTIONS.map((o) => [o.key, valueFor(o)])) as Record<
    string,
    fc.Arbitrary<string>
  >,
  { requiredKeys: [] },
);

/**
 * Every way the user can name an option on a platform, for "the message names the
 * option": the pipe variable, the Action input, or the environment variable an
 * Action input fell back to (`env AWS_REGION`).
 */
function labels(platform: Platform): string[] {
  return [
    ...optionsFor(platform).flatMap((o) =>
      platform === 'pipe'
        ? o.env
        : [`input '${o.input}'`, ...(o.actionEnvFallback ?? []).map((name) => `env ${name}`)],
    ),
    // The pipe has no proxy option, but reads HTTPS_PROXY and refuses one it cannot read.
    ...(platform === 'pipe' ? OPTIONS.find((o) => o.key === 'httpProxy')!.env : []),
  ];
}

function expectConfigOrNamedError(build: () => Config, platform: Platform): void {
  let config: Config | undefined;
  try {
    config = build();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error; // anything else is a crash
    expect(error.problems.length).toBeGreaterThan(0);
    for (const problem of error.problems) {
      expect(labels(platform).some((label) => problem.includes(label))).toBe(true);
    }
    return;
  }
  expect(config.regions.length).toBeGreaterThan(0);
  expect(typeof config.token).toBe('string');
}

const byKey = (key: string) => OPTIONS.find((o) => o.key === key)!;

describe('buildConfig never crashes', () => {
  test('pipe variables: random values for every option, lists in the X_COUNT form too', () => {
    fc.assert(
      fc.property(
        settings,
        fc.option(
          fc.tuple(
            fc.constantFrom('AWS_DEFAULT_REGION', 'REPOSITORIES', 'ROLE_TO_ASSUME'),
            fc.oneof(fc.nat({ max: 50 }).map(String), nasty),
            fc.array(nasty, { maxLength: 5 }),
          ),
        ),
        (values, listForm) => {
          const env: NodeJS.ProcessEnv = {};
          for (const [key, value] of Object.entries(values)) {
            if (value === undefined) continue;
            const names = byKey(key).env;
            env[names[value.length % names.length]!] = value;
          }
          if (listForm) {
            const [name, count, items] = listForm;
            delete env[name];
            env[`${name}_COUNT`] = count;
            items.forEach((item, i) => (env[`${name}_${i}`] = item));
          }
          expectConfigOrNamedError(() => buildConfig(envSource(env)), 'pipe');
        },
      ),
      { numRuns: RUNS },
    );
  });

  test('Action inputs: random values for every input, with the environment fallbacks', () => {
    fc.assert(
      fc.property(
        settings,
        fc.dictionary(fc.constantFrom('AWS_REGION', 'AWS_DEFAULT_REGION', 'GITHUB_API_URL'), nasty),
        (values, env) => {
          const inputs = Object.fromEntries(
            Object.entries(values).map(([key, value]) => [byKey(key).input, value]),
          );
          // @actions/core's getInput trims, as the runner's inputs are read.
          const core = { getInput: (name: string) => (inputs[name] ?? '').trim() };
          expectConfigOrNamedError(() => buildConfig(inputSource(core, env)), 'action');
        },
      ),
      { numRuns: RUNS },
    );
  });

  test('a huge list count with few items present is read quickly, not item by item', () => {
    const started = Date.now();
    const env = {
      AWS_DEFAULT_REGION_COUNT: '999999999999',
      AWS_DEFAULT_REGION_0: 'us-east-1',
      TOKEN: 'x'.repeat(40),
    };
    expectConfigOrNamedError(() => buildConfig(envSource(env)), 'pipe');
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  test('no network call was attempted', () => {
    expect(network).toEqual([]);
  });
});
