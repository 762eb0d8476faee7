// A whole organization through the shipped Action bundle (Node 24) against the emulator:
// `accounts: organization` with `aws-region: all` doing sync, check and inventory, and the
// scheduled organization check that opens the drift issue naming an unreachable account.
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Report } from '../../src/core/report/report.js';
import { useEmulator } from '../support/emulated.js';
import { runBundle, type BundleResult } from '../support/run-bundle.js';
import { parseCommandFile, runnerFiles, runnerInputs } from '../support/runner-files.js';

const emu = useEmulator();
const GH = 'ghp_' + 'Vx3Kq8Wn5Tz1Jr7Lm4Hd0Gs9Cp2Yb6Fe1Ub';
const WORKFLOW_TOKEN = 'ghs_' + 'Qw7Er2Ty9Ui4Op1As6Df3Gh8Jk5Lz0Xc7Vb';
const ROLE = 'codebuild-credential-sync';
const role = (id: string) => `arn:aws:iam::${id}:role/${ROLE}`;
const A = {
  prod: '220000000001',
  dev: '220000000002',
  suspended: '220000000003',
  noRole: '220000000004',
  scp: '220000000005',
};

/** Six accounts (the management one included): one suspended, one without the role, one with a region denied by an SCP. */
function organization() {
  const e = emu.get();
  e.github.addToken(GH, { scopes: ['repo'] });
  e.github.addToken(WORKFLOW_TOKEN, { permissions: { issues: 'write' } });
  e.ssm.codebuildRegions = ['us-east-1', 'eu-west-1', 'af-south-1'];
  e.organizations.addAccount({ id: A.prod, name: 'prod' });
  e.organizations.addAccount({ id: A.dev, name: 'dev' });
  e.organizations.addAccount({ id: A.suspended, name: 'old', state: 'SUSPENDED' });
  e.organizations.addAccount({ id: A.noRole, name: 'new-last-week' });
  e.organizations.addAccount({ id: A.scp, name: 'sandbox' });
  e.sts.addRole(role(A.noRole), { assumable: false });
  e.organizations.denyRegion(A.scp, 'eu-west-1');
}

async function action(
  inputs: Record<string, string>,
  env: Record<string, string> = {},
): Promise<BundleResult & { outputs: Record<string, string>; report: Report; shown: string }> {
  const files = runnerFiles();
  const result = await runBundle(
    'action',
    {
      ...emu.get().env,
      GITHUB_REPOSITORY: 'acme/platform',
      GITHUB_RUN_ID: '777',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary,
      ...env,
      ...runnerInputs(
        {
          token: GH,
          accounts: 'organization',
          'role-name': ROLE,
          'aws-region': 'all',
          'report-file': join(files.dir, 'report.json'),
          ...inputs,
        },
        { 'github-token': WORKFLOW_TOKEN },
      ),
    },
    { timeoutMs: 60_000 },
  );
  const outputs = parseCommandFile(readFileSync(files.output, 'utf8'));
  const report = JSON.parse(readFileSync(join(files.dir, 'report.json'), 'utf8')) as Report;
  // What the runner shows: masked values are not lines of the log.
  const shown = `${result.stdout}\n${result.stderr}`.replace(/^::add-mask::.*$/gm, '');
  return { ...result, outputs, report, shown };
}

describe('accounts: organization, aws-region: all (Action bundle)', () => {
  test('sync, check and inventory: every account and region named; the unreachable ones are drift', async () => {
    organization();
    const e = emu.get();
    const worked = [e.accountId, A.prod, A.dev];

    const sync = await action({ mode: 'sync' });
    expect(sync.stderr).not.toMatch(/at .*\.js:\d+/); // no stack trace
    expect(sync.code).toBe(1); // drift fails the step: an account and a region could not be reached
    // Offered ∩ enabled: af-south-1 is an opt-in region nobody enabled.
    for (const id of worked)
      for (const region of ['us-east-1', 'eu-west-1'])
        expect(e.codebuild.credentials(region, id)).toHaveLength(1);
    expect(e.codebuild.credentials('us-east-1', A.scp)).toHaveLength(1);
    expect(e.codebuild.credentials('eu-west-1', A.scp)).toHaveLength(0);
    expect(e.codebuild.credentials('us-east-1', A.suspended)).toHaveLength(0);
    expect(e.sts.assumed.map((a) => a.roleArn)).not.toContain(role(A.suspended));

    const check = await action({ mode: 'check' });
    expect(check.code).toBe(1);
    expect(check.outputs.drift).toBe('true');
    const byId = Object.fromEntries(check.report.accounts!.map((a) => [a.id, a]));
    expect(byId[A.suspended]).toMatchObject({ status: 'skipped', state: 'SUSPENDED' });
    expect(byId[A.noRole]).toMatchObject({ status: 'unreachable' });
    expect(byId[A.scp]).toMatchObject({
      regionsDone: ['us-east-1'],
      regionsUnreachable: ['eu-west-1'],
    });
    for (const id of worked) expect(byId[id]!.regionsDone).toEqual(['eu-west-1', 'us-east-1']);
    expect(check.report.findings.map((f) => `${f.kind} ${f.account ?? ''}`).sort()).toEqual([
      `account-unreachable ${A.noRole}`,
      `region-unreachable ${A.scp}`,
    ]);
    // The runner's view: annotations name the unreachable account and region.
    expect(check.shown).toMatch(new RegExp(`::error[^\\n]*${A.noRole}`));
    expect(check.shown).toMatch(new RegExp(`${A.scp}/eu-west-1`));
    expect(JSON.parse(check.outputs.report!)).toMatchObject({ mode: 'check', drift: true });

    const inventory = await action({ mode: 'inventory', token: '' });
    expect(inventory.code).toBe(1);
    expect(inventory.report.regions.filter((r) => r.action === 'inventoried')).toHaveLength(7);
    expect(inventory.shown).toContain(A.noRole);
    for (const run of [sync, check, inventory]) expect(run.shown).not.toContain(GH);
    expect(e.writeCalls().filter((w) => w.service !== 'codebuild')).toEqual([]);
  });

  test('a scheduled organization check opens the drift issue naming the unreachable account', async () => {
    organization();
    const e = emu.get();
    for (const id of [e.accountId, A.prod, A.dev, A.scp])
      for (const region of ['us-east-1', 'eu-west-1'])
        e.codebuild.seed(region, {
          serverType: 'GITHUB',
          authType: 'PERSONAL_ACCESS_TOKEN',
          token: GH,
          accountId: id,
        });
    const scheduled = await action(
      { mode: 'check', 'drift-issue': 'true' },
      { GITHUB_EVENT_NAME: 'schedule', GITHUB_WORKFLOW: 'credential drift' },
    );
    expect(scheduled.code).toBe(1);
    const issues = e.github.issues('acme/platform');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ state: 'open' });
    expect(issues[0]!.body).toContain(A.noRole);
    expect(issues[0]!.body).toMatch(/could not be reached/);
    expect(issues[0]!.body).toContain(`${A.scp}`);
    expect(issues[0]!.body).toContain('https://github.com/acme/platform/actions/runs/777');
    expect(scheduled.shown).not.toContain(WORKFLOW_TOKEN);
    expect(scheduled.shown).not.toContain(GH);
    // Only the unreachable account and region drift: every reachable region holds the credential.
    expect(scheduled.report.findings.map((f) => f.kind).sort()).toEqual([
      'account-unreachable',
      'region-unreachable',
    ]);
  });
});
