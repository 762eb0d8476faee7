// The IAM actions each mode calls: the one source of the example policies
// (examples/iam-policy-*.json), the README's per-mode table (scripts/gen-iam.ts writes
// both; a test fails when either is stale) and the hint an AccessDenied carries.
import { OPTIONS, type Mode } from '../base/options.js';

const LIST = 'codebuild:ListSourceCredentials';
const IMPORT = 'codebuild:ImportSourceCredentials';
const DELETE = 'codebuild:DeleteSourceCredentials';
/** What reading a region's projects calls (inspect-projects). */
export const PROJECT_ACTIONS = ['codebuild:ListProjects', 'codebuild:BatchGetProjects'];

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

interface PolicyDocument {
  Version: '2012-10-17';
  Statement: Array<{ Sid: string; Effect: 'Allow'; Action: string[]; Resource: '*' }>;
}

/** Source credentials and projects are account-wide per region: the actions take Resource "*". */
const statement = (Sid: string, Action: string[]) =>
  ({ Sid, Effect: 'Allow', Action, Resource: '*' }) as const;

/** The example policy of one mode: what it calls with its default options. */
export function policyDocument(mode: Mode): PolicyDocument {
  const policy = policyOf(mode);
  return {
    Version: '2012-10-17',
    Statement: [
      statement(policy.sid, policy.actions),
      ...(inspectsByDefault(mode)
        ? [statement(`${policy.sid.replace(/Reads.*$/, '')}ReadsProjects`, PROJECT_ACTIONS)]
        : []),
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

/** The README's table: each mode, with and without project inspection. */
export function iamTable(): string {
  const code = (a: string) => `\`${a}\``;
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
          actionsFor(policy.mode, { inspectProjects: inspect, dryRun: variant.dryRun })
            .map(code)
            .join(', '),
          inspect === byDefault && !variant.dryRun
            ? `[${policy.file}](examples/${policy.file})`
            : inspect
              ? `[${policy.file}](examples/${policy.file}) plus ${PROJECT_ACTIONS.map(code).join(', ')}`
              : `[${policy.file}](examples/${policy.file}) (${variant.dryRun ? 'more than needed' : 'without the projects statement'})`,
        ]);
      }
    }
  }
  const header = ['Mode', 'Projects inspected', 'IAM actions it calls', 'Example policy'];
  return [header, header.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}
