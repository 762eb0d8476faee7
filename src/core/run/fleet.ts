// A run over a fleet: the accounts from `accounts` (listed by ID, or found in AWS
// Organizations), the role `role-name` assumed in each, and with `aws-region: all` the regions
// of each account (where CodeBuild is offered, from the public Systems Manager parameters, and
// enabled there, from account:ListRegions). Loaded only by runs that use these options.
// Nothing unseen is silent: every account listed is in report.accounts, with why it was not
// worked on; an account whose role cannot be assumed is an `account-unreachable` finding.
import type { AwsCredentialIdentity } from '@aws-sdk/types';
import {
  accountOfArn,
  accountState,
  type AccountState,
  roleAssumer,
  type RoleAssumer,
  whyUnassumable,
  type AwsAccount,
  AwsCallError,
  type AwsCredentials,
  awsRequestHandler,
  type BoundedHttpHandler,
  checkedNames,
  checkedRegionNames,
  type CodeBuildClients,
  describeAwsError,
  identifier,
  isAccountId,
  sendOptions,
} from '../aws/index.js';
import {
  type AccountsSource,
  type Config,
  FLEET_HOME_REGION,
  inShard,
  shardText,
} from '../config/index.js';
import {
  allPages,
  ListingError,
  LISTINGS,
  MAX_OU_DEPTH,
  MAX_OUS,
  outside,
  type OutsideText,
  Semaphore,
  USER_AGENT,
  UserError,
} from '../base/index.js';
import { Waiting, type CallLimits } from '../wire/index.js';
import type { AccountReport, OrganizationReport, Report } from '../report/index.js';
import { notReached, type RunContext, type Target, type TargetStream } from './targets.js';
import { Secrets } from '../trust/index.js';

/** STS calls in flight at once: their own cap, under STS's request rate per account. */
export const MAX_STS_IN_FLIGHT = 32;
export const CODEBUILD_REGIONS_PATH =
  '/aws/service/global-infrastructure/services/codebuild/regions';

/** Where the global services of a partition are called (the configuration refuses `all` elsewhere). */
export function homeRegion(partition: string): string {
  return FLEET_HOME_REGION[partition] ?? 'us-east-1';
}

/** An account as listed: its ID and, from Organizations, its name and State (else Status). */
interface Listed {
  id: string;
  /** Whoever may rename an account controls it: outside text. */
  name?: OutsideText;
  /** A documented value, or `unreadable` (never used as a state). */
  state?: AccountState | 'unreadable';
}

type Make = CodeBuildClients;

/** The request handler of a fleet's AWS clients: the run's shared one when there is one (codebuild.ts). */
type AwsHandler = () => Promise<{ requestHandler: BoundedHttpHandler }>;

function sharedHandler(make: Make, limits: CallLimits): AwsHandler {
  return async () =>
    make.handler
      ? { requestHandler: make.handler(limits, 'AWS') }
      : awsRequestHandler(limits, 'AWS');
}

/**
 * The targets of a fleet run: every reachable account × its regions. Accounts that are
 * skipped, excluded or unreachable are in report.accounts (and unreachable ones in the findings).
 */
export async function resolveFleet(
  ctx: RunContext,
  ambient: AwsCredentials,
  make: Make,
): Promise<Target[]> {
  const { config, deps, report, deadline } = ctx;
  const limits = deadline.limits;
  const home = homeRegion(config.partition);
  const log = deps.logger;
  // With `aws-region: all`, the regions are found while the accounts are: where CodeBuild is
  // offered from the start, and each account's enabled regions as soon as its role is assumed.
  // No phase waits for the whole of the one before it: an account's targets are worked on
  // while the next accounts' roles are being assumed.
  const handler = sharedHandler(make, limits);
  const regions = config.allRegions ? regionFinder(ctx, ambient, home, handler) : undefined;

  // Who: the accounts listed, or the ambient account (or the role-to-assume ones) alone.
  /** Why no account is left, when none is (a run with nothing to do is not a success). */
  let noAccount = 'no account could be reached (see the findings)';
  if (config.accounts) {
    const source = sourceName(config.accounts);
    log.info(listingLine(config.accounts, config.names.accounts));
    const { accounts: listed, organization } = await listAccounts(
      config,
      config.accounts,
      ambient,
      home,
      limits,
      report.warnings,
      handler,
    );
    if (organization) report.organization = organization;
    // A shard keeps its own accounts only (skipped and excluded ones too, so that the shards'
    // reports together name every account once); exclude-accounts is checked against them all.
    const mine = config.shard ? listed.filter((a) => inShard(a.id, config.shard)) : listed;
    const { records, excluded } = accountRecords(config, listed, mine, source, report.warnings);
    report.accounts = records;
    const active = records.filter((r) => r.status === 'worked');
    const skipped = records.filter((r) => r.status === 'skipped');
    if (listed.length === 0)
      noAccount = `${source === 'accounts' ? config.names.accounts : source} lists no account`;
    else if (active.length === 0)
      noAccount = skipped.length
        ? `none of the ${listed.length} accounts listed is ACTIVE and not excluded by ${config.names.excludeAccounts}`
        : `${config.names.excludeAccounts} excludes every account listed (${listed.length})`;
    const shardNote = config.shard
      ? `, ${mine.length} of them in shard ${shardText(config.shard)}`
      : '';
    log.info(
      `${listed.length} account${listed.length === 1 ? '' : 's'} listed${shardNote}: ${active.length} to work on${skipped.length ? `, ${skipped.length} skipped (${skipped.map((r) => `${r.id} ${r.state}`).join(', ')})` : ''}${excluded.size ? `, ${records.filter((r) => r.status === 'excluded').length} excluded` : ''}.`,
    );
    // An empty shard is not a failed run: the accounts fell in the other shards (the hash
    // spreads them by chance, so a small list leaves some shards with none).
    if (config.shard && active.length === 0 && listed.length > 0 && mine.length < listed.length) {
      log.info(
        `Shard ${shardText(config.shard)} has no account to work on: the ${listed.length} listed are in the other shards${mine.length ? ' or skipped or excluded' : ''}.`,
      );
      return [];
    }
    return fleetStream(ctx, active, ambient, home, handler, make, regions, noAccount);
  } else if (config.rolesToAssume.length > 0) {
    const roles = config.rolesToAssume.map((roleArn) => ({ id: accountOfArn(roleArn)!, roleArn }));
    return fleetStream(ctx, roles, ambient, home, handler, make, regions, noAccount);
  }
  // The ambient account alone, in each region where CodeBuild is offered and enabled.
  const account: AwsAccount = { credentials: ambient };
  const targets = targetsOf(
    ctx,
    account,
    regions ? await regions.of(account) : config.regions,
    make,
  );
  if (targets.length === 0) throw new UserError(nothingToDo(1, noAccount));
  return targets;
}

/** An account's targets, one per region; each opens its client when its turn comes. */
function targetsOf(ctx: RunContext, account: AwsAccount, regions: string[], make: Make): Target[] {
  const limits = ctx.deadline.limits;
  return regions.map((region): Target => {
    const waiting = new Waiting();
    // Opened when its turn comes: thousands of targets never hold thousands of clients at once.
    return { region, account, waiting, open: () => make(region, account, { ...limits, waiting }) };
  });
}

/**
 * Accounts reached ahead of the targets being worked on: enough to keep every target slot
 * busy (an account is one AssumeRole and one ListRegions, then 17 regions' calls), few
 * enough that a fleet of thousands holds a few dozen accounts' keys at once, not all.
 */
export const ACCOUNTS_AHEAD = MAX_STS_IN_FLIGHT;

/** What happened to an account when its turn came: reached (with its regions), or why not. */
type Reached = { account: AwsAccount; regions: string[] } | { why: string };

/**
 * The accounts of a fleet through a bounded window: an account's role is assumed (and its
 * enabled regions read) when it comes within ACCOUNTS_AHEAD of the accounts being worked on,
 * its targets are handed out in the order of the list, and once they are all done its keys
 * are let go (targets.ts calls `release`). An account whose role cannot be assumed is reported
 * as unreachable, with why, when its turn comes; it is never silently left out.
 */
function fleetStream(
  ctx: RunContext,
  entries: Array<{ id: string; roleArn?: string }>,
  ambient: AwsCredentials,
  home: string,
  handler: AwsHandler,
  make: Make,
  regions: RegionFinder | undefined,
  noAccount: string,
): Target[] {
  const { config, deps, report } = ctx;
  const records = new Map(report.accounts?.map((r) => [r.id, r]));
  const { assume, roleOf, close } = roleReacher(ctx, ambient, home, handler);
  const window = accountWindow(entries, async (e) => {
    const account = await assume(e);
    if (typeof account === 'string') return { why: account };
    return { account, regions: regions ? await regions.of(account) : config.regions };
  });
  let cursor = 0;
  let produced = 0;
  const stream: TargetStream = {
    accounts: entries.length,
    unreachable: 0,
    complete: false,
    async next() {
      if (stream.complete) return undefined;
      // Where CodeBuild is offered is read once, before any account's regions are known.
      const unknown = cursor === 0 && (await offeredProblem(regions));
      if (unknown) {
        report.errors.push(unknown);
        return end(false);
      }
      while (cursor < entries.length) {
        const e = entries[cursor]!;
        // Once the run has stopped, no account is reached: those not started are not attempted.
        const started = window.has(cursor) || !ctx.deadline.stopped;
        const reached: Reached = started ? await window.take(cursor) : { why: 'stopped' };
        cursor++;
        if ('why' in reached && ctx.deadline.stopped) {
          const batch = await unreached(
            ctx,
            records.get(e.id),
            { id: e.id, roleArn: roleOf(e) },
            regions,
            make,
          );
          produced += batch.length;
          if (batch.length) return batch;
          continue;
        }
        if ('why' in reached) {
          stream.unreachable++;
          unreachableAccount(ctx, records.get(e.id), e.id, reached.why);
          continue;
        }
        const batch = targetsOf(ctx, reached.account, reached.regions, make);
        for (const t of batch) records.get(reached.account.id ?? '')?.regions.push(t.region);
        if (batch.length === 0) continue;
        produced += batch.length;
        return batch;
      }
      return end();
    },
    release(account) {
      // Nothing can sign with a released account's keys, nor fall back to another identity.
      account.credentials = released;
      account.confidential = undefined;
    },
    accountOf: onDemand(ctx, entries, assume, roleOf),
    close,
  };
  /** The last account is done: no target at all is a failed run, and says why. */
  const end = (say = true): undefined => {
    stream.complete = true;
    stream.close();
    if (say && produced === 0)
      report.errors.push(nothingToDo(entries.length - stream.unreachable, noAccount));
    return undefined;
  };
  if (entries.length > 0) deps.logger.info(assumingLine(config, entries.length));
  ctx.stream = stream;
  return [];
}

/**
 * The targets of an account the run stopped before reaching, each not attempted (as a target
 * that had not started): in the regions named, or, its own never read, where CodeBuild is offered.
 */
async function unreached(
  ctx: RunContext,
  record: AccountReport | undefined,
  account: AwsAccount,
  regions: RegionFinder | undefined,
  make: Make,
): Promise<Target[]> {
  const names = regions ? await regions.offered : ctx.config.regions;
  const batch = targetsOf(ctx, account, names, make);
  for (const t of batch) {
    t.notAttempted = notReached(ctx).detail;
    t.open = undefined;
    record?.regions.push(t.region);
  }
  return batch;
}

/** A fleet run without a single target: why. */
function nothingToDo(reachable: number, noAccount: string): string {
  return `Nothing to do: ${reachable === 0 ? noAccount : `no region where CodeBuild is offered is enabled in ${reachable === 1 ? 'the account' : `any of the ${reachable} accounts`}`}, so no region was worked on.`;
}

/** Why where CodeBuild is offered is unknown, if it is (`aws-region: all`). */
async function offeredProblem(regions: RegionFinder | undefined): Promise<string | undefined> {
  try {
    await regions?.offered;
    return undefined;
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return error.message;
  }
}

/** What signs for an account once its targets are done: nothing (never another identity). */
async function released(): Promise<never> {
  throw new Error("this account's keys were let go when its targets were done");
}

/**
 * A fleet's account by ID (else its first), for what is read outside its targets (a
 * connection's owner, before or after that account's own turn): its role assumed again when
 * its keys are first asked for. Those few accounts' keys are hidden by the run's redaction.
 */
function onDemand(
  { deps }: RunContext,
  entries: Array<{ id: string; roleArn?: string }>,
  assume: (e: { id: string; roleArn?: string }) => Promise<AwsAccount | string>,
  roleOf: (e: { id: string; roleArn?: string }) => string,
): (id: string | undefined) => AwsAccount | undefined {
  const reached = new Map<string, Promise<AwsAccount | string>>();
  return (id) => {
    const e = entries.find((x) => x.id === id) ?? entries[0];
    if (!e) return undefined;
    const credentials = async () => {
      let pending = reached.get(e.id);
      if (!pending) reached.set(e.id, (pending = assume(e)));
      const account = await pending;
      if (typeof account === 'string')
        throw new UserError(`Account ${e.id} could not be reached: ${account}`);
      for (const value of account.confidential ?? []) deps.secrets?.add(value);
      const c = account.credentials;
      return typeof c === 'function' ? c() : c!;
    };
    return { id: e.id, roleArn: roleOf(e), credentials };
  };
}

/** The accounts being reached (role, then regions), by their place in the list, ACCOUNTS_AHEAD at most. */
function accountWindow(
  entries: Array<{ id: string; roleArn?: string }>,
  reach: (e: { id: string; roleArn?: string }) => Promise<Reached>,
) {
  const pending = new Map<number, Promise<Reached>>();
  return {
    has: (i: number) => pending.has(i),
    /** Account i's turn: it, and those after it within the window, are being reached. */
    take(i: number): Promise<Reached> {
      for (let j = i; j < Math.min(entries.length, i + ACCOUNTS_AHEAD); j++)
        if (!pending.has(j)) {
          const reached = reach(entries[j]!);
          reached.catch(() => undefined); // awaited in turn
          pending.set(j, reached);
        }
      const reached = pending.get(i)!;
      pending.delete(i);
      return reached;
    },
  };
}

/** How a fleet's accounts are reached: each role assumed with one STS client, under its own cap. */
function roleReacher(ctx: RunContext, ambient: AwsCredentials, home: string, handler: AwsHandler) {
  const { config, deps, deadline } = ctx;
  const limits = deadline.limits;
  const region = config.regions[0] ?? home;
  let sts: Promise<RoleAssumer> | undefined;
  const assumer = () =>
    (sts ??= handler().then(({ requestHandler }) =>
      roleAssumer(region, ambient, limits, { requestHandler, maxAttempts: 5 }),
    ));
  const stsGate = new Semaphore(MAX_STS_IN_FLIGHT);
  const roleOf = (e: { id: string; roleArn?: string }) =>
    e.roleArn ?? `arn:${config.partition}:iam::${e.id}:role/${config.roleName}`;
  /** An account's role assumed, its keys kept for its own targets' redaction; else why not. */
  const assume = async (e: { id: string; roleArn?: string }): Promise<AwsAccount | string> => {
    const roleArn = roleOf(e);
    if (deadline.stopped) return `not reached: ${deadline.describe()}`;
    try {
      const account = await deadline.race(
        stsGate.run(async () => {
          if (deps.assumeRole) return deps.assumeRole(roleArn, region, ambient, limits);
          const roles = await assumer();
          try {
            return await roles.assume(roleArn);
          } catch (error) {
            throw new UserError(whyUnassumable(error, roleArn, limits));
          }
        }),
      );
      const c = account.credentials as AwsCredentialIdentity | undefined;
      // Hidden in what the account's targets produce (targets.ts), not in the whole run's redaction.
      account.confidential = [c?.secretAccessKey, c?.sessionToken].filter((v): v is string =>
        Boolean(v),
      );
      return account;
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      return error.message;
    }
  };
  const close = () =>
    void sts?.then(
      (s) => s.destroy(),
      () => undefined,
    );
  return { assume, roleOf, close };
}

/** An account whose role could not be assumed: its record says why, and so does a finding. */
function unreachableAccount(
  { config, report }: RunContext,
  record: AccountReport | undefined,
  id: string,
  why: string,
): void {
  if (record) {
    record.status = 'unreachable';
    record.detail = why;
  }
  report.findings.push({
    kind: 'account-unreachable',
    account: id,
    message: `Account ${id}${record?.name ? ` (${record.name})` : ''} could not be reached: ${why} Nothing in it was ${config.mode === 'sync' ? 'imported' : 'read'}.`,
  });
}

/** What the log says when the fleet's roles start to be assumed. */
function assumingLine(config: Config, n: number): string {
  return `Assuming ${config.roleName ? `the role ${config.roleName}` : 'the roles'} in ${n} account${n === 1 ? '' : 's'}, a few at a time as their turn comes...`;
}

/** A record per account listed: worked on, or excluded or skipped, and why. */
function accountRecords(
  config: Config,
  listed: Listed[],
  mine: Listed[],
  source: string,
  warnings: string[],
): { records: AccountReport[]; excluded: Set<string> } {
  const records: AccountReport[] = mine.map((a) => ({
    id: a.id,
    ...(a.name ? { name: a.name } : {}),
    ...(a.state ? { state: a.state } : {}),
    source,
    status: 'worked',
    regions: [],
    regionsDone: [],
    regionsUnreachable: [],
  }));
  const excluded = new Set(config.excludeAccounts);
  for (const id of excluded)
    if (!listed.some((a) => a.id === id))
      warnings.push(
        `${config.names.excludeAccounts} names ${id}, which ${source === 'accounts' ? `${config.names.accounts} does not list` : `is not among the accounts of ${source}`}.`,
      );
  for (const r of records) {
    if (excluded.has(r.id)) {
      r.status = 'excluded';
      r.detail = `left out by ${config.names.excludeAccounts}`;
    } else if (r.state === 'unreadable') {
      r.status = 'skipped';
      r.detail = `its state is unreadable: Organizations answered a value that is none of ${['ACTIVE', 'SUSPENDED', 'PENDING_ACTIVATION', 'PENDING_CLOSURE', 'CLOSED'].join(', ')}`;
    } else if (r.state && r.state !== 'ACTIVE') {
      r.status = 'skipped';
      r.detail = `its state is ${r.state}: only ACTIVE accounts are used`;
    }
  }
  return { records, excluded };
}

/** What the log says while the accounts are listed. */
function listingLine(source: AccountsSource, optionName: string): string {
  if (source.kind === 'organization') return "Listing the organization's accounts...";
  if (source.kind === 'ou') return `Listing the accounts under ${source.ou}...`;
  const n = source.ids.length;
  return `Checking the ${n} account${n === 1 ? '' : 's'} named in ${optionName}...`;
}

/** How the report names where the accounts came from. */
function sourceName(source: AccountsSource): string {
  return source.kind === 'organization'
    ? 'organization'
    : source.kind === 'ou'
      ? `ou:${source.ou}`
      : 'accounts';
}

type Answered = { Id?: string; Name?: string; State?: string; Status?: string };
type OrganizationsSdk = typeof import('@aws-sdk/client-organizations');
/** Every page of one listing, under its caps. */
type Pages = <T>(
  operation: keyof typeof LISTINGS,
  page: (token?: string) => Promise<{ items: T[]; next?: string }>,
) => Promise<T[]>;

/**
 * The accounts as listed, checked where they are read: an ID that is not 12 digits is never
 * used (it would build an ARN), a repeated one is used once, a state outside the documented
 * values is `unreadable` (never ACTIVE).
 */
function shapeAccounts(answered: Answered[], operation: string, warnings: string[]): Listed[] {
  const { names: ids, problem } = checkedNames(
    answered.map((a) => a.Id),
    isAccountId,
    {
      items: 'account IDs',
      shape: 'an account ID is 12 digits',
      source: `AWS Organizations ${operation}`,
    },
  );
  if (problem) warnings.push(problem);
  const byId = new Map(answered.map((a) => [a.Id, a]).reverse() as Array<[string, Answered]>);
  return ids.map((id) => {
    const a = byId.get(id)!;
    // State is the newer field (five values); Status is the older one, to be retired.
    const state = accountState(a);
    return { id, ...(a.Name ? { name: outside(a.Name) } : {}), ...(state ? { state } : {}) };
  });
}

/**
 * An OU: its accounts, and those of every OU under it, each level's OUs at once. Each OU
 * is walked once (an answer that lists an OU under itself cannot loop), at most
 * MAX_OU_DEPTH levels down and MAX_OUS in all.
 */
async function walkOu(
  ou: string,
  client: InstanceType<OrganizationsSdk['OrganizationsClient']>,
  sdk: OrganizationsSdk,
  pages: Pages,
  limits: CallLimits,
  warnings: string[],
): Promise<Answered[]> {
  const found: Answered[] = [];
  const walked = new Set<string>([ou]);
  let level = [ou];
  for (let depth = 0; level.length > 0; depth++) {
    if (depth > MAX_OU_DEPTH)
      throw new ListingError(
        `AWS Organizations ListChildren listed OUs more than ${MAX_OU_DEPTH} levels below ou:${ou}, deeper than Organizations nests them, so the listing was stopped.`,
      );
    const next: string[][] = await Promise.all(
      level.map(async (ParentId) => {
        const [accounts, units] = await Promise.all([
          pages('listAccountsForParent', async (NextToken) => {
            const out = await client.send(
              new sdk.ListAccountsForParentCommand({ ParentId, NextToken, MaxResults: 20 }),
              sendOptions(limits),
            );
            return { items: out.Accounts ?? [], next: out.NextToken };
          }),
          pages('listChildren', async (NextToken) => {
            const out = await client.send(
              new sdk.ListChildrenCommand({
                ParentId,
                ChildType: 'ORGANIZATIONAL_UNIT',
                NextToken,
                MaxResults: 20,
              }),
              sendOptions(limits),
            );
            return { items: out.Children ?? [], next: out.NextToken };
          }),
        ]);
        found.push(...accounts);
        const { names: ous, problem } = checkedNames(
          units.map((u) => u.Id),
          (id): id is string =>
            typeof id === 'string' && /^ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}$/.test(id),
          {
            items: 'OU IDs',
            shape: 'an OU ID is ou- and two groups of letters and digits',
            source: 'AWS Organizations ListChildren',
          },
        );
        if (problem) warnings.push(problem);
        return ous;
      }),
    );
    level = [];
    for (const unit of next.flat()) {
      if (walked.has(unit)) continue;
      walked.add(unit);
      level.push(unit);
    }
    if (walked.size > MAX_OUS)
      throw new ListingError(
        `AWS Organizations ListChildren listed more than ${MAX_OUS.toLocaleString('en-US')} OUs under ou:${ou}, more than an organization may have, so the listing was stopped.`,
      );
    if (found.length > LISTINGS.listAccountsForParent.maxItems)
      throw new ListingError(
        `AWS Organizations ListAccountsForParent listed more than ${LISTINGS.listAccountsForParent.maxItems.toLocaleString('en-US')} accounts under ou:${ou}, the most this tool reads (docs/reliability.md#bounds), so the listing was stopped.`,
      );
  }
  return found;
}

/**
 * The accounts of `accounts`: as given, or listed by Organizations (paginated, under the run's
 * cap), with the organization they are in (DescribeOrganization, read while they are listed).
 */
async function listAccounts(
  config: Config,
  source: AccountsSource,
  ambient: AwsCredentials,
  home: string,
  limits: CallLimits,
  warnings: string[],
  handler: AwsHandler,
): Promise<{ accounts: Listed[]; organization?: OrganizationReport }> {
  if (source.kind === 'ids') return { accounts: source.ids.map((id) => ({ id })) };
  const sdk = await import('@aws-sdk/client-organizations');
  const client = new sdk.OrganizationsClient({
    region: home,
    credentials: ambient,
    customUserAgent: USER_AGENT,
    maxAttempts: 5,
    ...(await handler()),
  });
  const call = async <T>(operation: string, send: () => Promise<T>): Promise<T> => {
    try {
      return await gated(limits, send);
    } catch (error) {
      throw organizationsError(error, operation, config, source, limits);
    }
  };
  /** Every page of one listing, under its caps. */
  const pages: Pages = (operation, page) => {
    const listing = LISTINGS[operation];
    const name = listing.what.split(' ').pop()!;
    return allPages((token) => call(name, () => page(token)), listing);
  };
  // Not needed to list: a policy without it costs the organization's ID in the report, not the run.
  const organization = call('DescribeOrganization', () =>
    client.send(new sdk.DescribeOrganizationCommand({}), sendOptions(limits)),
  ).then(
    ({ Organization: o }): OrganizationReport | undefined =>
      o?.Id
        ? {
            id: identifier(o.Id),
            ...(o.MasterAccountId ? { managementAccount: identifier(o.MasterAccountId) } : {}),
          }
        : undefined,
    (error: unknown) => {
      if (!/AccessDenied/i.test((error as { code?: string }).code ?? '')) throw error;
      warnings.push(
        `organizations:DescribeOrganization was denied, so the organization's ID is not in the report: add it to the caller's policy (examples/iam-policy-organization.json).`,
      );
      return undefined;
    },
  );
  organization.catch(() => undefined); // awaited below, after the listing's own failure if any
  try {
    if (source.kind === 'organization') {
      const accounts = await pages('listAccounts', async (NextToken) => {
        const out = await client.send(
          new sdk.ListAccountsCommand({ NextToken, MaxResults: 20 }),
          sendOptions(limits),
        );
        return { items: out.Accounts ?? [], next: out.NextToken };
      });
      return {
        accounts: shapeAccounts(accounts, 'ListAccounts', warnings),
        organization: await organization,
      };
    }
    const found = await walkOu(source.ou, client, sdk, pages, limits, warnings);
    return {
      accounts: shapeAccounts(found, 'ListAccountsForParent', warnings),
      organization: await organization,
    };
  } finally {
    client.destroy();
  }
}

/** A refused or failed listing, with the permission and the delegated-administrator route. */
function organizationsError(
  error: unknown,
  operation: string,
  config: Config,
  source: AccountsSource,
  limits: CallLimits,
): UserError {
  const e = error as { name?: string; message?: string };
  const said = e.message ? ` AWS said: ${e.message}` : '';
  const byId = `or name the account IDs in ${config.names.accounts} (they are then not looked up)`;
  if (/AccessDenied/i.test(e.name ?? ''))
    return new AwsCallError(
      `Listing the accounts (organizations:${operation}) was refused.${said} Only the organization's management account, or a delegated administrator for AWS Organizations, may list them, with organizations:ListAccounts, organizations:ListChildren, organizations:ListAccountsForParent and organizations:DescribeOrganization (examples/iam-policy-organization.json). To run from another account, make it a delegated administrator: in the management account, attach an Organizations resource-based delegation policy (organizations:PutResourcePolicy) that allows it those actions; ${byId}.`,
      e.name ?? 'AccessDenied',
    );
  if (e.name === 'AWSOrganizationsNotInUseException')
    return new AwsCallError(
      `Listing the accounts (organizations:${operation}) failed: the caller's account is not in an organization.${said} Run from the organization's management account or a delegated administrator, ${byId}.`,
      e.name,
    );
  if (e.name === 'ParentNotFoundException' && source.kind === 'ou')
    return new AwsCallError(
      `${config.names.accounts} names ou:${source.ou}, which this organization does not have.${said} Check the OU ID in the Organizations console (ou-xxxx-xxxxxxxx).`,
      e.name,
    );
  return describeAwsError(
    error,
    `AWS Organizations ${operation}`,
    `organizations:${operation}`,
    limits,
  );
}

/** Runs an AWS call under the run's cap on calls in flight. */
function gated<T>(limits: CallLimits, send: () => Promise<T>): Promise<T> {
  return limits.gate ? limits.gate.run(send) : send();
}

/** Why an account's enabled regions could not be read, as a warning: every offered region is then tried. */
function enabledRegionsUnread(error: unknown, a: AwsAccount, limits: CallLimits): string {
  if (error instanceof ListingError)
    return `The enabled regions of ${a.id ? `account ${a.id}` : 'the account'} could not be read, so every region where CodeBuild is offered is tried there. ${error.message}`;
  const why = describeAwsError(
    error,
    `Account ListRegions${a.id ? ` in ${a.id}` : ''}`,
    'account:ListRegions',
    limits,
  ).message;
  // AWS's words from inside the account: its own secrets hidden, as in its targets' rows.
  const scope = new Secrets();
  for (const value of a.confidential ?? []) scope.add(value);
  return scope.redact(
    `The enabled regions of ${a.id ? `account ${a.id}` : 'the account'} could not be read, so every region where CodeBuild is offered is tried there; those that refuse are reported as region-unreachable. ${why}`,
  );
}

/** Regions found per account for `aws-region: all`: where CodeBuild is offered, and an account's own. */
interface RegionFinder {
  /** Where CodeBuild is offered (read once, from the start of the run). */
  offered: Promise<string[]>;
  /** Where it is offered and enabled in an account: all offered ones when its own cannot be read. */
  of(account: AwsAccount): Promise<string[]>;
}

/**
 * `aws-region: all`: where CodeBuild is offered (read once, with the caller's credentials, from
 * now) and, per account, which of those regions are enabled there (read as each is reached). An
 * account whose enabled regions cannot be read gets every offered region, with a warning: the
 * ones it refuses are reported, not dropped.
 */
function regionFinder(
  ctx: RunContext,
  ambient: AwsCredentials,
  home: string,
  handler: AwsHandler,
): RegionFinder {
  const { deps, report, deadline } = ctx;
  const limits = deadline.limits;
  deps.logger.info('Finding the regions where CodeBuild is offered and enabled...');
  const sdks = Promise.all([import('@aws-sdk/client-ssm'), import('@aws-sdk/client-account')]);
  const offered = readOffered(ctx, ambient, home, sdks, handler);
  offered.catch(() => undefined); // awaited by `of`
  // Accounts whose regions are being read at once (each read is one call at a time, under the run's cap).
  const gate = new Semaphore(MAX_STS_IN_FLIGHT);
  const read = (a: AwsAccount) =>
    gate.run(async () => {
      const [, account] = await sdks;
      const client = new account.AccountClient({
        region: home,
        credentials: a.credentials,
        customUserAgent: USER_AGENT,
        maxAttempts: 5,
        ...(await handler()),
      });
      try {
        const regions = await allPages(async (NextToken) => {
          const out = await gated(limits, () =>
            client.send(
              new account.ListRegionsCommand({
                RegionOptStatusContains: ['ENABLED', 'ENABLED_BY_DEFAULT'],
                MaxResults: 50,
                NextToken,
              }),
              sendOptions(limits),
            ),
          );
          return { items: out.Regions ?? [], next: out.NextToken };
        }, LISTINGS.regionsEnabled);
        const { names, problem } = checkedRegionNames(
          regions.map((r) => r.RegionName),
          `AWS Account ListRegions${a.id ? ` in ${a.id}` : ''}`,
        );
        if (problem) report.warnings.push(problem);
        return new Set(names);
      } catch (error) {
        report.warnings.push(enabledRegionsUnread(error, a, limits));
        return undefined;
      } finally {
        client.destroy();
      }
    });
  return {
    offered,
    async of(account) {
      const [all, names] = await Promise.all([offered, read(account)]);
      return names ? all.filter((r) => names.has(r)) : all;
    },
  };
}

/** Where CodeBuild is offered: the public Systems Manager parameters, sorted. */
async function readOffered(
  ctx: RunContext,
  ambient: AwsCredentials,
  home: string,
  sdks: Promise<[typeof import('@aws-sdk/client-ssm'), unknown]>,
  handler: AwsHandler,
): Promise<string[]> {
  const limits = ctx.deadline.limits;
  const [ssm] = await sdks;
  const client = new ssm.SSMClient({
    region: home,
    credentials: ambient,
    customUserAgent: USER_AGENT,
    maxAttempts: 5,
    ...(await handler()),
  });
  let offered: string[];
  try {
    const parameters = await allPages(async (NextToken) => {
      const out = await gated(limits, () =>
        client.send(
          new ssm.GetParametersByPathCommand({
            Path: CODEBUILD_REGIONS_PATH,
            MaxResults: 10,
            NextToken,
          }),
          sendOptions(limits),
        ),
      );
      return { items: out.Parameters ?? [], next: out.NextToken };
    }, LISTINGS.regionsOffered);
    const { names, problem } = checkedRegionNames(
      parameters.map((p) => p.Value),
      `AWS Systems Manager ${CODEBUILD_REGIONS_PATH}`,
    );
    if (problem) ctx.report.warnings.push(problem);
    offered = names;
  } catch (error) {
    if (error instanceof ListingError) throw error;
    throw describeAwsError(
      error,
      `Reading where CodeBuild is offered (Systems Manager public parameters ${CODEBUILD_REGIONS_PATH} in ${home})`,
      `ssm:GetParametersByPath on arn:${ctx.config.partition}:ssm:${home}::parameter/aws/service/global-infrastructure/*`,
      limits,
    );
  } finally {
    client.destroy();
  }
  if (offered.length === 0)
    throw new AwsCallError(
      `Systems Manager in ${home} listed no region under ${CODEBUILD_REGIONS_PATH}, so the regions where CodeBuild is offered are unknown. Name the regions instead of all.`,
      'NoRegions',
    );
  return offered.sort();
}

/** After the mode: each account's regions done and refused, from the region rows. */
export function summarizeAccounts(report: Report): void {
  const done = new Map<string | undefined, string[]>();
  const refused = new Map<string | undefined, string[]>();
  const add = (to: typeof done, account: string | undefined, region: string) => {
    const list = to.get(account);
    if (list) list.push(region);
    else to.set(account, [region]);
  };
  for (const r of report.regions)
    if (r.status !== 'error' && r.action !== 'failed') add(done, r.account, r.region);
  for (const f of report.findings)
    if (f.kind === 'region-unreachable' && f.region) add(refused, f.account, f.region);
  for (const record of report.accounts ?? []) {
    record.regionsDone = done.get(record.id) ?? [];
    record.regionsUnreachable = refused.get(record.id) ?? [];
  }
}
