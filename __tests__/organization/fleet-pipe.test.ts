// A whole organization through the shipped pipe bundle (Node 24) against the emulator:
// accounts from AWS Organizations, each one's regions found, and nothing unseen left silent.
import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Report } from '../../src/core/report/report.js';
import { printed, useEmulator } from '../support/emulated.js';
import { runBundle } from '../support/run-bundle.js';

const emu = useEmulator();
const GH = 'ghp_' + 'Qz8Wv4Nk2Xt6Jr0Ls5Hd9Gm3Cp7Yb1Fe4Ua';
const ROLE = 'codebuild-credential-sync';
const role = (id: string) => `arn:aws:iam::${id}:role/${ROLE}`;
const A = {
  prod: '210000000001',
  prodEu: '210000000002',
  dev: '210000000003',
  suspended: '210000000004',
  closed: '210000000005',
  noRole: '210000000006',
  scp: '210000000007',
  excluded: '210000000008',
  pending: '210000000009',
};

/** An organization of 10 accounts (the management one included) in the root, an OU and a nested OU. */
function organization() {
  const e = emu.get();
  e.github.addToken(GH, { scopes: ['repo'] });
  e.ssm.codebuildRegions = ['us-east-1', 'eu-west-1', 'me-south-1', 'af-south-1'];
  const prod = e.organizations.addOrganizationalUnit('prod');
  const prodEu = e.organizations.addOrganizationalUnit('prod-eu', prod);
  e.organizations.addAccount({ id: A.prod, name: 'prod', parentId: prod });
  e.organizations.addAccount({ id: A.prodEu, name: 'prod-eu', parentId: prodEu, statusOnly: true });
  e.organizations.addAccount({ id: A.dev, name: 'dev' });
  e.organizations.addAccount({ id: A.suspended, name: 'old', state: 'SUSPENDED' });
  e.organizations.addAccount({ id: A.closed, name: 'gone', state: 'CLOSED', parentId: prod });
  e.organizations.addAccount({ id: A.noRole, name: 'new-last-week' });
  e.organizations.addAccount({ id: A.scp, name: 'sandbox' });
  e.organizations.addAccount({ id: A.excluded, name: 'security' });
  e.organizations.addAccount({ id: A.pending, name: 'signup', state: 'PENDING_ACTIVATION' });
  e.sts.addRole(role(A.noRole), { assumable: false });
  e.organizations.denyRegion(A.scp, 'eu-west-1');
  e.account.setRegion(A.prodEu, 'me-south-1', 'ENABLED');
  return { prod, prodEu };
}

async function pipe(env: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'cbcs-org-'));
  const reportFile = join(dir, 'report.json');
  const result = await runBundle(
    'pipe',
    {
      ...emu.get().env,
      SERVER_TYPE: 'github',
      TOKEN: GH,
      ACCOUNTS: 'organization',
      ROLE_NAME: ROLE,
      AWS_DEFAULT_REGION: 'all',
      EXCLUDE_ACCOUNTS: A.excluded,
      REPORT_FILE: reportFile,
      ...env,
    },
    { timeoutMs: 60_000 },
  );
  let report: Report | undefined;
  try {
    report = JSON.parse(readFileSync(reportFile, 'utf8')) as Report;
  } catch {
    report = undefined;
  }
  return { ...result, report };
}

describe('accounts: organization, aws-region: all (pipe bundle)', () => {
  test('check: every account and region named; unreachable ones are drift; only ACTIVE accounts used', async () => {
    organization();
    const e = emu.get();
    const result = await pipe({ MODE: 'check' });
    expect(result.stderr).not.toMatch(/at .*\.js:\d+/); // no stack trace
    expect(result.code).toBe(3);
    const report = result.report!;
    const byId = Object.fromEntries(report.accounts!.map((a) => [a.id, a]));
    expect(Object.keys(byId).sort()).toEqual([e.accountId, ...Object.values(A)].sort());
    expect(byId[A.suspended]).toMatchObject({
      status: 'skipped',
      state: 'SUSPENDED',
      source: 'organization',
    });
    expect(byId[A.closed]).toMatchObject({ status: 'skipped', state: 'CLOSED' });
    expect(byId[A.pending]).toMatchObject({ status: 'skipped', state: 'PENDING_ACTIVATION' });
    expect(byId[A.excluded]).toMatchObject({ status: 'excluded' });
    expect(byId[A.prodEu]).toMatchObject({ status: 'worked', state: 'ACTIVE' }); // from Status
    expect(byId[A.noRole]).toMatchObject({ status: 'unreachable' });
    expect(byId[A.noRole]!.detail).toMatch(/does not exist there, or its trust policy/);
    // Offered ∩ enabled: me-south-1 only where it was enabled; af-south-1 nowhere.
    expect(byId[A.prodEu]!.regions).toEqual(['eu-west-1', 'me-south-1', 'us-east-1']);
    expect(byId[A.prod]!.regions).toEqual(['eu-west-1', 'us-east-1']);
    expect(byId[A.scp]).toMatchObject({
      regionsDone: ['us-east-1'],
      regionsUnreachable: ['eu-west-1'],
    });
    const kinds = (kind: string) => report.findings.filter((f) => f.kind === kind);
    expect(kinds('account-unreachable')).toEqual([
      expect.objectContaining({
        account: A.noRole,
        message: expect.stringContaining(`Account ${A.noRole} (new-last-week)`),
      }),
    ]);
    expect(kinds('region-unreachable')).toEqual([
      expect.objectContaining({
        account: A.scp,
        region: 'eu-west-1',
        message: expect.stringMatching(/service control policy/),
      }),
    ]);
    // Nothing was looked at in an account that is not ACTIVE, nor written anywhere.
    expect(e.sts.assumed.map((a) => a.roleArn)).not.toContain(role(A.suspended));
    expect(e.sts.assumed.map((a) => a.roleArn)).not.toContain(role(A.excluded));
    expect(e.writeCalls()).toEqual([]);
    const out = printed(result);
    for (const id of [A.suspended, A.closed, A.pending, A.excluded, A.noRole])
      expect(out).toContain(id);
    expect(out).toMatch(
      /Accounts \(organization, o-exampleorgid\): 10 listed, 5 worked, 3 skipped, 1 excluded, 1 unreachable/,
    );
    expect(report.organization).toEqual({ id: 'o-exampleorgid', managementAccount: e.accountId });
    expect(out).not.toContain(GH);
  });

  test('sync imports into every reachable account × region; inventory lists them and the unreachable', async () => {
    organization();
    const e = emu.get();
    const sync = await pipe({});
    expect(sync.code).toBe(3); // drift: one account and one region could not be reached
    for (const [id, regions] of [
      [A.prod, ['us-east-1', 'eu-west-1']],
      [A.prodEu, ['us-east-1', 'eu-west-1', 'me-south-1']],
      [A.dev, ['us-east-1', 'eu-west-1']],
      [A.scp, ['us-east-1']],
      [e.accountId, ['us-east-1', 'eu-west-1']],
    ] as const)
      for (const region of regions) expect(e.codebuild.credentials(region, id)).toHaveLength(1);
    expect(e.codebuild.credentials('eu-west-1', A.scp)).toHaveLength(0);
    expect(e.codebuild.credentials('us-east-1', A.suspended)).toHaveLength(0);
    const inventory = await pipe({ MODE: 'inventory', TOKEN: '' });
    expect(inventory.code).toBe(3);
    const rows = inventory.report!.regions.filter((r) => r.action === 'inventoried');
    expect(rows).toHaveLength(10);
    expect(inventory.report!.findings.map((f) => f.kind).sort()).toEqual([
      'account-unreachable',
      'region-unreachable',
    ]);
    expect(printed(inventory)).toContain(A.noRole);
  });

  test('ou:<id> takes the accounts of the OU and the OUs under it', async () => {
    const { prod } = organization();
    const result = await pipe({ MODE: 'check', ACCOUNTS: `ou:${prod}`, EXCLUDE_ACCOUNTS: '' });
    const report = result.report!;
    expect(report.accounts!.map((a) => `${a.id} ${a.status}`).sort()).toEqual(
      [`${A.prod} worked`, `${A.prodEu} worked`, `${A.closed} skipped`].sort(),
    );
    expect(report.accounts![0]!.source).toBe(`ou:${prod}`);
    expect(result.code).toBe(3); // no credential anywhere yet
  });

  test('a caller that may not list gets the permission and the delegated-administrator route, exit 1', async () => {
    organization();
    const e = emu.get();
    e.aws.addAccessKey('AKIAMEMBERCALLER0001', 'memberCallerSecret000000000000000000000+', {
      accountId: A.dev,
    });
    const result = await pipe({
      MODE: 'check',
      AWS_ACCESS_KEY_ID: 'AKIAMEMBERCALLER0001',
      AWS_SECRET_ACCESS_KEY: 'memberCallerSecret000000000000000000000+',
    });
    expect(result.code).toBe(1);
    const out = printed(result);
    expect(out).toMatch(/organizations:ListAccounts/);
    expect(out).toMatch(/delegated administrator/);
    expect(out).not.toMatch(/at .*\.js:\d+/);
    expect(e.writeCalls()).toEqual([]);
  });

  test('the regions an account refuses are one line: "N regions unreachable in account X"', async () => {
    organization();
    const e = emu.get();
    e.organizations.denyRegion(A.scp, 'us-east-1');
    const result = await pipe({ MODE: 'check' });
    expect(result.code).toBe(3);
    expect(result.report!.findings.filter((f) => f.kind === 'region-unreachable')).toHaveLength(2);
    const lines = result.stdout.split('\n').filter((l) => /region-unreachable/.test(l));
    expect(lines).toEqual([
      expect.stringMatching(
        new RegExp(
          `^Drift \\(region-unreachable\\): 2 regions unreachable in account ${A.scp}: (eu-west-1, us-east-1|us-east-1, eu-west-1)\\. Each is enabled but refused the run: a service control policy denies it, so nothing there was read\\. AWS said \\(${A.scp}/`,
        ),
      ),
    ]);
  });

  test('an account name is outside text: one line, no workflow command, no escape', async () => {
    organization();
    const e = emu.get();
    e.organizations.addAccount({ id: '210000000010', name: 'evil\n::error::owned\u001b[31m' });
    e.sts.addRole(role('210000000010'), { assumable: false });
    const result = await pipe({ MODE: 'check' });
    const out = printed(result);
    expect(out).toContain('210000000010 (evil␤::error::owned)');
    expect(out).not.toMatch(/^::error::owned/m);
    expect(out).not.toContain('\u001b[31m');
  });

  test('DescribeOrganization denied: the run goes on, a warning says the ID is not in the report', async () => {
    organization();
    const e = emu.get();
    e.aws.addAccessKey('AKIANODESCRIBE000001', 'LhHwZ5oBzMTnAer2kSnVgd4434deh5aeA4eybY+', {
      accountId: e.accountId,
      deny: ['organizations:DescribeOrganization'],
    });
    const result = await pipe({
      MODE: 'check',
      AWS_ACCESS_KEY_ID: 'AKIANODESCRIBE000001',
      AWS_SECRET_ACCESS_KEY: 'LhHwZ5oBzMTnAer2kSnVgd4434deh5aeA4eybY+',
    });
    expect(result.code).toBe(3);
    expect(result.report!.organization).toBeUndefined();
    expect(result.report!.accounts).toHaveLength(10);
    expect(result.report!.warnings).toContainEqual(
      expect.stringMatching(/organizations:DescribeOrganization was denied/),
    );
  });

  test('a caller outside any organization is told so, exit 1', async () => {
    const e = emu.get();
    e.github.addToken(GH, { scopes: ['repo'] });
    const result = await pipe({ MODE: 'check', EXCLUDE_ACCOUNTS: '' });
    expect(result.code).toBe(1);
    expect(printed(result)).toMatch(/the caller's account is not in an organization/);
    expect(printed(result)).not.toMatch(/at .*\.js:\d+/);
  });

  test('a list of IDs with aws-region named: roles built from role-name, no Organizations call', async () => {
    organization();
    const e = emu.get();
    const result = await pipe({
      MODE: 'check',
      ACCOUNTS: `${A.prod},${A.noRole}`,
      EXCLUDE_ACCOUNTS: '',
      AWS_DEFAULT_REGION: 'us-east-1',
    });
    expect(result.code).toBe(3);
    expect(e.requests.filter((r) => r.service === 'organizations')).toEqual([]);
    expect(e.sts.assumed.map((a) => a.roleArn)).toEqual([role(A.prod)]);
    expect(result.report!.accounts!.map((a) => [a.id, a.source, a.status])).toEqual([
      [A.prod, 'accounts', 'worked'],
      [A.noRole, 'accounts', 'unreachable'],
    ]);
  });
});
