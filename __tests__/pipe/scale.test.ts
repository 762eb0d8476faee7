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
/** The run's global cap (MAX_TARGETS_IN_FLIGHT in src/core/run/targets.ts). */
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
    // Each AssumeRole is held until all ten are in (at most 5 s: a run that sent them one by
    // one would end at its deadline). A fixed delay showed the overlap only when all ten
    // arrived within it: on a loaded machine they came over more than 60 ms (7 of 10 seen).
    e.faults.add({
      service: 'sts',
      operation: 'AssumeRole',
      kind: 'latency',
      gather: ROLES.length,
      latencyMs: 5000,
      count: ROLES.length,
    });
    e.faults.add({ service: 'aws', kind: 'latency', latencyMs: 60, count: Infinity });
    const result = await pipe({});
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    for (const account of ACCOUNTS)
      for (const region of REGIONS)
        expect(e.codebuild.credentials(region, account)).toHaveLength(1);

    const assumes = e.requests.filter((r) => r.operation === 'AssumeRole');
    expect(assumes).toHaveLength(ROLES.length);
    // All ten AssumeRole calls were in flight at once: the emulator held ten together.
    expect(assumes.map((r) => r.gathered)).toEqual(ROLES.map(() => ROLES.length));

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

  test('the token is validated while the role is assumed, and imported only after', async () => {
    const e = emu.get();
    e.github.addToken(GH, { scopes: ['repo'] });
    e.faults.add({ service: 'github', kind: 'latency', latencyMs: 300, count: Infinity });
    e.faults.add({ service: 'sts', kind: 'latency', latencyMs: 300, count: Infinity });
    const result = await pipe({ AWS_DEFAULT_REGION: 'us-east-1', ROLE_TO_ASSUME: ROLES[0]! });
    expect(result.code).toBe(0);
    const user = e.requests.find((r) => r.operation === 'GET /user')!;
    const identity = e.requests.find((r) => r.operation === 'GetCallerIdentity')!;
    expect(e.requests.find((r) => r.operation === 'AssumeRole')).toBeDefined();
    // AWS is asked (the run's identity call, before the role) while GitHub still holds the token's answer.
    expect(Math.max(user.inFlight ?? 0, identity.inFlight ?? 0)).toBe(2);
    // Proof before write: the import came after GitHub's answer (records are made as each is answered;
    // an import sent before that answer would have been answered first, since only GitHub is slowed).
    const imported = e.requests.find((r) => r.operation === 'ImportSourceCredentials')!;
    expect(Date.parse(imported.at)).toBeGreaterThanOrEqual(Date.parse(user.at));
  });

  test("check reads a target's credential and its projects at once", async () => {
    const e = emu.get();
    e.github.addToken(GH, { scopes: ['repo'] });
    e.faults.add({ service: 'codebuild', kind: 'latency', latencyMs: 300, count: Infinity });
    const result = await pipe({
      MODE: 'check',
      AWS_DEFAULT_REGION: 'us-east-1',
      ROLE_TO_ASSUME: '',
    });
    expect(result.code).toBe(3); // nothing imported: drift
    const reads = e.requests.filter((r) =>
      ['ListSourceCredentials', 'ListProjects'].includes(r.operation),
    );
    expect(reads.map((r) => r.operation).sort()).toEqual(['ListProjects', 'ListSourceCredentials']);
    expect(Math.max(...reads.map((r) => r.inFlight ?? 0))).toBe(2);
    expect(e.writeCalls()).toHaveLength(0);
  });
});
