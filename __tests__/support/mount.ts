import { request, createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Mount {
  /** Where the API now answers, e.g. `http://127.0.0.1:PORT` (no path). */
  url: string;
  close(): Promise<void>;
}

/**
 * A plain reverse proxy on loopback that serves `target` (an API base such as the
 * emulator's `/bitbucket/2.0`) at its own root: what an emulator or gateway that
 * serves a provider's API at another path looks like. Requests, answers and headers
 * pass through unchanged; only the path gains the target's prefix.
 */
export async function mountAtRoot(target: string): Promise<Mount> {
  const base = new URL(target);
  const prefix = base.pathname.replace(/\/+$/, '');
  const server: Server = createServer((req, res) => {
    const upstream = request(
      {
        host: base.hostname,
        port: base.port,
        method: req.method,
        path: `${prefix}${req.url ?? '/'}`,
        headers: { ...req.headers, host: base.host },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => {
      res.writeHead(502).end();
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
