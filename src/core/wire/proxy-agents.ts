// The agents that send calls through a proxy: CONNECT tunnels for https:// (https-proxy-agent),
// absolute-form requests for http:// (http-proxy-agent), and direct connections for the hosts
// NO_PROXY exempts. Loaded (by run.ts) only when a proxy is set.
import { Agent as HttpAgent, type ClientRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import { connect as netConnect, isIP, isIPv6, type Socket } from 'node:net';
import { connect as tlsConnect, type ConnectionOptions } from 'node:tls';
import { HttpProxyAgent } from 'http-proxy-agent';
import { HttpsProxyAgent } from 'https-proxy-agent';
import {
  ProxyRefusedError,
  describeProxy,
  proxyFor,
  type NetworkAgents,
  type ProxySettings,
  type ProxyUrl,
} from './proxy.js';
import { WireError } from './wire.js';

/**
 * As many sockets per endpoint as the CodeBuild pool without a proxy (codebuild.ts), kept
 * alive: the accounts of a region reuse one tunnel per socket.
 */
const POOL = { keepAlive: true, maxSockets: 128 };

/** The most a proxy's answer to CONNECT may hold before the end of its head (Node's limit for an answer's head). */
export const MAX_CONNECT_HEAD = 16 * 1024;

/**
 * The tunnel to an https:// endpoint through the proxy: CONNECT, then TLS over it, as
 * https-proxy-agent does, with two rules of ours. The proxy's answer must end its head within
 * MAX_CONNECT_HEAD (https-proxy-agent gathers it without a bound, copying it whole at every
 * chunk: an endless answer filled memory and the CPU past every limit), and a request given up
 * (its attempt's time, the run's end) ends the tunnel being made for it, which would otherwise
 * go on reading. A refusal (407, 403, 502) fails the request with an error naming the proxy
 * (ProxyRefusedError), never handed to it as the server's answer.
 */
class TunnelAgent extends HttpsProxyAgent<string> {
  constructor(private readonly proxyUrl: ProxyUrl) {
    super(proxyUrl.url, POOL);
  }

  async connect(...[request, options]: Parameters<HttpsProxyAgent<string>['connect']>) {
    const proxy = this.proxy;
    const socket: Socket =
      proxy.protocol === 'https:'
        ? tlsConnect({
            ...this.connectOpts,
            ...(isIP(this.connectOpts.host ?? '') ? {} : { servername: this.connectOpts.host }),
          })
        : netConnect(this.connectOpts);
    const host = isIPv6(options.host ?? '') ? `[${options.host}]` : options.host;
    const target = `${host}:${options.port}`;
    const headers: Record<string, string> = {
      Host: target,
      'Proxy-Connection': this.keepAlive ? 'Keep-Alive' : 'close',
    };
    if (proxy.username || proxy.password) {
      const pair = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`;
      headers['Proxy-Authorization'] = `Basic ${Buffer.from(pair).toString('base64')}`;
    }
    const abandon = () => socket.destroy();
    request.once('close', abandon);
    let answer: ConnectAnswer;
    try {
      answer = await connectAnswer(socket, this.proxyUrl, target);
    } catch (error) {
      socket.destroy();
      throw error;
    } finally {
      request.off('close', abandon);
    }
    request.emit('proxyConnect', answer);
    if (answer.statusCode !== 200) {
      socket.destroy();
      throw new ProxyRefusedError(this.proxyUrl, target, answer.statusCode, answer.statusText);
    }
    request.once('socket', (s: Socket) => s.resume());
    // The request's options but where to connect: the tunnel is the connection.
    const tlsOptions: ConnectionOptions & { path?: string } = { ...options };
    delete tlsOptions.host;
    delete tlsOptions.path;
    delete tlsOptions.port;
    const servername =
      tlsOptions.servername ?? (isIP(options.host ?? '') ? undefined : options.host);
    return tlsConnect({ ...tlsOptions, ...(servername ? { servername } : {}), socket });

    /** Writes the CONNECT once the answer is being listened for. */
    function connectAnswer(s: Socket, proxyUrl: ProxyUrl, to: string): Promise<ConnectAnswer> {
      const lines = [
        `CONNECT ${to} HTTP/1.1`,
        ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
      ];
      const heard = readConnectAnswer(s, proxyUrl, to);
      s.write(`${lines.join('\r\n')}\r\n\r\n`);
      return heard;
    }
  }
}

interface ConnectAnswer {
  statusCode: number;
  statusText: string;
}

/** The proxy's answer to CONNECT: its status line, once its head has ended, within MAX_CONNECT_HEAD. */
function readConnectAnswer(
  socket: Socket,
  proxy: ProxyUrl,
  target: string,
): Promise<ConnectAnswer> {
  return new Promise((resolve, reject) => {
    let head = Buffer.alloc(0);
    const done = (error?: Error, answer?: ConnectAnswer) => {
      socket.off('data', onData);
      socket.off('end', onEnd);
      socket.off('error', onError);
      if (error) reject(error);
      else resolve(answer!);
    };
    const onError = (error: Error) => done(error);
    const onEnd = () =>
      done(
        Object.assign(
          new Error(
            `the proxy ${describeProxy(proxy)} closed the connection before it answered CONNECT to ${target}`,
          ),
          {
            code: 'ECONNRESET',
          },
        ),
      );
    const onData = (chunk: Buffer) => {
      head = Buffer.concat([head, chunk]);
      const end = head.indexOf('\r\n\r\n');
      if (end < 0) {
        if (head.length > MAX_CONNECT_HEAD)
          done(
            new WireError(
              `the proxy ${describeProxy(proxy)} answered CONNECT to ${target} with more than ${MAX_CONNECT_HEAD / 1024} KiB before the end of its headers, which no proxy's answer has: the proxy is at fault`,
              'ANSWER_MALFORMED',
            ),
          );
        return;
      }
      socket.pause();
      const rest = head.subarray(end + 4);
      if (rest.length) socket.unshift(rest);
      const status = /^HTTP\/1\.[01] (\d{3})(?: (.*))?$/.exec(
        head.subarray(0, head.indexOf('\r\n')).toString('latin1'),
      );
      if (!status)
        return done(
          new WireError(
            `the proxy ${describeProxy(proxy)} answered CONNECT to ${target} with something that is not HTTP: the proxy is at fault`,
            'ANSWER_MALFORMED',
          ),
        );
      done(undefined, { statusCode: Number(status[1]), statusText: status[2] ?? '' });
    };
    socket.on('data', onData);
    socket.once('end', onEnd);
    socket.once('error', onError);
  });
}

/** The agent's request hand-off, which Node calls as a request is made (not in @types/node). */
interface AddRequest {
  addRequest(request: ClientRequest, options: object): void;
}

/**
 * Picks, for each request, the proxy's agent or a direct one, by its host (proxyFor). It
 * hands the request over at once, before its headers are written, so that the http proxy's
 * agent can put the absolute URL in the request line even on a kept-alive socket.
 */
class RoutingAgent extends HttpAgent {
  private readonly proxied: HttpAgent | undefined;
  private readonly proxy: ProxyUrl | undefined;

  constructor(
    private readonly settings: ProxySettings,
    private readonly secure: boolean,
    private readonly direct: HttpAgent,
  ) {
    super(POOL);
    const proxy = (this.proxy = secure ? settings.https : settings.http);
    this.proxied =
      proxy && (secure ? new TunnelAgent(proxy) : new HttpProxyAgent<string>(proxy.url, POOL));
  }

  addRequest(request: ClientRequest, options: { host?: string | null; port?: number | string }) {
    const host = options.host ?? '';
    const target = {
      protocol: this.secure ? 'https:' : 'http:',
      // As URL.hostname spells it (NO_PROXY's entries do): an IPv6 address in brackets.
      hostname: isIPv6(host) ? `[${host}]` : host,
      port: options.port,
    };
    const agent = this.proxied && proxyFor(this.settings, target) ? this.proxied : this.direct;
    if (agent === this.proxied && this.proxy && !this.secure)
      refuseOn407(request, this.proxy, `${target.hostname}:${options.port}`);
    (agent as unknown as AddRequest).addRequest(request, {
      ...options,
      secureEndpoint: this.secure,
    });
  }

  destroy(): void {
    this.proxied?.destroy();
    this.direct.destroy();
    super.destroy();
  }
}

/**
 * A request sent to the proxy in absolute form (http://) gets the proxy's refusal as its
 * answer, which the caller would take for the server's. 407 is only ever a proxy's: it fails
 * the request with ProxyRefusedError, as a refused CONNECT does, and its socket is dropped
 * (never reused for a later request). A 403 or 502 here may be the server's own answer
 * relayed by the proxy, which cannot be told apart: those reach the caller as they are.
 */
function refuseOn407(request: ClientRequest, proxy: ProxyUrl, target: string): void {
  const emit = request.emit;
  request.emit = function (this: ClientRequest, event: string | symbol, ...args: unknown[]) {
    const answer = args[0] as IncomingMessage;
    if (event !== 'response' || answer.statusCode !== 407)
      return emit.apply(this, [event, ...args]);
    request.emit = emit;
    // The answer is dumped and the socket destroyed; the request fails with this error.
    request.destroy(new ProxyRefusedError(proxy, target, 407, answer.statusMessage ?? ''));
    return true;
  } as ClientRequest['emit'];
}

export function routingAgents(settings: ProxySettings): NetworkAgents {
  return {
    httpAgent: new RoutingAgent(settings, false, new HttpAgent(POOL)),
    // https.request takes any agent whose protocol is https:.
    httpsAgent: Object.assign(new RoutingAgent(settings, true, new HttpsAgent(POOL)), {
      protocol: 'https:',
      defaultPort: 443,
    }) as unknown as HttpsAgent,
  };
}
