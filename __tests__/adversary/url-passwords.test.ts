// Red-team finding (review of 5a9aae3, rule 5: credentials in URLs of any shape): a project's
// source location whose password holds an `@` as it is (`builder:An0ther@S3cr3t@Passw0rdY@github.com/…`,
// which a URL parser reads up to the last `@` of the authority). The user information was cut
// at the first `@` a host could follow, so the rest of the password was shown as if it were
// the host (`S3cr3t@Passw0rdY@github.com/acme/two.git`) in every output of `check`, and only
// its first piece joined the secrets. Now the user information ends at
// the last `@` before the authority ends (its first `/`, `?` or `#` after the first `@`).
import { describe, expect, test } from '@jest/globals';
import { useEmulator } from '../support/emulated.js';
import { importedGitHubToken } from '../support/adversary.js';
import { FRONTS, runFront } from '../support/front-run.js';
import { expectNoFragmentIn } from '../support/secret-scan.js';

const emu = useEmulator();
const GH = 'ghp_' + 'UrlPassw0rdsT0kenQwEr7TyUi2OpAs8Df4Lk9';
const AT = 'Sup3r@S3cretPassw0rdX';
const TWICE = 'An0ther@S3cr3t@Passw0rdY';

describe.each(FRONTS)('%s bundle: a source URL whose password holds an @', (front) => {
  test('is stripped whole; the password joins the secrets; an @ in the path stays', async () => {
    const e = emu.get();
    importedGitHubToken(e, GH);
    e.codebuild.addProject('us-east-1', {
      name: 'at-in-password',
      source: { type: 'GITHUB', location: `https://builder:${AT}@github.com/acme/one` },
      webhook: true,
    });
    e.codebuild.addProject('us-east-1', {
      name: 'two-ats-no-scheme',
      source: { type: 'GITHUB', location: `builder:${TWICE}@github.com/acme/two.git` },
      webhook: true,
    });
    e.codebuild.addProject('us-east-1', {
      // A name quoting the password: hidden only because the whole password joined the secrets.
      name: 'copy-of-S3cretPassw0rdX',
      source: { type: 'GITHUB', location: 'https://github.com/acme/three' },
      webhook: true,
    });
    e.codebuild.addProject('us-east-1', {
      name: 'at-in-path',
      source: {
        type: 'GITHUB',
        location: 'https://builder:Pl41nS3cretPassw0rdZ@github.com/acme/five@v2',
      },
      webhook: true,
    });
    const r = await runFront(e, front, { 'server-type': 'github', token: GH, mode: 'check' });
    expect(e.writeCalls()).toHaveLength(0);
    for (const text of Object.values(r.outputs)) {
      expect(text).not.toContain('builder:');
      expect(text).not.toContain('S3cretPassw0rd');
      expect(text).not.toContain('Passw0rdY');
    }
    expect(r.outputs['report file']).toContain('"acme/one"');
    expect(r.outputs['report file']).toContain('github.com/acme/two.git');
    expect(r.outputs['report file']).toContain('github.com/acme/five@v2');
    expectNoFragmentIn(r.outputs, [GH, AT, TWICE, 'Pl41nS3cretPassw0rdZ']);
  });
});

// Red-team finding (review of 5a9aae3): GitHub's documented form
// `https://<token>:x-oauth-basic@github.com/…` in a project's source location, with a token of
// no prefix. The user information was stripped, but only the password (`x-oauth-basic`)
// joined the secrets: another field quoting the token (a project's name) was shown. A user
// name that looks like a token (16 or more letters and digits mixed) joins them too.
const HEX = '8f3c2a9b7d1e4f6a0c5b9e2d7a1f3c8b6e4d2a9f';

describe.each(FRONTS)('%s bundle: a token as the user name of a source URL', (front) => {
  test('joins the secrets: another field quoting it is hidden', async () => {
    const e = emu.get();
    importedGitHubToken(e, GH);
    e.codebuild.addProject('us-east-1', {
      name: 'oauth-basic',
      source: {
        type: 'GITHUB',
        location: `https://${HEX}:x-oauth-basic@github.com/acme/six`,
      },
      webhook: true,
    });
    e.codebuild.addProject('us-east-1', {
      name: `copy-of-${HEX}`,
      source: { type: 'GITHUB', location: 'https://github.com/acme/seven' },
      webhook: true,
    });
    const r = await runFront(e, front, { 'server-type': 'github', token: GH, mode: 'check' });
    expect(e.writeCalls()).toHaveLength(0);
    expect(r.outputs['report file']).toContain('"oauth-basic"');
    expectNoFragmentIn(r.outputs, [GH, HEX]);
  });
});
