// mapLimit: a bounded Promise.all that stops starting work once an item has rejected.
import { describe, expect, test } from '@jest/globals';
import { mapLimit, untilAborted } from '../../src/core/base/concurrency.js';
import { withRetry } from '../../src/core/wire/retry.js';

describe('mapLimit', () => {
  test('results in input order, never more than the limit at once', async () => {
    let running = 0;
    let most = 0;
    const results = await mapLimit([5, 1, 4, 2, 3], 2, async (n) => {
      most = Math.max(most, ++running);
      await new Promise((r) => setTimeout(r, n));
      running--;
      return n * 10;
    });
    expect(results).toEqual([50, 10, 40, 20, 30]);
    expect(most).toBe(2);
  });

  test('once an item rejects, no further item starts (limit 2, item 1 throws)', async () => {
    const started: number[] = [];
    const run = mapLimit([1, 2, 3, 4, 5, 6, 7, 8, 9], 2, async (n) => {
      started.push(n);
      if (n === 1) throw new Error('item 1 failed');
      await new Promise((r) => setTimeout(r, 20));
      return n;
    });
    await expect(run).rejects.toThrow('item 1 failed');
    await new Promise((r) => setTimeout(r, 100));
    // Item 2 was already running beside item 1; nothing after it was started.
    expect(started).toEqual([1, 2]);
  });
});

describe('untilAborted', () => {
  const never = new Promise<string>(() => {});

  test('settles as the work does while the signal stays quiet', async () => {
    const controller = new AbortController();
    await expect(untilAborted(Promise.resolve('done'), controller.signal)).resolves.toBe('done');
    await expect(untilAborted(Promise.reject(new Error('no')), controller.signal)).rejects.toThrow(
      'no',
    );
  });

  test("rejects with the signal's reason as soon as it aborts, or at once if it has", async () => {
    const controller = new AbortController();
    const waiting = untilAborted(never, controller.signal);
    controller.abort(new Error('stopped'));
    await expect(waiting).rejects.toThrow('stopped');
    await expect(untilAborted(never, controller.signal)).rejects.toThrow('stopped');
  });

  test('a retry wait ends when the run stops: nothing is retried', async () => {
    const controller = new AbortController();
    let calls = 0;
    const error = new Error('busy');
    const run = withRetry(
      async () => {
        calls++;
        throw error;
      },
      () => true,
      {
        attempts: 3,
        baseMs: 1,
        signal: controller.signal,
        asked: () => ({ ms: 3_000_000, source: 'Retry-After' }),
        deadlineAt: Date.now() + 3_600_000,
      },
    );
    setTimeout(() => controller.abort(new Error('stopped')), 10);
    await expect(run).rejects.toBe(error);
    expect(calls).toBe(1);
  });
});
