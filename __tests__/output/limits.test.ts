// Outputs within the platforms' limits (issue 16, finding 8): GitHub drops a job summary
// over 1 MiB, refuses an output over 1 MB and an issue body over 65,536 characters. The
// shipped Action bundle under Node 24 against the emulator, with a region holding 4,000
// projects of long names: each of those texts would be well past its limit. Each is cut
// where a line (or a list) ends, says what was left out and where the whole report is,
// and the report file stays complete. No size is asserted but the limits themselves.
import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useEmulator } from '../support/emulated.js';
import { runBundle } from '../support/run-bundle.js';
import { readOutputs, runnerFiles, runnerInputs } from '../support/runner-files.js';

const emu = useEmulator();
const GH = 'ghp_' + 'L1m1tsOfThePlatformsT0kenQwErTyUi';
const WORKFLOW_TOKEN = 'ghs_' + 'L1m1tsW0rkfl0wTokenAsdfGhjkl0987';
const REPO = 'acme/infra';
const PROJECTS = 4000;
/** A project name as long as CodeBuild allows, nearly (255). */
const name = (i: number) => `service-${String(i).padStart(4, '0')}-`.padEnd(240, 'x');

function seedProjects(): void {
  const e = emu.get();
  for (let i = 0; i < PROJECTS; i++)
    e.codebuild.addProject('us-east-1', {
      name: name(i),
      source: { type: 'GITHUB', location: `https://github.com/acme/app-${i % 10}` },
    });
}

describe('a check whose report is far past every limit', () => {
  test('summary under 1 MiB, each output under 1 MB, the issue body within 65,536 characters; the report file whole', async () => {
    const e = emu.get();
    e.github.addToken(GH, { scopes: ['repo'] });
    e.github.addToken(WORKFLOW_TOKEN, { permissions: { issues: 'write' } });
    seedProjects();
    const files = runnerFiles();
    const reportFile = join(mkdtempSync(join(tmpdir(), 'limits-')), 'report.json');
    const r = await runBundle(
      'action',
      {
        ...e.env,
        GITHUB_ACTIONS: 'true',
        GITHUB_REPOSITORY: REPO,
        GITHUB_RUN_ID: '8',
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_OUTPUT: files.output,
        GITHUB_STEP_SUMMARY: files.summary,
        RUNNER_TEMP: files.dir,
        ...runnerInputs(
          {
            mode: 'check',
            'server-type': 'github',
            token: GH,
            'aws-region': 'us-east-1',
            'report-file': reportFile,
            'drift-issue': 'true',
            'timeout-seconds': '120',
          },
          { 'github-token': WORKFLOW_TOKEN },
        ),
      },
      { timeoutMs: 150_000 },
    );
    expect(r.stderr).toBe('');
    // Drift (no credential in us-east-1): a failed step, and the drift issue opened.
    expect(r.code).toBe(1);
    // The runner masks the token (its one ::add-mask:: line): nowhere else.
    expect(r.stdout.replace(`::add-mask::${GH}\n`, '')).not.toContain(GH);

    // The report file is whole: every project, and no note that it was cut.
    const whole = JSON.parse(readFileSync(reportFile, 'utf8'));
    expect(whole.regions[0].projects).toHaveLength(PROJECTS);
    expect(whole.shortened).toBeUndefined();

    const summary = readFileSync(files.summary, 'utf8');
    expect(Buffer.byteLength(summary)).toBeLessThan(1024 * 1024);
    expect(summary).toMatch(
      new RegExp(
        `\\*\\*This summary is cut here\\*\\*: [\\d,]+ of its [\\d,]+ lines are left out, since GitHub shows a job summary only up to 1 MiB; the whole report is in the report file \`${reportFile}\`\\.`,
      ),
    );
    // Cut inside the folded projects table: the fold is closed, the version line kept.
    expect(summary.split('<details>').length).toBe(summary.split('</details>').length);
    expect(summary).toContain(name(0));
    expect(summary).not.toContain(name(PROJECTS - 1));

    const outputs = readOutputs(files.output);
    for (const [output, value] of Object.entries(outputs))
      expect([output, Buffer.byteLength(value) < 1_000_000]).toEqual([output, true]);
    const report = JSON.parse(outputs.report!);
    expect(report.shortened).toMatch(
      /^This report is cut to fit in [\d,]+ bytes: it holds the first [\d,]+ entries of each list \(1 of 1 regions, 1 of 1 findings\); the whole report is in the report file /,
    );
    expect(report.shortened).toContain(reportFile);
    expect(report.regions[0].projects.length).toBeGreaterThan(100);
    expect(report.regions[0].projects.length).toBeLessThan(PROJECTS);
    expect(report.regions[0].projects[0].name).toBe(name(0));
    expect(report).toMatchObject({ outcome: 'drift', drift: true, mode: 'check' });
    // The cut is said in the log as well.
    expect(r.stdout).toMatch(/::warning title=CodeBuild credential::The report output is cut: /);

    const [issue, ...more] = e.github.issues(REPO);
    expect(more).toHaveLength(0);
    const body = issue!.body ?? '';
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toMatch(
      /\*\*This report is cut here\*\*: [\d,]+ of its [\d,]+ lines are left out, since GitHub takes an issue body of at most 65,536 characters; the whole report is in the report file `[^`]+` of \[this run\]\(https:\/\/github\.com\/acme\/infra\/actions\/runs\/8\)\./,
    );
    // The footer (and the marker the next run finds it by) is kept.
    expect(body).toContain('<!-- codebuild-credential-sync:drift -->');
  });
});
