// The account × region targets of a run, and what every mode does with them: validate the
// credential once, work on each target under the run's cap and deadline, inspect its
// projects, judge what it holds. run.ts resolves the targets; modes/ holds each mode.
import {
  accountOfArn,
  type AwsAccount,
  type AwsCredentials,
  type CodeBuildRegion,
  loadConnections,
  loadProjects,
  type RegionInspection,
  type StoredCredential,
  type WebIdentity,
} from '../aws/index.js';
import type { Config } from '../config/index.js';
import { RunDeadline, RunStopped, Waiting, type CallLimits } from '../wire/index.js';
import { type Logger, outside, UserError } from '../base/index.js';
import { Secrets } from '../trust/index.js';
import type { DriftFinding, RegionReport, Report, TokenReport } from '../report/index.js';
import { validateCredential, type Verdict } from './validate.js';
import { loadWebhooks, type ProviderCredential } from '../providers/index.js';
import { count, progress } from './progress.js';

/**
 * Account × region targets (and role assumptions) worked on at once, across the whole run.
 * CodeBuild's rate limits are per account and region, so the targets do not compete for
 * them; what they share is this process and its sockets (one keep-alive pool, codebuild.ts).
 * The cap is what bounds the open connections and the TLS handshakes in flight: 64 keeps
 * a 10-account × 17-region run to a few rounds of calls without opening hundreds of
 * sockets at once. A sync's calls within one target stay in order (import, then the
 * confirming list); check reads a target's credential and projects at once. Throttling
 * is left to the SDK's retry with backoff.
 */
export const MAX_TARGETS_IN_FLIGHT = 64;

/** One region of one account. */
export interface Target {
  region: string;
  account: AwsAccount;
  client?: CodeBuildRegion;
  /** Makes the client when the target's turn comes (fleet runs: thousands of targets). */
  open?: () => CodeBuildRegion;
  /** Why this target cannot be worked on (its role could not be assumed). */
  unusable?: string;
  /** The call this target is waiting for, named when the run stops. */
  waiting: Waiting;
  /** Why nothing is tried here: a run-wide cause the report's errors state once. */
  notAttempted?: string;
}

export interface RunDependencies {
  logger: Logger;
  now?: () => Date;
  sleep?: (ms: number) => Promise<void>;
  /** Makes the CodeBuild client of a region in an account; tests may inject their own. */
  codebuild?: (region: string, account: AwsAccount, limits: CallLimits) => CodeBuildRegion;
  assumeRole?: (
    roleArn: string,
    region: string,
    source: AwsCredentials,
    limits: CallLimits,
  ) => Promise<AwsAccount>;
  /** The run's deadline and cancellation (the front door stops it on SIGTERM/SIGINT); else one from `timeout-seconds`. */
  deadline?: RunDeadline;
  /**
   * What must never be printed. The entry point adds what it knows (the token, the
   * workflow token, AWS keys); values found at run time (the token inside a secret,
   * AWS credentials from STS) are added here. The logger's lines and the returned
   * Report are redacted with it before they leave the core.
   */
  secrets?: Secrets;
  /** Where the run happens (workflow, repository, build), copied into the report. */
  context?: Record<string, string>;
  /** The pipe's OIDC web identity (AWS_OIDC_ROLE_ARN): used in memory, instead of the default chain. */
  webIdentity?: WebIdentity;
  /**
   * Told each target's row once it is final (its account's keys hidden in it), in the
   * report's order: the report file writes it then, not at the end (report/file.ts).
   */
  onRowFinal?: (row: RegionReport) => void;
}

/**
 * A fleet's targets as its accounts are reached (fleet.ts): an account's role is assumed as
 * its turn comes, and its keys are let go once its targets are done. `targets` grows as
 * they are handed out.
 */
export interface TargetStream {
  /** The next account's targets, in the order of the list; undefined once none is left. */
  next(): Promise<Target[] | undefined>;
  /** Accounts to work on, and those found unreachable so far. */
  readonly accounts: number;
  unreachable: number;
  /** Every account has been reached or found unreachable. */
  complete: boolean;
  /** Every target of the account is done: nothing signs with its keys again. */
  release(account: AwsAccount): void;
  /** The fleet's account of an ID (else its first), its role assumed when its keys are first asked for. */
  accountOf(id: string | undefined): AwsAccount | undefined;
  /** Ends what reaching the accounts holds (its STS client). */
  close(): void;
}

export interface RunContext {
  config: Config;
  deps: RunDependencies;
  report: Report;
  now: () => Date;
  /** Every target, or (a fleet) those handed out so far by `stream`. */
  targets: Target[];
  stream?: TargetStream;
  deadline: RunDeadline;
  /** Ends what the run's CodeBuild clients share (their sockets), when the run is over. */
  closeClients?: () => void;
  /** The run's one validation, once started (see `validated`). */
  validation?: ReturnType<typeof validate>;
}

export type RegionResult = Omit<RegionReport, 'region' | 'account'>;

/** The run's validation: started by the first caller, shared by the rest. */
export function validated(ctx: RunContext): ReturnType<typeof validate> {
  return (ctx.validation ??= validate(ctx));
}

/** Validates the credential and records the token and warnings in the report. */
async function validate(
  ctx: RunContext,
): Promise<{ verdict: Verdict; problem?: string; credential?: ProviderCredential }> {
  const waiting = new Waiting();
  let validation;
  try {
    validation = await ctx.deadline.race(
      validateCredential(ctx.config, {
        ...ctx.deps,
        now: ctx.now,
        credentialsFor: (arn) => accountFor(ctx, arn)?.credentials,
        limits: { ...ctx.deadline.limits, waiting },
      }),
      waiting,
    );
  } catch (error) {
    if (!(error instanceof RunStopped)) throw error;
    return {
      verdict: 'unavailable',
      problem: `${capitalize(error.message)}, so the credential was not proven good.`,
    };
  }
  const { token, warnings, verdict, problem, credential } = validation;
  ctx.report.token = token;
  ctx.report.warnings.push(...warnings);
  return { verdict, problem, credential: token?.accepted ? credential : undefined };
}

/** The project inspection of a run: the work per target, and the module's helpers for the rows. */
export interface Inspection {
  inspect(client: CodeBuildRegion, target: Target): Promise<RegionInspection>;
  module: Awaited<ReturnType<typeof loadProjects>>;
}

/**
 * The project inspection of a run (inspect-projects), loaded only when it is on. Webhooks are
 * read with `credential`, the token the provider accepted; without one they are not checked.
 */
export async function projectInspector(
  ctx: RunContext,
  credential: ProviderCredential | undefined,
  noHooksBecause: string,
): Promise<Inspection | undefined> {
  const { config, deps } = ctx;
  if (!config.inspectProjects) return undefined;
  const [module, { webhookReader }, { inspectConnection }] = await Promise.all([
    loadProjects(),
    loadWebhooks(),
    loadConnections(),
  ]);
  const hooks = credential
    ? webhookReader({
        ...config,
        credential,
        logger: deps.logger,
        sleep: deps.sleep,
        limits: ctx.deadline.limits,
      })
    : undefined;
  // One GetConnection per connection per run, whatever the number of projects or regions.
  const connections = new Map<string, Promise<TokenReport | undefined>>();
  const connection =
    config.mode === 'inventory'
      ? undefined
      : (arn: string, sourceType: typeof config.serverType) => {
          let judged = connections.get(arn);
          if (!judged) {
            judged = inspectConnection(
              arn,
              sourceType,
              accountFor(ctx, arn)?.credentials,
              ctx.deadline.limits,
            ).then(
              (r) => r.token,
              (error: unknown) => {
                if (!(error instanceof UserError)) throw error;
                ctx.report.warnings.push(
                  `A project's connection was not checked: ${error.message}`,
                );
                return undefined;
              },
            );
            connections.set(arn, judged);
          }
          return judged;
        };
  return {
    module,
    inspect: (client, target) =>
      module.inspectRegion(
        client,
        { region: target.region, ...(target.account.id ? { account: target.account.id } : {}) },
        {
          serverTypes: config.serverTypes,
          hooks,
          noHooksBecause,
          connection,
          logger: deps.logger,
          secrets: deps.secrets,
        },
      ),
  };
}

/**
 * Inspects a target's projects for check and sync. A refused ListProjects or BatchGetProjects
 * is a warning there (the credential result stands); inventory lets it fail the region.
 */
export async function inspectOrWarn(
  ctx: RunContext,
  inspection: Inspection,
  client: CodeBuildRegion,
  target: Target,
): Promise<RegionInspection | undefined> {
  return recordInspection(ctx, target, await readProjects(inspection, client, target));
}

/** The inspection of a target, or the refusal that stopped it. */
export async function readProjects(
  inspection: Inspection,
  client: CodeBuildRegion,
  target: Target,
): Promise<RegionInspection | UserError> {
  try {
    return await inspection.inspect(client, target);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return error;
  }
}

/** Adds an inspection's findings and warnings to the report (or says why there is none). */
export function recordInspection(
  ctx: RunContext,
  target: Target,
  inspected: RegionInspection | UserError,
): RegionInspection | undefined {
  if (inspected instanceof UserError) {
    ctx.report.warnings.push(
      `The projects of ${placeOf(target)} were not inspected: ${inspected.message} To skip them instead, set ${ctx.config.names.inspectProjects} to false.`,
    );
    return undefined;
  }
  ctx.report.findings.push(...inspected.findings);
  ctx.report.warnings.push(...inspected.warnings);
  return inspected;
}

export function placeOf(target: Target): string {
  return `${target.account.id ? `${target.account.id}/` : ''}${target.region}`;
}

/** The account whose credentials can read an ARN's resource: the one it belongs to, else the ambient one. */
export function accountFor({ targets, stream }: RunContext, arn: string): AwsAccount | undefined {
  const id = accountOfArn(arn);
  if (stream) return stream.accountOf(id);
  return (
    targets.find((t) => t.account.id === id && !t.unusable) ?? targets.find((t) => !t.unusable)
  )?.account;
}

/** Every target of the run: a fleet's stream drained (its accounts reached), without working on them. */
export async function allTargets(ctx: RunContext): Promise<Target[]> {
  for (let batch; ctx.stream && (batch = await ctx.stream.next());) ctx.targets.push(...batch);
  return ctx.targets;
}

/** Runs each target's work with bounded concurrency; an AWS failure becomes that target's error row. */
export async function perTarget(
  ctx: RunContext,
  work: (
    client: CodeBuildRegion,
    target: Target,
  ) => Promise<Omit<RegionReport, 'region' | 'account'>>,
): Promise<void> {
  const { targets, stream } = ctx;
  const rows: RegionReport[] = [];
  const release = accountReleases(ctx, rows);
  const final = inOrder(rows, ctx.deps.onRowFinal);
  const shared = sharing();
  // Accounts done: those whose every target is done (a fleet's targets come account by account).
  const left = new Map<string | undefined, number>();
  const counted = (batch: readonly Target[]) => {
    for (const t of batch) {
      left.set(t.account.id, (left.get(t.account.id) ?? 0) + 1);
      release.add(t);
    }
  };
  counted(targets);
  let accounts = left.size;
  let finished = 0;
  let done = 0;
  let failed = 0;
  const ticker = progress(ctx.deps.logger, () => {
    const fleet = fleetRun(ctx.config) && (stream ? stream.accounts : accounts) > 1;
    const of = stream && !stream.complete ? '' : ` of ${count(targets.length)}`;
    const accountsDone = stream ? finished + stream.unreachable : accounts - left.size;
    return `${count(done)}${of} targets done${fleet ? ` (${count(accountsDone)} of ${count(stream ? stream.accounts : accounts)} accounts)` : ''}, ${count(failed)} failed so far.`;
  });
  // The next target's place; a fleet's next account is reached when the last one's are all handed out.
  let next = 0;
  let more: Promise<void> | undefined;
  let stop = false;
  const take = async (): Promise<number | undefined> => {
    while (next >= targets.length && !stop) {
      if (!stream || stream.complete) return undefined;
      await (more ??= stream.next().then((batch) => {
        more = undefined;
        if (!batch) return;
        counted(batch);
        accounts = left.size;
        targets.push(...batch);
      }));
    }
    return stop ? undefined : next++;
  };
  try {
    await Promise.all(
      Array.from({ length: MAX_TARGETS_IN_FLIGHT }, async () => {
        for (let i = await take(); i !== undefined; i = await take()) {
          const target = targets[i]!;
          release.started(target);
          try {
            rows[i] = shared(await targetRow(ctx, target, work));
          } catch (error) {
            stop = true; // a bug: nothing more starts (as mapLimit)
            throw error;
          }
          const row = rows[i]!;
          final(release.done(target, i));
          done++;
          if (row.status === 'error') failed++;
          const n = left.get(target.account.id)! - 1;
          if (n > 0) left.set(target.account.id, n);
          else {
            left.delete(target.account.id);
            finished++;
          }
          // A fleet's target done keeps its place only (the findings' order): not its client's
          // maker, nor what it waited for. Thousands of targets hold no more than that.
          if (target.open)
            targets[i] = { region: target.region, account: target.account, waiting: SETTLED };
        }
      }),
    );
  } finally {
    ticker.stop();
  }
  ctx.report.regions = rows;
}

/** What a finished target waits for: nothing. */
const SETTLED = new Waiting();

/** Texts most rows repeat (an auth type, "holds a … credential; 1 project uses it"), kept once each per run. */
const SHARED_MAX = 4096;

/** Rows whose repeated texts are the ones other rows of the run hold: a fleet's rows are most of its memory. */
function sharing(): (row: RegionReport) => RegionReport {
  const texts = new Map<string, string>();
  const one = (text: string) => {
    const known = texts.get(text);
    if (known !== undefined) return known;
    if (texts.size < SHARED_MAX) texts.set(text, text);
    return text;
  };
  return (row) => {
    row.detail = one(row.detail);
    if (row.authType !== undefined) row.authType = one(row.authType);
    return row;
  };
}

/**
 * Hands on each row once final, in the report's order: those after a row still running wait
 * (a few, as targets are taken in order). Told the rows that became final.
 */
function inOrder(
  rows: readonly RegionReport[],
  onRow: ((row: RegionReport) => void) | undefined,
): (indices: readonly number[]) => void {
  const ready = new Set<number>();
  let handed = 0;
  return (indices) => {
    if (!onRow) return;
    for (const i of indices) ready.add(i);
    while (ready.delete(handed)) onRow(rows[handed++]!);
  };
}

/** One target's row: its work's result, or why it failed or was not reached. */
async function targetRow(
  ctx: RunContext,
  target: Target,
  work: (
    client: CodeBuildRegion,
    target: Target,
  ) => Promise<Omit<RegionReport, 'region' | 'account'>>,
): Promise<RegionReport> {
  const { deadline } = ctx;
  const where = {
    region: target.region,
    ...(target.account.id ? { account: target.account.id } : {}),
  };
  if (target.notAttempted)
    return {
      ...where,
      action: 'not-attempted',
      status: 'error',
      detail: target.notAttempted,
    } satisfies RegionReport;
  if (!target.client && !target.open)
    return {
      ...where,
      action: 'failed',
      status: 'error',
      detail: target.unusable ?? 'no client',
    } satisfies RegionReport;
  // Nothing new starts once the run has stopped.
  if (deadline.stopped) return { ...where, ...notReached(ctx) };
  const client = (target.client ??= target.open!());
  try {
    return { ...where, ...(await deadline.race(work(client, target), target.waiting)) };
  } catch (error) {
    if (error instanceof RunStopped) return { ...where, ...stoppedIn(ctx, target, error) };
    if (!(error instanceof UserError)) throw error;
    const refused = fleetRun(ctx.config) ? regionRefusal(error) : undefined;
    if (refused) {
      // AWS's own words, not the advice to add a permission: an SCP is not lifted that way.
      const said = error.message.split(' AWS said: ')[1];
      const message = `${placeOf(target)} is enabled but refused the run: ${refused}, so nothing there was ${ctx.config.mode === 'sync' ? 'imported' : 'read'}.${said ? ` AWS said: ${said}` : ` ${error.message}`}`;
      ctx.report.findings.push({ kind: 'region-unreachable', ...where, message });
      return {
        ...where,
        action: 'failed',
        status: 'drift',
        detail: message,
      } satisfies RegionReport;
    }
    return {
      ...where,
      action: 'failed',
      status: 'error',
      detail: error.message,
    } satisfies RegionReport;
  } finally {
    // A client opened for its turn goes with it: a fleet never holds thousands at once.
    if (target.open) {
      client.destroy();
      target.client = undefined;
    }
  }
}

/**
 * An account's own secrets (an assumed role's keys) are hidden in what its targets produced
 * (their rows, and the findings, warnings and errors added while they ran) once its last
 * target is done, with a redaction of those few values alone, then dropped. The run's
 * redaction thus holds the run's secrets, not every account's: it grew by about half a MB
 * per account (docs/performance.md).
 */
function accountReleases(ctx: RunContext, rows: RegionReport[]) {
  const { report } = ctx;
  interface Open {
    left: number;
    targets: number[];
    from?: { findings: number; warnings: number; errors: number };
  }
  const open = new Map<AwsAccount, Open>();
  return {
    /** A target to wait for before its account's keys are let go. */
    add(t: Target) {
      if (!t.account.confidential?.length) return;
      const o = open.get(t.account);
      if (o) o.left++;
      else open.set(t.account, { left: 1, targets: [] });
    },
    started(target: Target) {
      const o = open.get(target.account);
      if (o && !o.from)
        o.from = {
          findings: report.findings.length,
          warnings: report.warnings.length,
          errors: report.errors.length,
        };
    },
    /** The rows now final: this one, or once its account's last target is done, all of the account's. */
    done(target: Target, i: number): readonly number[] {
      const o = open.get(target.account);
      if (!o) return [i];
      o.targets.push(i);
      if (--o.left > 0) return [];
      open.delete(target.account);
      const scope = new Secrets();
      for (const value of target.account.confidential!) scope.add(value);
      const hide = (text: string) => scope.redact(text);
      for (const t of o.targets) redactInPlace(rows[t]!, hide);
      const from = o.from!;
      for (let f = from.findings; f < report.findings.length; f++)
        redactInPlace(report.findings[f]!, hide);
      for (let w = from.warnings; w < report.warnings.length; w++)
        report.warnings[w] = hide(report.warnings[w]!);
      for (let e = from.errors; e < report.errors.length; e++)
        report.errors[e] = hide(report.errors[e]!);
      ctx.stream?.release(target.account);
      return o.targets;
    },
  };
}

/** Every string of a row or finding redacted where it is (others may still hold the object). */
function redactInPlace(value: object, hide: (text: string) => string): void {
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const v = record[key];
    if (typeof v === 'string') record[key] = hide(v);
    else if (Array.isArray(v))
      v.forEach((item, n) => {
        if (typeof item === 'string') v[n] = hide(item);
        else if (item && typeof item === 'object') redactInPlace(item as object, hide);
      });
    else if (v && typeof v === 'object') redactInPlace(v, hide);
  }
}

/** A run over `accounts` or `aws-region: all`, where a refused account or region is reported as drift. */
export function fleetRun(config: Config): boolean {
  return Boolean(config.accounts) || config.allRegions;
}

/** Why a region refused every call (a service control policy, the role's policy, not enabled), if it did. */
function regionRefusal(error: UserError): string | undefined {
  const code = (error as { code?: string }).code ?? '';
  if (/AccessDenied|UnauthorizedOperation/i.test(code))
    return /service control policy/i.test(error.message)
      ? 'a service control policy denies it'
      : "the role's policy does not allow it";
  if (/UnrecognizedClient|InvalidClientTokenId/i.test(code))
    return 'the account does not accept its credentials there: an opt-in region not enabled for it';
  return undefined;
}

/** What is wrong with the credential a region holds, if anything. */
export function credentialDrift(
  config: Config,
  held: StoredCredential | undefined,
  target?: Target,
): DriftFinding | undefined {
  const where = target
    ? { region: target.region, ...(target.account.id ? { account: target.account.id } : {}) }
    : {};
  const name = target
    ? `${target.account.id ? `${target.account.id}/` : ''}${target.region}`
    : 'the region';
  if (!held) {
    return {
      kind: 'credential-missing',
      ...where,
      message: `${name} holds no ${config.serverType} credential: builds there cannot reach the source. Run sync there.`,
    };
  }
  if (held.authType !== config.authType) {
    return {
      kind: 'auth-type-mismatch',
      ...where,
      message: `${name} holds a ${held.authType} credential, not ${config.authType}. Run sync to replace it, or set the auth type you expect.`,
    };
  }
  const usesResource =
    config.authType === 'CODECONNECTIONS' || config.authType === 'SECRETS_MANAGER';
  if (usesResource && held.resource !== undefined && held.resource !== config.token) {
    return {
      kind: 'resource-mismatch',
      ...where,
      message: `${name} uses ${outside(held.resource)}, not ${config.token}. Run sync to point it at the expected one.`,
    };
  }
  return undefined;
}

/** Whether the mode writes to CodeBuild (so a stop leaves a region's credential in question). */
export function writes(config: Config): boolean {
  return !config.dryRun && (config.mode === 'sync' || config.mode === 'delete');
}

/** A region the run never started on: it holds what it held before. */
export function notReached({ config, deadline }: RunContext): RegionResult {
  return {
    action: 'not-attempted',
    status: 'error',
    detail: `not reached: ${deadline.describe()} before this region started${writes(config) ? ', so it still holds the credential it held before' : ''}`,
  };
}

/** A region the run stopped on: what it was waiting for, and what that means for what it holds. */
export function stoppedIn({ config }: RunContext, target: Target, stop: RunStopped): RegionResult {
  const wrote = target.client?.wrote ?? false;
  const holds = !writes(config)
    ? ''
    : wrote
      ? `; the ${config.mode === 'delete' ? 'delete' : 'import'} was sent, so whether it took effect is unknown: run check to see`
      : '; nothing was written, so it still holds the credential it held before';
  return { action: 'failed', status: 'error', detail: `${stop.message}${holds}` };
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The regions by name up to a few; past that, counted (each has its own line in the report). */
export function describeTargets({ config, targets, stream }: RunContext): string {
  if (stream) {
    const n = stream.accounts;
    const regions = config.allRegions
      ? 'the enabled regions'
      : `${config.regions.length} region${config.regions.length === 1 ? '' : 's'}`;
    return `${regions} of ${count(n)} account${n === 1 ? '' : 's'}`;
  }
  if (fleetRun(config)) {
    const accounts = new Set(targets.map((t) => t.account.id)).size;
    return `${targets.length} region${targets.length === 1 ? '' : 's'} of ${accounts} account${accounts === 1 ? '' : 's'}`;
  }
  const accounts = config.rolesToAssume.length;
  const regions =
    config.regions.length <= 5 ? config.regions.join(', ') : `${config.regions.length} regions`;
  return `${regions}${accounts > 0 ? ` of ${accounts} account${accounts === 1 ? '' : 's'}` : ''}`;
}
