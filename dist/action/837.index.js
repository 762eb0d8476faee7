export const id = 837;
export const ids = [837];
export const modules = {

/***/ 8686:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Lz: () => (/* binding */ GITHUB_CHECK),
  $f: () => (/* binding */ githubClient),
  iL: () => (/* binding */ githubNetworkFailure),
  k: () => (/* binding */ githubPages),
  kz: () => (/* binding */ githubRetry),
  iq: () => (/* binding */ githubRetryable),
  pj: () => (/* binding */ githubWait)
});

// UNUSED EXPORTS: nextLink

// EXTERNAL MODULE: ./node_modules/@octokit/core/dist-src/index.js + 12 modules
var dist_src = __webpack_require__(4730);
;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-request-log/dist-src/version.js
const VERSION = "6.0.0";


;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-request-log/dist-src/index.js

function requestLog(octokit) {
  octokit.hook.wrap("request", (request, options) => {
    octokit.log.debug("request", options);
    const start = Date.now();
    const requestOptions = octokit.request.endpoint.parse(options);
    const path = requestOptions.url.replace(options.baseUrl, "");
    return request(options).then((response) => {
      const requestId = response.headers["x-github-request-id"];
      octokit.log.info(
        `${requestOptions.method} ${path} - ${response.status} with id ${requestId} in ${Date.now() - start}ms`
      );
      return response;
    }).catch((error) => {
      const requestId = error.response?.headers["x-github-request-id"] || "UNKNOWN";
      octokit.log.error(
        `${requestOptions.method} ${path} - ${error.status} with id ${requestId} in ${Date.now() - start}ms`
      );
      throw error;
    });
  });
}
requestLog.VERSION = VERSION;


// EXTERNAL MODULE: ./node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
var dist_bundle = __webpack_require__(3779);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/index.js + 3 modules
var plugin_rest_endpoint_methods_dist_src = __webpack_require__(9210);
;// CONCATENATED MODULE: ./node_modules/@octokit/rest/dist-src/version.js
const version_VERSION = "22.0.1";


;// CONCATENATED MODULE: ./node_modules/@octokit/rest/dist-src/index.js





const Octokit = dist_src/* Octokit */.E.plugin(requestLog, plugin_rest_endpoint_methods_dist_src/* legacyRestEndpointMethods */.T, dist_bundle/* paginateRest */.ud).defaults(
  {
    userAgent: `octokit-rest.js/${version_VERSION}`
  }
);


// EXTERNAL MODULE: ./src/core/wire/deadline.ts + 1 modules
var deadline = __webpack_require__(1319);
// EXTERNAL MODULE: ./src/core/wire/retry.ts
var retry = __webpack_require__(1087);
// EXTERNAL MODULE: ./src/core/wire/network-errors.ts
var network_errors = __webpack_require__(9767);
// EXTERNAL MODULE: ./src/core/base/version.ts + 1 modules
var version = __webpack_require__(5127);
// EXTERNAL MODULE: ./src/core/base/pages.ts
var pages = __webpack_require__(8645);
;// CONCATENATED MODULE: ./src/core/providers/github-client.ts



/**
 * An Octokit for one token and API (github.com or GHES); its own chatter goes to debug only.
 * `redirect: 'manual'` hands a 3xx back instead of following it (to a sign-in page, say).
 * Every attempt has a time limit and stops with the run (`limits`). The token is attached by
 * the fetch alone, and only to requests to `apiUrl`'s origin (the origin rule, wire.ts):
 * Octokit itself holds no credential, so a `Link: rel="next"` or a redirect to another
 * origin is refused, never followed with it.
 */
function githubClient(token, apiUrl, logger, limits = (0,deadline/* callLimitsFor */.qQ)(), options = {}) {
    // As @octokit/auth-token writes it: a JWT (three parts) is a bearer token.
    const authorization = `${token.split('.').length === 3 ? 'bearer' : 'token'} ${token}`;
    const credential = { origin: new URL(apiUrl).origin, authorization };
    return new Octokit({
        baseUrl: apiUrl,
        userAgent: version/* USER_AGENT */._O,
        request: {
            // Over node:http, not Node's fetch, which would load undici (see http.ts). Octokit
            // reads only what HttpResponse has.
            fetch: (0,deadline/* boundedFetch */.A)(limits, 'GitHub', credential),
            ...(options.redirect ? { redirect: options.redirect } : {}),
        },
        log: {
            debug: () => { },
            info: () => { },
            warn: (m) => logger.debug(m),
            // Octokit logs a failed request as "GET /user - 500" even when nothing answered: the
            // caller reports every failure itself, in words that say what happened.
            error: () => { },
        },
    });
}
/** The wait a GitHub answer asks for (Retry-After, x-ratelimit-reset, a secondary limit), if any. */
function githubWait(error) {
    const e = error;
    const headers = e.response?.headers;
    if (!headers || !e.status)
        return undefined;
    const header = (name) => headers[name] === undefined ? undefined : String(headers[name]);
    return (0,retry/* serverWait */.Li)(e.status, header, e.message);
}
/** Whether a failed GitHub read is worth repeating: no answer, a 429 or 5xx, or a rate limit's 403. */
function githubRetryable(error) {
    // A request refused by the origin rule (wire.ts) would be refused again.
    if (githubNetworkFailure(error)?.kind === 'other-origin')
        return false;
    const status = error.status ?? 0;
    return status === 429 || status >= 500 || status === 0 || (status === 403 && !!githubWait(error));
}
/** How GitHub reads are retried: three attempts, each wait as long as GitHub asks, none past the deadline. */
function githubRetry(limits, sleep) {
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
function githubNetworkFailure(error) {
    const e = error;
    // A real answer carries a response; a failure on the wire does not.
    if (error.response)
        return undefined;
    return (0,network_errors/* networkFailure */.rd)(e.cause ?? error) ?? (0,network_errors/* networkFailure */.rd)(error);
}
/** `Link: <url>; rel="next"` (RFC 8288, as GitHub sends it): the next page's URL, if any. */
function nextLink(link) {
    return typeof link === 'string' ? /<([^<>]+)>\s*;\s*rel="next"/.exec(link)?.[1] : undefined;
}
/**
 * Every item of a GitHub listing, page by page as `Link: rel="next"` says, under the
 * listing's caps (pages.ts): in place of Octokit's paginate, which follows any link for ever.
 * A next link on another origin is refused by the fetch (the origin rule), never followed.
 */
function githubPages(request, route, parameters, listing) {
    const send = request;
    return (0,pages/* allPages */.S4)(async (next) => {
        const response = next
            ? await send({ method: 'GET', url: next })
            : await send(route, parameters);
        // A listing's page is a JSON array; anything else (a sign-in page) is not GitHub's answer.
        if (!Array.isArray(response.data))
            throw new Error(`the answer to a page of ${listing.what} is not a list`);
        return {
            items: response.data,
            next: nextLink(response.headers.link),
        };
    }, listing);
}
/** Where a GitHub failure on the wire sends the user when no front door named it. */
const GITHUB_CHECK = 'the GitHub API URL';


/***/ }),

/***/ 2837:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  introspectGitHub: () => (/* binding */ introspectGitHub)
});

// UNUSED EXPORTS: githubTokenKind, githubUnavailable, parseGitHubExpiry

// EXTERNAL MODULE: ./src/core/providers/github-client.ts + 4 modules
var github_client = __webpack_require__(8686);
// EXTERNAL MODULE: ./src/core/wire/network-errors.ts
var network_errors = __webpack_require__(9767);
// EXTERNAL MODULE: ./src/core/wire/retry.ts
var retry = __webpack_require__(1087);
// EXTERNAL MODULE: ./src/core/wire/deadline.ts + 1 modules
var deadline = __webpack_require__(1319);
// EXTERNAL MODULE: ./src/core/base/outside.ts
var outside = __webpack_require__(8858);
// EXTERNAL MODULE: ./src/core/base/errors.ts
var errors = __webpack_require__(2074);
// EXTERNAL MODULE: ./src/core/providers/scopes.ts
var providers_scopes = __webpack_require__(5273);
// EXTERNAL MODULE: ./src/core/trust/token-form.ts
var token_form = __webpack_require__(5610);
// EXTERNAL MODULE: ./src/core/base/concurrency.ts
var concurrency = __webpack_require__(9298);
;// CONCATENATED MODULE: ./src/core/providers/github-permissions.ts
// Fine-grained GitHub tokens cannot list their permissions: probe them, read-only,
// against the repositories CodeBuild will build (FACTS.md, "Token permissions CodeBuild
// needs" and "Reading a token's scopes"; docs/fine-grained-tokens.md).



/** What CodeBuild needs from a fine-grained token (FACTS.md), in report order. */
const NEEDS = [
    { name: 'metadata', label: 'Metadata', levels: ['read'], publicRead: true },
    { name: 'contents', label: 'Contents', levels: ['read'], publicRead: true },
    { name: 'statuses', label: 'Commit statuses', levels: ['read', 'write'], publicRead: true },
    { name: 'repository_hooks', label: 'Webhooks', levels: ['read', 'write'], publicRead: false },
    {
        name: 'pull_requests',
        label: 'Pull requests',
        levels: ['read'],
        optional: true,
        publicRead: true,
    },
];
const OPTIONAL_NOTE = 'Optional, needed only for FILE_PATH webhook filters';
/** Repositories probed at once; each sends up to four requests together. */
const CONCURRENCY = 2;
// GitHub: owner up to 39 characters of letters, digits and single hyphens; repo up to 100 of [A-Za-z0-9._-].
const REPOSITORY = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;
function validate(repositories) {
    const bad = repositories.filter((r) => !REPOSITORY.test(r) || /\/\.\.?$/.test(r));
    if (bad.length) {
        const list = bad.map((r) => `"${r}"`).join(', ');
        throw new errors/* UserError */.yo(`The input \`repositories\` has ${list}: each entry must be owner/repo, e.g. octo-org/app.`);
    }
    const seen = new Set();
    return repositories.filter((r) => {
        const key = r.toLowerCase();
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
function header(answer, name) {
    const value = answer.headers[name];
    return value === undefined ? undefined : String(value);
}
function rateLimited(answer) {
    return (answer.status === 429 ||
        (answer.status === 403 &&
            (header(answer, 'x-ratelimit-remaining') === '0' || /rate limit/i.test(answer.message ?? ''))));
}
/** `contents=read; organization_x=admin` to the sets of `name=level` pairs it lists. */
function acceptedPermissions(answer) {
    const value = header(answer, 'x-accepted-github-permissions') ?? '';
    return value
        .split(';')
        .map((set) => set
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean))
        .filter((set) => set.length > 0);
}
/** The 403 says this permission is what the endpoint wants (header) or that the token may not (message). */
function refusedFor(answer, name) {
    const named = acceptedPermissions(answer).some((set) => set.some((p) => p.split('=')[0] === name));
    return named || /not accessible by/i.test(answer.message ?? '');
}
function described(answer) {
    if (answer.status === 0)
        return `got no answer${answer.message ? ` (${answer.message})` : ''}`;
    const accepted = header(answer, 'x-accepted-github-permissions');
    const message = answer.status >= 400 && answer.message ? ` "${answer.message}"` : '';
    return `answered ${answer.status}${message}${accepted && answer.status >= 400 ? ` (needs ${accepted})` : ''}`;
}
function check(need, level, status, evidence) {
    return {
        permission: `${need.name}:${level}`,
        status,
        evidence: need.optional ? `${OPTIONAL_NOTE}: ${evidence}` : evidence,
        ...(need.optional ? { optional: true } : {}),
    };
}
/** Every permission with one status and one reason (the repository itself could not be read). */
function allChecks(status, evidence) {
    return NEEDS.flatMap((need) => need.levels.map((level) => check(need, level, status, evidence)));
}
/** What a read answer shows about `need` on a repository that GET /repos/{o}/{r} reached. */
function readCheck(need, request, answer, isPublic) {
    const what = `${request} ${described(answer)}`;
    const unknown = (why) => check(need, 'read', 'unknown', `${what}: ${why}.`);
    const missing = (why) => check(need, 'read', 'missing', `${what}: ${why}.`);
    if (answer.status >= 200 && answer.status < 300) {
        if (isPublic && need.publicRead) {
            return unknown(`the repository is public and anyone may read it, so this proves nothing about the token`);
        }
        return check(need, 'read', 'granted', `${what}, so the token can read ${need.label}.`);
    }
    if (rateLimited(answer))
        return unknown('rate limited, so nothing was learnt');
    if (answer.status === 403) {
        return refusedFor(answer, need.name)
            ? missing(`the token lacks ${need.label} read`)
            : unknown('a refusal that does not name a permission');
    }
    if (answer.status === 404 && need.name === 'repository_hooks') {
        // GitHub hides webhooks from callers that may not read them (they also need admin on the repository).
        return missing(`GitHub hides webhooks from tokens without Webhooks read or without admin rights on the repository`);
    }
    if (answer.status === 404 || answer.status === 409) {
        return unknown('the repository is probably empty (no commits), so there was nothing to read');
    }
    return unknown('GitHub did not give a usable answer');
}
/** A write can only be proven by writing; a refused read of the same permission proves it missing. */
function writeCheck(need, read) {
    if (read.status === 'missing') {
        return check(need, 'write', 'missing', `${need.label} read was refused, and write includes read.`);
    }
    return check(need, 'write', 'unknown', `${need.label} write cannot be proven without a write.`);
}
/** A repository GET /repos/{owner}/{repo} did not answer: refused (missing), or unknown. */
function unreachable(repository, what, answer) {
    if (answer.status === 404 || (answer.status === 403 && !rateLimited(answer))) {
        const why = answer.status === 404
            ? "the repository does not exist or is not in the token's repository selection (an organization's repository needs the organization as the token's resource owner)"
            : 'GitHub refuses this token for the repository';
        return { repository, reachable: false, checks: allChecks('missing', `${what}: ${why}.`) };
    }
    return {
        repository,
        reachable: false,
        checks: allChecks('unknown', `${what}: nothing could be learnt about the repository.`),
    };
}
/**
 * Probes, with GET requests only, whether a fine-grained token has on each repository
 * the permissions CodeBuild needs: Metadata read (implicit in every fine-grained token),
 * Contents read, Commit statuses read and write, Webhooks read and write and, optional
 * (FILE_PATH filters only), Pull requests read. Checks are named as GitHub names the
 * permissions in `X-Accepted-GitHub-Permissions`: `metadata:read`, `contents:read`,
 * `statuses:read`, `statuses:write`, `repository_hooks:read`, `repository_hooks:write`,
 * `pull_requests:read`.
 *
 * What is proven:
 * - `granted` (read only): a 200 from an endpoint on a PRIVATE (or internal) repository
 *   that needs the permission. GET .../hooks is never public, so its 200 proves Webhooks
 *   read on public repositories too.
 * - `missing`: a 403 on the endpoint ("Resource not accessible by personal access token",
 *   `X-Accepted-GitHub-Permissions` naming the permission); a 404 from GET .../hooks on a
 *   repository the token can see (no Webhooks read, or the owner is not a repository admin);
 *   a 404 or 403 from GET /repos/{owner}/{repo} (not in the token's selection, or the
 *   organization is not its resource owner): `reachable` false and everything missing.
 *   A write is `missing` when the read of the same permission is.
 *
 * What is not proven (`unknown`, with the reason in `evidence`):
 * - Any write: it cannot be proven without a write, and this never writes.
 * - Reads on a PUBLIC repository: anyone may read it, so a 200 says nothing about the token.
 * - Contents and statuses of an empty repository (404/409), rate-limited or unanswered
 *   requests (after retries), and 403s that name no permission (e.g. SAML SSO).
 *   `reachable` false with `unknown` checks means GitHub did not answer about the repository.
 *
 * A 401 means the token itself was rejected: that throws (as does an invalid `owner/repo`).
 * Repositories come back in input order; a repeated one (case-insensitive) is probed once.
 */
async function probeRepositoryPermissions(token, apiUrl, repositories, logger, sleep, limits = (0,deadline/* callLimitsFor */.qQ)()) {
    const unique = validate(repositories);
    const octokit = (0,github_client/* githubClient */.$f)(token, apiUrl, logger, limits);
    const get = async (route, params) => {
        try {
            const response = await (0,retry/* withRetry */.bD)(() => octokit.request(route, params), github_client/* githubRetryable */.iq, (0,github_client/* githubRetry */.kz)(limits, sleep));
            return { status: response.status, headers: response.headers, data: response.data };
        }
        catch (error) {
            const e = error;
            const data = e.response?.data;
            // GitHub's own words from its message field, sealed.
            const said = typeof data?.message === 'string' ? data.message : e.message;
            const message = said === undefined ? undefined : (0,outside/* outside */.qY)(said);
            const failure = (0,github_client/* githubNetworkFailure */.iL)(error);
            if (failure)
                return { status: 0, headers: {}, message: `${failure.kind}: ${failure.code}` };
            if (e.status === 401) {
                throw new errors/* UserError */.yo('GitHub rejected the token (401 Bad credentials) while probing repository permissions: it is wrong, expired or revoked.');
            }
            return { status: e.status ?? 0, headers: e.response?.headers ?? {}, message };
        }
    };
    const probe = async (repository) => {
        const [owner, repo] = repository.split('/');
        const base = `GET /repos/${owner}/${repo}`;
        logger.debug(`GitHub: probing ${repository}`);
        const answer = await get('GET /repos/{owner}/{repo}', { owner, repo });
        if (answer.status !== 200)
            return unreachable(repository, `${base} ${described(answer)}`, answer);
        const data = (answer.data ?? {});
        const isPublic = data.visibility ? data.visibility === 'public' : data.private === false;
        const ref = data.default_branch ?? 'HEAD';
        const [metadata, contents, statuses, hooks, pulls] = NEEDS;
        const [contentsAnswer, statusesAnswer, hooksAnswer, pullsAnswer] = await Promise.all([
            get('GET /repos/{owner}/{repo}/contents/{path}', { owner, repo, path: '' }),
            get('GET /repos/{owner}/{repo}/commits/{ref}/statuses', { owner, repo, ref, per_page: 1 }),
            get('GET /repos/{owner}/{repo}/hooks', { owner, repo, per_page: 1 }),
            get('GET /repos/{owner}/{repo}/pulls', { owner, repo, state: 'all', per_page: 1 }),
        ]);
        const statusesRead = readCheck(statuses, `${base}/commits/${ref}/statuses`, statusesAnswer, isPublic);
        const hooksRead = readCheck(hooks, `${base}/hooks`, hooksAnswer, isPublic);
        const checks = [
            readCheck(metadata, base, answer, isPublic),
            readCheck(contents, `${base}/contents`, contentsAnswer, isPublic),
            statusesRead,
            writeCheck(statuses, statusesRead),
            hooksRead,
            writeCheck(hooks, hooksRead),
            readCheck(pulls, `${base}/pulls`, pullsAnswer, isPublic),
        ];
        logger.debug(`GitHub: ${repository}: ${checks.map((c) => `${c.permission}=${c.status}`).join(', ')}`);
        return { repository, reachable: true, checks };
    };
    return (0,concurrency/* mapLimit */.sf)(unique, CONCURRENCY, probe);
}

// EXTERNAL MODULE: ./src/core/providers/provenance.ts
var provenance = __webpack_require__(2459);
;// CONCATENATED MODULE: ./src/core/providers/github.ts







/** The token's kind by its prefix (token-form.ts), for a token given as a GitHub one. */
function githubTokenKind(token) {
    const form = (0,token_form/* tokenForm */.qc)(token);
    return form?.provider === 'github'
        ? { kind: form.kind, description: form.description }
        : { kind: 'unknown', description: 'GitHub token (unrecognised prefix)' };
}
/** `2026-11-25 10:00:00 UTC` or `2026-11-25 10:00:00 +0900` to ISO-8601 UTC; undefined if unreadable. */
function parseGitHubExpiry(header) {
    const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})\s*(UTC|GMT|Z|[+-]\d{2}:?\d{2})?$/i.exec(header.trim());
    if (!m)
        return undefined;
    const zone = !m[3] || /^(utc|gmt|z)$/i.test(m[3]) ? 'Z' : m[3].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
    const time = Date.parse(`${m[1]}T${m[2]}${zone}`);
    return Number.isNaN(time) ? undefined : new Date(time).toISOString().replace('.000Z', 'Z');
}
/** Headers every answer of GitHub's REST API carries (github.com and GHES), one of which must be present. */
const GITHUB_HEADERS = /^(x-github-|x-oauth-scopes$|x-accepted-oauth-scopes$|x-ratelimit-limit$|github-authentication-token-expiration$)/i;
/** Token kinds whose answers always carry X-OAuth-Scopes: without it, nothing is proven. */
const SCOPED_KINDS = new Set(['classic-pat', 'oauth', 'unknown']);
/** Why GitHub could not be asked, in words that say what it was: the wire, a rate limit, or an answer. */
function githubUnavailable(error, what, apiUrl, limits, attempts, check = github_client/* GITHUB_CHECK */.Lz) {
    const failure = (0,github_client/* githubNetworkFailure */.iL)(error);
    if (failure) {
        return (0,network_errors/* describeApiFailure */.ge)(failure, apiUrl, {
            what,
            check,
            attempts,
            timeoutMs: limits.callTimeoutMs,
        });
    }
    const e = error;
    const headers = e.response?.headers ?? {};
    if (e.status === 429 || (e.status === 403 && (0,github_client/* githubWait */.pj)(error))) {
        const reset = Number(headers['x-ratelimit-remaining'] === '0' && headers['x-ratelimit-reset']);
        const when = 
        // An absurd reset time is not shown (nor can it be: past year 275760 there is no date).
        Number.isFinite(reset) && reset > 0 && reset * 1000 <= Date.now() + retry/* SANE_WAIT_MS */.j3
            ? `; it resets at ${new Date(reset * 1000).toISOString()}`
            : '';
        return `${what} was refused: GitHub's rate limit was reached (HTTP ${e.status}${attempts > 1 ? `, ${attempts} attempts` : ''})${when}${(0,retry/* describeWaitPastDeadline */.TT)(error, 'GitHub')}. Run again later.`;
    }
    return `${what} failed (${e.status ? `HTTP ${e.status}` : 'no answer'}: ${e.message === undefined ? 'unknown error' : (0,outside/* outside */.qY)(e.message)}).`;
}
const FINE_GRAINED_NEEDS = 'Contents: read, Commit statuses: read and write, Webhooks: read and write, and Pull requests: read for FILE_PATH filters';
/** How GitHub's own answers are recognised (provenance.ts). */
function githubProvider(apiUrl) {
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
async function introspectGitHub(token, apiUrl, logger, sleep, repositories = [], limits = (0,deadline/* callLimitsFor */.qQ)(), 
/** The front door's name for the API URL, for messages: GITHUB_API_URL or input 'github-api-url'. */
check = github_client/* GITHUB_CHECK */.Lz) {
    const form = githubTokenKind(token);
    const asked = await askWhoAmI(token, apiUrl, logger, sleep, limits);
    if ('refusal' in asked)
        return refused(asked.refusal, asked.attempts, form, apiUrl, limits, check);
    const response = requireUserAnswer(asked.response, apiUrl);
    const warnings = [];
    const scopes = readScopes(response.headers, form);
    const expiresAt = readExpiry(response.headers, warnings);
    const identity = (0,outside/* outside */.qY)(response.data.login);
    const { kind, description } = form;
    if (!scopes && repositories.length > 0) {
        const probes = await probed(token, apiUrl, repositories, logger, sleep, limits, warnings);
        return {
            token: { kind, description, accepted: true, identity, ...probes, expiresAt },
            warnings,
        };
    }
    if (!scopes) {
        warnings.push(kind === 'fine-grained-pat'
            ? `Fine-grained token: GitHub does not list its permissions, so they are unverified. CodeBuild needs ${FINE_GRAINED_NEEDS}, on repositories the token's resource owner holds.`
            : `GitHub did not report this token's scopes (no X-OAuth-Scopes header), so they are unverified. CodeBuild needs the repo scope.`);
    }
    // A token with no known prefix that has scopes is a classic one.
    const classic = kind === 'unknown' && scopes;
    return {
        token: {
            kind: classic ? 'classic-pat' : kind,
            description: classic ? 'GitHub personal access token (classic)' : description,
            accepted: true,
            identity,
            scopes: scopes && (0,outside/* outsideAll */.tF)(scopes),
            required: (0,providers_scopes/* checkScopes */.A6)(scopes, providers_scopes/* GITHUB_SCOPES */.OT),
            expiresAt,
        },
        warnings,
    };
}
/** GET /user, retried as GitHub reads are (github-client.ts); its refusal, when it refused. */
async function askWhoAmI(token, apiUrl, logger, sleep, limits) {
    // `redirect: 'manual'`: a redirect (to a sign-in page) is an answer, not GitHub's.
    const octokit = (0,github_client/* githubClient */.$f)(token, apiUrl, logger, limits, { redirect: 'manual' });
    let attempts = 0;
    logger.debug(`GitHub: GET ${apiUrl}/user`);
    try {
        const response = await (0,retry/* withRetry */.bD)(() => {
            attempts++;
            return octokit.rest.users.getAuthenticated();
        }, github_client/* githubRetryable */.iq, (0,github_client/* githubRetry */.kz)(limits, sleep));
        return { response };
    }
    catch (refusal) {
        return { refusal, attempts };
    }
}
/**
 * What GET /user's failure says about the token: rejected (401), an installation token
 * (403), or nothing, because GitHub could not be asked (thrown).
 */
function refused(error, attempts, { kind, description }, apiUrl, limits, check) {
    const e = error;
    const github = githubProvider(apiUrl);
    const answer = e.response && {
        status: e.status ?? 0,
        headers: e.response.headers ?? {},
        body: e.response.data,
    };
    // A refusal means something only when it is GitHub's (JSON, not a redirect or a
    // portal's page); a 403 that lets an installation token through must be GitHub's own.
    if (answer && e.status === 401)
        (0,provenance/* requireProvider */.hc)(answer, github, { strict: false });
    if (answer && e.status === 403 && kind === 'app-installation')
        (0,provenance/* requireProvider */.hc)(answer, github);
    if (e.status === 401) {
        const problem = kind === 'refresh'
            ? 'GitHub rejected it (401): a refresh token cannot call the API; use a personal access token.'
            : 'GitHub rejected it (401 Bad credentials): the token is wrong, expired or revoked. Create a new token and update the secret.';
        return { token: { kind, description, accepted: false, required: [], problem }, warnings: [] };
    }
    if (e.status === 403 && kind === 'app-installation' && !(0,github_client/* githubWait */.pj)(error)) {
        // Installation tokens cannot read /user, but a 403 (not 401) proves GitHub accepted them.
        // Their one-hour life is judged with every other expiry (validate.ts).
        return {
            token: { kind, description, accepted: true, required: (0,providers_scopes/* checkScopes */.A6)(undefined, providers_scopes/* GITHUB_SCOPES */.OT) },
            warnings: [],
        };
    }
    // A proxy's error page is described, never quoted.
    if (answer && typeof answer.body === 'string') {
        throw new errors/* ProviderUnavailableError */.wd(`Could not validate the token with GitHub at ${apiUrl} (HTTP ${e.status}: ${(0,provenance/* describeBody */.MP)(answer)}).`, e.status);
    }
    throw new errors/* ProviderUnavailableError */.wd(`Could not validate the token: ${githubUnavailable(error, `GitHub GET /user (${apiUrl})`, apiUrl, limits, attempts, check)}`, answer ? e.status : undefined);
}
/** GET /user's answer, once proven GitHub's and about a user (it has a login). */
function requireUserAnswer(response, apiUrl) {
    (0,provenance/* requireProvider */.hc)({ status: response.status, headers: response.headers, body: response.data }, githubProvider(apiUrl));
    if (typeof response.data.login !== 'string') {
        throw new provenance/* UnverifiedAnswerError */.mV(`Could not verify the token: ${new URL(apiUrl).host} answered GET /user without a login — not GitHub's answer for a user.`, true);
    }
    return response;
}
/** The classic scopes GitHub reported; undefined when it reports none (fine-grained, app tokens). */
function readScopes(headers, { kind, description }) {
    const header = headers['x-oauth-scopes'];
    const scopes = header === undefined ? undefined : (0,providers_scopes/* parseScopeHeader */.F8)(String(header));
    if (!scopes && SCOPED_KINDS.has(kind)) {
        // GitHub reports the scopes of every classic and OAuth token: their absence proves nothing.
        throw new provenance/* UnverifiedAnswerError */.mV(`Could not verify the token: GitHub answered for this ${description} without the X-OAuth-Scopes header, which it sends for every classic token (a proxy may have removed it), so its scopes are unverified.`);
    }
    return scopes;
}
/** When the token expires, as GitHub said; a date that cannot be read is a warning. */
function readExpiry(headers, warnings) {
    const header = headers['github-authentication-token-expiration'];
    if (header === undefined)
        return undefined;
    const expiresAt = parseGitHubExpiry(String(header));
    if (!expiresAt) {
        warnings.push(`GitHub sent an expiry date that could not be read ("${(0,outside/* outside */.qY)(header)}"); expiry is unknown.`);
    }
    return expiresAt;
}
/** A scope-less token's permissions, probed read-only on the named repositories (they cannot be listed). */
async function probed(token, apiUrl, repositories, logger, sleep, limits, warnings) {
    const probes = await probeRepositoryPermissions(token, apiUrl, repositories, logger, sleep, limits);
    const required = summarizeProbes(probes);
    const unproven = required.filter((c) => c.status === 'unknown').map((c) => c.scope);
    if (unproven.length > 0) {
        warnings.push(`Probed ${repositories.join(', ')}: not proven either way: ${unproven.join(', ')} (a write permission cannot be proven without a write; public repositories can be read without a permission).`);
    }
    return { required, repositories: probes };
}
/** One line per permission over all probed repositories: missing anywhere wins, then unknown. */
function summarizeProbes(probes) {
    const summary = new Map();
    for (const probe of probes) {
        for (const c of probe.checks) {
            const seen = summary.get(c.permission);
            const rank = { missing: 2, unknown: 1, granted: 0 };
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


/***/ }),

/***/ 5273:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A6: () => (/* binding */ checkScopes),
/* harmony export */   F8: () => (/* binding */ parseScopeHeader),
/* harmony export */   Mg: () => (/* binding */ BITBUCKET_SCOPES),
/* harmony export */   OT: () => (/* binding */ GITHUB_SCOPES),
/* harmony export */   hG: () => (/* binding */ BITBUCKET_ACCESS_TOKEN_SCOPES)
/* harmony export */ });
/* unused harmony export expandScopes */
// The scopes CodeBuild needs, and how each provider's scopes imply one another
// (see FACTS.md, "Token permissions CodeBuild needs" and "Reading a token's scopes").
/** GitHub reports normalized scopes: `repo` stands for everything beneath it. */
const GITHUB_SCOPES = {
    required: ['repo'],
    optional: [],
    implies: {
        repo: ['repo:status', 'repo_deployment', 'public_repo', 'repo:invite', 'security_events'],
        'admin:repo_hook': ['write:repo_hook'],
        'write:repo_hook': ['read:repo_hook'],
        'admin:org': ['write:org'],
        'write:org': ['read:org'],
        user: ['read:user', 'user:email', 'user:follow'],
    },
};
/**
 * CodeBuild's repository:read, pullrequest:read and webhook are Bitbucket's
 * `repository`, `pullrequest` and `webhook`. `repository:admin` does NOT imply
 * `repository`.
 */
const BITBUCKET_SCOPES = {
    required: ['repository', 'pullrequest', 'webhook'],
    optional: ['account'],
    implies: {
        'repository:write': ['repository'],
        pullrequest: ['repository'],
        'pullrequest:write': ['pullrequest'],
        'account:write': ['account'],
    },
};
/**
 * Repository, project and workspace access tokens cannot hold account-level
 * scopes (FACTS.md), so `account` is never asked of them.
 */
const BITBUCKET_ACCESS_TOKEN_SCOPES = { ...BITBUCKET_SCOPES, optional: [] };
/** Every scope the granted ones stand for, each mapped to the granted scope that gives it. */
function expandScopes(granted, rules) {
    const effective = new Map();
    const visit = (scope, origin) => {
        if (effective.has(scope))
            return;
        effective.set(scope, origin);
        for (const narrower of rules.implies[scope] ?? [])
            visit(narrower, origin);
    };
    for (const scope of granted)
        visit(scope, scope);
    return effective;
}
/** Splits a scope header ("repo, workflow") into names; an empty header means no scopes. */
function parseScopeHeader(header) {
    return header
        .split(/[\s,]+/)
        .map((s) => s.trim())
        .filter(Boolean);
}
/**
 * Each required (and optional) scope as granted, missing or unknown.
 * `granted` undefined means the provider did not say, so every scope is unknown.
 */
function checkScopes(granted, rules) {
    const effective = granted ? expandScopes(granted, rules) : undefined;
    const check = (scope, optional) => {
        const base = optional ? { scope, optional } : { scope };
        if (!effective)
            return { ...base, status: 'unknown' };
        const origin = effective.get(scope);
        if (!origin)
            return { ...base, status: 'missing' };
        return origin === scope
            ? { ...base, status: 'granted' }
            : { ...base, status: 'granted', via: origin };
    };
    return [
        ...rules.required.map((s) => check(s, false)),
        ...rules.optional.map((s) => check(s, true)),
    ];
}


/***/ }),

/***/ 1087:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Du: () => (/* binding */ formatWait),
/* harmony export */   Li: () => (/* binding */ serverWait),
/* harmony export */   TT: () => (/* binding */ describeWaitPastDeadline),
/* harmony export */   bD: () => (/* binding */ withRetry),
/* harmony export */   j3: () => (/* binding */ SANE_WAIT_MS)
/* harmony export */ });
/* unused harmony exports defaultSleep, waitPastDeadline */
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _network_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9767);
// Retries with full-jitter exponential backoff (as aws-actions/configure-aws-credentials
// does), an injectable sleep, and the server's own word on when to come back: Retry-After,
// or GitHub's x-ratelimit-reset. No wait goes past the run's deadline: a retry that would
// have to is not made, and the error says so (waitPastDeadline).


const MAX_WAIT_WITHOUT_DEADLINE = 60_000;
const defaultSleep = (ms, signal) => (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(ms, undefined, { signal });
/** Errors given up on because the wait the server asked for would pass the deadline. */
const pastDeadline = new WeakMap();
/** The wait that was not made because it would pass the run's deadline, if that is why `error` was given up on. */
function waitPastDeadline(error) {
    return typeof error === 'object' && error !== null ? pastDeadline.get(error) : undefined;
}
/** "; not retried: GitHub asked to wait 60 min (x-ratelimit-reset), which would pass the run's deadline (timeout-seconds)", or "". */
function describeWaitPastDeadline(error, service) {
    const wait = waitPastDeadline(error);
    return wait
        ? `; not retried: ${service} asked to wait ${formatWait(wait.ms)} (${wait.source}), which would pass the run's deadline (timeout-seconds)`
        : '';
}
/** Longest wait a service sensibly asks for (a primary rate limit resets within the hour). */
const SANE_WAIT_MS = 24 * 60 * 60 * 1000;
/**
 * "45 s", or "60 min" for the long waits of a primary rate limit; a wait past a day (an
 * absurd Retry-After or reset time) is not shown as a number.
 */
function formatWait(ms) {
    if (!(ms <= SANE_WAIT_MS))
        return 'longer than a day (not a wait any service asks for)';
    return ms >= 120_000
        ? `${Math.ceil(ms / 60_000)} min`
        : (0,_network_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .formatSeconds */ .Xo)(Math.ceil(ms / 1000) * 1000);
}
async function withRetry(work, isRetryable, options) {
    const { attempts, baseMs, sleep = defaultSleep, signal, asked, deadlineAt } = options;
    const now = options.now ?? Date.now;
    for (let attempt = 1;; attempt++) {
        try {
            return await work();
        }
        catch (error) {
            if (attempt >= attempts || signal?.aborted || !isRetryable(error))
                throw error;
            const server = asked?.(error);
            const backoff = Math.random() * baseMs * 2 ** attempt;
            const wait = Math.max(backoff, server?.ms ?? 0);
            // A server's wait that would end past the deadline (without one, a call outside a run:
            // longer than a minute) would only end in the run's stop: give up now, and say why.
            if (server && now() + server.ms >= (deadlineAt ?? now() + MAX_WAIT_WITHOUT_DEADLINE)) {
                if (typeof error === 'object' && error !== null)
                    pastDeadline.set(error, server);
                throw error;
            }
            // An abort ends the wait (node:timers/promises rejects): either way, nothing is retried then.
            await sleep(wait, signal).catch(() => { });
            if (signal?.aborted)
                throw error;
        }
    }
}
/**
 * The wait an HTTP answer asks for before the same request is made again, by the rules
 * GitHub documents for its rate limits ("Best practices for using the REST API"), which
 * Bitbucket's 429 follows too: `Retry-After` (seconds, or an HTTP date) first; else, with
 * `x-ratelimit-remaining: 0`, until `x-ratelimit-reset` (epoch seconds); else, for a
 * secondary rate limit, at least a minute.
 */
function serverWait(status, header, message = '', now = Date.now()) {
    const retryAfter = header('retry-after')?.trim();
    if (retryAfter) {
        const seconds = /^\d+$/.test(retryAfter) ? Number(retryAfter) * 1000 : undefined;
        const date = seconds === undefined ? Date.parse(retryAfter) : Number.NaN;
        const ms = seconds ?? (Number.isNaN(date) ? undefined : Math.max(0, date - now));
        if (ms !== undefined)
            return { ms, source: 'Retry-After' };
    }
    if ((status === 403 || status === 429) && header('x-ratelimit-remaining')?.trim() === '0') {
        const reset = Number(header('x-ratelimit-reset'));
        if (Number.isFinite(reset) && reset > 0)
            return { ms: Math.max(0, reset * 1000 - now), source: 'x-ratelimit-reset' };
    }
    if ((status === 403 || status === 429) && /secondary rate limit/i.test(message))
        return { ms: 60_000, source: "GitHub's secondary rate limit" };
    return undefined;
}


/***/ })

};

//# sourceMappingURL=837.index.js.map