// The README's own commands, verbatim, in a clean copy of the repository (issue 26): a
// `git clone` of this repository's committed state into a fresh folder, where the
// newcomer's commands run as the README writes them, through bash.
//
// One stand-in, said here: `npm ci` would download every package again (minutes, and the
// network). In the clone, `npm` is a wrapper that, for `npm ci` only, checks that the
// clone's package-lock.json is the one these node_modules were installed from and links
// them; every other npm command (`npm run demo`) is the real npm. The demo then really runs:
// the emulator, the shipped pipe bundle under Node 24, four runs with their exit codes.
// The test command (`npm ci && npm test`) is the whole suite, which this file belongs to:
// it is not run from inside itself; its halves are checked to be real (`npm test` is
// package.json's script, and CI runs the README's command: __tests__/unit/first-read.test.ts).
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './support/run-bundle.js';

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** The commands of the README's try-it block, one per line, without their comments. */
function readmeCommands(): string[] {
  const section = README.slice(README.indexOf('## Try it locally'));
  const block = /```sh\n([\s\S]*?)```/.exec(section)![1]!;
  return block
    .split('\n')
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter(Boolean);
}

let dir: string;
let clone: string;
let bin: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'readme-commands-'));
  clone = join(dir, 'repo');
  execFileSync('git', ['clone', '--quiet', '--no-hardlinks', ROOT, clone]);
  bin = join(dir, 'bin');
  mkdirSync(bin);
  const npm = execFileSync('bash', ['-c', 'command -v npm'], { encoding: 'utf8' }).trim();
  writeFileSync(
    join(bin, 'npm'),
    [
      '#!/usr/bin/env bash',
      '# npm ci: link the installed node_modules when the lockfile is the same; else the real npm.',
      'if [ "$1" = ci ]; then',
      `  cmp -s package-lock.json ${JSON.stringify(join(ROOT, 'package-lock.json'))} || { echo "package-lock.json differs" >&2; exit 1; }`,
      `  rm -rf node_modules && ln -s ${JSON.stringify(join(ROOT, 'node_modules'))} node_modules`,
      '  echo "npm ci: linked node_modules (same package-lock.json)"',
      '  exit 0',
      'fi',
      `exec ${JSON.stringify(npm)} "$@"`,
      '',
    ].join('\n'),
  );
  chmodSync(join(bin, 'npm'), 0o755);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function bash(command: string): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn('bash', ['-c', command], {
      cwd: clone,
      env: {
        PATH: `${bin}:${process.env.PATH ?? ''}`,
        HOME: process.env.HOME ?? '/tmp',
        // Whatever the suite set for itself stays out: a newcomer's shell has none of it.
        NODE_OPTIONS: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 150_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, out });
    });
  });
}

describe("the README's commands, in a clean clone", () => {
  test('there are two: the demo and the test suite', () => {
    expect(readmeCommands()).toEqual(['npm ci && npm run demo', 'npm ci && npm test']);
  });

  test('the demo runs as written: a real sync, check, delete and drift check, exit 0', async () => {
    const [demo] = readmeCommands();
    const { code, out } = await bash(demo!);
    expect({ code, out: code === 0 ? '' : out }).toEqual({ code: 0, out: '' });
    expect(out).toContain('npm ci: linked node_modules');
    expect(out).toContain(
      'Demo finished as expected: sync 0, check 0, delete 0, check with drift 3.',
    );
    // A real run: the emulator saw the imports and the delete.
    expect(out).toMatch(/ImportSourceCredentials us-east-1 -> HTTP 200/);
    expect(out).toMatch(/DeleteSourceCredentials eu-west-1 -> HTTP 200/);
    // A newcomer's first run shows no warning: only the drift it plants on purpose.
    expect(out.match(/^.*warn.*$/gim) ?? []).toEqual([]);
  }, 180_000);

  test('the test command names the suite package.json defines', () => {
    const [, tests] = readmeCommands();
    const scripts = (
      JSON.parse(readFileSync(join(clone, 'package.json'), 'utf8')) as {
        scripts: Record<string, string>;
      }
    ).scripts;
    expect(tests).toBe('npm ci && npm test');
    expect(scripts.test).toMatch(/npm run test:jest/);
  });
});
