// The IAM actions of each mode (src/core/config/iam.ts) are the example policies and the
// README's table, and they are right: every row of the table runs through the pipe
// bundle against the emulator with an identity allowed exactly those actions (anything
// else is refused as IAM refuses it), and passes with nothing denied and nothing unused.
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generated } from '../../scripts/gen-iam.js';
import {
  ALL_REGIONS_ACTIONS,
  ALL_REGIONS_STATEMENTS,
  MODE_POLICIES,
  actionsFor,
  inspectsByDefault,
  policyDocument,
} from '../../src/core/config/iam.js';
import type { Mode } from '../../src/core/base/options.js';
import { CODEBUILD_REGIONS_PATH } from '../../src/core/run/fleet.js';
import { printed, useEmulator } from '../support/emulated.js';
import { ROOT, runBundle } from '../support/run-bundle.js';

const emu = useEmulator();
const TOKEN = 'ATCTTQcrECmdOkfg4zVq5LInO8UT0m4jToO10000';
const KEY = { id: 'AKIAPOLICYROW0000001', secret: 'yIaftxm1VZIVUu6cnrUfsLd8vPaUvp56NfjOUT+' };

/** Every action of an example policy; `codebuild` alone gives its CodeBuild actions. */
function policyActions(file: string, only?: 'codebuild'): string[] {
  const policy = JSON.parse(readFileSync(join(ROOT, 'examples', file), 'utf8')) as {
    Statement: Array<{ Effect: string; Action: string[]; Resource: string }>;
  };
  for (const s of policy.Statement) {
    expect(s.Effect).toBe('Allow');
    // CodeBuild's source credentials and projects are account-wide: Resource "*".
    if (s.Action.some((a) => a.startsWith('codebuild:'))) expect(s.Resource).toBe('*');
  }
  return policy.Statement.flatMap((s) => s.Action)
    .filter((a) => !only || a.startsWith(`${only}:`))
    .sort();
}

/** The IAM actions the run called, as the emulator saw them (CodeBuild's, or every AWS one). */
function called(services: 'codebuild' | 'aws' = 'codebuild'): string[] {
  return [
    ...new Set(
      emu
        .get()
        .requests.filter((r) =>
          services === 'codebuild'
            ? r.service === 'codebuild'
            : !['github', 'ghes', 'bitbucket', 'unknown'].includes(r.service),
        )
        // sts:GetCallerIdentity needs no permission (AWS allows it to every identity): no policy lists it.
        .filter((r) => !(r.service === 'sts' && r.operation === 'GetCallerIdentity'))
        .map((r) => `${r.service}:${r.operation}`),
    ),
  ].sort();
}

/** A region with the credential and one project that uses it. */
function seed(): void {
  const e = emu.get();
  e.bitbucket.addToken(TOKEN, {
    kind: 'access-token',
    scopes: ['repository', 'pullrequest', 'webhook'],
  });
  e.codebuild.seed('us-east-1', {
    serverType: 'BITBUCKET',
    authType: 'PERSONAL_ACCESS_TOKEN',
    token: TOKEN,
  });
  e.codebuild.addProject('us-east-1', {
    name: 'app',
    source: { type: 'BITBUCKET', location: 'https://bitbucket.org/emulator/demo-repo.git' },
  });
}

function run(mode: Mode, env: Record<string, string>, allow: string[]) {
  const e = emu.get();
  e.aws.addAccessKey(KEY.id, KEY.secret, { allow });
  return runBundle('pipe', {
    ...e.env,
    AWS_ACCESS_KEY_ID: KEY.id,
    AWS_SECRET_ACCESS_KEY: KEY.secret,
    AWS_DEFAULT_REGION: 'us-east-1',
    MODE: mode,
    ...(mode === 'delete' ? { SERVER_TYPE: 'bitbucket' } : mode === 'inventory' ? {} : { TOKEN }),
    ...env,
  });
}

/** Every row of the README's table: mode, with and without project inspection, sync's dry run. */
const ROWS = MODE_POLICIES.flatMap((p) =>
  (p.dryRunActions ? [false, true] : [false]).flatMap((dryRun) =>
    (p.inspects ? [true, false] : [false]).map((inspectProjects) => ({
      mode: p.mode,
      dryRun,
      inspectProjects,
    })),
  ),
);

describe('least-privilege IAM policy per mode', () => {
  test('the example policies and the README table are generated from src/core/config/iam.ts', async () => {
    for (const [path, text] of await generated())
      expect({ path, text: readFileSync(path, 'utf8') }).toEqual({ path, text });
  });

  test.each(ROWS)(
    '$mode (dry run: $dryRun, projects: $inspectProjects) passes with exactly its actions allowed',
    async ({ mode, dryRun, inspectProjects }) => {
      seed();
      const allow = actionsFor(mode, { inspectProjects, dryRun });
      const result = await run(
        mode,
        {
          ...(dryRun ? { DRY_RUN: 'true' } : {}),
          ...(mode === 'delete' ? {} : { INSPECT_PROJECTS: String(inspectProjects) }),
        },
        allow,
      );
      expect(printed(result)).not.toMatch(/denied|not inspected|AccessDenied/i);
      expect(result.code).toBe(0);
      // Nothing more is allowed than is called: the row is exact.
      expect(called()).toEqual([...allow].sort());
    },
  );

  test.each(MODE_POLICIES.map((p) => [p.mode, p.file] as const))(
    '%s with its defaults calls exactly what %s allows',
    async (mode, file) => {
      seed();
      const result = await run(mode, {}, policyActions(file));
      expect(result.code).toBe(0);
      expect(called()).toEqual(policyActions(file, 'codebuild'));
      expect(policyActions(file, 'codebuild')).toEqual(
        [...actionsFor(mode, { inspectProjects: inspectsByDefault(mode) })].sort(),
      );
    },
  );

  test.each(MODE_POLICIES.map((p) => [p.mode, p.file] as const))(
    '%s with aws-region: all passes with exactly what %s allows',
    async (mode, file) => {
      seed();
      emu.get().ssm.codebuildRegions = ['us-east-1', 'eu-west-1'];
      const result = await run(mode, { AWS_DEFAULT_REGION: 'all' }, policyActions(file));
      expect(printed(result)).not.toMatch(/denied|not authorized|AccessDenied|could not be read/i);
      // check finds eu-west-1 without the credential: drift, which is not a refusal.
      expect(mode === 'check' ? [0, 3] : [0]).toContain(result.code);
      const aws = called('aws');
      expect(aws).toEqual(expect.arrayContaining(ALL_REGIONS_ACTIONS));
      for (const action of aws) expect(policyActions(file)).toContain(action);
      // The CodeBuild calls reached both regions.
      const regions = new Set(
        emu
          .get()
          .requests.filter((r) => r.service === 'codebuild')
          .map((r) => r.region),
      );
      expect([...regions].sort()).toEqual(['eu-west-1', 'us-east-1']);
    },
  );

  test('the policies’ Systems Manager statement covers the parameters aws-region: all reads', () => {
    const [where] = ALL_REGIONS_STATEMENTS;
    const pattern = new RegExp(
      `^${where.Resource.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^]*')}$`,
    );
    // What fleet.ts reads (CODEBUILD_REGIONS_PATH), in us-east-1 of the aws partition.
    expect(pattern.test(`arn:aws:ssm:us-east-1::parameter${CODEBUILD_REGIONS_PATH}`)).toBe(true);
  });

  test('no policy but delete’s can delete, and none but sync’s can import', () => {
    for (const p of MODE_POLICIES) {
      const actions = policyDocument(p.mode).Statement.flatMap((s) => s.Action);
      expect(actions.includes('codebuild:DeleteSourceCredentials')).toBe(p.mode === 'delete');
      expect(actions.includes('codebuild:ImportSourceCredentials')).toBe(p.mode === 'sync');
    }
  });

  test('a check whose role lacks the project reads: one sentence pointing at the check policy', async () => {
    seed();
    const result = await run('check', {}, ['codebuild:ListSourceCredentials']);
    expect(result.code).toBe(0);
    const said = printed(result);
    expect(said).toContain(
      'CodeBuild ListProjects in us-east-1 was denied: the AWS identity lacks the IAM permission codebuild:ListProjects. AWS said: User: arn:aws:iam::123456789012:user/emulator is not authorized to perform: codebuild:ListProjects because no identity-based policy allows the codebuild:ListProjects action. Add codebuild:ListProjects to its policy (examples/iam-policy-check.json has every action check calls). To skip them instead, set INSPECT_PROJECTS to false.',
    );
  });

  test('a sync with inspect-projects whose role has only the sync policy: pointed at the README table', async () => {
    seed();
    const result = await run(
      'sync',
      { INSPECT_PROJECTS: 'true' },
      policyActions('iam-policy-sync.json'),
    );
    expect(printed(result)).toContain(
      'Add codebuild:ListProjects to its policy (the README\'s "Least-privilege IAM policy, per mode" lists what sync calls with these options).',
    );
  });

  test('the README links each policy', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    for (const p of MODE_POLICIES) expect(readme).toContain(`examples/${p.file}`);
  });
});
