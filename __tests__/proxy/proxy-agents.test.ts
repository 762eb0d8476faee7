// The proxy agents (src/core/wire/proxy-agents.ts) for http:// calls, which go to the proxy in
// absolute form: a proxy's 407 fails the request with ProxyRefusedError for both of their
// callers, the core's httpFetch (GitHub, Bitbucket) and the AWS SDK's NodeHttpHandler; the
// socket it came on is not used again, so no part of it reaches a later request. Against a
// real HTTP proxy on loopback that answers as each test scripts it.
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { CodeBuildClient, ListSourceCredentialsCommand } from '@aws-sdk/client-codebuild';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { httpFetch } from '../../src/core/wire/http.js';
import { networkFailure } from '../../src/core/wire/network-errors.js';
import { ProxyRefusedError, proxySettings, type NetworkAgents } from '../../src/core/wire/proxy.js';
import { routingAgents } from '../../src/core/wire/proxy-agents.js';

type Answer = (res: ServerResponse) => void;

const refuse407: Answer = (res) =>
  // With a body and keep-alive: a reused socket would hand the rest to the next request.
  res
    .writeHead(407, 'Proxy Authentication Required', {
      'proxy-authenticate': 'Basic realm="proxy"',
      connection: 'keep-alive',
      'content-type': 'text/html',
    })
    .end('<html>407 from the proxy</html>');

let server: Server;
let proxyUrl = '';
/** What the proxy answers next; a 200 naming the request when the script is empty. */
const script: Answer[] = [];
/** Each request the proxy got: its request line's target and the connection it came on. */
const seen: Array<{ url: string; connection: number }> = [];
const connectionIds = new WeakMap<Socket, number>();
let agents: NetworkAgents;

beforeAll(async () => {
  let connections = 0;
  server = createServer({ keepAlive: true }, (req, res) => {
    seen.push({ url: req.url ?? '', connection: connectionIds.get(req.socket) ?? 0 });
    req.resume();
    req.on('end', () => {
      const answer =
        script.shift() ??
        ((r: ServerResponse) =>
          r
            .writeHead(200, { 'content-type': 'application/json' })
            .end(JSON.stringify({ answered: req.url })));
      answer(res);
    });
  });
  server.on('connection', (socket: Socket) => connectionIds.set(socket, ++connections));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  proxyUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(() => {
  agents?.httpAgent.destroy();
  agents?.httpsAgent.destroy();
  script.length = 0;
  seen.length = 0;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

function useAgents(): NetworkAgents {
  agents = routingAgents(proxySettings({ HTTP_PROXY: proxyUrl })!);
  return agents;
}

describe('httpFetch (GitHub, Bitbucket) through HTTP_PROXY', () => {
  test("a 407 fails the request naming the proxy; the answers before and after are each request's own", async () => {
    const { httpAgent: agent } = useAgents();
    const get = (path: string) => httpFetch(`http://svc.proxied.test${path}`, { agent });

    const first = await get('/first');
    expect(await first.json()).toEqual({ answered: 'http://svc.proxied.test/first' });

    script.push(refuse407);
    const refused = await get('/second').then(
      (r) => ({ answered: r.status }),
      (e: Error) => e,
    );
    expect(refused).toBeInstanceOf(TypeError);
    const cause = (refused as Error).cause;
    expect(cause).toBeInstanceOf(ProxyRefusedError);
    // The status text is the proxy's (outside text, sealed by outside.ts).
    expect((cause as Error).message).toContain(
      `the proxy ${proxyUrl} (HTTP_PROXY) refused the connection to svc.proxied.test:80: 407 `,
    );
    expect((cause as Error).message).toContain('Proxy Authentication Required');
    expect(networkFailure(refused)?.kind).toBe('proxy-refused');

    const third = await get('/third');
    expect(third.status).toBe(200);
    expect(await third.json()).toEqual({ answered: 'http://svc.proxied.test/third' });

    // Absolute form every time; kept alive between the first two, a new connection after the 407.
    expect(seen.map((s) => s.url)).toEqual([
      'http://svc.proxied.test/first',
      'http://svc.proxied.test/second',
      'http://svc.proxied.test/third',
    ]);
    const [one, two, three] = seen.map((s) => s.connection);
    expect(two).toBe(one);
    expect(three).not.toBe(two);
  });

  test("a 403 or 502 reaches the caller as an answer: over absolute form it may be the server's own", async () => {
    const { httpAgent: agent } = useAgents();
    for (const status of [403, 502]) {
      script.push((res) => res.writeHead(status).end('no'));
      const answer = await httpFetch('http://svc.proxied.test/x', { agent });
      expect(answer.status).toBe(status);
    }
  });

  test("a direct request (loopback) is not the proxy's: its 407 is the server's answer", async () => {
    const { httpAgent: agent } = useAgents();
    script.push(refuse407);
    // Loopback bypasses the proxy: the request reaches the same server, in origin form.
    const direct = await httpFetch(`${proxyUrl}/plain`, { agent });
    expect(seen.map((s) => s.url)).toEqual(['/plain']);
    expect(direct.status).toBe(407);
  });
});

describe("the AWS SDK's NodeHttpHandler through HTTP_PROXY", () => {
  const client = (a: NetworkAgents) =>
    new CodeBuildClient({
      region: 'us-east-1',
      endpoint: 'http://codebuild.proxied.test',
      credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'example-secret-access-key' },
      maxAttempts: 1,
      requestHandler: new NodeHttpHandler({ httpAgent: a.httpAgent, httpsAgent: a.httpsAgent }),
    });

  test('a 407 fails the call with ProxyRefusedError, not an AWS error; the next call is answered', async () => {
    const codebuild = client(useAgents());
    script.push(refuse407);
    const refused = await codebuild.send(new ListSourceCredentialsCommand({})).catch((e) => e);
    expect(refused).toBeInstanceOf(ProxyRefusedError);
    expect(networkFailure(refused)?.kind).toBe('proxy-refused');
    expect((refused as ProxyRefusedError).status).toBe(407);
    expect((refused as Error).message).toMatch(
      /refused the connection to codebuild\.proxied\.test:80: 407/,
    );

    script.push((res) =>
      res
        .writeHead(200, { 'content-type': 'application/x-amz-json-1.1' })
        .end(JSON.stringify({ sourceCredentialsInfos: [] })),
    );
    const listed = await codebuild.send(new ListSourceCredentialsCommand({}));
    expect(listed.sourceCredentialsInfos).toEqual([]);
    expect(seen.map((s) => s.url)).toEqual([
      'http://codebuild.proxied.test/',
      'http://codebuild.proxied.test/',
    ]);
    expect(seen[1].connection).not.toBe(seen[0].connection);
  });
});
