import * as actionsCore from '@actions/core';
import { awsCredentialProblems } from '../core/aws/index.js';
import { buildConfig, type Config, unexpandedVariable } from '../core/config/index.js';
import { addProxySecrets, parseProxyUrl, RunDeadline } from '../core/wire/index.js';
import {
  codeSpan,
  ConfigError,
  errorMessage,
  forMarkdown,
  forPlain,
  loadSourceMaps,
  type Logger,
  runVersion,
  strictOptionsFor,
  typedRuns,
  UserError,
} from '../core/base/index.js';
import {
  bytes,
  fitMarkdown,
  groupFindings,
  groupWarnings,
  loadDriftIssue,
  openReportFile,
  type ReportFile,
  renderMarkdown,
  renderText,
  type Report,
  SUMMARY_MAX_BYTES,
  summaryLine,
  tryWriteReport,
  wholeReport,
} from '../core/report/index.js';
import {
  exitCodeFor,
  runCredentialSync,
  type RunDependencies,
  startWatchdog,
  type Watchdog,
  watchdogHead,
} from '../core/run/index.js';
import { pastedTokens, Secrets } from '../core/trust/index.js';
import {
  driftIssueClient,
  runnerVariableProblems,
  workflowContext,
  type ActionContext,
} from './github.js';
import { inputSource } from './inputs.js';
import { outputValues } from './outputs.js';
import { runnerFileProblems } from './runner-files.js';

export type { ActionContext } from './github.js';

/** The exit code of a configuration mistake, the pipe's: nothing was called. */
export const CONFIGURATION_ERROR = 2;

/** The job summary as the Action writes it: raw Markdown, then one write. */
export interface SummaryWriter {
  addRaw(text: string, addEOL?: boolean): SummaryWriter;
  write(): Promise<unknown>;
}

/** The part of @actions/core the Action uses; tests and local runs inject their own. */
export type ActionsCore = Pick<
  typeof actionsCore,
  'getInput' | 'setSecret' | 'setOutput' | 'setFailed' | 'info' | 'warning' | 'debug' | 'isDebug'
> & {
  summary: SummaryWriter;
  /** A collapsible section of the log around a long phase (`::group::`); optional for fakes. */
  group?: <T>(name: string, fn: () => Promise<T>) => Promise<T>;
};

export interface ActionDependencies {
  core: ActionsCore;
  /** The workflow run's; default: @actions/github's `context`, loaded once the inputs are read. */
  context?: ActionContext;
  env?: NodeJS.ProcessEnv;
  /** The use case; replaced in tests that need no AWS. */
  runCredentialSync?: (config: Config, deps: RunDependencies) => Promise<Report>;
  /** Extra run dependencies (clock, CodeBuild client factory). */
  runDependencies?: Omit<RunDependencies, 'logger' | 'context' | 'secrets'>;
  /** Start the watchdog that ends the process at the deadline plus grace (the shipped entry does). */
  watchdog?: boolean;
}

/**
 * The Action: inputs in, outputs, annotations and the job summary out, one setFailed on
 * failure. Returns 2 for a configuration mistake (as the pipe exits), else nothing: the
 * exit code is then setFailed's 1, or 0.
 */
export async function run(
  deps: ActionDependencies = { core: actionsCore },
): Promise<number | void> {
  const env = deps.env ?? process.env;
  const secrets = registerSecrets(deps.core, env);
  const core = redactingCore(deps.core, secrets);
  // The release that ran, first, on every run.
  core.info(`codebuild-credential-sync ${runVersion(env)}`);
  try {
    const config = await readConfiguration(core, env);
    if (!config) return CONFIGURATION_ERROR;
    await runConfigured(deps, core, env, config, secrets);
  } catch (error) {
    if (error instanceof UserError) {
      core.setFailed(error.message);
      return;
    }
    core.setFailed(`Unexpected error: ${errorMessage(error)}`);
    // A bug, not a mistake: its stack, mapped to src/ by the bundle's source maps, is what
    // a bug report needs.
    await loadSourceMaps();
    if (error instanceof Error && error.stack) core.info(error.stack);
  }
}

/**
 * Registers the secrets before anything can print: every form is masked by the
 * runner (setSecret) and redacted from everything written through `core`.
 */
function registerSecrets(rawCore: ActionsCore, env: NodeJS.ProcessEnv): Secrets {
  const secrets = new Secrets((form) => rawCore.setSecret(form));
  const rawToken = rawCore.getInput('token');
  // A connection or secret ARN (CODECONNECTIONS, SECRETS_MANAGER) is not secret, nor the name of
  // a variable that was never expanded (refused, by name); anything else is.
  if (!/^arn:/.test(rawToken.trim()) && !unexpandedVariable(rawToken))
    secrets.addCredential(rawToken, rawCore.getInput('username') || undefined);
  secrets.add(rawCore.getInput('github-token') || env.GITHUB_TOKEN);
  secrets.add(env.AWS_SECRET_ACCESS_KEY);
  secrets.add(env.AWS_SESSION_TOKEN);
  addProxySecrets(secrets, env, rawCore.getInput('http-proxy'));
  // A token pasted into another input (mode, aws-region, ...) is as secret as one in
  // `token`: the message that refuses the value must not show it.
  // Read as the runner set them (not through getInput): nothing here may throw before the
  // run's own handler is in place.
  for (const word of pastedTokens(
    Object.values(env),
    strictOptionsFor('action').map((o) => env[`INPUT_${o.input.toUpperCase()}`]),
  ))
    secrets.add(word);
  return secrets;
}

/**
 * Every mistake, in the inputs and in the AWS credential variables, before any call: the
 * configuration, or undefined once the step has failed saying what to fix.
 */
async function readConfiguration(
  core: ActionsCore,
  env: NodeJS.ProcessEnv,
): Promise<Config | undefined> {
  let config: Config | undefined;
  const mistakes: string[] = [];
  try {
    config = buildConfig(inputSource(core, env));
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    mistakes.push(...error.problems);
  }
  // Without input 'github-api-url', GITHUB_API_URL was checked as its value (config.ts).
  if (core.getInput('github-api-url')) mistakes.push(...runnerVariableProblems(env));
  mistakes.push(...runnerFileProblems(env));
  // merge reads report files only: no AWS call, so no AWS credentials.
  if (config?.mode !== 'merge') mistakes.push(...(await awsCredentialProblems(env, 'action')));
  if (!config || mistakes.length > 0) {
    // No random-looking word of what was set is shown: it may be a token with no prefix.
    core.setFailed(new ConfigError(mistakes, typedRuns(Object.entries(env).flat())).message);
    return undefined;
  }
  return config;
}

/** Runs a valid configuration within the run's deadline, then publishes what it found. */
async function runConfigured(
  deps: ActionDependencies,
  core: ActionsCore,
  env: NodeJS.ProcessEnv,
  config: Config,
  secrets: Secrets,
): Promise<void> {
  useProxyInputs(env, config);
  const logger: Logger = {
    info: (m) => core.info(m),
    warn: (m) => core.warning(m),
    debug: (m) => core.debug(m),
  };
  logger.debug(
    `Configuration: mode=${config.mode} serverType=${config.serverType} authType=${config.authType} regions=${config.regions.join(',')} dryRun=${config.dryRun} githubApiUrl=${config.githubApiUrl}`,
  );
  const context = deps.context ?? (await workflowContext(env, logger));

  // The run's deadline; a cancelled workflow (SIGINT, then SIGTERM) stops the run the same way.
  const deadline = deps.runDependencies?.deadline ?? new RunDeadline(config.timeoutSeconds);
  const removeSignalHandlers = deadline.cancelOnSignals();
  // Outside the main thread: ends the process even when a synchronous read holds it.
  let watchdog: Watchdog | undefined;
  let file: ReportFile | undefined;
  try {
    if (deps.watchdog)
      watchdog = startWatchdog({
        deadlineAt: deadline.limits.deadlineAt ?? Date.now() + config.timeoutSeconds * 1000,
        timeoutSeconds: config.timeoutSeconds,
        reportFile: config.reportFile,
        // Field by field: a whole JSON text that quoted a secret would be hidden whole, not JSON.
        head: secrets.redactAll(
          JSON.parse(JSON.stringify(watchdogHead({ ...config, context: runContext(context) }))),
        ) as Record<string, unknown>,
        platform: 'action',
      });
    // Written as the run goes (each row once final), renamed over the path at the end; the
    // watchdog's minimal report copies the rows written so far from it.
    file = openReportFile(config.reportFile, secrets);
    const rowsTo = file;
    const dog = watchdog;
    if (file && dog) file.onRows = (at) => dog.rows(at);
    // The run's progress lines fold into one group; the result and the summary stay outside.
    const where =
      config.mode === 'merge'
        ? `${config.reports.length} report path${config.reports.length === 1 ? '' : 's'}`
        : config.allRegions
          ? 'every enabled region'
          : config.regions.join(', ');
    const report = await inGroup(
      core,
      `${config.mode}${config.dryRun ? ' (dry run)' : ''} in ${where}`,
      () =>
        (deps.runCredentialSync ?? runCredentialSync)(config, {
          ...deps.runDependencies,
          logger,
          secrets,
          context: runContext(context),
          deadline,
          onRowFinal: rowsTo && ((row) => rowsTo.row(row)),
        }),
    );

    const outputProblem = await publish(core, env, config, report, logger);
    // A report file that cannot be written fails the step, after the outputs and summary.
    const reportProblem = tryWriteReport(file, report, core.info);

    for (const { text } of groupWarnings(report))
      core.warning(text, { title: 'CodeBuild credential' });

    // The drift issue is bookkeeping: its failure is reported, after the run's own result.
    const issueProblem = config.driftIssue
      ? await tryDriftIssue(core, context, config, report, logger, deadline, secrets)
      : undefined;
    conclude(core, config, report, { reportProblem, outputProblem, issueProblem });
  } finally {
    // A run that ended without a report (a bug) leaves no rows file behind.
    file?.abandon();
    watchdog?.stop();
    removeSignalHandlers();
    deadline.dispose();
  }
}

/**
 * The outputs, the log's text, the job summary and the notes, each within what GitHub takes
 * (fit.ts). Returns why the outputs could not be written, if they could not.
 */
async function publish(
  core: ActionsCore,
  env: NodeJS.ProcessEnv,
  config: Config,
  report: Report,
  logger: Logger,
): Promise<string | undefined> {
  const outputs = outputValues(report, config.reportFile);
  let outputProblem: string | undefined;
  try {
    for (const [name, value] of Object.entries(outputs.values)) core.setOutput(name, value);
  } catch (error) {
    // The runner's file could not take them (a full disk, say): the step fails, saying so.
    outputProblem = `Could not write the step's outputs to GITHUB_OUTPUT: ${errorMessage(error)}`;
  }
  // A failed run's errors are said once, in the failure message below.
  const failing = exitCodeFor(report, config) !== 0;
  // Warnings and findings are annotations (below: a warning each, or the failure), which
  // the log shows too: the text leaves them out.
  core.info(
    renderText(report, {
      errorsShownElsewhere: failing ? report.errors.length : 0,
      warningsShownElsewhere: true,
      findingsShownElsewhere: true,
    }),
  );
  if (core.isDebug()) logger.debug(`Report: ${outputs.values.report}`);
  await writeSummary(core, env, fitSummary(renderMarkdown(report), config.reportFile));
  for (const note of outputs.notes) core.warning(note, { title: 'CodeBuild credential' });
  return outputProblem;
}

/** The step's result: one setFailed saying every problem, or the drift as annotations and a summary line. */
function conclude(
  core: ActionsCore,
  config: Config,
  report: Report,
  {
    reportProblem,
    outputProblem,
    issueProblem,
  }: { reportProblem?: string; outputProblem?: string; issueProblem?: string },
): void {
  const code = exitCodeFor(report, config);
  const problems = [
    code !== 0
      ? failureMessage(report)
      : reportProblem || outputProblem
        ? `${summaryLine(report)}.`
        : undefined,
    reportProblem,
    outputProblem,
    issueProblem,
  ];
  if (problems.some(Boolean)) {
    core.setFailed(problems.filter(Boolean).join('\n'));
    return;
  }
  // Drift that does not fail the job (fail-on-drift: false) still shows as annotations.
  for (const group of groupFindings(report.findings)) {
    core.warning(group.full, { title: `CodeBuild credential drift: ${group.kind}` });
  }
  core.info(`${report.outcome === 'success' ? '✔' : '⚠'} ${summaryLine(report)}`);
}

/**
 * The toolkit with every way out sealed and redacted: log lines, annotations, outputs,
 * the failure message and the job summary. Everything the Action prints goes through
 * it, so no line it prints can begin a workflow command (`core.info` writes as it is
 * given) and outside text is set in code spans in the summary.
 */
function redactingCore(core: ActionsCore, secrets: Secrets): ActionsCore {
  const r = (text: string) => secrets.redactFor(forPlain, text);
  const summary: SummaryWriter = {
    addRaw: (text, addEOL) => {
      core.summary.addRaw(secrets.redactFor(forMarkdown, text), addEOL);
      return summary;
    },
    write: () => core.summary.write(),
  };
  return {
    getInput: (name, options) => core.getInput(name, options),
    setSecret: (value) => core.setSecret(value),
    isDebug: () => core.isDebug(),
    info: (message) => core.info(r(message)),
    debug: (message) => core.debug(r(message)),
    warning: (message, properties) =>
      core.warning(typeof message === 'string' ? r(message) : r(errorMessage(message)), properties),
    setFailed: (message) =>
      core.setFailed(typeof message === 'string' ? r(message) : r(errorMessage(message))),
    setOutput: (name, value) =>
      core.setOutput(name, r(typeof value === 'string' ? value : JSON.stringify(value))),
    summary,
    group: core.group ? (name, fn) => core.group!(r(name), fn) : undefined,
  };
}

/** Runs a long phase in a collapsible group of the log, where the toolkit has groups. */
function inGroup<T>(core: ActionsCore, name: string, fn: () => Promise<T>): Promise<T> {
  return core.group ? core.group(name, fn) : fn();
}

/**
 * Opens, updates or closes the drift issue in the workflow's repository, in its own group of
 * the log; a failure (a UserError) is returned, not thrown.
 */
async function tryDriftIssue(
  core: ActionsCore,
  context: ActionContext,
  config: Config,
  report: Report,
  logger: Logger,
  deadline: RunDeadline,
  secrets: Secrets,
): Promise<string | undefined> {
  try {
    await inGroup(core, 'The drift issue', async () => {
      const ctx = runContext(context);
      const apiUrl = context.apiUrl ?? 'https://api.github.com';
      if (!ctx?.repository) {
        throw new UserError(
          "input 'drift-issue' needs the workflow's repository (GITHUB_REPOSITORY), which is not set.",
        );
      }
      if (!config.githubToken) {
        throw new UserError(
          "input 'drift-issue' needs input 'github-token' (default: the workflow's GITHUB_TOKEN with `permissions: issues: write`).",
        );
      }
      // Loaded (with the rate-limit plugins) only by runs that keep a drift issue.
      const [{ syncDriftIssue }, client] = await Promise.all([
        loadDriftIssue(),
        driftIssueClient(config.githubToken, apiUrl, logger, deadline.limits),
      ]);
      // It says what it did, with the link, once (issue 17: the Action used to say it twice).
      await syncDriftIssue({
        apiUrl,
        client,
        repository: ctx.repository,
        report,
        runUrl: ctx.runUrl,
        logger,
        limits: deadline.limits,
        reportFile: config.reportFile,
        secrets,
      });
    });
    return undefined;
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return error.message;
  }
}

/**
 * The proxy inputs become this process's proxy variables, which every outbound call reads
 * (proxy.ts), as would any library that reads them (@actions/http-client). A variable given as
 * `host:port` is written back as `http://host:port`, which @actions/http-client would
 * otherwise not use.
 */
function useProxyInputs(env: NodeJS.ProcessEnv, config: Config): void {
  for (const name of ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY']) {
    const value = config.httpProxy ?? env[name];
    const url = value ? parseProxyUrl(value.trim()) : undefined;
    if (url) env[name] = url.href;
  }
  if (config.noProxy) env.no_proxy = env.NO_PROXY = config.noProxy;
}

/** What to fix, in one message: the errors, the failed regions and the drift found. */
export function failureMessage(report: Report): string {
  const lines = [`${summaryLine(report)}.`];
  lines.push(...report.errors);
  if (report.errors.length === 0) {
    // A failure that is the same in many regions is said once, with the regions counted.
    const failed = report.regions.filter((r) => r.status === 'error');
    const said = failed.map((r) => `${r.account ? `${r.account}/` : ''}${r.region}: ${r.detail}`);
    lines.push(...groupWarnings({ warnings: said, regions: failed }).map((g) => g.text));
  }
  for (const group of groupFindings(report.findings)) lines.push(group.full);
  if (report.outcome === 'drift') {
    lines.push('Set fail-on-drift: false to report drift without failing the job.');
  }
  return lines.join('\n');
}

/** The job summary within GitHub's 1 MiB, saying what was left out and where the whole report is. */
export function fitSummary(markdown: string, reportFile: string | undefined): string {
  return fitMarkdown(
    markdown,
    SUMMARY_MAX_BYTES,
    bytes,
    (left, total) =>
      `**This summary is cut here**: ${left.toLocaleString('en-US')} of its ${total.toLocaleString('en-US')} lines are left out, since GitHub shows a job summary only up to 1 MiB; ${wholeReport(reportFile, codeSpan)}.`,
  );
}

async function writeSummary(
  core: ActionsCore,
  env: NodeJS.ProcessEnv,
  markdown: string,
): Promise<void> {
  // Outside a runner (no GITHUB_STEP_SUMMARY) there is no summary to write.
  if (!env.GITHUB_STEP_SUMMARY) return;
  try {
    await core.summary.addRaw(markdown, true).write();
  } catch (error) {
    core.warning(`Could not write the job summary: ${errorMessage(error)}`);
  }
}

/** Where the run happens, for the report; fields the runner did not set are left out. */
export function runContext(context: ActionContext): Record<string, string> | undefined {
  let repository: string | undefined;
  try {
    repository = `${context.repo.owner}/${context.repo.repo}`;
  } catch {
    repository = undefined; // context.repo throws outside a runner
  }
  const runUrl =
    context.serverUrl && repository && context.runId
      ? `${context.serverUrl}/${repository}/actions/runs/${context.runId}`
      : undefined;
  const fields: Record<string, string | number | undefined> = {
    repository,
    workflow: context.workflow,
    runId: context.runId,
    runNumber: context.runNumber,
    actor: context.actor,
    serverUrl: context.serverUrl,
    runUrl,
  };
  const present = Object.entries(fields)
    .filter(([, v]) => v !== undefined && v !== '' && !(typeof v === 'number' && Number.isNaN(v)))
    .map(([k, v]) => [k, String(v)]);
  return present.length ? Object.fromEntries(present) : undefined;
}
