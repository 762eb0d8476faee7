import { request as httpRequest, type Agent, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import {
  answerTooLarge,
  clearTextPeer,
  malformedAnswer,
  MAX_ANSWER_BYTES,
  NestingGauge,
  originRefused,
  WireError,
} from './wire.js';

/** The part of fetch()'s options the GitHub and Bitbucket calls use. */
export interface HttpInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  signal?: AbortSignal | null;
  redirect?: 'follow' | 'manual' | 'error';
  /** The agent that makes the connections (a proxy's, proxy.ts); else Node's global one. */
  agent?: Agent;
  /** Who answers ("GitHub"), for the errors that name an answer refused for what it is. */
  service?: string;
  /** The only origin a request carrying Authorization may go to (the origin rule, wire.ts). */
  origin?: string;
}

/** fetch()'s signature, as far as these calls use it. */
export type Fetch = (input: string | URL, init?: HttpInit) => Promise<HttpResponse>;

/** The part of a fetch() Response that the providers and Octokit read. */
export interface HttpResponse {
  readonly ok: boolean;
  readonly status: number;
  readonly statusText: string;
  readonly url: string;
  readonly redirected: boolean;
  readonly headers: HttpHeaders;
  readonly body: null;
  text(): Promise<string>;
  json(): Promise<unknown>;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** Response headers: names lower-cased, repeated ones joined with ", ", as fetch's Headers. */
export class HttpHeaders implements Iterable<[string, string]> {
  private readonly map = new Map<string, string>();

  constructor(raw: IncomingHttpHeaders) {
    for (const name of Object.keys(raw).sort()) {
      const value = raw[name];
      if (value !== undefined) this.map.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
  }

  get(name: string): string | null {
    return this.map.get(name.toLowerCase()) ?? null;
  }

  has(name: string): boolean {
    return this.map.has(name.toLowerCase());
  }

  [Symbol.iterator](): Iterator<[string, string]> {
    return this.map.entries();
  }
}

const MAX_REDIRECTS = 20;

/**
 * fetch() for the few REST calls to GitHub and Bitbucket, over node:http(s).
 * Node's own fetch loads undici the first time it is called, which costs more
 * than the rest of a one-region run (docs/performance.md); node:http is loaded
 * by the AWS SDK anyway. It behaves as fetch does where these calls can tell:
 * the whole body is read, redirects are followed, a network failure rejects with TypeError "fetch failed"
 * and the cause, an abort with the signal's reason.
 * Unlike fetch, it refuses what no answer of these APIs is (wire.ts): a body over
 * MAX_ANSWER_BYTES (the request is aborted as it passes), nesting too deep to
 * parse, a malformed HTTP answer; it never sends Authorization over plain http
 * to another machine, nor to another origin than `init.origin` (a redirect that would take
 * the credential elsewhere is refused, not followed). Each rejects as "fetch failed" with
 * a WireError cause.
 */
export async function httpFetch(input: string | URL, init: HttpInit = {}): Promise<HttpResponse> {
  let url = new URL(input);
  let method = (init.method ?? 'GET').toUpperCase();
  let body = init.body;
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(init.headers ?? {}))
    headers[name.toLowerCase()] = value;
  const service = init.service ?? url.host;
  for (let redirects = 0; ; redirects++) {
    if (headers.authorization && init.origin !== undefined && url.origin !== init.origin)
      throw new TypeError('fetch failed', { cause: originRefused(service, url, init.origin) });
    const peer = headers.authorization ? clearTextPeer(url.href) : undefined;
    if (peer) {
      throw new TypeError('fetch failed', {
        cause: new WireError(
          `the request to ${service} was not sent: plain http would carry the credential in clear text to ${peer}; use ${url.href.replace(/^http:/i, 'https:')}`,
          'CLEAR_TEXT_REFUSED',
        ),
      });
    }
    const response = await send(
      url,
      method,
      headers,
      body,
      init.signal ?? undefined,
      service,
      init.agent,
    );
    const location = response.headers.get('location');
    if (
      ![301, 302, 303, 307, 308].includes(response.status) ||
      !location ||
      init.redirect === 'manual'
    ) {
      return redirects > 0 ? { ...response, redirected: true } : response;
    }
    if (init.redirect === 'error' || redirects >= MAX_REDIRECTS) {
      throw new TypeError('fetch failed', { cause: new Error('redirect count exceeded') });
    }
    const next = new URL(location, url);
    // The credential never follows a redirect to another origin: refused, and named.
    if (headers.authorization && next.origin !== url.origin)
      throw new TypeError('fetch failed', {
        cause: originRefused(service, next, init.origin ?? url.origin),
      });
    if (response.status === 303 || ([301, 302].includes(response.status) && method === 'POST')) {
      if (method !== 'HEAD') method = 'GET';
      body = undefined;
      delete headers['content-type'];
      delete headers['content-length'];
    }
    url = next;
  }
}

function send(
  url: URL,
  method: string,
  headers: Record<string, string>,
  body: string | undefined,
  signal: AbortSignal | undefined,
  service: string,
  agent?: Agent,
): Promise<HttpResponse> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const outgoing = { ...headers };
    if (body !== undefined) outgoing['content-length'] = String(Buffer.byteLength(body));
    const request = (url.protocol === 'https:' ? httpsRequest : httpRequest)(url, {
      method,
      headers: outgoing,
      ...(agent ? { agent } : {}),
    });
    const onAbort = () => {
      request.destroy();
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    const done = () => signal?.removeEventListener('abort', onAbort);
    const fail = (cause: unknown) => {
      done();
      request.destroy();
      reject(new TypeError('fetch failed', { cause: malformedAnswer(service, cause) ?? cause }));
    };
    request.on('error', fail);
    request.on('response', (message) => {
      const chunks: Buffer[] = [];
      const gauge = new NestingGauge(service);
      let size = 0;
      message.on('data', (chunk: Buffer) => {
        size += chunk.length;
        const refused = size > MAX_ANSWER_BYTES ? answerTooLarge(service) : gauge.feed(chunk);
        if (refused) return fail(refused);
        chunks.push(chunk);
      });
      message.on('error', fail);
      message.on('end', () => {
        done();
        const bytes = Buffer.concat(chunks);
        const status = message.statusCode ?? 0;
        resolve({
          ok: status >= 200 && status < 300,
          status,
          statusText: message.statusMessage ?? '',
          url: url.href,
          redirected: false,
          headers: new HttpHeaders(message.headers),
          body: null,
          text: () => Promise.resolve(bytes.toString('utf8')),
          json: () => Promise.resolve().then(() => JSON.parse(bytes.toString('utf8')) as unknown),
          arrayBuffer: () =>
            Promise.resolve(
              bytes.buffer.slice(
                bytes.byteOffset,
                bytes.byteOffset + bytes.byteLength,
              ) as ArrayBuffer,
            ),
        });
      });
    });
    request.end(body);
  });
}
