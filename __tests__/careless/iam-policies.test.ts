// The per-mode IAM policies in examples/ grant what each mode calls and no
// write it does not need: each mode runs through the pipe bundle against the
// emulator, and every CodeBuild operation it sent must be in its policy.
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useEmulator } from '../support/emulated.js';
import { ROOT, runBundle } from '../support/run-bundle.js';

const emu = useEmulator();
const TOKEN = 'ATCTTiamPolicyBitbucketAccessToken000000';

function policyActions(file: string): string[] {
  const policy = JSON.parse(readFileSync(join(ROOT, 'examples', file), 'utf8')) as {
    Statement: Array<{ Effect: string; Action: string[]; Resource: string }>;
  };
  for (const s of policy.Statement) expect(s).toMatchObject({ Effect: 'Allow', Resource: '*' });
  return policy.Statement.flatMap((s) => s.Action).sort();
}

function codebuildCalls(): string[] {
  return [
    ...new Set(
      emu
        .get()
        .requests.filter((r) => r.service === 'codebuild')
        .map((r) => `codebuild:${r.operation}`),
    ),
  ].sort();
}

describe('least-privilege IAM policy per mode', () => {
  test.each([
    [
      'check',
      'iam-policy-check.json',
      ['codebuild:DeleteSourceCredentials', 'codebuild:ImportSourceCredentials'],
    ],
    ['sync', 'iam-policy-sync.json', ['codebuild:DeleteSourceCredentials']],
    ['delete', 'iam-policy-delete.json', ['codebuild:ImportSourceCredentials']],
  ])(
    '%s: every CodeBuild call is allowed by %s, which grants no write the mode does not make',
    async (mode, file, forbidden) => {
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
      const result = await runBundle('pipe', {
        ...e.env,
        AWS_DEFAULT_REGION: 'us-east-1',
        MODE: mode,
        ...(mode === 'delete' ? {} : { TOKEN }),
      });
      expect(result.code).toBe(0);
      const allowed = policyActions(file);
      const calls = codebuildCalls();
      expect(calls.length).toBeGreaterThan(0);
      for (const call of calls) expect(allowed).toContain(call);
      for (const action of forbidden) expect(allowed).not.toContain(action);
    },
  );

  test('the README links each policy', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    for (const file of ['iam-policy-check.json', 'iam-policy-sync.json', 'iam-policy-delete.json'])
      expect(readme).toContain(`examples/${file}`);
  });
});
