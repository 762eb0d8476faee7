// The IAM actions each mode calls: the one source of the example policies
// (examples/iam-policy-*.json), the README's per-mode table (scripts/gen-iam.ts writes
// both; a test fails when either is stale) and the hint an AccessDenied carries.
// Each mode's policy also covers `aws-region: all`, so that every documented example
// runs with the policy the docs give for it.
import { OPTIONS, type Mode } from '../base/index.js';

const LIST = 'codebuild:ListSourceCredentials';
const IMPORT = 'codebuild:ImportSourceCredentials';
const DELETE = 'codebuild:DeleteSourceCredentials';
/** What reading a region's projects calls (inspect-projects). */
export const PROJECT_ACTIONS = ['codebuild:ListProjects', 'codebuild:BatchGetProjects'];

/** What `aws-region: all` reads: where CodeBuild is offered, and which regions are enabled. */
export const ALL_REGIONS_STATEMENTS = [
  {
    Sid: 'OnlyForAwsRegionAllWhereCodeBuildIsOffered',
    Effect: 'Allow',
    Action: ['ssm:GetParametersByPath'],
    Resource: 'arn:aws:ssm:*::parameter/aws/service/global-infrastructure/*',
  },
  {
    Sid: 'OnlyForAwsRegionAllEnabledRegions',
    Effect: 'Allow',
    Action: ['account:ListRegions'],
    Resource: '*',
  },
] as const;
/** Every action `aws-region: all` adds, whatever the mode. */
export const ALL_REGIONS_ACTIONS = ALL_REGIONS_STATEMENTS.flatMap((s) => s.Action);

/** What listing an organization (`accounts`) calls, from the management or delegated account. */
export const ORGANIZATION_ACTIONS = [
  'organizations:ListAccounts',
  'organizations:ListChildren',
  'organizations:ListAccountsForParent',
  'organizations:DescribeOrganization',
];
/** The member role the organization example assumes (examples/cloudformation creates it). */
export const MEMBER_ROLE_NAME = 'codebuild-credential-sync';

export interface ModePolicy {
  mode: Mode;
  /** The example policy, in examples/. */
  file: string;
  /** The statement's Sid: what the actions are for. */
  sid: string;
  /** The source-credential actions the mode calls. */
  actions: string[];
  /** With `dry-run` (sync only): what is left once the write is not made. */
  dryRunActions?: string[];
  /** Whether the mode can read projects at all (delete never does). */
  inspects: boolean;
}

export const MODE_POLICIES: readonly ModePolicy[] = [
  {
    mode: 'sync',
    file: 'iam-policy-sync.json',
    sid: 'SyncImportsAndConfirms',
    actions: [IMPORT, LIST],
    dryRunActions: [LIST],
    inspects: true,
  },
  {
    mode: 'check',
    file: 'iam-policy-check.json',
    sid: 'CheckReadsCredentials',
    actions: [LIST],
    inspects: true,
  },
  {
    mode: 'delete',
    file: 'iam-policy-delete.json',
    sid: 'DeleteFindsAndDeletes',
    actions: [LIST, DELETE],
    inspects: false,
  },
  {
    mode: 'inventory',
    file: 'iam-policy-inventory.json',
    sid: 'InventoryReadsCredentials',
    actions: [LIST],
    inspects: true,
  },
];

/** Whether a mode reads projects when inspect-projects is left out (the options table says). */
export function inspectsByDefault(mode: Mode): boolean {
  const option = OPTIONS.find((o) => o.key === 'inspectProjects')!;
  return (option.modeDefault?.[mode] ?? option.default) === 'true';
}

export function policyOf(mode: Mode): ModePolicy {
  return MODE_POLICIES.find((p) => p.mode === mode)!;
}

/** Every IAM action a run of `mode` calls on CodeBuild. */
export function actionsFor(
  mode: Mode,
  { inspectProjects = inspectsByDefault(mode), dryRun = false } = {},
): string[] {
  const policy = policyOf(mode);
  const credentials = dryRun && policy.dryRunActions ? policy.dryRunActions : policy.actions;
  return [...credentials, ...(inspectProjects && policy.inspects ? PROJECT_ACTIONS : [])];
}

interface PolicyStatement {
  Sid: string;
  Effect: 'Allow';
  Action: readonly string[];
  Resource: string;
}
interface PolicyDocument {
  Version: '2012-10-17';
  Statement: PolicyStatement[];
}

/** Source credentials and projects are account-wide per region: the actions take Resource "*". */
const statement = (Sid: string, Action: readonly string[]) =>
  ({ Sid, Effect: 'Allow', Action, Resource: '*' }) as const;

/** The example policy of one mode: what it calls with its default options, and with `aws-region: all`. */
export function policyDocument(mode: Mode): PolicyDocument {
  const policy = policyOf(mode);
  return {
    Version: '2012-10-17',
    Statement: [
      statement(policy.sid, policy.actions),
      ...(inspectsByDefault(mode)
        ? [statement(`${policy.sid.replace(/Reads.*$/, '')}ReadsProjects`, PROJECT_ACTIONS)]
        : []),
      ...ALL_REGIONS_STATEMENTS,
    ],
  };
}

/**
 * examples/iam-policy-organization.json: the caller's policy for `accounts` (it lists the
 * organization, reads the regions for `all` and assumes the member role, which holds the
 * mode's own policy).
 */
export function organizationDocument(): PolicyDocument {
  return {
    Version: '2012-10-17',
    Statement: [
      statement('ListTheOrganizationForAccounts', ORGANIZATION_ACTIONS),
      ...ALL_REGIONS_STATEMENTS,
      {
        Sid: 'AssumeTheMemberRole',
        Effect: 'Allow',
        Action: ['sts:AssumeRole'],
        Resource: `arn:aws:iam::*:role/${MEMBER_ROLE_NAME}`,
      },
    ],
  };
}

/** examples/iam-policy.json: every mode at once, one statement per purpose. */
export function allModesDocument(): PolicyDocument {
  return {
    Version: '2012-10-17',
    Statement: [
      statement('SyncAndCheck', [IMPORT, LIST]),
      statement('ProjectsForCheckAndInventory', PROJECT_ACTIONS),
      statement('OnlyForModeDelete', [DELETE]),
      ...ALL_REGIONS_STATEMENTS,
    ],
  };
}

/**
 * Where to find what is missing, for an AccessDenied in a run of `mode`: the mode's
 * example policy when it holds the action, else the README's table (sync with
 * inspect-projects needs the project reads too).
 */
export function iamHint(mode: Mode, action: string): string {
  const policy = policyOf(mode);
  const inFile = policyDocument(mode).Statement.some((s) => s.Action.includes(action));
  return inFile
    ? `examples/${policy.file} has every action ${mode} calls`
    : `the README's "Least-privilege IAM policy, per mode" lists what ${mode} calls with these options`;
}

/**
 * The README's table: each mode, with and without project inspection, then what an option
 * adds whatever the mode (`aws-region: all`, `accounts`, `role-to-assume`, the auth types
 * whose token is an ARN).
 */
export function iamTable(): string {
  const code = (a: string) => `\`${a}\``;
  const list = (actions: readonly string[]) => actions.map(code).join(', ');
  const rows: string[][] = [];
  for (const policy of MODE_POLICIES) {
    const byDefault = inspectsByDefault(policy.mode);
    const variants: Array<{ label: string; dryRun: boolean }> = [
      { label: `\`${policy.mode}\``, dryRun: false },
      ...(policy.dryRunActions
        ? [{ label: `\`${policy.mode}\` with \`dry-run\``, dryRun: true }]
        : []),
    ];
    for (const variant of variants) {
      for (const inspect of policy.inspects ? [byDefault, !byDefault] : [false]) {
        rows.push([
          variant.label,
          policy.inspects
            ? `${inspect ? 'yes' : 'no'}${inspect === byDefault ? ' (default)' : ''}`
            : 'never',
          list(actionsFor(policy.mode, { inspectProjects: inspect, dryRun: variant.dryRun })),
          inspect === byDefault && !variant.dryRun
            ? `[${policy.file}](examples/${policy.file})`
            : inspect
              ? `[${policy.file}](examples/${policy.file}) plus ${list(PROJECT_ACTIONS)}`
              : `[${policy.file}](examples/${policy.file}) (${variant.dryRun ? 'more than needed' : 'without the projects statement'})`,
        ]);
      }
    }
  }
  const CONNECTION = '`codestar-connections:GetConnection` (or `codeconnections:GetConnection`)';
  rows.push(
    [
      'any mode, `aws-region: all`',
      '',
      `${list(ALL_REGIONS_ACTIONS)} (public parameters, enabled regions)`,
      'in every policy above (the `OnlyForAwsRegionAll` statements)',
    ],
    [
      'any mode, `accounts: organization` (or `ou:…`, IDs)',
      '',
      `the caller: ${list(ORGANIZATION_ACTIONS)}, \`sts:AssumeRole\` on \`role-name\`; each member role: the mode's row`,
      '[iam-policy-organization.json](examples/iam-policy-organization.json), member role: [member-role-stackset.yml](examples/cloudformation/member-role-stackset.yml)',
    ],
    [
      'any mode, `role-to-assume`',
      '',
      "`sts:AssumeRole` on each role (whose trust policy allows the caller); each role: the mode's row",
      "the mode's policy on each role",
    ],
    [
      'auth type `CODECONNECTIONS` (not `delete`), or a project that uses a connection',
      '',
      `${CONNECTION} on the connection`,
      'add it',
    ],
    [
      'auth type `SECRETS_MANAGER` (not `delete`)',
      '',
      '`secretsmanager:DescribeSecret`, `secretsmanager:GetSecretValue` on the secret',
      'add it',
    ],
  );
  const header = ['Mode or option', 'Projects inspected', 'IAM actions it calls', 'Example policy'];
  return [header, header.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}
