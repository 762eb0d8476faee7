// Another library's fetch (the Action's @actions/github, over undici), held to the rules the
// core's own calls keep (deadline.ts, http.ts): a time limit per attempt, the run's signal, an
// answer of at most MAX_ANSWER_BYTES, no credential in clear text off this machine, and a
// proxy's refusal named as the proxy's.
import type { CallLimits } from './deadline.js';
import { ProxyRefusedError, proxyFor, proxySettings } from './proxy.js';
import {
  answerTooLarge,
  clearTextPeer,
  MAX_ANSWER_BYTES,
  originRefused,
  WireError,
} from './wire.js';

type WebFetch = typeof fetch;

/**
 * `fetch`, bounded; a call stopped with the run fails as an AbortError (which Octokit and its
 * plugins never repeat). With `origin`, a request carrying Authorization goes only there (the
 * origin rule, wire.ts): elsewhere it is refused, and a redirect to another origin is refused,
 * never followed.
 */
export function boundedWebFetch(
  fetch: WebFetch,
  limits: CallLimits,
  service: string,
  origin?: string,
): WebFetch {
  return async (input, init) => {
    const request = input instanceof Request ? input : undefined;
    const url = new URL(request ? request.url : input);
    const method = init?.method ?? request?.method ?? 'GET';
    if (limits.waiting) limits.waiting.what = `${service} ${method} ${url.pathname}`;
    // The headers fetch sends, in whatever shape they come (a Request's own, a Headers, pairs,
    // a record): `init.headers` replaces a Request's, as in fetch.
    const credentialed = new Headers(init?.headers ?? request?.headers).has('authorization');
    if (credentialed && origin !== undefined && url.origin !== origin)
      throw new TypeError('fetch failed', { cause: originRefused(service, url, origin) });
    const peer = credentialed && clearTextPeer(url.href);
    if (peer) {
      throw new TypeError('fetch failed', {
        cause: new WireError(
          `the request to ${service} was not sent: plain http would carry the credential in clear text to ${peer}; use ${url.href.replace(/^http:/i, 'https:')}`,
          'CLEAR_TEXT_REFUSED',
        ),
      });
    }
    const attempt = AbortSignal.timeout(limits.callTimeoutMs);
    const stop = [init?.signal ?? request?.signal, limits.signal].filter((s): s is AbortSignal =>
      Boolean(s),
    );
    const signal = AbortSignal.any([attempt, ...stop]);
    try {
      const response = await fetch(input, {
        ...init,
        signal,
        // Redirects are seen here, so that one to another origin is refused (below).
        ...(credentialed && origin !== undefined ? { redirect: 'manual' as const } : {}),
      });
      const location = response.headers.get('location');
      if (
        credentialed &&
        origin !== undefined &&
        response.status >= 300 &&
        response.status < 400 &&
        location
      ) {
        // One on the API's own origin is handed back as it is (Octokit reports its status).
        const next = new URL(location, url);
        if (next.origin !== origin) {
          await response.body?.cancel();
          throw new TypeError('fetch failed', { cause: originRefused(service, next, origin) });
        }
      }
      const body = await readCapped(response, service);
      const capped = new Response([101, 204, 205, 304].includes(response.status) ? null : body, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
      return Object.defineProperty(capped, 'url', { value: response.url });
    } catch (error) {
      // A stopped run's call fails as an AbortError; one attempt that ran out of time, as a
      // failure on the wire, which a read may repeat.
      const stopped = stop.find((s) => s.aborted);
      if (stopped) {
        throw Object.assign(new Error('The request was stopped', { cause: stopped.reason }), {
          name: 'AbortError',
        });
      }
      // The cause is the attempt's timeout, on purpose: that, not the abort it raised, is what failed.
      // eslint-disable-next-line preserve-caught-error
      if (attempt.aborted) throw new TypeError('fetch failed', { cause: attempt.reason });
      throw proxyRefusal(error, url) ?? error;
    }
  };
}

/** The whole body; past MAX_ANSWER_BYTES, refused as a WireError (network-errors.ts names it). */
async function readCapped(response: Response, service: string): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  for (;;) {
    const { done, value } = reader ? await reader.read() : { done: true, value: undefined };
    if (done) break;
    size += value.byteLength;
    if (size > MAX_ANSWER_BYTES) {
      await reader!.cancel();
      throw new TypeError('fetch failed', { cause: answerTooLarge(service) });
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/**
 * undici refuses a tunnel the proxy would not open with "Proxy response (407) !== 200 when
 * HTTP Tunneling": that is the proxy's answer, not the server's.
 */
function proxyRefusal(error: unknown, url: URL): Error | undefined {
  for (
    let e = error as { message?: string; cause?: unknown } | undefined;
    e;
    e = e.cause as never
  ) {
    const status = /Proxy response \((\d{3})\) !== 200/.exec(e.message ?? '')?.[1];
    const proxy = status ? proxyFor(proxySettings(), url) : undefined;
    if (proxy)
      return new TypeError('fetch failed', {
        cause: new ProxyRefusedError(
          proxy,
          `${url.hostname}:${url.port || (url.protocol === 'https:' ? 443 : 80)}`,
          Number(status),
          '',
        ),
      });
  }
  return undefined;
}
