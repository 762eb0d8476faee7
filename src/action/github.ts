// The Action's GitHub, from @actions/github: the workflow run's `context` (the report's links,
// the drift issue's repository), and `getOctokit` for the drift issue, which brings
// @actions/http-client's proxy handling (HTTPS_PROXY, NO_PROXY, the http-proxy and no-proxy
// inputs) with plugin-throttling and plugin-retry for GitHub's rate limits. Loaded once the
// inputs are read: a mistake in them exits before Octokit loads, and the proxy inputs are in
// the environment @actions/github reads as it loads.
import type { context as actionsContext } from '@actions/github';
import { boundedWebFetch, type CallLimits, originRefused } from '../core/wire/index.js';
import {
  errorMessage,
  type Logger,
  outside,
  statOrUndefined,
  untilAborted,
  USER_AGENT,
  UserError,
} from '../core/base/index.js';
import type { IssueClient } from '../core/report/index.js';

/** The fields of @actions/github's context the Action reads (a test gives only some). */
export type ActionContext = Pick<typeof actionsContext, 'repo'> &
  Partial<
    Pick<
      typeof actionsContext,
      'workflow' | 'runId' | 'runNumber' | 'actor' | 'serverUrl' | 'apiUrl'
    >
  >;

/**
 * What in the runner's variables would stop @actions/github from loading: it makes its proxy
 * agent for GITHUB_API_URL as it loads, and throws on one that is not a URL.
 */
export function runnerVariableProblems(env: NodeJS.ProcessEnv): string[] {
  const apiUrl = env.GITHUB_API_URL;
  return apiUrl && !URL.canParse(apiUrl)
    ? [
        `GITHUB_API_URL is "${outside(apiUrl)}", which is not a URL. The runner sets it to its GitHub's REST API (https://api.github.com, or https://HOST/api/v3 on GitHub Enterprise Server): unset it or correct it.`,
      ]
    : [];
}

/**
 * @actions/github's `context`. Its event file (GITHUB_EVENT_PATH) is the runner's; one that
 * is missing is said in our words, and one that is not JSON is a clear error, not a crash.
 */
export async function workflowContext(
  env: NodeJS.ProcessEnv,
  logger: Logger,
): Promise<ActionContext> {
  // @actions/github reads the whole file as it loads, synchronously: a device, a pipe or a
  // huge file would hang or exhaust the run, and a missing one it reports with the path as
  // it is, past the Action's sealed output. Such a file is left unread.
  const eventPath = env.GITHUB_EVENT_PATH;
  const unread = eventPath ? eventFileProblem(eventPath) : undefined;
  if (unread) {
    logger.debug(`The workflow's event file (GITHUB_EVENT_PATH) ${unread}: ${outside(eventPath)}`);
    delete env.GITHUB_EVENT_PATH;
  }
  try {
    return (await import('@actions/github')).context;
  } catch (error) {
    const unreadable = (error as NodeJS.ErrnoException).syscall === 'open';
    if (!(error instanceof SyntaxError) && !unreadable) throw error;
    throw new UserError(
      `The workflow's event file (GITHUB_EVENT_PATH) ${unreadable ? 'cannot be read' : 'is not JSON'} (${outside(errorMessage(error))}): it is the runner's, so run the Action in a GitHub Actions job, or point GITHUB_EVENT_PATH at a JSON file.`,
    );
  }
}

/** GitHub's largest webhook payload is 25 MB; an event file is one. */
const MAX_EVENT_BYTES = 25 * 1024 * 1024;

/** Why the event file is not read, or undefined when it is a regular file of an event's size. */
function eventFileProblem(path: string): string | undefined {
  const stat = statOrUndefined(path);
  if (!stat) return 'does not exist or cannot be read';
  if (!stat.isFile()) return 'is not a regular file';
  if (stat.size > MAX_EVENT_BYTES) return 'is larger than any event (25 MB)';
  return undefined;
}

/**
 * getOctokit for the drift issue. Each attempt is bounded as the core's own calls are
 * (web-fetch.ts); a rate limit is waited out only when its wait ends before the run's
 * deadline, twice at most; what plugin-retry repeats (no answer, 5xx) it repeats twice.
 */
export async function driftIssueClient(
  token: string,
  apiUrl: string,
  logger: Logger,
  limits: CallLimits,
): Promise<IssueClient> {
  // One after another: the first loads what the second shares (and Jest's loader races otherwise).
  const { getOctokit } = await import('@actions/github');
  const { defaults } = await import('@actions/github/lib/utils');
  const [{ throttling }, { retry }] = await Promise.all([
    import('@octokit/plugin-throttling'),
    import('@octokit/plugin-retry'),
  ]);
  const origin = new URL(apiUrl).origin;
  const waitOut =
    (limit: string) =>
    (retryAfter: number, _options: unknown, _octokit: unknown, retryCount: number) => {
      const fits = Date.now() + retryAfter * 1000 < (limits.deadlineAt ?? Infinity);
      const retrying = fits && retryCount < 2;
      logger.debug(
        `GitHub: ${limit}; ${retrying ? `retrying in ${retryAfter} s` : `not waited out (${retryAfter} s asked)`}`,
      );
      return retrying;
    };
  const octokit = getOctokit(
    token,
    {
      baseUrl: apiUrl,
      userAgent: USER_AGENT,
      // @actions/github's proxy-aware fetch for GITHUB_API_URL, bounded.
      // It attaches the credential only on the API's origin, as the core's fetch does (wire.ts).
      request: {
        fetch: boundedWebFetch(defaults.request?.fetch ?? fetch, limits, 'GitHub', origin),
      },
      throttle: {
        onRateLimit: waitOut('rate limit reached'),
        onSecondaryRateLimit: waitOut('secondary rate limit reached'),
      },
      // A 429 is plugin-throttling's: it waits as GitHub asks, where plugin-retry would not.
      retry: { retries: 2, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
      log: {
        debug: () => {},
        info: () => {},
        warn: (m: string) => logger.debug(m),
        // The caller reports every failure itself (drift-issue.ts).
        error: () => {},
      },
    },
    throttling,
    retry,
  );
  // Outermost: a request stops with the run, even while a plugin waits to repeat it; and
  // one pointed at another origin than the API's (a Link: rel="next" of a listing) is
  // refused before any plugin could repeat it: the origin rule (wire.ts).
  octokit.hook.wrap('request', (request, options) => {
    const target = new URL(octokit.request.endpoint(options as never).url);
    if (target.origin !== origin)
      return Promise.reject(
        new TypeError('fetch failed', { cause: originRefused('GitHub', target, origin) }),
      );
    return untilAborted(Promise.resolve(request(options)), limits.signal);
  });
  return octokit as unknown as IssueClient;
}
