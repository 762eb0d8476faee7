import { GITHUB_CHECK, githubClient, githubNetworkFailure } from './github-client.js';
import { callLimitsFor, type CallLimits } from '../deadline.js';
import { describeNetworkFailure } from '../network-errors.js';
import type { Logger } from '../logger.js';
import type { TokenReport } from '../report.js';
import { GITHUB_SCOPES, checkScopes, parseScopeHeader } from '../scopes.js';
import { withRetry } from '../retry.js';
import { ProviderUnavailableError } from '../errors.js';
import { outside, outsideAll } from '../outside.js';
import type { ScopeCheck } from '../scopes.js';
import { tokenForm } from '../token-form.js';
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
): string {
  const failure = githubNetworkFailure(error);
  if (failure) {
    return describeNetworkFailure(failure, {
      what,
      endpoint: new URL(apiUrl).host,
      url: apiUrl,
      check: GITHUB_CHECK,
      timeoutMs: limits.callTimeoutMs,
      attempts,
    });
  }
  const e = error as RequestErrorLike;
  const headers = e.response?.headers ?? {};
  if (e.status === 429 || (e.status === 403 && headers['x-ratelimit-remaining'] === '0')) {
    const reset = Number(headers['x-ratelimit-reset']);
    const when =
      Number.isFinite(reset) && reset > 0
        ? `; it resets at ${new Date(reset * 1000).toISOString()}`
        : '';
    return `${what} was refused: GitHub's rate limit was reached (HTTP ${e.status}${attempts > 1 ? `, ${attempts} attempts` : ''})${when}. Run again later.`;
  }
  return `${what} failed (${e.status ? `HTTP ${e.status}` : 'no answer'}: ${e.message === undefined ? 'unknown error' : outside(e.message)}).`;
}

const FINE_GRAINED_NEEDS =
  'Contents: read, Commit statuses: read and write, Webhooks: read and write, and Pull requests: read for FILE_PATH filters';

export async function introspectGitHub(
  token: string,
  apiUrl: string,
  logger: Logger,
  sleep?: (ms: number) => Promise<void>,
  repositories: string[] = [],
  limits: CallLimits = callLimitsFor(),
): Promise<{ token: TokenReport; warnings: string[] }> {
  const { kind, description } = githubTokenKind(token);
  const warnings: string[] = [];
  const octokit = githubClient(token, apiUrl, logger, limits, { redirect: 'manual' });
  const github: Provider = {
    name: 'GitHub',
    apiUrl,
    ownHeaders: GITHUB_HEADERS,
    exampleHeader: 'X-GitHub-Request-Id',
  };
  let attempts = 0;

  let response: {
    status: number;
    data: { login?: string };
    headers: Record<string, string | number | undefined>;
  };
  try {
    logger.debug(`GitHub: GET ${apiUrl}/user`);
    response = await withRetry(
      () => {
        attempts++;
        return octokit.rest.users.getAuthenticated();
      },
      (e) => {
        const status = (e as RequestErrorLike).status ?? 0;
        return status === 429 || status >= 500 || status === 0;
      },
      { attempts: 3, baseMs: 300, sleep, signal: limits.signal },
    );
  } catch (error) {
    const e = error as RequestErrorLike;
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
      return { token: { kind, description, accepted: false, required: [], problem }, warnings };
    }
    if (e.status === 403 && kind === 'app-installation') {
      // Installation tokens cannot read /user, but a 403 (not 401) proves GitHub accepted them.
      // Their one-hour life is judged with every other expiry (validate.ts).
      return {
        token: {
          kind,
          description,
          accepted: true,
          required: checkScopes(undefined, GITHUB_SCOPES),
        },
        warnings,
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
      `Could not validate the token: ${githubUnavailable(error, `GitHub GET /user (${apiUrl})`, apiUrl, limits, attempts)}`,
      answer ? e.status : undefined,
    );
  }

  requireProvider(
    { status: response.status, headers: response.headers, body: response.data },
    github,
  );
  if (typeof response.data.login !== 'string') {
    throw new UnverifiedAnswerError(
      `Could not verify the token: ${new URL(apiUrl).host} answered GET /user without a login — not GitHub's answer for a user.`,
      true,
    );
  }
  const headers = response.headers;
  const scopeHeader = headers['x-oauth-scopes'];
  const scopes = scopeHeader === undefined ? undefined : parseScopeHeader(String(scopeHeader));
  if (!scopes && SCOPED_KINDS.has(kind)) {
    // GitHub reports the scopes of every classic and OAuth token: their absence proves nothing.
    throw new UnverifiedAnswerError(
      `Could not verify the token: GitHub answered for this ${description} without the X-OAuth-Scopes header, which it sends for every classic token (a proxy may have removed it), so its scopes are unverified.`,
    );
  }
  const expiryHeader = headers['github-authentication-token-expiration'];
  const expiresAt =
    expiryHeader === undefined ? undefined : parseGitHubExpiry(String(expiryHeader));
  if (expiryHeader !== undefined && !expiresAt) {
    warnings.push(
      `GitHub sent an expiry date that could not be read ("${outside(expiryHeader)}"); expiry is unknown.`,
    );
  }
  if (!scopes && repositories.length > 0) {
    // Permissions cannot be listed, only probed, read-only, on named repositories.
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
    return {
      token: {
        kind,
        description,
        accepted: true,
        identity: outside(response.data.login),
        required,
        repositories: probes,
        expiresAt,
      },
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
  return {
    token: {
      kind: kind === 'unknown' && scopes ? 'classic-pat' : kind,
      description:
        kind === 'unknown' && scopes ? 'GitHub personal access token (classic)' : description,
      accepted: true,
      identity: outside(response.data.login),
      scopes: scopes && outsideAll(scopes),
      required: checkScopes(scopes, GITHUB_SCOPES),
      expiresAt,
    },
    warnings,
  };
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
