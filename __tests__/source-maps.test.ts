// The shipped bundles carry source maps: an unexpected crash (a bug) prints a stack that
// names src/ files and lines, while a mistake stays one line without a stack. The crash is
// made from outside the bundle: a preloaded module makes String.prototype.trim throw on one
// marker value, which the option parser reads (a TypeError inside src/core/config/config.ts).
import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runnerFiles, runnerInputs } from './support/runner-files.js';
import { node24, ROOT } from './support/run-bundle.js';

const CRASH = join(mkdtempSync(join(tmpdir(), 'crash-')), 'crash.mjs');
writeFileSync(
  CRASH,
  `const trim = String.prototype.trim;
String.prototype.trim = function () {
  if (String(this) === 'CRASH') throw new TypeError('simulated bug');
  return trim.call(this);
};
`,
);

function run(bundle: 'pipe' | 'action', env: Record<string, string>, crash: boolean) {
  const result = spawnSync(
    node24(),
    [...(crash ? ['--import', CRASH] : []), join(ROOT, 'dist', bundle, 'index.js')],
    { env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env }, cwd: ROOT },
  );
  return { code: result.status, out: `${result.stdout}\n${result.stderr}` };
}

describe('an unexpected crash prints a stack that points at src/', () => {
  test('pipe', () => {
    const { code, out } = run(
      'pipe',
      { MODE: 'CRASH', TOKEN: 'x', AWS_DEFAULT_REGION: 'us-east-1' },
      true,
    );
    expect(code).not.toBe(0);
    expect(out).toContain('TypeError: simulated bug');
    // The crash happens where the pipe first reads the variables (src/pipe/main.ts).
    expect(out).toMatch(/at .*\/src\/pipe\/main\.ts:\d+/);
  });

  test('action', () => {
    const files = runnerFiles();
    const { code, out } = run(
      'action',
      {
        GITHUB_ACTIONS: 'true',
        RUNNER_TEMP: files.dir,
        GITHUB_OUTPUT: files.output,
        GITHUB_STEP_SUMMARY: files.summary,
        ...runnerInputs({ mode: 'CRASH', token: 'x', 'aws-region': 'us-east-1' }),
      },
      true,
    );
    expect(code).toBe(1);
    expect(out).toContain('::error::Unexpected error: simulated bug');
    expect(out).toMatch(/at .*\/src\/action\/[\w-]+\.ts:\d+/);
  });
});

describe('a mistake stays one line', () => {
  const cases: Array<['pipe' | 'action', Record<string, string>]> = [
    ['pipe', { MODE: 'synk', TOKEN: 'x', AWS_DEFAULT_REGION: 'us-east-1' }],
    ['action', runnerInputs({ mode: 'synk', token: 'x', 'aws-region': 'us-east-1' })],
  ];
  test.each(cases)('%s', (bundle, env) => {
    const files = runnerFiles();
    const { code, out } = run(
      bundle,
      { GITHUB_OUTPUT: files.output, RUNNER_TEMP: files.dir, ...env },
      false,
    );
    expect(code).toBe(2); // a configuration mistake, in both front doors
    expect(out).toMatch(/synk/);
    expect(out).not.toMatch(/\n\s+at /);
  });
});
