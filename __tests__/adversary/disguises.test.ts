// Red-team findings (issue 25's rules, shapes nobody listed): a provider that quotes the
// token back in disguises the redaction did not read. Through both shipped bundles under
// Node 24, a hostile GitHub answers 400 with the token in its message:
// - a lone surrogate after each character (JSON's "\ud800"): the skeleton took each lone
//   surrogate as the first half of a pair and dropped the character after it, so the
//   token was printed whole, each character followed by U+FFFD;
// - regional indicators and negative squared capitals (U+1F1E6, U+1F170: Unicode names
//   them LETTER A…), which NFKD leaves as they are and the skeleton dropped as symbols;
// - tag characters (U+E0000 + ASCII), which write the token invisibly;
// - its digits in circles (❶, ⓿: DINGBAT NEGATIVE CIRCLED DIGIT ONE…), kept as symbols.
// Every output (stdout, stderr, outputs, job summary, report file) is read back here the
// way a reader would, independently of the product's skeleton.
import { describe, expect, test } from '@jest/globals';
import { useEmulator } from '../support/emulated.js';
import { useQuotingGitHub } from '../support/adversary.js';
import { FRONTS, runFront } from '../support/front-run.js';
import { expectNoFragmentIn } from '../support/secret-scan.js';

const emu = useEmulator();
// A digit at least every 5 characters: a disguise of the digits alone breaks every run.
const GH = 'ghp_' + 'R3dT3amD1sgu1s3T0ken5QwEr7TyUi2OpAs8Df4Lk9';

/** JSON text of the token in each disguise (escapes as a JSON body carries them). */
const letterAt = (base: number) => (c: string) =>
  /[a-z]/i.test(c) ? String.fromCodePoint(base + c.toLowerCase().charCodeAt(0) - 97) : c;
const DISGUISES: Record<string, string> = {
  'lone surrogates': [...GH].map((c) => `${c}\\ud800`).join(''),
  'lone low surrogates': [...GH].map((c) => `\\udc41${c}`).join(''),
  'regional indicators': [...GH].map(letterAt(0x1f1e6)).join(''),
  'negative squared capitals': [...GH].map(letterAt(0x1f170)).join(''),
  'negative circled capitals': [...GH].map(letterAt(0x1f150)).join(''),
  'negative squared capitals and dingbat circled digits': [...GH]
    .map((c) =>
      /[1-9]/.test(c)
        ? String.fromCodePoint(0x2776 + Number(c) - 1)
        : c === '0'
          ? '\u24ff'
          : letterAt(0x1f170)(c),
    )
    .join(''),
  'tag characters': [...GH].map((c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0))).join(''),
};

/**
 * What a reader reads: the disguises mapped back to ASCII (tag characters as the ASCII they
 * write), U+FFFD and everything else but ASCII letters and digits dropped, lower case.
 */
function read(text: string): string {
  return [...text]
    .map((c) => {
      const cp = c.codePointAt(0)!;
      if (cp >= 0xe0000 && cp <= 0xe007f) return String.fromCharCode(cp - 0xe0000);
      for (const one of [0x2776, 0x2780, 0x278a, 0x24f5])
        if (cp >= one && cp < one + 9) return String(1 + cp - one);
      if (cp === 0x24ff) return '0';
      for (const a of [0x1f1e6, 0x1f150, 0x1f170])
        if (cp >= a && cp < a + 26) return String.fromCharCode(97 + cp - a);
      return c;
    })
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

const github = useQuotingGitHub();

describe.each(FRONTS)('%s bundle: the token quoted back in disguise is never printed', (front) => {
  test.each(Object.keys(DISGUISES))('%s', async (name) => {
    const disguise = DISGUISES[name]!;
    github.quoteJson(disguise);
    const r = await runFront(emu.get(), front, {
      'server-type': 'github',
      token: GH,
      'github-api-url': github.url(),
    });
    expect(r.code).toBe(1);
    // The failure is still said (the message is hidden, not the whole run).
    expect(r.everything).toContain('GitHub GET /user');
    const shown = read(r.everything.replace(/^::add-mask::.*$/gm, ''));
    const token = read(GH);
    for (let i = 0; i + 12 <= token.length; i++)
      expect(shown).not.toContain(token.slice(i, i + 12));
    expectNoFragmentIn({ everything: r.everything }, [GH]);
  });
});

// Red-team finding (review of 5a9aae3): the token's letters written as HTML's named entities
// of styled letters (`&gopf;&hopf;&popf;` = 𝕘𝕙𝕡, `&gscr;`, `&gfr;`) or of accented ones
// (`&Agrave;`, `&ouml;`), its digits as they are: only a few named entities were decoded,
// so both bundles printed the token in every output, for any reader who decodes HTML.
const NAMED: Record<string, (letter: string) => string> = {
  'double-struck (&Xopf;)': (c) => `&${c}opf;`,
  'script (&Xscr;)': (c) => `&${c}scr;`,
  'fraktur (&Xfr;)': (c) => `&${c}fr;`,
  'accented where HTML names one (&Xacute;, &Xuml;), else double-struck': (c) =>
    /[aeiouyAEIOUY]/.test(c) ? `&${c}${'aeiAEI'.includes(c) ? 'acute' : 'uml'};` : `&${c}opf;`,
};

/** What a browser shows of the named entities above: the letter each names. */
const readNamed = (text: string) =>
  text.replace(/&([a-z])(?:opf|scr|fr|acute|uml);/gi, (_, c: string) => c);

describe.each(FRONTS)('%s bundle: the token in named HTML entities', (front) => {
  test.each(Object.keys(NAMED))('%s', async (name) => {
    const write = NAMED[name]!;
    const disguise = [...GH].map((c) => (/[a-z]/i.test(c) ? write(c) : c)).join('');
    expect(readNamed(disguise)).toBe(GH);
    github.quote(disguise);
    const r = await runFront(emu.get(), front, {
      'server-type': 'github',
      token: GH,
      'github-api-url': github.url(),
    });
    expect(r.code).toBe(1);
    expect(r.everything).toContain('GitHub GET /user');
    const outputs = Object.fromEntries(
      Object.entries(r.outputs).map(([output, text]) => [output, readNamed(text)]),
    );
    expectNoFragmentIn(outputs, [GH]);
  });
});

// Red-team finding (review of 5a9aae3): the token's digits written in another script's
// decimal digits (Devanagari ३, Arabic-Indic ٣, Thai ๓, NKo, Tibetan, Myanmar, Adlam), which
// a reader of that script reads as the digits they are; and the token as HTML entities or
// escapes written in full width (`＆＃１０３；`) or as `\U00000067`. The skeleton kept those
// digits as characters of their own (only circled digits and NFKD's were read), and only
// ASCII entities and escapes were decoded: both bundles printed the token in every output.
const ZEROS: Record<string, number> = {
  Devanagari: 0x966,
  'Arabic-Indic': 0x660,
  'Extended Arabic-Indic': 0x6f0,
  Thai: 0xe50,
  NKo: 0x7c0,
  Tibetan: 0xf20,
  Myanmar: 0x1040,
  Adlam: 0x1e950,
};
const fullWidth = (text: string) =>
  text.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const ENCODED: Record<string, string> = {
  ...Object.fromEntries(
    Object.entries(ZEROS).map(([script, zero]) => [
      `digits in ${script}`,
      [...GH].map((c) => (/\d/.test(c) ? String.fromCodePoint(zero + Number(c)) : c)).join(''),
    ]),
  ),
  'HTML entities in full width': fullWidth([...GH].map((c) => `&#${c.charCodeAt(0)};`).join('')),
  '\\U escapes of 8 hex digits': [...GH]
    .map((c) => `\\U${c.charCodeAt(0).toString(16).padStart(8, '0')}`)
    .join(''),
};

/** What a reader reads: each script's digits as 0 to 9, width folded, entities and escapes decoded. */
function readEncoded(text: string): string {
  let out = '';
  for (const c of text.normalize('NFKC')) {
    const cp = c.codePointAt(0)!;
    const zero = Object.values(ZEROS).find((z) => cp >= z && cp <= z + 9);
    out += zero === undefined ? c : String(cp - zero);
  }
  return out
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/\\U([0-9a-f]{8})/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)));
}

describe.each(FRONTS)('%s bundle: the token in other digits, wide entities, \\U', (front) => {
  test.each(Object.keys(ENCODED))('%s', async (name) => {
    const disguise = ENCODED[name]!;
    expect(readEncoded(disguise)).toBe(GH);
    github.quote(disguise);
    const r = await runFront(emu.get(), front, {
      'server-type': 'github',
      token: GH,
      'github-api-url': github.url(),
    });
    expect(r.code).toBe(1);
    expect(r.everything).toContain('GitHub GET /user');
    const outputs = Object.fromEntries(
      Object.entries(r.outputs).map(([output, text]) => [output, readEncoded(text)]),
    );
    expectNoFragmentIn(outputs, [GH]);
  });
});
