// Red-team review (redteam-b): a write that never reached CodeBuild is not "sent". Through
// both shipped bundles under Node 24: when the run stops while an import is held by a proxy
// that never answered CONNECT, by a tunnel whose TLS handshake never finished, or by an
// endpoint that accepted the connection and never finished the handshake, nothing of the
// import reached CodeBuild: the region says so ("nothing was written, so it still holds the
// credential it held before"), never "the import was sent, so whether it took effect is
// unknown". A hang after the request reached CodeBuild still says that (the control).
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { useEmulator } from '../support/emulated.js';
import { startForwardProxy, type ForwardProxy } from '../support/forward-proxy.js';
import { FRONTS, runFront } from '../support/front-run.js';

const emu = useEmulator();
const GH = 'ghp_' + 'Unop3n3dTunn3lT0k3nQwErTyUiOpAsDfGh';
const SENT = /the import was sent, so whether it took effect is unknown/;
const NOT_SENT = /nothing was written, so it still holds the credential it held before/;

/** A raw server on loopback: `connect200` answers the first bytes (a CONNECT) with 200, then nothing. */
async function silentServer(
  connect200: boolean,
): Promise<{ server: Server; url: string; seen: string[]; sockets: Socket[] }> {
  const seen: string[] = [];
  const sockets: Socket[] = [];
  const server = createServer((socket) => {
    sockets.push(socket);
    socket.on('error', () => undefined);
    socket.once('data', (head) => {
      seen.push(head.toString('latin1').split('\r\n')[0]!);
      if (connect200) socket.write('HTTP/1.1 200 Connection established\r\n\r\n');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `127.0.0.1:${(server.address() as AddressInfo).port}`, seen, sockets };
}

let silent: Awaited<ReturnType<typeof silentServer>>;
let opens: Awaited<ReturnType<typeof silentServer>>;
beforeAll(async () => {
  silent = await silentServer(false);
  opens = await silentServer(true);
});
afterAll(async () => {
  for (const s of [silent, opens]) {
    s.sockets.forEach((socket) => socket.destroy());
    await new Promise<void>((resolve) => s.server.close(() => resolve()));
  }
});

type Region = { region: string; status: string; detail?: string };

const CASES: [string, () => Record<string, string>][] = [
  [
    'a proxy that never answers CONNECT',
    () => ({
      AWS_ENDPOINT_URL: 'https://codebuild.unopened.invalid',
      HTTPS_PROXY: `http://${silent.url}`,
      NO_PROXY: '127.0.0.1',
    }),
  ],
  [
    'a proxy that answers CONNECT 200, then nothing (no TLS handshake)',
    () => ({
      AWS_ENDPOINT_URL: 'https://codebuild.unopened.invalid',
      HTTPS_PROXY: `http://${opens.url}`,
      NO_PROXY: '127.0.0.1',
    }),
  ],
  [
    'an endpoint that accepts the connection and never answers the TLS handshake',
    () => ({ AWS_ENDPOINT_URL: `https://${silent.url}` }),
  ],
];

describe.each(FRONTS)('%s: the run stops while an import has not reached CodeBuild', (front) => {
  test.each(CASES)(
    '%s: the region says nothing was written, never "sent"',
    async (_what, env) => {
      emu.get().github.addToken(GH, { scopes: ['repo'], login: 'octocat' });
      const r = await runFront(
        emu.get(),
        front,
        { 'server-type': 'github', token: GH, 'timeout-seconds': '5' },
        { env: env(), killAfterMs: 40_000 },
      );
      expect(r.signal ?? null).toBeNull();
      expect(r.code).toBe(1);
      const regions = (JSON.parse(r.report) as { regions: Region[] }).regions;
      expect(regions).toHaveLength(1);
      expect(regions[0]!.status).toBe('error');
      expect(regions[0]!.detail).toMatch(/ImportSourceCredentials in us-east-1/);
      expect(regions[0]!.detail).toMatch(NOT_SENT);
      expect(r.everything).not.toMatch(SENT);
      expect(emu.get().writeCalls()).toHaveLength(0);
    },
    60_000,
  );

  test('control: CodeBuild takes the import and never answers: "sent, so whether it took effect is unknown"', async () => {
    emu.get().github.addToken(GH, { scopes: ['repo'], login: 'octocat' });
    emu.get().faults.add({
      service: 'codebuild',
      operation: 'ImportSourceCredentials',
      kind: 'hang',
      count: Infinity,
    });
    const r = await runFront(
      emu.get(),
      front,
      { 'server-type': 'github', token: GH, 'timeout-seconds': '5' },
      { killAfterMs: 40_000 },
    );
    expect(r.code).toBe(1);
    const regions = (JSON.parse(r.report) as { regions: Region[] }).regions;
    expect(regions[0]!.detail).toMatch(SENT);
  }, 60_000);

  test('control: through a proxy whose tunnel opened, CodeBuild takes the import and never answers: "sent"', async () => {
    emu.get().github.addToken(GH, { scopes: ['repo'], login: 'octocat' });
    emu.get().faults.add({
      service: 'codebuild',
      operation: 'ImportSourceCredentials',
      kind: 'hang',
      count: Infinity,
    });
    const proxy: ForwardProxy = await startForwardProxy(emu.get().url);
    try {
      const r = await runFront(
        emu.get(),
        front,
        { 'server-type': 'github', token: GH, 'timeout-seconds': '5' },
        {
          env: {
            AWS_ENDPOINT_URL: 'https://aws.emulator.invalid',
            HTTPS_PROXY: proxy.url,
            NO_PROXY: '127.0.0.1',
            NODE_EXTRA_CA_CERTS: proxy.caFile,
          },
          killAfterMs: 40_000,
        },
      );
      expect(r.code).toBe(1);
      // The import went through the tunnel to CodeBuild, which took it and never answered.
      expect(proxy.requests.some((q) => q.via === 'tunnel' && q.host.startsWith('aws.'))).toBe(
        true,
      );
      const regions = (JSON.parse(r.report) as { regions: Region[] }).regions;
      expect(regions[0]!.detail).toMatch(SENT);
    } finally {
      await proxy.close();
    }
  }, 60_000);
});
