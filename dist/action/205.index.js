export const id = 205;
export const ids = [205];
export const modules = {

/***/ 8205:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   repositoryOf: () => (/* binding */ repositoryOf),
/* harmony export */   sameUrl: () => (/* binding */ sameUrl),
/* harmony export */   webhookReader: () => (/* binding */ webhookReader)
/* harmony export */ });
/* harmony import */ var _providers_bitbucket_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1559);
/* harmony import */ var _providers_github_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8686);
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
    const octokit = (0,_providers_github_client_js__WEBPACK_IMPORTED_MODULE_1__/* .githubClient */ .$f)(options.credential.token, options.githubApiUrl, options.logger, options.limits);
    const sleep = options.sleep;
    return async (repository) => {
        const [owner, repo] = repository.split('/');
        options.logger.debug(`GitHub: GET /repos/${repository}/hooks`);
        try {
            const hooks = await (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .withRetry */ .b)(() => octokit.paginate('GET /repos/{owner}/{repo}/hooks', { owner, repo, per_page: 100 }), retryable, { attempts: 3, baseMs: 300, sleep, signal: options.limits?.signal });
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
    const client = (0,_providers_bitbucket_js__WEBPACK_IMPORTED_MODULE_0__/* .bitbucketClient */ .pK)(options.credential, options.bitbucketApiUrl, options.logger, options.sleep, options.limits);
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
