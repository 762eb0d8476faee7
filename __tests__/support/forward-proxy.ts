// A real forward proxy for tests, on loopback: absolute-form requests for http:// and
// CONNECT tunnels for https://, which it intercepts with its own certificate authority
// (as a corporate TLS-inspecting proxy does). It resolves the names under `.emulator.invalid`
// itself, to the emulator: those names resolve nowhere else, so a call that does not go
// through the proxy cannot reach the emulator. Every request it forwards is recorded.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import {
  createServer,
  request,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TLSSocket, createSecureContext } from 'node:tls';

/** The names the proxy resolves to the emulator; nothing else resolves them. */
export const PROXIED_DOMAIN = 'emulator.invalid';

export interface ProxiedRequest {
  /** `absolute` (http:// through the proxy) or `tunnel` (inside a CONNECT, https://). */
  via: 'absolute' | 'tunnel';
  host: string;
  method: string;
  path: string;
}

export interface ForwardProxy {
  /** `http://127.0.0.1:PORT`, or with `user:password@` when the proxy requires them. */
  url: string;
  /** Requests forwarded to the emulator. */
  requests: ProxiedRequest[];
  /** CONNECT requests (host:port), whether allowed or not. */
  connects: string[];
  /** Requests refused: not for the emulator, or without the proxy's credentials. */
  refused: string[];
  /** The proxy's CA certificate (PEM file): NODE_EXTRA_CA_CERTS for the client. */
  caFile: string;
  reset(): void;
  close(): Promise<void>;
}

let made: { caFile: string; key: string; cert: string } | undefined;

/** Certificates made once per test file: a CA, and a server certificate for *.emulator.invalid it signs. */
function makeCertificates(): { caFile: string; key: string; cert: string } {
  if (made) return made;
  const dir = mkdtempSync(join(tmpdir(), 'cbcs-proxy-ca-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  const ssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'ignore' });
  ssl(
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=Test proxy CA',
    '-keyout', 'ca.key', '-out', 'ca.pem',
    '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign',
  ); // prettier-ignore
  ssl('req', '-newkey', 'rsa:2048', '-nodes', '-subj', `/CN=*.${PROXIED_DOMAIN}`, '-keyout', 'server.key', '-out', 'server.csr'); // prettier-ignore
  writeFileSync(
    join(dir, 'ext.cnf'),
    `subjectAltName=DNS:*.${PROXIED_DOMAIN},DNS:${PROXIED_DOMAIN}\nextendedKeyUsage=serverAuth\n`,
  );
  ssl(
    'x509', '-req', '-in', 'server.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial',
    '-days', '2', '-out', 'server.pem', '-extfile', 'ext.cnf',
  ); // prettier-ignore
  return (made = {
    caFile: join(dir, 'ca.pem'),
    key: readFileSync(join(dir, 'server.key'), 'utf8'),
    cert: readFileSync(join(dir, 'server.pem'), 'utf8'),
  });
}

/**
 * Starts the proxy in front of `emulatorUrl` (`http://127.0.0.1:PORT`). With `credentials`,
 * every request must carry them as Proxy-Authorization (else 407).
 */
export async function startForwardProxy(
  emulatorUrl: string,
  options: {
    credentials?: { username: string; password: string };
    /** Hosts the proxy's policy forbids: CONNECT to them is answered 403 Forbidden. */
    deny?: string[];
  } = {},
): Promise<ForwardProxy> {
  const emulator = new URL(emulatorUrl);
  const { caFile, key, cert } = makeCertificates();
  const context = createSecureContext({ key, cert });
  const requests: ProxiedRequest[] = [];
  const connects: string[] = [];
  const refused: string[] = [];
  const expectedAuth = options.credentials
    ? `Basic ${Buffer.from(`${options.credentials.username}:${options.credentials.password}`).toString('base64')}`
    : undefined;
  // Its names, and the emulator's own loopback address in any form.
  const ours = (host: string) =>
    host === PROXIED_DOMAIN ||
    host.endsWith(`.${PROXIED_DOMAIN}`) ||
    ['127.0.0.1', '[::ffff:7f00:1]'].includes(host);

  /** Sends a request on to the emulator, as the proxy's own name resolution would. */
  const forward = (req: IncomingMessage, res: ServerResponse, path: string) => {
    const upstream = request(
      {
        host: emulator.hostname,
        port: emulator.port,
        method: req.method,
        path,
        // The Host header stays the name asked for: AWS signs it.
        headers: req.headers,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  };

  // Inside a CONNECT tunnel, once TLS is terminated: origin-form requests.
  const inner = createServer((req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    requests.push({ via: 'tunnel', host, method: req.method ?? '', path: req.url ?? '' });
    forward(req, res, req.url ?? '/');
  });

  const server: Server = createServer((req, res) => {
    // http:// through a proxy is sent in absolute form: GET http://host/path.
    let target: URL;
    try {
      target = new URL(req.url ?? '');
    } catch {
      refused.push(`${req.method} ${req.url} (not absolute-form)`);
      res.writeHead(400).end('This is a proxy: send absolute-form requests.');
      return;
    }
    if (expectedAuth && req.headers['proxy-authorization'] !== expectedAuth) {
      refused.push(`${req.method} ${target.host} (no proxy credentials)`);
      res.writeHead(407, { 'proxy-authenticate': 'Basic realm="proxy"' }).end();
      return;
    }
    if (!ours(target.hostname)) {
      refused.push(`${req.method} ${target.host}`);
      res.writeHead(502).end(`The proxy cannot reach ${target.host}.`);
      return;
    }
    requests.push({
      via: 'absolute',
      host: target.hostname,
      method: req.method ?? '',
      path: `${target.pathname}${target.search}`,
    });
    forward(req, res, `${target.pathname}${target.search}`);
  });

  server.on('connect', (req: IncomingMessage, socket: Socket, head: Buffer) => {
    const target = req.url ?? '';
    connects.push(target);
    const host = target.replace(/:\d+$/, '');
    if (expectedAuth && req.headers['proxy-authorization'] !== expectedAuth) {
      refused.push(`CONNECT ${target} (no proxy credentials)`);
      socket.end(
        'HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="proxy"\r\nContent-Length: 0\r\n\r\n',
      );
      return;
    }
    if (options.deny?.includes(host)) {
      refused.push(`CONNECT ${target} (denied)`);
      socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    if (!ours(host)) {
      refused.push(`CONNECT ${target}`);
      socket.end('HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    if (head.length) socket.unshift(head);
    // Intercept: TLS with the proxy's own certificate for the name, then plain HTTP inside.
    const tls = new TLSSocket(socket, { isServer: true, secureContext: context });
    tls.on('error', () => socket.destroy());
    inner.emit('connection', tls);
  });

  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const auth = options.credentials
    ? `${encodeURIComponent(options.credentials.username)}:${encodeURIComponent(options.credentials.password)}@`
    : '';
  return {
    url: `http://${auth}127.0.0.1:${port}`,
    requests,
    connects,
    refused,
    caFile,
    reset() {
      requests.length = 0;
      connects.length = 0;
      refused.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        inner.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
