// Red-team finding (issue 25, rule b): full case folding. Unicode folds ß (U+00DF) and ẞ
// (U+1E9E) to "ss" (CaseFolding.txt, status F; Python's str.casefold()); NFKD and
// toLowerCase() leave ß as it is. A provider quoting a token with "ss" in it (or "SS", any
// case) written as ß had it printed by both shipped bundles: the skeleton kept ß as a
// letter of its own, so no run matched, while a reader folding case reads the token. The
// token here has an "ss" in every 12 characters, so the disguise breaks every run.
import { describe, expect, test } from '@jest/globals';
import { useEmulator } from '../support/emulated.js';
import { useQuotingGitHub } from '../support/adversary.js';
import { FRONTS, runFront } from '../support/front-run.js';
import { expectNoFragmentIn } from '../support/secret-scan.js';

const emu = useEmulator();
const GH = 'ghp_' + 'aSSbcd3fsSgh1jkSslm4opSSqr5tuSSvw6xyssz7';

/** What a reader folding case reads: NFKD, marks dropped, casefolded (ß to ss), ASCII letters and digits. */
function read(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]/g, '');
}

const DISGUISES: Record<string, string> = {
  'ß for each ss': GH.replace(/ss/gi, 'ß'),
  'ẞ for each ss': GH.replace(/ss/gi, 'ẞ'),
  'ß and ẞ in turn, with soft hyphens': [
    ...GH.replace(/ss/gi, (_, at: number) => (at % 2 ? 'ß' : 'ẞ')),
  ].join('\u00ad'),
};

const github = useQuotingGitHub();

describe.each(FRONTS)('%s bundle: the token quoted with ß for ss is never printed', (front) => {
  test.each(Object.keys(DISGUISES))('%s', async (name) => {
    const disguise = DISGUISES[name]!;
    github.quote(disguise);
    // The disguise breaks every run of the token as it is: only folding case finds it.
    expect(read(disguise)).toContain(read(GH));
    const r = await runFront(emu.get(), front, {
      'server-type': 'github',
      token: GH,
      'github-api-url': github.url(),
    });
    expect(r.code).toBe(1);
    expect(r.everything).toContain('GitHub');
    const token = read(GH);
    for (const [output, text] of Object.entries(r.outputs)) {
      const shown = read(text.replace(/^::add-mask::.*$/gm, ''));
      for (let i = 0; i + 12 <= token.length; i++)
        expect(`${output}: ${shown.includes(token.slice(i, i + 12))}`).toBe(`${output}: false`);
    }
    expectNoFragmentIn(r.outputs, [GH]);
  });
});
