// Output that stays short at many regions (issue 17): both shipped bundles under Node 24
// against the emulator, a 40-region check with nothing in CodeBuild. What is asserted is
// structure (one line per region, findings and warnings said once with the regions
// counted), never time. docs/performance.md ("Output size") has the measured figures.
import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PARTITIONS } from '../../src/core/config/regions.generated.js';
import type { Report } from '../../src/core/report/report.js';
import { useEmulator } from '../support/emulated.js';
import {
  readOutputs,
  runnerFiles,
  runnerInputs,
  workflowCommands,
} from '../support/runner-files.js';
import { runBundle } from '../support/run-bundle.js';

const emu = useEmulator();
const GH = 'ghp_' + 'ShortOutputFortyRegions00000000000000';
/** The aws partition's regions, then new ones (allow-unknown-regions) up to 40. */
const REGIONS = [
  ...PARTITIONS.find((p) => p.id === 'aws')!.regions,
  'us-aa-1',
  'us-aa-2',
  'us-aa-3',
  'us-aa-4',
].slice(0, 40);
const WORKFLOW_TOKEN = 'ghs_' + 'WorkflowTokenShortOutput000000000000';
const DENIED = { id: 'AKIANOLISTPROJECTS40', secret: 'secretDenied40Xq7Zk0000000000000000000+' };

function pipe(env: Record<string, string> = {}) {
  return runBundle(
    'pipe',
    {
      ...emu.get().env,
      MODE: 'check',
      SERVER_TYPE: 'github',
      TOKEN: GH,
      AWS_DEFAULT_REGION: REGIONS.join(','),
      ALLOW_UNKNOWN_REGIONS: 'true',
      ...env,
    },
    { timeoutMs: 60_000 },
  );
}

async function step(inputs: Record<string, string> = {}, env: Record<string, string> = {}) {
  const files = runnerFiles();
  const result = await runBundle(
    'action',
    {
      ...emu.get().env,
      GITHUB_ACTIONS: 'true',
      GITHUB_REPOSITORY: 'acme/infra',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_RUN_ID: '17',
      GITHUB_API_URL: `${emu.get().url}/github`,
      GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary,
      RUNNER_TEMP: files.dir,
      ...runnerInputs(
        {
          mode: 'check',
          token: GH,
          'aws-region': REGIONS.join(','),
          'allow-unknown-regions': 'true',
          ...inputs,
        },
        { 'github-token': WORKFLOW_TOKEN },
      ),
      ...env,
    },
    { timeoutMs: 60_000 },
  );
  const outputs = readOutputs(files.output);
  return {
    ...result,
    summary: readFileSync(files.summary, 'utf8'),
    report: JSON.parse(outputs.report!) as Report,
  };
}

/** The lines the runner shows: no ::add-mask:: or ::debug::, an annotation's %0A as line breaks. */
function shownLines(stdout: string): string[] {
  // A group (::group::title .. ::endgroup::) shows as its title until opened (issue 26).
  let inGroup = false;
  return stdout
    .split('\n')
    .filter((l) => {
      if (l.startsWith('::group::')) return (inGroup = true);
      if (l === '::endgroup::') return (inGroup = false);
      return !inGroup;
    })
    .filter((l) => l !== '' && !/^::(add-mask|debug)::/.test(l))
    .flatMap((l) => l.split('%0A'));
}

const linesNaming = (lines: string[], region: string) =>
  lines.filter((l) => new RegExp(`(?<![\\w-])${region}(?![\\w-])`).test(l));

describe('a 40-region check with nothing in CodeBuild', () => {
  test('the pipe prints at most 40 + 12 lines: one per region, the finding once with the regions counted', async () => {
    emu.get().github.addToken(GH, { scopes: ['repo'] });
    const file = join(mkdtempSync(join(tmpdir(), 'short-output-')), 'report.json');
    const result = await pipe({ REPORT_FILE: file });
    expect(result.code).toBe(3);
    const lines = `${result.stdout}${result.stderr}`.split('\n').filter((l) => l !== '');
    expect(lines.length).toBeLessThanOrEqual(40 + 12);
    // "missing", not "checked": the word says what was found (issue 26).
    const regionLines = lines.filter((l) => /^ {2}⚠ \S+ +missing: /.test(l));
    expect(regionLines).toHaveLength(40);
    for (const l of regionLines) expect(l).toMatch(/missing: holds no GITHUB credential;/);
    // The last region is named by its own line only; the grouped finding names the first ten.
    expect(linesNaming(lines, 'us-aa-4')).toHaveLength(1);
    const drift = lines.filter((l) => l.startsWith('Drift'));
    expect(drift).toEqual([
      `Drift (credential-missing): 40 regions hold no GITHUB credential: ${REGIONS.slice(0, 10).join(', ')} … and 30 more (breaks no project). Builds there cannot reach the source. Run sync there.`,
    ]);
    expect(lines.some((l) => l.includes('Projects in'))).toBe(false);
    // The report file keeps every finding.
    const report = JSON.parse(readFileSync(file, 'utf8')) as Report;
    expect(report.findings).toHaveLength(40);
  });

  test('a warning the same in every region (the IAM one) is printed once, with the regions counted', async () => {
    const e = emu.get();
    e.github.addToken(GH, { scopes: ['repo'] });
    e.aws.addAccessKey(DENIED.id, DENIED.secret, { deny: ['codebuild:ListProjects'] });
    const result = await pipe({
      AWS_ACCESS_KEY_ID: DENIED.id,
      AWS_SECRET_ACCESS_KEY: DENIED.secret,
    });
    expect(result.code).toBe(3);
    const lines = `${result.stdout}${result.stderr}`.split('\n').filter((l) => l !== '');
    expect(lines.length).toBeLessThanOrEqual(40 + 12);
    const warnings = lines.filter((l) => l.startsWith('Warning:'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /^Warning: In 40 regions \(af-south-1, .* … and 30 more\): the projects of the region were not inspected: .*codebuild:ListProjects/,
    );
    // The closing line counts what was printed: one warning.
    expect(lines.at(-1)).toMatch(/found drift: 40 findings \(1 warning\)$/);
  });

  test('the Action: one summary row per region, grouped findings, one annotation per warning, the drift issue said once', async () => {
    const e = emu.get();
    e.github.addToken(GH, { scopes: ['repo'] });
    e.github.addToken(WORKFLOW_TOKEN, { permissions: { issues: 'write' } });
    e.aws.addAccessKey(DENIED.id, DENIED.secret, { deny: ['codebuild:ListProjects'] });
    const result = await step(
      { 'drift-issue': 'true' },
      { AWS_ACCESS_KEY_ID: DENIED.id, AWS_SECRET_ACCESS_KEY: DENIED.secret },
    );
    expect(result.code).toBe(1);
    expect(result.report.findings).toHaveLength(40);
    expect(result.report.warnings).toHaveLength(40);

    const shown = shownLines(result.stdout);
    expect(shown.length).toBeLessThanOrEqual(40 + 12);
    const annotations = workflowCommands(result.stdout);
    expect(annotations.filter((c) => c.command === 'warning')).toHaveLength(1);
    const [error] = annotations.filter((c) => c.command === 'error');
    expect(error!.message.split('\n')).toEqual([
      'check of the GITHUB credential (PERSONAL_ACCESS_TOKEN) found drift: 40 findings.',
      `40 regions hold no GITHUB credential: ${REGIONS.slice(0, 10).join(', ')} … and 30 more. Builds there cannot reach the source. Run sync there.`,
      'Set fail-on-drift: false to report drift without failing the job.',
    ]);
    // The drift issue: opened, and said once.
    expect(e.github.issues('acme/infra')).toHaveLength(1);
    expect(shown.filter((l) => /drift issue/i.test(l))).toHaveLength(1);

    // The summary: one table row per region and nothing else naming the last one.
    const summary = result.summary.split('\n');
    for (const region of REGIONS) {
      const rows = summary.filter((l) => l.startsWith(`| ${region} |`));
      expect(rows).toHaveLength(1);
    }
    expect(linesNaming(summary, 'us-aa-4')).toHaveLength(1);
    expect(summary.filter((l) => l.startsWith('- `credential-missing`'))).toHaveLength(1);
    expect(summary.filter((l) => /Projects in/.test(l)).length).toBeLessThanOrEqual(1);
    expect(summary.filter((l) => /codebuild:ListProjects/.test(l))).toHaveLength(1);
  });
});
