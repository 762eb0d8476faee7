import type { Shard } from './shard.js';
import type { AuthType, Mode, OptionKey, Platform, ServerType } from '../base/index.js';

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
