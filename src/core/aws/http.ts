// The AWS SDK's request handler, held to what wire.ts promises: every answer read as a
// stream and abandoned past MAX_ANSWER_BYTES or MAX_NESTING, a malformed HTTP answer
// named as such, and nothing sent over plain http to another machine (the session token
// and an imported token travel in these requests).
import { NodeHttpHandler, type NodeHttpHandlerOptions } from '@smithy/node-http-handler';
import type { Readable } from 'node:stream';
import { Transform } from 'node:stream';
import type { CallLimits } from '../wire/deadline.js';
import {
  answerTooLarge,
  clearTextPeer,
  malformedAnswer,
  MAX_ANSWER_BYTES,
  NestingGauge,
  WireError,
} from '../wire/wire.js';

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
    let out: Awaited<ReturnType<Handle>>;
    try {
      out = await this.inner.handle(request, options);
    } catch (error) {
      throw malformedAnswer(this.service, error) ?? error;
    }
    const body = out.response.body as Readable | undefined;
    if (body && typeof body.pipe === 'function') out.response.body = bounded(body, this.service);
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
function bounded(body: Readable, service: string): Readable {
  let size = 0;
  const gauge = new NestingGauge(service);
  const out = new Transform({
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
  return body.pipe(out);
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
