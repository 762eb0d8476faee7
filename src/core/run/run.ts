import { type Config, FLEET_HOME_REGION, iamHint, shardText } from '../config/index.js';
import { merge, runIdentity } from './modes/merge.js';
import {
  accountOfArn,
  ambientCredentials,
  assumeRole as stsAssumeRole,
  type AwsAccount,
  awsCredentialsHelp,
  callerIdentityProblem,
  checkAmbientCredentials,
  codeBuildClients,
  type CodeBuildClients,
  routeSdkWarnings,
} from '../aws/index.js';
import {
  exitCodeForSignal,
  loadProxyAgents,
  proxySettings,
  RunDeadline,
  RunStopped,
  Waiting,
  capEveryAnswer,
} from '../wire/index.js';
import { mapLimit, runVersion, UserError } from '../base/index.js';
import type { DriftFinding, Outcome, RegionReport, Report } from '../report/index.js';
import { Secrets, redactingLogger } from '../trust/index.js';
import {
  MAX_TARGETS_IN_FLIGHT,
  capitalize,
  validated,
  type RunContext,
  type RunDependencies,
  type Target,
} from './targets.js';
import { sync } from './modes/sync.js';
import { check } from './modes/check.js';
import { inventory } from './modes/inventory.js';
import { deletePlan, remove } from './modes/remove.js';

// What a run is given lives with the run's context (targets.ts), which the modes read.
export type { RunDependencies } from './targets.js';

/**
 * Runs the configured mode and returns the report, redacted. Throws only for bugs;
 * failures are in the report.
 */
export async function runCredentialSync(
  config: Config,
  dependencies: RunDependencies,
): Promise<Report> {
  // Whatever answers (the SDK's own credential fetches too), no answer fills memory.
  capEveryAnswer();
  const secrets = dependencies.secrets ?? new Secrets();
  const deps = { ...dependencies, secrets, logger: redactingLogger(dependencies.logger, secrets) };
  const now = deps.now ?? (() => new Date());
  const report: Report = {
    tool: { name: 'codebuild-credential-sync', version: runVersion() },
    version: 2,
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
    ...(config.shard
      ? { shard: shardText(config.shard), run: runIdentity(config, deps.context) }
      : {}),
    ...(deps.context ? { context: deps.context } : {}),
    generatedAt: now().toISOString(),
  };
  // Files in, one report out: no AWS, no provider, no token.
  if (config.mode === 'merge') return redacted(await merge(config, deps, report), secrets);
  const deadline = deps.deadline ?? new RunDeadline(config.timeoutSeconds);
  const ctx: RunContext = { config, deps, report, now, targets: [], deadline };
  const announce = () =>
    deps.logger.warn(`${capitalize(deadline.describe())}: stopping; the report follows.`);
  deadline.signal.addEventListener('abort', announce, { once: true });
  const restoreWarnings = routeSdkWarnings(deps.logger);
  // Every call of the run goes through the proxy, when one is set (past it for NO_PROXY's
  // hosts); the proxy libraries are loaded only then.
  const proxy = deadline.limits.agents ? undefined : proxySettings();
  const agents = proxy && (await loadProxyAgents()).routingAgents(proxy);
  if (agents) deadline.limits.agents = agents;
  try {
    // A destructive run says what it will delete, and where, before anything else.
    if (config.mode === 'delete') deps.logger.info(deletePlan(config));
    if (validatesAlone(config)) {
      // The provider is asked now, while the AWS SDK loads and roles are assumed: both are
      // reads, and nothing is written before both are done. (The mode awaits it.)
      validated(ctx).catch(() => undefined);
    }
    ctx.targets = await resolveTargets(ctx);
    if (config.mode === 'sync') await sync(ctx);
    else if (config.mode === 'check') await check(ctx);
    else if (config.mode === 'inventory') await inventory(ctx);
    else await remove(ctx);
  } finally {
    restoreWarnings();
    deadline.signal.removeEventListener('abort', announce);
    for (const t of ctx.targets) t.client?.destroy();
    ctx.stream?.close();
    ctx.closeClients?.();
    agents?.httpAgent.destroy();
    agents?.httpsAgent.destroy();
    if (!deps.deadline) deadline.dispose();
  }
  // Findings in target order (they arrive as targets finish): the token's first, then region by region.
  const place = (region?: string, account?: string) => `${account ?? ''}/${region}`;
  // The first target of each place a finding names (as findIndex would say): a fleet's
  // thousands of targets are looked at once, and only the few places with findings kept.
  const named = new Set(report.findings.map((f) => place(f.region, f.account)));
  const index = new Map<string, number>();
  ctx.targets.forEach((t, i) => {
    const at = place(t.region, t.account.id);
    if (named.has(at) && !index.has(at)) index.set(at, i);
  });
  const order = (f: DriftFinding) =>
    f.region === undefined ? -1 : (index.get(place(f.region, f.account)) ?? -1);
  report.findings.sort((a, b) => order(a) - order(b));
  if (report.accounts) (await import('./fleet.js')).summarizeAccounts(report);
  if (deadline.reason) reportStop(ctx, deadline.reason);
  report.drift = report.findings.length > 0;
  report.outcome = outcomeOf(report);
  // Every view of the report (text, Markdown, JSON, outputs, report file, drift issue) is made from this copy.
  return redacted(report, secrets);
}

/** Distinct texts a report's redaction remembers: a fleet's rows repeat a few thousand. */
const REMEMBERED_MAX = 4096;

/**
 * The report redacted: a copy (redactAll), its rows, most of a fleet's report, copied one at a
 * time in their place, so that the run never holds two of each.
 */
function redacted(report: Report, secrets: Secrets): Report {
  const rows = report.regions;
  report.regions = [];
  const shown = secrets.redactAll(report);
  const seen = new Map<string, string>();
  for (let i = 0; i < rows.length; i++) {
    if (seen.size > REMEMBERED_MAX) seen.clear();
    rows[i] = secrets.redactAll(rows[i]!, seen);
  }
  shown.regions = rows;
  return shown;
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

/** Each role of roles-to-assume assumed with the ambient credentials; a refusal makes its account unusable. */
async function assumeRoles(
  { config, deps, deadline }: RunContext,
  ambient: Awaited<ReturnType<typeof ambientCredentials>>,
): Promise<Array<{ account: AwsAccount; unusable?: string }>> {
  const assume = deps.assumeRole ?? stsAssumeRole;
  deps.logger.info(
    `Assuming ${config.rolesToAssume.length} role${config.rolesToAssume.length === 1 ? '' : 's'}...`,
  );
  return mapLimit(config.rolesToAssume, MAX_TARGETS_IN_FLIGHT, async (roleArn) => {
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

/** The run's CodeBuild clients, loading (which calls nothing); closed however the run goes on. */
function loadClients(ctx: RunContext): Promise<CodeBuildClients> {
  const { config, deps } = ctx;
  const clients: Promise<CodeBuildClients> = deps.codebuild
    ? Promise.resolve(deps.codebuild)
    : codeBuildClients((action) => iamHint(config.mode, action));
  clients.catch(() => undefined); // awaited by the caller; never an unhandled rejection meanwhile
  ctx.closeClients = () =>
    void clients.then(
      (made) => made.close?.(),
      () => undefined,
    );
  return clients;
}

/** Every account (the ambient one, or one per role) × every region. */
async function resolveTargets(ctx: RunContext): Promise<Target[]> {
  const { config, deps, deadline } = ctx;
  // The CodeBuild clients (the SDK's largest chunks) load while the credentials are resolved
  // and STS answers: reading code and waiting on the network overlap.
  const clients = loadClients(ctx);
  // One credential chain for the ambient identity, resolved once: with OIDC that is
  // one AssumeRoleWithWebIdentity per run, not one per client.
  // With `aws-region: all`, the caller's partition's home region (not the SDK's us-east-1).
  const ambient = await ambientCredentials(
    deadline.limits,
    config.regions[0] ?? FLEET_HOME_REGION[config.partition],
    deps.webIdentity,
  );
  const noCredentials = await stoppable(
    deadline,
    'AWS credentials (the SDK credential chain)',
    () =>
      checkAmbientCredentials(
        ambient,
        deps.secrets,
        deadline.limits,
        deps.webIdentity ? true : undefined,
        awsCredentialsHelp(config.platform),
      ),
  );
  // Wrong keys are found once, here, not in every region (nor in every role assumed with them).
  const refused = noCredentials
    ? undefined
    : await stoppable(deadline, 'AWS credentials (STS GetCallerIdentity)', () =>
        callerIdentityProblem(
          ambient,
          config.regions[0] ?? FLEET_HOME_REGION[config.partition]!,
          deadline.limits,
          awsCredentialsHelp(config.platform),
        ),
      );
  if (refused) {
    ctx.report.errors.push(refused);
    return config.regions.map((region) => ({
      region,
      account: { credentials: ambient },
      notAttempted: 'AWS refused the credentials',
      waiting: new Waiting(),
    }));
  }
  let accounts: Array<{ account: AwsAccount; unusable?: string }> = [
    { account: { credentials: ambient }, unusable: noCredentials },
  ];
  if ((config.accounts || config.allRegions) && !noCredentials) {
    // A fleet: accounts listed or found, each one's regions found; loaded only for these runs.
    const [{ resolveFleet }, make] = await Promise.all([import('./fleet.js'), clients]);
    const found = await stoppable(deadline, 'the accounts and regions of the run', async () => {
      try {
        return await resolveFleet(ctx, ambient, make);
      } catch (error) {
        if (!(error instanceof UserError)) throw error;
        return error.message;
      }
    });
    if (typeof found !== 'string') return found;
    ctx.report.errors.push(found);
    return [];
  }

  if (config.rolesToAssume.length > 0 && !noCredentials) {
    accounts = await assumeRoles(ctx, ambient);
  }
  const make = await clients;
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

/** Regions named in the line that says why a run stopped, at most; the others are counted. */
const NAMED_MAX = 20;

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
  // A fleet's stop leaves thousands unfinished: a few named, the rest counted (each is a row of the report).
  const some = <T>(list: T[], show: (item: T) => string) =>
    `${list.slice(0, NAMED_MAX).map(show).join(', ')}${list.length > NAMED_MAX ? ` and ${list.length - NAMED_MAX} more, each in the report` : ''}`;
  report.errors.push(
    `${capitalize(deadline.describe())}: ${unfinished.length} of ${count} region${count === 1 ? '' : 's'} did not finish${unfinished.length ? ` (${some(unfinished, name)})` : ''}.${done.length ? ` Finished: ${some(done, (r) => `${name(r)} (${r.action})`)}.` : ''}${hint}`,
  );
}
