// The AWS SDK's request handler, held to what wire.ts promises: every answer read as a
// stream and abandoned past MAX_ANSWER_BYTES or MAX_NESTING, a malformed HTTP answer
// named as such, and nothing sent over plain http to another machine (the session token
// and an imported token travel in these requests).
import { NodeHttpHandler, type NodeHttpHandlerOptions } from '@smithy/node-http-handler';
import type { Readable } from 'node:stream';
import { Transform } from 'node:stream';
import {
  answerTooLarge,
  type CallLimits,
  clearTextPeer,
  malformedAnswer,
  MAX_ANSWER_BYTES,
  NestingGauge,
  WireError,
} from '../wire/index.js';

type Handle = NodeHttpHandler['handle'];

/** NodeHttpHandler with bounded answers; the SDK takes it as it takes its own. */
export class BoundedHttpHandler {
  readonly metadata = { handlerProtocol: 'http/1.1' };
  private readonly inner: NodeHttpHandler;

  constructor(
    options: NodeHttpHandlerOptions,
    /** Who answers ("CodeBuild"), for the errors. */
    private readonly service: string,
    /** The agents are shared with other clients: destroying this handler leaves them to their owner. */
    private readonly shared = false,
  ) {
    this.inner = new NodeHttpHandler(options);
  }

  async handle(...[request, options]: Parameters<Handle>): ReturnType<Handle> {
    const url = `${request.protocol}//${request.hostname}${request.port ? `:${request.port}` : ''}${request.path}`;
    const peer = clearTextPeer(url);
    if (peer) {
      throw new WireError(
        `the request to ${this.service} was not sent: plain http would carry credentials in clear text to ${peer}; use an https endpoint (${url.replace(/^http:/i, 'https:').replace(/\/+$/, '')})`,
        'CLEAR_TEXT_REFUSED',
      );
    }
    // The SDK's requestTimeout is a socket's idle time: an answer that trickles a byte at a
    // time never trips it. One attempt, headers and body, is held to the whole limit here;
    // past it, it fails as the SDK's own timeout does (a TimeoutError, which it retries).
    const limit = this.inner.httpHandlerConfigs().requestTimeout;
    const started = Date.now();
    const stop = new AbortController();
    const given = options?.abortSignal;
    let timer: NodeJS.Timeout | undefined;
    let out: Awaited<ReturnType<Handle>>;
    try {
      const handled = this.inner.handle(request, {
        ...options,
        abortSignal:
          given instanceof AbortSignal
            ? AbortSignal.any([given, stop.signal])
            : (given ?? stop.signal),
      });
      out = limit
        ? await Promise.race([
            handled,
            new Promise<never>((_, reject) => {
              timer = setTimeout(() => {
                reject(attemptTimedOut(limit));
                stop.abort();
              }, limit);
            }),
          ])
        : await handled;
    } catch (error) {
      throw malformedAnswer(this.service, error) ?? error;
    } finally {
      clearTimeout(timer);
    }
    const body = out.response.body as Readable | undefined;
    if (body && typeof body.pipe === 'function')
      out.response.body = bounded(
        body,
        this.service,
        limit ? { limit, left: limit - (Date.now() - started) } : undefined,
      );
    return out;
  }

  updateHttpClientConfig(
    key: keyof NodeHttpHandlerOptions,
    value: NodeHttpHandlerOptions[typeof key],
  ): void {
    this.inner.updateHttpClientConfig(key, value);
  }

  httpHandlerConfigs(): NodeHttpHandlerOptions {
    return this.inner.httpHandlerConfigs();
  }

  destroy(): void {
    // NodeHttpHandler.destroy() destroys its agents, sockets in use by other clients included.
    if (!this.shared) this.inner.destroy();
  }
}

/** The body as it arrives, up to the limits; past them the connection is dropped and the read fails. */
function bounded(
  body: Readable,
  service: string,
  attempt?: { limit: number; left: number },
): Readable {
  let size = 0;
  const gauge = new NestingGauge(service);
  // What is left of the attempt's limit (handle): a body still arriving then is cut.
  const timer =
    attempt &&
    setTimeout(
      () => {
        body.destroy();
        out.destroy(attemptTimedOut(attempt.limit));
      },
      Math.max(0, attempt.left),
    ).unref();
  const out = new Transform({
    final(callback) {
      clearTimeout(timer);
      callback();
    },
    transform(chunk: Buffer, _encoding, callback) {
      size += chunk.length;
      const refused = size > MAX_ANSWER_BYTES ? answerTooLarge(service) : gauge.feed(chunk);
      if (refused) {
        body.destroy();
        callback(refused);
      } else callback(null, chunk);
    },
  });
  body.on('error', (error) => out.destroy(malformedAnswer(service, error) ?? error));
  out.on('close', () => clearTimeout(timer));
  return body.pipe(out);
}

/** The error the SDK's NodeHttpHandler gives when its requestTimeout passes: retried as a timeout. */
function attemptTimedOut(limitMs: number): Error {
  return Object.assign(new Error(`Connection timed out after ${limitMs} ms`), {
    name: 'TimeoutError',
  });
}

/**
 * The request handler of an AWS client: each attempt must connect and be answered in
 * time (the SDK retries a timed-out attempt like a 5xx), answers bounded as above.
 * `agents` share keep-alive sockets between clients; their owner destroys them, not the handler.
 */
export function awsRequestHandler(
  limits: Pick<CallLimits, 'connectTimeoutMs' | 'callTimeoutMs' | 'agents'>,
  service: string,
  // Through the proxy, when one is set (proxy.ts).
  agents?: Pick<NodeHttpHandlerOptions, 'httpAgent' | 'httpsAgent'>,
): BoundedHttpHandler {
  const given = agents ?? limits.agents;
  return new BoundedHttpHandler(
    {
      connectionTimeout: limits.connectTimeoutMs,
      requestTimeout: limits.callTimeoutMs,
      throwOnRequestTimeout: true,
      ...given,
    },
    service,
    given !== undefined,
  );
}
