// The report's shape: the one result object of a run (token, targets, findings,
// accounts), apart from its renderings (report/report.ts) and their grouping
// (report/groups.ts). It sits low because every layer fills a part of it: the providers
// the token's part, aws/ the projects and regions, run/ the rest.
import type { AuthType, Mode, ServerType } from './options.js';
import type { OutsideText } from './outside.js';

export type ScopeStatus = 'granted' | 'missing' | 'unknown';

/** One scope CodeBuild needs, as the provider's answer shows it (providers/scopes.ts decides). */
export interface ScopeCheck {
  /** The scope CodeBuild needs, in the provider's own naming. */
  scope: string;
  status: ScopeStatus;
  /** The granted scope that satisfies it, when that is a broader one. */
  via?: string;
  /** A scope whose absence only warns. */
  optional?: boolean;
}

export type PermissionStatus = 'granted' | 'missing' | 'unknown';

/** One permission of a fine-grained token, as probed (providers/github-permissions.ts). */
export interface PermissionCheck {
  /** GitHub's permission name and level, as in `X-Accepted-GitHub-Permissions`: e.g. `contents:read`. */
  permission: string;
  status: PermissionStatus;
  /** One short sentence: which request, what answer, what it shows. */
  evidence: string;
  /** Needed only for FILE_PATH webhook filters: missing it never fails. */
  optional?: boolean;
}

export interface RepositoryProbe {
  /** `owner/repo`, as given. */
  repository: string;
  /** GET /repos/{owner}/{repo} answered 200. */
  reachable: boolean;
  checks: PermissionCheck[];
}

/** What the provider told us about the token. Never holds the token itself. */
export interface TokenReport {
  /** e.g. `classic-pat`, `fine-grained-pat`, `access-token`, `app-password`. */
  kind: string;
  /** Human wording of the kind, e.g. "GitHub classic personal access token". */
  description: string;
  /** The provider accepted the token. */
  accepted: boolean;
  /** Who the token acts as (login, username), when the provider says. */
  identity?: OutsideText;
  /** Scopes exactly as the provider reports them (sealed); undefined when it does not say. */
  scopes?: OutsideText[];
  /** Each scope (or, for a probed fine-grained token, permission) CodeBuild needs: granted, missing or unknown. */
  required: ScopeCheck[];
  /** A fine-grained token's permissions, probed read-only on each repository of `repositories`. */
  repositories?: RepositoryProbe[];
  /** ISO-8601 UTC; undefined when the token does not expire or it is unknown. */
  expiresAt?: string;
  /** Why the provider rejected it, or why this run would not use a token it accepted. */
  problem?: string;
}

/** What the provider shows for a project's webhook: `unknown` when it was not (or could not be) read. */
export type WebhookHealth = 'ok' | 'missing' | 'inactive' | 'none' | 'unknown';

/** One CodeBuild project whose source is on a server type this run looks at. */
export interface ProjectReport {
  name: OutsideText;
  /** `owner/repo` (Bitbucket `workspace/slug`) from the source location; the location itself (without user information) when it has no such form. */
  repository: OutsideText;
  /** The source type that ties it to a credential: GITHUB, GITHUB_ENTERPRISE or BITBUCKET. */
  serverType: string;
  /** `account`: a source uses the region's credential for the server type; `project`: every such source has its own (`source.auth`). */
  credential: 'account' | 'project';
  /** The auth type of a project-level credential: CODECONNECTIONS or SECRETS_MANAGER. */
  authType?: string;
  /** The connection or secret ARN of a project-level credential. */
  resource?: OutsideText;
  webhook: WebhookHealth;
  /** Why the webhook is `unknown`, when it is. */
  webhookDetail?: string;
}

/** A source credential CodeBuild holds in a region (inventory), and the projects that use it. */
export interface HeldCredential {
  serverType: string;
  authType: string;
  arn: string;
  resource?: string;
  /** Projects that depend on it (no project-level override). */
  projects: OutsideText[];
}

export type RegionAction =
  | 'imported'
  | 'would-import'
  | 'kept-existing'
  | 'checked'
  | 'deleted'
  | 'would-delete'
  | 'nothing-to-delete'
  | 'not-attempted'
  | 'inventoried'
  | 'failed';

export interface RegionReport {
  region: string;
  /** The AWS account, when known. */
  account?: string;
  action: RegionAction;
  status: 'ok' | 'drift' | 'error';
  arn?: string;
  /** The authType CodeBuild holds for the server type, when read. */
  authType?: string;
  detail: string;
  /** The projects on the server type(s), when projects were inspected. */
  projects?: ProjectReport[];
  /** Inventory: every source credential held for the server types looked at. */
  credentials?: HeldCredential[];
}

/** Every kind of drift `check` reports (the README's drift table lists each; a test checks). */
export const DRIFT_KINDS = [
  'token-rejected',
  'token-expired',
  'scope-missing',
  'credential-missing',
  'auth-type-mismatch',
  'resource-mismatch',
  'connection-not-available',
  'token-expiring',
  'webhook-missing',
  'webhook-inactive',
  'repository-unreachable',
  /** An account of the run whose role could not be assumed (no role, its trust policy, an SCP). */
  'account-unreachable',
  /** A region an account has enabled whose calls were refused (an SCP, the role's policy). */
  'region-unreachable',
] as const;

export type DriftKind = (typeof DRIFT_KINDS)[number];

export interface DriftFinding {
  kind: DriftKind;
  region?: string;
  account?: string;
  message: string;
  /**
   * The CodeBuild projects it breaks, when projects were inspected. In a region: their names;
   * for a finding about the token itself (no region): `account/region/name` or `region/name`.
   */
  projects?: string[];
  /** The repository a webhook or repository finding is about. */
  repository?: string;
}

/** One account of a run over `accounts`: where it came from, what was done in it, and why not. */
export interface AccountReport {
  id: string;
  /** Its name in AWS Organizations (outside text). */
  name?: OutsideText;
  /** `State` as Organizations answers it, else the older `Status`; none for an account listed by ID. */
  state?: string;
  /** Where the account list came from: `organization`, `ou:<ou-id>` or `accounts` (listed by ID). */
  source: string;
  /** `worked`; `skipped` (not ACTIVE); `excluded` (exclude-accounts); `unreachable` (role not assumed). */
  status: 'worked' | 'skipped' | 'excluded' | 'unreachable';
  /** Why it was skipped or unreachable. */
  detail?: string;
  /** The regions worked on in it (with `aws-region: all`, offered and enabled there). */
  regions: string[];
  /** Of those, the regions that finished. */
  regionsDone: string[];
  /** Of those, the regions that refused the run (region-unreachable). */
  regionsUnreachable: string[];
}

/** The organization a run over `accounts: organization` or `ou:` listed (DescribeOrganization). */
export interface OrganizationReport {
  /** `o-` and 10 to 32 characters. */
  id: string;
  /** The ID of its management account. */
  managementAccount?: string;
}

export type Outcome = 'success' | 'drift' | 'failure';

export interface Report {
  /** The release that made the report. */
  tool: { name: 'codebuild-credential-sync'; version: string };
  /** The report's own schema version (2: `tool` became `{ name, version }`). */
  version: 2;
  mode: Mode;
  serverType: ServerType;
  authType: AuthType;
  /** Inventory: the server types looked at. */
  serverTypes?: string[];
  dryRun: boolean;
  outcome: Outcome;
  drift: boolean;
  token?: TokenReport;
  regions: RegionReport[];
  /** Runs over `accounts`: every account listed, including those skipped, excluded or unreachable. */
  accounts?: AccountReport[];
  /** A run over one part of the accounts (`shard`): which part, `i/n`. */
  shard?: string;
  /**
   * What `merge` checks its shards' reports share: a hash of the configuration without the
   * shard (`config`) and the CI run (workflow run ID, Bitbucket build number) when known.
   */
  run?: { config: string; id?: string };
  /** A merged report: how many shards' reports it combines. */
  merged?: number;
  /** Runs over `accounts: organization` or `ou:`: the organization they were listed from. */
  organization?: OrganizationReport;
  findings: DriftFinding[];
  warnings: string[];
  errors: string[];
  /** Why the run stopped before it finished: its deadline (`timeout`) or a signal. */
  stopped?: 'timeout' | 'SIGTERM' | 'SIGINT';
  /** Where it ran (workflow, repository, build number), when the entry point knows. */
  context?: Record<string, string>;
  generatedAt: string;
  /** Only in a report cut to fit an output (fit.ts): what was left out, and where the whole report is. */
  shortened?: string;
}
