import { Octokit } from '@octokit/rest';
import {
  boundedFetch,
  type CallLimits,
  callLimitsFor,
  networkFailure,
  type NetworkFailure,
  type RetryOptions,
  serverWait,
  type ServerWait,
} from '../wire/index.js';
import { allPages, type Listing, type Logger, USER_AGENT } from '../base/index.js';

/** @octokit/rest: typed endpoint methods (`rest.users.getAuthenticated`) and `paginate`. */
export type GitHubClient = Octokit;

/**
 * An Octokit for one token and API (github.com or GHES); its own chatter goes to debug only.
 * `redirect: 'manual'` hands a 3xx back instead of following it (to a sign-in page, say).
 * Every attempt has a time limit and stops with the run (`limits`). The token is attached by
 * the fetch alone, and only to requests to `apiUrl`'s origin (the origin rule, wire.ts):
 * Octokit itself holds no credential, so a `Link: rel="next"` or a redirect to another
 * origin is refused, never followed with it.
 */
export function githubClient(
  token: string,
  apiUrl: string,
  logger: Logger,
  limits: CallLimits = callLimitsFor(),
  options: { redirect?: 'manual' } = {},
): GitHubClient {
  // As @octokit/auth-token writes it: a JWT (three parts) is a bearer token.
  const authorization = `${token.split('.').length === 3 ? 'bearer' : 'token'} ${token}`;
  const credential = { origin: new URL(apiUrl).origin, authorization };
  return new Octokit({
    baseUrl: apiUrl,
    userAgent: USER_AGENT,
    request: {
      // Over node:http, not Node's fetch, which would load undici (see http.ts). Octokit
      // reads only what HttpResponse has.
      fetch: boundedFetch(limits, 'GitHub', credential) as unknown as typeof fetch,
      ...(options.redirect ? { redirect: options.redirect } : {}),
    },
    log: {
      debug: () => {},
      info: () => {},
      warn: (m: string) => logger.debug(m),
      // Octokit logs a failed request as "GET /user - 500" even when nothing answered: the
      // caller reports every failure itself, in words that say what happened.
      error: () => {},
    },
  });
}

interface RequestErrorLike {
  status?: number;
  message?: string;
  cause?: unknown;
  response?: { headers?: Record<string, string | number | undefined> };
}

/** The wait a GitHub answer asks for (Retry-After, x-ratelimit-reset, a secondary limit), if any. */
export function githubWait(error: unknown): ServerWait | undefined {
  const e = error as RequestErrorLike;
  const headers = e.response?.headers;
  if (!headers || !e.status) return undefined;
  const header = (name: string) =>
    headers[name] === undefined ? undefined : String(headers[name]);
  return serverWait(e.status, header, e.message);
}

/** Whether a failed GitHub read is worth repeating: no answer, a 429 or 5xx, or a rate limit's 403. */
export function githubRetryable(error: unknown): boolean {
  // A request refused by the origin rule (wire.ts) would be refused again.
  if (githubNetworkFailure(error)?.kind === 'other-origin') return false;
  const status = (error as RequestErrorLike).status ?? 0;
  return status === 429 || status >= 500 || status === 0 || (status === 403 && !!githubWait(error));
}

/** How GitHub reads are retried: three attempts, each wait as long as GitHub asks, none past the deadline. */
export function githubRetry(
  limits: Pick<CallLimits, 'signal' | 'deadlineAt'>,
  sleep?: (ms: number) => Promise<void>,
): RetryOptions {
  return {
    attempts: 3,
    baseMs: 300,
    sleep,
    signal: limits.signal,
    deadlineAt: limits.deadlineAt,
    asked: githubWait,
  };
}

/**
 * Octokit reports a failure on the wire as status 500 with the socket's message
 * ("getaddrinfo ENOTFOUND github.com"): this tells it apart from a real answer.
 */
export function githubNetworkFailure(error: unknown): NetworkFailure | undefined {
  const e = error as RequestErrorLike;
  // A real answer carries a response; a failure on the wire does not.
  if ((error as { response?: unknown }).response) return undefined;
  return networkFailure(e.cause ?? error) ?? networkFailure(error);
}

/** `Link: <url>; rel="next"` (RFC 8288, as GitHub sends it): the next page's URL, if any. */
export function nextLink(link: unknown): string | undefined {
  return typeof link === 'string' ? /<([^<>]+)>\s*;\s*rel="next"/.exec(link)?.[1] : undefined;
}

/**
 * Every item of a GitHub listing, page by page as `Link: rel="next"` says, under the
 * listing's caps (pages.ts): in place of Octokit's paginate, which follows any link for ever.
 * A next link on another origin is refused by the fetch (the origin rule), never followed.
 */
export function githubPages<T>(
  request: Octokit['request'],
  route: string,
  parameters: Record<string, unknown>,
  listing: Listing,
): Promise<T[]> {
  const send = request as unknown as (
    route: string | Record<string, unknown>,
    parameters?: Record<string, unknown>,
  ) => Promise<{ data: unknown; headers: Record<string, unknown> }>;
  return allPages(async (next) => {
    const response = next
      ? await send({ method: 'GET', url: next })
      : await send(route, parameters);
    // A listing's page is a JSON array; anything else (a sign-in page) is not GitHub's answer.
    if (!Array.isArray(response.data))
      throw new Error(`the answer to a page of ${listing.what} is not a list`);
    return {
      items: response.data as T[],
      next: nextLink(response.headers.link),
    };
  }, listing);
}

/** Where a GitHub failure on the wire sends the user when no front door named it. */
export const GITHUB_CHECK = 'the GitHub API URL';
