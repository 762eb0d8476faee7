// check: the credential judged and every target read (with its projects); drift is reported, nothing written.
import type { DriftKind } from '../../report/index.js';
import type { Verdict } from '../validate.js';
import {
  credentialDrift,
  describeTargets,
  perTarget,
  projectInspector,
  readProjects,
  recordInspection,
  validated,
  type RegionResult,
  type RunContext,
} from '../targets.js';
import { outside } from '../../base/index.js';

export async function check(ctx: RunContext): Promise<void> {
  const { config, report } = ctx;
  const { verdict, problem, credential } = await validated(ctx);
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

  // No targets: the accounts or regions could not be found, which the report says.
  if (ctx.targets.length)
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
          detail: `holds a ${held!.authType} credential${held!.resource ? ` using ${outside(held!.resource)}` : ''}`,
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
