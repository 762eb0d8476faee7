// Text from outside: what a provider, AWS or a CodeBuild project says (logins, scopes,
// project names and source locations, error messages, webhook data). It is sealed by one
// function, `outside`, when it is read, and every sink finishes it: plain sinks drop the
// seal (`forPlain`), Markdown sinks set it in code spans (`forMarkdown`, markdown.ts). Our
// own text passes through both unchanged. SECURITY.md has the threat model.
import { looksRandom } from './random-words.js';

declare const sealed: unique symbol;

/**
 * Text that came from outside, sealed: one line, no control characters or escape
 * sequences, no URL user information, bounded, cannot start a workflow command, and
 * marked so that a Markdown sink sets it in a code span. Only `outside` makes one.
 */
export type OutsideText = string & { readonly [sealed]: true };

/**
 * The seal: private-use characters around outside text, which no outside text can
 * hold (they are removed from it). Plain sinks remove them; Markdown sinks turn the
 * span between them into a code span.
 */
export const OPEN = '\uE000';
export const CLOSE = '\uE001';

/** What a line break inside outside text is shown as: it stays on one line. */
export const LINE_BREAK = '\u2424';

/** Longest outside text shown: a project name is at most 255 characters, a location about as long. */
export const OUTSIDE_MAX = 300;

// ANSI/VT escape sequences (CSI, OSC, and two-character ESC sequences), and their 8-bit CSI.
const ESCAPES =
  // eslint-disable-next-line no-control-regex
  /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-_]|\x9b[0-?]*[ -/]*[@-~]/g;
/**
 * Control characters (C0 but tab, DEL, C1), line and paragraph separators, bidirectional
 * overrides and isolates (they reorder what is shown around them), zero-width characters
 * and the byte-order mark, and the seal's own characters.
 */
const INVISIBLE =
  // eslint-disable-next-line no-control-regex
  /[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ue000\ue001]/g;

/** A run of text that may be one URL: no whitespace, quotes or angle brackets. */
const WORD = /[^\s"'<>`]+/g;
/** What a URL's host starts with. */
const HOST_START = /[\p{L}\p{N}[]/u;
/** A character of a user name where no scheme says a URL starts. */
const USER_CHAR = /^[\w.~%-]$/;
/** Whether the character at `at` may be in a user name where no scheme says a URL starts. */
function isUserChar(text: string, at: number): boolean {
  return USER_CHAR.test(text.charAt(at));
}
/** `host:port` then a path, not `user:password`. */
const HOST_PORT = /^[^:/?#]*:\d+(?:[/?#]|$)/;

/**
 * The user information in each URL of `text`, of any shape: `user:password@host` with a
 * scheme, after `//`, or bare (`builder:S3cret@github.com/o/r.git`), the password
 * holding `/`, `?` or `#` or not; and `token@host` after a scheme or `//`. Each as
 * [start, end] (the `@` included) with the user and the password. One pass: linear.
 */
function userInfos(
  text: string,
): Array<{ start: number; end: number; user: string; password: string }> {
  const found: Array<{ start: number; end: number; user: string; password: string }> = [];
  if (!text.includes('@')) return found;
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    const first = word.indexOf('@');
    if (first < 0) continue;
    const slashes = word.indexOf('//');
    const scheme = slashes >= 0 && slashes < first;
    let start = scheme ? slashes + 2 : 0;
    if (!scheme) {
      // Bare: `user:password@host`; the user name ends at the first `:` before the `@`.
      const colon = word.indexOf(':');
      if (colon <= 0 || colon > first) continue;
      start = colon;
      while (start > 0 && isUserChar(word, start - 1)) start--;
      if (start === colon) continue;
    }
    // Where a URL parser ends it: the last `@` before the authority ends (its first `/`, `?`
    // or `#` after the first `@`), so a password holding `@` as it is is stripped whole; else
    // the first `@` a host follows; else the last one.
    const end = word.slice(first).search(/[/?#]/);
    const authority = end < 0 ? word : word.slice(0, first + end);
    for (const at of [authority.lastIndexOf('@'), first, word.lastIndexOf('@')]) {
      const info = word.slice(start, at);
      if (!info || !HOST_START.test(word[at + 1] ?? '')) continue;
      const colon = info.indexOf(':');
      if (colon < 0 ? !scheme || /[/?#]/.test(info) : HOST_PORT.test(info)) continue;
      found.push({
        start: m.index + start,
        end: m.index + at + 1,
        user: colon < 0 ? info : info.slice(0, colon),
        password: colon < 0 ? '' : info.slice(colon + 1),
      });
      break;
    }
  }
  return found;
}

/** URLs in `text` shown without their user information: `https://user:pw@host/x` → `https://host/x`. */
export function withoutUserInfo(text: string): string {
  // Every line of output passes here: most hold no `@` at all.
  const infos = userInfos(text);
  if (infos.length === 0) return text;
  let out = '';
  let at = 0;
  for (const { start, end } of infos) {
    out += text.slice(at, start);
    at = end;
  }
  return out + text.slice(at);
}

/** The passwords (and user names) in the user information of the URLs in `text`, to be added to the secrets. */
export function userInfoIn(text: string): string[] {
  const found: string[] = [];
  for (const { user, password } of userInfos(text)) {
    if (password) found.push(safeDecode(password));
    // A user name alone is how a token often travels (`https://ghp_…@github.com`), and so is
    // one that looks like a token before a placeholder password (`<token>:x-oauth-basic@`).
    if (user && (!password || looksRandom(safeDecode(user)))) found.push(safeDecode(user));
  }
  return found;
}

/** A URL's percent-encoded part decoded; as it is when it is not valid percent-encoding. */
export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * The one sanitiser: any value from outside, made safe to show. Control characters,
 * escape sequences and invisible characters are removed, line breaks become ␤ and tabs
 * spaces, URLs lose their user information, workflow command openings are broken,
 * and it is cut to `max` characters. `undefined` and `null` give ''.
 */
export function outside(value: unknown, max = OUTSIDE_MAX): OutsideText {
  let text = value === undefined || value === null ? '' : String(value);
  // Bound the work before the regular expressions run on it.
  if (text.length > max * 4) text = text.slice(0, max * 4);
  text = text
    .replace(ESCAPES, '')
    // A line break stays visible as ␤ (and the redaction reads through it, secrets.ts).
    .replace(/[\r\n\v\f\u2028\u2029\u0085]+/g, LINE_BREAK)
    .replace(/\t/g, ' ')
    .replace(INVISIBLE, '')
    .replace(CONTROLS, '')
    .replace(/ {2,}/g, ' ')
    .trim();
  text = breakCommands(withoutUserInfo(text));
  if (text.length > max) text = `${text.slice(0, max - 1)}…`;
  return `${OPEN}${text}${CLOSE}` as OutsideText;
}

/** `outside` for each of a list (scopes, say). */
export function outsideAll(values: readonly unknown[], max?: number): OutsideText[] {
  return values.map((v) => outside(v, max));
}

/**
 * Breaks what the GitHub runner reads as a workflow command: `::` at the start of a
 * line (after spaces), and the older `##[` anywhere in a line.
 */
export function breakCommands(line: string): string {
  return line.replace(/^(\s*):(?=:)/, '$1: ').replace(/##\[/g, '## [');
}

/**
 * Control characters a plain sink never passes on: C0 but tab and line feed, DEL, C1; and
 * the tag characters (U+E0000 to U+E007F), which write ASCII no one sees: a secret spelt
 * in them would be printed whole, invisibly.
 */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u{e0000}-\u{e007f}]/gu;

/**
 * What every sink does first: every escape sequence (CSI, OSC, C1) and control character
 * removed; every line terminator the runner or a terminal honours but `\n` (a lone `\r`,
 * U+0085, U+2028, U+2029) shown as ␤, so no line is split where the text does not say so.
 * The seal is kept.
 */
export function clean(text: string): string {
  return text
    .replace(ESCAPES, '')
    .replace(/\r\n/g, '\n')
    .replace(/[\r\u0085\u2028\u2029]/g, LINE_BREAK)
    .replace(CONTROLS, '');
}

/**
 * A plain-text sink's last step (log lines, annotations, outputs, the report file):
 * `clean`, the seal removed, and no line can begin a workflow command, whatever made it.
 */
export function forPlain(text: string): string {
  return clean(text)
    .replace(/[\uE000\uE001]/g, '')
    .split('\n')
    .map(breakCommands)
    .join('\n');
}
