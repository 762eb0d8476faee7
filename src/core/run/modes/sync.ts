// sync: the credential proven good, then imported into every target and confirmed by a read.
import {
  accountOfArn,
  AwsCallError,
  type CodeBuildRegion,
  regionOfArn,
  type StoredCredential,
} from '../../aws/index.js';
import type { Config } from '../../config/index.js';
import { missingScopes, type TokenReport } from '../../report/index.js';
import type { Verdict } from '../validate.js';
import {
  credentialDrift,
  describeTargets,
  inspectOrWarn,
  perTarget,
  projectInspector,
  validated,
  type RegionResult,
  type RunContext,
  type Target,
} from '../targets.js';
import { outside } from '../../base/index.js';

export async function sync(ctx: RunContext): Promise<void> {
  const { config, report, deps } = ctx;
  const { verdict, problem, credential } = await validated(ctx);
  if (verdict !== 'good') {
    // Nothing lost: a credential that is not proven good is never written.
    report.errors.push(`${problem} Nothing was imported.`);
    // A token the provider took but this run refuses (a ghs_ that expires within the hour):
    // the report's token line says so, not "accepted".
    if (report.token?.accepted && !report.token.problem) report.token.problem = problem;
    report.regions = ctx.targets.map((t) => ({
      region: t.region,
      ...(t.account.id ? { account: t.account.id } : {}),
      action: 'not-attempted',
      status: 'error',
      detail: notProven(verdict, report.token),
    }));
    return;
  }
  if (ctx.targets.length)
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

/** Why a region was not attempted, in a few words: what is wrong with the credential. */
function notProven(verdict: Verdict, token: TokenReport | undefined): string {
  const missing = missingScopes(token);
  switch (verdict) {
    case 'under-scoped':
      return `the token lacks ${missing.join(', ')}`;
    case 'rejected':
      return 'the credential was rejected';
    case 'expired':
      return 'the token has expired';
    case 'expiring':
      return 'the token expires too soon';
    case 'unverified':
      return 'the token could not be verified';
    default:
      return 'the credential could not be validated';
  }
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
    // The row already says "imported" and the ARN: the detail is what a reader cannot see there.
    detail: `as ${held.authType}${held.resource ? ` using ${outside(held.resource)}` : ''}, read back`,
  };
}
