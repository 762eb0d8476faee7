// Red-team review (redteam-b): `mode: merge` reads the shards' report files whole, and the
// paths are the user's (`reports`). A path that is not a regular file, or one whose size
// says nothing of what a read gives (a device, a named pipe, a /proc file), must be refused
// before it is read, never read until it ends: /dev/zero filled memory to 2.8 GB until the
// watchdog ended the run; a named pipe held the run until the watchdog. Through both
// shipped bundles under Node 24 (no AWS, no token: merge reads files only).
import { describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, symlinkSync } from 'node:fs';
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
