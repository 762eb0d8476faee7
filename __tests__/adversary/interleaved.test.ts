// Red-team finding (review of 5a9aae3, rule b: "interleaved with other characters"): a
// provider that quotes the token back with a filler of one or two letters or digits after
// each of its characters (`gxhxpx_x…`, `gQ7hQ7pQ7…`, a random letter each time). The
// skeleton keeps letters and digits, so the filler broke every run of 12 and both shipped
// bundles printed the token whole in every output; a reader who takes every other (or every
// third) character reads it. Each output is read back here that way, apart from the
// product's redaction (the scan's `bones`, then every k-th character from each offset).
import { describe, expect, test } from '@jest/globals';
import { useEmulator } from '../support/emulated.js';
import { useQuotingGitHub } from '../support/adversary.js';
import { FRONTS, runFront } from '../support/front-run.js';
import { bones, expectNoFragmentIn } from '../support/secret-scan.js';

const emu = useEmulator();
const GH = 'ghp_' + 'Int3rl3av3dT0kenQwEr7TyUi2OpAs8Df4Lk9Zx';

/** A filler that changes with each character (letters and digits), as a hostile quote may. */
const changing = (i: number) => 'kmvz3w'[i % 6]!;
const INTERLEAVED: Record<string, string> = {
  'an x after each character': [...GH].map((c) => `${c}x`).join(''),
  'a digit after each character': [...GH].map((c) => `${c}0`).join(''),
  'a changing letter or digit after each character': [...GH]
    .map((c, i) => `${c}${changing(i)}`)
    .join(''),
  'two characters after each character': [...GH].map((c) => `${c}Q7`).join(''),
  'a letter and a space after each character': [...GH].map((c) => `${c}j `).join(''),
  'a full-width Ｚ after each character, upper case': [...GH.toUpperCase()]
    .map((c) => `${c}Ｚ`)
    .join(''),
  'reversed, a letter between': [...GH]
    .reverse()
    .map((c) => `${c}y`)
    .join(''),
};

/** Every k-th character of the text's skeleton, from each offset (k = 1, 2, 3). */
function strided(text: string): string[] {
  const b = bones(text);
  const views = [b];
  for (const k of [2, 3])
    for (let offset = 0; offset < k; offset++)
      views.push([...b].filter((_, i) => i % k === offset).join(''));
  return views;
}

const github = useQuotingGitHub();

describe.each(FRONTS)(
  '%s bundle: the token quoted with a filler between its characters',
  (front) => {
    test.each(Object.keys(INTERLEAVED))('%s', async (name) => {
      github.quote(INTERLEAVED[name]!);
      const r = await runFront(emu.get(), front, {
        'server-type': 'github',
        token: GH,
        'github-api-url': github.url(),
      });
      expect(r.code).toBe(1);
      expect(r.everything).toContain('GitHub');
      expectNoFragmentIn(r.outputs, [GH]);
      const secret = bones(GH);
      const reversed = [...secret].reverse().join('');
      for (const [output, text] of Object.entries(r.outputs)) {
        const views = strided(text.replace(/^::add-mask::.*$/gm, ''));
        for (let i = 0; i + 12 <= secret.length; i++)
          for (const run of [secret.slice(i, i + 12), reversed.slice(i, i + 12)])
            expect(`${output}: ${views.some((v) => v.includes(run))}`).toBe(`${output}: false`);
      }
    });
  },
);
