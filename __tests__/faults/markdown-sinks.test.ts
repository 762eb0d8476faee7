// Markdown sinks hold by construction (issue 25, point 6): whatever text reaches the job
// summary or the drift issue, sealed as outside text or not, adds no HTML but ours, no
// image, no `@` mention and no issue reference. The text that is not sealed comes here
// from the reports a `merge` run reads (files another job wrote: anyone who can change
// them controls every string in them). Through both shipped bundles under Node 24; the
// drift issue through the GitHub emulator.
import { describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useEmulator } from '../support/emulated.js';
import { runBundle } from '../support/run-bundle.js';
import { runnerFiles, runnerInputs } from '../support/runner-files.js';

const emu = useEmulator();
const WORKFLOW_TOKEN = 'ghs_' + 'Md5inkWv4Nk2Xt6Jr0Ls5Hd9Gm3Cp7Yb1Fe4U';
const ACCOUNT = '123456789012';
/** HTML that breaks out of a table, a tracking image, mentions (a user, a team, one spelt as an entity) and references. */
const HOSTILE =
  '<img src=x onerror=alert(1)></td></tr></table><h1>big</h1> @octocat @acme/admins &#64;hubot #12 acme/infra#7 GH-9 ![p](https://evil.example/p.png) | fake | table | `<b>x</b>` \\`<i>y</i>`';

/** A shard's report as a merge reads it, every string an outside one may hold set to HOSTILE. */
function shardReport(): unknown {
  return {
    tool: { name: 'codebuild-credential-sync', version: '1.0.0' },
    version: 2,
    mode: 'check',
    serverType: 'GITHUB',
    authType: 'PERSONAL_ACCESS_TOKEN',
    dryRun: false,
    outcome: 'drift',
    drift: true,
    shard: '1/1',
    run: { config: '0123456789abcdef' },
    generatedAt: '2026-12-06T05:00:00Z',
    regions: [
      {
        region: 'us-east-1',
        account: ACCOUNT,
        action: 'checked',
        status: 'drift',
        detail: `holds ${HOSTILE}`,
      },
    ],
    accounts: [
      {
        id: ACCOUNT,
        name: HOSTILE,
        state: 'ACTIVE',
        source: 'organization',
        status: 'worked',
        regions: ['us-east-1'],
        regionsDone: ['us-east-1'],
        regionsUnreachable: [],
      },
      {
        id: '210987654321',
        name: HOSTILE,
        state: 'SUSPENDED',
        source: 'organization',
        status: 'skipped',
        detail: `because ${HOSTILE}`,
        regions: [],
        regionsDone: [],
        regionsUnreachable: [],
      },
    ],
    findings: [
      {
        kind: 'credential-missing',
        region: 'us-east-1',
        account: ACCOUNT,
        message: `${ACCOUNT}/us-east-1: ${HOSTILE}`,
      },
    ],
    warnings: [`Watch out: ${HOSTILE}`],
    errors: [`It broke: ${HOSTILE}\n<script>alert(2)</script>\n@octocat`],
  };
}

/**
 * What a Markdown renderer could read as HTML, an image, a mention or a reference: the
 * text with every code span (a run of backticks to the next run of the same length on its
 * line) and every `<code>` element taken out, then our own tags.
 */
function live(markdown: string): string[] {
  const found: string[] = [];
  for (const line of markdown.split('\n')) {
    const text = line
      // Entities that stand for a character that starts nothing (no `@`, no `#`).
      .replace(/&(?:lt|gt|amp|quot|#(?:33|42|60|62|91|92|93|95|96|124|126));/g, '')
      .replace(/<code>[^<]*<\/code>/g, '')
      .replace(/(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, '')
      .replace(/<\/?(?:details|summary|sub)>|<!-- codebuild-credential-sync:drift -->/g, '');
    for (const m of text.matchAll(/<[A-Za-z/!?]|@[A-Za-z0-9]|#\d|GH-\d|&#0*64;|!\[/gi))
      found.push(`${m[0]} in: ${line}`);
  }
  return found;
}

function writeShard(): string {
  const dir = mkdtempSync(join(tmpdir(), 'md-sinks-'));
  mkdirSync(join(dir, 'shard-1'));
  writeFileSync(join(dir, 'shard-1', 'report.json'), JSON.stringify(shardReport()));
  return dir;
}

describe('Markdown sinks: text that is not sealed', () => {
  test('action: the job summary and the drift issue (opened, then updated with a comment) hold no HTML, image, mention or reference', async () => {
    const e = emu.get();
    e.github.addToken(WORKFLOW_TOKEN, { permissions: { issues: 'write' } });
    const dir = writeShard();
    const summaries: string[] = [];
    for (let round = 0; round < 2; round++) {
      const files = runnerFiles();
      const r = await runBundle(
        'action',
        {
          ...e.env,
          GITHUB_REPOSITORY: 'acme/platform',
          GITHUB_RUN_ID: '4242',
          GITHUB_OUTPUT: files.output,
          GITHUB_STEP_SUMMARY: files.summary,
          ...runnerInputs(
            {
              mode: 'merge',
              reports: `${dir}/**/report.json`,
              'drift-issue': 'true',
              'report-file': join(dir, `merged-${round}.json`),
            },
            { 'github-token': WORKFLOW_TOKEN },
          ),
        },
        { timeoutMs: 60_000 },
      );
      expect(r.stderr).not.toContain('    at ');
      const summary = readFileSync(files.summary, 'utf8');
      summaries.push(summary);
      // The hostile text is shown (as text), not dropped.
      expect(summary).toContain('onerror=alert(1)');
      expect(summary).toContain('octocat');
      // The merged report file keeps the data as it was: it is JSON, not Markdown.
      const merged = JSON.parse(readFileSync(join(dir, `merged-${round}.json`), 'utf8')) as {
        warnings: string[];
      };
      expect(merged.warnings).toContain(`Watch out: ${HOSTILE}`);
    }
    for (const summary of summaries) expect(live(summary)).toEqual([]);
    const issues = e.github.issues('acme/platform');
    expect(issues).toHaveLength(1);
    const issue = issues[0]!;
    expect(issue.body).toContain('<!-- codebuild-credential-sync:drift -->');
    expect(issue.body).toContain('onerror=alert(1)');
    expect(live(issue.body ?? '')).toEqual([]);
    expect(issue.comments.length).toBeGreaterThanOrEqual(1);
    for (const comment of issue.comments) expect(live(comment.body)).toEqual([]);
  }, 180_000);

  test('pipe: the merge prints no workflow command, and its report file keeps the text as data', async () => {
    const dir = writeShard();
    const reportFile = join(dir, 'merged.json');
    const r = await runBundle(
      'pipe',
      { MODE: 'merge', REPORTS: `${dir}/**/report.json`, REPORT_FILE: reportFile },
      { timeoutMs: 60_000 },
    );
    expect(r.stderr).not.toContain('    at ');
    for (const line of `${r.stdout}\n${r.stderr}`.split(/\r?\n/))
      expect(line).not.toMatch(/^\s*::|##\[/);
    const merged = JSON.parse(readFileSync(reportFile, 'utf8')) as { errors: string[] };
    expect(merged.errors.join('\n')).toContain('<script>alert(2)</script>');
  }, 120_000);
});
