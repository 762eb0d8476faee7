// Outside text and secrets (issue 16): property-based tests of the one sanitiser
// (outside.ts) and of the redaction (secrets.ts). Any string in: no line out that the
// runner reads as a workflow command, no control characters, nothing outside a code
// span in Markdown, and no run of 12 characters of a secret in any form it was echoed in.
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { codeSpan, forMarkdown } from '../../src/core/base/markdown.js';
import { forPlain, outside, userInfoIn, withoutUserInfo } from '../../src/core/base/outside.js';
import { HIDDEN, Secrets } from '../../src/core/trust/secrets.js';

// The documented values (SECURITY.md), pinned here rather than read from the source, so
// that a change to the source's constants fails these tests.
/** No run of this many characters of a secret is ever shown. */
const WINDOW = 12;
/** Outside text is cut to this many characters. */
const OUTSIDE_MAX = 300;

const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);

/** Strings an attacker would try: commands, escapes, markup, line breaks, anything. */
const hostile = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc
    .array(
      fc.constantFrom(
        '\n',
        '\r',
        '\r\n',
        '\u2028',
        '\u0085',
        '::',
        '::warning title=x::',
        '::add-mask::us-east-1',
        '##[error]',
        '\x1b[31m',
        '\x1b]8;;https://evil\x07',
        '\u202e',
        '<img src=x onerror=alert(1)>',
        '[x](https://evil)',
        '@octocat',
        '# heading',
        '`',
        '``',
        '|',
        '\uE000',
        '\uE001',
        'https://user:pw@host/x',
        ' ',
        'a',
      ),
      { maxLength: 40 },
    )
    .map((parts) => parts.join('')),
);

/** A line the GitHub runner reads as a command: `::` after leading whitespace, or `##[` anywhere. */
const commandLine = (text: string) => text.split(/\r?\n/).find((l) => /^\s*::|##\[/.test(l));

describe('outside(): any string in', () => {
  test('plain sinks: no workflow command line, no control character, bounded', () => {
    fc.assert(
      fc.property(hostile, hostile, (a, b) => {
        // Outside text at the start of a line, in the middle, and after a line of ours.
        const shown = forPlain(`${outside(a)}\nLogin: ${outside(b)} (ok)\n${outside(a)}`);
        expect(commandLine(shown)).toBeUndefined();
        // eslint-disable-next-line no-control-regex
        expect(shown).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\u202e\uE000\uE001]/);
        expect(shown.split('\n')).toHaveLength(3);
        for (const line of shown.split('\n'))
          expect(line.length).toBeLessThanOrEqual(OUTSIDE_MAX + 12);
      }),
      { numRuns: RUNS },
    );
  });

  test('Markdown sinks: outside text is only ever inside a code span', () => {
    fc.assert(
      fc.property(hostile, (a) => {
        const md = forMarkdown(`| Identity | ${outside(a)} |`);
        const m = /^\| Identity \| (?:(`+)( ?)(.*)\2\1)? \|$/s.exec(md);
        expect(m).not.toBeNull();
        const [, fence = '', , inner = ''] = m!;
        // The fence is longer than any run of backticks inside: the span cannot be closed early.
        for (const run of inner.match(/`+/g) ?? []) expect(run.length).toBeLessThan(fence.length);
        expect(inner).not.toContain('\n');
        expect(commandLine(md)).toBeUndefined();
      }),
      { numRuns: RUNS },
    );
  });

  test('any text at all through forPlain: no workflow command line', () => {
    fc.assert(
      fc.property(hostile, (a) => {
        expect(commandLine(forPlain(a))).toBeUndefined();
      }),
      { numRuns: RUNS },
    );
  });

  test('examples: escapes, commands, user information', () => {
    expect(forPlain(outside('\x1b[31mred\x1b[0m\n::warning title=x::boom'))).toBe(
      'red␤::warning title=x::boom',
    );
    expect(forPlain(outside('::add-mask::us-east-1'))).toBe(': :add-mask::us-east-1');
    expect(forPlain(outside('x ##[error]y'))).toBe('x ## [error]y');
    expect(forPlain(outside('https://ci-bot:ghp_secret@github.com/myorg'))).toBe(
      'https://github.com/myorg',
    );
    expect(forPlain(outside('a'.repeat(1000)))).toHaveLength(OUTSIDE_MAX);
    expect(forMarkdown(`- ${outside('@octocat <b>x</b>')}`)).toBe('- `@octocat <b>x</b>`');
    // Inside our own code span, outside text is inert; only its backticks are replaced.
    expect(forMarkdown(`\`run --name ${outside('a`b')}\``)).toBe('`run --name aˋb`');
    expect(codeSpan('`x`')).toBe('`` `x` ``');
  });

  test('Markdown sinks: text that is not sealed adds no HTML, image, mention or reference', () => {
    expect(
      forMarkdown('- It broke: <img src=x> @octocat #12 acme/r#7 GH-9 &#64;hubot ![p](u)'),
    ).toBe(
      '- It broke: &lt;img src=x> <code>@octocat</code> <code>#12</code> acme/r<code>#7</code> <code>GH-9</code> &amp;<code>#64</code>;hubot !&#91;p](u)',
    );
    // Our own code spans and HTML stay; a loose backtick cannot pair with a sealed span's fence.
    expect(forMarkdown('`kind` <sub>v</sub>')).toBe('`kind` <sub>v</sub>');
    expect(forMarkdown(`a \` ${outside('<b>')} b`)).toBe('a ˋ `<b>` b');
    // In what may be an HTML block, code spans do not hold: <code> with entities.
    expect(forMarkdown(`<summary>${outside('@x <b>')}</summary>`)).toBe(
      '<summary><code>@x &lt;b&gt;</code></summary>',
    );
    // A second pass changes nothing.
    const once = forMarkdown(`| ${outside('a|b @c')} | <i> @d |`);
    expect(forMarkdown(once)).toBe(once);
  });

  test('user information: removed from URLs, the password found', () => {
    expect(withoutUserInfo('see https://ci-bot:ghp_x@github.com/myorg and git://a@b/c')).toBe(
      'see https://github.com/myorg and git://b/c',
    );
    expect(userInfoIn('https://ci-bot:p%40ss@h/x https://ghp_tokenonly@h')).toEqual([
      'p@ss',
      'ghp_tokenonly',
    ]);
  });
});

const TOKEN_CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_';
const secretArb = fc
  .string({ unit: fc.constantFrom(...TOKEN_CHARS), minLength: WINDOW, maxLength: 60 })
  // Mostly distinct characters, as real tokens are: a secret like "aaaaaaaaaaaa" is a word.
  .filter((s) => new Set(s).size >= 8);

const hex = (s: string) => Buffer.from(s).toString('hex');
const pct = (s: string) => [...s].map((c) => `%${hex(c).toUpperCase()}`).join('');
const entities = (s: string) => [...s].map((c) => `&#${c.charCodeAt(0)};`).join('');
const hexEntities = (s: string) => [...s].map((c) => `&#x${hex(c)};`).join('');
const reverse = (s: string) => [...s].reverse().join('');

/** The altered forms a server was seen to echo (issue 16, finding 2), each with its encoding of one run. */
const FORMS: Array<[string, (s: string) => string, (run: string) => string]> = [
  ['raw', (s) => s, (w) => w],
  ['lower-cased', (s) => s.toLowerCase(), (w) => w.toLowerCase()],
  ['upper-cased', (s) => s.toUpperCase(), (w) => w.toUpperCase()],
  ['reversed', reverse, reverse],
  ['hex', hex, hex],
  ['fully %-encoded', pct, pct],
  ['HTML entities', entities, entities],
  ['HTML hex entities', hexEntities, hexEntities],
  ['JSON \\u escapes', (s) => [...s].map((c) => `\\u00${hex(c)}`).join(''), (w) => w],
];

/** The runs of WINDOW characters of `secret`, each as `encode` writes it, found in `text` (any case). */
function leakedRuns(text: string, secret: string, encode: (run: string) => string): string[] {
  const lower = text.toLowerCase();
  const found: string[] = [];
  for (let i = 0; i + WINDOW <= secret.length; i++) {
    const run = secret.slice(i, i + WINDOW);
    if (lower.includes(encode(run).toLowerCase())) found.push(run);
  }
  return found;
}

describe('redaction: no run of 12 characters of a secret, in any form', () => {
  test.each(FORMS)('%s, cut anywhere, with anything around it', (_name, form, encode) => {
    fc.assert(
      fc.property(
        secretArb,
        hostile,
        hostile,
        fc.nat(),
        fc.nat(),
        (secret, before, after, a, b) => {
          const secrets = new Secrets();
          secrets.add(secret);
          // A piece of the secret of at least WINDOW characters, from anywhere in it.
          const start = a % (secret.length - WINDOW + 1);
          const end = start + WINDOW + (b % (secret.length - start - WINDOW + 1));
          const piece = secret.slice(start, end);
          const out = secrets.redact(`${before}${form(piece)}${after}`);
          expect(leakedRuns(out, secret, encode)).toEqual([]);
          expect(leakedRuns(out, secret, (w) => w)).toEqual([]);
          expect(leakedRuns(out, secret, reverse)).toEqual([]);
        },
      ),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  });

  test('split by a line break anywhere', () => {
    fc.assert(
      fc.property(
        secretArb,
        fc.nat(),
        fc.constantFrom('\n', '\r\n', '\n  ', '\r\n\t'),
        (s, at, br) => {
          const secrets = new Secrets();
          secrets.add(s);
          const cut = 1 + (at % (s.length - 1));
          const out = secrets.redact(`said: ${s.slice(0, cut)}${br}${s.slice(cut)} end`);
          expect(leakedRuns(out.replace(/[\r\n]+[ \t]*/g, ''), s, (w) => w)).toEqual([]);
        },
      ),
      { numRuns: RUNS },
    );
  });

  test('split into short pieces by line breaks, then sealed as outside text (␤)', () => {
    fc.assert(
      fc.property(secretArb, fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), (s, cuts) => {
        const secrets = new Secrets();
        secrets.add(s);
        const at = [...new Set(cuts.map((c) => 1 + (c % (s.length - 1))))].sort((x, y) => x - y);
        const pieces = at.map((end, i) => s.slice(at[i - 1] ?? 0, end)).concat(s.slice(at.at(-1)));
        const out = secrets.redact(forPlain(`said: ${outside(pieces.join('\n'))}`));
        expect(leakedRuns(out.replace(/[\u2424\s]+/g, ''), s, (w) => w)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  test('base64 of any piece, in either alphabet', () => {
    fc.assert(
      fc.property(secretArb, fc.nat(), fc.boolean(), (s, at, url) => {
        const secrets = new Secrets();
        secrets.add(s);
        const piece = s.slice(at % (s.length - WINDOW + 1));
        const encoded = Buffer.from(piece).toString(url ? 'base64url' : 'base64');
        const out = secrets.redact(`token=${encoded};`);
        // What the masked text still gives away, decoded: never a run of the secret.
        const decoded = Buffer.from(out.replace(/\*\*\*/g, '!'), 'base64').toString('latin1');
        expect(leakedRuns(decoded, s, (w) => w)).toEqual([]);
        expect(out).not.toContain(encoded.slice(0, 16));
      }),
      { numRuns: RUNS },
    );
  });

  test('examples from the review: every form of a GitHub token hides the line it is in', () => {
    const token = 'ghp_' + 'Pr00fR3dact10nT0kenAbCdEfGhIjKlMnOp';
    const secrets = new Secrets();
    secrets.add(token);
    const forms = [
      token,
      reverse(token),
      token.toLowerCase(),
      token.toUpperCase(),
      token.slice(0, 20),
      token.slice(1),
      `${token.slice(0, 15)}\n${token.slice(15)}`,
      hex(token),
      entities(token),
      pct(token),
      encodeURIComponent(token),
      Buffer.from(token).toString('base64'),
      JSON.stringify(token).slice(1, -1),
    ];
    for (const form of forms) {
      // Every line it is in (a form split across lines hides both).
      for (const line of secrets.redact(`before ${form} after`).split('\n'))
        expect(line).toBe(HIDDEN);
      // In a field of outside text, only that field is hidden.
      expect(forPlain(secrets.redact(`before ${outside(`said ${form}`)} after`))).toBe(
        'before *** after',
      );
    }
  });

  test('our own text is left as it is', () => {
    const secrets = new Secrets();
    secrets.add('ghp_' + 'Pr00fR3dact10nT0kenAbCdEfGhIjKlMnOp');
    const text =
      'Token: GitHub classic personal access token (octocat): accepted\n  ✔ us-east-1  imported arn:aws:codebuild:us-east-1:123456789012:token/github: done';
    expect(secrets.redact(text)).toBe(text);
  });

  test("a token's runs of digits only count; a Secrets Manager field's do not; the whole secret always does", () => {
    const digits = 'ghp_' + '1234567890123456789012345678901234';
    const arn = 'arn:aws:iam::123456789012:role/x';
    const token = new Secrets();
    token.add(digits);
    // 12 digits of the token in a row: a quote of it, even when they read as an account ID.
    expect(token.redact(arn)).toBe(HIDDEN);
    const field = new Secrets();
    field.addField(`note:${digits}`);
    expect(field.redact(arn)).toBe(arn);
    expect(field.redact(`t=${digits}`)).toBe(HIDDEN);
  });

  test('a password found in outside text joins the secrets only when it could be one', () => {
    const secrets = new Secrets();
    secrets.addFound('us-east-1');
    secrets.addFound('ghp_' + 'FoundInALocation0123456789');
    expect(secrets.redact('us-east-1')).toBe('us-east-1');
    expect(forPlain(secrets.redact(`us-east-1 ${outside('ghp_FoundInALocation0123456789')}`))).toBe(
      'us-east-1 ***',
    );
  });
});
