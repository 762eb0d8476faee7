// Red-team review (redteam-b): `mode: merge` reads the shards' report files whole, and the
// paths are the user's (`reports`). A path that is not a regular file, or one whose size
// says nothing of what a read gives (a device, a named pipe, a /proc file), must be refused
// before it is read, never read until it ends: /dev/zero filled memory to 2.8 GB until the
// watchdog ended the run; a named pipe held the run until the watchdog. A report of another
// shape (a region that is null, a detail that is an object) ended in "Unexpected error:
// Cannot read properties of null": it is refused naming the field. Through both shipped
// bundles under Node 24 (no AWS, no token: merge reads files only).
import { describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PEAK_LIMIT, watchPeak } from '../support/adversary.js';
import { useEmulator } from '../support/emulated.js';
import { FRONTS, runFront } from '../support/front-run.js';

const emu = useEmulator();
const fresh = () => mkdtempSync(join(tmpdir(), 'merge-files-'));

function fifo(): string {
  const path = join(fresh(), 'shard.json');
  execFileSync('mkfifo', [path]);
  return path;
}

function linkTo(target: string): string {
  const path = join(fresh(), 'shard.json');
  symlinkSync(target, path);
  return path;
}

const CASES: [string, () => string, string][] = [
  ['/dev/zero', () => '/dev/zero', 'a device'],
  ['a link to /dev/zero', () => linkTo('/dev/zero'), 'a device'],
  ['a named pipe no one writes', fifo, 'a named pipe (FIFO)'],
  ['a directory', fresh, 'a directory'],
];

describe.each(FRONTS)('%s: merge reads only regular files of a report’s size', (front) => {
  test.each(CASES)(
    'reports naming %s is refused before it is read: exit 1, named, memory flat, long before the deadline',
    async (_what, make, kind) => {
      const path = make();
      let peak = () => 0;
      const r = await runFront(
        emu.get(),
        front,
        { mode: 'merge', reports: path, 'timeout-seconds': '20' },
        { onStart: (child) => (peak = watchPeak(child).peak), killAfterMs: 60_000 },
      );
      expect(r.signal ?? null).toBeNull();
      // A merge that cannot read its reports fails as any other refused merge does.
      expect(r.code).toBe(1);
      // Refused at once, not ended by the deadline (20 s) or the watchdog (25 s).
      expect(r.ms).toBeLessThan(15_000);
      expect(r.everything).not.toContain('watchdog');
      expect(r.everything).toContain(`Could not read the report ${path}`);
      expect(r.everything).toContain(kind);
      expect(r.everything).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
      expect(peak()).toBeLessThan(PEAK_LIMIT);
      expect(emu.get().requests).toHaveLength(0);
    },
    90_000,
  );
});

/** A shard's report as a shard writes it (check, one region, no drift), with `over` laid on it. */
function shardReport(over: Record<string, unknown>): string {
  return JSON.stringify({
    tool: { name: 'codebuild-credential-sync', version: '1.0.0' },
    version: 2,
    mode: 'check',
    serverType: 'GITHUB',
    authType: 'PERSONAL_ACCESS_TOKEN',
    dryRun: false,
    outcome: 'success',
    drift: false,
    shard: '1/1',
    run: { config: '0123456789abcdef' },
    generatedAt: '2026-12-06T05:00:00Z',
    regions: [
      {
        region: 'us-east-1',
        account: '123456789012',
        action: 'checked',
        status: 'ok',
        detail: 'holds it',
      },
    ],
    findings: [],
    warnings: [],
    errors: [],
    ...over,
  });
}

const SHAPES: [string, Record<string, unknown>, string][] = [
  ['a region that is null', { regions: [null] }, 'regions[0] is null, not an object'],
  [
    'a detail that is an object',
    { regions: [{ region: 'us-east-1', action: 'checked', status: 'ok', detail: { a: 1 } }] },
    'regions[0].detail is an object, not a string',
  ],
  [
    'a finding without its message',
    { findings: [{ kind: 'credential-missing' }] },
    'findings[0].message is missing',
  ],
  ['a warning that is a list', { warnings: [[1]] }, 'warnings[0] is a list, not a string'],
  ['accounts that are a string', { accounts: 'x' }, 'accounts is a string, not a list'],
];

describe.each(FRONTS)('%s: merge reads only reports of a shard’s shape', (front) => {
  test.each(SHAPES)(
    'a report with %s is refused naming the field: exit 1, no "Unexpected error"',
    async (_what, over, said) => {
      const path = join(fresh(), 'shard.json');
      writeFileSync(path, shardReport(over));
      const r = await runFront(
        emu.get(),
        front,
        { mode: 'merge', reports: path },
        { killAfterMs: 60_000 },
      );
      expect(r.signal ?? null).toBeNull();
      expect(r.code).toBe(1);
      expect(r.everything).toContain(`${path} is not the report of a shard: ${said}.`);
      expect(r.everything).not.toMatch(/Unexpected error|\n\s+at .+:\d+:\d+\)?\n/);
    },
    60_000,
  );

  test('a report of the same shape, well formed, merges (the control)', async () => {
    const path = join(fresh(), 'shard.json');
    writeFileSync(path, shardReport({}));
    const r = await runFront(
      emu.get(),
      front,
      { mode: 'merge', reports: path },
      { killAfterMs: 60_000 },
    );
    expect(r.code).toBe(0);
    expect(r.everything).not.toContain('is not the report of a shard');
  }, 60_000);
});
