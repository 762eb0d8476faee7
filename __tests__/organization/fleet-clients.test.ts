// A fleet's CodeBuild clients: each target's is opened when its turn comes and released when it
// finishes, so a run over thousands of targets never holds more than it works on at once, and
// releasing one never closes the sockets the others share.
import { afterEach, describe, expect, test } from '@jest/globals';
import { codeBuildClients, type CodeBuildRegion } from '../../src/core/aws/codebuild.js';
import { buildConfig, envSource } from '../../src/core/config/config.js';
import { runCredentialSync } from '../../src/core/run/run.js';
import { MAX_TARGETS_IN_FLIGHT } from '../../src/core/run/targets.js';
import { ACCOUNTS_AHEAD } from '../../src/core/run/fleet.js';
import type { AwsAccount } from '../../src/core/aws/accounts.js';
import { useEmulator } from '../support/emulated.js';

// Loaded here, one by one: the run imports them at once, which Jest's module cache does not take.
await import('../../src/core/run/fleet.js');
await import('../../src/core/aws/projects.js');
await import('../../src/core/providers/webhooks.js');
await import('../../src/core/aws/connections.js');

const emu = useEmulator();
const GH = 'ghp_' + 'Rk7Tq2Wx9Vn4Lb8Jd3Hs6Fp1Mc5Zg0Ye2Ua';
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
const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});

/**
 * An organization of `ids` beside the management account, each holding the token in
 * `regions`; the environment of a check over it, set as the run's process environment.
 */
function organizationCheck(
  ids: string[],
  regions: readonly string[],
  more: Record<string, string>,
) {
  const e = emu.get();
  for (const id of ids) e.organizations.addAccount({ id });
  for (const id of [e.accountId, ...ids])
    for (const region of regions)
      e.codebuild.seed(region, {
        serverType: 'GITHUB',
        authType: 'PERSONAL_ACCESS_TOKEN',
        token: GH,
        accountId: id,
      });
  const env = {
    ...e.env,
    SERVER_TYPE: 'github',
    TOKEN: GH,
    MODE: 'check',
    ACCOUNTS: 'organization',
    ROLE_NAME: 'codebuild-credential-sync',
    ...more,
  };
  process.env = { ...saved, ...env };
  return env;
}

describe('fleet clients', () => {
  test('5 accounts × 17 regions: at most one client per target in flight, every one released, none failed', async () => {
    const e = emu.get();
    e.github.addToken(GH, { scopes: ['repo'] });
    e.ssm.codebuildRegions = REGIONS;
    const ids = ['400000000001', '400000000002', '400000000003', '400000000004'];
    const env = organizationCheck(ids, REGIONS, { AWS_DEFAULT_REGION: 'all' });
    // Every answer a little late, so that targets overlap as they do against AWS.
    e.faults.add({ service: 'aws', kind: 'latency', latencyMs: 20, count: Infinity });
    const config = buildConfig(envSource(env));
    const make = await codeBuildClients();
    let open = 0;
    let most = 0;
    let made = 0;
    const report = await runCredentialSync(config, {
      logger: { info: () => {}, warn: () => {}, debug: () => {} },
      codebuild: (region, account, limits) => {
        const client: CodeBuildRegion = make(region, account, limits);
        made++;
        most = Math.max(most, ++open);
        const destroy = client.destroy.bind(client);
        client.destroy = () => {
          open--;
          destroy();
        };
        return client;
      },
    });
    make.close?.();
    expect(report.regions).toHaveLength(5 * REGIONS.length);
    expect(report.regions.filter((r) => r.status !== 'ok')).toEqual([]);
    expect(report.outcome).toBe('success');
    expect(made).toBe(5 * REGIONS.length);
    expect(open).toBe(0);
    expect(most).toBeLessThanOrEqual(MAX_TARGETS_IN_FLIGHT);
  });

  test('200 accounts through a bounded window: roles assumed as their turn comes, each account’s keys let go when it is done', async () => {
    const e = emu.get();
    e.github.addToken(GH, { scopes: ['repo'] });
    const ids = Array.from({ length: 200 }, (_, i) => String(410000000001 + i));
    const env = organizationCheck(ids, ['us-east-1'], {
      AWS_DEFAULT_REGION: 'us-east-1',
      TIMEOUT_SECONDS: '120',
    });
    // CodeBuild slow, STS quick: were every role assumed first, all 201 would be before any read.
    e.faults.add({ service: 'codebuild', kind: 'latency', latencyMs: 2_000, count: Infinity });
    const config = buildConfig(envSource(env));
    const make = await codeBuildClients();
    const accounts = new Set<AwsAccount>();
    const report = await runCredentialSync(config, {
      logger: { info: () => {}, warn: () => {}, debug: () => {} },
      codebuild: (region, account, limits) => {
        accounts.add(account);
        return make(region, account, limits);
      },
    });
    make.close?.();
    expect(report.outcome).toBe('success');
    expect(report.regions).toHaveLength(201);
    expect(report.accounts?.filter((a) => a.status === 'worked')).toHaveLength(201);
    // Until the first CodeBuild answer no target is done, so at most MAX_TARGETS_IN_FLIGHT
    // accounts are handed out, and ACCOUNTS_AHEAD more are being reached.
    const firstRead = e.requests.findIndex((r) => r.service === 'codebuild');
    const assumedBefore = e.requests
      .slice(0, firstRead)
      .filter((r) => r.operation === 'AssumeRole').length;
    expect(assumedBefore).toBeGreaterThan(0);
    expect(assumedBefore).toBeLessThanOrEqual(MAX_TARGETS_IN_FLIGHT + ACCOUNTS_AHEAD);
    expect(assumedBefore).toBeLessThan(201); // every role first: all 201 (measured so)
    expect(e.requests.filter((r) => r.operation === 'AssumeRole')).toHaveLength(201);
    // Every account's keys let go: nothing signs with them after its regions are done.
    expect(accounts.size).toBe(201);
    for (const account of accounts) {
      expect(typeof account.credentials).toBe('function');
      await expect((account.credentials as () => Promise<unknown>)()).rejects.toThrow(/let go/);
      expect(account.confidential).toBeUndefined();
    }
  }, 120_000);
});
