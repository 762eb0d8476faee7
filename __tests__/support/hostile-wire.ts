// A hostile HTTP server on loopback: it answers every request the same wrong way, written
// byte by byte on a raw socket so that it can send what no HTTP library would (an endless
// body, too many headers). Point an API URL or AWS_ENDPOINT_URL_<SERVICE> at it.
import { afterAll, beforeAll } from '@jest/globals';
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';

export type HostileAnswer =
  /** 200, chunked, and the body never ends (a JSON string that keeps going). */
  | 'endless'
  /** 200, a JSON array nested 5 million levels deep (10 MB). */
  | 'deep'
  /** 200 with 2,000 headers (about 60 KiB of them). */
  | 'headers'
  /** 200, chunked, then one byte of body every 300 ms, for ever: a socket never idle long. */
  | 'trickle';

export interface HostileServer {
  url: string;
  /** What the next requests get. */
  answer: HostileAnswer;
  /** Requests received since the start. */
  requests: number;
  /** The head (request line and headers) of each request received, in order. */
  heads: string[];
}

const HEAD = [
  'HTTP/1.1 200 OK',
  'Content-Type: application/json',
  // Enough of GitHub's, Bitbucket's and AWS's own headers that the answer looks like theirs.
  'X-GitHub-Request-Id: 0000:0000:0000',
  'X-OAuth-Scopes: repo',
  'x-request-id: 0000',
  'x-amzn-RequestId: 00000000-0000-0000-0000-000000000000',
];

function answer(socket: Socket, kind: HostileAnswer): void {
  socket.on('error', () => {});
  if (kind === 'headers') {
    const pad = Array.from({ length: 2000 }, (_, i) => `X-Pad-${i}: ${'p'.repeat(20)}`);
    socket.end(`${[...HEAD, ...pad, 'Content-Length: 2'].join('\r\n')}\r\n\r\n{}`);
    return;
  }
  if (kind === 'deep') {
    const depth = 5_000_000;
    const body = `${'['.repeat(depth)}${']'.repeat(depth)}`;
    socket.end(`${[...HEAD, `Content-Length: ${body.length}`].join('\r\n')}\r\n\r\n${body}`);
    return;
  }
  if (kind === 'trickle') {
    socket.write(`${[...HEAD, 'Transfer-Encoding: chunked'].join('\r\n')}\r\n\r\n`);
    const drip = setInterval(() => {
      if (socket.destroyed) clearInterval(drip);
      else socket.write('1\r\n \r\n');
    }, 300);
    socket.on('close', () => clearInterval(drip));
    return;
  }
  // Endless: chunks of 64 KiB for as long as the client reads.
  socket.write(`${[...HEAD, 'Transfer-Encoding: chunked'].join('\r\n')}\r\n\r\n`);
  const chunked = (data: string) => `${data.length.toString(16)}\r\n${data}\r\n`;
  const chunk = chunked('a'.repeat(64 * 1024));
  socket.write(chunked('{"login": "octo'));
  const pump = () => {
    while (!socket.destroyed && socket.write(chunk));
  };
  socket.on('drain', pump);
  pump();
}

/** Starts one hostile server for a test file. */
export function useHostileServer(): { get: () => HostileServer } {
  let server: Server | undefined;
  let state: HostileServer | undefined;
  const sockets = new Set<Socket>();
  beforeAll(async () => {
    server = createServer((socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      // Answer once the request's head has arrived.
      let head = '';
      socket.on('data', (d) => {
        if (head.includes('\r\n\r\n')) return;
        head += d.toString('latin1');
        if (head.includes('\r\n\r\n')) {
          state!.requests++;
          state!.heads.push(head.slice(0, head.indexOf('\r\n\r\n')));
          answer(socket, state!.answer);
        }
      });
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    state = { url: `http://127.0.0.1:${port}`, answer: 'endless', requests: 0, heads: [] };
  });
  afterAll(async () => {
    sockets.forEach((s) => s.destroy());
    await new Promise((resolve) => server?.close(resolve));
  });
  return {
    get: () => {
      if (!state) throw new Error('hostile server not started');
      return state;
    },
  };
}
