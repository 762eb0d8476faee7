// One GitHub issue that tracks drift: opened on the first drifting check, updated while
// drift lasts, closed by the first clean check. Core code: no @actions/* here; the Action
// gives the client (@actions/github's getOctokit, which retries and respects GitHub's rate
// limits), and this module says which calls it may repeat.
import type { Octokit } from '@octokit/rest';
import { chars, fitMarkdown, ISSUE_BODY_MAX_CHARS, wholeReport } from './fit.js';
import {
  codeSpan,
  errorMessage,
  forMarkdown,
  ListingError,
  LISTINGS,
  type Logger,
  outside,
  UserError,
} from '../base/index.js';
import type { Secrets } from '../trust/index.js';
import { type CallLimits, describeNetworkFailure, formatWait } from '../wire/index.js';
import { githubNetworkFailure, githubPages, githubWait } from '../providers/index.js';
import { renderMarkdown, type Report } from './report.js';

export interface DriftIssueResult {
  action: 'opened' | 'updated' | 'closed' | 'unchanged' | 'none';
  number?: number;
  url?: string;
}

/**
 * The calls the drift issue makes, on an Octokit authenticated with a token that may write
 * issues in the repository (the workflow's GITHUB_TOKEN; not the imported token). It retries
 * what fails on the wire or with a 5xx unless a call says `request: { retries: 0 }`
 * (plugin-retry), and waits out GitHub's rate limits (plugin-throttling).
 */
export type IssueClient = Pick<Octokit, 'request' | 'paginate'>;

/** A write that must not be sent twice: a repeat after a lost answer would duplicate it. */
const ONCE = { request: { retries: 0 } };

export interface DriftIssueOptions {
  /** GitHub REST base URL (GITHUB_API_URL), for messages: `client` calls it. */
  apiUrl: string;
  client: IssueClient;
  /** `owner/repo` where the issue lives. */
  repository: string;
  report: Report;
  /** Link to the run that made the report. */
  runUrl?: string;
  logger: Logger;
  /** Time limits of each call, and the run's signal. */
  limits?: CallLimits;
  /** The report file, where the whole report is when the body is cut. */
  reportFile?: string;
  /** The run's secrets: the body is redacted once more right before it is sent. */
  secrets?: Secrets;
}

/** Both must be present for an issue to be ours: a label anyone can see and filter on, and a marker people do not type. */
export const DRIFT_LABEL = 'codebuild-credential-drift';
export const DRIFT_MARKER = '<!-- codebuild-credential-sync:drift -->';

interface IssueData {
  number: number;
  html_url: string;
  body?: string | null;
  labels?: Array<string | { name?: string }>;
  pull_request?: unknown;
}

interface RequestErrorLike {
  status?: number;
  message?: string;
  response?: { data?: unknown };
}

function parseRepository(repository: string): { owner: string; repo: string } {
  const m = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})$/.exec(repository);
  if (!m || m[2] === '.' || m[2] === '..') {
    throw new UserError(`The drift issue needs a repository as owner/repo; got "${repository}".`);
  }
  return { owner: m[1]!, repo: m[2]! };
}

function labelNames(issue: IssueData): string[] {
  return (issue.labels ?? []).map((l) => (typeof l === 'string' ? l : (l.name ?? '')));
}

function isOurs(issue: IssueData): boolean {
  return (
    !issue.pull_request &&
    labelNames(issue).includes(DRIFT_LABEL) &&
    (issue.body ?? '').includes(DRIFT_MARKER)
  );
}

function title(report: Report): string {
  return `CodeBuild credential drift: ${report.serverType} credential`;
}

function runLink(runUrl: string | undefined): string {
  return runUrl ? `[this run](${runUrl})` : 'run link not available';
}

function body(
  report: Report,
  runUrl: string | undefined,
  reportFile: string | undefined,
  redact: (text: string) => string,
): string {
  const footer = [
    '',
    `Last checked ${report.generatedAt} by ${runUrl ? `[this run](${runUrl})` : 'codebuild-credential-sync'}.`,
    '',
    `_codebuild-credential-sync keeps this issue up to date and closes it when a check finds no drift. Keep the \`${DRIFT_LABEL}\` label: it is how the next run finds this issue._`,
    '',
    DRIFT_MARKER,
  ].join('\n');
  // GitHub refuses a body over 65,536 characters: the table is cut where a line ends, and says so.
  const table = fitMarkdown(
    renderMarkdown(report),
    ISSUE_BODY_MAX_CHARS - footer.length - 1,
    chars,
    (left, total) =>
      `**This report is cut here**: ${left.toLocaleString('en-US')} of its ${total.toLocaleString('en-US')} lines are left out, since GitHub takes an issue body of at most 65,536 characters; ${wholeReport(reportFile, codeSpan)}${runUrl ? ` of [this run](${runUrl})` : ''}.`,
  );
  // Redacted once more at its sink, right before it is sent (the report already was).
  return redact(`${table}\n${footer}`);
}

/** Why a call reached no answer of GitHub's API, said as what to fix; undefined when GitHub answered. */
function transportFailure(error: unknown, apiUrl: string, limits?: CallLimits): string | undefined {
  const failure = githubNetworkFailure(error);
  if (failure) {
    return describeNetworkFailure(failure, {
      what: `GitHub (${apiUrl})`,
      endpoint: new URL(apiUrl).host,
      url: apiUrl,
      check: "the workflow's GITHUB_API_URL",
      timeoutMs: limits?.callTimeoutMs,
    });
  }
  const e = error as RequestErrorLike;
  // No HTTP error from GitHub's API: what answered could not be read as its answer.
  if (!e.status || !e.response)
    return `what answered at ${apiUrl} is not GitHub's REST API (${outside(errorMessage(error), 120)}). Check the workflow's GITHUB_API_URL, and any proxy or sign-in page in between.`;
  return undefined;
}

/** GitHub's refusal of a call (an HTTP error), said as what to fix. */
function httpRefusal(error: RequestErrorLike, doing: string, repository: string): string {
  const status = error.status!;
  // A rate limit the client did not wait out (its wait would pass the run's deadline, or
  // it had waited twice already).
  const wait = githubWait(error);
  if (wait && (status === 403 || status === 429))
    return `Could not ${doing} in ${repository}: GitHub's rate limit held it back (HTTP ${status}; it asked to wait ${formatWait(wait.ms)}, by ${wait.source}; it is waited out only when the wait ends before the run's deadline, timeout-seconds, and at most twice). The next scheduled check will try again.`;
  const data = error.response?.data as { message?: unknown } | undefined;
  const message = outside(typeof data?.message === 'string' ? data.message : errorMessage(error));
  const failed = `Could not ${doing} in ${repository} (HTTP ${status}: ${message}).`;
  if (status === 401)
    return `${failed} GitHub rejected the \`github-token\` input: it is wrong or expired.`;
  if (status === 403 || status === 404)
    return `${failed} The drift issue needs a token that can write issues there: give the job \`permissions: issues: write\` and pass it as the \`github-token\` input (the default is the workflow's GITHUB_TOKEN).`;
  if (status === 410)
    return `${failed} Issues are disabled in ${repository}: enable them, or turn off \`drift-issue\`.`;
  if (status >= 500)
    return `${failed} GitHub could not serve it; the next scheduled check will try again.`;
  return failed;
}

/**
 * The drift issues of one repository: each call the steps make, which of them may repeat
 * (the client retries unless a write says ONCE), and every failure as a UserError.
 */
class DriftIssues {
  private readonly owner: string;
  private readonly repo: string;

  constructor(private readonly options: DriftIssueOptions) {
    ({ owner: this.owner, repo: this.repo } = parseRepository(options.repository));
  }

  /**
   * Every text the issue gets (body, comment) passes the Markdown sink here, whatever made
   * it: no HTML but ours, no mention or reference from outside, redacted.
   */
  private markdown(text: string): string {
    const { secrets } = this.options;
    return secrets ? secrets.redactFor(forMarkdown, text) : forMarkdown(text);
  }

  /** Runs one call (the client retries it, if it may); turns GitHub's refusals into what to fix. */
  private async call<T>(doing: string, work: () => Promise<T>): Promise<T> {
    const { repository, apiUrl, limits } = this.options;
    try {
      return await work();
    } catch (error) {
      if (error instanceof ListingError)
        throw new UserError(`Could not ${doing} in ${repository}: ${error.message}`);
      const unanswered = transportFailure(error, apiUrl, limits);
      if (unanswered) throw new UserError(`Could not ${doing} in ${repository}: ${unanswered}`);
      throw new UserError(httpRefusal(error as RequestErrorLike, doing, repository));
    }
  }

  /** The open issues carrying both the label and the marker, oldest first. */
  async listOurs(): Promise<IssueData[]> {
    const { owner, repo } = this;
    const candidates = await this.call('list the open drift issues', () =>
      githubPages<IssueData>(
        this.options.client.request,
        'GET /repos/{owner}/{repo}/issues',
        { owner, repo, state: 'open', labels: DRIFT_LABEL, per_page: 100 },
        LISTINGS.driftIssues,
      ),
    );
    return candidates.filter(isOurs).sort((a, b) => a.number - b.number);
  }

  /** Sent once: a repeat after a lost answer would comment twice. */
  async comment(issue: number, body: string): Promise<void> {
    const { owner, repo } = this;
    await this.call(`comment on issue #${issue}`, () =>
      this.options.client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        owner,
        repo,
        issue_number: issue,
        body: this.markdown(body),
        ...ONCE,
      }),
    );
  }

  async update(issue: number, title: string, body: string): Promise<void> {
    await this.patch(`update issue #${issue}`, issue, { title, body: this.markdown(body) });
  }

  async close(issue: number): Promise<void> {
    await this.patch(`close issue #${issue}`, issue, {
      state: 'closed',
      state_reason: 'completed',
    });
  }

  /** One PATCH of an issue: its title and body, or its state. */
  private async patch(what: string, issue: number, fields: Record<string, string>): Promise<void> {
    const { owner, repo } = this;
    await this.call(what, () =>
      this.options.client.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
        owner,
        repo,
        issue_number: issue,
        ...fields,
      }),
    );
  }

  /** Not repeated: a create that failed after GitHub stored it would leave a duplicate. */
  async open(title: string, body: string): Promise<IssueData> {
    const { owner, repo } = this;
    const created = await this.call('open the drift issue', () =>
      this.options.client.request('POST /repos/{owner}/{repo}/issues', {
        owner,
        repo,
        title,
        body: this.markdown(body),
        labels: [DRIFT_LABEL],
        ...ONCE,
      }),
    );
    return created.data as IssueData;
  }
}

/** A clean check: "Resolved" on, then closed, every open drift issue. */
async function closeResolved(
  issues: DriftIssues,
  ours: IssueData[],
  { report, runUrl, logger }: DriftIssueOptions,
): Promise<DriftIssueResult> {
  if (!ours.length) return { action: 'none' };
  for (const issue of ours) {
    await issues.comment(
      issue.number,
      `Resolved: a check at ${report.generatedAt} found no drift (${runLink(runUrl)}).`,
    );
    await issues.close(issue.number);
    logger.info(`Drift issue: closed #${issue.number} (${issue.html_url}): no drift any more.`);
  }
  return { action: 'closed', number: ours[0]!.number, url: ours[0]!.html_url };
}

/** Drift with an issue open: the oldest gets the new body and a "Still drifting" comment. */
async function updateOldest(
  issues: DriftIssues,
  ours: IssueData[],
  text: string,
  { report, runUrl, logger }: DriftIssueOptions,
): Promise<DriftIssueResult> {
  const existing = ours[0]!;
  if (ours.length > 1) {
    logger.warn(
      `Drift issue: ${ours.length} open issues carry the drift marker (${ours.map((i) => `#${i.number}`).join(', ')}); updating #${existing.number}, the oldest.`,
    );
  }
  await issues.update(existing.number, title(report), text);
  await issues.comment(
    existing.number,
    `Still drifting as of ${report.generatedAt} (${runLink(runUrl)}).`,
  );
  logger.info(`Drift issue: updated #${existing.number} (${existing.html_url}).`);
  return { action: 'updated', number: existing.number, url: existing.html_url };
}

/** Drift with no issue open: one is opened, labelled so that the next run finds it. */
async function openIssue(
  issues: DriftIssues,
  text: string,
  { report, logger }: DriftIssueOptions,
): Promise<DriftIssueResult> {
  const issue = await issues.open(title(report), text);
  if (!labelNames(issue).includes(DRIFT_LABEL)) {
    logger.warn(
      `Drift issue: GitHub did not keep the ${DRIFT_LABEL} label on #${issue.number} (the token may not set labels), so the next run cannot find it. Add the label by hand.`,
    );
  }
  logger.info(`Drift issue: opened #${issue.number} (${issue.html_url}).`);
  return { action: 'opened', number: issue.number, url: issue.html_url };
}

/**
 * Opens, updates or closes the one issue that tracks drift in `repository`.
 *
 * - Drift (`report.drift`): updates the open issue carrying both the `codebuild-credential-drift`
 *   label and the hidden marker (new body, plus a "Still drifting" comment) or, when there is
 *   none, opens it. Never opens a second one.
 * - Clean (`outcome` success, no drift): comments "Resolved" on and closes every such open issue.
 * - Anything else (the check itself failed): touches nothing, `unchanged`.
 *
 * Every failure is a UserError: a 401/403/404/410 says what the workflow needs; anything that
 * is not an answer of GitHub's API (a sign-in page, a proxy's) says so.
 */
export async function syncDriftIssue(options: DriftIssueOptions): Promise<DriftIssueResult> {
  const { repository, report, runUrl, logger, reportFile } = options;
  const redact = (text: string) => options.secrets?.redact(text) ?? text;
  const issues = new DriftIssues(options);
  // Clean only when at least one target was checked and none drifts: a run with nothing to
  // check proves nothing, and never closes the issue.
  const checked = report.regions.some((r) => r.status !== 'error');
  const clean = !report.drift && report.outcome === 'success' && checked;
  if (!report.drift && !clean) {
    logger.debug('Drift issue: the check failed, so the issue is left as it is.');
    return { action: 'unchanged' };
  }
  logger.debug(`Drift issue: looking for an open issue labelled ${DRIFT_LABEL} in ${repository}`);
  const ours = await issues.listOurs();
  if (clean) return closeResolved(issues, ours, options);
  // Made before any write: the calls below fail only for what GitHub (or something in
  // between) answered.
  const text = body(report, runUrl, reportFile, redact);
  if (ours[0]) return updateOldest(issues, ours, text, options);
  return openIssue(issues, text, options);
}
