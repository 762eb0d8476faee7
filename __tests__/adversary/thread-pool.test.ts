// Red-team review (redteam-b): a read in Node's thread pool that never returns. The AWS SDK
// reads some files asynchronously (the `aws login` token cache of a profile's login_session,
// the SSO cache): a named pipe there holds a thread of Node's pool, and exit() waits for
// that thread, so the process stayed for ever after its run ended, past its deadline, and
// past the watchdog (whose exit waits the same). Through both shipped bundles under Node 24:
// - the login token cache is checked up front as the SSO cache is (a named pipe, a device);
// - one swapped for a named pipe after the checks: the run times out at its deadline and
//   the process ends by itself within the deadline, the grace and the exit guard's 2 s.
import { describe, expect, test } from '@jest/globals';
import type { ChildProcess } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PEAK_LIMIT, watchPeak } from '../support/adversary.js';
import { useEmulator } from '../support/emulated.js';
import { FRONTS, runFront } from '../support/front-run.js';

const emu = useEmulator();
const GH = 'ghp_' + 'Thr3adP00lT0k3nN3v3rPr1nt3dAnyWh3r3X';
const github = { 'server-type': 'github', token: GH };
const NO_KEYS = { AWS_ACCESS_KEY_ID: undefined, AWS_SECRET_ACCESS_KEY: undefined };
const SESSION = 'arn:aws:iam::123456789012:user/red-team';
/** Pinned here (SECURITY.md), not read from the source. */
const GRACE_S = 5;
const GUARD_S = 2;

/** A HOME whose profile `lg` signs in with `aws login`; the path of its token cache. */
function loginHome(): { home: string; cache: string } {
  const home = mkdtempSync(join(tmpdir(), 'thread-pool-'));
  mkdirSync(join(home, '.aws', 'login', 'cache'), { recursive: true });
  writeFileSync(
    join(home, '.aws', 'config'),
    `[profile lg]\nlogin_session = ${SESSION}\nregion = us-east-1\n`,
  );
  const name = `${createHash('sha256').update(SESSION).digest('hex')}.json`;
  return { home, cache: join(home, '.aws', 'login', 'cache', name) };
}

function fifo(path: string): string {
  execFileSync('mkfifo', [path]);
  return path;
}

describe.each(FRONTS)('%s: the aws login token cache', (front) => {
  test.each([
    ['a named pipe', (cache: string) => fifo(cache), 'a named pipe (FIFO)'],
    ['a link to /dev/zero', (cache: string) => symlinkSync('/dev/zero', cache), 'a device'],
  ])(
    'is refused before any call when it is %s: exit 2, named, memory flat',
    async (_what, plant, kind) => {
      const { home, cache } = loginHome();
      plant(cache);
      let peak = () => 0;
      const r = await runFront(
        emu.get(),
        front,
        { ...github, 'timeout-seconds': '5' },
        {
          env: { ...NO_KEYS, HOME: home, AWS_PROFILE: 'lg' },
          onStart: (child) => (peak = watchPeak(child).peak),
          killAfterMs: 40_000,
        },
      );
      expect(r.signal ?? null).toBeNull();
      expect(r.code).toBe(2);
      expect(r.everything).toContain(
        `The login token cache of AWS profile "lg" is ${cache}, ${kind}`,
      );
      expect(emu.get().requests).toHaveLength(0);
      expect(peak()).toBeLessThan(PEAK_LIMIT);
      expect(r.everything.replace(/^::add-mask::.*$/gm, '')).not.toContain(GH);
    },
    60_000,
  );

  test('swapped for a named pipe after the checks: the process ends by itself, within the deadline, the grace and the guard', async () => {
    emu.get().github.addToken(GH, { scopes: ['repo'], login: 'octocat' });
    // The token is proven slowly, so the cache is swapped before the SDK reads it.
    emu
      .get()
      .faults.add({ service: 'github', operation: 'GET /user', kind: 'latency', latencyMs: 1500 });
    const { home, cache } = loginHome();
    writeFileSync(cache, '{}');
    const swap = (child: ChildProcess) => {
      let said = '';
      child.stdout!.on('data', (chunk: Buffer) => {
        if (said.includes('Configuration: mode=')) return;
        said += chunk.toString();
        if (said.includes('Configuration: mode=')) renameSync(fifo(`${cache}.planted`), cache);
      });
    };
    const timeout = 5;
    const r = await runFront(
      emu.get(),
      front,
      {
        ...github,
        'timeout-seconds': String(timeout),
        ...(front === 'pipe' ? { debug: 'true' } : {}),
      },
      {
        env: { ...NO_KEYS, HOME: home, AWS_PROFILE: 'lg' },
        onStart: swap,
        killAfterMs: 60_000,
      },
    );
    expect(statSync(cache).isFIFO()).toBe(true); // the swap happened
    // The SDK's read of the cache was held: the run timed out waiting for the credentials.
    expect(r.everything).toMatch(/timed out after 5 s waiting for AWS credentials/);
    // Ended by itself (its exit, or its guard's SIGKILL when exit is held), not by the test.
    expect(r.ms).toBeLessThan((timeout + GRACE_S + GUARD_S + 8) * 1000);
    if (r.signal) expect(r.signal).toBe('SIGKILL');
    else expect(r.code).toBe(1);
    expect(JSON.parse(r.report)).toMatchObject({ outcome: 'failure', stopped: 'timeout' });
    expect(emu.get().writeCalls()).toHaveLength(0);
  }, 90_000);
});

/** The exit guards alive now that were started for `pid` (base/children.ts: `node -e <guard> <pid> <ms>`). */
function guardsOf(pid: number): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const argv = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if (
        argv.includes('-e') &&
        argv.some((a) => a.includes('process.ppid')) &&
        argv.includes(String(pid))
      )
        found.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return found;
}

describe.each(FRONTS)('%s: a run that ends well', (front) => {
  test('starts no exit guard: nothing of its own is left in the thread pool at its exit', async () => {
    emu.get().github.addToken(GH, { scopes: ['repo'], login: 'octocat' });
    let pid = 0;
    const r = await runFront(
      emu.get(),
      front,
      { ...github, 'timeout-seconds': '20' },
      { onStart: (child) => (pid = child.pid!) },
    );
    expect(r.code).toBe(0);
    expect(pid).toBeGreaterThan(0);
    // A guard lives EXIT_GUARD_MS (2 s) after the exit that started it: it would be here now.
    expect(guardsOf(pid)).toEqual([]);
  }, 60_000);
});
