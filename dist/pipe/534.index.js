export const id = 534;
export const ids = [534,559];
export const modules = {

/***/ 1559:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   introspectBitbucket: () => (/* binding */ introspectBitbucket),
/* harmony export */   p: () => (/* binding */ bitbucketClient)
/* harmony export */ });
/* unused harmony export APP_PASSWORDS_REMOVED */
/* harmony import */ var _base_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5127);
/* harmony import */ var _base_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8858);
/* harmony import */ var _base_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2074);
/* harmony import */ var _scopes_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5273);
/* harmony import */ var _trust_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5610);
/* harmony import */ var _wire_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1319);
/* harmony import */ var _wire_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1087);
/* harmony import */ var _wire_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9767);
/* harmony import */ var _provenance_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2459);





/**
 * Headers Bitbucket Cloud sends on its API answers, one of which must be present:
 * the token headers (x-oauth-scopes, x-accepted-oauth-scopes, x-credential-type;
 * Atlassian KB "How to fetch the scope of a token") and its request id.
 */
const BITBUCKET_HEADERS = /^(x-oauth-scopes|x-accepted-oauth-scopes|x-credential-type|x-request-id)$/i;
const APP_PASSWORDS_REMOVED = 'Bitbucket Cloud removed app passwords on 2026-07-28. Create an access token (repository, project or workspace settings > Access tokens) with the scopes repository, pullrequest and webhook, store it as the token, remove the username, and use auth type PERSONAL_ACCESS_TOKEN.';
const CREDENTIAL_TYPES = {
    repo_access_token: 'Bitbucket repository access token',
    project_access_token: 'Bitbucket project access token',
    workspace_access_token: 'Bitbucket workspace access token',
    app_password: 'Bitbucket app password',
};
class HttpStatusError extends Error {
    status;
    wait;
    constructor(status, 
    /** The wait Bitbucket asked for before a retry (Retry-After), if it did. */
    wait) {
        super(`HTTP ${status}`);
        this.status = status;
        this.wait = wait;
    }
}
function bitbucketClient({ token, username }, apiUrl, logger, sleep, limits = (0,_wire_index_js__WEBPACK_IMPORTED_MODULE_0__/* .callLimitsFor */ .qQ)(), 
/** The front door's name for the API URL, for messages: BITBUCKET_API_URL or input 'bitbucket-api-url'. */
check = 'the Bitbucket API URL') {
    const appPassword = username !== undefined;
    const authorization = appPassword
        ? `Basic ${Buffer.from(`${username}:${token}`).toString('base64')}`
        : `Bearer ${token}`;
    // The fetch alone attaches the credential, and only on the API's origin (wire.ts).
    const fetchBounded = (0,_wire_index_js__WEBPACK_IMPORTED_MODULE_0__/* .boundedFetch */ .A)(limits, 'Bitbucket', {
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
                return await (0,_wire_index_js__WEBPACK_IMPORTED_MODULE_1__/* .withRetry */ .bD)(async () => {
                    attempts++;
                    const r = await fetchBounded(url, {
                        // A redirect (to a sign-in page, say) is not Bitbucket's answer, and the
                        // credential never follows one: it is returned as it is.
                        redirect: 'manual',
                        headers: {
                            Accept: 'application/json',
                            'User-Agent': _base_index_js__WEBPACK_IMPORTED_MODULE_2__/* .USER_AGENT */ ._O,
                        },
                    });
                    if (r.status === 429 || r.status >= 500) {
                        const header = (name) => r.headers.get(name) ?? undefined;
                        throw new HttpStatusError(r.status, (0,_wire_index_js__WEBPACK_IMPORTED_MODULE_1__/* .serverWait */ .Li)(r.status, header));
                    }
                    return r;
                }, 
                // A request refused by the origin rule would be refused again.
                (e) => (0,_wire_index_js__WEBPACK_IMPORTED_MODULE_3__/* .networkFailure */ .rd)(e)?.kind !== 'other-origin', {
                    attempts: 3,
                    baseMs: 300,
                    sleep,
                    signal: limits.signal,
                    deadlineAt: limits.deadlineAt,
                    asked: (e) => (e instanceof HttpStatusError ? e.wait : undefined),
                });
            }
            catch (error) {
                const what = `Bitbucket GET ${new URL(url).pathname} (${apiUrl})`;
                const failure = error instanceof HttpStatusError ? undefined : (0,_wire_index_js__WEBPACK_IMPORTED_MODULE_3__/* .networkFailure */ .rd)(error);
                // No `cause`: the message says what failed in words safe to print; the raw error may not be.
                if (failure) {
                    // eslint-disable-next-line preserve-caught-error
                    throw new Error((0,_wire_index_js__WEBPACK_IMPORTED_MODULE_3__/* .describeApiFailure */ .ge)(failure, apiUrl, {
                        what,
                        check,
                        attempts,
                        timeoutMs: limits.callTimeoutMs,
                    }));
                }
                const reason = error instanceof HttpStatusError
                    ? `${error.status === 429 ? "Bitbucket's rate limit was reached, " : ''}HTTP ${error.status}, ${attempts} ${attempts === 1 ? 'attempt' : 'attempts'}${(0,_wire_index_js__WEBPACK_IMPORTED_MODULE_1__/* .describeWaitPastDeadline */ .TT)(error, 'Bitbucket')}`
                    : (0,_base_index_js__WEBPACK_IMPORTED_MODULE_4__/* .outside */ .qY)(error.message);
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
async function askBitbucket(client, apiUrl) {
    const get = async (path) => {
        try {
            return await client.get(path);
        }
        catch (error) {
            throw new _base_index_js__WEBPACK_IMPORTED_MODULE_5__/* .ProviderUnavailableError */ .wd(`Could not validate the token: ${error.message}`);
        }
    };
    const bitbucket = {
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
    (0,_provenance_js__WEBPACK_IMPORTED_MODULE_6__/* .requireProvider */ .hc)({ status: response.status, headers: Object.fromEntries(response.headers), body }, bitbucket, { strict: response.ok });
    return { response, body };
}
/**
 * Asks Bitbucket about the token with the request Atlassian documents for reading
 * a token's scopes: `GET /2.0/repositories`, whose response carries `x-oauth-scopes`.
 */
async function introspectBitbucket({ token, username }, apiUrl, logger, sleep, limits, check) {
    const basic = username !== undefined;
    // Basic auth is an app password (gone) or an Atlassian API token (ATATT…, its replacement).
    const apiToken = basic && (0,_trust_index_js__WEBPACK_IMPORTED_MODULE_7__/* .tokenForm */ .qc)(token)?.kind === 'api-token';
    const appPassword = basic && !apiToken;
    const kind = apiToken ? 'api-token' : appPassword ? 'app-password' : 'access-token';
    const warnings = [];
    const client = bitbucketClient({ token, username }, apiUrl, logger, sleep, limits, check);
    const { response, body } = await askBitbucket(client, apiUrl);
    const credentialType = response.headers.get('x-credential-type') ?? undefined;
    const description = apiToken
        ? 'Atlassian API token'
        : ((credentialType && CREDENTIAL_TYPES[credentialType]) ??
            (appPassword ? 'Bitbucket app password' : 'Bitbucket access token'));
    const identity = basic ? (0,_base_index_js__WEBPACK_IMPORTED_MODULE_4__/* .outside */ .qY)(username) : undefined;
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
        warnings.push(`The token is used as a Bitbucket app password (BASIC_AUTH). ${APP_PASSWORDS_REMOVED}`);
    let scopes = scopesFromHeader(response.headers.get('x-oauth-scopes'));
    if (response.status === 403) {
        // "Your credentials lack one or more required privilege scopes": the token is
        // valid, and the body lists what it was granted.
        const granted = body.error?.detail?.granted;
        scopes = scopes ?? (Array.isArray(granted) ? granted.map(String) : undefined);
    }
    else if (!response.ok) {
        throw new _base_index_js__WEBPACK_IMPORTED_MODULE_5__/* .ProviderUnavailableError */ .wd(`Could not validate the token with Bitbucket at ${apiUrl} (HTTP ${response.status}${bitbucketMessage(body)}).`, response.status);
    }
    if (!scopes && !basic) {
        // Bitbucket reports an access token's scopes on every answer: their absence proves nothing.
        throw new _provenance_js__WEBPACK_IMPORTED_MODULE_6__/* .UnverifiedAnswerError */ .mV(`Could not verify the token: Bitbucket answered for this ${description.replace(/^Bitbucket /, '')} without the x-oauth-scopes header, which it sends for every access token (a proxy may have removed it), so its scopes are unverified.`);
    }
    // An API token's scopes are named differently (read:repository:bitbucket, ...) and do
    // not imply each other: reported, not judged. An access token cannot hold `account`.
    const required = apiToken
        ? (0,_scopes_js__WEBPACK_IMPORTED_MODULE_8__/* .checkScopes */ .A6)(undefined, _scopes_js__WEBPACK_IMPORTED_MODULE_8__/* .BITBUCKET_ACCESS_TOKEN_SCOPES */ .hG)
        : (0,_scopes_js__WEBPACK_IMPORTED_MODULE_8__/* .checkScopes */ .A6)(scopes, appPassword ? _scopes_js__WEBPACK_IMPORTED_MODULE_8__/* .BITBUCKET_SCOPES */ .Mg : _scopes_js__WEBPACK_IMPORTED_MODULE_8__/* .BITBUCKET_ACCESS_TOKEN_SCOPES */ .hG);
    if (apiToken) {
        warnings.push(`An Atlassian API token is imported as BASIC_AUTH with the username given. AWS does not document API tokens for CodeBuild (its API has no API-token auth type), so whether CodeBuild's clone and webhook calls accept one is unproven; the documented path is a Bitbucket access token with no username. Its scopes (${scopes ? (0,_base_index_js__WEBPACK_IMPORTED_MODULE_4__/* .outsideAll */ .tF)(scopes).join(', ') : 'not reported'}) are named differently from CodeBuild's and are not checked here: CodeBuild needs read access to repositories and pull requests, and webhooks.`);
    }
    else if (!scopes) {
        warnings.push("Bitbucket did not report the token's scopes (no x-oauth-scopes header), so they are unverified. CodeBuild needs repository, pullrequest and webhook.");
    }
    else if (required.some((s) => s.optional && s.status === 'missing')) {
        warnings.push("The token lacks the account scope, which newer versions of CodeBuild's guide also list. Add it if CodeBuild cannot list your repositories.");
    }
    return {
        token: {
            kind,
            description,
            accepted: true,
            identity,
            scopes: scopes && (0,_base_index_js__WEBPACK_IMPORTED_MODULE_4__/* .outsideAll */ .tF)(scopes),
            required,
        },
        warnings,
    };
}
/** Bitbucket's own error message (`{"error": {"message"}}`), as `: message`, or nothing. */
function bitbucketMessage(body) {
    const message = body?.error?.message;
    return typeof message === 'string' && message ? `: ${(0,_base_index_js__WEBPACK_IMPORTED_MODULE_4__/* .outside */ .qY)(message)}` : '';
}
/** The JSON body, or the text when it is not JSON (what a proxy's page looks like). */
async function readBody(response) {
    const text = await response.text().catch(() => '');
    try {
        return JSON.parse(text);
    }
    catch {
        return text;
    }
}
function scopesFromHeader(header) {
    return header === null ? undefined : (0,_scopes_js__WEBPACK_IMPORTED_MODULE_8__/* .parseScopeHeader */ .F8)(header);
}


/***/ }),

/***/ 9711:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $f: () => (/* binding */ githubClient),
/* harmony export */   Lz: () => (/* binding */ GITHUB_CHECK),
/* harmony export */   iL: () => (/* binding */ githubNetworkFailure),
/* harmony export */   iq: () => (/* binding */ githubRetryable),
/* harmony export */   k: () => (/* binding */ githubPages),
/* harmony export */   kz: () => (/* binding */ githubRetry),
/* harmony export */   pj: () => (/* binding */ githubWait)
/* harmony export */ });
/* unused harmony export nextLink */
/* harmony import */ var _octokit_rest__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(891);
/* harmony import */ var _wire_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1319);
/* harmony import */ var _wire_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1087);
/* harmony import */ var _wire_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9767);
/* harmony import */ var _base_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5127);
/* harmony import */ var _base_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8645);



/**
 * An Octokit for one token and API (github.com or GHES); its own chatter goes to debug only.
 * `redirect: 'manual'` hands a 3xx back instead of following it (to a sign-in page, say).
 * Every attempt has a time limit and stops with the run (`limits`). The token is attached by
 * the fetch alone, and only to requests to `apiUrl`'s origin (the origin rule, wire.ts):
 * Octokit itself holds no credential, so a `Link: rel="next"` or a redirect to another
 * origin is refused, never followed with it.
 */
function githubClient(token, apiUrl, logger, limits = (0,_wire_index_js__WEBPACK_IMPORTED_MODULE_0__/* .callLimitsFor */ .qQ)(), options = {}) {
    // As @octokit/auth-token writes it: a JWT (three parts) is a bearer token.
    const authorization = `${token.split('.').length === 3 ? 'bearer' : 'token'} ${token}`;
    const credential = { origin: new URL(apiUrl).origin, authorization };
    return new _octokit_rest__WEBPACK_IMPORTED_MODULE_1__/* .Octokit */ .E({
        baseUrl: apiUrl,
        userAgent: _base_index_js__WEBPACK_IMPORTED_MODULE_2__/* .USER_AGENT */ ._O,
        request: {
            // Over node:http, not Node's fetch, which would load undici (see http.ts). Octokit
            // reads only what HttpResponse has.
            fetch: (0,_wire_index_js__WEBPACK_IMPORTED_MODULE_0__/* .boundedFetch */ .A)(limits, 'GitHub', credential),
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
    return (0,_wire_index_js__WEBPACK_IMPORTED_MODULE_3__/* .serverWait */ .Li)(e.status, header, e.message);
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
    return (0,_wire_index_js__WEBPACK_IMPORTED_MODULE_4__/* .networkFailure */ .rd)(e.cause ?? error) ?? (0,_wire_index_js__WEBPACK_IMPORTED_MODULE_4__/* .networkFailure */ .rd)(error);
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
    return (0,_base_index_js__WEBPACK_IMPORTED_MODULE_5__/* .allPages */ .S4)(async (next) => {
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

/***/ 8534:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   repositoryOf: () => (/* binding */ repositoryOf),
/* harmony export */   sameUrl: () => (/* binding */ sameUrl),
/* harmony export */   webhookReader: () => (/* binding */ webhookReader)
/* harmony export */ });
/* harmony import */ var _base_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8645);
/* harmony import */ var _base_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8858);
/* harmony import */ var _wire_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1087);
/* harmony import */ var _bitbucket_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1559);
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9711);
// Webhook health on the provider: reads a repository's hooks (read-only, never creates or
// changes one) with the same clients validation uses, once per repository per run.
// GitHub and GHES: GET /repos/{owner}/{repo}/hooks (hook `config.url`, `active`).
// Bitbucket: GET /2.0/repositories/{workspace}/{slug}/hooks (hook `url`, `active`).




function webhookReader(options) {
    const cache = new Map();
    const read = options.serverType === 'BITBUCKET' ? bitbucketHooks(options) : githubHooks(options);
    return {
        provider: options.serverType === 'BITBUCKET' ? 'Bitbucket' : 'GitHub',
        hooksOf(repository) {
            const key = repository.toLowerCase();
            let answer = cache.get(key);
            if (!answer) {
                answer = read(repository);
                cache.set(key, answer);
            }
            return answer;
        },
    };
}
function githubHooks(options) {
    const octokit = (0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__/* .githubClient */ .$f)(options.credential.token, options.githubApiUrl, options.logger, options.limits);
    const sleep = options.sleep;
    return async (repository) => {
        const [owner, repo] = repository.split('/');
        options.logger.debug(`GitHub: GET /repos/${repository}/hooks`);
        try {
            const hooks = await (0,_wire_index_js__WEBPACK_IMPORTED_MODULE_1__/* .withRetry */ .bD)(() => (0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__/* .githubPages */ .k)(octokit.request, 'GET /repos/{owner}/{repo}/hooks', { owner, repo, per_page: 100 }, _base_index_js__WEBPACK_IMPORTED_MODULE_2__/* .LISTINGS */ .AZ.githubHooks), (e) => !(e instanceof _base_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ListingError */ .Pg) && (0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__/* .githubRetryable */ .iq)(e), (0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__/* .githubRetry */ .kz)(options.limits ?? {}, sleep));
            return {
                kind: 'hooks',
                hooks: hooks.map((h) => ({
                    url: h.config?.url ?? '',
                    active: h.active !== false,
                    id: String(h.id ?? ''),
                })),
            };
        }
        catch (error) {
            if (error instanceof _base_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ListingError */ .Pg)
                return { kind: 'unknown', detail: error.message };
            const refused = (0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__/* .githubNetworkFailure */ .iL)(error);
            if (refused?.kind === 'other-origin')
                return {
                    kind: 'unknown',
                    detail: `GitHub GET /repos/${repository}/hooks was refused: ${refused.detail}`,
                };
            const e = error;
            const said = `GitHub answered ${e.status ? `${e.status}` : 'nothing'} to GET /repos/${repository}/hooks`;
            if (e.status === 403 && (0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__/* .githubWait */ .pj)(error))
                return { kind: 'unknown', detail: `${said} (rate limited)` };
            if (e.status !== 404 && e.status !== 403)
                return { kind: 'unknown', detail: `${said}${e.message ? ` (${(0,_base_index_js__WEBPACK_IMPORTED_MODULE_3__/* .outside */ .qY)(e.message)})` : ''}` };
            // GitHub hides hooks (404) from a token that may read the repository but not its hooks:
            // one read of the repository tells the two apart.
            try {
                await (0,_wire_index_js__WEBPACK_IMPORTED_MODULE_1__/* .withRetry */ .bD)(() => octokit.rest.repos.get({ owner, repo }), _github_client_js__WEBPACK_IMPORTED_MODULE_0__/* .githubRetryable */ .iq, (0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__/* .githubRetry */ .kz)(options.limits ?? {}, sleep));
            }
            catch (repoError) {
                const status = repoError.status;
                if (status === 404 || status === 403)
                    return {
                        kind: 'unreachable',
                        detail: `GitHub answered ${status} for ${repository}`,
                    };
                return { kind: 'unknown', detail: said };
            }
            return {
                kind: 'unknown',
                detail: `${said}, though the token can read the repository: reading hooks needs the admin:repo_hook (or repo) scope, or Webhooks read for a fine-grained token, and admin rights on the repository`,
            };
        }
    };
}
/** Stops the listing with what is known: Bitbucket's answer about the hooks, carried out of the pager. */
class Answered extends Error {
    answer;
    constructor(answer) {
        super(answer.kind === 'hooks' ? 'hooks' : answer.detail);
        this.answer = answer;
    }
}
function bitbucketHooks(options) {
    const client = (0,_bitbucket_js__WEBPACK_IMPORTED_MODULE_4__/* .bitbucketClient */ .p)(options.credential, options.bitbucketApiUrl, options.logger, options.sleep, options.limits, options.names?.bitbucketApiUrl);
    const refusal = async (repository, response, body, first) => {
        const said = `Bitbucket answered ${response.status} to GET /repositories/${repository}/hooks`;
        if (!first || (response.status !== 404 && response.status !== 403))
            return {
                kind: 'unknown',
                detail: `${said}${body.error?.message ? `: ${(0,_base_index_js__WEBPACK_IMPORTED_MODULE_3__/* .outside */ .qY)(body.error.message)}` : ''}`,
            };
        if (response.status === 403 && /privilege scopes/i.test(body.error?.message ?? ''))
            return {
                kind: 'unknown',
                detail: `${said}: the token lacks the webhook scope`,
            };
        // Tell a repository the token cannot read from hooks it may not read.
        let repoStatus;
        try {
            repoStatus = (await client.get(`/repositories/${repository}`)).status;
        }
        catch {
            return { kind: 'unknown', detail: said };
        }
        if (repoStatus === 404 || repoStatus === 403)
            return {
                kind: 'unreachable',
                detail: `Bitbucket answered ${repoStatus} for ${repository}`,
            };
        return {
            kind: 'unknown',
            detail: `${said}, though the token can read the repository: reading hooks needs the webhook scope and admin rights on the repository`,
        };
    };
    return async (repository) => {
        const hooks = [];
        let first = true;
        try {
            const pages = (0,_base_index_js__WEBPACK_IMPORTED_MODULE_2__/* .pagesOf */ .E0)(async (next) => {
                let response;
                try {
                    response = await client.get(next ?? `/repositories/${repository}/hooks?pagelen=100`);
                }
                catch (error) {
                    throw new Answered({
                        kind: 'unknown',
                        detail: `Bitbucket did not answer GET /repositories/${repository}/hooks (${(0,_base_index_js__WEBPACK_IMPORTED_MODULE_3__/* .outside */ .qY)(error.message)})`,
                    });
                }
                const body = (await response.json().catch(() => ({})));
                if (!response.ok)
                    throw new Answered(await refusal(repository, response, body, first));
                first = false;
                return {
                    items: body.values ?? [],
                    next: typeof body.next === 'string' ? body.next : undefined,
                };
            }, _base_index_js__WEBPACK_IMPORTED_MODULE_2__/* .LISTINGS */ .AZ.bitbucketHooks);
            for await (const items of pages)
                for (const h of items)
                    hooks.push({ url: h.url ?? '', active: h.active !== false, id: h.uuid });
        }
        catch (error) {
            if (error instanceof Answered)
                return error.answer;
            if (error instanceof _base_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ListingError */ .Pg)
                return { kind: 'unknown', detail: error.message };
            throw error;
        }
        return { kind: 'hooks', hooks };
    };
}
/**
 * `owner/repo` (Bitbucket `workspace/slug`) from a source location: https clone URLs with or
 * without `.git`, a user in the URL, GHES hosts, `git@host:owner/repo.git`. Undefined when the
 * location names no repository (e.g. CodeBuild's organization-webhook placeholder).
 */
function repositoryOf(location) {
    if (!location)
        return undefined;
    const trimmed = location.trim();
    let path;
    const scp = /^[\w.-]+@([\w.-]+):(.+)$/.exec(trimmed);
    if (scp)
        path = scp[2];
    else {
        try {
            const url = new URL(trimmed);
            if (!/^(https?|ssh|git):$/.test(url.protocol))
                return undefined;
            path = decodeURIComponent(url.pathname);
        }
        catch {
            return undefined;
        }
    }
    const parts = path.split('/').filter(Boolean);
    // GHES may serve git under a path prefix; the repository is the last two segments.
    if (parts.length < 2)
        return undefined;
    const owner = parts[parts.length - 2];
    const repo = parts[parts.length - 1].replace(/\.git$/i, '');
    if (!/^[\w.-]+$/.test(owner) || !/^[\w.-]+$/.test(repo) || repo === '' || /^\.+$/.test(repo))
        return undefined;
    return `${owner}/${repo}`;
}
/** Does a hook deliver to this payload URL? Compared as URLs: scheme and host case-insensitive, a trailing slash ignored. */
function sameUrl(a, b) {
    const norm = (u) => {
        try {
            const url = new URL(u.trim());
            return `${url.protocol}//${url.host.toLowerCase()}${url.pathname.replace(/\/+$/, '')}${url.search}`;
        }
        catch {
            return u.trim();
        }
    };
    return norm(a) === norm(b);
}


/***/ }),

/***/ 1087:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Li: () => (/* binding */ serverWait),
/* harmony export */   TT: () => (/* binding */ describeWaitPastDeadline),
/* harmony export */   bD: () => (/* binding */ withRetry),
/* harmony export */   j3: () => (/* binding */ SANE_WAIT_MS)
/* harmony export */ });
/* unused harmony exports defaultSleep, waitPastDeadline, formatWait */
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

//# sourceMappingURL=534.index.js.map