import {
  AUTH_TYPES,
  type AuthType,
  ConfigError,
  defaultIn,
  didYouMeanOneOf,
  MAX_TIMEOUT_SECONDS,
  MIN_TIMEOUT_SECONDS,
  type Mode,
  MODES,
  type OptionKey,
  OPTIONS,
  type OptionSpec,
  type Platform,
  SERVER_TYPES,
  type ServerType,
} from '../base/index.js';
import {
  didYouMean,
  FLEET_HOME_REGION,
  suggestFor,
  wrongSeparator,
  isKnownRegion,
  partitionOf,
  REGION_SHAPE,
} from './regions.js';
import {
  tokenCharacterProblem,
  tokenForm,
  tokenLengthProblem,
  trimToken,
  type TokenForm,
} from '../trust/index.js';
import { clearTextUrl, isLoopbackHost, parseProxyUrl } from '../wire/index.js';
import { reportPathProblem, runnerFilesIn } from './report-path.js';
import { checkNames } from './names.js';
import { parseShard, shardOfParallelStep, type Shard } from './shard.js';
import { ROLE_ARN } from '../aws/index.js';
import { emptyTokenProblem, unexpandedTokenProblem } from './arrival.js';

/** The typed settings every use case takes. Built once, from one table of options. */
export interface Config {
  /** The front door that read it: messages use its words (config.names, awsCredentialsHelp). */
  platform: Platform;
  mode: Mode;
  /** The server type worked on (for `inventory` with `all`, the first of `serverTypes`). */
  serverType: ServerType;
  /** The server types looked at: `[serverType]`, or all three for `inventory` with `all`. */
  serverTypes: ServerType[];
  authType: AuthType;
  /** Empty only for `delete` and `inventory`, which need no token. */
  token: string;
  username?: string;
  regions: string[];
  shouldOverwrite: boolean;
  dryRun: boolean;
  failOnDrift: boolean;
  expiryWarningDays: number;
  githubApiUrl: string;
  bitbucketApiUrl: string;
  /** `owner/repo` list for probing a fine-grained token's permissions. */
  repositories: string[];
  /** Refuse a token any of whose needed scopes is unverified. */
  requireVerifiedScopes: boolean;
  /** One role per AWS account; empty means the ambient account. */
  rolesToAssume: string[];
  /** Where the accounts come from (`accounts`), with `roleName` assumed in each; else `rolesToAssume`. */
  accounts?: AccountsSource;
  roleName?: string;
  /** Account IDs `accounts` leaves out. */
  excludeAccounts: string[];
  /** With `accounts`: the one part of them this run works on (`shard`). */
  shard?: Shard;
  /** `merge`: the shards' report files, as paths or globs. */
  reports: string[];
  /** `aws-region: all`: each account's regions are found at run time; `regions` is then empty. */
  allRegions: boolean;
  /** The partition roles are built in and the global services are called in (the regions'; with `all`, the caller's). */
  partition: string;
  reportFile?: string;
  failOnExpiryWithinDays?: number;
  driftIssue: boolean;
  /** Read the projects of each region: blast radius, project connections and webhooks. */
  inspectProjects: boolean;
  githubToken?: string;
  /** The whole run's deadline, in seconds. */
  timeoutSeconds: number;
  debug: boolean;
  /** Accept region names the bundled SDK does not know yet (their shape is still checked). */
  allowUnknownRegions: boolean;
  /** The Action's proxy for every call (`http-proxy`), over HTTPS_PROXY / HTTP_PROXY. */
  httpProxy?: string;
  /** The Action's NO_PROXY (`no-proxy`). */
  noProxy?: string;
  /** Things worth saying that do not stop the run (duplicate regions, disagreeing region settings). */
  warnings: string[];
  /** How this front door spells each option, for messages: `FAIL_ON_EXPIRY_WITHIN_DAYS` or `input 'fail-on-expiry-within-days'`. */
  names: Record<OptionKey, string>;
  /**
   * The likely fix when the provider's API URL lacks its usual path (`/api/v3`, `/2.0`) on a
   * host where that may be right (a proxy, a stand-in): added to the error only when the
   * provider's answer says the URL is not its API.
   */
  apiUrlHint?: string;
}

/** The `accounts` option: a list of IDs, the whole organization, or one OU (nested OUs included). */
export type AccountsSource =
  { kind: 'ids'; ids: string[] } | { kind: 'organization' } | { kind: 'ou'; ou: string };

/** One place an option is set. */
export interface OptionValue {
  label: string;
  value: string;
  explicit?: boolean;
}

/** Where raw option values come from: the environment (pipe) or Action inputs. */
export interface OptionSource {
  platform: Platform;
  /** The raw value, or undefined when unset or empty: the first of sources(). */
  read(option: OptionSpec): string | undefined;
  /**
   * Every place that sets the option, in precedence order, each named as the user spells it.
   * `explicit`: written for this step (an Action input, a pipe list form), not a variable an
   * earlier step or the repository may have exported.
   */
  sources(option: OptionSpec): OptionValue[];
  /** How the user spells the option, for messages: `input 'dry-run'` or `DRY_RUN`. */
  label(option: OptionSpec): string;
  /** Every name the user set: pipe, every variable; Action, every input (from INPUT_*, lower case). */
  names(): string[];
  /** Whether the option is set, but to nothing (an empty or blank value). */
  blank(option: OptionSpec): boolean;
  /** The runner's files (GITHUB_OUTPUT, ...) by name, which the report file may not be. */
  runnerFiles?: Record<string, string>;
  /**
   * Whether a name that is nobody's was set on purpose, and is worth a warning: in a
   * Bitbucket step (its `variables:` plus the platform's) and in the Action (`with:`), yes;
   * in a workstation's shell, which holds dozens of other programs' variables, no.
   */
  strangersMatter?: boolean;
  /** The pipe's default `shard`: Bitbucket's parallel step, when the step is one. */
  parallelStep?: Shard;
}

/**
 * Reads pipe variables, in the option's precedence order (`readOrder`, else
 * `env`); a list may also come in Bitbucket's `X_COUNT`, `X_0`, ... form, which
 * wins over a plain `X` because the pipe's YAML set it.
 */
export function envSource(env: NodeJS.ProcessEnv, platform: Platform = 'pipe'): OptionSource {
  const sources = (option: OptionSpec) => {
    const found: OptionValue[] = [];
    for (const name of option.readOrder ?? option.env) {
      const items = option.kind === 'list' ? readListForm(env, name) : undefined;
      if (items) found.push({ label: `${name}_0..${name}_COUNT`, value: items, explicit: true });
      const value = env[name]?.trim();
      if (value) found.push({ label: name, value });
    }
    return found;
  };
  return {
    platform,
    read: (option) => sources(option)[0]?.value,
    sources,
    label: (option) => option.env[0],
    names: () => Object.keys(env),
    blank: (option) =>
      sources(option).length === 0 &&
      option.env.some((name) => env[name] !== undefined && !env[name]?.trim()),
    runnerFiles: runnerFilesIn(env),
    // Bitbucket Pipelines sets BITBUCKET_BUILD_NUMBER in every step (and passes it to pipes).
    strangersMatter: platform !== 'pipe' || Boolean(env.BITBUCKET_BUILD_NUMBER),
    ...(platform === 'pipe'
      ? {
          parallelStep: shardOfParallelStep(
            env.BITBUCKET_PARALLEL_STEP,
            env.BITBUCKET_PARALLEL_STEP_COUNT,
          ),
        }
      : {}),
  };
}

function readListForm(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const count = Number.parseInt(env[`${name}_COUNT`] ?? '', 10);
  if (!Number.isInteger(count) || count <= 0) return undefined;
  // The items present, in index order: a huge or wrong X_COUNT costs nothing.
  const item = new RegExp(`^${name}_(0|[1-9]\\d*)$`);
  const items = Object.entries(env)
    .map(([key, value]) => [Number(item.exec(key)?.[1] ?? NaN), value?.trim() ?? ''] as const)
    .filter(([index, value]) => index < count && value)
    .sort(([a], [b]) => a - b);
  return items.map(([, value]) => value).join(',') || undefined;
}

const TRUE = ['true', 'yes', '1', 'on'];
const FALSE = ['false', 'no', '0', 'off'];

/** Builds the Config, collecting every problem before failing, and makes no network call. */
// eslint-disable-next-line max-lines-per-function -- being split into readers over one OptionReader, see issue 28
export function buildConfig(source: OptionSource): Config {
  const problems: string[] = [];
  const spec = (key: OptionKey) => OPTIONS.find((o) => o.key === key)!;
  const label = (key: OptionKey) => source.label(spec(key));
  // The mode comes first: some defaults depend on it.
  const modeText = (source.read(spec('mode')) ?? defaultIn(spec('mode'), source.platform, 'sync'))!;
  const modeGuess = MODES.find((m) => m === modeText.toLowerCase()) ?? 'sync';
  const raw = (key: OptionKey) =>
    source.read(spec(key)) ?? defaultIn(spec(key), source.platform, modeGuess);
  /** How to set an option to a value in this front door: `SERVER_TYPE=github` / `server-type: github`. */
  const set = (key: OptionKey, value: string) =>
    source.platform === 'pipe' ? `${spec(key).env[0]}=${value}` : `${spec(key).input}: ${value}`;
  const warnings: string[] = [];

  // Names first: a misspelt option is refused, whatever else is wrong.
  const named = checkNames(source.names(), source.platform);
  problems.push(...named.problems);
  if (source.strangersMatter !== false) warnings.push(...named.warnings);
  if (source.blank(spec('dryRun'))) {
    // `DRY_RUN: $UNSET_VARIABLE` would otherwise read as false, and write.
    problems.push(`${label('dryRun')} is set but empty: set it to true or false.`);
  }

  const oneOf = <T extends string>(
    key: OptionKey,
    valid: readonly T[],
    canon: (v: string) => string,
    shown: readonly string[] = spec(key).values ?? valid,
  ): T => {
    const value = raw(key) ?? '';
    const found = valid.find((v) => canon(v) === canon(value));
    if (!found) {
      problems.push(
        `${label(key)} must be one of ${shown.join(', ')}; got "${value}".${didYouMeanOneOf(value, shown)}`,
      );
    }
    return found ?? valid[0];
  };
  const bool = (key: OptionKey): boolean => {
    const value = (raw(key) ?? '').toLowerCase();
    if (TRUE.includes(value)) return true;
    if (FALSE.includes(value)) return false;
    problems.push(
      `${label(key)} must be true or false; got "${raw(key)}".${didYouMeanOneOf(value, ['true', 'false'])}`,
    );
    return false;
  };
  const url = (key: OptionKey): string => {
    const value = raw(key) ?? '';
    try {
      const parsed = new URL(value);
      if (parsed.protocol === 'http:' || parsed.protocol === 'https:')
        return value.replace(/\/+$/, '');
    } catch {
      // reported below
    }
    problems.push(
      `${label(key)} must be an http(s) URL, e.g. ${spec(key).default}; got "${value}".`,
    );
    return value;
  };

  const list = (key: OptionKey, text = raw(key), name = label(key)) => {
    const items = (text ?? '').split(/[\s,]+/).filter(Boolean);
    const unique = [...new Set(items)];
    if (unique.length < items.length) {
      const twice = unique.filter((item) => items.indexOf(item) !== items.lastIndexOf(item));
      warnings.push(`${name} names ${twice.join(', ')} more than once; each is used once.`);
    }
    return unique;
  };

  const mode = oneOf('mode', MODES, (v) => v.toLowerCase());
  const wantsAll = (raw('serverType') ?? '').toLowerCase() === 'all';
  const allServerTypes = wantsAll && mode === 'inventory';
  if (wantsAll && !allServerTypes)
    problems.push(
      `${label('serverType')} all is only for mode inventory; ${mode} works on one server type: github, github-enterprise or bitbucket.`,
    );
  const serverType = wantsAll
    ? SERVER_TYPES[0]
    : oneOf(
        'serverType',
        SERVER_TYPES,
        (v) => v.toUpperCase().replace(/-/g, '_'),
        spec('serverType').values!.filter((v) => v !== 'all' || mode === 'inventory'),
      );
  const serverTypes: ServerType[] = allServerTypes ? [...SERVER_TYPES] : [serverType];

  const username = raw('username');
  const explicitAuthType = raw('authType');
  const authType: AuthType = explicitAuthType
    ? oneOf('authType', AUTH_TYPES, (v) => v.toUpperCase().replace(/-/g, '_'))
    : serverType === 'BITBUCKET' && username
      ? 'BASIC_AUTH'
      : 'PERSONAL_ACCESS_TOKEN';

  const token = trimToken(source.read(spec('token')) ?? '');
  const needsToken = mode === 'sync' || mode === 'check';
  const unexpanded = token
    ? unexpandedTokenProblem(source.platform, label('token'), token)
    : undefined;
  if (!token && needsToken) {
    problems.push(
      emptyTokenProblem(source.platform, label('token'), mode, {
        blank: source.blank(spec('token')),
        githubTokenSet: source.platform === 'pipe' && source.names().includes('GITHUB_TOKEN'),
      }),
    );
  } else if (unexpanded) {
    problems.push(unexpanded);
  } else {
    // Never a part of the token, nor where in it: the message says what, not where.
    const length = token ? tokenLengthProblem(token) : undefined;
    const bad = length ? undefined : tokenCharacterProblem(token);
    if (length)
      problems.push(
        `${label('token')} ${length}. Copy the whole token again from its provider and update the secret.`,
      );
    if (bad)
      problems.push(
        `${label('token')} ${bad}: a token never does. Copy the token again from its provider and update the secret.`,
      );
  }
  const form = token && !unexpanded ? tokenForm(token) : undefined;

  const allowUnknownRegions = bool('allowUnknownRegions');
  const { regions: regionList, regionLabel } = readRegions();
  const allRegions = regionList.some((r) => r.toLowerCase() === 'all');
  if (allRegions && regionList.length > 1)
    problems.push(
      `${regionLabel} is "${regionList.join(', ')}": all stands alone (every region where CodeBuild is offered and the account has enabled), or name the regions without it.`,
    );
  const regions = allRegions ? [] : regionList;
  if (regions.length === 0 && !allRegions && mode !== 'merge') {
    problems.push(
      `${label('regions')} is required: name one or more AWS regions, separated by commas, spaces or newlines (e.g. us-east-1,eu-west-1).`,
    );
  }
  for (const region of regions) {
    const joined = wrongSeparator(region);
    if (joined) {
      problems.push(
        `${regionLabel} has "${region}": separate regions with commas (or spaces, or newlines), not "${joined.separator}": ${joined.parts.join(',')}.`,
      );
    } else if (!REGION_SHAPE.test(region)) {
      problems.push(
        `${regionLabel} has "${region}", which is not an AWS region name (e.g. us-east-1, eu-west-1).${suggestFor(region)}`,
      );
    } else if (!isKnownRegion(region) && !allowUnknownRegions) {
      problems.push(
        `${regionLabel} has "${region}", which is not a region this release's AWS SDK knows.${didYouMean(region)} If it is a region newer than this release, set ${set('allowUnknownRegions', 'true')}.`,
      );
    } else if (!isKnownRegion(region) && !partitionOf(region)) {
      problems.push(
        `${regionLabel} has "${region}", which fits no AWS partition's naming (us-, eu-, ap-, cn-, us-gov-, ...).${didYouMean(region)}`,
      );
    }
  }

  // One set of AWS credentials lives in one partition (aws, aws-cn, aws-us-gov, ...): it cannot
  // reach the regions of another, and a role ARN names its partition.
  const partitions = new Map<string, string[]>();
  for (const region of regions) {
    const partition = partitionOf(region);
    if (partition) partitions.set(partition, [...(partitions.get(partition) ?? []), region]);
  }
  const byPartition = (map: Map<string, string[]>) =>
    [...map].map(([p, items]) => `${items.join(', ')} (${p})`).join('; ');
  if (partitions.size > 1) {
    problems.push(
      `${regionLabel} names regions of ${partitions.size} AWS partitions: ${byPartition(partitions)}. One set of AWS credentials reaches one partition only: name the regions of one, and run once per partition with its own credentials.`,
    );
  }

  /** The regions from the first source that sets them; a warning when another one disagrees. */
  function readRegions(): { regions: string[]; regionLabel: string } {
    const found = source.sources(spec('regions'));
    const [first, ...others] = found;
    if (!first) return { regions: [], regionLabel: label('regions') };
    // Region codes are lower case; `US-EAST-1` means us-east-1 (as `ALL` means all).
    const chosen = list('regions', foldRegionCase(first.value), first.label);
    const same = (value: string) =>
      [
        ...new Set(
          value
            .toLowerCase()
            .split(/[\s,]+/)
            .filter(Boolean),
        ),
      ]
        .sort()
        .join(',') === [...chosen].sort().join(',');
    // configure-aws-credentials exports AWS_REGION and AWS_DEFAULT_REGION for every later step,
    // and a pipe's AWS_DEFAULT_REGION may be the repository's: an explicit setting simply wins.
    const differing = others.filter((o) => !same(o.value) && (!first.explicit || o.explicit));
    if (differing.length > 0) {
      warnings.push(
        `${first.label} (${chosen.join(', ')}) is used; ${differing
          .map(
            (o) =>
              `${o.label} (${o.value
                .split(/[\s,]+/)
                .filter(Boolean)
                .join(', ')})`,
          )
          .join(
            ' and ',
          )} ${differing.length === 1 ? 'is' : 'are'} ignored. Regions are read from ${regionPrecedence(source.platform)}; the first one set wins. Set only one.`,
      );
    }
    return { regions: chosen, regionLabel: first.label };
  }

  const days = (key: OptionKey): number | undefined => {
    const text = raw(key);
    if (text === undefined) return undefined;
    if (!/^\d+$/.test(text))
      problems.push(`${label(key)} must be a whole number of days (0 or more); got "${text}".`);
    return Number(text);
  };

  const seconds = (key: OptionKey, min: number, max: number): number => {
    const text = raw(key) ?? '';
    const value = Number(text);
    if (!/^\d+$/.test(text) || value < min || value > max) {
      problems.push(
        `${label(key)} must be a whole number of seconds from ${min} to ${max}; got "${text}".`,
      );
      return Number(defaultIn(spec(key), source.platform, modeGuess));
    }
    return value;
  };

  const proxyUrl = (key: 'httpProxy'): string | undefined => {
    const text = raw(key);
    if (text && !parseProxyUrl(text)) {
      problems.push(
        `${label(key)} must be a proxy URL such as http://proxy.example.com:3128 (http or https, with a host).`,
      );
    }
    return text;
  };

  const repositories = list('repositories');
  for (const repo of repositories) {
    if (!/^[\w.-]+\/[\w.-]+$/.test(repo))
      problems.push(`${label('repositories')} has "${repo}"; each entry must be owner/repo.`);
  }
  const rolesToAssume = list('rolesToAssume');
  for (const role of rolesToAssume) {
    if (!ROLE_ARN.test(role))
      problems.push(
        `${label('rolesToAssume')} has "${role}", which is not an IAM role ARN (arn:aws:iam::123456789012:role/NAME).`,
      );
  }
  const regionPartition = partitions.size === 1 ? [...partitions.keys()][0] : undefined;
  const elsewhere = new Map<string, string[]>();
  for (const role of rolesToAssume.filter((r) => ROLE_ARN.test(r))) {
    const partition = role.split(':')[1]!;
    if (regionPartition && partition !== regionPartition)
      elsewhere.set(partition, [...(elsewhere.get(partition) ?? []), role]);
  }
  if (elsewhere.size > 0) {
    problems.push(
      `${label('rolesToAssume')} has roles of another AWS partition than the regions (${regionPartition}): ${byPartition(elsewhere)}. A role is assumed in its own partition only: run once per partition, with its regions.`,
    );
  }
  // The partition roles are built in and, with `all`, the global services are called in: the
  // regions', else the caller's (the roles to assume, then its own region: AWS_REGION,
  // AWS_DEFAULT_REGION), else aws.
  const callerPartition = (): { partition: string; from?: string } => {
    const role = rolesToAssume.find((arn) => ROLE_ARN.test(arn));
    if (role) return { partition: role.split(':')[1]!, from: role };
    for (const other of source.sources(spec('regions')).slice(1))
      for (const region of other.value.split(/[\s,]+/)) {
        const found = partitionOf(region);
        if (found) return { partition: found, from: `${other.label} (${region})` };
      }
    return { partition: 'aws' };
  };
  const caller = regions[0] ? undefined : callerPartition();
  const partition = (regions[0] && partitionOf(regions[0])) || caller?.partition || 'aws';
  if (allRegions && !FLEET_HOME_REGION[partition])
    problems.push(
      `${regionLabel} is all, which works in the ${Object.keys(FLEET_HOME_REGION).join(', ')} partitions (where this release calls AWS Organizations, account:ListRegions and the public Systems Manager parameters); the caller is in ${partition}${caller?.from ? `, from ${caller.from}` : ''}. Name the regions instead.`,
    );

  const fleet = readFleet();

  /** `accounts`, `role-name`, `exclude-accounts`: checked alone and against `role-to-assume`. */
  function readFleet(): Pick<Config, 'accounts' | 'roleName' | 'excludeAccounts' | 'shard'> {
    const items = list('accounts');
    const shardText = source.read(spec('shard'));
    const shardRead = shardText === undefined ? undefined : parseShard(shardText);
    if (typeof shardRead === 'string') problems.push(`${label('shard')} ${shardRead}`);
    else if (shardRead && items.length === 0)
      problems.push(
        `${label('shard')} splits the accounts of ${label('accounts')}, which is not set: set ${set('accounts', 'organization')} (or account IDs, or ou:<ou-id>), or leave ${label('shard')} out. The ambient account and ${label('rolesToAssume')} are not split.`,
      );
    // Explicit, else (pipe) the parallel step's, which only a run over `accounts` takes.
    const chosen = typeof shardRead === 'object' ? shardRead : source.parallelStep;
    const shard = chosen && chosen.count > 1 ? chosen : undefined;
    const roleName = raw('roleName');
    const excludeAccounts = list('excludeAccounts');
    const accountsLabel = label('accounts');
    for (const id of excludeAccounts)
      if (!/^\d{12}$/.test(id))
        problems.push(
          `${label('excludeAccounts')} has "${id}", which is not a 12-digit AWS account ID.`,
        );
    if (items.length === 0) {
      if (roleName)
        problems.push(
          `${label('roleName')} is only used with ${accountsLabel}: set ${set('accounts', 'organization')} (or account IDs, or ou:<ou-id>), or give whole role ARNs in ${label('rolesToAssume')}.`,
        );
      if (excludeAccounts.length)
        problems.push(`${label('excludeAccounts')} is only used with ${accountsLabel}.`);
      return { excludeAccounts };
    }
    const valid = `12-digit account IDs, organization, or ou:<ou-id> (e.g. ou-ab12-34cd56ef)`;
    let accounts: AccountsSource | undefined;
    const word = items.length === 1 ? items[0]!.toLowerCase() : undefined;
    if (word === 'organization') accounts = { kind: 'organization' };
    else if (word?.startsWith('ou:')) {
      const ou = items[0]!.slice(3);
      if (/^ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}$/.test(ou)) accounts = { kind: 'ou', ou };
      else
        problems.push(
          `${accountsLabel} has "${items[0]}": an OU is written ou:<ou-id>, the ID as Organizations shows it (ou-ab12-34cd56ef).`,
        );
    } else {
      const wrong = items.filter((id) => !/^\d{12}$/.test(id));
      if (wrong.length)
        problems.push(
          `${accountsLabel} has ${wrong.map((w) => `"${w}"`).join(', ')}: it takes ${valid}; organization and ou:<ou-id> stand alone.`,
        );
      else accounts = { kind: 'ids', ids: items };
    }
    if (!roleName)
      problems.push(
        `${label('roleName')} is required with ${accountsLabel}: the IAM role to assume in each account, e.g. ${set('roleName', 'codebuild-credential-sync')} (examples/cloudformation/member-role-stackset.yml creates it).`,
      );
    else if (!/^([\w+=,.@-]+\/)*[\w+=,.@-]{1,64}$/.test(roleName) || roleName.startsWith('arn:'))
      problems.push(
        `${label('roleName')} is "${roleName}": give the role's name (e.g. codebuild-credential-sync, or path/name), not an ARN; the ARN is built for each account.`,
      );
    if (rolesToAssume.length)
      problems.push(
        `${label('rolesToAssume')} and ${accountsLabel} both name accounts: use one. ${accountsLabel} with ${label('roleName')} builds each role ARN.`,
      );
    return { accounts, roleName, excludeAccounts, ...(shard ? { shard } : {}) };
  }

  const config: Config = {
    platform: source.platform,
    mode,
    serverType,
    serverTypes,
    authType,
    token,
    username,
    regions,
    shouldOverwrite: bool('shouldOverwrite'),
    dryRun: bool('dryRun'),
    failOnDrift: bool('failOnDrift'),
    expiryWarningDays: days('expiryWarningDays') ?? 14,
    githubApiUrl: url('githubApiUrl'),
    bitbucketApiUrl: url('bitbucketApiUrl'),
    repositories,
    requireVerifiedScopes: bool('requireVerifiedScopes'),
    rolesToAssume,
    ...fleet,
    reports: list('reports'),
    allRegions,
    partition,
    reportFile: raw('reportFile'),
    failOnExpiryWithinDays: days('failOnExpiryWithinDays'),
    driftIssue: source.platform === 'action' ? bool('driftIssue') : false,
    inspectProjects: bool('inspectProjects'),
    githubToken: source.platform === 'action' ? raw('githubToken') : undefined,
    timeoutSeconds: seconds('timeoutSeconds', MIN_TIMEOUT_SECONDS, MAX_TIMEOUT_SECONDS),
    debug: source.platform === 'pipe' ? bool('debug') : false,
    allowUnknownRegions,
    // Checked on both: the pipe's HTTPS_PROXY is read where the calls are made (proxy.ts),
    // which would go direct past a value it cannot read (socks5://, a typo).
    httpProxy: source.platform === 'action' ? proxyUrl('httpProxy') : void proxyUrl('httpProxy'),
    noProxy: source.platform === 'action' ? raw('noProxy') : undefined,
    warnings,
    names: Object.fromEntries(OPTIONS.map((o) => [o.key, source.label(o)])) as Record<
      OptionKey,
      string
    >,
  };

  problems.push(...deleteProblems(config, label, set, Boolean(source.read(spec('serverType')))));
  problems.push(
    ...combinationProblems(config, label, set, {
      explicitAuthType: Boolean(explicitAuthType),
      explicitServerType: Boolean(source.read(spec('serverType'))),
      form,
    }),
  );
  if (mode === 'merge' && config.reports.length === 0)
    problems.push(
      `${label('reports')} is required with ${set('mode', 'merge')}: the report files of the shards, as paths or globs (e.g. ${set('reports', 'reports/*/report.json')}).`,
    );
  if (mode !== 'merge' && config.reports.length > 0)
    problems.push(`${label('reports')} is only used with ${set('mode', 'merge')}.`);
  if (mode === 'merge' && config.shard && source.read(spec('shard')))
    problems.push(
      `${label('shard')} is for the shards' runs; ${set('mode', 'merge')} combines all of them.`,
    );
  if (config.reportFile) {
    const unwritable = reportPathProblem(config.reportFile, source.runnerFiles);
    if (unwritable) problems.push(`${label('reportFile')} ${unwritable}`);
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/** `US-EAST-1` is us-east-1 and `ALL` is all; anything else is kept as typed, for messages. */
function foldRegionCase(text: string): string {
  return text
    .split(/([\s,]+)/)
    .map((item) => {
      const folded = item.toLowerCase();
      return REGION_SHAPE.test(folded) || folded === 'all' ? folded : item;
    })
    .join('');
}

/**
 * `delete` removes what it finds: it never acts on a server type it guessed (the pipe's default
 * is bitbucket, the Action's github), and a token given with it must agree with the type.
 */
function deleteProblems(
  c: Config,
  label: (key: OptionKey) => string,
  set: (key: OptionKey, value: string) => string,
  explicitServerType: boolean,
): string[] {
  if (c.mode !== 'delete') return [];
  if (!explicitServerType) {
    const form = c.token ? tokenForm(c.token) : undefined;
    const likely =
      form?.provider === 'bitbucket'
        ? 'bitbucket'
        : form?.provider === 'github'
          ? 'github'
          : undefined;
    return [
      `${label('serverType')} is required for mode delete, which deletes that server type's credential in every region named: set ${likely ? set('serverType', likely) : `${set('serverType', 'github')}, github-enterprise or bitbucket`}.`,
    ];
  }
  const form = c.token ? tokenForm(c.token) : undefined;
  const isGitHub = c.serverType !== 'BITBUCKET';
  if (form && form.provider !== 'aws' && (form.provider === 'github') !== isGitHub)
    return [
      `${label('token')} looks like ${/^[AEIOU]/.test(form.description) ? 'an' : 'a'} ${form.description} (${form.prefix}…), but ${label('serverType')} is ${c.serverType.toLowerCase().replace(/_/g, '-')}: delete needs no token; remove it, or set the server type whose credential to delete.`,
    ];
  return [];
}

/** Where regions come from, in order, for messages (the same order as the options table says). */
function regionPrecedence(platform: Platform): string {
  return platform === 'action'
    ? "input 'aws-region', then AWS_REGION, then AWS_DEFAULT_REGION"
    : 'AWS_REGION, then AWS_DEFAULT_REGION (a list form X_0.. before the plain X)';
}

interface Given {
  explicitAuthType: boolean;
  explicitServerType: boolean;
  /** What the token is, by its form. */
  form?: TokenForm;
}

/** Combinations CodeBuild or the providers would reject, caught before any call. */
function combinationProblems(
  c: Config,
  label: (key: OptionKey) => string,
  set: (key: OptionKey, value: string) => string,
  given: Given,
): string[] {
  const problems: string[] = [];
  const isGitHub = c.serverType !== 'BITBUCKET';
  // Only sync and check use the token (and so the auth type, username and provider URL).
  const usesToken = c.mode === 'sync' || c.mode === 'check';
  const formProblem = usesToken ? tokenFormProblem(c, label, set, given) : undefined;
  if (formProblem) problems.push(formProblem);
  if (c.authType === 'OAUTH' && usesToken) {
    problems.push(
      `${label('authType')} OAUTH cannot be set through the CodeBuild API (only in the console). Use PERSONAL_ACCESS_TOKEN${isGitHub ? '' : ' or BASIC_AUTH'}.`,
    );
  }
  if (c.authType === 'BASIC_AUTH') {
    if (isGitHub) {
      if (!formProblem)
        problems.push(
          `${label('authType')} BASIC_AUTH is only for Bitbucket app passwords and Atlassian API tokens; GitHub tokens use PERSONAL_ACCESS_TOKEN.`,
        );
    } else if (!c.username && usesToken) {
      problems.push(
        `${label('username')} is required with ${label('authType')} BASIC_AUTH: set it to the Bitbucket username that owns the app password (for an Atlassian API token, your Atlassian account email).`,
      );
    }
  }
  if (c.username && given.explicitAuthType && c.authType !== 'BASIC_AUTH' && !formProblem) {
    problems.push(
      `${label('username')} is only used with ${label('authType')} BASIC_AUTH; remove it, or set BASIC_AUTH for a Bitbucket app password.`,
    );
  }
  if (c.username && isGitHub && !formProblem) {
    problems.push(
      `${label('username')} is only for Bitbucket app passwords; remove it for ${c.serverType}.`,
    );
  }
  if (
    (c.authType === 'CODECONNECTIONS' || c.authType === 'SECRETS_MANAGER') &&
    c.token &&
    !formProblem
  ) {
    const service =
      c.authType === 'CODECONNECTIONS'
        ? '(codeconnections|codestar-connections)'
        : 'secretsmanager';
    if (!new RegExp(`^arn:aws[a-z-]*:${service}:`).test(c.token)) {
      problems.push(
        c.authType === 'CODECONNECTIONS'
          ? `${label('token')} must be a connection ARN (arn:aws:codeconnections:REGION:ACCOUNT:connection/ID) with ${label('authType')} CODECONNECTIONS.`
          : `${label('token')} must be a Secrets Manager secret ARN (arn:aws:secretsmanager:REGION:ACCOUNT:secret:NAME) with ${label('authType')} SECRETS_MANAGER.`,
      );
    }
  }
  if (usesToken) problems.push(...apiUrlProblems(c, label, set));
  return problems;
}

/**
 * A token given to the wrong provider or auth type, told by its form alone,
 * with the exact setting that fixes it. One problem at most: the first fix.
 */
function tokenFormProblem(
  c: Config,
  label: (key: OptionKey) => string,
  set: (key: OptionKey, value: string) => string,
  { form, explicitServerType, explicitAuthType }: Given,
): string | undefined {
  if (!form) return undefined;
  const looks = `${label('token')} looks like ${/^[AEIOU]/.test(form.description) ? 'an' : 'a'} ${form.description} (${form.prefix}…)`;
  const serverType = `${label('serverType')} is ${c.serverType.toLowerCase().replace(/_/g, '-')}${explicitServerType ? '' : ' (the default)'}`;
  if (form.provider === 'github' && c.serverType === 'BITBUCKET') {
    return `${looks}, but ${serverType}: set ${set('serverType', 'github')} (GitHub Enterprise Server: ${set('serverType', 'github-enterprise')}).`;
  }
  if (form.provider === 'bitbucket' && c.serverType !== 'BITBUCKET') {
    return `${looks}, but ${serverType}: set ${set('serverType', 'bitbucket')}.`;
  }
  if (form.provider === 'aws') {
    const wanted = form.kind === 'connection-arn' ? 'CODECONNECTIONS' : 'SECRETS_MANAGER';
    if (c.authType !== wanted)
      return `${label('token')} is a ${form.description}, which CodeBuild takes with auth type ${wanted}: set ${set('authType', wanted)}${c.username ? ` and remove ${label('username')}` : ''}.`;
    return undefined;
  }
  if (form.kind === 'access-token' && c.username && c.authType === 'BASIC_AUTH') {
    return `${looks}, which is used without a username (Bearer auth; app passwords were the ones with a username): remove ${label('username')}${explicitAuthType ? ` and set ${set('authType', 'PERSONAL_ACCESS_TOKEN')}` : ''}.`;
  }
  if (form.kind === 'api-token' && c.authType !== 'BASIC_AUTH') {
    return `${looks}, which is used with Basic auth and your Atlassian account email: set ${set('username', 'you@example.com')}${explicitAuthType ? ` and ${set('authType', 'BASIC_AUTH')}` : ''} (or use a Bitbucket access token, ATCTT…, with no username).`;
  }
  return undefined;
}

/**
 * API base URLs that cannot be right for the server type, with the likely fix. A
 * missing `/api/v3` or `/2.0` is certain only on the providers' own hosts; elsewhere
 * (a loopback stand-in, a GHES behind a proxy) the URL may well be right, so it is not
 * refused, nor warned about: the answer tells. A hint is kept for when the provider
 * answers that this is not its API (a 404, or not the provider at all), so a URL that
 * works gives a clean run, and one that does not names the fix where it fails.
 */
function apiUrlProblems(
  c: Config,
  label: (key: OptionKey) => string,
  set: (key: OptionKey, value: string) => string,
): string[] {
  const problems: string[] = [];
  // The token goes with every call to the provider's URL: never in clear text off this machine.
  const key = c.serverType === 'BITBUCKET' ? 'bitbucketApiUrl' : 'githubApiUrl';
  const https = clearTextUrl(c[key]);
  if (https) {
    return [
      `${label(key)} is ${c[key]}: plain http would send the token in clear text to ${new URL(c[key]).host}. Use ${https} (plain http is accepted only on this machine: localhost, 127.0.0.1, [::1]).`,
    ];
  }
  const github = safeUrl(c.githubApiUrl);
  if (c.serverType === 'GITHUB_ENTERPRISE' && github) {
    if (/^((api|www)\.)?github\.com$/i.test(github.hostname)) {
      problems.push(
        `${label('githubApiUrl')} must point at your GitHub Enterprise Server (https://HOST/api/v3) when ${label('serverType')} is github-enterprise.`,
      );
    } else if (!/\/api\/v3$/.test(github.pathname)) {
      c.apiUrlHint = `${label('githubApiUrl')} is ${c.githubApiUrl}; a GitHub Enterprise Server's REST API is under /api/v3: did you mean ${withPath(github, /\/api(\/v\d+)?$/, '/api/v3')}?`;
    }
  }
  if (c.serverType === 'GITHUB' && github && /\/api\/v3$/.test(github.pathname)) {
    // /api/v3 is where GitHub Enterprise Server serves its API; github.com never does.
    problems.push(
      `${label('githubApiUrl')} is ${c.githubApiUrl}, a GitHub Enterprise Server, but ${label('serverType')} is github, which CodeBuild uses for github.com: set ${set('serverType', 'github-enterprise')} (or, for a github.com token, ${set('githubApiUrl', 'https://api.github.com')}).`,
    );
  } else if (
    c.serverType === 'GITHUB' &&
    github &&
    !/^api\.github\.com$/i.test(github.hostname) &&
    !isLoopbackHost(github.hostname) // a stand-in on this machine, not another GitHub
  ) {
    c.warnings.push(
      `${label('githubApiUrl')} is ${c.githubApiUrl}, not https://api.github.com, while ${label('serverType')} is github: CodeBuild will use the credential for github.com. For a GitHub Enterprise Server, set ${set('serverType', 'github-enterprise')} and its https://HOST/api/v3 URL.`,
    );
  }
  const bitbucket = safeUrl(c.bitbucketApiUrl);
  if (c.serverType === 'BITBUCKET' && bitbucket && !/\/2\.0$/.test(bitbucket.pathname)) {
    if (/^((api|www)\.)?bitbucket\.org$/i.test(bitbucket.hostname)) {
      // Bitbucket Cloud serves its REST API at api.bitbucket.org/2.0 and nowhere else.
      problems.push(
        `${label('bitbucketApiUrl')} is ${c.bitbucketApiUrl}, but Bitbucket Cloud's REST API is https://api.bitbucket.org/2.0: set ${set('bitbucketApiUrl', 'https://api.bitbucket.org/2.0')}.`,
      );
    } else {
      c.apiUrlHint = `${label('bitbucketApiUrl')} is ${c.bitbucketApiUrl}; Bitbucket's REST API is under /2.0: did you mean ${withPath(bitbucket, /\/\d+(\.\d+)?$/, '/2.0')}?`;
    }
  }
  return problems;
}

/** The URL with a trailing `wrong` part of its path (a wrong version, say) replaced by `suffix`. */
function withPath(url: URL, wrong: RegExp, suffix: string): string {
  return `${url.origin}${url.pathname.replace(/\/+$/, '').replace(wrong, '')}${suffix}`;
}

function safeUrl(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}
