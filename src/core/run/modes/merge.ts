// `merge`: the report files of a run split by `shard` become one report, as if one run had
// done the whole: one summary, one exit code, one drift issue. It reads files only (no AWS,
// no provider, no token), and refuses what would make a wrong whole: reports of another run
// or configuration, a shard given twice, a shard missing.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { realpathSync, statSync } from 'node:fs';
import { UserError, errorMessage, readWholeFile } from '../../base/index.js';
import { type Config, parseShard, type Shard, shardText } from '../../config/index.js';
import type { Report } from '../../report/index.js';
import type { RunDependencies } from '../targets.js';
import { shardShapeProblem } from './shard-shape.js';

/** A report file larger than this is not one of ours (5,000 accounts × 17 regions is far less). */
const MAX_REPORT_BYTES = 256 * 1024 * 1024;

/**
 * What the shards of one run share: the configuration without the shard's index (hashed; no
 * secret goes in) and the CI run, when the entry point knows it.
 */
export function runIdentity(config: Config, context?: Record<string, string>): Report['run'] {
  const settings = {
    mode: config.mode,
    serverTypes: config.serverTypes,
    authType: config.authType,
    username: config.username ?? null,
    regions: [...config.regions].sort(),
    allRegions: config.allRegions,
    partition: config.partition,
    accounts: config.accounts ?? null,
    roleName: config.roleName ?? null,
    excludeAccounts: [...config.excludeAccounts].sort(),
    shards: config.shard?.count ?? 1,
    shouldOverwrite: config.shouldOverwrite,
    dryRun: config.dryRun,
    failOnDrift: config.failOnDrift,
    expiryWarningDays: config.expiryWarningDays,
    failOnExpiryWithinDays: config.failOnExpiryWithinDays ?? null,
    inspectProjects: config.inspectProjects,
    repositories: [...config.repositories].sort(),
    requireVerifiedScopes: config.requireVerifiedScopes,
    githubApiUrl: config.githubApiUrl,
    bitbucketApiUrl: config.bitbucketApiUrl,
  };
  const hash = createHash('sha256').update(JSON.stringify(settings)).digest('hex').slice(0, 16);
  const id = context?.runId ?? context?.build;
  return { config: hash, ...(id ? { id } : {}) };
}

interface ShardReport {
  path: string;
  shard: Shard;
  report: Report;
}

/** Combines the shards' reports into `base` (the merge run's own fields: tool, context, time). */
export async function merge(
  config: Config,
  deps: Pick<RunDependencies, 'logger'>,
  base: Report,
): Promise<Report> {
  const label = config.names.reports;
  const paths = reportPaths(config.reports, label);
  deps.logger.info(
    `Merging ${paths.length} report${paths.length === 1 ? '' : 's'}: ${paths.join(', ')}`,
  );
  const shards = paths.map(readShardReport);
  const problems = mismatches(shards);
  if (problems.length) throw new UserError(`The merge is refused: ${problems.join(' ')}`);
  shards.sort((a, b) => a.shard.index - b.shard.index);
  const first = shards[0]!.report;
  const count = shards.length;
  const report: Report = {
    ...base,
    mode: first.mode,
    serverType: first.serverType,
    authType: first.authType,
    ...(first.serverTypes ? { serverTypes: first.serverTypes } : {}),
    dryRun: first.dryRun,
    // The same token, checked by each shard: the first one's view of it.
    ...(shards.find((s) => s.report.token)
      ? { token: shards.find((s) => s.report.token)!.report.token }
      : {}),
    regions: shards.flatMap((s) => s.report.regions),
    accounts: shards.flatMap((s) => s.report.accounts ?? []),
    ...(shards.find((s) => s.report.organization)
      ? { organization: shards.find((s) => s.report.organization)!.report.organization }
      : {}),
    findings: shards.flatMap((s) => s.report.findings),
    warnings: [...new Set([...base.warnings, ...shards.flatMap((s) => s.report.warnings)])],
    errors: shards.flatMap((s) => [
      ...s.report.errors.map((e) => `Shard ${shardText(s.shard)}: ${e}`),
      ...(s.report.stopped
        ? [`Shard ${shardText(s.shard)} stopped before it finished (${s.report.stopped}).`]
        : []),
    ]),
    run: first.run,
    merged: count,
  };
  report.drift = report.findings.length > 0;
  const failed =
    report.errors.length > 0 ||
    shards.some((s) => s.report.outcome === 'failure') ||
    report.regions.some((r) => r.status === 'error');
  report.outcome = failed ? 'failure' : report.drift ? 'drift' : 'success';
  deps.logger.info(
    `Merged ${count} shard${count === 1 ? '' : 's'}: ${report.accounts?.length ?? 0} accounts, ${report.regions.length} regions, ${report.findings.length} finding${report.findings.length === 1 ? '' : 's'}.`,
  );
  return report;
}

/** Each path as given, each glob's matches (sorted); every file once. */
function reportPaths(items: string[], label: string): string[] {
  const found: string[] = [];
  const problems: string[] = [];
  for (const item of items) {
    if (/[*?[{]/.test(item)) {
      // fs.globSync is Node 22's; read from the namespace so that older Node can load this file.
      const matches = fs
        .globSync(item)
        .filter((p) => {
          try {
            return statSync(p).isFile();
          } catch {
            return false;
          }
        })
        .sort();
      if (matches.length === 0) problems.push(`${label} has "${item}", which matches no file.`);
      found.push(...matches);
    } else found.push(item);
  }
  if (problems.length) throw new UserError(problems.join(' '));
  const seen = new Set<string>();
  return found.filter((p) => {
    let real = p;
    try {
      real = realpathSync(p);
    } catch {
      // read below, which says why not
    }
    if (seen.has(real)) return false;
    seen.add(real);
    return true;
  });
}

function readShardReport(path: string): ShardReport {
  let report: Report;
  try {
    // Regular files only, at most a report's size, however the file presents itself.
    report = JSON.parse(readWholeFile(path, MAX_REPORT_BYTES)) as Report;
  } catch (error) {
    throw new UserError(`Could not read the report ${path}: ${errorMessage(error)}.`);
  }
  const not = (why: string) =>
    new UserError(
      `${path} is not the report of a shard: ${why}. Give the files shards wrote with report-file.`,
    );
  if (
    typeof report !== 'object' ||
    report === null ||
    report.tool?.name !== 'codebuild-credential-sync'
  )
    throw not('it is not a codebuild-credential-sync report');
  if (report.version !== 2) throw not(`its version is ${String(report.version)}, not 2`);
  if (typeof report.shard !== 'string' || typeof report.run?.config !== 'string')
    throw not('the run that wrote it had no shard');
  const shard = parseShard(report.shard);
  if (typeof shard === 'string') throw not(`its shard ${shard}`);
  for (const key of ['regions', 'findings', 'warnings', 'errors'] as const)
    if (!Array.isArray(report[key])) throw not(`it has no ${key} list`);
  // Every field a merge carries into its own report is of the type the renderers take.
  const shape = shardShapeProblem(report);
  if (shape) throw not(shape);
  return { path, shard, report };
}

/** What stops the reports from being one run's whole: each problem, naming the files. */
function mismatches(shards: ShardReport[]): string[] {
  const problems: string[] = [];
  const first = shards[0]!;
  const n = first.shard.count;
  for (const s of shards.slice(1)) {
    if (s.shard.count !== n)
      problems.push(
        `${s.path} is shard ${shardText(s.shard)} but ${first.path} is ${shardText(first.shard)}: shards of one run have one n.`,
      );
    else if (s.report.run?.config !== first.report.run?.config)
      problems.push(
        `${s.path} comes from another configuration than ${first.path} (their options differ, not only in shard): merge the reports of one run.`,
      );
    else if (s.report.run?.id !== first.report.run?.id)
      problems.push(
        `${s.path} comes from another CI run (${s.report.run?.id ?? 'none named'}) than ${first.path} (${first.report.run?.id ?? 'none named'}): merge the reports of one run.`,
      );
  }
  if (problems.length) return problems;
  const byIndex = new Map<number, string>();
  for (const s of shards) {
    const other = byIndex.get(s.shard.index);
    if (other) problems.push(`Shard ${shardText(s.shard)} is in both ${other} and ${s.path}.`);
    else byIndex.set(s.shard.index, s.path);
  }
  const missing = Array.from({ length: n }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
  if (missing.length)
    problems.push(
      `${missing.length === 1 ? 'Shard' : 'Shards'} ${missing.map((i) => `${i}/${n}`).join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing: the reports given hold ${byIndex.size} of the ${n} shards.`,
    );
  return problems;
}
