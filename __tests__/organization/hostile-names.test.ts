// An account name from AWS Organizations is outside text (issue 16): whoever may rename
// an account controls it. Through both shipped bundles under Node 24 against the
// emulator: a suspended account (listed with its name in every output) named with a
// workflow command on a line of its own, an escape sequence and Markdown.
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { useEmulator } from '../support/emulated.js';
import { FRONTS, runFront } from '../support/front-run.js';
import { runnerFiles } from '../support/runner-files.js';

const emu = useEmulator();
const GH = 'ghp_' + 'H0st1leAccountNamesT0kenQwErTyUiOp';
const ROLE = 'codebuild-credential-sync';
const NAME =
  'old\n::warning title=PWNED::PWNED\x1b[31m <img src=x onerror=PWNED> [PWNED](https://evil.example) @octocat';

describe.each(FRONTS)('%s: a hostile account name', (front) => {
  test('is shown on one line, without its escapes, in a code span in the summary', async () => {
    const e = emu.get();
    e.github.addToken(GH, { scopes: ['repo'] });
    e.organizations.addAccount({ id: '210000000001', name: 'prod' });
    e.organizations.addAccount({ id: '210000000004', name: NAME, state: 'SUSPENDED' });
    const files = runnerFiles();
    const r = await runFront(
      e,
      front,
      { 'server-type': 'github', token: GH, accounts: 'organization', 'role-name': ROLE },
      { files },
    );
    expect(r.code).toBe(0);
    expect(r.everything).not.toContain('\x1b');
    for (const line of `${r.stdout}\n${r.stderr}`.split(/\r?\n/))
      expect(line).not.toMatch(/^\s*::warning title=PWNED/);
    // Said on the account's line, its line break shown as ␤.
    expect(r.stdout).toContain('210000000004 (old␤::warning title=PWNED::PWNED <img');
    if (front === 'action') {
      const summary = readFileSync(files.summary, 'utf8');
      expect(summary).toContain(
        '`old␤::warning title=PWNED::PWNED <img src=x onerror=PWNED> [PWNED](https://evil.example) @octocat`',
      );
      expect(summary.replace(/`[^`]*`/g, '')).not.toMatch(/<img|\]\(https|@octocat/);
    }
  });
});
