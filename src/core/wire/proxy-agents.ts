// The agents that send calls through a proxy: CONNECT tunnels for https:// (https-proxy-agent),
// absolute-form requests for http:// (http-proxy-agent), and direct connections for the hosts
// NO_PROXY exempts. Loaded (by run.ts) only when a proxy is set.
import { Agent as HttpAgent, type ClientRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import { isIPv6 } from 'node:net';
import { HttpProxyAgent } from 'http-proxy-agent';
import { HttpsProxyAgent } from 'https-proxy-agent';
import {
  ProxyRefusedError,
  proxyFor,
  type NetworkAgents,
  type ProxySettings,
  type ProxyUrl,
} from './proxy.js';

/**
 * As many sockets per endpoint as the CodeBuild pool without a proxy (codebuild.ts), kept
 * alive: the accounts of a region reuse one tunnel per socket.
 */
const POOL = { keepAlive: true, maxSockets: 128 };

/**
 * https-proxy-agent hands a refused CONNECT (407, 403, 502) to the request as if it were the
 * server's answer, so the provider would be blamed for the proxy's refusal. This agent fails
 * the request instead, with an error that names the proxy (ProxyRefusedError).
 */
class TunnelAgent extends HttpsProxyAgent<string> {
  constructor(private readonly proxyUrl: ProxyUrl) {
    super(proxyUrl.url, POOL);
  }

  async connect(...[request, options]: Parameters<HttpsProxyAgent<string>['connect']>) {
    let refusal: { statusCode: number; statusText: string } | undefined;
    request.once('proxyConnect', (answer: { statusCode: number; statusText: string }) => {
      if (answer.statusCode !== 200) refusal = answer;
    });
    const socket = await super.connect(request, options);
    if (!refusal) return socket;
    socket.destroy();
    throw new ProxyRefusedError(
      this.proxyUrl,
      `${options.host}:${options.port}`,
      refusal.statusCode,
      refusal.statusText,
    );
  }
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
