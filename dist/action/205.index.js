export const id = 205;
export const ids = [205,559];
export const modules = {

/***/ 1983:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ httpFetch)
/* harmony export */ });
/* unused harmony export HttpHeaders */
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);


/** Response headers: names lower-cased, repeated ones joined with ", ", as fetch's Headers. */
class HttpHeaders {
    map = new Map();
    constructor(raw) {
        for (const name of Object.keys(raw).sort()) {
            const value = raw[name];
            if (value !== undefined)
                this.map.set(name, Array.isArray(value) ? value.join(', ') : value);
        }
    }
    get(name) {
        return this.map.get(name.toLowerCase()) ?? null;
    }
    has(name) {
        return this.map.has(name.toLowerCase());
    }
    [Symbol.iterator]() {
        return this.map.entries();
    }
}
const MAX_REDIRECTS = 20;
/**
 * fetch() for the few REST calls to GitHub and Bitbucket, over node:http(s).
 * Node's own fetch loads undici the first time it is called, which costs more
 * than the rest of a one-region run (docs/performance.md); node:http is loaded
 * by the AWS SDK anyway. It behaves as fetch does where these calls can tell:
 * the whole body is read, redirects are followed (Authorization dropped when
 * the origin changes), a network failure rejects with TypeError "fetch failed"
 * and the cause, an abort with the signal's reason.
 */
async function httpFetch(input, init = {}) {
    let url = new URL(input);
    let method = (init.method ?? 'GET').toUpperCase();
    let body = init.body;
    const headers = {};
    for (const [name, value] of Object.entries(init.headers ?? {}))
        headers[name.toLowerCase()] = value;
    for (let redirects = 0;; redirects++) {
        const response = await send(url, method, headers, body, init.signal ?? undefined);
        const location = response.headers.get('location');
        if (![301, 302, 303, 307, 308].includes(response.status) ||
            !location ||
            init.redirect === 'manual') {
            return redirects > 0 ? { ...response, redirected: true } : response;
        }
        if (init.redirect === 'error' || redirects >= MAX_REDIRECTS) {
            throw new TypeError('fetch failed', { cause: new Error('redirect count exceeded') });
        }
        const next = new URL(location, url);
        if (next.origin !== url.origin)
            delete headers.authorization;
        if (response.status === 303 || ([301, 302].includes(response.status) && method === 'POST')) {
            if (method !== 'HEAD')
                method = 'GET';
            body = undefined;
            delete headers['content-type'];
            delete headers['content-length'];
        }
        url = next;
    }
}
function send(url, method, headers, body, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(signal.reason);
        const outgoing = { ...headers };
        if (body !== undefined)
            outgoing['content-length'] = String(Buffer.byteLength(body));
        const request = (url.protocol === 'https:' ? node_https__WEBPACK_IMPORTED_MODULE_1__.request : node_http__WEBPACK_IMPORTED_MODULE_0__.request)(url, {
            method,
            headers: outgoing,
        });
        const onAbort = () => {
            request.destroy();
            reject(signal.reason);
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        const done = () => signal?.removeEventListener('abort', onAbort);
        request.on('error', (cause) => {
            done();
            reject(new TypeError('fetch failed', { cause }));
        });
        request.on('response', (message) => {
            const chunks = [];
            message.on('data', (chunk) => chunks.push(chunk));
            message.on('error', (cause) => {
                done();
                reject(new TypeError('fetch failed', { cause }));
            });
            message.on('end', () => {
                done();
                const bytes = Buffer.concat(chunks);
                const status = message.statusCode ?? 0;
                resolve({
                    ok: status >= 200 && status < 300,
                    status,
                    statusText: message.statusMessage ?? '',
                    url: url.href,
                    redirected: false,
                    headers: new HttpHeaders(message.headers),
                    body: null,
                    text: () => Promise.resolve(bytes.toString('utf8')),
                    json: () => Promise.resolve().then(() => JSON.parse(bytes.toString('utf8'))),
                    arrayBuffer: () => Promise.resolve(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)),
                });
            });
        });
        request.end(body);
    });
}


/***/ }),

/***/ 1559:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   introspectBitbucket: () => (/* binding */ introspectBitbucket),
/* harmony export */   p: () => (/* binding */ bitbucketClient)
/* harmony export */ });
/* unused harmony export APP_PASSWORDS_REMOVED */
/* harmony import */ var _scopes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1074);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7253);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3323);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1983);





const APP_PASSWORDS_REMOVED = 'Bitbucket Cloud removed app passwords on 2026-07-28. Create an access token (repository, project or workspace settings > Access tokens) with the scopes repository, pullrequest and webhook, store it as the token, remove the username, and use auth type PERSONAL_ACCESS_TOKEN.';
const CREDENTIAL_TYPES = {
    repo_access_token: 'Bitbucket repository access token',
    project_access_token: 'Bitbucket project access token',
    workspace_access_token: 'Bitbucket workspace access token',
    app_password: 'Bitbucket app password',
};
class HttpStatusError extends Error {
    status;
    constructor(status) {
        super(`HTTP ${status}`);
        this.status = status;
    }
}
function bitbucketClient({ token, username }, apiUrl, logger, sleep) {
    const appPassword = username !== undefined;
    const authorization = appPassword
        ? `Basic ${Buffer.from(`${username}:${token}`).toString('base64')}`
        : `Bearer ${token}`;
    return {
        apiUrl,
        async get(pathOrUrl) {
            const url = /^https?:\/\//.test(pathOrUrl) ? pathOrUrl : `${apiUrl}${pathOrUrl}`;
            // The credential only ever goes to the configured API (a `next` link is followed on it only).
            if (new URL(url).origin !== new URL(apiUrl).origin)
                throw new Error(`refused to send the credential to ${new URL(url).origin}`);
            logger.debug(`Bitbucket: GET ${url} (${appPassword ? 'Basic' : 'Bearer'} auth)`);
            try {
                return await (0,_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .withRetry */ .b)(async () => {
                    const r = await (0,_http_js__WEBPACK_IMPORTED_MODULE_2__/* .httpFetch */ .t)(url, {
                        headers: {
                            Authorization: authorization,
                            Accept: 'application/json',
                            'User-Agent': _version_js__WEBPACK_IMPORTED_MODULE_4__/* .USER_AGENT */ ._,
                        },
                    });
                    if (r.status === 429 || r.status >= 500)
                        throw new HttpStatusError(r.status);
                    return r;
                }, () => true, { attempts: 3, baseMs: 300, sleep });
            }
            catch (error) {
                throw new Error(error instanceof HttpStatusError ? error.message : error.message);
            }
        },
    };
}
/**
 * Asks Bitbucket about the token with the request Atlassian documents for reading
 * a token's scopes: `GET /2.0/repositories`, whose response carries `x-oauth-scopes`.
 */
async function introspectBitbucket({ token, username }, apiUrl, logger, sleep) {
    const appPassword = username !== undefined;
    const kind = appPassword ? 'app-password' : 'access-token';
    const warnings = [];
    if (appPassword)
        warnings.push(`The token is used as a Bitbucket app password (BASIC_AUTH). ${APP_PASSWORDS_REMOVED}`);
    const client = bitbucketClient({ token, username }, apiUrl, logger, sleep);
    const get = async (path) => {
        try {
            return await client.get(path);
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ProviderUnavailableError */ .wd(`Could not validate the token with Bitbucket at ${apiUrl} (${error.message}).`);
        }
    };
    let response = await get('/repositories');
    // A server without the repositories listing (a Bitbucket-compatible proxy, say): ask who the token is.
    if (response.status === 404)
        response = await get('/user');
    const credentialType = response.headers.get('x-credential-type') ?? undefined;
    const description = (credentialType && CREDENTIAL_TYPES[credentialType]) ??
        (appPassword ? 'Bitbucket app password' : 'Bitbucket access token');
    const identity = appPassword ? username : undefined;
    if (response.status === 401 || response.status === 410) {
        const problem = appPassword
            ? `Bitbucket rejected the app password (${response.status}). ${APP_PASSWORDS_REMOVED}`
            : `Bitbucket rejected the access token (${response.status}): it is wrong, expired or revoked. Create a new access token and update the secret.`;
        return {
            token: { kind, description, accepted: false, identity, required: [], problem },
            warnings,
        };
    }
    let scopes = scopesFromHeader(response.headers.get('x-oauth-scopes'));
    if (response.status === 403) {
        // "Your credentials lack one or more required privilege scopes": the token is
        // valid, and the body lists what it was granted.
        const body = (await response.json().catch(() => ({})));
        scopes = scopes ?? body.error?.detail?.granted;
    }
    else if (!response.ok) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ProviderUnavailableError */ .wd(`Could not validate the token with Bitbucket at ${apiUrl} (HTTP ${response.status}).`);
    }
    const required = (0,_scopes_js__WEBPACK_IMPORTED_MODULE_0__/* .checkScopes */ .A6)(scopes, _scopes_js__WEBPACK_IMPORTED_MODULE_0__/* .BITBUCKET_SCOPES */ .Mg);
    if (!scopes) {
        warnings.push("Bitbucket did not report the token's scopes (no x-oauth-scopes header), so they are unverified. CodeBuild needs repository, pullrequest and webhook.");
    }
    else if (required.some((s) => s.optional && s.status === 'missing')) {
        warnings.push("The token lacks the account scope, which newer versions of CodeBuild's guide also list. Add it if CodeBuild cannot list your repositories.");
    }
    return { token: { kind, description, accepted: true, identity, scopes, required }, warnings };
}
function scopesFromHeader(header) {
    return header === null ? undefined : (0,_scopes_js__WEBPACK_IMPORTED_MODULE_0__/* .parseScopeHeader */ .F8)(header);
}


/***/ }),

/***/ 9711:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ githubClient)
/* harmony export */ });
/* harmony import */ var _octokit_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5194);
/* harmony import */ var _octokit_plugin_paginate_rest__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3779);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1983);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3323);




/**
 * Octokit's core with pagination: every call here is `request(route)` or
 * `paginate(route)`, so @octokit/rest's generated endpoint methods (most of its
 * size) are not loaded.
 */
const Octokit = _octokit_core__WEBPACK_IMPORTED_MODULE_1__/* .Octokit */ .E.plugin(_octokit_plugin_paginate_rest__WEBPACK_IMPORTED_MODULE_2__/* .paginateRest */ .ud);
/** An Octokit for one token and API (github.com or GHES); its own chatter goes to debug only. */
function githubClient(token, apiUrl, logger) {
    return new Octokit({
        auth: token,
        baseUrl: apiUrl,
        userAgent: _version_js__WEBPACK_IMPORTED_MODULE_3__/* .USER_AGENT */ ._,
        // node:http rather than Node's fetch, which would load undici (see http.ts).
        request: { fetch: _http_js__WEBPACK_IMPORTED_MODULE_0__/* .httpFetch */ .t },
        log: {
            debug: () => { },
            info: () => { },
            warn: (m) => logger.debug(m),
            error: (m) => logger.debug(m),
        },
    });
}


/***/ }),

/***/ 7253:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ withRetry)
/* harmony export */ });
/* unused harmony export defaultSleep */
const defaultSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function withRetry(work, isRetryable, { attempts, baseMs, sleep = defaultSleep }) {
    for (let attempt = 1;; attempt++) {
        try {
            return await work();
        }
        catch (error) {
            if (attempt >= attempts || !isRetryable(error))
                throw error;
            await sleep(Math.random() * baseMs * 2 ** attempt);
        }
    }
}


/***/ }),

/***/ 1074:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A6: () => (/* binding */ checkScopes),
/* harmony export */   F8: () => (/* binding */ parseScopeHeader),
/* harmony export */   Mg: () => (/* binding */ BITBUCKET_SCOPES),
/* harmony export */   OT: () => (/* binding */ GITHUB_SCOPES)
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

/***/ 8205:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   repositoryOf: () => (/* binding */ repositoryOf),
/* harmony export */   sameUrl: () => (/* binding */ sameUrl),
/* harmony export */   webhookReader: () => (/* binding */ webhookReader)
/* harmony export */ });
/* harmony import */ var _providers_bitbucket_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1559);
/* harmony import */ var _providers_github_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9711);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7253);



const retryable = (e) => {
    const status = e.status ?? 0;
    return status === 429 || status >= 500 || status === 0;
};
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
    const octokit = (0,_providers_github_client_js__WEBPACK_IMPORTED_MODULE_1__/* .githubClient */ .$)(options.credential.token, options.githubApiUrl, options.logger);
    const sleep = options.sleep;
    return async (repository) => {
        const [owner, repo] = repository.split('/');
        options.logger.debug(`GitHub: GET /repos/${repository}/hooks`);
        try {
            const hooks = await (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .withRetry */ .b)(() => octokit.paginate('GET /repos/{owner}/{repo}/hooks', { owner, repo, per_page: 100 }), retryable, { attempts: 3, baseMs: 300, sleep });
            return {
                kind: 'hooks',
                hooks: hooks.map((h) => ({ url: h.config?.url ?? '', active: h.active !== false, id: String(h.id ?? '') })),
            };
        }
        catch (error) {
            const e = error;
            const said = `GitHub answered ${e.status ? `${e.status}` : 'nothing'} to GET /repos/${repository}/hooks`;
            if (e.status === 403 && e.response?.headers?.['x-ratelimit-remaining'] === '0')
                return { kind: 'unknown', detail: `${said} (rate limited)` };
            if (e.status !== 404 && e.status !== 403)
                return { kind: 'unknown', detail: `${said}${e.message ? ` (${e.message})` : ''}` };
            // GitHub hides hooks (404) from a token that may read the repository but not its hooks:
            // one read of the repository tells the two apart.
            try {
                await (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .withRetry */ .b)(() => octokit.request('GET /repos/{owner}/{repo}', { owner, repo }), retryable, {
                    attempts: 3,
                    baseMs: 300,
                    sleep,
                });
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
function bitbucketHooks(options) {
    const client = (0,_providers_bitbucket_js__WEBPACK_IMPORTED_MODULE_0__/* .bitbucketClient */ .p)(options.credential, options.bitbucketApiUrl, options.logger, options.sleep);
    return async (repository) => {
        const hooks = [];
        let next = `/repositories/${repository}/hooks?pagelen=100`;
        let first = true;
        while (next) {
            let response;
            try {
                response = await client.get(next);
            }
            catch (error) {
                return {
                    kind: 'unknown',
                    detail: `Bitbucket did not answer GET /repositories/${repository}/hooks (${error.message})`,
                };
            }
            const body = (await response.json().catch(() => ({})));
            if (!response.ok) {
                const said = `Bitbucket answered ${response.status} to GET /repositories/${repository}/hooks`;
                if (!first || (response.status !== 404 && response.status !== 403))
                    return {
                        kind: 'unknown',
                        detail: `${said}${body.error?.message ? `: ${body.error.message}` : ''}`,
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
            }
            first = false;
            for (const h of body.values ?? [])
                hooks.push({ url: h.url ?? '', active: h.active !== false, id: h.uuid });
            next = body.next;
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


/***/ })

};
