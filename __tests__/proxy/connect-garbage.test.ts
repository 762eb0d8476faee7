// A proxy that answers CONNECT with 200 and then sends something that is not TLS (issue 25,
// the lows): the failure is the proxy's, never a certificate's. Through both shipped bundles
// under Node 24; the proxy is a raw socket server on loopback.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { useEmulator } from '../support/emulated.js';
import { FRONTS, runFront } from '../support/front-run.js';

const emu = useEmulator();
const GH = 'ghp_' + 'C0nnectGarbageT0kenQwErTyUiOpAsDfG';

let proxy: Server;
let proxyUrl = '';
const connects: string[] = [];

beforeAll(async () => {
  proxy = createServer((socket) => {
    socket.once('data', (head) => {
      connects.push(head.toString('latin1').split('\r\n')[0]!);
      socket.write('HTTP/1.1 200 Connection established\r\n\r\n');
      // The client's TLS hello comes through the tunnel: what answers it is not TLS.
      socket.once('data', () => {
        socket.write(
          'HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/html\r\n\r\n<html>nope</html>',
        );
        setTimeout(() => socket.destroy(), 2_000);
      });
    });
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => proxy.close(() => resolve())));

describe.each(FRONTS)('%s bundle: CONNECT 200, then not TLS', (front) => {
  test("named as the proxy's doing, not as a certificate problem; nothing imported", async () => {
    const e = emu.get();
    connects.splice(0);
    const r = await runFront(
      e,
      front,
      { 'server-type': 'github', token: GH, 'timeout-seconds': '20' },
      {
        env: {
          // GitHub's real API through the proxy; the emulated AWS (loopback) directly.
          GITHUB_API_URL: undefined,
          HTTPS_PROXY: proxyUrl,
          https_proxy: proxyUrl,
          NO_PROXY: '127.0.0.1,localhost',
          no_proxy: '127.0.0.1,localhost',
        },
      },
    );
    expect(r.code).toBe(1);
    expect(connects[0]).toMatch(/^CONNECT api\.github\.com:443 HTTP\/1\.1$/);
    const said = r.stdout + r.stderr;
    expect(said).toMatch(
      /the proxy accepted the tunnel to api\.github\.com \(CONNECT 200\) but what came through it is not TLS \([A-Z_]+\): the proxy is at fault, not a certificate\./,
    );
    expect(said).not.toMatch(/could not be trusted|NODE_EXTRA_CA_CERTS/);
    expect(e.writeCalls()).toHaveLength(0);
  });
});
