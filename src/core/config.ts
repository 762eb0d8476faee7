import { ConfigError } from './errors.js';
import {
  AUTH_TYPES,
  MODES,
  OPTIONS,
  SERVER_TYPES,
  defaultIn,
  type AuthType,
  type Mode,
  type OptionKey,
  type OptionSpec,
  type Platform,
  type ServerType,
} from './options.js';

/** The typed settings every use case takes. Built once, from one table of options. */
export interface Config {
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
  reportFile?: string;
  failOnExpiryWithinDays?: number;
  driftIssue: boolean;
  /** Read the projects of each region: blast radius, project connections and webhooks. */
  inspectProjects: boolean;
  githubToken?: string;
  debug: boolean;
}

/** Where raw option values come from: the environment (pipe) or Action inputs. */
export interface OptionSource {
  platform: Platform;
  /** The raw value, or undefined when unset or empty. */
  read(option: OptionSpec): string | undefined;
  /** How the user spells the option, for messages: `input 'dry-run'` or `DRY_RUN`. */
  label(option: OptionSpec): string;
}

/** Reads pipe variables; a list may also come in Bitbucket's `X_COUNT`, `X_0`, ... form. */
export function envSource(env: NodeJS.ProcessEnv, platform: Platform = 'pipe'): OptionSource {
  return {
    platform,
    read(option) {
      for (const name of option.env) {
        const value = env[name]?.trim();
        if (value) return value;
        if (option.kind === 'list') {
          const items = readListForm(env, name);
          if (items) return items;
        }
      }
      return undefined;
    },
    label: (option) => option.env[0],
  };
}

function readListForm(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const count = Number.parseInt(env[`${name}_COUNT`] ?? '', 10);
  if (!Number.isInteger(count) || count <= 0) return undefined;
  const items: string[] = [];
  for (let i = 0; i < count; i++) items.push(env[`${name}_${i}`]?.trim() ?? '');
  return items.filter(Boolean).join(',') || undefined;
}

export const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/;
const REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;
const TRUE = ['true', 'yes', '1', 'on'];
const FALSE = ['false', 'no', '0', 'off'];

/** Builds the Config, collecting every problem before failing, and makes no network call. */
export function buildConfig(source: OptionSource): Config {
  const problems: string[] = [];
  const spec = (key: OptionKey) => OPTIONS.find((o) => o.key === key)!;
  const label = (key: OptionKey) => source.label(spec(key));
  // The mode comes first: some defaults depend on it.
  const modeText = (source.read(spec('mode')) ?? defaultIn(spec('mode'), source.platform, 'sync'))!;
  const modeGuess = MODES.find((m) => m === modeText.toLowerCase()) ?? 'sync';
  const raw = (key: OptionKey) =>
    source.read(spec(key)) ?? defaultIn(spec(key), source.platform, modeGuess);

  const oneOf = <T extends string>(
    key: OptionKey,
    valid: readonly T[],
    canon: (v: string) => string,
    shown: readonly string[] = spec(key).values ?? valid,
  ): T => {
    const value = raw(key) ?? '';
    const found = valid.find((v) => canon(v) === canon(value));
    if (!found) {
      problems.push(`${label(key)} must be one of ${shown.join(', ')}; got "${value}".`);
    }
    return found ?? valid[0];
  };
  const bool = (key: OptionKey): boolean => {
    const value = (raw(key) ?? '').toLowerCase();
    if (TRUE.includes(value)) return true;
    if (FALSE.includes(value)) return false;
    problems.push(`${label(key)} must be true or false; got "${raw(key)}".`);
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

  const list = (key: OptionKey) => [...new Set((raw(key) ?? '').split(/[\s,]+/).filter(Boolean))];

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

  const token = source.read(spec('token')) ?? '';
  const needsToken = mode === 'sync' || mode === 'check';
  if (!token && needsToken) {
    problems.push(
      `${label('token')} is required for mode ${mode}: set it to the token to ${mode === 'sync' ? 'import' : 'check'}.`,
    );
  } else if (/\s/.test(token)) {
    problems.push(
      `${label('token')} contains whitespace inside it: a token never does; check the secret's value.`,
    );
  }

  const regions = list('regions');
  if (regions.length === 0) {
    problems.push(
      `${label('regions')} is required: name one or more AWS regions, separated by commas, spaces or newlines (e.g. us-east-1,eu-west-1).`,
    );
  }
  for (const region of regions) {
    if (!REGION.test(region)) {
      problems.push(
        `${label('regions')} has "${region}", which is not an AWS region name (e.g. us-east-1, eu-west-1).`,
      );
    }
  }

  const days = (key: OptionKey): number | undefined => {
    const text = raw(key);
    if (text === undefined) return undefined;
    if (!/^\d+$/.test(text))
      problems.push(`${label(key)} must be a whole number of days (0 or more); got "${text}".`);
    return Number(text);
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

  const config: Config = {
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
    reportFile: raw('reportFile'),
    failOnExpiryWithinDays: days('failOnExpiryWithinDays'),
    driftIssue: source.platform === 'action' ? bool('driftIssue') : false,
    inspectProjects: bool('inspectProjects'),
    githubToken: source.platform === 'action' ? raw('githubToken') : undefined,
    debug: source.platform === 'pipe' ? bool('debug') : false,
  };

  problems.push(...combinationProblems(config, label, Boolean(explicitAuthType)));
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/** Combinations CodeBuild or the providers would reject, caught before any call. */
function combinationProblems(
  c: Config,
  label: (key: OptionKey) => string,
  explicitAuthType: boolean,
): string[] {
  const problems: string[] = [];
  const isGitHub = c.serverType !== 'BITBUCKET';
  // Only sync and check use the token (and so the auth type, username and provider URL).
  const usesToken = c.mode === 'sync' || c.mode === 'check';
  if (c.authType === 'OAUTH' && usesToken) {
    problems.push(
      `${label('authType')} OAUTH cannot be set through the CodeBuild API (only in the console). Use PERSONAL_ACCESS_TOKEN${isGitHub ? '' : ' or BASIC_AUTH'}.`,
    );
  }
  if (c.authType === 'BASIC_AUTH') {
    if (isGitHub) {
      problems.push(
        `${label('authType')} BASIC_AUTH is only for Bitbucket app passwords; GitHub tokens use PERSONAL_ACCESS_TOKEN.`,
      );
    } else if (!c.username && usesToken) {
      problems.push(
        `${label('username')} is required with ${label('authType')} BASIC_AUTH: set it to the Bitbucket username that owns the app password.`,
      );
    }
  }
  if (c.username && explicitAuthType && c.authType !== 'BASIC_AUTH') {
    problems.push(
      `${label('username')} is only used with ${label('authType')} BASIC_AUTH; remove it, or set BASIC_AUTH for a Bitbucket app password.`,
    );
  }
  if (c.username && isGitHub) {
    problems.push(
      `${label('username')} is only for Bitbucket app passwords; remove it for ${c.serverType}.`,
    );
  }
  if ((c.authType === 'CODECONNECTIONS' || c.authType === 'SECRETS_MANAGER') && c.token) {
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
  if (
    c.serverType === 'GITHUB_ENTERPRISE' &&
    usesToken &&
    /^https:\/\/api\.github\.com$/i.test(c.githubApiUrl)
  ) {
    problems.push(
      `${label('githubApiUrl')} must point at your GitHub Enterprise Server (https://HOST/api/v3) when ${label('serverType')} is github-enterprise.`,
    );
  }
  return problems;
}
