// Many accounts × many regions: the shipped pipe bundle under Node 24 against the
// emulator, with every AWS call delayed so that what runs at once is visible in
// the emulator's in-flight counts. No timing is asserted (docs/performance.md has
// the measured figures); only how many calls overlapped, and that every target
// got its calls in order.
import { describe, expect, test } from '@jest/globals';
import { useEmulator } from '../support/emulated.js';
import { runBundle } from '../support/run-bundle.js';

const emu = useEmulator();
const GH = 'ghp_' + 'ScaleTenAccountsSeventeenRegions0000';
const ACCOUNTS = Array.from({ length: 10 }, (_, i) => String(111111111110 + i));
const ROLES = ACCOUNTS.map((id) => `arn:aws:iam::${id}:role/credential-sync`);
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
/** The run's global cap (MAX_TARGETS_IN_FLIGHT in src/core/run.ts). */
const CAP = 64;

function pipe(env: Record<string, string>) {
  return runBundle(
    'pipe',
    {
      ...emu.get().env,
      SERVER_TYPE: 'github',
      TOKEN: GH,
      AWS_DEFAULT_REGION: REGIONS.join(','),
      ROLE_TO_ASSUME: ROLES.join(','),
      ...env,
    },
    { timeoutMs: 60_000 },
  );
}

describe('10 accounts × 17 regions', () => {
  test('sync assumes the roles at once, then works on the targets in parallel under the cap, each in order', async () => {
    const e = emu.get();
    e.github.addToken(GH, { scopes: ['repo'] });
    e.faults.add({ service: 'aws', kind: 'latency', latencyMs: 60, count: Infinity });
    const result = await pipe({});
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    for (const account of ACCOUNTS)
      for (const region of REGIONS)
        expect(e.codebuild.credentials(region, account)).toHaveLength(1);

    const assumes = e.requests.filter((r) => r.operation === 'AssumeRole');
    expect(assumes).toHaveLength(ROLES.length);
    // All ten AssumeRole calls overlapped: the last to arrive found the other nine still waiting.
    expect(Math.max(...assumes.map((r) => r.inFlight ?? 0))).toBe(ROLES.length);

    const codebuild = e.requests.filter((r) => r.service === 'codebuild');
    expect(codebuild).toHaveLength(ACCOUNTS.length * REGIONS.length * 2);
    const peak = Math.max(...codebuild.map((r) => r.inFlight ?? 0));
    expect(peak).toBeGreaterThan(4); // the old fixed limit
    expect(peak).toBeLessThanOrEqual(CAP);
    expect(e.inFlight.peak).toBeLessThanOrEqual(CAP);

    // Within one target: import, then the confirming list, never the other way round.
    const byTarget = new Map<string, string[]>();
    for (const r of codebuild) {
      const key = `${r.accessKeyId}/${r.region}`;
      byTarget.set(key, [...(byTarget.get(key) ?? []), r.operation]);
    }
    expect(byTarget.size).toBe(ACCOUNTS.length * REGIONS.length);
    for (const ops of byTarget.values())
      expect(ops).toEqual(['ImportSourceCredentials', 'ListSourceCredentials']);
  });

  test('check reads every target with the calls overlapping', async () => {
    const e = emu.get();
    e.github.addToken(GH, { scopes: ['repo'] });
    e.faults.add({ service: 'aws', kind: 'latency', latencyMs: 60, count: Infinity });
    const result = await pipe({ MODE: 'check' });
    // Nothing was imported: every target is drift.
    expect(result.code).toBe(3);
    const lists = e.requests.filter((r) => r.operation === 'ListSourceCredentials');
    expect(lists).toHaveLength(ACCOUNTS.length * REGIONS.length);
    expect(Math.max(...lists.map((r) => r.inFlight ?? 0))).toBeGreaterThan(4);
    expect(e.writeCalls()).toHaveLength(0);
  });
});
