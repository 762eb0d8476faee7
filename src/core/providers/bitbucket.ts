import {
  type Logger,
  outside,
  outsideAll,
  ProviderUnavailableError,
  type TokenReport,
  USER_AGENT,
} from '../base/index.js';
import {
  BITBUCKET_ACCESS_TOKEN_SCOPES,
  BITBUCKET_SCOPES,
  checkScopes,
  parseScopeHeader,
} from './scopes.js';
import { tokenForm } from '../trust/index.js';
import {
  boundedFetch,
  type CallLimits,
  callLimitsFor,
  describeApiFailure,
  describeWaitPastDeadline,
  type HttpResponse,
  networkFailure,
  serverWait,
  type ServerWait,
  withRetry,
} from '../wire/index.js';
import { UnverifiedAnswerError, requireProvider, type Provider } from './provenance.js';

/**
 * Headers Bitbucket Cloud sends on its API answers, one of which must be present:
 * the token headers (x-oauth-scopes, x-accepted-oauth-scopes, x-credential-type;
 * Atlassian KB "How to fetch the scope of a token") and its request id.
 */
const BITBUCKET_HEADERS =
  /^(x-oauth-scopes|x-accepted-oauth-scopes|x-credential-type|x-request-id)$/i;

export const APP_PASSWORDS_REMOVED =
  'Bitbucket Cloud removed app passwords on 2026-07-28. Create an access token (repository, project or workspace settings > Access tokens) with the scopes repository, pullrequest and webhook, store it as the token, remove the username, and use auth type PERSONAL_ACCESS_TOKEN.';

const CREDENTIAL_TYPES: Record<string, string> = {
  repo_access_token: 'Bitbucket repository access token',
  project_access_token: 'Bitbucket project access token',
  workspace_access_token: 'Bitbucket workspace access token',
  app_password: 'Bitbucket app password',
};

export interface BitbucketCredentials {
  token: string;
  /** Present for app passwords (Basic auth); absent for access tokens (Bearer). */
  username?: string;
}

interface ScopeErrorBody {
  error?: { message?: string; detail?: { granted?: string[]; required?: string[] } };
}

class HttpStatusError extends Error {
  constructor(
    readonly status: number,
    /** The wait Bitbucket asked for before a retry (Retry-After), if it did. */
    readonly wait?: ServerWait,
  ) {
    super(`HTTP ${status}`);
  }
}

/** GETs on Bitbucket's REST API with one credential: the one client for validation and webhook reads. */
export interface BitbucketClient {
  readonly apiUrl: string;
  /**
   * GET a path under the API (or a `next` link Bitbucket gave, on the same host), retrying
   * 429, 5xx and failures on the wire, each attempt bounded by `limits`. Any other answer is
   * returned; an error is thrown only when there was none, its message saying what happened.
   */
  get(pathOrUrl: string): Promise<HttpResponse>;
}

export function bitbucketClient(
  { token, username }: BitbucketCredentials,
  apiUrl: string,
  logger: Logger,
  sleep?: (ms: number) => Promise<void>,
  limits: CallLimits = callLimitsFor(),
  /** The front door's name for the API URL, for messages: BITBUCKET_API_URL or input 'bitbucket-api-url'. */
  check = 'the Bitbucket API URL',
): BitbucketClient {
  const appPassword = username !== undefined;
  const authorization = appPassword
    ? `Basic ${Buffer.from(`${username}:${token}`).toString('base64')}`
    : `Bearer ${token}`;
  // The fetch alone attaches the credential, and only on the API's origin (wire.ts).
  const fetchBounded = boundedFetch(limits, 'Bitbucket', {
    origin: new URL(apiUrl).origin,
    authorization,
  });
  return {
    apiUrl,
    async get(pathOrUrl) {
      const url = /^https?:\/\//i.test(pathOrUrl) ? pathOrUrl : `${apiUrl}${pathOrUrl}`;
      logger.debug(`Bitbucket: GET ${url} (${appPassword ? 'Basic' : 'Bearer'} auth)`);
      let attempts = 0;
      try {
        return await withRetry(
          async () => {
            attempts++;
            const r = await fetchBounded(url, {
              // A redirect (to a sign-in page, say) is not Bitbucket's answer, and the
              // credential never follows one: it is returned as it is.
              redirect: 'manual',
              headers: {
                Accept: 'application/json',
                'User-Agent': USER_AGENT,
              },
            });
            if (r.status === 429 || r.status >= 500) {
              const header = (name: string) => r.headers.get(name) ?? undefined;
              throw new HttpStatusError(r.status, serverWait(r.status, header));
            }
            return r;
          },
          // A request refused by the origin rule would be refused again.
          (e) => networkFailure(e)?.kind !== 'other-origin',
          {
            attempts: 3,
            baseMs: 300,
            sleep,
            signal: limits.signal,
            deadlineAt: limits.deadlineAt,
            asked: (e) => (e instanceof HttpStatusError ? e.wait : undefined),
          },
        );
      } catch (error) {
        const what = `Bitbucket GET ${new URL(url).pathname} (${apiUrl})`;
        const failure = error instanceof HttpStatusError ? undefined : networkFailure(error);
        // No `cause`: the message says what failed in words safe to print; the raw error may not be.
        if (failure) {
          // eslint-disable-next-line preserve-caught-error
          throw new Error(
            describeApiFailure(failure, apiUrl, {
              what,
              check,
              attempts,
              timeoutMs: limits.callTimeoutMs,
            }),
          );
        }
        const reason =
          error instanceof HttpStatusError
            ? `${error.status === 429 ? "Bitbucket's rate limit was reached, " : ''}HTTP ${error.status}, ${attempts} ${attempts === 1 ? 'attempt' : 'attempts'}${describeWaitPastDeadline(error, 'Bitbucket')}`
            : outside((error as Error).message);
        // eslint-disable-next-line preserve-caught-error
        throw new Error(`${what} failed (${reason}).`);
      }
    },
  };
}

/**
 * The token's first answer: the repositories listing (or, where a server has none, who the
 * token is), proven to be Bitbucket's own.
 */
async function askBitbucket(
  client: ReturnType<typeof bitbucketClient>,
  apiUrl: string,
): Promise<{ response: HttpResponse; body: unknown }> {
  const get = async (path: string): Promise<HttpResponse> => {
    try {
      return await client.get(path);
    } catch (error) {
      throw new ProviderUnavailableError(
        `Could not validate the token: ${(error as Error).message}`,
      );
    }
  };
  const bitbucket: Provider = {
    name: 'Bitbucket',
    apiUrl,
    ownHeaders: BITBUCKET_HEADERS,
    exampleHeader: 'x-request-id',
  };
  let response = await get('/repositories');
  let body = await readBody(response);
  // A server without the repositories listing (a Bitbucket-compatible proxy, say): ask who the token is.
  if (response.status === 404) {
    response = await get('/user');
    body = await readBody(response);
  }
  // Only Bitbucket's own answer proves anything: a redirect or a page is never one. An
  // acceptance (on which the token is written) must also carry Bitbucket's headers.
  requireProvider(
    { status: response.status, headers: Object.fromEntries(response.headers), body },
    bitbucket,
    { strict: response.ok },
  );
  return { response, body };
}

/**
 * Asks Bitbucket about the token with the request Atlassian documents for reading
 * a token's scopes: `GET /2.0/repositories`, whose response carries `x-oauth-scopes`.
 */
export async function introspectBitbucket(
  { token, username }: BitbucketCredentials,
  apiUrl: string,
  logger: Logger,
  sleep?: (ms: number) => Promise<void>,
  limits?: CallLimits,
  check?: string,
): Promise<{ token: TokenReport; warnings: string[] }> {
  const basic = username !== undefined;
  // Basic auth is an app password (gone) or an Atlassian API token (ATATT…, its replacement).
  const apiToken = basic && tokenForm(token)?.kind === 'api-token';
  const appPassword = basic && !apiToken;
  const kind = apiToken ? 'api-token' : appPassword ? 'app-password' : 'access-token';
  const warnings: string[] = [];

  const client = bitbucketClient({ token, username }, apiUrl, logger, sleep, limits, check);
  const { response, body } = await askBitbucket(client, apiUrl);

  const credentialType = response.headers.get('x-credential-type') ?? undefined;
  const description = apiToken
    ? 'Atlassian API token'
    : ((credentialType && CREDENTIAL_TYPES[credentialType]) ??
      (appPassword ? 'Bitbucket app password' : 'Bitbucket access token'));
  const identity = basic ? outside(username) : undefined;

  if (response.status === 401 || response.status === 410) {
    const problem = apiToken
      ? `Bitbucket rejected the Atlassian API token with ${username} (${response.status}): the token is wrong, expired or revoked, or ${username} is not the Atlassian account email it belongs to.`
      : appPassword
        ? `Bitbucket rejected the app password (${response.status}). ${APP_PASSWORDS_REMOVED}`
        : `Bitbucket rejected the access token (${response.status}): it is wrong, expired or revoked. Create a new access token and update the secret.`;
    // The problem says it all: no separate app-password warning on top.
    return {
      token: { kind, description, accepted: false, identity, required: [], problem },
      warnings,
    };
  }
  if (appPassword)
    warnings.push(
      `The token is used as a Bitbucket app password (BASIC_AUTH). ${APP_PASSWORDS_REMOVED}`,
    );

  let scopes = scopesFromHeader(response.headers.get('x-oauth-scopes'));
  if (response.status === 403) {
    // "Your credentials lack one or more required privilege scopes": the token is
    // valid, and the body lists what it was granted.
    const granted = (body as ScopeErrorBody).error?.detail?.granted;
    scopes = scopes ?? (Array.isArray(granted) ? granted.map(String) : undefined);
  } else if (!response.ok) {
    throw new ProviderUnavailableError(
      `Could not validate the token with Bitbucket at ${apiUrl} (HTTP ${response.status}${bitbucketMessage(body)}).`,
      response.status,
    );
  }

  if (!scopes && !basic) {
    // Bitbucket reports an access token's scopes on every answer: their absence proves nothing.
    throw new UnverifiedAnswerError(
      `Could not verify the token: Bitbucket answered for this ${description.replace(/^Bitbucket /, '')} without the x-oauth-scopes header, which it sends for every access token (a proxy may have removed it), so its scopes are unverified.`,
    );
  }
  // An API token's scopes are named differently (read:repository:bitbucket, ...) and do
  // not imply each other: reported, not judged. An access token cannot hold `account`.
  const required = apiToken
    ? checkScopes(undefined, BITBUCKET_ACCESS_TOKEN_SCOPES)
    : checkScopes(scopes, appPassword ? BITBUCKET_SCOPES : BITBUCKET_ACCESS_TOKEN_SCOPES);
  if (apiToken) {
    warnings.push(
      `An Atlassian API token is imported as BASIC_AUTH with the username given. AWS does not document API tokens for CodeBuild (its API has no API-token auth type), so whether CodeBuild's clone and webhook calls accept one is unproven; the documented path is a Bitbucket access token with no username. Its scopes (${scopes ? outsideAll(scopes).join(', ') : 'not reported'}) are named differently from CodeBuild's and are not checked here: CodeBuild needs read access to repositories and pull requests, and webhooks.`,
    );
  } else if (!scopes) {
    warnings.push(
      "Bitbucket did not report the token's scopes (no x-oauth-scopes header), so they are unverified. CodeBuild needs repository, pullrequest and webhook.",
    );
  } else if (required.some((s) => s.optional && s.status === 'missing')) {
    warnings.push(
      "The token lacks the account scope, which newer versions of CodeBuild's guide also list. Add it if CodeBuild cannot list your repositories.",
    );
  }
  return {
    token: {
      kind,
      description,
      accepted: true,
      identity,
      scopes: scopes && outsideAll(scopes),
      required,
    },
    warnings,
  };
}

/** Bitbucket's own error message (`{"error": {"message"}}`), as `: message`, or nothing. */
function bitbucketMessage(body: unknown): string {
  const message = (body as ScopeErrorBody | undefined)?.error?.message;
  return typeof message === 'string' && message ? `: ${outside(message)}` : '';
}

/** The JSON body, or the text when it is not JSON (what a proxy's page looks like). */
async function readBody(response: HttpResponse): Promise<unknown> {
  const text = await response.text().catch(() => '');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function scopesFromHeader(header: string | null): string[] | undefined {
  return header === null ? undefined : parseScopeHeader(header);
}
