// Smoke test of `npm run bench` (bench/bench.ts): one quick round against the
// emulator, to keep the script working. No figure is asserted (see
// docs/performance.md for them); only that every case ran or says why not.
import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './support/run-bundle.js';

describe('npm run bench', () => {
  test('--quick runs every case once and prints the table and the goals', () => {
    const run = spawnSync(
      join(ROOT, 'node_modules', '.bin', 'tsx'),
      ['bench/bench.ts', '--quick'],
      {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, NODE24: process.env.NODE24 },
        timeout: 120_000,
      },
    );
    expect(run.stderr).not.toMatch(/Error/);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^\| case \| median \| × bare node \|/m);
    expect(run.stdout).toMatch(/^\| bare node: `node -e 0` \| \d+ ms \| 1\.00× \|/m);
    expect(run.stdout).toMatch(/^\| pipe: sync, 1 region \| \d+ ms \|/m);
    expect(run.stdout).toMatch(/AWS CLI route skipped: --quick/);
    expect(run.stdout).toMatch(
      /^- (met|NOT met|not measured): bad-config exit ≤ 1\.5× bare node$/m,
    );
  });
});
