import { join } from 'node:path';
import { prepareAwsCredentials } from '../core/aws/index.js';
import type { Config } from '../core/config/index.js';
import { RunDeadline } from '../core/wire/index.js';
import {
  errorMessage,
  forPlain,
  loadSourceMaps,
  type Logger,
  UserError,
} from '../core/base/index.js';
import {
  firstCause,
  fitReportJson,
  groupWarnings,
  OUTPUT_MAX_BYTES,
  openReportFile,
  renderJson,
  renderText,
  summaryLine,
  tryWriteReport,
  wholeReport,
} from '../core/report/index.js';
import { exitCodeFor, runCredentialSync, startWatchdog, watchdogHead } from '../core/run/index.js';
import type { Secrets } from '../core/trust/index.js';

/** The pipe's world: its environment, its arguments and its two output streams. */
export interface PipeIo {
  env: NodeJS.ProcessEnv;
  /** The command line's arguments (after the script): only --help and --version. */
  argv?: readonly string[];
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Start the watchdog that ends the process at the deadline plus grace (the shipped entry does). */
  watchdog?: boolean;
}

/** Runs a valid configuration: progress and the report on stdout, failures on stderr; the exit code. */
export async function runConfigured(
  config: Config,
  secrets: Secrets,
  { env, stdout, stderr, watchdog: watched }: PipeIo,
): Promise<number> {
  // Every line out is unsealed (outside.ts) and redacted.
  const out = (line: string) => stdout(`${secrets.redactFor(forPlain, line)}\n`);
  const fail = (line: string) => stderr(`${secrets.redactFor(forPlain, line)}\n`);

  const logger: Logger = {
    info: (m) => out(`▸ ${m}`),
    warn: (m) => out(`⚠ ${m}`),
    debug: (m) => {
      if (config.debug) out(`[debug] ${m}`);
    },
  };

  // The run's deadline; SIGTERM (a step timeout) and SIGINT stop the run the same way.
  const deadline = new RunDeadline(config.timeoutSeconds);
  const removeSignalHandlers = deadline.cancelOnSignals();
  const reportFile = config.reportFile ?? defaultReportFile(env);
  // Written as the run goes (each row once final), renamed over the path at the end.
  const file = openReportFile(reportFile, secrets);
  const context = bitbucketContext(env);
  // Outside the main thread: ends the process even when a synchronous read holds it.
  const watchdog = watched
    ? startWatchdog({
        deadlineAt: deadline.limits.deadlineAt ?? Date.now() + config.timeoutSeconds * 1000,
        timeoutSeconds: config.timeoutSeconds,
        reportFile,
        // Field by field: a whole JSON text that quoted a secret would be hidden whole, not JSON.
        head: secrets.redactAll(JSON.parse(JSON.stringify(watchdogHead({ ...config, context })))),
        platform: 'pipe',
      })
    : undefined;
  // The watchdog's minimal report copies the rows written so far from the rows file.
  if (file && watchdog) file.onRows = (at) => watchdog.rows(at);
  try {
    // AWS_REGION may hold our region list; the SDK's own lookups (STS for OIDC) need one region.
    // With `all` (found per account at run time) the partition's main region stands in.
    if (env.AWS_REGION && /[\s,]|^all$/i.test(env.AWS_REGION.trim()))
      env.AWS_REGION = config.regions[0] ?? 'us-east-1';
    const aws = prepareAwsCredentials(env);
    logger.debug(`AWS credentials: ${aws.description}`);
    logger.debug(
      `Configuration: mode=${config.mode} serverType=${config.serverType} authType=${config.authType} regions=${config.regions.join(',')} dryRun=${config.dryRun}`,
    );
    const report = await runCredentialSync(config, {
      logger,
      secrets,
      context,
      deadline,
      webIdentity: aws.webIdentity,
      onRowFinal: file && ((row) => file.row(row)),
    });
    // The last line carries the first error: print the others here, each once.
    out(renderText(report, { errorsShownElsewhere: 1 }));
    // A report file that cannot be written fails the run, after saying what the run did.
    const reportProblem = tryWriteReport(file, report, logger.info);
    if (config.debug)
      logger.debug(
        `Report: ${fitReportJson(report, OUTPUT_MAX_BYTES, renderJson, wholeReport(reportFile)).json}`,
      );
    const code = exitCodeFor(report, config) || (reportProblem ? 1 : 0);
    // Bitbucket's pipe convention: ✔ for success, ✖ for failure; ⚠ for drift that does not fail.
    const mark = code !== 0 ? '✖' : report.outcome === 'drift' ? '⚠' : '✔';
    // Counted as printed: a warning the same in many regions is one.
    const warnings = groupWarnings(report).length;
    const warned = warnings ? ` (${warnings} warning${warnings === 1 ? '' : 's'})` : '';
    const cause = code !== 0 ? [firstCause(report), reportProblem].filter(Boolean).join('; ') : '';
    (code === 0 ? out : fail)(
      `${mark} ${summaryLine(report)}${warned}${cause ? `: ${cause}` : ''}`,
    );
    return code;
  } catch (error) {
    if (error instanceof UserError) {
      fail(`✖ ${error.message}`);
      return 1;
    }
    fail(`✖ Unexpected error: ${errorMessage(error)}`);
    if (config.debug && error instanceof Error) {
      await loadSourceMaps();
      if (error.stack) fail(error.stack);
    }
    return 1;
  } finally {
    // A run that ended without a report (a bug) leaves no rows file behind.
    file?.abandon();
    watchdog?.stop();
    removeSignalHandlers();
    deadline.dispose();
  }
}

/** Bitbucket's shared storage lets later steps read what the pipe wrote. */
function defaultReportFile(env: NodeJS.ProcessEnv): string | undefined {
  const dir = env.BITBUCKET_PIPE_SHARED_STORAGE_DIR;
  return dir ? join(dir, 'codebuild-credential-sync', 'report.json') : undefined;
}

function bitbucketContext(env: NodeJS.ProcessEnv): Record<string, string> | undefined {
  const fields: Record<string, string | undefined> = {
    repository: env.BITBUCKET_REPO_FULL_NAME,
    build: env.BITBUCKET_BUILD_NUMBER,
    branch: env.BITBUCKET_BRANCH,
    commit: env.BITBUCKET_COMMIT,
  };
  const present = Object.entries(fields).filter((e): e is [string, string] => Boolean(e[1]));
  return present.length ? Object.fromEntries(present) : undefined;
}
