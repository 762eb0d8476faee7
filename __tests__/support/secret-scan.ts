// Every form a secret could leak in, and a scan of every output of a run for all of them.
import { expect } from '@jest/globals';

/** Usernames a token travels with in Basic credentials when none is given. */
const TOKEN_USERNAMES = ['x-token-auth', 'x-bitbucket-api-token-auth'];

/**
 * The forms a secret may be printed in: raw, its whitespace-separated parts (8+
 * characters), URL-encoded, base64 and base64url, JSON-escaped, and base64 of
 * `username:secret` for the given usernames and the token usernames.
 */
export function secretForms(secret: string, usernames: string[] = []): string[] {
  const values = [secret, ...secret.split(/\s+/).filter((p) => p.length >= 8)];
  const forms = new Set<string>();
  for (const v of values) {
    forms.add(v);
    forms.add(encodeURIComponent(v));
    forms.add(Buffer.from(v).toString('base64'));
    forms.add(Buffer.from(v).toString('base64url'));
    forms.add(JSON.stringify(v).slice(1, -1));
  }
  for (const user of [...usernames, ...TOKEN_USERNAMES]) {
    forms.add(Buffer.from(`${user}:${secret}`).toString('base64'));
    forms.add(Buffer.from(`${user}:${secret}`).toString('base64url'));
  }
  return [...forms].filter((f) => f.length >= 4);
}

/**
 * Fails, naming the output and the form, when any output holds any form of any
 * secret. `::add-mask::` lines are the runner's masking commands (the runner
 * consumes them; they never reach a log) and are left out.
 */
export function expectNoSecretIn(
  outputs: Record<string, string>,
  secrets: string[],
  usernames: string[] = [],
): void {
  const leaks: string[] = [];
  for (const [name, text] of Object.entries(outputs)) {
    const shown = text.replace(/^::add-mask::.*$/gm, '');
    for (const secret of secrets) {
      for (const form of secretForms(secret, usernames)) {
        if (shown.includes(form))
          leaks.push(`${name} holds "${form.slice(0, 6)}…" (a form of a secret)`);
      }
    }
  }
  expect(leaks).toEqual([]);
}

/** Runs of this many characters of a secret must never be shown (issue 16). */
const WINDOW = 12;

/**
 * The ways a reader could decode an output to find a secret in it, written here apart
 * from the product's redaction so that the two cannot share a mistake: as it is,
 * without line breaks, %-decoded, HTML-entity and \u-decoded, and hex runs decoded.
 */
function readings(text: string): string[] {
  const entity = text
    .replace(/&#x([0-9a-f]+);?/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);?/g, (_, d: string) => String.fromCodePoint(Number(d)));
  const unicode = text.replace(/\\u([0-9a-f]{4})/gi, (_, h: string) =>
    String.fromCharCode(parseInt(h, 16)),
  );
  const percent = text.replace(/%([0-9a-f]{2})/gi, (_, h: string) =>
    String.fromCharCode(parseInt(h, 16)),
  );
  // Each run of hex digits at both alignments: a digit before it must not hide it.
  const hexRuns = (t: string) =>
    t.replace(/[0-9a-f]{12,}/gi, (run) =>
      [run, run.slice(1)]
        .map((r) => Buffer.from(r.slice(0, r.length - (r.length % 2)), 'hex').toString('latin1'))
        .join(' '),
    );
  return [text, text.replace(/[\r\n\u2424]+[ \t]*/g, ''), entity, unicode, percent, hexRuns(text)];
}

/** Cyrillic letters a reader takes for Latin ones. */
const CYRILLIC: Record<string, string> = {
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  х: 'x',
  т: 't',
  н: 'h',
  у: 'y',
  к: 'k',
  м: 'm',
  в: 'b',
  і: 'i',
  ѕ: 's',
  ј: 'j',
  ё: 'e',
  һ: 'h',
  ї: 'i',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
};

/** Greek, Armenian and Latin-extended letters a reader takes for Latin ones (after lower-casing). */
const OTHER_LOOK_ALIKES: Record<string, string> = {
  α: 'a',
  β: 'b',
  γ: 'y',
  ε: 'e',
  ζ: 'z',
  η: 'n',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  օ: 'o',
  ս: 'u',
  հ: 'h',
  ո: 'n',
  ց: 'g',
  ɑ: 'a',
  ɡ: 'g',
  ı: 'i',
  ȷ: 'j',
  ɩ: 'i',
  ӏ: 'l',
  ϳ: 'j',
  ѵ: 'v',
  զ: 'q',
  ɛ: 'e',
};

/** Latin small capitals a reader takes for letters (ᴀʙᴄ). */
const SMALL_CAPITALS: Record<string, string> = {
  '\u1d00': 'a',
  '\u0299': 'b',
  '\u1d04': 'c',
  '\u1d05': 'd',
  '\u1d07': 'e',
  '\ua730': 'f',
  '\u0262': 'g',
  '\u029c': 'h',
  '\u026a': 'i',
  '\u1d0a': 'j',
  '\u1d0b': 'k',
  '\u029f': 'l',
  '\u1d0d': 'm',
  '\u0274': 'n',
  '\u1d0f': 'o',
  '\u1d18': 'p',
  '\ua7af': 'q',
  '\u0280': 'r',
  '\ua731': 's',
  '\u1d1b': 't',
  '\u1d1c': 'u',
  '\u1d20': 'v',
  '\u1d21': 'w',
  '\u028f': 'y',
  '\u1d22': 'z',
};

/**
 * What a reader reads in a text whatever its disguise (issue 25): compatibility-folded
 * (full-width letters), accents dropped, lower case, Cyrillic, Greek, Armenian and
 * Latin-extended look-alikes and small capitals as Latin, and
 * only the letters and digits of ASCII kept (no spaces, dashes, soft hyphens, zero-width
 * or bidi characters). Written apart from the product's `skeleton`.
 */
export function bones(text: string): string {
  return text
    .normalize('NFKC')
    .normalize('NFD')
    .toLowerCase()
    .replace(/[\u0400-\u052f]/g, (c) => CYRILLIC[c] ?? c)
    .replace(/./gu, (c) => SMALL_CAPITALS[c] ?? OTHER_LOOK_ALIKES[c] ?? c)
    .replace(/[^a-z0-9]/g, '');
}

/**
 * Fails, naming the output, when any run of 12 characters of any secret, in any letter
 * case, forwards or reversed, is in any reading of any output, or any 16 characters of
 * its base64 (12 characters of the secret) at any alignment. `::add-mask::` lines are
 * left out, as the runner consumes them.
 */
export function expectNoFragmentIn(outputs: Record<string, string>, secrets: string[]): void {
  const leaks: string[] = [];
  for (const [name, text] of Object.entries(outputs)) {
    const shown = text.replace(/^::add-mask::.*$/gm, '');
    const views = readings(shown).map((v) => v.toLowerCase());
    for (const secret of secrets) {
      const runs = new Set<string>();
      const lower = secret.toLowerCase();
      const reversed = [...lower].reverse().join('');
      for (let i = 0; i + WINDOW <= lower.length; i++) {
        const run = lower.slice(i, i + WINDOW);
        runs.add(run);
        runs.add(reversed.slice(lower.length - i - WINDOW, lower.length - i));
      }
      const run = [...runs].find((r) => views.some((v) => v.includes(r)));
      if (run) leaks.push(`${name} holds 12 characters of a secret ("${run.slice(0, 4)}…")`);
      // And 12 characters of its skeleton in the skeleton of any reading, forwards or
      // reversed: a disguised quote.
      const secretBones = bones(secret);
      const outputBones = readings(shown).map(bones);
      const backwards = outputBones.map((v) => [...v].reverse().join(''));
      for (let i = 0; i + WINDOW <= secretBones.length; i++) {
        const piece = secretBones.slice(i, i + WINDOW);
        if ([...outputBones, ...backwards].some((v) => v.includes(piece))) {
          leaks.push(
            `${name} holds 12 characters of a secret's skeleton ("${piece.slice(0, 4)}…")`,
          );
          break;
        }
      }
      for (let skip = 0; skip < 3; skip++) {
        for (const alphabet of ['base64', 'base64url'] as const) {
          const b64 = Buffer.from(secret.slice(skip)).toString(alphabet);
          for (let i = 0; i + 16 <= b64.length; i += 4)
            if (shown.includes(b64.slice(i, i + 16)))
              leaks.push(`${name} holds base64 of 12 characters of a secret`);
        }
      }
    }
  }
  expect([...new Set(leaks)]).toEqual([]);
}
