import {
  GITHUB_CHECK,
  githubClient,
  githubNetworkFailure,
  githubRetry,
  githubRetryable,
  githubWait,
} from './github-client.js';
import {
  type CallLimits,
  callLimitsFor,
  describeApiFailure,
  describeWaitPastDeadline,
  SANE_WAIT_MS,
  withRetry,
} from '../wire/index.js';
import {
  type Logger,
  outside,
  outsideAll,
  ProviderUnavailableError,
  type TokenReport,
} from '../base/index.js';
import { GITHUB_SCOPES, checkScopes, parseScopeHeader } from './scopes.js';
import type { ScopeCheck } from './scopes.js';
import { tokenForm } from '../trust/index.js';
import { probeRepositoryPermissions, type RepositoryProbe } from './github-permissions.js';
import {
  UnverifiedAnswerError,
  describeBody,
  requireProvider,
  type Provider,
} from './provenance.js';

/** The token's kind by its prefix (token-form.ts), for a token given as a GitHub one. */
export function githubTokenKind(token: string): { kind: string; description: string } {
  const form = tokenForm(token);
  return form?.provider === 'github'
    ? { kind: form.kind, description: form.description }
    : { kind: 'unknown', description: 'GitHub token (unrecognised prefix)' };
}

/** `2026-11-25 10:00:00 UTC` or `2026-11-25 10:00:00 +0900` to ISO-8601 UTC; undefined if unreadable. */
export function parseGitHubExpiry(header: string): string | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})\s*(UTC|GMT|Z|[+-]\d{2}:?\d{2})?$/i.exec(
    header.trim(),
  );
  if (!m) return undefined;
  const zone =
    !m[3] || /^(utc|gmt|z)$/i.test(m[3]) ? 'Z' : m[3].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
  const time = Date.parse(`${m[1]}T${m[2]}${zone}`);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString().replace('.000Z', 'Z');
}

interface RequestErrorLike {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | undefined>; data?: unknown };
}

/** Headers every answer of GitHub's REST API carries (github.com and GHES), one of which must be present. */
const GITHUB_HEADERS =
  /^(x-github-|x-oauth-scopes$|x-accepted-oauth-scopes$|x-ratelimit-limit$|github-authentication-token-expiration$)/i;

/** Token kinds whose answers always carry X-OAuth-Scopes: without it, nothing is proven. */
const SCOPED_KINDS = new Set(['classic-pat', 'oauth', 'unknown']);

/** Why GitHub could not be asked, in words that say what it was: the wire, a rate limit, or an answer. */
export function githubUnavailable(
  error: unknown,
  what: string,
  apiUrl: string,
  limits: Pick<CallLimits, 'callTimeoutMs'>,
  attempts: number,
  check = GITHUB_CHECK,
): string {
  const failure = githubNetworkFailure(error);
  if (failure) {
    return describeApiFailure(failure, apiUrl, {
      what,
      check,
      attempts,
      timeoutMs: limits.callTimeoutMs,
    });
  }
  const e = error as RequestErrorLike;
  const headers = e.response?.headers ?? {};
  if (e.status === 429 || (e.status === 403 && githubWait(error))) {
    const reset = Number(headers['x-ratelimit-remaining'] === '0' && headers['x-ratelimit-reset']);
    const when =
      // An absurd reset time is not shown (nor can it be: past year 275760 there is no date).
      Number.isFinite(reset) && reset > 0 && reset * 1000 <= Date.now() + SANE_WAIT_MS
        ? `; it resets at ${new Date(reset * 1000).toISOString()}`
        : '';
    return `${what} was refused: GitHub's rate limit was reached (HTTP ${e.status}${attempts > 1 ? `, ${attempts} attempts` : ''})${when}${describeWaitPastDeadline(error, 'GitHub')}. Run again later.`;
  }
  return `${what} failed (${e.status ? `HTTP ${e.status}` : 'no answer'}: ${e.message === undefined ? 'unknown error' : outside(e.message)}).`;
}

const FINE_GRAINED_NEEDS =
  'Contents: read, Commit statuses: read and write, Webhooks: read and write, and Pull requests: read for FILE_PATH filters';

type Introspection = { token: TokenReport; warnings: string[] };

/** GitHub's answer to GET /user. */
interface UserAnswer {
  status: number;
  data: { login?: string };
  headers: Record<string, string | number | undefined>;
}

/** How GitHub's own answers are recognised (provenance.ts). */
function githubProvider(apiUrl: string): Provider {
  return {
    name: 'GitHub',
    apiUrl,
    ownHeaders: GITHUB_HEADERS,
    exampleHeader: 'X-GitHub-Request-Id',
  };
}

/**
 * Asks GitHub who the token is (GET /user), then judges the answer: rejected, an
 * installation token, a classic token's scopes, or a scope-less token's permissions
 * probed on the named repositories. Read-only.
 */
export async function introspectGitHub(
  token: string,
  apiUrl: string,
  logger: Logger,
  sleep?: (ms: number) => Promise<void>,
  repositories: string[] = [],
  limits: CallLimits = callLimitsFor(),
  /** The front door's name for the API URL, for messages: GITHUB_API_URL or input 'github-api-url'. */
  check = GITHUB_CHECK,
): Promise<Introspection> {
  const form = githubTokenKind(token);
  const asked = await askWhoAmI(token, apiUrl, logger, sleep, limits);
  if ('refusal' in asked)
    return refused(asked.refusal, asked.attempts, form, apiUrl, limits, check);
  const response = requireUserAnswer(asked.response, apiUrl);
  const warnings: string[] = [];
  const scopes = readScopes(response.headers, form);
  const expiresAt = readExpiry(response.headers, warnings);
  const identity = outside(response.data.login!);
  const { kind, description } = form;
  if (!scopes && repositories.length > 0) {
    const probes = await probed(token, apiUrl, repositories, logger, sleep, limits, warnings);
    return {
      token: { kind, description, accepted: true, identity, ...probes, expiresAt },
      warnings,
    };
  }
  if (!scopes) {
    warnings.push(
      kind === 'fine-grained-pat'
        ? `Fine-grained token: GitHub does not list its permissions, so they are unverified. CodeBuild needs ${FINE_GRAINED_NEEDS}, on repositories the token's resource owner holds.`
        : `GitHub did not report this token's scopes (no X-OAuth-Scopes header), so they are unverified. CodeBuild needs the repo scope.`,
    );
  }
  // A token with no known prefix that has scopes is a classic one.
  const classic = kind === 'unknown' && scopes;
  return {
    token: {
      kind: classic ? 'classic-pat' : kind,
      description: classic ? 'GitHub personal access token (classic)' : description,
      accepted: true,
      identity,
      scopes: scopes && outsideAll(scopes),
      required: checkScopes(scopes, GITHUB_SCOPES),
      expiresAt,
    },
    warnings,
  };
}

/** GET /user, retried as GitHub reads are (github-client.ts); its refusal, when it refused. */
async function askWhoAmI(
  token: string,
  apiUrl: string,
  logger: Logger,
  sleep: ((ms: number) => Promise<void>) | undefined,
  limits: CallLimits,
): Promise<{ response: UserAnswer } | { refusal: unknown; attempts: number }> {
  // `redirect: 'manual'`: a redirect (to a sign-in page) is an answer, not GitHub's.
  const octokit = githubClient(token, apiUrl, logger, limits, { redirect: 'manual' });
  let attempts = 0;
  logger.debug(`GitHub: GET ${apiUrl}/user`);
  try {
    const response = await withRetry(
      () => {
        attempts++;
        return octokit.rest.users.getAuthenticated();
      },
      githubRetryable,
      githubRetry(limits, sleep),
    );
    return { response };
  } catch (refusal) {
    return { refusal, attempts };
  }
}

/**
 * What GET /user's failure says about the token: rejected (401), an installation token
 * (403), or nothing, because GitHub could not be asked (thrown).
 */
function refused(
  error: unknown,
  attempts: number,
  { kind, description }: { kind: string; description: string },
  apiUrl: string,
  limits: CallLimits,
  check: string,
): Introspection {
  const e = error as RequestErrorLike;
  const github = githubProvider(apiUrl);
  const answer = e.response && {
    status: e.status ?? 0,
    headers: e.response.headers ?? {},
    body: e.response.data,
  };
  // A refusal means something only when it is GitHub's (JSON, not a redirect or a
  // portal's page); a 403 that lets an installation token through must be GitHub's own.
  if (answer && e.status === 401) requireProvider(answer, github, { strict: false });
  if (answer && e.status === 403 && kind === 'app-installation') requireProvider(answer, github);
  if (e.status === 401) {
    const problem =
      kind === 'refresh'
        ? 'GitHub rejected it (401): a refresh token cannot call the API; use a personal access token.'
        : 'GitHub rejected it (401 Bad credentials): the token is wrong, expired or revoked. Create a new token and update the secret.';
    return { token: { kind, description, accepted: false, required: [], problem }, warnings: [] };
  }
  if (e.status === 403 && kind === 'app-installation' && !githubWait(error)) {
    // Installation tokens cannot read /user, but a 403 (not 401) proves GitHub accepted them.
    // Their one-hour life is judged with every other expiry (validate.ts).
    return {
      token: { kind, description, accepted: true, required: checkScopes(undefined, GITHUB_SCOPES) },
      warnings: [],
    };
  }
  // A proxy's error page is described, never quoted.
  if (answer && typeof answer.body === 'string') {
    throw new ProviderUnavailableError(
      `Could not validate the token with GitHub at ${apiUrl} (HTTP ${e.status}: ${describeBody(answer)}).`,
      e.status,
    );
  }
  throw new ProviderUnavailableError(
    `Could not validate the token: ${githubUnavailable(error, `GitHub GET /user (${apiUrl})`, apiUrl, limits, attempts, check)}`,
    answer ? e.status : undefined,
  );
}

/** GET /user's answer, once proven GitHub's and about a user (it has a login). */
function requireUserAnswer(response: UserAnswer, apiUrl: string): UserAnswer {
  requireProvider(
    { status: response.status, headers: response.headers, body: response.data },
    githubProvider(apiUrl),
  );
  if (typeof response.data.login !== 'string') {
    throw new UnverifiedAnswerError(
      `Could not verify the token: ${new URL(apiUrl).host} answered GET /user without a login — not GitHub's answer for a user.`,
      true,
    );
  }
  return response;
}

/** The classic scopes GitHub reported; undefined when it reports none (fine-grained, app tokens). */
function readScopes(
  headers: UserAnswer['headers'],
  { kind, description }: { kind: string; description: string },
): string[] | undefined {
  const header = headers['x-oauth-scopes'];
  const scopes = header === undefined ? undefined : parseScopeHeader(String(header));
  if (!scopes && SCOPED_KINDS.has(kind)) {
    // GitHub reports the scopes of every classic and OAuth token: their absence proves nothing.
    throw new UnverifiedAnswerError(
      `Could not verify the token: GitHub answered for this ${description} without the X-OAuth-Scopes header, which it sends for every classic token (a proxy may have removed it), so its scopes are unverified.`,
    );
  }
  return scopes;
}

/** When the token expires, as GitHub said; a date that cannot be read is a warning. */
function readExpiry(headers: UserAnswer['headers'], warnings: string[]): string | undefined {
  const header = headers['github-authentication-token-expiration'];
  if (header === undefined) return undefined;
  const expiresAt = parseGitHubExpiry(String(header));
  if (!expiresAt) {
    warnings.push(
      `GitHub sent an expiry date that could not be read ("${outside(header)}"); expiry is unknown.`,
    );
  }
  return expiresAt;
}

/** A scope-less token's permissions, probed read-only on the named repositories (they cannot be listed). */
async function probed(
  token: string,
  apiUrl: string,
  repositories: string[],
  logger: Logger,
  sleep: ((ms: number) => Promise<void>) | undefined,
  limits: CallLimits,
  warnings: string[],
): Promise<Pick<TokenReport, 'required' | 'repositories'>> {
  const probes = await probeRepositoryPermissions(
    token,
    apiUrl,
    repositories,
    logger,
    sleep,
    limits,
  );
  const required = summarizeProbes(probes);
  const unproven = required.filter((c) => c.status === 'unknown').map((c) => c.scope);
  if (unproven.length > 0) {
    warnings.push(
      `Probed ${repositories.join(', ')}: not proven either way: ${unproven.join(', ')} (a write permission cannot be proven without a write; public repositories can be read without a permission).`,
    );
  }
  return { required, repositories: probes };
}

/** One line per permission over all probed repositories: missing anywhere wins, then unknown. */
function summarizeProbes(probes: RepositoryProbe[]): ScopeCheck[] {
  const summary = new Map<string, ScopeCheck>();
  for (const probe of probes) {
    for (const c of probe.checks) {
      const seen = summary.get(c.permission);
      const rank = { missing: 2, unknown: 1, granted: 0 } as const;
      if (!seen || rank[c.status] > rank[seen.status]) {
        summary.set(c.permission, {
          scope: c.permission,
          status: c.status,
          ...(c.optional ? { optional: true } : {}),
        });
      }
    }
  }
  return [...summary.values()];
}
