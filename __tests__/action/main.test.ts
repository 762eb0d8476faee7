// The adapter in-process, with its dependencies injected (as
// actions/create-github-app-token does): input parsing, masking order and
// error handling, no network.
import { describe, expect, test } from '@jest/globals';
import { inputSource } from '../../src/action/inputs.js';
import { run, runContext, type ActionsCore } from '../../src/action/main.js';
import { OPTIONS } from '../../src/core/base/options.js';
import type { Report } from '../../src/core/report/report.js';
import { parseCommandFile } from '../support/runner-files.js';
import { HIDDEN } from '../../src/core/trust/secrets.js';

const TOKEN = 'ghp_' + 'Kx7'.repeat(12);
const option = (input: string) => OPTIONS.find((o) => o.input === input)!;

/** A stand-in for @actions/core that records every call in order. */
function fakeCore(inputs: Record<string, string>, debug = false) {
  const calls: Array<[string, string]> = [];
  const record =
    (name: string) =>
    (value: unknown): void => {
      calls.push([name, String(value)]);
    };
  const summary = {
    addRaw(text: string) {
      calls.push(['summary', text]);
      return summary;
    },
    async write() {
      return summary;
    },
  };
  const core = {
    getInput: (name: string) => (inputs[name] ?? '').trim(),
    setSecret: record('setSecret'),
    setOutput: (name: string, value: unknown) =>
      calls.push(['setOutput', `${name}=${String(value)}`]),
    setFailed: record('setFailed'),
    info: record('info'),
    warning: record('warning'),
    debug: record('debug'),
    isDebug: () => debug,
    summary,
  } as unknown as ActionsCore;
  return { core, calls };
}

const context = {
  repo: { owner: 'acme', repo: 'infra' },
  runId: 1,
  serverUrl: 'https://github.com',
};

describe('inputSource', () => {
  test('reads INPUT_ values and labels them as inputs', () => {
    const source = inputSource({ getInput: (n) => (n === 'server-type' ? ' GITHUB ' : '') }, {});
    expect(source.platform).toBe('action');
    expect(source.read(option('server-type'))).toBe('GITHUB');
    expect(source.read(option('mode'))).toBeUndefined();
    expect(source.label(option('server-type'))).toBe("input 'server-type'");
  });

  test('an empty aws-region falls back to AWS_REGION, then AWS_DEFAULT_REGION', () => {
    const empty = { getInput: () => '' };
    const both = { AWS_REGION: 'eu-west-1', AWS_DEFAULT_REGION: 'us-east-1' };
    expect(inputSource(empty, both).read(option('aws-region'))).toBe('eu-west-1');
    expect(inputSource(empty, { AWS_DEFAULT_REGION: 'us-east-1' }).read(option('aws-region'))).toBe(
      'us-east-1',
    );
    const given = { getInput: (n: string) => (n === 'aws-region' ? 'ap-south-1' : '') };
    expect(inputSource(given, both).read(option('aws-region'))).toBe('ap-south-1');
  });

  test('only inputs marked for it fall back to the environment', () => {
    const env = {
      GITHUB_API_URL: 'https://ghe.example.com/api/v3',
      BITBUCKET_API_URL: 'http://x',
      MODE: 'check',
    };
    const source = inputSource({ getInput: () => '' }, env);
    expect(source.read(option('github-api-url'))).toBe('https://ghe.example.com/api/v3');
    expect(source.read(option('bitbucket-api-url'))).toBeUndefined();
    expect(source.read(option('mode'))).toBeUndefined();
  });
});

describe('run', () => {
  const inputs = { token: TOKEN, 'aws-region': 'us-east-1', mode: 'sync' };

  test('masks the token before any other call to the toolkit', async () => {
    const { core, calls } = fakeCore({ ...inputs, 'aws-region': 'nowhere' });
    await run({ core, context, env: {} });
    expect(calls[0]).toEqual(['setSecret', TOKEN]);
    expect(calls.filter(([name]) => name === 'setFailed')).toEqual([
      ['setFailed', expect.stringContaining('input \'aws-region\' has "nowhere"')],
    ]);
  });

  test('an unexpected error fails with its message; its stack follows in the log, redacted', async () => {
    const { core, calls } = fakeCore(inputs);
    await run({
      core,
      context,
      env: {},
      runCredentialSync: async () => {
        throw new Error(`boom near ${TOKEN}`);
      },
    });
    expect(calls.filter(([n]) => n === 'setFailed')).toEqual([
      // A line quoting a secret is hidden whole (issue 25).
      ['setFailed', HIDDEN],
    ]);
    expect(
      calls.find(([n, text]) => n === 'info' && text.startsWith(`${HIDDEN}\n    at `)),
    ).toBeDefined();
    expect(calls.some(([n, text]) => n !== 'setSecret' && text.includes(TOKEN))).toBe(false);
  });

  test('a mistake is one line, without a stack', async () => {
    const { core, calls } = fakeCore({ ...inputs, mode: 'synk' });
    await run({ core, context, env: {} });
    expect(calls.filter(([n]) => n === 'setFailed')).toHaveLength(1);
    expect(calls.some(([, text]) => text.includes('    at '))).toBe(false);
  });

  test('secrets the core finds at run time are masked with the runner and redacted', async () => {
    const { core, calls } = fakeCore(inputs);
    await run({
      core,
      context,
      env: {},
      runCredentialSync: async (config, deps) => {
        deps.secrets?.add('secret-from-secrets-manager');
        deps.logger.info('read secret-from-secrets-manager');
        return {
          tool: { name: 'codebuild-credential-sync', version: '1.0.0' },
          version: 2,
          mode: config.mode,
          serverType: config.serverType,
          authType: config.authType,
          dryRun: false,
          outcome: 'success',
          drift: false,
          regions: [],
          findings: [],
          warnings: [],
          errors: [],
          context: deps.context,
          generatedAt: '2026-01-01T00:00:00.000Z',
        } satisfies Report;
      },
    });
    expect(calls).toContainEqual(['setSecret', 'secret-from-secrets-manager']);
    expect(calls).toContainEqual(['info', HIDDEN]);
    expect(calls).toContainEqual(['setOutput', 'drift=false']);
    expect(calls.filter(([n]) => n === 'setFailed')).toEqual([]);
  });

  test('a connection ARN is not a secret and is not masked', async () => {
    const arn = 'arn:aws:codeconnections:us-east-1:123456789012:connection/abc';
    const { core, calls } = fakeCore({ ...inputs, token: arn, 'auth-type': 'CODECONNECTIONS' });
    await run({
      core,
      context,
      env: {},
      runCredentialSync: async () => Promise.reject(new Error('stop')),
    });
    expect(calls.filter(([n]) => n === 'setSecret')).toEqual([]);
  });
});

describe('runContext', () => {
  test('copies the runner context and links the run', () => {
    expect(
      runContext({ ...context, workflow: 'Rotate', runNumber: 3, actor: 'octocat', runId: 99 }),
    ).toEqual({
      repository: 'acme/infra',
      workflow: 'Rotate',
      runId: '99',
      runNumber: '3',
      actor: 'octocat',
      serverUrl: 'https://github.com',
      runUrl: 'https://github.com/acme/infra/actions/runs/99',
    });
  });

  test('leaves out what the runner did not set (context.repo throws outside a runner)', () => {
    const outside = {
      runId: Number.NaN,
      get repo(): { owner: string; repo: string } {
        throw new Error('context.repo requires a GITHUB_REPOSITORY');
      },
    };
    expect(runContext(outside)).toBeUndefined();
  });
});

describe('parseCommandFile', () => {
  test('reads name=value and name<<DELIMITER forms, values with newlines and = signs', () => {
    const text = [
      'plain=a=b',
      'report<<ghadelimiter_1',
      '{',
      '  "x": 1',
      '}',
      'ghadelimiter_1',
      'empty<<EOF',
      'EOF',
      'plain=later',
      '',
    ].join('\n');
    expect(parseCommandFile(text)).toEqual({ plain: 'later', report: '{\n  "x": 1\n}', empty: '' });
  });

  test('a heredoc without its delimiter is an error', () => {
    expect(() => parseCommandFile('x<<EOF\nvalue\n')).toThrow(/missing delimiter EOF/);
  });
});
