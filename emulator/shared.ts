// Plumbing shared by every service module: the reply shape, the request log and faults.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export interface RequestRecord {
  service: string;
  /** X-Amz-Target / STS Action name, or 'METHOD /path' for REST services. */
  operation: string;
  region?: string;
  method: string;
  path: string;
  status: number;
  at: string;
  accessKeyId?: string;
  /** 'sigv4' | 'none' | 'token' | 'bearer' | 'basic' */
  authScheme?: string;
  /** Which fault (kind) answered this request, if any. */
  fault?: string;
  /** Service requests being answered when this one arrived, itself included. */
  inFlight?: number;
  /** A latency fault with `gather`: how many requests it held at once when it let this one go. */
  gathered?: number;
  /** The client's User-Agent header (the AWS SDK also sends x-amz-user-agent: both, joined). */
  userAgent?: string;
}

export interface Reply {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** What a handler knows about the request; it fills in `record` as it learns more. */
export interface RequestContext {
  req: IncomingMessage;
  method: string;
  url: URL;
  body: Buffer;
  record: Partial<RequestRecord>;
}

export type FaultKind =
  | 'throttle'
  | '5xx'
  | 'access-denied'
  | 'latency'
  /** Something in between answers instead of the provider (REST services): a 200 HTML page. */
  | 'html'
  /** The provider's answer, with every provider-specific header removed (REST services). */
  | 'proxy'
  /** A 302 to a sign-in page (REST services). */
  | 'redirect'
  /** An error whose message echoes the credential the request carried. */
  | 'echo'
  /** The request is accepted and never answered. */
  | 'hang'
  /** The connection is destroyed without an answer. */
  | 'reset'
  /** AWS JSON services: answered as usual, but nothing the request changes is kept (an import accepted and never listed). */
  | 'unlisted'
  /**
   * A hostile provider pointing the client at `location` (another origin): GitHub answers as
   * usual with `Link: <location>; rel="next"`, Bitbucket with `"next": location` in its page;
   * with a 3xx `status`, either redirects there instead.
   */
  | 'elsewhere'
  /**
   * A hostile endpoint: `answer` is sent as the 200 answer, whatever was asked (AWS JSON
   * services, `account`; GitHub REST, where the answer is JSON with GitHub's headers).
   */
  | 'answer';

export interface FaultSpec {
  service: string;
  operation?: string;
  region?: string;
  kind: FaultKind;
  /** How many requests it hits; default 1, Infinity allowed. */
  count?: number;
  latencyMs?: number;
  /**
   * A latency fault that holds each request it matches until this many are held at once,
   * then lets them all go (at most `latencyMs` each): shows what a client sends at once
   * whatever the machine's load, where a fixed delay shows it only if every request
   * arrives within that delay.
   */
  gather?: number;
  /** Override the HTTP status: 500/503 for '5xx', 429 for a GitHub 'throttle', any for 'html' / 'redirect' / 'echo'. */
  status?: number;
  /** How an `echo` fault writes the secret it quotes (default `raw`): the altered forms a hostile server may use. */
  form?: EchoForm;
  /**
   * An `echo` fault's own disguise of the secret it quotes, instead of `form`: what a
   * generated (property) test makes of it. Any text a hostile server can send.
   */
  disguise?: (secret: string) => string;
  /**
   * A throttle's Retry-After, in seconds (default 1 on a 429). On GitHub's 403 it makes the
   * answer a secondary rate limit, which GitHub sends with Retry-After.
   */
  retryAfter?: number;
  /** GitHub's 403 throttle (primary rate limit): x-ratelimit-reset this many seconds from now (default: the token's reset). */
  resetAfter?: number;
  /** An `elsewhere` fault's URL. */
  location?: string;
  /**
   * An `answer` fault's body (JSON), or a function giving each request its own (a listing
   * whose every page names a fresh next-page token, as an endless one does).
   */
  answer?: unknown;
}

/** The forms an `echo` fault can quote a secret in (issue 16). */
export const ECHO_FORMS = [
  'raw',
  'reversed',
  'lower',
  'upper',
  'first-20',
  'all-but-one',
  'line-break',
  'hex',
  'html-entities',
  'percent',
  'url-component',
  'base64',
  'base64url',
  'json-unicode',
  // Disguises a reader sees through (issue 25, finding 2): the redaction compares skeletons.
  'spaced',
  'dashed',
  'no-break-spaces',
  'soft-hyphens',
  'zero-width',
  'bidi-isolates',
  'full-width',
  'accents',
  'look-alikes',
  // Invisible letters (Hangul fillers, default-ignorable) and separator-like modifier
  // letters (the Arabic tatweel, the prolonged sound mark): Unicode files them as letters.
  'hangul-fillers',
  'modifier-letters',
  // Latin small capitals (ᴀʙᴄ), which compatibility folding leaves as they are.
  'small-capitals',
  // Look-alikes from Unicode's confusables beyond Cyrillic and Greek: Lisu, Armenian,
  // Coptic, Cherokee and a letter beyond the BMP (issue 25, adversary F2).
  'confusables',
  // Escapes a service's error text may carry (issue 25, adversary F4): C's octal escapes,
  // a list of bytes, and the \u{…} of JavaScript, Rust and Swift.
  'octal',
  'c-bytes',
  'braced-unicode',
] as const;
export type EchoForm = (typeof ECHO_FORMS)[number];

/** `text` in pieces of `size` characters. */
function groups(text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

const LOOK_ALIKE: Record<string, string> = {
  a: '\u0430',
  e: '\u0435',
  o: '\u043e',
  p: '\u0440',
  c: '\u0441',
  x: '\u0445',
  A: '\u0410',
  E: '\u0415',
  O: '\u041e',
  T: '\u0422',
  H: '\u041d',
};

/** Latin small capitals, by the letter they stand for. */
const SMALL_CAPITAL: Record<string, string> = {
  a: '\u1d00',
  b: '\u0299',
  c: '\u1d04',
  d: '\u1d05',
  e: '\u1d07',
  f: '\ua730',
  g: '\u0262',
  h: '\u029c',
  i: '\u026a',
  j: '\u1d0a',
  k: '\u1d0b',
  l: '\u029f',
  m: '\u1d0d',
  n: '\u0274',
  o: '\u1d0f',
  p: '\u1d18',
  q: '\ua7af',
  r: '\u0280',
  s: '\ua731',
  t: '\u1d1b',
  u: '\u1d1c',
  v: '\u1d20',
  w: '\u1d21',
  y: '\u028f',
  z: '\u1d22',
};

/** Look-alikes from Unicode's confusables.txt (UTS #39) outside the Cyrillic and Greek letters. */
const CONFUSABLE: Record<string, string> = {
  a: '\ua4ee', // Lisu
  b: '\ua4d0',
  c: '\u2ca5', // Coptic
  d: '\ua4d2',
  e: '\ua4f0',
  f: '\ua4dd',
  g: '\ua4d6',
  h: '\u0570', // Armenian
  i: '\ua647',
  j: '\ua4d9',
  k: '\ua4d7',
  l: '\ua4e1',
  m: '\uab87', // Cherokee
  n: '\u0578',
  o: '\u0585',
  p: '\ua4d1',
  q: '\u0566',
  r: '\ua4e3',
  s: '\ua4e2',
  t: '\ua4d4',
  u: '\u057d',
  v: '\ua4e6',
  w: '\ua4ea',
  x: '\ua4eb',
  y: '\ua4ec',
  z: '\ua4dc',
  '2': '\ua645',
  '3': '\u2ccd',
  '6': '\u2cd3',
  '8': '\u{1031a}', // Old Italic, beyond the BMP
  '9': '\u2ccb',
};

/** `secret` as an `echo` fault of this form quotes it. */
export function echoed(
  secret: string,
  form: EchoForm = 'raw',
  disguise?: (secret: string) => string,
): string {
  if (disguise) return disguise(secret);
  const hex = (c: string) => Buffer.from(c).toString('hex');
  switch (form) {
    case 'raw':
      return secret;
    case 'reversed':
      return [...secret].reverse().join('');
    case 'lower':
      return secret.toLowerCase();
    case 'upper':
      return secret.toUpperCase();
    case 'first-20':
      return secret.slice(0, 20);
    case 'all-but-one':
      return secret.slice(0, -1);
    case 'line-break':
      return `${secret.slice(0, Math.ceil(secret.length / 2))}\n${secret.slice(Math.ceil(secret.length / 2))}`;
    case 'hex':
      return hex(secret);
    case 'html-entities':
      return [...secret].map((c) => `&#${c.codePointAt(0)};`).join('');
    case 'percent':
      return [...secret].map((c) => `%${hex(c).toUpperCase()}`).join('');
    case 'url-component':
      return encodeURIComponent(secret);
    case 'base64':
      return Buffer.from(secret).toString('base64');
    case 'base64url':
      return Buffer.from(secret).toString('base64url');
    case 'spaced':
      return groups(secret, 4).join(' ');
    case 'dashed':
      return groups(secret, 3).join('-');
    case 'no-break-spaces':
      return groups(secret, 5).join('\u00a0');
    case 'soft-hyphens':
      return [...secret].join('\u00ad');
    case 'zero-width':
      return [...secret].join('\u200b');
    case 'bidi-isolates':
      return groups(secret, 6)
        .map((g) => `\u2066${g}\u2069`)
        .join('');
    case 'full-width':
      // ASCII ! to ~ → U+FF01 to U+FF5E.
      return [...secret]
        .map((c) => (c > ' ' && c <= '~' ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c))
        .join('');
    case 'accents':
      // A combining acute accent on every letter.
      return [...secret].map((c) => (/[a-z]/i.test(c) ? `${c}\u0301` : c)).join('');
    case 'look-alikes':
      // Cyrillic letters that look like Latin ones.
      return [...secret].map((c) => LOOK_ALIKE[c] ?? c).join('');
    case 'hangul-fillers':
      // U+3164, U+115F, U+1160, U+FFA0 by turns: each invisible, each a letter (Lo).
      return groups(secret, 5)
        .map((g, i) => (i === 0 ? '' : ['\u3164', '\u115f', '\u1160', '\uffa0'][i % 4]) + g)
        .join('');
    case 'modifier-letters':
      // U+0640 (tatweel), U+30FC and U+FF70 (prolonged sound marks), U+02D0 (a colon) by turns (Lm).
      return groups(secret, 5)
        .map((g, i) => (i === 0 ? '' : ['\u0640', '\u30fc', '\uff70', '\u02d0'][i % 4]) + g)
        .join('');
    case 'small-capitals':
      return [...secret].map((c) => SMALL_CAPITAL[c.toLowerCase()] ?? c).join('');
    case 'json-unicode':
      return [...secret].map((c) => `\\u${hex(c).padStart(4, '0')}`).join('');
    case 'confusables':
      return [...secret].map((c) => CONFUSABLE[c.toLowerCase()] ?? c).join('');
    case 'octal':
      return [...Buffer.from(secret)].map((b) => `\\${b.toString(8).padStart(3, '0')}`).join('');
    case 'c-bytes':
      return [...Buffer.from(secret)].map((b) => `0x${b.toString(16).padStart(2, '0')}`).join(', ');
    case 'braced-unicode':
      return [...secret].map((c) => `\\u{${c.codePointAt(0)!.toString(16)}}`).join('');
  }
}

/** The body an `answer` fault sends this time. */
export function answerOf(fault: FaultSpec): unknown {
  return typeof fault.answer === 'function' ? (fault.answer as () => unknown)() : fault.answer;
}

export class Faults {
  private list: FaultSpec[] = [];

  add(fault: FaultSpec): void {
    this.list.push({ ...fault, count: fault.count ?? 1 });
  }

  /** Counts clear()s (each reset of the emulator): what a delayed request was sent into. */
  private generation = 0;

  clear(): void {
    this.list = [];
    this.generation++;
  }

  pending(): FaultSpec[] {
    return this.list.map((f) => ({ ...f }));
  }

  /**
   * Consumes the first fault matching the request. A latency fault delays the
   * request once and it proceeds (so this returns the next matching fault that
   * is not a latency fault, if any); with `count: Infinity` it delays every
   * matching request. `service: 'aws'` matches every AWS service.
   * A hang never settles: the request is accepted and never answered (the client
   * gives up, or `stop()` closes the connection). A reset destroys the connection
   * without an answer, and never settles either.
   */
  /** The requests each `gather` fault holds: each one's release, given how many were held. */
  private held = new WeakMap<FaultSpec, Array<(gathered: number) => void>>();

  /** Holds the request until `fault.gather` are held (all go at once), or `latencyMs` passes. */
  private gather(fault: FaultSpec, ctx?: RequestContext): Promise<void> {
    const group = this.held.get(fault) ?? [];
    this.held.set(fault, group);
    return new Promise((resolve) => {
      const release = (gathered: number) => {
        clearTimeout(timer);
        if (ctx) ctx.record.gathered = gathered;
        resolve();
      };
      const timer = setTimeout(() => {
        const held = group.length;
        group.splice(group.indexOf(release), 1);
        release(held);
      }, fault.latencyMs ?? 1000);
      group.push(release);
      if (group.length >= fault.gather!) {
        const all = group.splice(0);
        for (const go of all) go(all.length);
      }
    });
  }

  async take(
    service: string,
    operation: string,
    region?: string,
    ctx?: RequestContext,
  ): Promise<FaultSpec | undefined> {
    const waited = new Set<FaultSpec>();
    const generation = this.generation;
    for (;;) {
      const index = this.list.findIndex(
        (f) =>
          !waited.has(f) &&
          (f.service === service || (f.service === 'aws' && AWS_SERVICES.has(service))) &&
          (f.operation === undefined || f.operation === operation) &&
          (f.region === undefined || f.region === region),
      );
      if (index === -1) return undefined;
      const fault = this.list[index]!;
      fault.count = (fault.count ?? 1) - 1;
      if (fault.count <= 0) this.list.splice(index, 1);
      if (fault.kind === 'hang' || fault.kind === 'reset') {
        if (ctx) ctx.record.fault = fault.kind;
        if (fault.kind === 'reset') ctx?.req.socket.destroy();
        return new Promise<never>(() => {});
      }
      if (fault.kind !== 'latency') return fault;
      waited.add(fault);
      if (fault.gather) await this.gather(fault, ctx);
      else await new Promise((resolve) => setTimeout(resolve, fault.latencyMs ?? 1000));
      // The emulator was reset while this request waited (the test that sent it is over,
      // its client gone): it must not land in the next test's state. Dropped unanswered.
      if (this.generation !== generation) {
        ctx?.req.socket.destroy();
        return new Promise<never>(() => {});
      }
    }
  }
}

/** What `service: 'aws'` in a fault stands for. */
const AWS_SERVICES = new Set([
  'codebuild',
  'codeconnections',
  'secretsmanager',
  'sts',
  'organizations',
  'ssm',
  'account',
]);

/** Requests being answered right now, and the most at once since the last reset. */
export class InFlight {
  current = 0;
  peak = 0;

  enter(): void {
    this.current++;
    if (this.current > this.peak) this.peak = this.current;
  }

  leave(): void {
    this.current--;
  }

  reset(): void {
    this.peak = this.current;
  }
}

export function requestId(): string {
  return randomUUID();
}

export function jsonReply(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): Reply {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body: JSON.stringify(body),
  };
}

export function parseJsonBody(body: Buffer): unknown {
  const text = body.toString('utf8');
  return text.trim() === '' ? {} : JSON.parse(text);
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Splits `Authorization: <scheme> <credentials>`. */
export function parseAuthorizationHeader(
  req: IncomingMessage,
): { scheme: string; credentials: string } | undefined {
  const header = req.headers.authorization;
  if (!header) return undefined;
  const space = header.indexOf(' ');
  if (space === -1) return { scheme: header.toLowerCase(), credentials: '' };
  return {
    scheme: header.slice(0, space).toLowerCase(),
    credentials: header.slice(space + 1).trim(),
  };
}

/** What a corporate proxy or captive portal sends instead of the API: a sign-in page. */
export function htmlPageReply(status = 200): Reply {
  return {
    status,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
    body: '<!DOCTYPE html>\n<html><head><title>Sign in to continue</title></head><body><h1>Network access requires sign-in</h1><form method="post" action="/login"><input name="user"><input name="password" type="password"></form></body></html>\n',
  };
}

/** A single sign-on gateway's redirect to its sign-in page. */
/** A redirect to `location` (an `elsewhere` fault with a 3xx status). */
export function redirectReply(status: number, location: string): Reply {
  return { status, headers: { location, 'content-type': 'text/plain' }, body: '' };
}

export function signInRedirectReply(status = 302): Reply {
  return {
    status,
    headers: {
      location: 'https://sso.example.com/login?return_to=%2Fapi',
      'content-type': 'text/html; charset=utf-8',
    },
    body: '<html><body>You are being <a href="https://sso.example.com/login">redirected</a>.</body></html>\n',
  };
}
