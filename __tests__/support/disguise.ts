// Disguises of a secret, generated (issue 25, point 12): what a hostile server may make of a
// token it quotes back. Any slice (13 characters or more, 12 of them letters or digits) of the secret, each character in
// any case, full width, mathematical or circled, with any combining accent, as a Cyrillic,
// Greek, Armenian or Latin look-alike or a small capital, with any run of separators
// between (spaces of every width, dashes, dots, no-break spaces, soft hyphens, zero-width and
// bidi controls, Hangul fillers, modifier letters, line breaks), forwards or reversed; or
// the slice in one of the encodings already covered (hex, %-escapes, HTML and JSON escapes,
// base64). Written apart from src: nothing here imports the product's redaction.
import fc from 'fast-check';

export const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Letters from other scripts a reader takes for Latin ones, by the letter. */
const LOOK_ALIKES: Record<string, string[]> = {
  a: ['а', 'α', 'ɑ'],
  b: ['в', 'β'],
  l: ['ӏ'],
  c: ['с'],
  d: ['ԁ'],
  e: ['е', 'ε', 'ё', 'ɛ'],
  g: ['ɡ', 'ց'],
  h: ['һ', 'հ'],
  i: ['і', 'ι', 'ı', 'ɩ', 'ї'],
  j: ['ј', 'ȷ', 'ϳ'],
  k: ['к', 'κ'],
  n: ['η', 'ո'],
  o: ['о', 'ο', 'օ'],
  p: ['р', 'ρ'],
  q: ['ԛ', 'զ'],
  s: ['ѕ'],
  t: ['т', 'τ'],
  u: ['υ', 'ս'],
  v: ['ν', 'ѵ'],
  w: ['ԝ'],
  x: ['х', 'χ'],
  y: ['у', 'γ'],
  z: ['ζ'],
};
const SMALL_CAPITALS = 'ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘꞯʀꜱᴛᴜᴠᴡ_ʏᴢ';

/** What a reader does not see, or sees as a gap, between two characters. */
const SEPARATORS = [
  ' ', '-', '_', '.', '/', ':', '·', '\t', '\n', '\r\n', '\u00a0', '\u00ad', '\u2009', '\u3000',
  '\u2010', '\u2011', '\u2013', '\u2212', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff',
  '\u034f', '\u180e', '\u2066', '\u2067', '\u2068', '\u2069', '\u202a', '\u202b', '\u202c',
  '\u202d', '\u202e', '\u200e', '\u200f', '\u061c', '\u3164', '\u115f', '\u1160', '\uffa0',
  '\u0640', '\u30fc', '\uff70', '\u02d0',
]; // prettier-ignore

const CHAR_FORMS = [
  'as-is',
  'upper',
  'lower',
  'full-width',
  'math-bold',
  'math-sans-bold',
  'circled',
  'look-alike',
  'small-capital',
] as const;
type CharForm = (typeof CHAR_FORMS)[number];

function offset(c: string, letters: [number, number], digit?: (d: number) => number): string {
  if (/[A-Z]/.test(c)) return String.fromCodePoint(letters[0] + c.charCodeAt(0) - 65);
  if (/[a-z]/.test(c)) return String.fromCodePoint(letters[1] + c.charCodeAt(0) - 97);
  if (/[0-9]/.test(c) && digit) return String.fromCodePoint(digit(Number(c)));
  return c;
}

/** One character as a form writes it (`pick` chooses among look-alikes). */
function disguiseChar(c: string, form: CharForm, pick: number): string {
  const lower = c.toLowerCase();
  switch (form) {
    case 'as-is':
      return c;
    case 'upper':
      return c.toUpperCase();
    case 'lower':
      return lower;
    case 'full-width':
      return c > ' ' && c <= '~' ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c;
    case 'math-bold':
      return offset(c, [0x1d400, 0x1d41a], (d) => 0x1d7ce + d);
    case 'math-sans-bold':
      return offset(c, [0x1d5d4, 0x1d5ee], (d) => 0x1d7ec + d);
    case 'circled':
      return offset(c, [0x24b6, 0x24d0], (d) => (d === 0 ? 0x24ea : 0x2460 + d - 1));
    case 'look-alike': {
      const options = LOOK_ALIKES[lower];
      if (!options) return c;
      const alike = options[pick % options.length]!;
      return c === lower ? alike : alike.toUpperCase();
    }
    case 'small-capital': {
      const i = lower.charCodeAt(0) - 97;
      const small = i >= 0 && i < 26 ? SMALL_CAPITALS[i]! : '_';
      return small === '_' ? c : small;
    }
  }
}

const ENCODINGS = [
  'hex',
  'HEX',
  'percent',
  'url-component',
  'html-decimal',
  'html-hex',
  'json-unicode',
  'base64',
  'base64url',
] as const;

function encode(text: string, encoding: (typeof ENCODINGS)[number]): string {
  const hex = (c: string) => Buffer.from(c).toString('hex');
  switch (encoding) {
    case 'hex':
      return hex(text);
    case 'HEX':
      return hex(text).toUpperCase();
    case 'percent':
      return [...text].map((c) => `%${hex(c).toUpperCase()}`).join('');
    case 'url-component':
      return encodeURIComponent(text);
    case 'html-decimal':
      return [...text].map((c) => `&#${c.codePointAt(0)};`).join('');
    case 'html-hex':
      return [...text].map((c) => `&#x${c.codePointAt(0)!.toString(16)};`).join('');
    case 'json-unicode':
      return [...text].map((c) => `\\u${hex(c).padStart(4, '0')}`).join('');
    case 'base64':
      return Buffer.from(text).toString('base64');
    case 'base64url':
      return Buffer.from(text).toString('base64url');
  }
}

/** A disguise of a secret: a function of it, with a description fast-check prints on failure. */
export type Disguise = ((secret: string) => string) & { toString(): string };

const perCharacter = fc
  .record({
    from: fc.nat(),
    // 13: a slice holding the `_` still has 12 letters and digits.
    length: fc.integer({ min: 13, max: 64 }),
    forms: fc.array(
      fc.record({
        form: fc.constantFrom(...CHAR_FORMS),
        pick: fc.nat(4),
        accent: fc.option(fc.integer({ min: 0x300, max: 0x36f }), { freq: 3 }),
        gap: fc.array(fc.constantFrom(...SEPARATORS), { maxLength: 2 }),
      }),
      { minLength: 1, maxLength: 8 },
    ),
    reversed: fc.boolean(),
  })
  .map(({ from, length, forms, reversed }) => {
    const disguise = (secret: string) => {
      const start = from % Math.max(1, secret.length - 11);
      const chars = [...secret.slice(start, start + length)].map((c, i) => {
        const f = forms[i % forms.length]!;
        const accent = f.accent === null ? '' : String.fromCodePoint(f.accent);
        return `${disguiseChar(c, f.form, f.pick)}${/[a-z]/i.test(c) ? accent : ''}${f.gap.join('')}`;
      });
      return (reversed ? chars.reverse() : chars).join('');
    };
    return Object.assign(disguise, {
      toString: () => `per character ${JSON.stringify({ from, length, forms, reversed })}`,
    }) as Disguise;
  });

const encoded = fc
  .record({
    from: fc.nat(),
    // 13: a slice holding the `_` still has 12 letters and digits.
    length: fc.integer({ min: 13, max: 64 }),
    encoding: fc.constantFrom(...ENCODINGS),
  })
  .map(({ from, length, encoding }) => {
    const disguise = (secret: string) => {
      const start = from % Math.max(1, secret.length - 11);
      return encode(secret.slice(start, start + length), encoding);
    };
    return Object.assign(disguise, {
      toString: () => `encoded ${JSON.stringify({ from, length, encoding })}`,
    }) as Disguise;
  });

export const disguise = fc.oneof(
  { weight: 3, arbitrary: perCharacter },
  { weight: 1, arbitrary: encoded },
);
/** A token of the form GitHub gives: `ghp_` and 36 letters and digits. */
export const githubToken = fc
  .string({ unit: fc.constantFrom(...ALNUM), minLength: 36, maxLength: 36 })
  .map((body) => `ghp_${body}`);
