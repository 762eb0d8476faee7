// What the product accepts on the wire, whoever answers: a bounded answer, shallow
// enough to parse, well-formed HTTP; and a credential never leaves in clear text.
// Shared by the GitHub/Bitbucket transport (http.ts), the AWS SDK's request handler
// (aws-http.ts) and the configuration (config.ts). No node:* import: config loads it.
import { describeProxy, proxyFor, proxySettings } from './proxy.js';
import { outside } from '../base/index.js';

/** The most one answer may hold. The largest real one (a page of 100 CodeBuild projects) is far below. */
export const MAX_ANSWER_BYTES = 1024 * 1024;

/** JSON or XML nested deeper than this is refused before any parser sees it: parsers with a reviver recurse per level. */
export const MAX_NESTING = 128;

export type WireErrorCode =
  | 'ANSWER_TOO_LARGE'
  | 'ANSWER_TOO_DEEP'
  | 'ANSWER_MALFORMED'
  | 'CLEAR_TEXT_REFUSED'
  | 'ORIGIN_REFUSED';

/**
 * An answer refused for what it is (too large, too deep, not valid HTTP), or a request
 * refused before it left. Its message names the service and says what happened; it is
 * never shown as an HTTP status.
 */
export class WireError extends Error {
  /** The message as made here: the AWS SDK appends its own hints to `message`. */
  readonly reason: string;

  constructor(
    message: string,
    readonly code: WireErrorCode,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'WireError';
    this.reason = message;
  }
}

/**
 * The origin rule: a credential is attached by one layer (boundedFetch, deadline.ts), and
 * only to a request whose origin (scheme, host, port) is the configured API's.
 */
export interface Credential {
  /** The configured API's origin, `new URL(apiUrl).origin`. */
  origin: string;
  /** The Authorization header's value. */
  authorization: string;
}

/**
 * A request refused before it left: `url` (from a pagination link, a redirect, a `next` URL)
 * is not on the API's origin, where alone the credential goes.
 */
export function originRefused(service: string, url: URL, origin: string): WireError {
  return new WireError(
    `the request to ${service} was not sent: it was pointed at ${outside(url.origin, 120)} (by a pagination link, a redirect or a next-page URL in an answer), which is not the configured API's origin ${origin}, and the credential goes only there`,
    'ORIGIN_REFUSED',
  );
}

export function answerTooLarge(service: string): WireError {
  return new WireError(
    `${service} answered with more than ${MAX_ANSWER_BYTES / 1024 / 1024} MiB, so the answer was abandoned`,
    'ANSWER_TOO_LARGE',
  );
}

/** Node's HTTP parser errors (HPE_*), in words. */
const PARSE_ERRORS: Record<string, string> = {
  HPE_HEADER_OVERFLOW: 'too many headers, more than 16 KiB',
  HPE_CHUNK_EXTENSIONS_OVERFLOW: 'chunk extensions too long',
  HPE_INVALID_CHUNK_SIZE: 'an invalid chunk size',
  HPE_INVALID_CONSTANT: 'not HTTP',
  HPE_INVALID_VERSION: 'an invalid HTTP version',
  HPE_INVALID_STATUS: 'an invalid status line',
  HPE_INVALID_HEADER_TOKEN: 'an invalid header',
  HPE_INVALID_CONTENT_LENGTH: 'an invalid Content-Length',
  HPE_UNEXPECTED_CONTENT_LENGTH: 'both Content-Length and chunked encoding',
  HPE_INVALID_TRANSFER_ENCODING: 'an invalid Transfer-Encoding',
  HPE_LF_EXPECTED: 'a malformed line ending',
  HPE_CR_EXPECTED: 'a malformed line ending',
};

/** A low-level HTTP parse error (code HPE_*) as a WireError naming the service; undefined for any other error. */
export function malformedAnswer(service: string, error: unknown): WireError | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('HPE_')) return undefined;
  const what = PARSE_ERRORS[code] ?? 'an invalid HTTP answer';
  return new WireError(
    `${service} sent a malformed answer: ${what} (${code})`,
    'ANSWER_MALFORMED',
    {
      cause: error,
    },
  );
}

/**
 * Counts how deep a body nests, as its parser would: `{`/`[` in JSON (outside strings),
 * elements in XML. Linear and iterative, so it cannot overflow the stack itself. Returns
 * a WireError when it nests deeper than MAX_NESTING.
 */
export class NestingGauge {
  private kind: 'json' | 'xml' | 'other' | undefined;
  private depth = 0;
  private inString = false;
  private escaped = false;
  /** XML: the previous byte was `<`. */
  private afterLt = false;
  /** XML: the previous byte was `/` (a `/>` closes the element). */
  private afterSlash = false;

  constructor(private readonly service: string) {}

  /** Feeds the next bytes; returns a WireError once the nesting is too deep. */
  feed(chunk: Uint8Array): WireError | undefined {
    for (const byte of chunk) {
      if (this.kind === undefined) {
        if (byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09) continue;
        this.kind = byte === 0x7b || byte === 0x5b ? 'json' : byte === 0x3c ? 'xml' : 'other';
      }
      if (this.kind === 'other') return undefined;
      const deeper = this.kind === 'json' ? this.json(byte) : this.xml(byte);
      if (deeper && this.depth > MAX_NESTING) {
        return new WireError(
          `${this.service} answered with ${this.kind === 'json' ? 'JSON' : 'XML'} nested more than ${MAX_NESTING} levels deep, which no answer of its API has`,
          'ANSWER_TOO_DEEP',
        );
      }
    }
    return undefined;
  }

  private json(byte: number): boolean {
    if (this.inString) {
      if (this.escaped) this.escaped = false;
      else if (byte === 0x5c) this.escaped = true;
      else if (byte === 0x22) this.inString = false;
      return false;
    }
    if (byte === 0x22) this.inString = true;
    else if (byte === 0x7b || byte === 0x5b) {
      this.depth++;
      return true;
    } else if (byte === 0x7d || byte === 0x5d) this.depth--;
    return false;
  }

  private xml(byte: number): boolean {
    let deeper = false;
    if (this.afterLt) {
      // `<name` opens; `</`, `<?`, `<!` do not.
      if (byte === 0x2f) this.depth--;
      else if (byte !== 0x3f && byte !== 0x21) {
        this.depth++;
        deeper = true;
      }
    } else if (byte === 0x3e && this.afterSlash) this.depth--; // `/>`
    this.afterLt = byte === 0x3c;
    this.afterSlash = byte === 0x2f;
    return deeper;
  }
}

/** A host on this machine: an emulator or a stand-in, which plain http cannot expose. */
export function isLoopbackHost(hostname: string): boolean {
  return /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i.test(hostname.replace(/\.$/, ''));
}

/**
 * Plain http to a host that is not this machine would carry the credential in clear
 * text: then the https form of `url` to use instead; otherwise undefined.
 */
export function clearTextUrl(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' || isLoopbackHost(parsed.hostname)) return undefined;
  return url.trim().replace(/^http:/i, 'https:');
}

/**
 * Where plain http to `url` would carry a credential in clear text off this machine: its
 * host, or the proxy on another machine it would go through (a name such as `localhost.` is
 * this machine here but not to NO_PROXY's loopback rule); undefined when it stays here.
 */
export function clearTextPeer(
  url: string,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  if (clearTextUrl(url)) return new URL(url).host;
  const parsed = URL.canParse(url) ? new URL(url) : undefined;
  if (parsed?.protocol !== 'http:') return undefined;
  const proxy = proxyFor(proxySettings(env), parsed);
  return proxy && !isLoopbackHost(proxy.url.hostname)
    ? `the proxy ${describeProxy(proxy)}`
    : undefined;
}
