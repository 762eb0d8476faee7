// The watchdog's thread (core/run/watchdog.ts) gives way to the run: on Linux the one thread
// startWatchdog starts runs 10 nice steps below the run (19 at most), the run's own threads as they were.
import { describe, expect, test } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { startWatchdog } from '../../src/core/run/watchdog.js';

/** Each thread of this process with its nice value (field 19 of /proc/self/task/N/stat). */
function niceByThread(): Map<string, number> {
  const found = new Map<string, number>();
  for (const id of readdirSync('/proc/self/task')) {
    const stat = readFileSync(`/proc/self/task/${id}/stat`, 'utf8');
    found.set(id, Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]));
  }
  return found;
}

describe('the watchdog thread', () => {
  (existsSync('/proc/self/task') ? test : test.skip)(
    'is the only thread started, and runs 10 nice steps below the run; the others keep theirs',
    async () => {
      const before = niceByThread();
      const watchdog = startWatchdog({
        deadlineAt: Date.now() + 600_000,
        timeoutSeconds: 600,
        head: {},
        platform: 'pipe',
      });
      try {
        const after = niceByThread();
        const started = [...after.keys()].filter((id) => !before.has(id));
        expect(started).toHaveLength(1);
        const run = before.get(String(process.pid))!;
        expect(run).toBeLessThan(19); // else there is nothing to lower
        expect(after.get(started[0]!)).toBe(Math.min(19, run + 10));
        for (const [id, nice] of before) if (after.has(id)) expect(after.get(id)).toBe(nice);
      } finally {
        watchdog.stop();
      }
    },
  );
});
