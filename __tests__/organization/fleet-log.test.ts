// A fleet's log through both shipped bundles: targets that are fine are counted, not listed;
// what is not fine is one line each; a long phase says how far it is; an account's own
// secrets (its assumed role's keys) stay hidden though the run's redaction never holds them.
import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Report } from '../../src/core/report/report.js';
import { useEmulator } from '../support/emulated.js';
import { runBundle } from '../support/run-bundle.js';
import { runnerFiles, runnerInputs } from '../support/runner-files.js';

const emu = useEmulator();
const GH = 'ghp_' + 'Lk4Rw8Tz2Mq6Vn0Xc3Bh7Jd1Fs5Gp9Ya2Ue';
const ROLE = 'codebuild-credential-sync';
const MEMBERS = ['410000000001', '410000000002', '410000000003'];
const REGIONS = [
  'us-east-1',
  'us-east-2',
  'us-west-1',
  'us-west-2',
  'ca-central-1',
  'eu-west-1',
  'eu-west-2',
  'eu-west-3',
  'eu-central-1',
  'eu-north-1',
  'ap-south-1',
  'ap-northeast-1',
  'ap-northeast-2',
  'ap-northeast-3',
  'ap-southeast-1',
  'ap-southeast-2',
  'sa-east-1',
];

/** The management account and three members, `regions` each, every one holding the token but `missing`. */
function fleet(regions = REGIONS, missing?: { account: string; region: string }) {
  const e = emu.get();
  e.github.addToken(GH, { scopes: ['repo'] });
  e.ssm.codebuildRegions = [...regions];
  for (const id of MEMBERS) e.organizations.addAccount({ id });
  for (const id of [e.accountId, ...MEMBERS])
    for (const region of regions)
      if (!(missing?.account === id && missing.region === region))
        e.codebuild.seed(region, {
          serverType: 'GITHUB',
          authType: 'PERSONAL_ACCESS_TOKEN',
          token: GH,
          accountId: id,
        });
  return e;
}

const options = { accounts: 'organization', 'role-name': ROLE, 'aws-region': 'all' };

/** The run through one bundle: what it printed (lines, masking commands left out) and its report. */
async function run(bundle: 'pipe' | 'action', timeoutMs = 60_000, seconds?: number) {
  const e = emu.get();
  const dir = mkdtempSync(join(tmpdir(), 'cbcs-fleet-log-'));
  const reportFile = join(dir, 'report.json');
  const files = runnerFiles();
  const env =
    bundle === 'pipe'
      ? {
          ...e.env,
          SERVER_TYPE: 'github',
          TOKEN: GH,
          MODE: 'check',
          ACCOUNTS: 'organization',
          ROLE_NAME: ROLE,
          AWS_DEFAULT_REGION: 'all',
          REPORT_FILE: reportFile,
          ...(seconds ? { TIMEOUT_SECONDS: String(seconds) } : {}),
        }
      : {
          ...e.env,
          GITHUB_REPOSITORY: 'acme/platform',
          GITHUB_OUTPUT: files.output,
          GITHUB_STEP_SUMMARY: files.summary,
          ...runnerInputs({
            token: GH,
            mode: 'check',
            ...options,
            'report-file': reportFile,
            'drift-issue': 'false',
            ...(seconds ? { 'timeout-seconds': String(seconds) } : {}),
          }),
        };
  const result = await runBundle(bundle, env, { timeoutMs });
  const lines = `${result.stdout}\n${result.stderr}`
    .split('\n')
    .filter((l) => l.trim() !== '' && !/^::(add-mask|debug)::/.test(l));
  const report = JSON.parse(readFileSync(reportFile, 'utf8')) as Report;
  return { ...result, lines, report };
}

describe.each(['pipe', 'action'] as const)('a fleet log (%s bundle)', (bundle) => {
  test('68 targets all fine: counted on one line, none listed, the log short', async () => {
    fleet();
    const { code, lines, report } = await run(bundle);
    expect(code).toBe(0);
    expect(report.regions).toHaveLength(68);
    expect(lines).toContainEqual(expect.stringMatching(/68 of 68 targets ✔ checked$/));
    // No target has a line of its own.
    expect(lines.filter((l) => /\b\d{12}\/[a-z]{2}-[a-z]+-\d\b/.test(l))).toEqual([]);
    expect(lines.length).toBeLessThanOrEqual(25);
  });

  test('one target in drift among 68: its line once in the list, the 67 others counted', async () => {
    fleet(REGIONS, { account: MEMBERS[1]!, region: 'eu-west-3' });
    const { code, lines, report } = await run(bundle);
    // Drift: the pipe's exit 3; the Action fails the step (exit 1).
    expect(code).toBe(bundle === 'pipe' ? 3 : 1);
    expect(report.regions.filter((r) => r.status !== 'ok')).toHaveLength(1);
    expect(lines).toContainEqual(expect.stringMatching(/67 of 68 targets ✔ checked$/));
    const listed = lines.filter((l) => /⚠ 410000000002\/eu-west-3 +missing/.test(l));
    expect(listed).toHaveLength(1);
    expect(lines.filter((l) => /^ *[✔⚠✖] \d{12}\/[a-z]{2}-[a-z]+-\d\b/.test(l))).toEqual(listed);
  });

  test('a slow run says how far it is, at most every 10 s: targets done of all, accounts, failures', async () => {
    // Each target reads its credential and its project list at once, then the project: two
    // answers of 6 s one after the other, so the targets take about 12 s.
    const e = fleet(['us-east-1', 'eu-west-1']);
    for (const id of [e.accountId, ...MEMBERS])
      for (const region of ['us-east-1', 'eu-west-1'])
        e.codebuild.addProject(region, {
          name: `app-${id}`,
          source: { type: 'GITHUB', location: 'https://github.com/acme/app.git' },
          accountId: id,
        });
    e.faults.add({ service: 'codebuild', kind: 'latency', latencyMs: 6_000, count: Infinity });
    const { code, lines } = await run(bundle, 90_000);
    expect(code).toBe(0);
    const progress = lines.filter((l) => /targets done/.test(l));
    expect(progress.length).toBeGreaterThanOrEqual(1);
    expect(progress.length).toBeLessThanOrEqual(3);
    expect(progress[0]).toMatch(/\b\d of 8 targets done \(\d of 4 accounts\), 0 failed so far\.$/);
  }, 120_000);

  test("an account's assumed-role keys echoed by CodeBuild are hidden in its rows and findings", async () => {
    const e = fleet(['us-east-1', 'eu-west-1']);
    e.faults.add({
      service: 'codebuild',
      operation: 'ListSourceCredentials',
      region: 'eu-west-1',
      kind: 'echo',
      status: 400,
      count: Infinity,
    });
    const { stdout, stderr, report } = await run(bundle);
    const issued = e.requests.filter((r) => r.service === 'sts').length;
    expect(issued).toBeGreaterThanOrEqual(MEMBERS.length);
    const text = `${stdout}\n${stderr}\n${JSON.stringify(report)}`;
    // The echo was there to hide: the rows of eu-west-1 failed with AWS's words hidden whole.
    const failed = report.regions.filter((r) => r.region === 'eu-west-1');
    expect(failed.length).toBe(4);
    for (const r of failed) expect(r.detail).toMatch(/AWS said: \*\*\*/);
    expect(text).not.toMatch(/secret key (?!\*\*\*)/);
    expect(text).not.toMatch(/session token (?!\*\*\*)/);
  });

  test('a run stopped by its deadline: the targets never reached are one line, the error names a few', async () => {
    // 20 accounts × 17 regions, every CodeBuild answer 1.2 s late, 5 s for the whole run.
    const e = fleet();
    for (let i = 0; i < 16; i++) {
      const id = String(420000000001 + i);
      e.organizations.addAccount({ id });
      for (const region of REGIONS)
        e.codebuild.seed(region, {
          serverType: 'GITHUB',
          authType: 'PERSONAL_ACCESS_TOKEN',
          token: GH,
          accountId: id,
        });
    }
    e.faults.add({ service: 'codebuild', kind: 'latency', latencyMs: 1_200, count: Infinity });
    const { code, lines, report } = await run(bundle, 60_000, 5);
    expect(code).toBe(1);
    expect(report.stopped).toBe('timeout');
    const unreached = report.regions.filter((r) => r.action === 'not-attempted');
    expect(unreached.length).toBeGreaterThan(50);
    const counted = lines.filter((l) => /targets ✖ not attempted: not reached/.test(l));
    expect(counted).toHaveLength(1);
    expect(counted[0]).toContain(`${unreached.length} of 340 targets`);
    // No target the run never reached has a line of its own, and no line runs on for ever.
    expect(lines.filter((l) => /^\s*✖ \d{12}\/\S+ +not attempted/.test(l))).toEqual([]);
    expect(lines.filter((l) => /more, each in the report/.test(l)).length).toBeGreaterThanOrEqual(
      1,
    );
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThan(3_000);
  }, 90_000);
});
