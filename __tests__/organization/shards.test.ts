// `shard`: a run over the accounts split into n parts, through the shipped bundles (Node 24)
// against the emulator. The parts never overlap, together cover every account, and their
// findings together are an unsharded run's.
import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Report } from '../../src/core/report/report.js';
import { shardOf } from '../../src/core/config/shard.js';
import { useEmulator } from '../support/emulated.js';
import { runBundle, type BundleResult } from '../support/run-bundle.js';
import { runnerFiles, runnerInputs } from '../support/runner-files.js';

const emu = useEmulator();
const GH = 'ghp_' + 'Sh4rdWv4Nk2Xt6Jr0Ls5Hd9Gm3Cp7Yb1Fe4U';
const WORKFLOW_TOKEN = 'ghs_' + 'Mw7Er2Ty9Ui4Op1As6Df3Gh8Jk5Lz0Xc7Vq';
const ROLE = 'codebuild-credential-sync';
const role = (id: string) => `arn:aws:iam::${id}:role/${ROLE}`;
/** 20 member accounts: one suspended, one whose role cannot be assumed, one excluded. */
const IDS = Array.from({ length: 20 }, (_, i) => String(230000000001 + i * 7919));
const SUSPENDED = IDS[3]!;
const NO_ROLE = IDS[7]!;
const EXCLUDED = IDS[11]!;

function organization() {
  const e = emu.get();
  e.github.addToken(GH, { scopes: ['repo'] });
  e.github.addToken(WORKFLOW_TOKEN, { permissions: { issues: 'write' } });
  for (const id of IDS)
    e.organizations.addAccount({
      id,
      name: `member-${id.slice(-4)}`,
      ...(id === SUSPENDED ? { state: 'SUSPENDED' as const } : {}),
    });
  e.sts.addRole(role(NO_ROLE), { assumable: false });
}

type Run = BundleResult & { report?: Report };

function readReport(path: string): Report | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Report;
  } catch {
    return undefined;
  }
}

async function pipe(env: Record<string, string>): Promise<Run> {
  const reportFile = join(mkdtempSync(join(tmpdir(), 'cbcs-shard-')), 'report.json');
  const result = await runBundle(
    'pipe',
    {
      ...emu.get().env,
      MODE: 'check',
      SERVER_TYPE: 'github',
      TOKEN: GH,
      ACCOUNTS: 'organization',
      ROLE_NAME: ROLE,
      AWS_DEFAULT_REGION: 'us-east-1',
      EXCLUDE_ACCOUNTS: EXCLUDED,
      REPORT_FILE: reportFile,
      ...env,
    },
    { timeoutMs: 90_000 },
  );
  return { ...result, report: readReport(reportFile) };
}

async function action(
  inputs: Record<string, string>,
  reportFile = join(runnerFiles().dir, 'report.json'),
): Promise<Run> {
  const files = runnerFiles();
  const result = await runBundle(
    'action',
    {
      ...emu.get().env,
      GITHUB_REPOSITORY: 'acme/platform',
      GITHUB_RUN_ID: '4242',
      GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary,
      ...runnerInputs(
        {
          mode: 'check',
          token: GH,
          accounts: 'organization',
          'role-name': ROLE,
          'aws-region': 'us-east-1',
          'exclude-accounts': EXCLUDED,
          'report-file': reportFile,
          ...inputs,
        },
        { 'github-token': WORKFLOW_TOKEN },
      ),
    },
    { timeoutMs: 90_000 },
  );
  return { ...result, report: readReport(reportFile) };
}

/** A finding as a comparable line (its message names its account and region). */
const findingLines = (reports: Report[]) =>
  reports.flatMap((r) => r.findings.map((f) => JSON.stringify(f))).sort();
const accountIds = (reports: Report[]) =>
  reports.flatMap((r) => (r.accounts ?? []).map((a) => a.id));
const regionRows = (reports: Report[]) =>
  reports
    .flatMap((r) => r.regions.map((row) => `${row.account}/${row.region}/${row.status}`))
    .sort();

describe('shard (pipe bundle)', () => {
  test('shards of 2, 3 and 8 cover every account exactly once, with an unsharded run’s findings', async () => {
    organization();
    const whole = await pipe({});
    expect(whole.report).toBeDefined();
    const all = accountIds([whole.report!]);
    // Every member and the management account, whatever their status.
    expect(all.length).toBe(IDS.length + 1);
    expect(whole.report!.findings.length).toBeGreaterThan(0);
    expect(whole.code).toBe(3);
    for (const n of [2, 3, 8]) {
      const runs = await Promise.all(
        Array.from({ length: n }, (_, i) => pipe({ SHARD: `${i + 1}/${n}` })),
      );
      const reports = runs.map((r, i) => {
        expect(r.stderr).not.toContain('    at ');
        // A shard with accounts finds the drift of its part; an empty one succeeds.
        expect([0, 3]).toContain(r.code);
        expect(r.report?.shard).toBe(`${i + 1}/${n}`);
        return r.report!;
      });
      const ids = accountIds(reports);
      expect(new Set(ids).size).toBe(ids.length);
      expect([...ids].sort()).toEqual([...all].sort());
      // Each account is in the shard its ID hashes to, not merely in some shard.
      reports.forEach((r, i) => {
        for (const a of r.accounts ?? []) expect(shardOf(a.id, n)).toBe(i + 1);
      });
      expect(findingLines(reports)).toEqual(findingLines([whole.report!]));
      expect(regionRows(reports)).toEqual(regionRows([whole.report!]));
    }
  }, 600_000);

  test('in a Bitbucket parallel step, the step is the shard (its zero-based index shifted); 1/1 turns it off', async () => {
    organization();
    const step = await pipe({ BITBUCKET_PARALLEL_STEP: '0', BITBUCKET_PARALLEL_STEP_COUNT: '2' });
    expect(step.report?.shard).toBe('1/2');
    for (const a of step.report!.accounts!) expect(shardOf(a.id, 2)).toBe(1);
    const off = await pipe({
      BITBUCKET_PARALLEL_STEP: '1',
      BITBUCKET_PARALLEL_STEP_COUNT: '2',
      SHARD: '1/1',
    });
    expect(off.report?.shard).toBeUndefined();
    expect(off.report!.accounts!.length).toBe(IDS.length + 1);
  }, 120_000);

  test('a shard that is not i/n, or without accounts, is refused naming the option and what is valid', async () => {
    for (const bad of ['0/8', '9/8', '3', '1/0', 'a/b', '1/300']) {
      const r = await pipe({ SHARD: bad });
      expect(r.code).toBe(2);
      expect(r.stdout + r.stderr).toContain(`SHARD is "${bad}"`);
      expect(r.stdout + r.stderr).toContain('i/n counted from 1');
    }
    const alone = await pipe({ SHARD: '1/2', ACCOUNTS: '', ROLE_NAME: '', EXCLUDE_ACCOUNTS: '' });
    expect(alone.code).toBe(2);
    expect(alone.stdout + alone.stderr).toMatch(
      /SHARD splits the accounts of ACCOUNTS, which is not set/,
    );
  }, 120_000);
});

describe('shard (Action bundle)', () => {
  test('three shards cover every account once, with an unsharded run’s findings', async () => {
    organization();
    const whole = await action({});
    const runs = await Promise.all([1, 2, 3].map((i) => action({ shard: `${i}/3` })));
    const reports = runs.map((r) => r.report!);
    const ids = accountIds(reports);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(accountIds([whole.report!]).sort());
    expect(findingLines(reports)).toEqual(findingLines([whole.report!]));
    const bad = await action({ shard: '4/3' });
    expect(bad.code).toBe(2);
    expect(bad.stdout + bad.stderr).toContain(`input 'shard' is "4/3"`);
  }, 300_000);
});

/** A merge run of the pipe: only its own options, no AWS and no token in its environment. */
async function pipeMerge(reports: string, reportFile: string): Promise<Run> {
  const result = await runBundle(
    'pipe',
    { MODE: 'merge', REPORTS: reports, REPORT_FILE: reportFile },
    { timeoutMs: 60_000 },
  );
  return { ...result, report: readReport(reportFile) };
}

describe('mode merge (pipe bundle)', () => {
  test('the shards’ reports merge into an unsharded run’s findings and exit code; a missing or foreign shard is refused', async () => {
    organization();
    const whole = await pipe({});
    const dir = mkdtempSync(join(tmpdir(), 'cbcs-merge-'));
    const build = { BITBUCKET_BUILD_NUMBER: '101' };
    await Promise.all(
      [1, 2, 3].map((i) =>
        pipe({ ...build, SHARD: `${i}/3`, REPORT_FILE: join(dir, `shard-${i}`, 'report.json') }),
      ),
    );
    const merged = await pipeMerge(`${dir}/shard-*/report.json`, join(dir, 'merged.json'));
    expect(merged.stderr).not.toContain('    at ');
    expect(merged.code).toBe(3);
    expect(merged.report?.merged).toBe(3);
    expect(merged.report?.outcome).toBe('drift');
    expect(findingLines([merged.report!])).toEqual(findingLines([whole.report!]));
    expect(accountIds([merged.report!]).sort()).toEqual(accountIds([whole.report!]).sort());
    expect(regionRows([merged.report!])).toEqual(regionRows([whole.report!]));
    expect(merged.stdout).toContain('3 shards merged');

    // One shard left out: named.
    const missing = await pipeMerge(
      [1, 3].map((i) => join(dir, `shard-${i}`, 'report.json')).join(','),
      join(dir, 'missing.json'),
    );
    expect(missing.code).toBe(1);
    expect(missing.stdout + missing.stderr).toContain('Shard 2/3 is missing');

    // A shard of another CI run (another build), then of another configuration.
    await pipe({
      BITBUCKET_BUILD_NUMBER: '102',
      SHARD: '2/3',
      REPORT_FILE: join(dir, 'other-run', 'report.json'),
    });
    const otherRun = await pipeMerge(
      [
        join(dir, 'shard-1', 'report.json'),
        join(dir, 'other-run', 'report.json'),
        join(dir, 'shard-3', 'report.json'),
      ].join(','),
      join(dir, 'other-run.json'),
    );
    expect(otherRun.code).toBe(1);
    expect(otherRun.stdout + otherRun.stderr).toMatch(/comes from another CI run \(102\)/);
    await pipe({
      ...build,
      SHARD: '2/3',
      EXCLUDE_ACCOUNTS: '',
      REPORT_FILE: join(dir, 'other-config', 'report.json'),
    });
    const otherConfig = await pipeMerge(
      [
        join(dir, 'shard-1', 'report.json'),
        join(dir, 'other-config', 'report.json'),
        join(dir, 'shard-3', 'report.json'),
      ].join(','),
      join(dir, 'other-config.json'),
    );
    expect(otherConfig.code).toBe(1);
    expect(otherConfig.stdout + otherConfig.stderr).toContain('comes from another configuration');

    // An unsharded run's report is not a shard's; a glob that matches nothing is named.
    const unsharded = await pipeMerge(join(dir, 'nothing-*.json'), join(dir, 'x.json'));
    expect(unsharded.code).not.toBe(0);
    expect(unsharded.stdout + unsharded.stderr).toContain('which matches no file');
  }, 300_000);

  test('merge without REPORTS is refused naming it', async () => {
    const r = await runBundle('pipe', { MODE: 'merge' }, { timeoutMs: 30_000 });
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).toContain('REPORTS is required with MODE=merge');
  });
});

describe('mode merge (Action bundle)', () => {
  test('merged shards: one report, the step fails on drift as an unsharded check does, and the one drift issue', async () => {
    organization();
    const e = emu.get();
    const whole = await action({});
    const dir = mkdtempSync(join(tmpdir(), 'cbcs-merge-action-'));
    await Promise.all(
      [1, 2, 3].map((i) => action({ shard: `${i}/3` }, join(dir, `shard-${i}`, 'report.json'))),
    );
    const merged = await action(
      {
        mode: 'merge',
        reports: `${dir}/**/report.json`,
        'drift-issue': 'true',
        token: '',
        accounts: '',
        'role-name': '',
        'exclude-accounts': '',
        'aws-region': '',
      },
      join(dir, 'merged.json'),
    );
    // The Action fails the step on drift (exit 1), as an unsharded check does.
    expect(merged.code).toBe(whole.code);
    expect(merged.report?.outcome).toBe('drift');
    expect(merged.report?.merged).toBe(3);
    expect(findingLines([merged.report!])).toEqual(findingLines([whole.report!]));
    const issues = e.github.issues('acme/platform');
    expect(issues).toHaveLength(1);
    expect(issues[0]!.body).toContain(NO_ROLE);
  }, 300_000);
});
