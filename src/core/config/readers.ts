// The readers of the options that stand alone: names, the server and auth type, the token, and
// the switches. Each reads through one OptionReader, which collects the problems.
import { checkNames } from './names.js';
import { emptyTokenProblem, unexpandedTokenProblem } from './arrival.js';
import {
  tokenCharacterProblem,
  tokenForm,
  tokenLengthProblem,
  trimToken,
  type TokenForm,
} from '../trust/index.js';
import {
  AUTH_TYPES,
  MAX_TIMEOUT_SECONDS,
  MIN_TIMEOUT_SECONDS,
  MODES,
  SERVER_TYPES,
  type AuthType,
  type Mode,
  type ServerType,
} from '../base/index.js';
import type { OptionReader } from './reader.js';

/** Names first: a misspelt option is refused, whatever else is wrong. */
export function readNames(r: OptionReader): void {
  const named = checkNames(r.source.names(), r.platform);
  r.problems.push(...named.problems);
  if (r.source.strangersMatter !== false) for (const w of named.warnings) r.warn(w);
  if (r.blank('dryRun')) {
    // `DRY_RUN: $UNSET_VARIABLE` would otherwise read as false, and write.
    r.problem(`${r.label('dryRun')} is set but empty: set it to true or false.`);
  }
}

export interface Server {
  mode: Mode;
  serverType: ServerType;
  serverTypes: ServerType[];
  authType: AuthType;
  username?: string;
}

/** The mode, the server type (or all of them, for `inventory`) and the auth type. */
export function readServer(r: OptionReader): Server {
  const upper = (v: string) => v.toUpperCase().replace(/-/g, '_');
  const mode = r.oneOf('mode', MODES, (v) => v.toLowerCase());
  const wantsAll = (r.raw('serverType') ?? '').toLowerCase() === 'all';
  const allServerTypes = wantsAll && mode === 'inventory';
  if (wantsAll && !allServerTypes)
    r.problem(
      `${r.label('serverType')} all is only for mode inventory; ${mode} works on one server type: github, github-enterprise or bitbucket.`,
    );
  const shown = r.spec('serverType').values!.filter((v) => v !== 'all' || mode === 'inventory');
  const serverType = wantsAll ? SERVER_TYPES[0] : r.oneOf('serverType', SERVER_TYPES, upper, shown);
  const username = r.raw('username');
  const authType: AuthType = r.raw('authType')
    ? r.oneOf('authType', AUTH_TYPES, upper)
    : serverType === 'BITBUCKET' && username
      ? 'BASIC_AUTH'
      : 'PERSONAL_ACCESS_TOKEN';
  const serverTypes: ServerType[] = allServerTypes ? [...SERVER_TYPES] : [serverType];
  return { mode, serverType, serverTypes, authType, username };
}

/** The token, checked as it arrived (never a part of it in a message), and its form. */
export function readCredential(r: OptionReader, mode: Mode): { token: string; form?: TokenForm } {
  const token = trimToken(r.given('token') ?? '');
  const label = r.label('token');
  const unexpanded = token ? unexpandedTokenProblem(r.platform, label, token) : undefined;
  if (!token && (mode === 'sync' || mode === 'check')) {
    r.problem(
      emptyTokenProblem(r.platform, label, mode, {
        blank: r.blank('token'),
        githubTokenSet: r.platform === 'pipe' && r.source.names().includes('GITHUB_TOKEN'),
      }),
    );
  } else if (unexpanded) {
    r.problem(unexpanded);
  } else {
    // Never a part of the token, nor where in it: the message says what, not where.
    const length = token ? tokenLengthProblem(token) : undefined;
    const bad = length ? undefined : tokenCharacterProblem(token);
    if (length)
      r.problem(
        `${label} ${length}. Copy the whole token again from its provider and update the secret.`,
      );
    if (bad)
      r.problem(
        `${label} ${bad}: a token never does. Copy the token again from its provider and update the secret.`,
      );
  }
  return { token, form: token && !unexpanded ? tokenForm(token) : undefined };
}

/** `owner/repo` entries, for probing a fine-grained token's permissions. */
export function readRepositories(r: OptionReader): string[] {
  const repositories = r.list('repositories');
  for (const repo of repositories) {
    if (!/^[\w.-]+\/[\w.-]+$/.test(repo))
      r.problem(`${r.label('repositories')} has "${repo}"; each entry must be owner/repo.`);
  }
  return repositories;
}

/**
 * The options read alone, in the table's order (the problems come in that order). An option
 * the table gives one platform only is off on the other.
 */
export function readSwitches(r: OptionReader) {
  return {
    shouldOverwrite: r.bool('shouldOverwrite'),
    dryRun: r.bool('dryRun'),
    failOnDrift: r.bool('failOnDrift'),
    expiryWarningDays: r.days('expiryWarningDays') ?? 14,
    githubApiUrl: r.url('githubApiUrl'),
    bitbucketApiUrl: r.url('bitbucketApiUrl'),
    requireVerifiedScopes: r.bool('requireVerifiedScopes'),
    reports: r.list('reports'),
    reportFile: r.raw('reportFile'),
    failOnExpiryWithinDays: r.days('failOnExpiryWithinDays'),
    driftIssue: r.onPlatform('driftIssue', () => r.bool('driftIssue'), false),
    inspectProjects: r.bool('inspectProjects'),
    githubToken: r.onPlatform('githubToken', () => r.raw('githubToken'), undefined),
    timeoutSeconds: r.seconds('timeoutSeconds', MIN_TIMEOUT_SECONDS, MAX_TIMEOUT_SECONDS),
    debug: r.onPlatform('debug', () => r.bool('debug'), false),
    // Checked on the pipe too, not kept there: its HTTPS_PROXY is read where the calls are
    // made (proxy.ts), which would go direct, past a value it cannot read (socks5://, a typo).
    httpProxy: ((proxy) => r.onPlatform('httpProxy', () => proxy, undefined))(
      r.proxyUrl('httpProxy'),
    ),
    noProxy: r.onPlatform('noProxy', () => r.raw('noProxy'), undefined),
  };
}
