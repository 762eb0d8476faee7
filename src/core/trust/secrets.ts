import { CLOSE, type Logger, OPEN, withoutUserInfo } from '../base/index.js';
import { CONFUSABLES } from './confusables.generated.js';
import { trimToken } from './token-form.js';

/** Git/Basic usernames a token travels with when no username is given (Bitbucket access and API tokens). */
const TOKEN_USERNAMES = ['x-token-auth', 'x-bitbucket-api-token-auth'];

/** Shorter whitespace-separated pieces are words ("token", "Bearer"), not secrets. */
const MIN_PART = 8;

/** No run of this many characters of a secret, in any letter case, is ever shown. */
export const WINDOW = 12;

/**
 * A run that tells something about a field of a Secrets Manager secret (`addField`), user
 * text that may hold an account ID or a date: not digits only and at least 5 different
 * characters (not padding such as 000000000000). Every other secret is found by every run
 * of it: a token's run that reads like words or digits is as much the token as any other.
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

/** What stands where a field of outside text that quoted a secret was. */
const MASK = '***';

/** What stands where a line (a message) that quoted a secret was: the whole of it. */
export const HIDDEN = '*** (hidden: it quoted a secret)';

/** Shortest secret hidden at all: anything shorter cannot be told from ordinary text. */
const MIN_SECRET = 3;

/** Shortest secret found in outside text (a URL's password) that is hidden: one with a run to find. */
const MIN_FOUND = 12;

/**
 * Every value that must never be printed, and the one redaction all output passes
 * through: the core redacts the Report and its log lines before they leave it, and
 * each entry point redacts whatever else it prints or writes (stdout/stderr,
 * annotations, outputs, the report file).
 *
 * Texts and secrets are compared by their skeletons (`skeleton`): compatibility-folded,
 * case-folded, look-alikes mapped, with every mark, format character, separator,
 * punctuation and symbol removed. Any run of 12 characters (WINDOW) of the skeleton of
 * a secret, in any of the forms a server may echo it in (as it is, reversed, hex, base64
 * at each alignment), inside the skeleton of a text hides that text whole: a field of
 * outside text (sealed, outside.ts) becomes `***`, any other line `HIDDEN`. The text is
 * also read with %-encoding, HTML and JSON character escapes decoded. A secret too short
 * to have a 12-character skeleton run is found only as a whole word, as it is given,
 * never inside a longer word. The work is linear in the text: a rolling hash over the
 * skeleton, looked up in a set of every secret's runs. URLs lose their user information.
 */
export class Secrets {
  /** Secrets whose fragments are hidden, each in every form: whether only its telling runs are. */
  private readonly values = new Map<string, boolean>();
  /** Values hidden whole and as given (Basic credentials, secrets shorter than WINDOW). */
  private readonly exact = new Set<string>();
  private index: WindowIndex | undefined;
  /** Grows with every value added: a text redacted before is redacted again if it has moved. */
  private added = 0;

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
    this.addSecret(value, false);
  }

  /**
   * A field of a Secrets Manager secret other than its token: user text, hidden like any
   * secret but for its runs of digits only or of fewer than 5 different characters (an
   * account ID, a date, padding), which would otherwise hide every ARN of the account.
   */
  addField(value: string | undefined): void {
    this.addSecret(value, true);
  }

  private addSecret(value: string | undefined, lenient: boolean): void {
    const trimmed = value?.trim();
    if (!trimmed || trimmed.length < MIN_SECRET) return;
    this.addValue(trimmed, lenient);
    // Also the form the token is used in, without invisible characters at its ends.
    const used = trimToken(trimmed);
    if (used !== trimmed && used.length >= MIN_SECRET) this.addValue(used, lenient);
    const parts = trimmed.split(/\s+/);
    if (parts.length > 1)
      for (const part of parts) if (part.length >= MIN_PART) this.addValue(part, lenient);
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
   * Hidden like any other, but only when it is long enough to be one (MIN_FOUND): outside
   * text cannot make every line holding a word such as a region name disappear. It is
   * not handed to the runner's masking.
   */
  addFound(value: string): void {
    const trimmed = value.trim();
    if (trimmed.length < MIN_FOUND) return;
    if (this.values.has(trimmed)) return;
    this.values.set(trimmed, false);
    this.dropIndex();
  }

  /** A value hidden only whole, as it is given (a Secrets Manager SecretString, whose keys are not secret). */
  addWhole(value: string | undefined): void {
    const trimmed = value?.trim();
    if (trimmed) this.addExact(trimmed, true);
  }

  /** Basic credentials travel base64-encoded: hide that form too. */
  addBasic(username: string, password: string, given = true): void {
    const basic = Buffer.from(`${username}:${password}`);
    this.addExact(basic.toString('base64'), given);
    this.addExact(basic.toString('base64url'));
  }

  /**
   * `text` with URLs' user information removed, and every line that quotes a secret
   * hidden: only the fields of outside text in it that quote one (`***`) when that is
   * enough, else the whole line (`HIDDEN`); a secret split across lines hides them all.
   */
  redact(text: string): string {
    const shown = withoutUserInfo(text);
    const index = this.currentIndex();
    if (!index?.matches(shown)) return shown;
    const out = hideLines(shown, index);
    return index.matches(out) ? HIDDEN : out;
  }

  /** How many times a value has been added: a text redacted before is redacted alike while it stays. */
  get generation(): number {
    return this.added;
  }

  /**
   * One text redacted in parts, in order (a report file written as its rows finish), as
   * `redact` would redact it whole: each part is made of whole lines (it ends with a line
   * break), its lines hidden as `redact` hides them, and each part is read together with the
   * one before it, so a secret split across the line where two parts meet is found. Where
   * `redact` would hide the whole text (a secret split across lines), `spoiled` says so and
   * the caller shows HIDDEN instead of the whole. A quote cannot span three parts: every part
   * the report file gives holds at least one whole row, whose own keys ("region", "action",
   * "status", "detail") are more than WINDOW characters in every view.
   */
  inParts(): { part(text: string): string; readonly spoiled: boolean } {
    let before = '';
    let spoiled = false;
    return {
      part: (text) => {
        const shown = withoutUserInfo(text);
        const index = this.currentIndex();
        if (!index?.matches(before + shown)) {
          before = shown;
          return shown;
        }
        const out = hideLines(shown, index);
        if (index.matches(before + out)) spoiled = true;
        before = out;
        return out;
      },
      get spoiled() {
        return spoiled;
      },
    };
  }

  private currentIndex(): WindowIndex | undefined {
    if (this.values.size === 0 && this.exact.size === 0) return undefined;
    return (this.index ??= new WindowIndex(this.values, this.exact));
  }

  private dropIndex(): void {
    this.index = undefined;
    this.added++;
  }

  /**
   * `text` made ready for a sink (`forPlain`, `forMarkdown`) and redacted: first with its
   * fields of outside text still marked, so that only a field quoting a secret is hidden,
   * then again after the sink's changes (which drop marks and escapes, and could join what
   * a secret was split by).
   */
  redactFor(sink: (text: string) => string, text: string): string {
    return this.redact(sink(this.redact(text)));
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
    if (Array.isArray(value)) {
      const items = value.map((v: unknown) => this.redactAll(v, seen));
      // A secret split across neighbouring strings of a list (each part too short to be a
      // run) is one run once the list is rendered (JSON puts only quotes, commas and spaces
      // between them): such a list is hidden string by string, so that the whole rendering
      // (a report file) is not.
      const strings = items.filter((v): v is string => typeof v === 'string');
      if (strings.length > 1 && this.quotes(strings.join('\n')))
        return items.map((v) => (typeof v === 'string' ? MASK : v)) as T;
      return items as T;
    }
    if (value && typeof value === 'object' && !(value instanceof Date)) {
      return Object.fromEntries(
        Object.entries(value).map(([k, v]) => [redact(k), this.redactAll(v, seen)]),
      ) as T;
    }
    return value;
  }

  /** Whether `text` quotes a secret, in any of the ways redact() looks for. */
  private quotes(text: string): boolean {
    if (this.values.size === 0 && this.exact.size === 0) return false;
    return (this.index ??= new WindowIndex(this.values, this.exact)).matches(text);
  }

  private addValue(value: string, lenient: boolean): void {
    if (value.length < WINDOW) return this.addExact(value, true);
    const known = this.values.get(value);
    if (known === false || known === lenient) return;
    // A value given both as a field and as a secret is found by every run.
    this.values.set(value, lenient);
    this.dropIndex();
    if (known !== undefined) return;
    this.onValue?.(value);
    // Whole, in the forms it travels in, whatever its runs are.
    for (const form of wholeForms(value)) this.addExact(form);
  }

  private addExact(value: string, given = false): void {
    if (value.length < MIN_SECRET || this.exact.has(value)) return;
    this.exact.add(value);
    this.dropIndex();
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

/**
 * The forms a server may echo a secret in, its own characters first; each is searched
 * for by its runs as they are (lower-cased) and by its skeleton's runs.
 */
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
  return forms;
}

/** How many of formsOf's forms are the secret's own characters (as it is, reversed, escaped). */
const RAW_FORMS = 4;

/**
 * Look-alikes that Unicode's confusables (UTS #39, confusables.generated.ts) leave out or map
 * to another letter than a reader sees, and that NFKD leaves as they are. Every other
 * look-alike is in the generated table; a unit test keeps this one free of its entries.
 */
export const LOOK_ALIKES: Record<string, string> = {
  // Unicode maps these to h, n and i; in lower case they read as n, v and l.
  η: 'n',
  ν: 'v',
  ӏ: 'l',
  // Latin-extended letters and Latin small capitals (IPA and phonetic extensions).
  ȷ: 'j',
  ɛ: 'e',
  ᴀ: 'a',
  ʙ: 'b',
  ᴅ: 'd',
  ᴇ: 'e',
  ꜰ: 'f',
  ɢ: 'g',
  ʜ: 'h',
  ᴊ: 'j',
  ᴋ: 'k',
  ʟ: 'l',
  ᴍ: 'm',
  ɴ: 'n',
  ᴘ: 'p',
  ꞯ: 'q',
  ᴛ: 't',
};
/**
 * Every look-alike by code point: Unicode's confusables that stand for one ASCII letter or
 * digit (generated, confusables.generated.ts), with the table above over them.
 */
const LOOK_ALIKE = new Map<number, number>([
  ...CONFUSABLES.map(([from, to]) => [from, to.charCodeAt(0)] as [number, number]),
  ...Object.entries(LOOK_ALIKES).map(
    ([from, to]) => [from.codePointAt(0)!, to.charCodeAt(0)] as [number, number],
  ),
]);

/**
 * A letter or a digit of any script (for characters beyond ASCII) that is seen as one:
 * not a default-ignorable character (invisible, though Unicode files the Hangul fillers
 * U+115F, U+1160, U+3164 and U+FFA0 as letters) nor a modifier letter (Lm: the tatweel,
 * prolonged sound marks, modifier colons and apostrophes, which read as separators;
 * NFKD has already folded the superscript letters among them into plain ones).
 */
const LETTER_OR_DIGIT = /^(?![\p{Lm}\p{Default_Ignorable_Code_Point}])[\p{L}\p{N}]/u;

/**
 * Symbols beyond the BMP that Unicode names as a Latin letter but NFKD leaves as they are:
 * regional indicators (U+1F1E6, REGIONAL INDICATOR SYMBOL LETTER A, to Z) and the negative
 * circled and squared capitals (U+1F150, U+1F170, A to Z). The letter they stand for (lower
 * case), undefined for any other character. (Tag characters, ASCII written invisibly, are
 * dropped here as every invisible character is, and no plain sink prints them: outside.ts.)
 */
function astralLetter(cp: number): number | undefined {
  for (const a of [0x1f1e6, 0x1f150, 0x1f170]) if (cp >= a && cp < a + 26) return 97 + cp - a;
  // DINGBAT (NEGATIVE) CIRCLED SANS-SERIF DIGIT ZERO.
  return cp === 0x1f10b || cp === 0x1f10c ? 48 : undefined;
}

/**
 * The digits in circles NFKD leaves as they are (DINGBAT NEGATIVE CIRCLED DIGIT ONE ❶ to
 * NINE, the circled and negative circled sans-serif ones ➀ ➊, DOUBLE CIRCLED ⓵, NEGATIVE
 * CIRCLED DIGIT ZERO ⓿): the ASCII digit, undefined for any other character.
 */
function circledDigit(c: number): number | undefined {
  for (const one of [0x2776, 0x2780, 0x278a, 0x24f5])
    if (c >= one && c < one + 9) return 49 + c - one;
  return c === 0x24ff ? 48 : undefined;
}

const DECIMAL = /\p{Nd}/u;
const DIGIT_VALUES = new Map<number, number>();

/**
 * A decimal digit of any script (Devanagari ३, Arabic-Indic ٣, Thai ๓, Adlam 𞥓...) as the
 * ASCII digit a reader of that script reads: undefined for any other character. Unicode
 * encodes every script's decimal digits in contiguous runs of 0 to 9, so a digit's value is
 * its distance from the start of its run, modulo 10 (runs such as the mathematical digits
 * lie next to each other). Ahead of the look-alikes: `١` is the digit one, whatever it
 * resembles.
 */
function decimalDigit(cp: number): number | undefined {
  const known = DIGIT_VALUES.get(cp);
  if (known !== undefined) return known;
  if (!DECIMAL.test(String.fromCodePoint(cp))) return undefined;
  let start = cp;
  while (DECIMAL.test(String.fromCodePoint(start - 1))) start--;
  const digit = 48 + ((cp - start) % 10);
  DIGIT_VALUES.set(cp, digit);
  return digit;
}

/**
 * A text's skeleton, what it reads as whatever its disguise: compatibility-decomposed
 * (NFKD: full-width and mathematical letters, ligatures and superscripts become plain
 * ones, accents separate), lower-cased, look-alikes mapped to Latin, and everything but
 * letters and digits removed (combining marks, soft hyphens, zero-width and bidi format
 * characters, spaces of every kind, punctuation, symbols, and the letters no one sees as
 * one: LETTER_OR_DIGIT). One pass: linear in the text.
 */
export function skeleton(text: string): string {
  // Most text is ASCII: there nothing decomposes and no look-alike stands.
  // eslint-disable-next-line no-control-regex
  if (!/[^\x00-\x7f]/.test(text)) return text.toLowerCase().replace(NOT_ASCII_ALNUM, '');
  // Full case folding too: Unicode folds ß (and ẞ, which lower-cases to it) to "ss".
  const folded = text.normalize('NFKD').toLowerCase().replaceAll('ß', 'ss');
  const codes = new Uint16Array(folded.length);
  let n = 0;
  for (let i = 0; i < folded.length; i++) {
    let c = folded.charCodeAt(i);
    if (c < 128) {
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) codes[n++] = c;
      continue;
    }
    c = decimalDigit(c) ?? LOOK_ALIKE.get(c) ?? c;
    if (c < 128) codes[n++] = c;
    else if (c >= 0xd800 && c <= 0xdbff) {
      // A character beyond the BMP (NFKD has already folded mathematical letters). A lone
      // surrogate (JSON's "\ud800" makes one; output shows it as U+FFFD) stands for
      // nothing and never takes the character after it along.
      const low = folded.charCodeAt(i + 1);
      if (!(low >= 0xdc00 && low <= 0xdfff)) continue;
      i++;
      const cp = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
      const letter = astralLetter(cp) ?? decimalDigit(cp) ?? LOOK_ALIKE.get(cp);
      if (letter !== undefined) codes[n++] = letter;
      else if (LETTER_OR_DIGIT.test(folded.slice(i - 1, i + 1))) {
        codes[n++] = c;
        codes[n++] = low;
      }
    } else if (!isSymbolOnly(c) && LETTER_OR_DIGIT.test(folded[i]!))
      codes[n++] = circledDigit(c) ?? c;
  }
  return Buffer.from(codes.buffer, 0, n * 2).toString('utf16le');
}

/**
 * A text folded as the skeleton folds it (compatibility, case, marks) with every space,
 * line break, control, format or other invisible character, dash and connector dropped, but
 * its other punctuation and symbols kept: a secret mostly made of them (a proxy password
 * such as `p@ss-w0rd_!#$%^&*()x`) has a skeleton too short to have a run, and is found by
 * its runs here instead. One pass of a character class, nothing that can backtrack.
 */
function punctuationKept(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replaceAll('ß', 'ss')
    .replace(/[\p{M}\p{Z}\p{C}\p{Pd}\p{Pc}\p{Default_Ignorable_Code_Point}\s]/gu, '');
}

const NOT_ASCII_ALNUM = /[^a-z0-9]+/g;
/** Full-width and small forms of ASCII (`＆＃％＼`, `﹠﹟﹪`): NFKC folds them to it. */
const WIDE_FORMS = /[\ufe50-\ufe6b\uff01-\uff5e]/;

/**
 * Blocks of the BMP that hold no letter or digit (Unicode assigns none there; a unit test
 * checks each against LETTER_OR_DIGIT): General Punctuation, Arrows to Miscellaneous
 * Technical, Box Drawing to Miscellaneous Symbols, and the Dingbats but for their circled
 * digits. Our own lines' marks (▸ ✔ ✖ ⚠ — …) are in them: their first redaction need not
 * compile the Unicode property pattern (about 1 ms at start).
 */
export const SYMBOL_BLOCKS: ReadonlyArray<readonly [number, number]> = [
  [0x2000, 0x206f],
  [0x2190, 0x23ff],
  [0x2500, 0x26ff],
  [0x2700, 0x2775],
  [0x2794, 0x27bf],
];

function isSymbolOnly(c: number): boolean {
  if (c < 0x2000 || c > 0x27bf) return false;
  for (const [from, to] of SYMBOL_BLOCKS) if (c >= from && c <= to) return true;
  return false;
}

/** A field of outside text, sealed (outside.ts). */
const SEALED = new RegExp(`${OPEN}([^${OPEN}${CLOSE}]*)${CLOSE}`, 'g');

/**
 * Each line of `text` that quotes a secret hidden: only its fields of outside text that quote
 * one (`***`) when that is enough, else the whole line (`HIDDEN`).
 */
function hideLines(text: string, index: WindowIndex): string {
  return text
    .split('\n')
    .map((line) => {
      if (!index.matches(line)) return line;
      const fields = line.replace(SEALED, (field, inner: string) =>
        index.matches(inner) ? `${OPEN}${MASK}${CLOSE}` : field,
      );
      return fields !== line && !index.matches(fields) ? fields : HIDDEN;
    })
    .join('\n');
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

/**
 * HTML's named entities of one Latin letter, styled or with a mark (`&gopf;` 𝕘, `&gscr;`,
 * `&gfr;`, `&Agrave;`, `&ouml;`, `&ccaron;`...): a letter, then how it is drawn. Read as the
 * letter, by their shape rather than HTML's list: one HTML does not name reads the same.
 */
const STYLED_LETTER =
  /^([a-z])(?:opf|scr|fr|grave|acute|circ|tilde|uml|ring|cedil|caron|macr|ogon|dot|breve|dblac|strok)$/i;

function styledLetter(name: string): string | undefined {
  return STYLED_LETTER.exec(name)?.[1];
}

/** One UTF-16 unit for a decoded character (a secret is ASCII: anything wider stands as U+FFFD). */
function codeOf(n: number): number {
  return n < 0x10000 ? n : 0xfffd;
}

/**
 * The text read the way a decoder would: %XX, &#N;, &#xH;, a few named HTML entities and
 * the escapes of escapeAt decoded; line breaks (with the indentation after them), control
 * and invisible characters and the seal's characters (outside.ts) left out. Spaces are kept: words of ours must not join into a secret's run.
 */
function decodedView(text: string): string {
  const codes = new Uint16Array(text.length);
  let n = 0;
  const push = (code: number, _start: number, _end: number) => {
    codes[n++] = code;
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
            : (NAMED_ENTITIES[m[3]!.toLowerCase()] ?? styledLetter(m[3]!))?.charCodeAt(0)
        : undefined;
      if (m && decoded !== undefined) {
        push(decoded, i, i + m[0].length);
        i += m[0].length;
        continue;
      }
    }
    const escaped = c === 92 || c === 48 ? escapeAt(text, i) : undefined;
    if (escaped) {
      push(escaped[0], i, escaped[1]);
      i = escaped[1];
      continue;
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
  return Buffer.from(codes.buffer, 0, n * 2).toString('utf16le');
}

/**
 * The character an escape at `at` stands for, and where the escape ends: \uXXXX, \u{H…}
 * (JavaScript, Rust, Swift), \xHH, an octal \NNN (C, PHP, a shell's $'…'), any other
 * backslash-escaped character, and 0xHH, a byte as a C, Go or Python list of them shows it.
 */
function escapeAt(text: string, at: number): [number, number] | undefined {
  if (text.charCodeAt(at) === 48 /* 0 */) {
    const byte =
      (text.charCodeAt(at + 1) | 32) === 120 /* x */ &&
      isHex(text, at + 2, 2) &&
      !isHex(text, at + 4, 1) &&
      !isWordChar(text, at - 1);
    return byte ? [parseInt(text.slice(at + 2, at + 4), 16), at + 4] : undefined;
  }
  if (at + 1 >= text.length) return undefined;
  const next = text.charCodeAt(at + 1);
  if (next === 117 /* u */ && isHex(text, at + 2, 4))
    return [parseInt(text.slice(at + 2, at + 6), 16), at + 6];
  // \UXXXXXXXX: C, C++, Python.
  if (next === 85 /* U */ && isHex(text, at + 2, 8))
    return [codeOf(parseInt(text.slice(at + 2, at + 10), 16)), at + 10];
  if (next === 120 /* x */ && isHex(text, at + 2, 2))
    return [parseInt(text.slice(at + 2, at + 4), 16), at + 4];
  if (next === 117 /* u */) {
    const m = /^\\u\{([0-9a-f]{1,6})\}/i.exec(text.slice(at, at + 10));
    if (m) return [codeOf(parseInt(m[1]!, 16)), at + m[0].length];
  }
  if (next >= 48 && next <= 55 /* 0-7 */) {
    let end = at + 2;
    while (end < at + 4 && text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 55) end++;
    return [parseInt(text.slice(at + 1, end), 8) & 0xff, end];
  }
  if (next > 32 && !isSkipped(next)) return [next, at + 2];
  return undefined;
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
const DECODABLE =
  // eslint-disable-next-line no-control-regex -- control characters are what it looks for
  /[%&\\\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028\u2029\u2060\ufeff\ue000\ue001\u2424]|0x[0-9a-f]{2}/i;

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
const EXACT_KEY = MIN_SECRET;

/** The first EXACT_KEY characters of `text` from `at`, as one number. */
function keyAt(text: string, at: number): number {
  let key = 0;
  for (let i = at; i < at + EXACT_KEY; i++) key = key * 65536 + text.charCodeAt(i);
  return key;
}

/** A letter or digit (of any script): what a whole word is made of. */
function isWordChar(text: string, at: number): boolean {
  return at >= 0 && at < text.length && /[\p{L}\p{N}]/u.test(text[at]!);
}

/** A set of WINDOW-character runs, and a rolling-hash scan for them. */
class Runs {
  private readonly runs = new Set<string>();
  /** A bit per hash bucket (the hash's top 20 bits): most runs are ruled out by one array read. */
  private readonly buckets = new Uint32Array(1 << 15);

  get size(): number {
    return this.runs.size;
  }

  /** Every WINDOW-character run of `form` (only the telling ones when `judged`), hashed as it rolls. */
  addAll(form: string, judged: boolean): void {
    if (form.length < WINDOW) return;
    let h = hashOf(form.slice(0, WINDOW));
    for (let i = 0; ; i++) {
      const run = form.slice(i, i + WINDOW);
      if (!judged || telling(run)) {
        this.runs.add(run);
        const b = h >>> 12;
        this.buckets[b >>> 5]! |= 1 << (b & 31);
      }
      if (i + WINDOW >= form.length) return;
      h = roll(h, form, i);
    }
  }

  /**
   * Rolls a hash over every WINDOW-character run of `view`: whether one is a known run. With
   * a `step`, the view is every step-th character of `view` from `offset` (read in place).
   */
  foundIn(view: string, step = 1, offset = 0): boolean {
    const count = Math.ceil((view.length - offset) / step);
    if (this.runs.size === 0 || count < WINDOW) return false;
    const at = (j: number) => view.charCodeAt(offset + j * step);
    const runAt = (j: number) => {
      if (step === 1) return view.slice(offset + j, offset + j + WINDOW);
      let run = '';
      for (let k = j; k < j + WINDOW; k++) run += view[offset + k * step];
      return run;
    };
    let h = 0;
    for (let j = 0; j < WINDOW; j++) h = (Math.imul(h, BASE) + at(j)) >>> 0;
    for (let j = 0; ; j++) {
      const b = h >>> 12;
      if (this.buckets[b >>> 5]! & (1 << (b & 31)) && this.runs.has(runAt(j))) return true;
      if (j + WINDOW >= count) return false;
      h = (Math.imul((h - Math.imul(at(j), TOP)) >>> 0, BASE) + at(j + WINDOW)) >>> 0;
    }
  }
}

/** The hash of the run at `i + 1` from the hash `h` of the run at `i`. */
function roll(h: number, text: string, i: number): number {
  return (
    (Math.imul((h - Math.imul(text.charCodeAt(i), TOP)) >>> 0, BASE) +
      text.charCodeAt(i + WINDOW)) >>>
    0
  );
}

/** A filler of up to this many characters after each of a secret's is read through (bonesIn). */
const STRIDES = [2, 3];

/** A secret of few letters and digits: the characters it holds, and its runs spelled with them. */
interface Spelled {
  chars: Set<number>;
  runs: Runs;
}

/**
 * A secret whose skeleton is too short to have a run (mostly punctuation), to be read in a
 * text with every character it does not hold dropped; undefined when it holds fewer than 5
 * different characters, which filler could spell (`************`).
 */
function spelledOf(value: string, lenient: boolean): Spelled | undefined {
  const folded = punctuationKept(value);
  const chars = new Set<number>();
  for (let i = 0; i < folded.length; i++) chars.add(folded.charCodeAt(i));
  if (folded.length < WINDOW || chars.size < 5) return undefined;
  const runs = new Runs();
  runs.addAll(folded, lenient);
  runs.addAll([...folded].reverse().join(''), lenient);
  return { chars, runs };
}

/** Every WINDOW-character run of every form of every secret, as it is and as a skeleton, and a scan for them. */
class WindowIndex {
  /**
   * Runs of each form as it is (lower-cased: a quote of 12 characters with a `_` in it) and
   * of its skeleton (a quote in disguise), in one set that both views of a text are scanned
   * against: a skeleton's run is letters and digits only, so it is in a text as it is only
   * where it is in the text's skeleton too, and a run with anything else in it never is.
   */
  private readonly runs = new Runs();
  /** Runs of each form with its punctuation kept (punctuationKept), for a secret whose skeleton is too short to have one. */
  private readonly marks = new Runs();
  /** The values found as they are, by their first EXACT_KEY characters, longest first. */
  private readonly exact = new Map<number, string[]>();
  /** Secrets of few letters and digits, each read with every character it does not hold dropped. */
  private readonly spelled: Spelled[] = [];

  constructor(values: Map<string, boolean>, exact: Set<string>) {
    for (const [value, lenient] of values) {
      if (skeleton(value).length < WINDOW) {
        const one = spelledOf(value, lenient);
        if (one) this.spelled.push(one);
      }
      for (const [n, form] of formsOf(value).entries()) {
        // Every run of every form, as it is and as a skeleton: the same rule for both. Only a
        // field's own characters (as it is, reversed, escaped) are judged by what they tell;
        // an encoded run (hex, base64) always stands for characters of it.
        const judged = lenient && n < RAW_FORMS;
        const lower = form.toLowerCase();
        this.runs.addAll(lower, judged);
        const bones = skeleton(form);
        // A form of letters and digits only (hex, say) is its own skeleton: its runs are in.
        if (bones !== lower) this.runs.addAll(bones, judged);
        if (bones.length < WINDOW) this.marks.addAll(punctuationKept(form), judged);
      }
    }
    // Longest first, so a value containing another is hidden whole.
    for (const value of [...exact].sort((a, b) => b.length - a.length)) {
      const key = keyAt(value, 0);
      const same = this.exact.get(key);
      if (same) same.push(value);
      else this.exact.set(key, [value]);
    }
  }

  /** Whether `text` quotes a secret: a value as it is, or a run of a secret's skeleton. */
  matches(text: string): boolean {
    if (this.exact.size > 0 && this.hasExact(text)) return true;
    if (this.runs.size + this.marks.size === 0 || text.length < WINDOW) return false;
    if (this.runs.foundIn(text.toLowerCase()) || this.bonesIn(skeleton(text))) return true;
    if (this.marks.size > 0 && this.spelledIn(punctuationKept(text))) return true;
    // Only text with something to decode can read differently; entities and escapes written
    // in full width (`＆＃１０３；`) are read once width is folded.
    const wide = WIDE_FORMS.test(text) ? text.normalize('NFKC') : text;
    if (!DECODABLE.test(wide)) return false;
    const decoded = decodedView(wide).toLowerCase();
    return (
      this.runs.foundIn(decoded) ||
      this.bonesIn(skeleton(decoded)) ||
      (this.marks.size > 0 && this.spelledIn(punctuationKept(decoded)))
    );
  }

  /**
   * Whether a text's skeleton holds a run of a secret's skeleton: as it is, or read taking
   * every second or every third character from each offset, so that a filler of one or two
   * letters or digits after each character of a secret (`gxhxpx_x…`, a changing letter each
   * time) hides it as separators do. Five more linear scans of the skeleton.
   */
  private bonesIn(bones: string): boolean {
    if (this.runs.foundIn(bones)) return true;
    for (const step of STRIDES)
      for (let offset = 0; offset < step; offset++)
        if (this.runs.foundIn(bones, step, offset)) return true;
    return false;
  }

  /**
   * Whether a text folded by punctuationKept holds a run of a secret of few letters and
   * digits: as it is, or read with every character the secret does not hold dropped (a dot,
   * a slash, a letter put between its characters). One pass per such secret (a proxy's
   * password, say: a run has one or two).
   */
  private spelledIn(folded: string): boolean {
    if (this.marks.foundIn(folded)) return true;
    for (const { chars, runs } of this.spelled) {
      const codes = new Uint16Array(folded.length);
      let n = 0;
      for (let i = 0; i < folded.length; i++) {
        const c = folded.charCodeAt(i);
        if (chars.has(c)) codes[n++] = c;
      }
      if (n >= WINDOW && runs.foundIn(Buffer.from(codes.buffer, 0, n * 2).toString('utf16le')))
        return true;
    }
    return false;
  }

  /**
   * One pass over the text, not one per value (a fleet's run has thousands of them). A
   * value shorter than WINDOW counts only as a whole word: never inside a longer one.
   */
  private hasExact(text: string): boolean {
    for (let at = 0; at + EXACT_KEY <= text.length; at++) {
      const values = this.exact.get(keyAt(text, at));
      if (values)
        for (const value of values)
          if (
            text.startsWith(value, at) &&
            (value.length >= WINDOW ||
              (!isWordChar(text, at - 1) && !isWordChar(text, at + value.length)))
          )
            return true;
    }
    return false;
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
