// What went wrong on the wire, named for what it is: DNS, refused, reset, TLS, timeout,
// a bad URL, or the run itself stopping. One classification for every outbound call
// (AWS SDK, Octokit, fetch), so a network failure is never shown as "HTTP 500".
import { proxyFor, proxySettings, throughProxy } from './proxy.js';

import { outside } from '../base/index.js';

export type NetworkFailureKind =
  | 'dns'
  | 'refused'
  | 'reset'
  | 'tls'
  | 'connect-timeout'
  | 'timeout'
  | 'invalid-url'
  | 'stopped'
  /** An answer refused for what it is (too large, too deep, malformed HTTP): see wire.ts. */
  | 'bad-answer'
  /** Not sent: plain http to another machine would carry the credential in clear text. */
  | 'clear-text'
  /** Not sent: another origin than the configured API's (the origin rule, wire.ts). */
  | 'other-origin'
  /** The proxy refused the call (CONNECT answered 407, 403, 502...; plain http answered 407): see proxy.ts. */
  | 'proxy-refused';

export interface NetworkFailure {
  kind: NetworkFailureKind;
  /** The low-level code (ENOTFOUND, ECONNREFUSED, CERT_HAS_EXPIRED, TimeoutError, ...). */
  code: string;
  /** The host (or host:port) the error names, when it names one. */
  host?: string;
  /** The low-level message: for TLS errors, which check failed; for a refused answer, what it was. */
  detail?: string;
}

interface ErrorLike {
  name?: string;
  code?: string;
  message?: string;
  reason?: string;
  hostname?: string;
  address?: string;
  port?: number;
  cause?: unknown;
  errors?: unknown[];
}

const DNS = ['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NONAME'];
const RESET = [
  'ECONNRESET',
  'EPIPE',
  'ECONNABORTED',
  'UND_ERR_SOCKET',
  'ERR_STREAM_PREMATURE_CLOSE',
];
const CONNECT_TIMEOUT = ['UND_ERR_CONNECT_TIMEOUT', 'ETIMEDOUT'];
const TIMEOUT = ['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT'];
const TLS =
  /^(CERT_|ERR_TLS_|ERR_SSL_|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|EPROTO$|HOSTNAME_MISMATCH)/;

/** The error and its causes (fetch wraps the socket error in `cause`; Happy Eyeballs in `errors`). */
function chain(error: unknown): ErrorLike[] {
  const out: ErrorLike[] = [];
  const queue: unknown[] = [error];
  while (queue.length > 0 && out.length < 12) {
    const e = queue.shift();
    if (!e || typeof e !== 'object') continue;
    const like = e as ErrorLike;
    out.push(like);
    if (like.cause) queue.push(like.cause);
    if (Array.isArray(like.errors)) queue.push(...like.errors);
  }
  return out;
}

function hostOf(e: ErrorLike): string | undefined {
  if (e.hostname) return e.hostname;
  if (e.address) return e.port ? `${e.address}:${e.port}` : e.address;
  return undefined;
}

/** What kind of network failure an error is, or undefined when it is an answer (an HTTP status, an AWS error code). */
export function networkFailure(error: unknown): NetworkFailure | undefined {
  const errors = chain(error);
  const found = (kind: NetworkFailureKind, e: ErrorLike, code: string): NetworkFailure => ({
    kind,
    code,
    host: errors.map(hostOf).find(Boolean),
    // A TLS message can quote the server's certificate (its names): sealed.
    ...(kind === 'tls' && e.message ? { detail: outside(e.message) } : {}),
    ...(kind === 'bad-answer' || kind === 'clear-text' || kind === 'other-origin'
      ? { detail: e.reason ?? e.message }
      : {}),
  });
  for (const e of errors) {
    const code = e.code ?? '';
    if (code === 'PROXY_REFUSED') return { ...found('proxy-refused', e, code), detail: e.message };
    // First: a refused answer's cause may be a parse error, which is not the news.
    if (e.name === 'WireError')
      return found(
        code === 'CLEAR_TEXT_REFUSED'
          ? 'clear-text'
          : code === 'ORIGIN_REFUSED'
            ? 'other-origin'
            : 'bad-answer',
        e,
        code,
      );
    if (e.name === 'RunStopped' || code === 'RUN_STOPPED') return found('stopped', e, 'stopped');
    if (DNS.includes(code)) return found('dns', e, code);
    if (code === 'ECONNREFUSED') return found('refused', e, code);
    if (TLS.test(code)) return found('tls', e, code);
    // fetch refuses ports reserved for other protocols (1, 7, 9, 25, ...) with "bad port".
    if (e.name === 'TypeError' && /^bad port$/i.test(e.message ?? ''))
      return found('invalid-url', e, 'BAD_PORT');
    if (
      code === 'ERR_INVALID_URL' ||
      (e.name === 'TypeError' && /Invalid URL/i.test(e.message ?? ''))
    )
      return found('invalid-url', e, 'ERR_INVALID_URL');
    if (RESET.includes(code)) return found('reset', e, code);
    if (e.name === 'TimeoutError' || TIMEOUT.includes(code)) {
      // The AWS SDK's connect timeout is a TimeoutError too; its message tells them apart.
      const connecting = /did not establish a connection/i.test(e.message ?? '');
      return found(connecting ? 'connect-timeout' : 'timeout', e, code || 'TimeoutError');
    }
    if (CONNECT_TIMEOUT.includes(code)) return found('connect-timeout', e, code);
  }
  // An AbortError that is not ours: the request was aborted by a timeout signal.
  const aborted = errors.find((e) => e.name === 'AbortError');
  if (aborted) return found('timeout', aborted, 'AbortError');
  return undefined;
}

export interface FailedCall {
  /** The call: "GitHub GET /user", "CodeBuild ImportSourceCredentials in eu-west-1". */
  what: string;
  /** Where it went: a URL or host. */
  endpoint: string;
  /** What the user sets that decides where it goes: GITHUB_API_URL (pipe) or input 'github-api-url' (Action). */
  check: string;
  /** One attempt's time limit. */
  timeoutMs?: number;
  /** How many attempts were made, when more than one. */
  attempts?: number;
  /** The URL called (or one like it), to say which proxy it went through, if any. */
  url?: string;
}

/** One sentence that says what failed on the wire and what to check. */
export function describeNetworkFailure(failure: NetworkFailure, call: FailedCall): string {
  const text = describeOnTheWire(failure, call);
  // A proxy's refusal names the proxy itself.
  return failure.kind === 'stopped' || failure.kind === 'proxy-refused'
    ? text
    : `${text}${throughProxy(call.url)}`;
}

/** The failure of a call to an API at `apiUrl` (a provider's): its host is where it went. */
export function describeApiFailure(
  failure: NetworkFailure,
  apiUrl: string,
  call: Omit<FailedCall, 'endpoint' | 'url'>,
): string {
  return describeNetworkFailure(failure, { ...call, endpoint: new URL(apiUrl).host, url: apiUrl });
}

function describeOnTheWire(failure: NetworkFailure, call: FailedCall): string {
  const { what, endpoint, check, timeoutMs, attempts } = call;
  const host = failure.host ?? endpoint;
  const tries = attempts && attempts > 1 ? `, ${attempts} attempts` : '';
  const within = timeoutMs ? ` within ${formatSeconds(timeoutMs)}` : '';
  switch (failure.kind) {
    case 'dns':
      return `${what} failed: the host name ${host} could not be resolved (DNS, ${failure.code}${tries}). Check ${check} and the network's DNS.`;
    case 'refused':
      return `${what} failed: ${host} refused the connection (${failure.code}${tries}): nothing listens there. Check ${check} and the network.`;
    case 'reset':
      return `${what} failed: the connection to ${endpoint} was cut (${failure.code}${tries}). A proxy or firewall may be closing it; check ${check} and the network.`;
    case 'tls':
      if (NOT_TLS.test(failure.code)) return notTls(failure, call);
      return `${what} failed: the TLS connection to ${endpoint} could not be trusted (${failure.code}${failure.detail ? `: ${failure.detail}` : ''}). A proxy with its own certificate authority needs NODE_EXTRA_CA_CERTS; check ${check}.`;
    case 'connect-timeout':
      return `${what} failed: could not connect to ${endpoint}${within} (${failure.code}${tries}). Check ${check} and the network (firewall, proxy).`;
    case 'timeout':
      return `${what} failed: ${endpoint} did not answer${within} (timed out${tries}). The service may be stalled: run again later, or check ${check} and the network.`;
    case 'invalid-url':
      return failure.code === 'BAD_PORT'
        ? `${what} could not start: ${endpoint} uses a port that fetch refuses to connect to (reserved for another protocol). Check ${check}.`
        : `${what} could not start: the endpoint is not a valid URL (${endpoint}). Check ${check}.`;
    case 'stopped':
      return `${what} was stopped: the run ended before it answered.`;
    case 'bad-answer':
      return `${what} failed: ${failure.detail ?? failure.code}${tries}. A proxy or a broken server may be answering; check ${check}.`;
    case 'clear-text':
      return `${what} was refused: ${failure.detail ?? failure.code}. Check ${check}.`;
    case 'other-origin':
      return `${what} was refused: ${failure.detail ?? failure.code}. Something answering at ${endpoint} (or in between) pointed the request elsewhere; check ${check}.`;
    case 'proxy-refused':
      return `${what} failed: ${failure.detail ?? failure.code}. ${proxyAdvice(failure.detail, check)}`;
  }
}

/** TLS errors that say the other end does not speak TLS at all: no certificate was judged. */
const NOT_TLS =
  /^(EPROTO|ERR_SSL_WRONG_VERSION_NUMBER|ERR_SSL_PACKET_LENGTH_TOO_LONG|ERR_SSL_HTTP_REQUEST|ERR_SSL_UNKNOWN_PROTOCOL|ERR_SSL_RECORD_LAYER_FAILURE|ERR_SSL_UNEXPECTED_EOF_WHILE_READING|ECONNRESET_TLS)$/;

/**
 * What came back was not TLS: through a proxy, the proxy accepted the tunnel (CONNECT 200)
 * and then sent something else, which is the proxy's doing, not a certificate's.
 */
function notTls(failure: NetworkFailure, call: FailedCall): string {
  const { what, endpoint, check } = call;
  let proxy: ReturnType<typeof proxyFor>;
  try {
    proxy = call.url ? proxyFor(proxySettings(), new URL(call.url)) : undefined;
  } catch {
    proxy = undefined;
  }
  if (proxy)
    return `${what} failed: the proxy accepted the tunnel to ${endpoint} (CONNECT 200) but what came through it is not TLS (${failure.code}): the proxy is at fault, not a certificate.`;
  return `${what} failed: what answered at ${endpoint} does not speak TLS (${failure.code}), so no certificate was checked: check ${check} (https, and the port), and any proxy or firewall in between.`;
}

export function formatSeconds(ms: number): string {
  const s = ms / 1000;
  return `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
}

/** What to do about a proxy's refusal, by its status. */
function proxyAdvice(detail: string | undefined, check: string): string {
  const status = /: (\d{3})\b/.exec(detail ?? '')?.[1];
  if (status === '407')
    return 'The proxy wants credentials it was not given or refused: put them in the proxy URL as its user and password (user:password, then @, then host:port).';
  if (status === '403')
    return "The proxy does not allow this host: ask the proxy's administrators to allow it, or name it in NO_PROXY if it is reachable directly.";
  return `The proxy could not reach the host: check ${check}, and the proxy.`;
}
