// Red-team finding (issue 25, rule b): a secret made mostly of punctuation. A proxy password
// such as `p@ss-w0rd_!#$%^&*()x` (20 characters, 9 of them letters or digits) has a
// skeleton too short to have a run of 12, so it was found only as it is: quoted back with
// a space or a soft hyphen between its characters, or in full width, both shipped bundles
// printed it whole (a reader folding width and dropping spaces and invisible characters
// reads it). Now such a secret is also compared with its punctuation kept (case, width,
// marks folded; spaces, invisible characters, dashes and connectors dropped).
import { describe, expect, test } from '@jest/globals';
import { useEmulator } from '../support/emulated.js';
import { useQuotingGitHub } from '../support/adversary.js';
import { FRONTS, runFront } from '../support/front-run.js';

const emu = useEmulator();
const GH = 'ghp_' + 'Punctu4t3dS3cr3tQwEr7TyUi2OpAs8Df4Lk9Zx';
const PASSWORD = 'p@ss-w0rd_!#$%^&*()x';

const fullWidth = (text: string) =>
  text.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const DISGUISES: Record<string, string> = {
  'a space between its characters': [...PASSWORD].join(' '),
  'a soft hyphen between its characters': [...PASSWORD].join('\u00ad'),
  'in full width': fullWidth(PASSWORD),
  'upper case, zero-width spaces between': [...PASSWORD.toUpperCase()].join('\u200b'),
};

/**
 * What a reader reads: width and case folded, spaces and invisible characters dropped
 * (punctuation kept, as the password is mostly punctuation).
 */
function read(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\u00ad\u200b-\u200f\u2060\ufeff]/g, '');
}

const github = useQuotingGitHub();

describe.each(FRONTS)('%s bundle: a password of punctuation quoted back in disguise', (front) => {
  test.each(Object.keys(DISGUISES))('%s', async (name) => {
    const disguise = DISGUISES[name]!;
    github.quote(disguise);
    expect(read(disguise)).toBe(read(PASSWORD));
    const r = await runFront(
      emu.get(),
      front,
      { 'server-type': 'github', token: GH, 'github-api-url': github.url() },
      // Loopback goes direct: the proxy is never asked, but its password is a secret.
      { env: { HTTPS_PROXY: `http://builder:${encodeURIComponent(PASSWORD)}@proxy.example:3128` } },
    );
    expect(r.code).toBe(1);
    expect(r.everything).toContain('GitHub');
    const secret = read(PASSWORD);
    for (const [output, text] of Object.entries(r.outputs)) {
      const shown = read(text.replace(/^::add-mask::.*$/gm, ''));
      for (let i = 0; i + 12 <= secret.length; i++)
        expect(`${output}: ${shown.includes(secret.slice(i, i + 12))}`).toBe(`${output}: false`);
    }
  });
});

// Red-team finding (the gap the rule above left): the same password quoted back with a dot, a
// slash or another mark it does not hold itself between its characters. Its skeleton is too
// short, and the marks kept broke every run: both bundles printed it whole. Now such a secret
// is also read with every character it does not hold dropped.
const BETWEEN = ['.', '/', '\\', '|', ':', '+', '=', ' . ', '~', '\u2024', 'Z', '.\u00ad'];

describe.each(FRONTS)('%s bundle: a password of punctuation quoted with marks between', (front) => {
  test.each(BETWEEN)('%j between its characters', async (mark) => {
    const disguise = [...PASSWORD].join(mark);
    github.quote(disguise);
    const r = await runFront(
      emu.get(),
      front,
      { 'server-type': 'github', token: GH, 'github-api-url': github.url() },
      { env: { HTTPS_PROXY: `http://builder:${encodeURIComponent(PASSWORD)}@proxy.example:3128` } },
    );
    expect(r.code).toBe(1);
    expect(r.everything).toContain('GitHub');
    const secret = read(PASSWORD);
    for (const [output, text] of Object.entries(r.outputs)) {
      const shown = read(text.replace(/^::add-mask::.*$/gm, '').replaceAll(mark.trim(), ''));
      for (let i = 0; i + 12 <= secret.length; i++)
        expect(`${output}: ${shown.includes(secret.slice(i, i + 12))}`).toBe(`${output}: false`);
    }
  });
});
