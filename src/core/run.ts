import { AwsCallError, CodeBuildRegion, type StoredCredential } from './codebuild.js';
import type { Config } from './config.js';
import { UserError } from './errors.js';
import type { Logger } from './logger.js';
import { introspectToken } from './providers/index.js';
import type { DriftFinding, Outcome, RegionReport, Report } from './report.js';
import { missingScopes } from './report.js';

export interface RunDependencies {
  logger: Logger;
  now?: () => Date;
  sleep?: (ms: number) => Promise<void>;
  /** Makes the CodeBuild client of a region; tests and other accounts inject their own. */
  codebuild?: (region: string) => CodeBuildRegion;
  /** Where the run happens (workflow, repository, build), copied into the report. */
  context?: Record<string, string>;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Runs the configured mode and returns the report. Throws only for bugs; failures are in the report. */
export async function runCredentialSync(config: Config, deps: RunDependencies): Promise<Report> {
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
    warnings: [],
    errors: [],
    ...(deps.context ? { context: deps.context } : {}),
    generatedAt: now().toISOString(),
  };
  const clients = new Map(config.regions.map((r) => [r, (deps.codebuild ?? ((region) => new CodeBuildRegion(region)))(r)]));
  const ctx: RunContext = { config, deps, report, now, clients };
  try {
    if (config.mode === 'sync') await sync(ctx);
    else if (config.mode === 'check') await check(ctx);
    else await remove(ctx);
  } finally {
    for (const client of clients.values()) client.destroy();
  }
  report.drift = report.findings.length > 0;
  report.outcome = outcomeOf(report);
  return report;
}

/** 0 success; 1 failure; 3 drift found by `check` (unless fail-on-drift is false). Invalid configuration is 2. */
export function exitCodeFor(report: Report, config: Pick<Config, 'failOnDrift'>): number {
  if (report.outcome === 'failure') return 1;
  if (report.outcome === 'drift' && config.failOnDrift) return 3;
  return 0;
}

interface RunContext {
  config: Config;
  deps: RunDependencies;
  report: Report;
  now: () => Date;
  clients: Map<string, CodeBuildRegion>;
}

function outcomeOf(report: Report): Outcome {
  if (report.errors.length > 0 || report.regions.some((r) => r.status === 'error')) return 'failure';
  return report.findings.length > 0 ? 'drift' : 'success';
}

type TokenVerdict = 'good' | 'rejected' | 'under-scoped' | 'unavailable';

/** Asks the provider once per run. Sets report.token and the warnings; never throws for user problems. */
async function validateToken({ config, deps, report, now }: RunContext): Promise<{ verdict: TokenVerdict; problem?: string }> {
  deps.logger.info(`Validating the token with ${config.serverType === 'BITBUCKET' ? 'Bitbucket' : 'GitHub'}...`);
  let introspection;
  try {
    introspection = await introspectToken(config, config.token, deps.logger, deps.sleep);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return { verdict: 'unavailable', problem: `${error.message} Nothing was changed.` };
  }
  const { token, warnings } = introspection;
  report.token = token;
  report.warnings.push(...warnings);
  if (!token.accepted) return { verdict: 'rejected', problem: token.problem };

  if (token.expiresAt) {
    const days = (Date.parse(token.expiresAt) - now().getTime()) / DAY_MS;
    if (days <= config.expiryWarningDays) {
      const inDays = days < 1 ? 'in less than a day' : `in ${Math.floor(days)} day${Math.floor(days) === 1 ? '' : 's'}`;
      report.warnings.push(
        `The token expires on ${token.expiresAt}, ${inDays} (warning window: ${config.expiryWarningDays} days). Rotate it before then, or CodeBuild builds will fail.`,
      );
    }
  }
  const missing = missingScopes(token);
  if (missing.length > 0) {
    return {
      verdict: 'under-scoped',
      problem: `The token lacks scope${missing.length === 1 ? '' : 's'} CodeBuild needs: ${missing.join(', ')}. Add ${missing.length === 1 ? 'it' : 'them'} to the token (or create a new one) and run again.`,
    };
  }
  return { verdict: 'good' };
}

/** Runs one region's work; an AWS failure becomes that region's error row. */
async function perRegion(
  ctx: RunContext,
  work: (client: CodeBuildRegion, region: string) => Promise<RegionReport>,
): Promise<void> {
  ctx.report.regions = await Promise.all(
    ctx.config.regions.map(async (region) => {
      try {
        return await work(ctx.clients.get(region)!, region);
      } catch (error) {
        if (!(error instanceof UserError)) throw error;
        return { region, action: 'failed', status: 'error', detail: error.message } satisfies RegionReport;
      }
    }),
  );
  for (const r of ctx.report.regions) if (r.status === 'error') ctx.deps.logger.debug(`${r.region}: ${r.detail}`);
}

async function sync(ctx: RunContext): Promise<void> {
  const { config, report, deps } = ctx;
  const { verdict, problem } = await validateToken(ctx);
  if (verdict !== 'good') {
    // Nothing lost: a token that is not proven good is never written.
    report.errors.push(`${problem} Nothing was imported.`);
    report.regions = config.regions.map((region) => ({
      region,
      action: 'not-attempted',
      status: 'error',
      detail: 'not attempted: the token was not proven good',
    }));
    return;
  }
  deps.logger.info(`${config.dryRun ? 'Planning' : 'Importing'} in ${config.regions.join(', ')}...`);
  await perRegion(ctx, (client, region) => (config.dryRun ? planImport(ctx, client, region) : importInto(ctx, client, region)));
}

async function planImport({ config }: RunContext, client: CodeBuildRegion, region: string): Promise<RegionReport> {
  const held = (await client.list(config.serverType))[0];
  if (held && !config.shouldOverwrite) {
    return { region, action: 'kept-existing', status: 'ok', arn: held.arn, authType: held.authType, detail: `holds a ${held.authType} credential; should-overwrite is false, so it would be kept` };
  }
  return {
    region,
    action: 'would-import',
    status: 'ok',
    arn: held?.arn,
    authType: held?.authType,
    detail: held ? `would replace the ${held.authType} credential it holds with a ${config.authType} one` : `would create a ${config.authType} credential`,
  };
}

async function importInto({ config }: RunContext, client: CodeBuildRegion, region: string): Promise<RegionReport> {
  let arn: string;
  try {
    arn = await client.import(config);
  } catch (error) {
    if (error instanceof AwsCallError && error.code === 'ResourceAlreadyExistsException' && !config.shouldOverwrite) {
      const held = (await client.list(config.serverType))[0];
      return {
        region,
        action: 'kept-existing',
        status: 'ok',
        arn: held?.arn,
        authType: held?.authType,
        detail: `already holds a ${held?.authType ?? config.serverType} credential; should-overwrite is false, so it was kept`,
      };
    }
    throw error;
  }
  // Confirm with a read: the import is only done when CodeBuild lists it.
  const held = (await client.list(config.serverType)).find((c) => c.arn === arn);
  if (!held) {
    return { region, action: 'imported', status: 'error', arn, detail: 'imported, but ListSourceCredentials does not show the credential' };
  }
  if (held.authType !== config.authType) {
    return { region, action: 'imported', status: 'error', arn, authType: held.authType, detail: `imported, but CodeBuild lists it as ${held.authType}, not ${config.authType}` };
  }
  return { region, action: 'imported', status: 'ok', arn, authType: held.authType, detail: `imported as ${held.authType}, confirmed by ListSourceCredentials` };
}

async function check(ctx: RunContext): Promise<void> {
  const { config, report } = ctx;
  const { verdict, problem } = await validateToken(ctx);
  if (verdict === 'unavailable') report.errors.push(problem!);
  if (verdict === 'rejected') report.findings.push({ kind: 'token-rejected', message: problem! });
  if (verdict === 'under-scoped') report.findings.push({ kind: 'scope-missing', message: problem! });
  const expiresAt = report.token?.expiresAt;
  if (verdict === 'good' && expiresAt && Date.parse(expiresAt) <= ctx.now().getTime()) {
    report.findings.push({ kind: 'token-expired', message: `The token expired on ${expiresAt}. Create a new token and run sync.` });
  }
  ctx.deps.logger.info(`Reading the credentials CodeBuild holds in ${config.regions.join(', ')}...`);
  await perRegion(ctx, async (client, region) => {
    const held = (await client.list(config.serverType))[0];
    const finding = credentialDrift(config, held, region);
    if (finding) {
      report.findings.push(finding);
      return { region, action: 'checked', status: 'drift', arn: held?.arn, authType: held?.authType, detail: finding.message };
    }
    return { region, action: 'checked', status: 'ok', arn: held!.arn, authType: held!.authType, detail: `holds a ${held!.authType} credential` };
  });
}

function credentialDrift(config: Config, held: StoredCredential | undefined, region: string): DriftFinding | undefined {
  if (!held) {
    return {
      kind: 'credential-missing',
      region,
      message: `${region} holds no ${config.serverType} credential: builds there cannot reach the source. Run sync for this region.`,
    };
  }
  if (held.authType !== config.authType) {
    return {
      kind: 'auth-type-mismatch',
      region,
      message: `${region} holds a ${held.authType} credential, not ${config.authType}. Run sync to replace it, or set the auth type you expect.`,
    };
  }
  return undefined;
}

async function remove(ctx: RunContext): Promise<void> {
  const { config } = ctx;
  ctx.deps.logger.info(`${config.dryRun ? 'Planning deletion' : 'Deleting'} in ${config.regions.join(', ')}...`);
  await perRegion(ctx, async (client, region) => {
    const held = (await client.list(config.serverType))[0];
    if (!held) return { region, action: 'nothing-to-delete', status: 'ok', detail: `holds no ${config.serverType} credential` };
    if (config.dryRun) {
      return { region, action: 'would-delete', status: 'ok', arn: held.arn, authType: held.authType, detail: `would delete the ${held.authType} credential` };
    }
    try {
      await client.delete(held.arn);
    } catch (error) {
      if (error instanceof AwsCallError && error.code === 'ResourceNotFoundException') {
        return { region, action: 'nothing-to-delete', status: 'ok', detail: 'the credential was already gone' };
      }
      throw error;
    }
    return { region, action: 'deleted', status: 'ok', arn: held.arn, authType: held.authType, detail: `deleted the ${held.authType} credential` };
  });
}
