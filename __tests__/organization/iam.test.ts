// The organization examples grant what a fleet run calls, and the member role of each mode
// no more than that mode calls: a check and a sync over an organization with `aws-region:
// all` run through the pipe bundle, and every call the emulator answered is matched to
// the identity that made it (the caller's keys, or a member role's STS keys).
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type Tags } from 'yaml';
import { useEmulator } from '../support/emulated.js';
import { ROOT, runBundle } from '../support/run-bundle.js';

const emu = useEmulator();
const GH = 'ghp_' + 'XX1xhBbZsViCviGvOpqjq4fzEvK1y076Qc0000';

type Node = unknown;
/** CloudFormation's short-form functions, as plain objects. */
const CFN_TAGS: Tags = [
  ...['Ref', 'Condition', 'GetAtt'].map((name) => ({
    tag: `!${name}`,
    resolve: (value: string) => ({ [name === 'Ref' ? 'Ref' : `Fn::${name}`]: value }),
  })),
  ...['If', 'Equals', 'Or', 'And', 'Not'].map((name) => ({
    tag: `!${name}`,
    collection: 'seq' as const,
    resolve: (value: { toJSON(): unknown }) => ({ [`Fn::${name}`]: value.toJSON() }),
  })),
];

/** The member role's allowed actions for some parameter values, evaluated as CloudFormation would. */
function memberRoleActions(parameters: Record<string, string>): string[] {
  const template = parse(
    readFileSync(join(ROOT, 'examples/cloudformation/member-role-stackset.yml'), 'utf8'),
    { customTags: CFN_TAGS },
  ) as {
    Parameters: Record<string, { Default?: string }>;
    Conditions: Record<string, Node>;
    Resources: {
      MemberRole: { Properties: { Policies: Array<{ PolicyDocument: { Statement: Node[] } }> } };
    };
  };
  const params = Object.fromEntries(
    Object.entries(template.Parameters).map(([k, v]) => [k, parameters[k] ?? v.Default]),
  );
  const conditions = new Map<string, boolean>();
  const value = (node: Node): Node => {
    if (Array.isArray(node)) return node.map(value).filter((n) => n !== NO_VALUE);
    if (typeof node !== 'object' || node === null) return node;
    const [key, arg] = Object.entries(node)[0] as [string, Node];
    if (key === 'Ref') return arg === 'AWS::NoValue' ? NO_VALUE : params[arg as string];
    if (key === 'Fn::Equals') return value((arg as Node[])[0]) === value((arg as Node[])[1]);
    if (key === 'Fn::Or') return (arg as Node[]).some((a) => value(a) === true);
    if (key === 'Fn::And') return (arg as Node[]).every((a) => value(a) === true);
    if (key === 'Fn::Condition') return condition(arg as string);
    if (key === 'Fn::If') {
      const [name, yes, no] = arg as [string, Node, Node];
      return value(condition(name) ? yes : no);
    }
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, value(v)]));
  };
  const condition = (name: string): boolean => {
    if (!conditions.has(name)) conditions.set(name, value(template.Conditions[name]) === true);
    return conditions.get(name)!;
  };
  const statements = value(
    template.Resources.MemberRole.Properties.Policies[0]!.PolicyDocument.Statement,
  ) as Array<{ Action: string[] }>;
  return statements.flatMap((s) => s.Action).sort();
}
const NO_VALUE = Symbol('AWS::NoValue');

function callerPolicyActions(): string[] {
  const policy = JSON.parse(
    readFileSync(join(ROOT, 'examples/iam-policy-organization.json'), 'utf8'),
  ) as { Statement: Array<{ Action: string[] }> };
  return policy.Statement.flatMap((s) => s.Action);
}

/** The IAM action of each AWS request, by who made it: the caller's own keys or a member role's. */
function callsBy(): { caller: Set<string>; member: Set<string> } {
  const e = emu.get();
  const caller = new Set<string>();
  const member = new Set<string>();
  for (const r of e.requests) {
    if (['github', 'ghes', 'bitbucket', 'unknown'].includes(r.service)) continue;
    const action = `${r.service}:${r.operation}`;
    // Needs no IAM permission (AWS allows it to every identity), so no policy lists it.
    if (action === 'sts:GetCallerIdentity') {
      expect(r.accessKeyId).toBe(e.aws.defaultAccessKey.id); // the base credentials, not a role's
      continue;
    }
    (r.accessKeyId === e.aws.defaultAccessKey.id ? caller : member).add(action);
  }
  return { caller, member };
}

function organization() {
  const e = emu.get();
  e.github.addToken(GH, { scopes: ['repo'] });
  e.ssm.codebuildRegions = ['us-east-1', 'eu-west-1'];
  const ou = e.organizations.addOrganizationalUnit('workloads');
  for (let i = 1; i <= 3; i++)
    e.organizations.addAccount({ id: String(230000000000 + i), parentId: ou });
  // A project, so that the modes that read projects read one (BatchGetProjects).
  e.codebuild.addProject('us-east-1', {
    name: 'app',
    source: { type: 'GITHUB', location: 'https://github.com/acme/app.git' },
    accountId: '230000000001',
  });
  return ou;
}

const run = (env: Record<string, string>) =>
  runBundle('pipe', {
    ...emu.get().env,
    SERVER_TYPE: 'github',
    TOKEN: GH,
    ACCOUNTS: 'organization',
    ROLE_NAME: 'codebuild-credential-sync',
    AWS_DEFAULT_REGION: 'all',
    ...env,
  });

describe('IAM for a run over the organization', () => {
  test.each([
    ['check', { Mode: 'check' }],
    ['sync', { Mode: 'sync' }],
    ['inventory', { Mode: 'inventory' }],
  ])(
    '%s: the caller policy allows every call of the caller; the member role of the mode every call in the accounts',
    async (mode, parameters) => {
      organization();
      const result = await run({ MODE: mode, ...(mode === 'inventory' ? { TOKEN: '' } : {}) });
      expect([0, 3]).toContain(result.code);
      const { caller, member } = callsBy();
      expect([...caller].sort()).toEqual(
        expect.arrayContaining([
          'organizations:ListAccounts',
          'ssm:GetParametersByPath',
          'sts:AssumeRole',
        ]),
      );
      for (const action of caller) expect(callerPolicyActions()).toContain(action);
      const allowed = memberRoleActions(parameters);
      for (const action of member) expect(allowed).toContain(action);
      // Exactly: nothing in the role the mode never calls (sync reads no projects by default).
      expect(allowed).toEqual([...member].sort());
    },
  );

  test('ou:<id> uses ListChildren and ListAccountsForParent, both in the caller policy', async () => {
    const ou = organization();
    const result = await run({ MODE: 'check', ACCOUNTS: `ou:${ou}` });
    expect(result.code).toBe(3);
    const { caller } = callsBy();
    expect(caller).toEqual(
      new Set([
        'organizations:DescribeOrganization',
        'organizations:ListAccountsForParent',
        'organizations:ListChildren',
        'ssm:GetParametersByPath',
        'sts:AssumeRole',
      ]),
    );
    for (const action of caller) expect(callerPolicyActions()).toContain(action);
  });

  test('the delete role holds the delete and the list, nothing else', () => {
    expect(memberRoleActions({ Mode: 'delete', FindRegions: 'false' })).toEqual([
      'codebuild:DeleteSourceCredentials',
      'codebuild:ListSourceCredentials',
    ]);
  });
});
