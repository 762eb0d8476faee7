// Red-team review (redteam-b): a proxy whose answer to CONNECT never ends its head. The
// proxy agent gathered that answer without a bound, copying it whole at every chunk, and
// went on reading after the request was given up: 279 MB peak and the whole run's deadline
// (20 s) for GitHub's GET /user, where one attempt may take 5 s. Through both shipped
// bundles under Node 24; the proxy is a raw socket server on loopback.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { PEAK_LIMIT, watchPeak } from '../support/adversary.js';
import { useEmulator } from '../support/emulated.js';
import { FRONTS, runFront } from '../support/front-run.js';

const emu = useEmulator();
const GH = 'ghp_' + 'C0nn3ctH3adT0k3nQwErTyUiOpAsDfGhJk';

/** A proxy that answers every CONNECT with a status line and then one header that never ends. */
async function endlessHead(
  drip: boolean,
): Promise<{ server: Server; url: string; sockets: Socket[] }> {
  const sockets: Socket[] = [];
  const chunk = Buffer.alloc(64 * 1024, 'a');
  const server = createServer((socket) => {
    sockets.push(socket);
    socket.on('error', () => undefined);
    socket.once('data', () => {
      socket.write('HTTP/1.1 200 Connection established\r\nX-Fill: ');
      if (drip) {
        const timer = setInterval(() => socket.write('a'), 100);
        socket.on('close', () => clearInterval(timer));
        return;
      }
      const pour = () => {
        while (!socket.destroyed && socket.write(chunk));
      };
      socket.on('drain', pour);
      pour();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, sockets };
}

let pouring: Awaited<ReturnType<typeof endlessHead>>;
let dripping: Awaited<ReturnType<typeof endlessHead>>;
beforeAll(async () => {
  pouring = await endlessHead(false);
  dripping = await endlessHead(true);
});
afterAll(async () => {
  for (const p of [pouring, dripping]) {
    p.sockets.forEach((s) => s.destroy());
    await new Promise<void>((resolve) => p.server.close(() => resolve()));
  }
});

const TIMEOUT_S = 20;

function proxied(url: string) {
  return {
    // GitHub's real API through the proxy; the emulated AWS (loopback) directly.
    GITHUB_API_URL: undefined,
    HTTPS_PROXY: url,
    https_proxy: url,
    NO_PROXY: '127.0.0.1,localhost',
    no_proxy: '127.0.0.1,localhost',
  };
}

describe.each(FRONTS)('%s bundle: a CONNECT answer whose head never ends', (front) => {
  test('poured: refused past 16 KiB, naming the proxy; memory flat; long before the deadline', async () => {
    let peak = () => 0;
    const r = await runFront(
      emu.get(),
      front,
      { 'server-type': 'github', token: GH, 'timeout-seconds': String(TIMEOUT_S) },
      {
        env: proxied(pouring.url),
        onStart: (child) => (peak = watchPeak(child).peak),
        killAfterMs: 60_000,
      },
    );
    expect(r.signal ?? null).toBeNull();
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toMatch(
      /the proxy http:\/\/127\.0\.0\.1:\d+ \((?:HTTPS_PROXY|https_proxy)\) answered CONNECT to api\.github\.com:443 with more than 16 KiB before the end of its headers/,
    );
    // Not the run's deadline: the first answer past 16 KiB ends the call.
    expect(r.stdout + r.stderr).not.toMatch(/run timed out/);
    expect(r.ms).toBeLessThan((TIMEOUT_S - 5) * 1000);
    expect(peak()).toBeLessThan(PEAK_LIMIT);
    expect(emu.get().writeCalls()).toHaveLength(0);
  }, 90_000);

  test('dripped a byte at a time: each attempt ends at its own limit, memory flat', async () => {
    let peak = () => 0;
    const r = await runFront(
      emu.get(),
      front,
      { 'server-type': 'github', token: GH, 'timeout-seconds': String(TIMEOUT_S) },
      {
        env: proxied(dripping.url),
        onStart: (child) => (peak = watchPeak(child).peak),
        killAfterMs: 60_000,
      },
    );
    expect(r.signal ?? null).toBeNull();
    expect(r.code).toBe(1);
    expect(r.ms).toBeLessThan((TIMEOUT_S + 5) * 1000);
    expect(peak()).toBeLessThan(PEAK_LIMIT);
    expect(emu.get().writeCalls()).toHaveLength(0);
  }, 90_000);
});
