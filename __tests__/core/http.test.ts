// httpFetch (node:http in place of Node's fetch for the GitHub and Bitbucket calls)
// against real local HTTP servers: what the providers and Octokit read must
// behave as fetch does.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { httpFetch } from '../../src/core/wire/http.js';

const seen: Array<{ url: string; method: string; headers: IncomingHttpHeaders; body: string }> = [];
let server: Server;
let other: Server;
let base = '';
let otherBase = '';

function listen(s: Server): Promise<string> {
  return new Promise((resolve) =>
    s.listen(0, '127.0.0.1', () =>
      resolve(`http://127.0.0.1:${(s.address() as AddressInfo).port}`),
    ),
  );
}

function handler(
  req: import('node:http').IncomingMessage,
  res: import('node:http').ServerResponse,
) {
  let body = '';
  req.on('data', (d) => (body += d));
  req.on('end', () => {
    seen.push({ url: req.url ?? '', method: req.method ?? '', headers: req.headers, body });
    const path = req.url ?? '/';
    if (path === '/json') {
      res.setHeader('set-cookie', ['a=1', 'b=2']);
      res.setHeader('X-OAuth-Scopes', 'repo, workflow');
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ login: 'octocat' }));
      return;
    }
    if (path === '/moved') {
      res.writeHead(301, { location: '/json' });
      res.end();
      return;
    }
    if (path === '/elsewhere') {
      res.writeHead(307, { location: `${otherBase}/json` });
      res.end();
      return;
    }
    if (path === '/see-other') {
      res.writeHead(303, { location: '/json' });
      res.end();
      return;
    }
    if (path === '/slow') {
      setTimeout(() => res.end('late'), 2000);
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('no such thing');
  });
}

beforeAll(async () => {
  server = createServer(handler);
  other = createServer(handler);
  base = await listen(server);
  otherBase = await listen(other);
});
afterAll(async () => {
  server.closeAllConnections();
  other.closeAllConnections();
  await Promise.all([server, other].map((s) => new Promise((r) => s.close(r))));
});

describe('httpFetch', () => {
  test('status, headers (lower-cased, repeated ones joined) and body, as fetch gives them', async () => {
    const r = await httpFetch(`${base}/json`, { headers: { Accept: 'application/json' } });
    expect(r.status).toBe(200);
    expect(r.ok).toBe(true);
    expect(r.headers.get('X-OAuth-Scopes')).toBe('repo, workflow');
    expect(r.headers.get('set-cookie')).toBe('a=1, b=2');
    expect(r.headers.get('absent')).toBeNull();
    expect(Object.fromEntries(r.headers)['content-type']).toBe('application/json');
    expect(await r.json()).toEqual({ login: 'octocat' });
    expect(seen.at(-1)?.headers.accept).toBe('application/json');
  });

  test('a 404 is a response, not an error', async () => {
    const r = await httpFetch(`${base}/nothing`);
    expect(r.status).toBe(404);
    expect(r.ok).toBe(false);
    expect(await r.text()).toBe('no such thing');
  });

  test('follows redirects on one origin; refuses one that would take Authorization elsewhere', async () => {
    const same = await httpFetch(`${base}/moved`, { headers: { Authorization: 'Bearer x' } });
    expect(same.status).toBe(200);
    expect(same.redirected).toBe(true);
    expect(same.url).toBe(`${base}/json`);
    expect(seen.at(-1)?.headers.authorization).toBe('Bearer x');

    const before = seen.length;
    const away = httpFetch(`${base}/elsewhere`, { headers: { Authorization: 'Bearer x' } });
    await expect(away).rejects.toMatchObject({
      message: 'fetch failed',
      cause: { code: 'ORIGIN_REFUSED', message: expect.stringContaining(otherBase) },
    });
    // Only the first request, to the API's origin: nothing reached the other one.
    expect(seen.slice(before).map((r) => r.url)).toEqual(['/elsewhere']);
    // Without a credential, a redirect elsewhere is followed as fetch does.
    const plain = await httpFetch(`${base}/elsewhere`);
    expect(plain.url).toBe(`${otherBase}/json`);
  });

  test('a 303 after a POST becomes a GET without the body', async () => {
    const r = await httpFetch(`${base}/see-other`, {
      method: 'POST',
      body: '{"a":1}',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(r.status).toBe(200);
    expect(seen.at(-2)).toMatchObject({ method: 'POST', body: '{"a":1}' });
    expect(seen.at(-1)).toMatchObject({ method: 'GET', body: '' });
  });

  test('a network failure rejects like fetch: TypeError "fetch failed" with the cause', async () => {
    const closed = createServer();
    const url = await listen(closed);
    await new Promise((r) => closed.close(r));
    const error = (await httpFetch(`${url}/x`).catch((e: unknown) => e)) as TypeError;
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toBe('fetch failed');
    expect((error.cause as NodeJS.ErrnoException).code).toBe('ECONNREFUSED');
  });

  test("an abort rejects with the signal's reason", async () => {
    const error = (await httpFetch(`${base}/slow`, { signal: AbortSignal.timeout(50) }).catch(
      (e: unknown) => e,
    )) as Error;
    expect(error.name).toBe('TimeoutError');
  });
});
