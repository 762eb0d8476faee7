// The one table of options. The pipe's environment parser, the Action's input
// parser, action.yml and the README tables are all derived from it, so they
// cannot disagree.

/** Long enough for dozens of regions; short enough that a stalled service ends the run well within a minute. */
export const DEFAULT_TIMEOUT_SECONDS = 30;
export const MIN_TIMEOUT_SECONDS = 5;
export const MAX_TIMEOUT_SECONDS = 3600;

export type Platform = 'action' | 'pipe';

export type OptionKind = 'enum' | 'boolean' | 'integer' | 'string' | 'secret' | 'list' | 'url';

export interface OptionSpec {
  /** Key of the typed config field this option feeds. */
  key: OptionKey;
  /** Action input name (kebab-case), read from INPUT_<NAME>. */
  input: string;
  /** Pipe variables, first one canonical; later ones are also read. */
  env: string[];
  kind: OptionKind;
  /** One line (at most 60 characters): `--help` and the tables' short column. */
  summary: string;
  description: string;
  /** Valid values for enums (matched case-insensitively, compared by canonical form). */
  values?: readonly string[];
  /** A literal default, per platform when it differs. */
  default?: string | { action?: string; pipe?: string };
  /**
   * Defaults that depend on the mode: the mode's entry wins over `default`. action.yml then
   * declares no default, so an input left out reaches the core empty and gets the mode's one.
   */
  modeDefault?: Partial<Record<Mode, string>>;
  /** Human wording of a computed default (documentation only), per platform when it differs. */
  defaultText?: string | { action?: string; pipe?: string };
  /** Environment variables the Action falls back to, in order, when the input is empty. */
  actionEnvFallback?: readonly string[];
  /** Pipe variables in the order they are read, when it differs from `env` (first set wins). */
  readOrder?: readonly string[];
  /** Only meaningful on one platform. */
  platforms?: readonly Platform[];
  /**
   * Why the option should no longer be used. Rendered as the input's
   * `deprecationMessage` in action.yml (the runner warns when it is set) and
   * noted in the generated docs.
   */
  deprecationMessage?: string;
}

export const MODES = ['sync', 'check', 'delete', 'inventory', 'merge'] as const;
export const SERVER_TYPES = ['GITHUB', 'GITHUB_ENTERPRISE', 'BITBUCKET'] as const;
export const AUTH_TYPES = [
  'PERSONAL_ACCESS_TOKEN',
  'BASIC_AUTH',
  'CODECONNECTIONS',
  'SECRETS_MANAGER',
  'OAUTH',
] as const;

export type Mode = (typeof MODES)[number];
export type ServerType = (typeof SERVER_TYPES)[number];
export type AuthType = (typeof AUTH_TYPES)[number];

export type OptionKey =
  | 'mode'
  | 'serverType'
  | 'authType'
  | 'token'
  | 'username'
  | 'regions'
  | 'shouldOverwrite'
  | 'dryRun'
  | 'failOnDrift'
  | 'expiryWarningDays'
  | 'githubApiUrl'
  | 'bitbucketApiUrl'
  | 'repositories'
  | 'requireVerifiedScopes'
  | 'rolesToAssume'
  | 'accounts'
  | 'roleName'
  | 'excludeAccounts'
  | 'shard'
  | 'reports'
  | 'reportFile'
  | 'failOnExpiryWithinDays'
  | 'driftIssue'
  | 'inspectProjects'
  | 'githubToken'
  | 'timeoutSeconds'
  | 'debug'
  | 'allowUnknownRegions'
  | 'httpProxy'
  | 'noProxy';

export const OPTIONS: readonly OptionSpec[] = [
  {
    key: 'mode',
    summary: 'What to do: sync, check (drift), delete, inventory, merge.',
    input: 'mode',
    env: ['MODE'],
    kind: 'enum',
    values: MODES,
    default: 'sync',
    description:
      '`sync` imports the token into CodeBuild, `check` reports drift without writing, `delete` removes the credential, `inventory` lists the source credentials CodeBuild holds and the projects that use each (no token needed). `merge` combines the report files of a run split by `shard` (`reports`) into one report, one summary and one exit code; it makes no AWS or provider call and needs no token.',
  },
  {
    key: 'serverType',
    summary: 'The provider: github, github-enterprise, bitbucket.',
    input: 'server-type',
    env: ['SERVER_TYPE'],
    kind: 'enum',
    values: ['github', 'github-enterprise', 'bitbucket', 'all'],
    default: { action: 'github', pipe: 'bitbucket' },
    modeDefault: { inventory: 'all' },
    description:
      'The source provider: `github`, `github-enterprise` or `bitbucket` (case-insensitive; `GITHUB`, `GITHUB_ENTERPRISE`, `BITBUCKET` also accepted). `all` (every one of them) only for `inventory`.',
  },
  {
    key: 'authType',
    summary: 'How CodeBuild uses the token (CodeBuild authType).',
    input: 'auth-type',
    env: ['AUTH_TYPE'],
    kind: 'enum',
    values: AUTH_TYPES,
    defaultText:
      'GitHub: `PERSONAL_ACCESS_TOKEN`; Bitbucket with a username: `BASIC_AUTH` (app password); Bitbucket without: `PERSONAL_ACCESS_TOKEN` (access token)',
    description:
      'The CodeBuild authType to import the token as. With `CODECONNECTIONS` the token is a connection ARN; with `SECRETS_MANAGER`, a Secrets Manager secret ARN. `OAUTH` cannot be set through the API.',
  },
  {
    key: 'token',
    summary: 'The token to import or check (a secret).',
    input: 'token',
    env: ['TOKEN'],
    kind: 'secret',
    defaultText: 'required for `sync` and `check`; not used by `delete` and `inventory`',
    description:
      'The GitHub token, Bitbucket access token or Bitbucket app password. Surrounding whitespace is trimmed. Never printed.',
  },
  {
    key: 'username',
    summary: 'Bitbucket username, only with BASIC_AUTH.',
    input: 'username',
    env: ['USERNAME'],
    kind: 'string',
    description: 'Bitbucket username, only for `BASIC_AUTH` (app passwords).',
    deprecationMessage:
      'Bitbucket Cloud removed app passwords on 2026-07-28 (no new ones since 2025-09-09). Use a Bitbucket access token with no username: it is imported as PERSONAL_ACCESS_TOKEN.',
  },
  {
    key: 'regions',
    summary: 'AWS regions, comma-separated, or all.',
    input: 'aws-region',
    env: ['AWS_DEFAULT_REGION', 'AWS_REGION'],
    kind: 'list',
    // One precedence in both front doors, the AWS SDK's own: AWS_REGION before AWS_DEFAULT_REGION.
    readOrder: ['AWS_REGION', 'AWS_DEFAULT_REGION'],
    actionEnvFallback: ['AWS_REGION', 'AWS_DEFAULT_REGION'],
    defaultText: { action: 'env `AWS_REGION`, else `AWS_DEFAULT_REGION`' },
    description:
      'One or more AWS regions, separated by commas, spaces or newlines, or `all`: in each account, every region where CodeBuild is offered (Systems Manager public parameters) that the account has enabled (`account:ListRegions`); a region that cannot be read is reported, never dropped. The credential is per region: each one gets its own. Each name is checked against the regions the bundled AWS SDK knows (a misspelling gets the closest names). Read in one order in both front doors, the AWS SDK’s: the Action input, then `AWS_REGION`, then `AWS_DEFAULT_REGION` (a Bitbucket list form `X_0`.. before the plain `X`); the first one set wins. An explicit setting (the input, a list form) wins silently over the environment an earlier step exported (configure-aws-credentials sets both variables); two variables that disagree otherwise get a warning. A name given twice is used once, with a warning.',
  },
  {
    key: 'allowUnknownRegions',
    summary: 'Accept regions newer than this release.',
    input: 'allow-unknown-regions',
    env: ['ALLOW_UNKNOWN_REGIONS'],
    kind: 'boolean',
    default: 'false',
    description:
      'Accept region names the bundled AWS SDK does not list yet (a region newer than this release). Their shape is still checked.',
  },
  {
    key: 'shouldOverwrite',
    summary: 'Replace a credential a region already holds.',
    input: 'should-overwrite',
    env: ['SHOULD_OVERWRITE'],
    kind: 'boolean',
    default: 'true',
    description:
      'Passed to ImportSourceCredentials. With `false`, a region that already holds a credential for the server type keeps it.',
  },
  {
    key: 'dryRun',
    summary: 'Validate and plan; write nothing.',
    input: 'dry-run',
    env: ['DRY_RUN'],
    kind: 'boolean',
    default: 'false',
    description: 'Validate the token and show the plan; make no write call at all.',
  },
  {
    key: 'failOnDrift',
    summary: 'check fails (exit 3) when it finds drift.',
    input: 'fail-on-drift',
    env: ['FAIL_ON_DRIFT'],
    kind: 'boolean',
    default: 'true',
    description: '`check` mode fails (non-zero exit) when it finds drift.',
  },
  {
    key: 'expiryWarningDays',
    summary: 'Warn when the token expires within this many days.',
    input: 'expiry-warning-days',
    env: ['EXPIRY_WARNING_DAYS'],
    kind: 'integer',
    default: '14',
    description: 'Warn when the token expires within this many days.',
  },
  {
    key: 'githubApiUrl',
    summary: 'GitHub REST URL (GHES: https://HOST/api/v3).',
    input: 'github-api-url',
    env: ['GITHUB_API_URL'],
    kind: 'url',
    actionEnvFallback: ['GITHUB_API_URL'],
    default: 'https://api.github.com',
    defaultText: { action: 'env `GITHUB_API_URL`, else `https://api.github.com`' },
    description: 'GitHub REST base URL. GitHub Enterprise Server: `https://HOST/api/v3`.',
  },
  {
    key: 'bitbucketApiUrl',
    summary: 'Bitbucket REST URL, with /2.0.',
    input: 'bitbucket-api-url',
    env: ['BITBUCKET_API_URL'],
    kind: 'url',
    default: 'https://api.bitbucket.org/2.0',
    description: 'Bitbucket REST base URL, including `/2.0`.',
  },
  {
    key: 'repositories',
    summary: 'owner/repo list to probe a fine-grained token on.',
    input: 'repositories',
    env: ['REPOSITORIES'],
    kind: 'list',
    description:
      'Fine-grained GitHub tokens: `owner/repo` list on which to probe, read-only, the permissions CodeBuild needs. Without it their permissions are reported as unverified.',
  },
  {
    key: 'requireVerifiedScopes',
    summary: 'Refuse a token whose scopes cannot be proven.',
    input: 'require-verified-scopes',
    env: ['REQUIRE_VERIFIED_SCOPES'],
    kind: 'boolean',
    default: 'false',
    description:
      'Import only a token whose every scope CodeBuild needs is proven. With `false`, a token whose provider cannot list its scopes (a fine-grained GitHub token, a Bitbucket app password or API token) is imported with an "unverified" warning; with `true` it is refused before any write, with what would make it verifiable. An answer that is not provably the provider\'s (an HTML page, a redirect, no provider headers) is never imported either way.',
  },
  {
    key: 'rolesToAssume',
    summary: 'IAM role ARNs, one per AWS account.',
    input: 'role-to-assume',
    env: ['ROLE_TO_ASSUME'],
    kind: 'list',
    description:
      'IAM role ARNs, one per AWS account, assumed with the ambient credentials; every account gets every region. Empty: the ambient account only.',
  },
  {
    key: 'accounts',
    summary: 'Account IDs, organization, or ou:<ou-id> (with role name).',
    input: 'accounts',
    env: ['ACCOUNTS'],
    kind: 'list',
    description:
      'The AWS accounts to work in, each through the role `role-name`: 12-digit account IDs; `organization` (every account AWS Organizations lists); or `ou:<ou-id>` (the accounts under that OU, nested OUs included). Listing needs the management account or a delegated administrator. Only ACTIVE accounts are used; the others are reported as skipped with their state. Empty: `role-to-assume`, else the ambient account.',
  },
  {
    key: 'roleName',
    summary: 'With accounts: the role to assume in each.',
    input: 'role-name',
    env: ['ROLE_NAME'],
    kind: 'string',
    description:
      'With `accounts`: the IAM role to assume in each account (a name such as `codebuild-credential-sync`, or `path/name`); its ARN is built in the partition of the regions. examples/cloudformation/member-role-stackset.yml creates it.',
  },
  {
    key: 'excludeAccounts',
    summary: 'With accounts: account IDs to leave out.',
    input: 'exclude-accounts',
    env: ['EXCLUDE_ACCOUNTS'],
    kind: 'list',
    description: 'With `accounts`: 12-digit account IDs to leave out (reported as excluded).',
  },
  {
    key: 'shard',
    summary: 'With accounts: run one part, i/n (1/8 to 8/8).',
    input: 'shard',
    env: ['SHARD'],
    kind: 'string',
    defaultText: {
      action: 'none (every account)',
      pipe: 'in a Bitbucket `parallel` step, `BITBUCKET_PARALLEL_STEP`+1 / `BITBUCKET_PARALLEL_STEP_COUNT` when `ACCOUNTS` is set; else none (every account)',
    },
    description:
      'With `accounts`: work on one part of the accounts, `i/n` counted from 1 (`1/8` to `8/8`, n at most 256), to split a run over the CI platform’s parallel jobs (a matrix, a `parallel` group). An account’s part is its 12-digit ID’s SHA-256 modulo n: the parts never overlap, together cover every account (skipped and excluded ones too), and an account keeps its part as others come and go. Each part lists the accounts (one Organizations listing per part) and reports only its own. `1/1` is every account (it turns off the pipe’s default in a parallel step). Refused without `accounts`: the ambient account and `role-to-assume` are not split. The report records the shard and the run; `mode: merge` combines the shards’ reports.',
  },
  {
    key: 'reports',
    summary: 'With mode merge: the shards’ report files (globs).',
    input: 'reports',
    env: ['REPORTS'],
    kind: 'list',
    description:
      'With `mode: merge`: the report files (`report-file`) of every shard of one run, as paths or globs (`*`, `**`), separated by commas, spaces or newlines. They must come from one run with one configuration (the report records both) and hold every shard from 1 to n exactly once; otherwise the merge is refused, naming the missing or mismatched shard.',
  },
  {
    key: 'reportFile',
    summary: 'Where to write the JSON report.',
    input: 'report-file',
    env: ['REPORT_FILE'],
    kind: 'string',
    defaultText: {
      action: 'none',
      pipe: '`$BITBUCKET_PIPE_SHARED_STORAGE_DIR/codebuild-credential-sync/report.json` when that directory is set',
    },
    description: 'Write the JSON report to this path, for later steps.',
  },
  {
    key: 'failOnExpiryWithinDays',
    summary: 'Fail when the token expires within this many days.',
    input: 'fail-on-expiry-within-days',
    env: ['FAIL_ON_EXPIRY_WITHIN_DAYS'],
    kind: 'integer',
    defaultText: 'off',
    description:
      'Fail (`sync` imports nothing; `check` reports drift) when the token expires within this many days.',
  },
  {
    key: 'inspectProjects',
    summary: 'Read the projects each credential serves.',
    input: 'inspect-projects',
    env: ['INSPECT_PROJECTS'],
    kind: 'boolean',
    default: 'false',
    modeDefault: { check: 'true', inventory: 'true' },
    description:
      "Read the region's CodeBuild projects (ListProjects, BatchGetProjects): every finding names the projects it breaks, project-level connections are checked, and the webhooks of projects that use the credential are looked up on the provider (read-only).",
  },
  {
    key: 'driftIssue',
    summary: 'Open or update an issue when drift is found.',
    input: 'drift-issue',
    env: ['DRIFT_ISSUE'],
    kind: 'boolean',
    default: 'false',
    platforms: ['action'],
    description:
      'On drift, open (or update) one issue in this repository with the drift table; close it when a later check is clean. Needs `permissions: issues: write`.',
  },
  {
    key: 'githubToken',
    summary: 'Token for the drift issue (the job’s GITHUB_TOKEN).',
    input: 'github-token',
    env: ['DRIFT_ISSUE_TOKEN'],
    kind: 'secret',
    default: '${{ github.token }}',
    platforms: ['action'],
    description:
      'Token for the drift issue (the workflow’s `GITHUB_TOKEN` by default). Not the token that is imported.',
  },
  {
    key: 'timeoutSeconds',
    summary: 'Time limit of the whole run, in seconds.',
    input: 'timeout-seconds',
    env: ['TIMEOUT_SECONDS'],
    kind: 'integer',
    default: String(DEFAULT_TIMEOUT_SECONDS),
    description: `Time limit of the whole run, in seconds (${MIN_TIMEOUT_SECONDS}-${MAX_TIMEOUT_SECONDS}). When it passes, nothing new starts, unfinished regions are reported as timed out, the report is written and the run fails. Each call also has a per-attempt limit (a quarter of this, at most 10 s).`,
  },
  {
    key: 'httpProxy',
    summary: 'Proxy for every call (over HTTPS_PROXY).',
    input: 'http-proxy',
    env: ['HTTPS_PROXY'],
    kind: 'secret',
    platforms: ['action'],
    defaultText: 'the runner’s `HTTPS_PROXY` / `HTTP_PROXY`',
    description:
      'Proxy for every outbound call (AWS, GitHub, Bitbucket, the drift issue), as `http://[user:password@]host:port`. Overrides `HTTPS_PROXY` and `HTTP_PROXY`, which are honoured when this is empty (the pipe reads those variables). A TLS-inspecting proxy needs its CA in `NODE_EXTRA_CA_CERTS`.',
  },
  {
    key: 'noProxy',
    summary: 'Hosts reached without the proxy.',
    input: 'no-proxy',
    env: ['NO_PROXY'],
    kind: 'string',
    platforms: ['action'],
    defaultText: 'the runner’s `NO_PROXY`',
    description:
      'Hosts reached without the proxy, comma-separated: a host and every host under it (`example.com`, `.example.com`), `host:port`, or `*`. Overrides `NO_PROXY`. Loopback addresses never use the proxy.',
  },
  {
    key: 'debug',
    summary: 'Print extra detail (never secrets).',
    input: 'debug',
    env: ['DEBUG'],
    kind: 'boolean',
    default: 'false',
    platforms: ['pipe'],
    description:
      'Print extra detail (never secrets). The Action uses the runner’s step debug logging instead.',
  },
];

export function optionsFor(platform: Platform): OptionSpec[] {
  return OPTIONS.filter((o) => !o.platforms || o.platforms.includes(platform));
}

/** The options that take no free text (a mode, a flag, a number): a random word is never valid there. */
export function strictOptionsFor(platform: Platform): OptionSpec[] {
  return optionsFor(platform).filter(
    (o) => o.kind === 'enum' || o.kind === 'boolean' || o.kind === 'integer',
  );
}

/** How the default of an option reads on a platform (a literal default, else its wording), with any per-mode ones. */
export function defaultTextFor(option: OptionSpec, platform: Platform): string | undefined {
  const base = baseDefaultText(option, platform);
  const byMode = Object.entries(option.modeDefault ?? {});
  if (byMode.length === 0) return base;
  return [
    ...byMode.map(([mode, value]) => `\`${mode}\`: \`${value}\``),
    ...(base ? [`otherwise ${base}`] : []),
  ].join('; ');
}

function baseDefaultText(option: OptionSpec, platform: Platform): string | undefined {
  const worded = typeof option.defaultText === 'object' ? option.defaultText[platform] : undefined;
  if (worded) return worded;
  const literal = defaultFor(option, platform);
  if (literal !== undefined) return `\`${literal}\``;
  return typeof option.defaultText === 'string' ? option.defaultText : undefined;
}

/** The default of an option in a mode on a platform. */
export function defaultIn(option: OptionSpec, platform: Platform, mode: Mode): string | undefined {
  return option.modeDefault?.[mode] ?? defaultFor(option, platform);
}

export function defaultFor(option: OptionSpec, platform: Platform): string | undefined {
  if (typeof option.default === 'object') return option.default[platform];
  return option.default;
}
