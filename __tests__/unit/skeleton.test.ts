// Redaction on skeletons (issue 25, point 2): a secret quoted in any disguise a reader
// sees through (separators, width, case, accents, soft hyphens, zero-width and bidi
// characters, look-alike letters) hides the line or the field of outside text it is in.
// Property tests over random disguises, the 12-character window pinned by echoes of
// exactly 11 to 19 characters, short secrets never masked inside words, and the user
// information of URLs of any shape. The documented values are pinned here, never read
// from the source.
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { forPlain, outside, userInfoIn, withoutUserInfo } from '../../src/core/base/outside.js';
import { CONFUSABLES } from '../../src/core/trust/confusables.generated.js';
import {
  HIDDEN,
  LOOK_ALIKES,
  Secrets,
  skeleton,
  SYMBOL_BLOCKS,
} from '../../src/core/trust/secrets.js';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 200);
/** The documented window (SECURITY.md): no run of 12 characters of a secret's skeleton is shown. */
const WINDOW = 12;
/** The documented cut of outside text (SECURITY.md). */
const OUTSIDE_MAX = 300;

const ALNUM = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
/** A random token body: letters and digits, mostly distinct, as real tokens are. */
const tokenArb = fc
  .string({ unit: fc.constantFrom(...ALNUM), minLength: 36, maxLength: 60 })
  .filter((s) => new Set(s).size >= 16)
  .map((s) => `ghp_${s}`);

/** What may stand between two characters of a quoted secret without changing what a reader reads. */
const separator = fc.constantFrom(
  ' ',
  '-',
  '.',
  '_',
  '/',
  '\u00a0', // no-break space
  '\u00ad', // soft hyphen
  '\u200b', // zero-width space
  '\u200d', // zero-width joiner
  '\u2060', // word joiner
  '\u2066', // left-to-right isolate
  '\u2067',
  '\u2068',
  '\u2069', // pop directional isolate
  '\u202e', // right-to-left override
  '\u3000', // ideographic space
  '\ufeff',
);

const FULL_WIDTH = (c: string) =>
  c > ' ' && c <= '~' ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c;
const CYRILLIC: Record<string, string> = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х' };
const MATH_BOLD = (c: string) =>
  /[A-Z]/.test(c)
    ? String.fromCodePoint(0x1d400 + c.charCodeAt(0) - 65)
    : /[a-z]/.test(c)
      ? String.fromCodePoint(0x1d41a + c.charCodeAt(0) - 97)
      : c;

/** One character of a secret, disguised one way. */
const disguise = fc.constantFrom<(c: string) => string>(
  (c) => c,
  (c) => c.toUpperCase(),
  (c) => c.toLowerCase(),
  FULL_WIDTH,
  MATH_BOLD,
  (c) => CYRILLIC[c] ?? c,
  (c) => (/[a-z]/i.test(c) ? `${c}\u0301` : c), // combining acute
  (c) => (/[a-z]/i.test(c) ? `${c}\u0308\u0323` : c), // two combining marks
);

/** `piece` with each character disguised and, at random, separators between characters. */
function disguised(piece: string, how: Array<(c: string) => string>, seps: string[]): string {
  return [...piece]
    .map((c, i) => `${how[i % how.length]!(c)}${seps[i % seps.length] ?? ''}`)
    .join('');
}

const around = fc.string({ maxLength: 40 }).map((s) => s.replace(/[\n\r]/g, ' '));

describe('a disguised quote of a secret hides what it is in', () => {
  test('any disguise of any 12 or more characters of a secret hides the line', () => {
    fc.assert(
      fc.property(
        tokenArb,
        fc.nat(),
        fc.integer({ min: WINDOW, max: 30 }),
        fc.array(disguise, { minLength: 1, maxLength: 6 }),
        fc.array(fc.oneof(separator, fc.constant('')), { maxLength: 6 }),
        around,
        around,
        (token, at, length, how, seps, before, after) => {
          const secrets = new Secrets();
          secrets.add(token);
          // A piece after the prefix: 12 or more letters and digits of the token.
          const start = 4 + (at % (token.length - 4 - WINDOW + 1));
          const piece = token.slice(start, Math.min(token.length, start + length));
          const line = `${before} ${disguised(piece, how, seps)} ${after}`;
          expect(secrets.redact(line)).toBe(HIDDEN);
          // As outside text in a message of ours, only that field is hidden.
          const message = forPlain(secrets.redact(`Import failed: ${outside(line)}.`));
          expect(message).toBe('Import failed: ***.');
        },
      ),
      { numRuns: RUNS },
    );
  });

  test('the examples of the review: spaces, dashes, no-break spaces, soft hyphens, full width, accents', () => {
    const token = 'ghp_' + 'R3v13wD1sgu1s3dT0kenQwErTyUiOpAsDf';
    const secrets = new Secrets();
    secrets.add(token);
    const forms = [
      token.match(/.{1,4}/g)!.join(' '),
      token.match(/.{1,3}/g)!.join('-'),
      token.match(/.{1,5}/g)!.join('\u00a0'),
      [...token].join('\u00ad'),
      [...token].map(FULL_WIDTH).join(''),
      [...token].map((c) => `${c}\u0301`).join(''),
      token
        .match(/.{1,6}/g)!
        .map((g) => `\u2066${g}\u2069`)
        .join(''),
    ];
    for (const form of forms) expect(secrets.redact(`400: bad credentials ${form}`)).toBe(HIDDEN);
  });

  test('look-alikes the adversary suite found shown (Armenian, Latin-extended, Greek, Cyrillic) hide the line', () => {
    // A token whose letters all have such a look-alike: each quote below is the token with
    // every such letter swapped, so no 12 plain characters are left.
    const token = 'ghp_' + 'ohnugqajiecjvlohnugqajiecjvl0123';
    const secrets = new Secrets();
    secrets.add(token);
    const swaps: Array<Record<string, string>> = [
      { o: 'օ', u: 'ս', h: 'հ', n: 'ո', g: 'ց', q: 'զ' }, // Armenian
      { a: 'ɑ', j: 'ȷ', i: 'ɩ', e: 'ɛ' }, // Latin-extended
      { j: 'ϳ' }, // Greek
      { l: 'ӏ', v: 'ѵ' }, // Cyrillic
    ];
    const all = Object.assign({}, ...swaps) as Record<string, string>;
    for (const swap of [...swaps, all]) {
      const quote = [...token].map((c) => swap[c] ?? c).join('');
      const upper = [...token].map((c) => (swap[c] ?? c).toUpperCase()).join('');
      for (const form of [quote, upper])
        expect({ form, out: secrets.redact(`400: bad credentials ${form}`) }).toEqual({
          form,
          out: HIDDEN,
        });
    }
  });

  test('the window is 12: an echo of exactly 12 to 19 characters is hidden, 11 are not', () => {
    const token = 'ghp_' + 'W1nd0wP1nn3dT0kenQwErTyUiOpAsDfGhJk';
    const secrets = new Secrets();
    secrets.add(token);
    for (let length = 12; length <= 19; length++)
      for (const start of [4, 10, token.length - length]) {
        const piece = token.slice(start, start + length);
        expect(piece).toHaveLength(length);
        expect({ length, out: secrets.redact(`echo: ${piece} end`) }).toEqual({
          length,
          out: HIDDEN,
        });
      }
    // Eleven characters are not a run of the window (the window is not smaller than 12).
    expect(secrets.redact(`echo: ${token.slice(10, 21)} end`)).toBe(
      `echo: ${token.slice(10, 21)} end`,
    );
  });

  test('a secret split across lines hides every line it is in', () => {
    const token = 'ghp_' + 'Spl1tAcr0ssL1nesT0kenQwErTyUiOpAsDf';
    const secrets = new Secrets();
    secrets.add(token);
    const out = secrets.redact(`first ${token.slice(0, 10)}\n${token.slice(10, 20)} last`);
    expect(out.split('\n').every((line) => line === HIDDEN)).toBe(true);
  });

  test('every run of a secret counts, a run that reads like words or digits too', () => {
    // Letters only, with words in it: a hostile echo of any 12 of them, disguised, is hidden.
    const token = 'ghp_' + 'AbandonedLighthouseKeeperMarmaladeZo';
    const secrets = new Secrets();
    secrets.add(token);
    for (const echo of [
      'ighthouseKeeper',
      [...'LighthouseKeep'].join('\u00ad'),
      'Lighthouse Keeper Marm',
      [...'KeeperMarmalade'].map(FULL_WIDTH).join(''),
    ])
      expect(secrets.redact(`bad credentials: ${echo}`)).toBe(HIDDEN);
    // So is a run of digits only, or of few different characters.
    const padded = new Secrets();
    padded.add('ghp_' + '123456789012' + 'x'.repeat(24));
    expect(padded.redact('echo 1234 5678 9012')).toBe(HIDDEN);
    expect(padded.redact(`echo ${'x '.repeat(12)}`)).toBe(HIDDEN);
  });

  test("a Secrets Manager field's runs of digits only or of few characters are not fragments", () => {
    const secrets = new Secrets();
    const field = 'account=123456789012;pad=............000000000000';
    secrets.addField(field);
    const arn = 'arn:aws:codebuild:us-east-1:123456789012:token/github 000000000000';
    expect(secrets.redact(arn)).toBe(arn);
    expect(secrets.redact('echo account 1234567')).toBe(HIDDEN);
    // A value given both as a field and as a secret is found by every run.
    secrets.add(field);
    expect(secrets.redact(arn)).toBe(HIDDEN);
  });

  test('our own text, and text that only shares short runs, is left as it is', () => {
    const secrets = new Secrets();
    secrets.add('ghp_' + 'Pr00fR3dact10nT0kenAbCdEfGhIjKlMnOp');
    const text =
      'Token: GitHub classic personal access token (octocat): accepted\n  ✔ us-east-1  imported';
    expect(secrets.redact(text)).toBe(text);
  });

  test('a 1 MiB text is read once, in linear time: it is redacted whole', () => {
    const token = 'ghp_' + 'B1gAnsw3rT0kenQwErTyUiOpAsDfGhJkLzX';
    const secrets = new Secrets();
    secrets.add(token);
    const filler = 'a:'.repeat(256 * 1024) + '@'.repeat(256 * 1024);
    expect(secrets.redact(filler)).toHaveLength(filler.length);
    expect(secrets.redact(`${filler} ${token.split('').join(' ')}`)).toBe(HIDDEN);
  });
});

describe('digits of every script', () => {
  test('read as the ASCII digit they are, ahead of what they resemble', () => {
    // Devanagari, Arabic-Indic (١ resembles l), Thai, Adlam (beyond the BMP), math monospace.
    expect(skeleton('३ ١ ๓ \u{1e953} \u{1d7f9}')).toBe('3133' + '3');
    expect(skeleton('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789');
  });
});

describe('a secret with a filler after each of its characters', () => {
  const TOKEN = 'ghp_' + 'F1ll3rT0kenQwEr7TyUi2OpAs8Df4Lk9ZxCv';

  test('of one or two letters or digits, the same or changing, hides the line', () => {
    const secrets = new Secrets();
    secrets.add(TOKEN);
    const fillers = [(): string => 'x', (): string => '0', (i: number) => 'kmvz3w'[i % 6]!];
    fillers.push(
      () => 'Q7',
      (i) => `${i % 10}${'ab'[i % 2]}`,
    );
    for (const filler of fillers) {
      const quoted = [...TOKEN.slice(5, 19)].map((c, i) => c + filler(i)).join('');
      expect(secrets.redact(`Bad credentials: ${quoted}`)).toBe(HIDDEN);
      expect(secrets.redact(`Bad credentials: ${[...quoted].reverse().join('')}`)).toBe(HIDDEN);
    }
  });

  test('11 of its characters with a filler between are not a run', () => {
    const secrets = new Secrets();
    secrets.add(TOKEN);
    const text = `Bad credentials: ${[...TOKEN.slice(5, 16)].map((c) => `${c}x`).join('')}`;
    expect(secrets.redact(text)).toBe(text);
  });
});

describe('a secret of few letters and digits (a proxy password of punctuation)', () => {
  const PASSWORD = 'p@ss-w0rd_!#$%^&*()x';

  test('is found with any character it does not hold between its characters', () => {
    const secrets = new Secrets();
    secrets.add(PASSWORD);
    for (const mark of ['.', '/', '|', ':', '~', 'Z', ' . ', '\u2024'])
      expect(secrets.redact(`Bad credentials: ${[...PASSWORD].join(mark)}`)).toBe(HIDDEN);
    // 14 of its characters (12 but for its dash and underscore), reversed, with dots between.
    expect(secrets.redact(`echo ${[...PASSWORD.slice(2, 16)].reverse().join('.')}`)).toBe(HIDDEN);
  });

  test('leaves ordinary text, and our own masks, as they are', () => {
    const secrets = new Secrets();
    secrets.add(PASSWORD);
    // Fewer than 5 different characters: not read with the others dropped (filler spells it).
    secrets.add('*.*.*.*.*.*.*');
    const text =
      'Regions:\n  ✔ us-east-1  imported (password, words & symbols: $5, 100%, (x) *** *** *** ***)';
    expect(secrets.redact(text)).toBe(text);
  });

  test('a 1 MiB text of its own characters is read once: left as it is, or hidden whole', () => {
    const secrets = new Secrets();
    secrets.add(PASSWORD);
    const filler = 'p@ss.'.repeat(200 * 1024);
    expect(secrets.redact(filler)).toHaveLength(filler.length);
    expect(secrets.redact(`${filler} ${[...PASSWORD].join('.')}`)).toBe(HIDDEN);
  });
});

describe('the symbol blocks the skeleton drops without the Unicode pattern', () => {
  test('hold no letter or digit a reader sees as one (checked against Unicode, as Node has it)', () => {
    const letterOrDigit = /^(?![\p{Lm}\p{Default_Ignorable_Code_Point}])[\p{L}\p{N}]/u;
    const found: string[] = [];
    for (const [from, to] of SYMBOL_BLOCKS)
      for (let c = from; c <= to; c++) {
        const ch = String.fromCharCode(c);
        // What NFKD turns into something else is folded before the blocks are looked at.
        if (ch.normalize('NFKD') === ch && letterOrDigit.test(ch)) found.push(c.toString(16));
      }
    expect(found).toEqual([]);
  });

  test('drop our own marks and keep what is around them', () => {
    expect(skeleton('▸ ✔ ✖ ⚠ — … Ab1')).toBe('ab1');
    // The circled digits of the Dingbats are outside the blocks: digits still.
    expect(skeleton('❶➀➊')).toBe('111');
  });
});

describe('short secrets', () => {
  test('are hidden as whole words only, never inside an ordinary word', () => {
    const secrets = new Secrets();
    secrets.add('redact');
    secrets.add('hunter2');
    expect(secrets.redact('Nothing was redacted')).toBe('Nothing was redacted');
    expect(secrets.redact('the proxy said hunter22 and hunter2x')).toBe(
      'the proxy said hunter22 and hunter2x',
    );
    expect(secrets.redact('the password is hunter2.')).toBe(HIDDEN);
    expect(forPlain(secrets.redact(`the proxy said ${outside('hunter2 is wrong')}`))).toBe(
      'the proxy said ***',
    );
  });
});

describe('outside text', () => {
  test('bidi isolates and overrides are removed', () => {
    expect(forPlain(outside('a\u2066b\u2067c\u2068d\u2069e\u202ef\u200eg'))).toBe('abcdefg');
  });

  test('is cut at 300 characters', () => {
    expect(forPlain(outside('x'.repeat(1000)))).toHaveLength(OUTSIDE_MAX);
    expect(forPlain(outside('x'.repeat(300)))).toBe('x'.repeat(300));
    expect(forPlain(outside('x'.repeat(301)))).toBe(`${'x'.repeat(299)}…`);
  });

  test('plain sinks: no line terminator but \\n, no escape sequence, whatever our text holds', () => {
    const line = forPlain(
      'a\rb\r\nc\u0085d\u2028e\u2029f\x1b[31mg\x1b]8;;https://x\x07h\x9bi\x90j',
    );
    // \x9b i is an 8-bit CSI sequence: removed whole.
    expect(line).toBe('a␤b\nc␤d␤e␤fghj');
    expect(forPlain('x\r::set-output name=arn::attacker')).not.toMatch(/(^|[\r\n])::/);
  });
});

describe('credentials in URLs of any shape', () => {
  const cases: Array<[string, string, string]> = [
    [
      'https://builder:Sup3r/S3cret?q#f@github.com/o/r',
      'https://github.com/o/r',
      'Sup3r/S3cret?q#f',
    ],
    ['//builder:Sup3rS3cretPassw0rd@github.com/o/r', '//github.com/o/r', 'Sup3rS3cretPassw0rd'],
    ['builder:S3cretPassw0rd@github.com/o/r.git', 'github.com/o/r.git', 'S3cretPassw0rd'],
    ['see https://ci-bot:p%40ss@h/x', 'see https://h/x', 'p@ss'],
    ['https://ghp_tokenonly@github.com', 'https://github.com', 'ghp_tokenonly'],
  ];
  test.each(cases)('%s', (text, shown, password) => {
    expect(withoutUserInfo(text)).toBe(shown);
    expect(userInfoIn(text)).toEqual([password]);
    expect(forPlain(outside(text))).toBe(shown);
  });

  test('what is not user information stays', () => {
    for (const text of [
      'git@github.com:o/r.git',
      'mail bob@example.com',
      'https://registry.npmjs.org/@scope/pkg',
      'https://h:8080/x@y',
    ])
      expect(withoutUserInfo(text)).toBe(text);
  });

  test('a password found in a URL joins the secrets: another field quoting it is hidden', () => {
    const secrets = new Secrets();
    const location = 'https://builder:Sup3r/S3cretPassw0rdXyz@github.com/o/r';
    for (const found of userInfoIn(location)) secrets.addFound(found);
    expect(
      forPlain(secrets.redact(`description: ${outside('uses Sup3r/S3cretPassw0rdXyz')}`)),
    ).toBe('description: ***');
    expect(secrets.redact('description: S-u-p-3-r-S-3-c-r-e-t-P-a-s-s')).toBe(HIDDEN);
  });
});

describe('the hand-written look-alikes', () => {
  test('hold only what the generated table and NFKD do not already give', () => {
    const generated = new Map(CONFUSABLES.map(([cp, to]) => [cp, to]));
    const redundant = Object.entries(LOOK_ALIKES).filter(
      ([from, to]) =>
        generated.get(from.codePointAt(0)!) === to || from.normalize('NFKD').toLowerCase() !== from,
    );
    expect(redundant).toEqual([]);
    // Each one still folds to its letter.
    for (const [from, to] of Object.entries(LOOK_ALIKES))
      expect(skeleton(`x${from}x`)).toBe(`x${to}x`);
  });
});
