import type { Logger } from '../base/logger.js';
import { withoutUserInfo } from '../base/outside.js';
import { trimToken } from './token-form.js';

/** Git/Basic usernames a token travels with when no username is given (Bitbucket access and API tokens). */
const TOKEN_USERNAMES = ['x-token-auth', 'x-bitbucket-api-token-auth'];

/** Shorter whitespace-separated pieces are words ("token", "Bearer"), not secrets. */
const MIN_PART = 8;

/** No run of this many characters of a secret, in any letter case, is ever shown. */
export const WINDOW = 12;

/**
 * A run that tells something about a secret: not digits only (an account ID, a date)
 * and at least 5 different characters (not padding such as 000000000000). A random
 * token's runs all are; the whole secret is also hidden as it is, whatever it holds.
 */
export function telling(run: string): boolean {
  // Called for every run of every secret when the index is built: no Set, no regex.
  let digitsOnly = true;
  const seen: number[] = [];
  for (let i = 0; i < run.length; i++) {
    const c = run.charCodeAt(i);
    if (c < 48 || c > 57) digitsOnly = false;
    if (seen.length < 5 && !seen.includes(c)) seen.push(c);
  }
  return !digitsOnly && seen.length >= 5;
}

/** What stands where a secret was. */
const MASK = '***';

/**
 * Every value that must never be printed, and the one redaction all output passes
 * through: the core redacts the Report and its log lines before they leave it, and
 * each entry point redacts whatever else it prints or writes (stdout/stderr,
 * annotations, outputs, the report file).
 *
 * A secret is hidden by its fragments, not only whole: every run of 12 characters
 * of it (WINDOW), in any letter case, in the forms a server may echo it in (as it
 * is, reversed, hex, base64 at each alignment, JSON-escaped), and also where the
 * text spells it %-encoded, as HTML or JSON character escapes, or split by line
 * breaks (the text is read a second time with those decoded and removed).
 * A matching span is masked in the original text. URLs lose their user information.
 */
export class Secrets {
  /** Secrets whose fragments are hidden, each in every form. */
  private readonly values = new Set<string>();
  /** Values hidden whole and as given (Basic credentials, secrets shorter than WINDOW). */
  private readonly exact = new Set<string>();
  private index: WindowIndex | undefined;

  /**
   * `onValue` sees each new value as given, once (the Action registers it with the
   * runner's log masking); the forms and fragments derived from it are only redacted here.
   */
  constructor(private readonly onValue?: (value: string) => void) {}

  /**
   * A secret value: the whole of it and, when it has whitespace inside, each piece
   * of 8 or more characters.
   */
  add(value: string | undefined): void {
    const trimmed = value?.trim();
    if (!trimmed || trimmed.length < 4) return;
    this.addValue(trimmed);
    // Also the form the token is used in, without invisible characters at its ends.
    const used = trimToken(trimmed);
    if (used !== trimmed && used.length >= 4) this.addValue(used);
    const parts = trimmed.split(/\s+/);
    if (parts.length > 1)
      for (const part of parts) if (part.length >= MIN_PART) this.addValue(part);
  }

  /** A token with the usernames it may travel with as Basic credentials (`username:token`, base64). */
  addCredential(token: string | undefined, username?: string): void {
    const trimmed = token?.trim();
    if (!trimmed) return;
    this.add(trimmed);
    for (const form of new Set([trimmed, trimToken(trimmed)])) {
      if (username?.trim()) this.addBasic(username.trim(), form);
      for (const user of TOKEN_USERNAMES) this.addBasic(user, form, false);
    }
  }

  /**
   * A secret found in outside text at run time (the password in a project's source URL).
   * Hidden by its fragments like any other, but only when it is long enough to be one
   * (WINDOW): outside text cannot make a word such as a region name disappear from the
   * output, nor is it handed to the runner's masking.
   */
  addFound(value: string): void {
    const trimmed = value.trim();
    if (trimmed.length < WINDOW || this.values.has(trimmed)) return;
    this.values.add(trimmed);
    this.index = undefined;
  }

  /** Basic credentials travel base64-encoded: hide that form too. */
  addBasic(username: string, password: string, given = true): void {
    const basic = Buffer.from(`${username}:${password}`);
    this.addExact(basic.toString('base64'), given);
    this.addExact(basic.toString('base64url'));
  }

  redact(text: string): string {
    const shown = withoutUserInfo(text);
    if (this.values.size === 0 && this.exact.size === 0) return shown;
    this.index ??= new WindowIndex(this.values, this.exact);
    return this.index.mask(shown);
  }

  /** A copy of a value (a Report, say) with every string in it redacted. */
  redactAll<T>(value: T, seen = new Map<string, string>()): T {
    // A fleet's report repeats its keys and many values thousands of times: each is read once.
    const redact = (text: string) => {
      let shown = seen.get(text);
      if (shown === undefined) seen.set(text, (shown = this.redact(text)));
      return shown;
    };
    if (typeof value === 'string') return redact(value) as T;
    if (Array.isArray(value)) return value.map((v: unknown) => this.redactAll(v, seen)) as T;
    if (value && typeof value === 'object' && !(value instanceof Date)) {
      return Object.fromEntries(
        Object.entries(value).map(([k, v]) => [redact(k), this.redactAll(v, seen)]),
      ) as T;
    }
    return value;
  }

  private addValue(value: string): void {
    if (value.length < WINDOW) return this.addExact(value, true);
    if (this.values.has(value)) return;
    this.values.add(value);
    this.index = undefined;
    this.onValue?.(value);
    // Whole, in the forms it travels in, whatever its runs are.
    for (const form of wholeForms(value)) this.addExact(form);
  }

  private addExact(value: string, given = false): void {
    if (value.length < 4 || this.exact.has(value)) return;
    this.exact.add(value);
    this.index = undefined;
    if (given) this.onValue?.(value);
  }
}

/** A secret whole, as it is and encoded the ways it travels. */
function wholeForms(value: string): string[] {
  return [
    value,
    encodeURIComponent(value),
    Buffer.from(value).toString('base64'),
    Buffer.from(value).toString('base64url'),
    JSON.stringify(value).slice(1, -1),
  ];
}

/** A-Z to a-z, nothing else: lower-casing that keeps every index where it was. */
function lowerAscii(text: string): string {
  return text.replace(/[A-Z]+/g, (s) => s.toLowerCase());
}

/** How many of formsOf's forms are the secret's own characters (as it is, reversed, escaped). */
const RAW_FORMS = 4;

/** The forms a server may echo a secret in, its own characters first; each is searched for by its runs. */
function formsOf(value: string): string[] {
  const bytes = Buffer.from(value);
  const forms = [
    value,
    [...value].reverse().join(''),
    JSON.stringify(value).slice(1, -1),
    encodeURIComponent(value),
    bytes.toString('hex'),
  ];
  // base64 of the secret from each of the three alignments, so a fragment quoted from
  // anywhere in it shows up as a run of one of them.
  for (let skip = 0; skip < 3; skip++) {
    forms.push(bytes.subarray(skip).toString('base64'), bytes.subarray(skip).toString('base64url'));
  }
  return forms.map(lowerAscii);
}

const BASE = 31;
/** BASE^(WINDOW-1) mod 2^32, to roll the first character out of a window's hash. */
const TOP = (() => {
  let p = 1;
  for (let i = 1; i < WINDOW; i++) p = Math.imul(p, BASE) >>> 0;
  return p;
})();

function hashOf(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (Math.imul(h, BASE) + text.charCodeAt(i)) >>> 0;
  return h;
}

/** A way of reading the text: the characters read, and where each came from in it. */
interface View {
  text: string;
  /** Start and end (exclusive) in the original text of each character of `text`. */
  from: Int32Array;
  to: Int32Array;
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  lowbar: '_',
  period: '.',
  colon: ':',
  sol: '/',
  hyphen: '-',
  dash: '-',
  plus: '+',
  equals: '=',
  num: '#',
};

/** One UTF-16 unit for a decoded character (a secret is ASCII: anything wider stands as U+FFFD). */
function codeOf(n: number): number {
  return n < 0x10000 ? n : 0xfffd;
}

/**
 * The text read the way a decoder would: %XX, &#N;, &#xH;, a few named HTML entities,
 * \uXXXX, \xHH and backslash escapes decoded; line breaks (with the indentation after
 * them), control and invisible characters and the seal's characters (outside.ts) left
 * out. Spaces are kept: words of ours must not join into a secret's run. Lower-cased.
 */
function decodedView(text: string): View {
  const codes = new Uint16Array(text.length);
  const from = new Int32Array(text.length);
  const to = new Int32Array(text.length);
  let n = 0;
  const push = (code: number, start: number, end: number) => {
    codes[n] = code >= 65 && code <= 90 ? code + 32 : code;
    from[n] = start;
    to[n] = end;
    n++;
  };
  for (let i = 0; i < text.length;) {
    const c = text.charCodeAt(i);
    if (c === 37 /* % */ && isHex(text, i + 1, 2)) {
      push(parseInt(text.slice(i + 1, i + 3), 16), i, i + 3);
      i += 3;
      continue;
    }
    if (c === 38 /* & */) {
      const m = /^&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]{2,8}));?/i.exec(text.slice(i, i + 12));
      const decoded = m
        ? m[1] !== undefined
          ? codeOf(Number(m[1]))
          : m[2] !== undefined
            ? codeOf(parseInt(m[2], 16))
            : NAMED_ENTITIES[m[3]!.toLowerCase()]?.charCodeAt(0)
        : undefined;
      if (m && decoded !== undefined) {
        push(decoded, i, i + m[0].length);
        i += m[0].length;
        continue;
      }
    }
    if (c === 92 /* \ */ && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next === 117 /* u */ && isHex(text, i + 2, 4)) {
        push(parseInt(text.slice(i + 2, i + 6), 16), i, i + 6);
        i += 6;
        continue;
      }
      if (next === 120 /* x */ && isHex(text, i + 2, 2)) {
        push(parseInt(text.slice(i + 2, i + 4), 16), i, i + 4);
        i += 4;
        continue;
      }
      if (next > 32 && !isSkipped(next)) {
        push(next, i, i + 2);
        i += 2;
        continue;
      }
    }
    if (c === 10 || c === 13) {
      // A line break, and the indentation after it, is read through: a secret split across lines.
      i++;
      while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
      continue;
    }
    if (!isSkipped(c)) push(c, i, i + 1);
    i++;
  }
  return {
    text: Buffer.from(codes.buffer, 0, n * 2).toString('utf16le'),
    from: from.subarray(0, n),
    to: to.subarray(0, n),
  };
}

function isHex(text: string, at: number, count: number): boolean {
  if (at + count > text.length) return false;
  for (let i = at; i < at + count; i++) {
    const c = text.charCodeAt(i) | 32;
    if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102))) return false;
  }
  return true;
}

/** A character decodedView decodes, reads through or leaves out (see isSkipped): without one, it reads as the text. */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const DECODABLE = /[%&\\\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028\u2029\u2060\ufeff\ue000\ue001\u2424]/;

/** Control and invisible characters and the seal's characters: left out of the decoded view. */
function isSkipped(c: number): boolean {
  return (
    c < 32 ||
    (c >= 0x7f && c <= 0x9f) ||
    (c >= 0x200b && c <= 0x200f) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x2060 ||
    c === 0xfeff ||
    c === 0xe000 ||
    c === 0xe001 ||
    c === 0x2424 // ␤, a line break in sealed outside text
  );
}

/** The characters a value hidden whole is found by: the shortest such value's length. */
const EXACT_KEY = 4;

/** The first EXACT_KEY characters of `text` from `at`, as one number. */
function keyAt(text: string, at: number): number {
  let key = 0;
  for (let i = at; i < at + EXACT_KEY; i++) key = key * 65536 + text.charCodeAt(i);
  return key;
}

/** Every WINDOW-character run of every form of every secret, and a scan that masks them. */
class WindowIndex {
  private readonly windows = new Set<string>();
  /** A bit per hash bucket (the hash's top 20 bits): most runs are ruled out by one array read. */
  private readonly buckets = new Uint32Array(1 << 15);
  /** The values hidden whole, by their first EXACT_KEY characters, longest first. */
  private readonly exact = new Map<number, string[]>();

  constructor(values: Set<string>, exact: Set<string>) {
    for (const value of values)
      for (const [n, form] of formsOf(value).entries())
        for (let i = 0; i + WINDOW <= form.length; i++) {
          const w = form.slice(i, i + WINDOW);
          // The secret's own characters (as it is, reversed, escaped) are judged as they are; an
          // encoded run (hex, base64) always stands for characters of it.
          if (n < RAW_FORMS && !telling(w)) continue;
          this.windows.add(w);
          const b = hashOf(w) >>> 12;
          this.buckets[b >>> 5]! |= 1 << (b & 31);
        }
    // Longest first, so a value containing another is hidden whole.
    for (const value of [...exact].sort((a, b) => b.length - a.length)) {
      const key = keyAt(value, 0);
      const same = this.exact.get(key);
      if (same) same.push(value);
      else this.exact.set(key, [value]);
    }
  }

  mask(text: string): string {
    const spans: Array<[number, number]> = [];
    // One pass over the text, not one per value: a fleet's run has thousands of them.
    if (this.exact.size > 0)
      for (let at = 0; at + EXACT_KEY <= text.length; at++) {
        const values = this.exact.get(keyAt(text, at));
        if (values)
          for (const value of values)
            if (text.startsWith(value, at)) spans.push([at, at + value.length]);
      }
    if (this.windows.size > 0 && text.length >= WINDOW) {
      const lower = lowerAscii(text);
      this.scan(
        lower,
        spans,
        (i) => i,
        (i) => i + 1,
      );
      // Only text with something to decode or read through can read differently.
      const decoded = DECODABLE.test(text) ? decodedView(text) : undefined;
      if (decoded && decoded.text !== lower)
        this.scan(
          decoded.text,
          spans,
          (i) => decoded.from[i]!,
          (i) => decoded.to[i]!,
        );
    }
    if (spans.length === 0) return text;
    spans.sort((a, b) => a[0] - b[0]);
    let out = '';
    let at = 0;
    let masking = false;
    for (const [start, end] of spans) {
      // A span that overlaps or touches the one before it widens it: one mask for both.
      if (masking && start <= at) {
        at = Math.max(at, end);
        continue;
      }
      out += text.slice(at, start) + MASK;
      at = end;
      masking = true;
    }
    return out + text.slice(at);
  }

  /** Rolls a hash over every WINDOW-character run of `view`; a known run is a span to mask. */
  private scan(
    view: string,
    spans: Array<[number, number]>,
    start: (i: number) => number,
    end: (i: number) => number,
  ): void {
    if (view.length < WINDOW) return;
    let h = hashOf(view.slice(0, WINDOW));
    for (let i = 0; ; i++) {
      const b = h >>> 12;
      if (this.buckets[b >>> 5]! & (1 << (b & 31)) && this.windows.has(view.slice(i, i + WINDOW))) {
        const s = start(i);
        const e = end(i + WINDOW - 1);
        const last = spans[spans.length - 1];
        // Runs found one after another make one span.
        if (last && s <= last[1] && s >= last[0]) last[1] = Math.max(last[1], e);
        else spans.push([s, e]);
      }
      if (i + WINDOW >= view.length) break;
      h =
        (Math.imul((h - Math.imul(view.charCodeAt(i), TOP)) >>> 0, BASE) +
          view.charCodeAt(i + WINDOW)) >>>
        0;
    }
  }
}

/** A Logger whose every line is redacted before the adapter sees it. */
export function redactingLogger(logger: Logger, secrets: Secrets): Logger {
  return {
    info: (m) => logger.info(secrets.redact(m)),
    warn: (m) => logger.warn(secrets.redact(m)),
    debug: (m) => logger.debug(secrets.redact(m)),
  };
}
