// The pipe's colours (issue 19): ✔ green, ✖ red, ⚠ yellow, headings bold, through the shipped
// pipe bundle under Node 24 against the emulator. On in Bitbucket (CI set, stdout not a
// terminal), off with NO_COLOR and off outside Bitbucket (unless FORCE_COLOR); never in the report file or JSON.
import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useEmulator } from '../support/emulated.js';
import { runBundle } from '../support/run-bundle.js';

const emu = useEmulator();
const GH = 'ghp_' + 'ColourfulPipeOutput000000000000000000';
const ESC = '\u001b[';
const GREEN = '\u001b[32m';
const RED = '\u001b[31m';
const YELLOW = '\u001b[33m';
const BOLD = '\u001b[1m';

function pipe(env: Record<string, string>) {
  const file = join(mkdtempSync(join(tmpdir(), 'pipe-colour-')), 'report.json');
  return runBundle('pipe', {
    ...emu.get().env,
    SERVER_TYPE: 'github',
    TOKEN: GH,
    AWS_DEFAULT_REGION: 'us-east-1,eu-west-1',
    REPORT_FILE: file,
    ...env,
  }).then((r) => ({ ...r, file: r.code === 2 ? '' : readFileSync(file, 'utf8') }));
}

describe('pipe colours', () => {
  test('in Bitbucket (CI set): success green, drift yellow, failure red, headings bold; the report file plain', async () => {
    const e = emu.get();
    e.github.addToken(GH, { scopes: ['repo'], expiresAt: new Date(Date.now() + 3 * 86_400_000) });
    e.codebuild.seed('us-east-1', {
      serverType: 'GITHUB',
      authType: 'PERSONAL_ACCESS_TOKEN',
      token: GH,
    });
    const check = await pipe({ CI: 'true', MODE: 'check', DEBUG: 'true' });
    expect(check.code).toBe(3);
    expect(check.stdout).toContain(`${GREEN}  ✔ us-east-1`);
    expect(check.stdout).toContain(`${YELLOW}  ⚠ eu-west-1`);
    expect(check.stdout).toContain(`${YELLOW}Drift (credential-missing, eu-west-1)`);
    expect(check.stdout).toContain(`${YELLOW}Warning: The token expires`);
    expect(check.stdout).toContain(`${BOLD}Regions:\u001b[22m`);
    expect(check.stdout).toContain(`${BOLD}Token:\u001b[22m GitHub classic`);
    expect(check.stderr).toMatch(new RegExp(`^\\u001b\\[31m✖ check of the GITHUB credential`, 'm'));
    // The report file, and the JSON the debug log prints, carry no colour.
    expect(check.file).not.toContain(ESC);
    expect(JSON.parse(check.file).findings).toHaveLength(1);
    const json = check.stdout.slice(check.stdout.indexOf('[debug] Report: {'));
    expect(json.split('\n').filter((l) => l.startsWith('  "') && l.includes(ESC))).toEqual([]);

    // Drift that does not fail the step closes with a yellow ⚠.
    const lenient = await pipe({ CI: 'true', MODE: 'check', FAIL_ON_DRIFT: 'false' });
    expect(lenient.code).toBe(0);
    expect(lenient.stdout).toContain(`${YELLOW}⚠ check of the GITHUB credential`);

    const sync = await pipe({ CI: 'true' });
    expect(sync.code).toBe(0);
    expect(sync.stdout).toContain(`${GREEN}✔ sync of the GITHUB credential`);
    expect(sync.file).not.toContain(ESC);

    const bad = await pipe({ CI: 'true', MODE: 'chek' });
    expect(bad.code).toBe(2);
    expect(bad.stderr.startsWith(`${RED}✖ `)).toBe(true);
  });

  test('NO_COLOR turns it off, and so does a non-terminal outside Bitbucket (CI unset)', async () => {
    emu.get().github.addToken(GH, { scopes: ['repo'] });
    const cases: Array<Record<string, string>> = [{ CI: 'true', NO_COLOR: '1' }, {}];
    for (const env of cases) {
      const r = await pipe({ ...env, MODE: 'check' });
      expect(r.code).toBe(3);
      expect(r.stdout).toContain('  ⚠ us-east-1');
      expect(`${r.stdout}${r.stderr}`).not.toContain(ESC);
    }
  });

  test('FORCE_COLOR turns it on outside Bitbucket and a terminal; FORCE_COLOR=0 and NO_COLOR keep it off', async () => {
    emu.get().github.addToken(GH, { scopes: ['repo'] });
    const forced = await pipe({ FORCE_COLOR: '1', MODE: 'check' });
    expect(forced.code).toBe(3);
    expect(forced.stdout).toContain(`${YELLOW}  ⚠ us-east-1`);
    expect(forced.file).not.toContain(ESC);
    const cases: Array<Record<string, string>> = [
      { FORCE_COLOR: '0', CI: 'true' },
      { FORCE_COLOR: '1', NO_COLOR: '1' },
    ];
    for (const env of cases) {
      const r = await pipe({ ...env, MODE: 'check' });
      expect(r.code).toBe(3);
      expect(`${r.stdout}${r.stderr}`).not.toContain(ESC);
    }
  });
});
