import {
  ambientCredentials,
  assumeRole as stsAssumeRole,
  accountOfArn,
  checkAmbientCredentials,
  regionOfArn,
  type AwsAccount,
  type AwsCredentials,
} from './aws-accounts.js';
import {
  AwsCallError,
  codeBuildClients,
  type CodeBuildRegion,
  type StoredCredential,
} from './codebuild.js';
import type { Config } from './config.js';
import {
  RunDeadline,
  RunStopped,
  Waiting,
  exitCodeForSignal,
  type CallLimits,
} from './deadline.js';
import { mapLimit } from './concurrency.js';
import { UserError } from './errors.js';
import type { Logger } from './logger.js';
import type { RegionInspection } from './projects.js';
import type {
  DriftFinding,
  DriftKind,
  Outcome,
  RegionReport,
  Report,
  TokenReport,
} from './report.js';
import { validateCredential, type Verdict } from './validate.js';
import { Secrets, redactingLogger } from './secrets.js';
import type { ProviderCredential } from './webhooks.js';

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
}

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
interface Target {
  region: string;
  account: AwsAccount;
  client?: CodeBuildRegion;
  /** Why this target cannot be worked on (its role could not be assumed). */
  unusable?: string;
  /** The call this target is waiting for, named when the run stops. */
  waiting: Waiting;
}

interface RunContext {
  config: Config;
  deps: RunDependencies;
  report: Report;
  now: () => Date;
  targets: Target[];
  deadline: RunDeadline;
  /** The validation, when it was started before the targets were resolved. */
  validation?: ReturnType<typeof validate>;
}

/**
 * Runs the configured mode and returns the report, redacted. Throws only for bugs;
 * failures are in the report.
 */
export async function runCredentialSync(
  config: Config,
  dependencies: RunDependencies,
): Promise<Report> {
  const secrets = dependencies.secrets ?? new Secrets();
  const deps = { ...dependencies, secrets, logger: redactingLogger(dependencies.logger, secrets) };
  const now = deps.now ?? (() => new Date());
  const report: Report = {
    tool: 'codebuild-credential-sync',
    version: 1,
    mode: config.mode,
    serverType: config.serverType,
    authType: config.authType,
    dryRun: config.dryRun,
    outcome: 'success',
    drift: false,
    regions: [],
    findings: [],
    warnings: [...config.warnings],
    errors: [],
    ...(config.mode === 'inventory' ? { serverTypes: config.serverTypes } : {}),
    ...(deps.context ? { context: deps.context } : {}),
    generatedAt: now().toISOString(),
  };
  const deadline = deps.deadline ?? new RunDeadline(config.timeoutSeconds);
  const ctx: RunContext = { config, deps, report, now, targets: [], deadline };
  const announce = () =>
    deps.logger.warn(`${capitalize(deadline.describe())}: stopping; the report follows.`);
  deadline.signal.addEventListener('abort', announce, { once: true });
  try {
    if (validatesAlone(config)) {
      // The provider is asked now, while the AWS SDK loads and roles are assumed: both are
      // reads, and nothing is written before both are done. (A rejection is awaited later.)
      ctx.validation = validate(ctx);
      ctx.validation.catch(() => undefined);
    }
    ctx.targets = await resolveTargets(ctx);
    if (config.mode === 'sync') await sync(ctx);
    else if (config.mode === 'check') await check(ctx);
    else if (config.mode === 'inventory') await inventory(ctx);
    else await remove(ctx);
  } finally {
    deadline.signal.removeEventListener('abort', announce);
    for (const t of ctx.targets) t.client?.destroy();
    if (!deps.deadline) deadline.dispose();
  }
  // Findings in target order (they arrive as targets finish): the token's first, then region by region.
  const order = (f: DriftFinding) =>
    f.region === undefined
      ? -1
      : ctx.targets.findIndex((t) => t.region === f.region && t.account.id === f.account);
  report.findings.sort((a, b) => order(a) - order(b));
  if (deadline.reason) reportStop(ctx, deadline.reason);
  report.drift = report.findings.length > 0;
  report.outcome = outcomeOf(report);
  // Every view of the report (text, Markdown, JSON, outputs, report file, drift issue) is made from this copy.
  return secrets.redactAll(report);
}

/**
 * 0 success; 1 failure; 3 drift found by `check` (unless fail-on-drift is false); a run
 * cancelled by SIGINT or SIGTERM, 130 or 143. Invalid configuration is 2.
 */
export function exitCodeFor(report: Report, config: Pick<Config, 'failOnDrift'>): number {
  if (report.stopped && report.stopped !== 'timeout') return exitCodeForSignal(report.stopped);
  if (report.outcome === 'failure') return 1;
  if (report.outcome === 'drift' && config.failOnDrift) return 3;
  return 0;
}

/** sync and check validate a token with its provider alone; a connection or secret needs AWS first. */
function validatesAlone({ mode, authType }: Config): boolean {
  return (
    (mode === 'sync' || mode === 'check') &&
    authType !== 'CODECONNECTIONS' &&
    authType !== 'SECRETS_MANAGER'
  );
}

function outcomeOf(report: Report): Outcome {
  if (
    report.stopped ||
    report.errors.length > 0 ||
    report.regions.some((r) => r.status === 'error')
  )
    return 'failure';
  return report.findings.length > 0 ? 'drift' : 'success';
}

/** Every account (the ambient one, or one per role) × every region. */
async function resolveTargets({ config, deps, deadline }: RunContext): Promise<Target[]> {
  // One credential chain for the ambient identity, resolved once: with OIDC that is
  // one AssumeRoleWithWebIdentity per run, not one per client.
  const ambient = await ambientCredentials(deadline.limits);
  const noCredentials = await stoppable(
    deadline,
    'AWS credentials (the SDK credential chain)',
    () => checkAmbientCredentials(ambient, deps.secrets, deadline.limits),
  );
  let accounts: Array<{ account: AwsAccount; unusable?: string }> = [
    { account: { credentials: ambient }, unusable: noCredentials },
  ];

  if (config.rolesToAssume.length > 0 && !noCredentials) {
    const assume = deps.assumeRole ?? stsAssumeRole;
    deps.logger.info(
      `Assuming ${config.rolesToAssume.length} role${config.rolesToAssume.length === 1 ? '' : 's'}...`,
    );
    accounts = await mapLimit(config.rolesToAssume, MAX_TARGETS_IN_FLIGHT, async (roleArn) => {
      const unusable = await stoppable(deadline, `STS AssumeRole ${roleArn}`, async () => {
        try {
          const account = await assume(roleArn, config.regions[0], ambient, deadline.limits);
          if (account.credentials && typeof account.credentials !== 'function') {
            deps.secrets?.add(account.credentials.secretAccessKey);
            deps.secrets?.add(account.credentials.sessionToken);
          }
          return { account };
        } catch (error) {
          if (!(error instanceof UserError)) throw error;
          return error.message;
        }
      });
      return typeof unusable === 'object'
        ? unusable
        : { account: { id: accountOfArn(roleArn), roleArn }, unusable };
    });
  }
  const make = deps.codebuild ?? (await codeBuildClients());
  return accounts.flatMap(({ account, unusable }) =>
    config.regions.map((region) => {
      const waiting = new Waiting();
      return {
        region,
        account,
        unusable,
        waiting,
        client: unusable ? undefined : make(region, account, { ...deadline.limits, waiting }),
      };
    }),
  );
}

/** Runs `work` unless the run has stopped; a stop becomes the sentence that says so. */
async function stoppable<T>(
  deadline: RunDeadline,
  what: string,
  work: () => Promise<T>,
): Promise<T | string> {
  const waiting = new Waiting();
  waiting.what = what;
  try {
    return await deadline.race(work(), waiting);
  } catch (error) {
    if (error instanceof RunStopped) return `${capitalize(error.message)}.`;
    throw error;
  }
}

/** Validates once per run and records the token and warnings in the report. */
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
interface Inspection {
  inspect(client: CodeBuildRegion, target: Target): Promise<RegionInspection>;
  module: typeof import('./projects.js');
}

/**
 * The project inspection of a run (inspect-projects), loaded only when it is on. Webhooks are
 * read with `credential`, the token the provider accepted; without one they are not checked.
 */
async function projectInspector(
  ctx: RunContext,
  credential: ProviderCredential | undefined,
  noHooksBecause: string,
): Promise<Inspection | undefined> {
  const { config, deps } = ctx;
  if (!config.inspectProjects) return undefined;
  const [module, { webhookReader }, { inspectConnection }] = await Promise.all([
    import('./projects.js'),
    import('./webhooks.js'),
    import('./connections.js'),
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
        { serverTypes: config.serverTypes, hooks, noHooksBecause, connection, logger: deps.logger },
      ),
  };
}

/**
 * Inspects a target's projects for check and sync. A refused ListProjects or BatchGetProjects
 * is a warning there (the credential result stands); inventory lets it fail the region.
 */
async function inspectOrWarn(
  ctx: RunContext,
  inspection: Inspection,
  client: CodeBuildRegion,
  target: Target,
): Promise<RegionInspection | undefined> {
  return recordInspection(ctx, target, await readProjects(inspection, client, target));
}

/** The inspection of a target, or the refusal that stopped it. */
async function readProjects(
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
function recordInspection(
  ctx: RunContext,
  target: Target,
  inspected: RegionInspection | UserError,
): RegionInspection | undefined {
  if (inspected instanceof UserError) {
    ctx.report.warnings.push(
      `The projects of ${placeOf(target)} were not inspected: ${inspected.message} Or set ${ctx.config.names.inspectProjects} to false.`,
    );
    return undefined;
  }
  ctx.report.findings.push(...inspected.findings);
  ctx.report.warnings.push(...inspected.warnings);
  return inspected;
}

function placeOf(target: Target): string {
  return `${target.account.id ? `${target.account.id}/` : ''}${target.region}`;
}

/** The account whose credentials can read an ARN's resource: the one it belongs to, else the ambient one. */
function accountFor({ targets }: RunContext, arn: string): AwsAccount | undefined {
  const id = accountOfArn(arn);
  return (
    targets.find((t) => t.account.id === id && !t.unusable) ?? targets.find((t) => !t.unusable)
  )?.account;
}

/** Runs each target's work with bounded concurrency; an AWS failure becomes that target's error row. */
async function perTarget(
  ctx: RunContext,
  work: (
    client: CodeBuildRegion,
    target: Target,
  ) => Promise<Omit<RegionReport, 'region' | 'account'>>,
): Promise<void> {
  const { deadline } = ctx;
  ctx.report.regions = await mapLimit(ctx.targets, MAX_TARGETS_IN_FLIGHT, async (target) => {
    const where = {
      region: target.region,
      ...(target.account.id ? { account: target.account.id } : {}),
    };
    if (!target.client)
      return {
        ...where,
        action: 'failed',
        status: 'error',
        detail: target.unusable ?? 'no client',
      } satisfies RegionReport;
    // Nothing new starts once the run has stopped.
    if (deadline.stopped) return { ...where, ...notReached(ctx) };
    try {
      return { ...where, ...(await deadline.race(work(target.client, target), target.waiting)) };
    } catch (error) {
      if (error instanceof RunStopped) return { ...where, ...stoppedIn(ctx, target, error) };
      if (!(error instanceof UserError)) throw error;
      return {
        ...where,
        action: 'failed',
        status: 'error',
        detail: error.message,
      } satisfies RegionReport;
    }
  });
}

async function sync(ctx: RunContext): Promise<void> {
  const { config, report, deps } = ctx;
  const { verdict, problem, credential } = await (ctx.validation ?? validate(ctx));
  if (verdict !== 'good') {
    // Nothing lost: a credential that is not proven good is never written.
    report.errors.push(`${problem} Nothing was imported.`);
    report.regions = ctx.targets.map((t) => ({
      region: t.region,
      ...(t.account.id ? { account: t.account.id } : {}),
      action: 'not-attempted',
      status: 'error',
      detail: 'the credential was not proven good',
    }));
    return;
  }
  deps.logger.info(`${config.dryRun ? 'Planning' : 'Importing'} in ${describeTargets(ctx)}...`);
  const inspection = await projectInspector(
    ctx,
    credential,
    'not checked: the credential is a connection, whose token this run cannot use',
  );
  await perTarget(ctx, async (client, target) => {
    const misplaced = misplacedSecret(config, target);
    if (misplaced) return { action: 'not-attempted', status: 'error', detail: misplaced };
    const row = await (config.dryRun ? planImport(config, client) : importInto(config, client));
    if (!inspection || row.status === 'error') return row;
    const inspected = await inspectOrWarn(ctx, inspection, client, target);
    return inspection.module.withProjects(row, inspected, config.serverType);
  });
}

/** CodeBuild only uses a secret in its own account and region. */
function misplacedSecret(config: Config, target: Target): string | undefined {
  if (config.authType !== 'SECRETS_MANAGER') return undefined;
  const region = regionOfArn(config.token);
  const account = accountOfArn(config.token);
  if (region !== target.region || (target.account.id && account !== target.account.id)) {
    return `the secret is in ${account}/${region}; CodeBuild only uses a secret in its own account and region, so this target needs its own secret`;
  }
  return undefined;
}

type RegionResult = Omit<RegionReport, 'region' | 'account'>;

/** should-overwrite false and a credential already there: keep it, with no write at all. */
function keptExisting(config: Config, held: StoredCredential, dryRun: boolean): RegionResult {
  return {
    action: 'kept-existing',
    status: 'ok',
    arn: held.arn,
    authType: held.authType,
    detail: `holds a ${held.authType} credential; ${config.names.shouldOverwrite} is false, so it ${dryRun ? 'would be' : 'was'} kept`,
  };
}

async function planImport(config: Config, client: CodeBuildRegion): Promise<RegionResult> {
  const held = (await client.list(config.serverType))[0];
  if (held && !config.shouldOverwrite) return keptExisting(config, held, true);
  return {
    action: 'would-import',
    status: 'ok',
    arn: held?.arn,
    authType: held?.authType,
    detail: held
      ? `would replace the ${held.authType} credential it holds with a ${config.authType} one`
      : `would create a ${config.authType} credential`,
  };
}

async function importInto(config: Config, client: CodeBuildRegion): Promise<RegionResult> {
  if (!config.shouldOverwrite) {
    // Read first rather than rely on how CodeBuild answers a refused overwrite.
    const held = (await client.list(config.serverType))[0];
    if (held) return keptExisting(config, held, false);
  }
  let arn: string;
  try {
    arn = await client.import(config);
  } catch (error) {
    const refused =
      error instanceof AwsCallError && error.code === 'ResourceAlreadyExistsException';
    const held = refused && !config.shouldOverwrite && (await client.list(config.serverType))[0];
    if (held) return keptExisting(config, held, false); // created meanwhile by someone else
    throw error;
  }
  // Confirm with a read: the import is only done when CodeBuild lists it. There is
  // one credential per server type and region, so that one is ours.
  const listed = await client.list(config.serverType);
  const held = listed.find((c) => c.arn === arn) ?? listed[0];
  if (!held)
    return {
      action: 'imported',
      status: 'error',
      arn,
      detail: 'imported, but ListSourceCredentials does not show the credential',
    };
  const drift = credentialDrift(config, held);
  if (drift)
    return {
      action: 'imported',
      status: 'error',
      arn,
      authType: held.authType,
      detail: `imported, but ${drift.message}`,
    };
  return {
    action: 'imported',
    status: 'ok',
    arn,
    authType: held.authType,
    detail: `imported as ${held.authType}${held.resource ? ` using ${held.resource}` : ''}, confirmed by ListSourceCredentials`,
  };
}

async function check(ctx: RunContext): Promise<void> {
  const { config, report } = ctx;
  const { verdict, problem, credential } = await (ctx.validation ?? validate(ctx));
  const tokenDrift: Partial<Record<Verdict, DriftKind>> = {
    rejected: config.authType === 'CODECONNECTIONS' ? 'connection-not-available' : 'token-rejected',
    expired: 'token-expired',
    'under-scoped': 'scope-missing',
    expiring: 'token-expiring',
  };
  // Nothing is known about the token: an error, never a clean check.
  if (verdict === 'unavailable' || verdict === 'unverified') report.errors.push(problem!);
  const kind = tokenDrift[verdict];
  if (kind) report.findings.push({ kind, message: problem! });

  ctx.deps.logger.info(`Reading the credentials CodeBuild holds in ${describeTargets(ctx)}...`);
  const inspection = await projectInspector(
    ctx,
    credential,
    config.authType === 'CODECONNECTIONS'
      ? 'not checked: the credential is a connection, whose token this run cannot use'
      : 'not checked: the provider did not accept the token',
  );
  await perTarget(ctx, async (client, target) => {
    // Two reads of the same target, at once: the projects do not depend on the credential.
    const projects = inspection && readProjects(inspection, client, target);
    projects?.catch(() => undefined); // awaited below, where a failure surfaces
    const listed = await client.list(config.serverType).catch(async (error: unknown) => {
      await projects?.catch(() => undefined); // the target ends with its last call
      throw error;
    });
    const held = listed[0];
    const finding = credentialDrift(config, held, target);
    if (finding) report.findings.push(finding);
    const row: RegionResult = finding
      ? {
          action: 'checked',
          status: 'drift',
          arn: held?.arn,
          authType: held?.authType,
          detail: finding.message,
        }
      : {
          action: 'checked',
          status: 'ok',
          arn: held!.arn,
          authType: held!.authType,
          detail: `holds a ${held!.authType} credential${held!.resource ? ` using ${held!.resource}` : ''}`,
        };
    if (!inspection) return row;
    // After the credential's finding, as the report lists them.
    const inspected = recordInspection(ctx, target, await projects!);
    if (finding && inspected) finding.projects = inspected.dependents[config.serverType] ?? [];
    return inspection.module.withProjects(row, inspected, config.serverType);
  });
  // A finding about the token itself breaks what uses the credential everywhere.
  inspection?.module.nameTokenFindingProjects(report, config.serverType);
}

/** Who holds what: the source credentials of every target and the projects that use each. No token. */
async function inventory(ctx: RunContext): Promise<void> {
  const { config, report } = ctx;
  ctx.deps.logger.info(`Taking the inventory of ${describeTargets(ctx)}...`);
  const inspection = await projectInspector(
    ctx,
    undefined,
    'not checked: inventory reads nothing from the provider',
  );
  const { inventoryRow } = inspection?.module ?? (await import('./projects.js'));
  await perTarget(ctx, async (client, target) => {
    const held = await client.list();
    const inspected = inspection && (await inspection.inspect(client, target));
    const { row, warnings } = inventoryRow(held, inspected, config.serverTypes, placeOf(target));
    report.warnings.push(...warnings);
    return row;
  });
}

/** What is wrong with the credential a region holds, if anything. */
function credentialDrift(
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
      message: `${name} holds no ${config.serverType} credential: builds there cannot reach the source. Run sync for it.`,
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
      message: `${name} uses ${held.resource}, not ${config.token}. Run sync to point it at the expected one.`,
    };
  }
  return undefined;
}

async function remove(ctx: RunContext): Promise<void> {
  const { config } = ctx;
  ctx.deps.logger.info(
    `${config.dryRun ? 'Planning deletion' : 'Deleting'} in ${describeTargets(ctx)}...`,
  );
  await perTarget(ctx, async (client) => {
    const held = (await client.list(config.serverType))[0];
    if (!held)
      return {
        action: 'nothing-to-delete',
        status: 'ok',
        detail: `holds no ${config.serverType} credential`,
      };
    if (config.dryRun)
      return {
        action: 'would-delete',
        status: 'ok',
        arn: held.arn,
        authType: held.authType,
        detail: `would delete the ${held.authType} credential`,
      };
    try {
      await client.delete(held.arn);
    } catch (error) {
      if (error instanceof AwsCallError && error.code === 'ResourceNotFoundException') {
        return {
          action: 'nothing-to-delete',
          status: 'ok',
          detail: 'the credential was already gone',
        };
      }
      throw error;
    }
    return {
      action: 'deleted',
      status: 'ok',
      arn: held.arn,
      authType: held.authType,
      detail: `deleted the ${held.authType} credential`,
    };
  });
}

/** Whether the mode writes to CodeBuild (so a stop leaves a region's credential in question). */
function writes(config: Config): boolean {
  return !config.dryRun && (config.mode === 'sync' || config.mode === 'delete');
}

/** A region the run never started on: it holds what it held before. */
function notReached({ config, deadline }: RunContext): RegionResult {
  return {
    action: 'not-attempted',
    status: 'error',
    detail: `not reached: ${deadline.describe()} before this region started${writes(config) ? ', so it still holds the credential it held before' : ''}`,
  };
}

/** A region the run stopped on: what it was waiting for, and what that means for what it holds. */
function stoppedIn({ config }: RunContext, target: Target, stop: RunStopped): RegionResult {
  const wrote = target.client?.wrote ?? false;
  const holds = !writes(config)
    ? ''
    : wrote
      ? `; the ${config.mode === 'delete' ? 'delete' : 'import'} was sent, so whether it took effect is unknown: run check to see`
      : '; nothing was written, so it still holds the credential it held before';
  return { action: 'failed', status: 'error', detail: `${stop.message}${holds}` };
}

/** One line for the errors: why the run stopped and which regions did not finish. */
function reportStop(ctx: RunContext, reason: NonNullable<Report['stopped']>): void {
  const { report, deadline } = ctx;
  report.stopped = reason;
  const stop = deadline.describe().toLowerCase();
  const name = (r: RegionReport) => (r.account ? `${r.account}/${r.region}` : r.region);
  const unfinished = report.regions.filter(
    (r) => r.status === 'error' && r.detail.toLowerCase().includes(stop),
  );
  const done = report.regions.filter((r) => r.status !== 'error');
  if (report.errors.some((e) => e.toLowerCase().includes(stop))) return; // said while validating
  const count = report.regions.length;
  const hint =
    reason === 'timeout'
      ? ` Raise ${ctx.config.names.timeoutSeconds} (now ${deadline.seconds}) if the services are only slow.`
      : '';
  report.errors.push(
    `${capitalize(deadline.describe())}: ${unfinished.length} of ${count} region${count === 1 ? '' : 's'} did not finish${unfinished.length ? ` (${unfinished.map(name).join(', ')})` : ''}.${done.length ? ` Finished: ${done.map((r) => `${name(r)} (${r.action})`).join(', ')}.` : ''}${hint}`,
  );
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function describeTargets({ config }: RunContext): string {
  const accounts = config.rolesToAssume.length;
  return `${config.regions.join(', ')}${accounts > 0 ? ` of ${accounts} account${accounts === 1 ? '' : 's'}` : ''}`;
}
