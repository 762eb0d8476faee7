export const id = 559;
export const ids = [559];
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

//# sourceMappingURL=559.index.js.map