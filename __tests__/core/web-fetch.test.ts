// boundedWebFetch: another library's fetch (undici, as @actions/github's) held to the core's
// rules, over real sockets: a local server, the emulator, a real forward proxy.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fetch as undiciFetch, ProxyAgent } from 'undici';
import { startEmulator, type Emulator } from '../../emulator/index.js';
import { networkFailure } from '../../src/core/wire/network-errors.js';
import { boundedWebFetch } from '../../src/core/wire/web-fetch.js';
import { startForwardProxy, type ForwardProxy } from '../support/forward-proxy.js';

const limits = { callTimeoutMs: 1_000, connectTimeoutMs: 1_000 };
let emu: Emulator;
let big: Server;
let bigUrl: string;
let proxy: ForwardProxy;

beforeAll(async () => {
  emu = await startEmulator();
  proxy = await startForwardProxy(emu.url, { credentials: { username: 'u', password: 'p' } });
  // An answer of 2 MiB, more than any answer of GitHub's the drift issue reads.
  big = createServer((_req, res) => res.end(Buffer.alloc(2 * 1024 * 1024, 'a')));
  await new Promise<void>((resolve) => big.listen(0, '127.0.0.1', resolve));
  bigUrl = `http://127.0.0.1:${(big.address() as AddressInfo).port}/`;
});
afterAll(async () => {
  await emu.stop();
  await proxy.close();
  await new Promise((resolve) => big.close(resolve));
});

/** What the call failed with, as network-errors.ts names it. */
async function failure(call: Promise<unknown>) {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeDefined();
  return { error: error as Error, named: networkFailure(error) };
}

describe('boundedWebFetch', () => {
  test('a credential is never sent over plain http off this machine', async () => {
    const { named } = await failure(
      boundedWebFetch(
        fetch,
        limits,
        'GitHub',
      )('http://github.example/repos', {
        headers: { authorization: 'token abc' },
      }),
    );
    expect(named).toMatchObject({ kind: 'clear-text' });
    expect(named?.detail).toMatch(/use https:\/\/github\.example\/repos/);
  });

  test('the origin rule holds for a credential in any shape: a Request, a Headers, pairs, a record', async () => {
    // A catcher on another origin records every request that reaches it.
    const caught: Array<string | undefined> = [];
    const catcher = createServer((req, res) => {
      caught.push(req.headers.authorization);
      res.end('{}');
    });
    await new Promise<void>((resolve) => catcher.listen(0, '127.0.0.1', resolve));
    const elsewhere = `http://127.0.0.1:${(catcher.address() as AddressInfo).port}/user`;
    const guarded = boundedWebFetch(fetch, limits, 'GitHub', new URL(emu.url).origin);
    const auth = 'token ghp_OriginRuleInAnyShape0123456789abcd';
    try {
      for (const call of [
        () => guarded(new Request(elsewhere, { headers: { Authorization: auth } })),
        () => guarded(new Request(elsewhere, { headers: new Headers({ authorization: auth }) })),
        () => guarded(elsewhere, { headers: new Headers({ Authorization: auth }) }),
        () => guarded(elsewhere, { headers: [['AUTHORIZATION', auth]] }),
        () => guarded(elsewhere, { headers: { authorization: auth } }),
        () => guarded(new URL(elsewhere), { headers: { authorization: auth } }),
      ]) {
        const { named } = await failure(call());
        expect(named?.detail ?? '').toMatch(/another origin|not sent/);
      }
      expect(caught).toEqual([]);
      // Without a credential, the same call goes through: the rule is about the credential.
      const open = await guarded(new Request(elsewhere));
      expect(open.status).toBe(200);
      expect(caught).toEqual([undefined]);
    } finally {
      await new Promise((resolve) => catcher.close(resolve));
    }
  });

  test('an answer past 1 MiB is abandoned and named', async () => {
    const { named } = await failure(boundedWebFetch(fetch, limits, 'GitHub')(bigUrl));
    expect(named).toMatchObject({ kind: 'bad-answer', code: 'ANSWER_TOO_LARGE' });
  });

  test('an answer that never comes ends at the attempt time limit, as a failure on the wire', async () => {
    emu.faults.add({ service: 'github', kind: 'hang' });
    const started = Date.now();
    const { error, named } = await failure(
      boundedWebFetch(fetch, limits, 'GitHub')(`${emu.url}/github/user`),
    );
    // Not an AbortError: Octokit makes it a RequestError, which plugin-retry may repeat.
    expect(error.name).toBe('TypeError');
    expect(named).toMatchObject({ kind: 'timeout' });
    expect(Date.now() - started).toBeLessThan(8_000);
  });

  test("a call stopped with the run is an AbortError (never repeated), with the run's reason", async () => {
    emu.faults.add({ service: 'github', kind: 'hang' });
    const run = new AbortController();
    setTimeout(() => run.abort(new Error('the run stopped')), 100);
    const { error } = await failure(
      boundedWebFetch(fetch, { ...limits, signal: run.signal }, 'GitHub')(`${emu.url}/github/user`),
    );
    expect(error.name).toBe('AbortError');
    expect((error.cause as Error).message).toBe('the run stopped');
  });

  test("a proxy's refused tunnel is the proxy's (undici's words), not the server's", async () => {
    const saved = process.env.HTTPS_PROXY;
    process.env.HTTPS_PROXY = proxy.url.replace(/\/\/[^@]*@/, '//');
    const dispatcher = new ProxyAgent(process.env.HTTPS_PROXY);
    try {
      const viaProxy: typeof fetch = (input, init) =>
        undiciFetch(input as string, { ...(init as object), dispatcher }) as never;
      const { named } = await failure(
        boundedWebFetch(viaProxy, limits, 'GitHub')('https://github.emulator.invalid/github/user'),
      );
      expect(named).toMatchObject({ kind: 'proxy-refused' });
      expect(named?.detail).toMatch(
        /the proxy http:\/\/127\.0\.0\.1:\d+ \(HTTPS_PROXY\) refused the connection to github\.emulator\.invalid:443: 407/,
      );
    } finally {
      await dispatcher.destroy();
      if (saved === undefined) delete process.env.HTTPS_PROXY;
      else process.env.HTTPS_PROXY = saved;
    }
  });
});
