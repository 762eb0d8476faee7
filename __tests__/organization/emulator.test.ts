// The emulator's Organizations, Systems Manager public parameters and Account ListRegions,
// spoken to by the real SDK clients (awsJson1_1, awsJson1_1, restJson1), as the product does.
import { describe, expect, test } from '@jest/globals';
import {
  DescribeOrganizationCommand,
  ListAccountsCommand,
  ListAccountsForParentCommand,
  ListChildrenCommand,
  OrganizationsClient,
  paginateListAccounts,
} from '@aws-sdk/client-organizations';
import {
  GetParametersByPathCommand,
  SSMClient,
  paginateGetParametersByPath,
} from '@aws-sdk/client-ssm';
import { AccountClient, ListRegionsCommand, paginateListRegions } from '@aws-sdk/client-account';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { CodeBuildClient, ListSourceCredentialsCommand } from '@aws-sdk/client-codebuild';
import { useEmulator } from '../support/emulated.js';

const emu = useEmulator();
const client = <T>(Make: new (c: object) => T, region = 'us-east-1', credentials?: object): T => {
  const e = emu.get();
  return new Make({
    region,
    endpoint: e.url,
    credentials: credentials ?? {
      accessKeyId: e.aws.defaultAccessKey.id,
      secretAccessKey: e.aws.defaultAccessKey.secret,
    },
  });
};

describe('Organizations', () => {
  test('lists every account with State and Status, 20 a page at most, through NextToken', async () => {
    const e = emu.get();
    for (let i = 0; i < 45; i++) e.organizations.addAccount({ id: String(200000000000 + i) });
    e.organizations.addAccount({ id: '300000000001', state: 'SUSPENDED' });
    e.organizations.addAccount({ id: '300000000002', state: 'PENDING_ACTIVATION' });
    e.organizations.addAccount({ id: '300000000003', state: 'ACTIVE', statusOnly: true });
    const orgs = client(OrganizationsClient);
    const first = await orgs.send(new ListAccountsCommand({}));
    expect(first.Accounts).toHaveLength(20);
    expect(first.NextToken).toBeTruthy();
    const all = [];
    for await (const page of paginateListAccounts({ client: orgs }, {}))
      all.push(...page.Accounts!);
    // The management account (the caller's) and 48 members.
    expect(all).toHaveLength(49);
    expect(all.find((a) => a.Id === '300000000001')).toMatchObject({
      State: 'SUSPENDED',
      Status: 'SUSPENDED',
    });
    const pending = all.find((a) => a.Id === '300000000002')!;
    expect(pending.State).toBe('PENDING_ACTIVATION');
    expect(pending.Status).toBeUndefined();
    const old = all.find((a) => a.Id === '300000000003')!;
    expect(old.State).toBeUndefined();
    expect(old.Status).toBe('ACTIVE');
    expect(old.JoinedTimestamp).toBeInstanceOf(Date);
    await expect(orgs.send(new ListAccountsCommand({ MaxResults: 21 }))).rejects.toMatchObject({
      name: 'InvalidInputException',
    });
    await expect(
      orgs.send(new ListAccountsCommand({ NextToken: 'bm9wZQ==' })),
    ).rejects.toMatchObject({ name: 'InvalidInputException' });
    const org = await orgs.send(new DescribeOrganizationCommand({}));
    expect(org.Organization).toMatchObject({ MasterAccountId: e.accountId, FeatureSet: 'ALL' });
    const seen = e.requests.filter((r) => r.service === 'organizations');
    expect(seen.every((r) => r.region === 'us-east-1' && r.authScheme === 'sigv4')).toBe(true);
  });

  test('OUs: ListChildren and ListAccountsForParent; an unknown parent is ParentNotFoundException', async () => {
    const e = emu.get();
    const prod = e.organizations.addOrganizationalUnit('prod');
    const nested = e.organizations.addOrganizationalUnit('prod-eu', prod);
    e.organizations.addAccount({ id: '400000000001', parentId: prod });
    e.organizations.addAccount({ id: '400000000002', parentId: nested });
    e.organizations.addAccount({ id: '400000000003' });
    const orgs = client(OrganizationsClient);
    const ous = await orgs.send(
      new ListChildrenCommand({ ParentId: prod, ChildType: 'ORGANIZATIONAL_UNIT' }),
    );
    expect(ous.Children).toEqual([{ Id: nested, Type: 'ORGANIZATIONAL_UNIT' }]);
    const inNested = await orgs.send(new ListAccountsForParentCommand({ ParentId: nested }));
    expect(inNested.Accounts!.map((a) => a.Id)).toEqual(['400000000002']);
    await expect(
      orgs.send(new ListAccountsForParentCommand({ ParentId: 'ou-ex12-99999999' })),
    ).rejects.toMatchObject({ name: 'ParentNotFoundException' });
  });

  test('a member account that is not a delegated administrator is refused; one that is may list', async () => {
    const e = emu.get();
    e.organizations.addAccount({ id: '500000000001' });
    e.aws.addAccessKey('AKIAMEMBER0000000001', 'memberSecret000000000000000000000000000+', {
      accountId: '500000000001',
    });
    const member = client(OrganizationsClient, 'us-east-1', {
      accessKeyId: 'AKIAMEMBER0000000001',
      secretAccessKey: 'memberSecret000000000000000000000000000+',
    });
    await expect(member.send(new ListAccountsCommand({}))).rejects.toMatchObject({
      name: 'AccessDeniedException',
    });
    e.organizations.delegatedAdministrators.add('500000000001');
    expect((await member.send(new ListAccountsCommand({}))).Accounts).toHaveLength(2);
  });

  test('a caller outside any organization gets AWSOrganizationsNotInUseException', async () => {
    await expect(
      client(OrganizationsClient).send(new ListAccountsCommand({})),
    ).rejects.toMatchObject({ name: 'AWSOrganizationsNotInUseException' });
  });
});

describe('Systems Manager public parameters', () => {
  test('the regions where CodeBuild is offered, 10 a page, only from a region that serves the path', async () => {
    const path = '/aws/service/global-infrastructure/services/codebuild/regions';
    const regions: string[] = [];
    for await (const page of paginateGetParametersByPath(
      { client: client(SSMClient) },
      { Path: path },
    ))
      regions.push(...page.Parameters!.map((p) => p.Value!));
    expect(regions).toHaveLength(21);
    expect(regions).toContain('me-south-1');
    const elsewhere = await client(SSMClient, 'ca-central-1').send(
      new GetParametersByPathCommand({ Path: path }),
    );
    expect(elsewhere.Parameters).toEqual([]);
  });
});

describe('Account ListRegions (restJson1, POST /listRegions)', () => {
  test('opt-in regions are DISABLED until enabled for the account; the filter and pages work', async () => {
    const e = emu.get();
    e.account.setRegion(e.accountId, 'me-south-1', 'ENABLED');
    const account = client(AccountClient);
    const enabled: string[] = [];
    for await (const page of paginateListRegions(
      { client: account, pageSize: 5 },
      { RegionOptStatusContains: ['ENABLED', 'ENABLED_BY_DEFAULT'] },
    ))
      enabled.push(...page.Regions!.map((r) => r.RegionName!));
    expect(enabled).toHaveLength(18);
    expect(enabled).toContain('me-south-1');
    expect(enabled).not.toContain('af-south-1');
    const one = await account.send(new ListRegionsCommand({ MaxResults: 50 }));
    expect(one.Regions!.find((r) => r.RegionName === 'af-south-1')!.RegionOptStatus).toBe(
      'DISABLED',
    );
    expect(e.requests.at(-1)).toMatchObject({ service: 'account', path: '/listRegions' });
  });

  test('a denied caller gets AccessDeniedException (HTTP 403)', async () => {
    const e = emu.get();
    e.aws.addAccessKey('AKIANOLISTREGIONS001', 'noListSecret000000000000000000000000000+', {
      deny: ['account:ListRegions'],
    });
    const account = client(AccountClient, 'us-east-1', {
      accessKeyId: 'AKIANOLISTREGIONS001',
      secretAccessKey: 'noListSecret000000000000000000000000000+',
    });
    await expect(account.send(new ListRegionsCommand({}))).rejects.toMatchObject({
      name: 'AccessDeniedException',
      $metadata: { httpStatusCode: 403 },
    });
  });
});

describe('faults of a fleet', () => {
  test('a role refused by an SCP says so; a region an SCP refuses answers AccessDenied there only', async () => {
    const e = emu.get();
    const arn = 'arn:aws:iam::600000000001:role/credential-sync';
    e.sts.addRole(arn, { assumable: false, refusal: 'scp' });
    const sts = client(STSClient);
    await expect(
      sts.send(new AssumeRoleCommand({ RoleArn: arn, RoleSessionName: 'x1' })),
    ).rejects.toThrow(/explicit deny in a service control policy/);
    e.organizations.addAccount({ id: '600000000002' });
    e.organizations.denyRegion('600000000002', 'eu-west-1');
    const out = await sts.send(
      new AssumeRoleCommand({
        RoleArn: 'arn:aws:iam::600000000002:role/credential-sync',
        RoleSessionName: 'x2',
      }),
    );
    const creds = {
      accessKeyId: out.Credentials!.AccessKeyId!,
      secretAccessKey: out.Credentials!.SecretAccessKey!,
      sessionToken: out.Credentials!.SessionToken!,
    };
    await expect(
      client(CodeBuildClient, 'eu-west-1', creds).send(new ListSourceCredentialsCommand({})),
    ).rejects.toThrow(/explicit deny in a service control policy/);
    await client(CodeBuildClient, 'us-east-1', creds).send(new ListSourceCredentialsCommand({}));
  });
});
