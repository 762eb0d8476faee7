export const id = 982;
export const ids = [982,205];
export const modules = {

/***/ 8982:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BATCH_SIZE: () => (/* binding */ BATCH_SIZE),
  classifyProject: () => (/* binding */ classifyProject),
  inspectRegion: () => (/* binding */ inspectRegion),
  readAllProjects: () => (/* binding */ readAllProjects)
});

;// CONCATENATED MODULE: ./src/core/concurrency.ts
/** Promise.all with at most `limit` at once, results in input order. */
async function mapLimit(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            results[i] = await fn(items[i]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}

// EXTERNAL MODULE: ./src/core/webhooks.ts
var webhooks = __webpack_require__(8205);
;// CONCATENATED MODULE: ./src/core/projects.ts


/** BatchGetProjects takes 1 to 100 names (FACTS.md). */
const BATCH_SIZE = 100;
/** Repositories whose hooks are read at once. */
const HOOK_CONCURRENCY = 4;
/** All projects of a region: ListProjects page by page, each page read with one BatchGetProjects. */
async function readAllProjects(client) {
    const projects = [];
    let nextToken;
    do {
        const page = await client.listProjectNames(nextToken);
        for (let i = 0; i < page.names.length; i += BATCH_SIZE)
            projects.push(...(await client.getProjects(page.names.slice(i, i + BATCH_SIZE))));
        nextToken = page.nextToken;
    } while (nextToken);
    return projects;
}
/** How a project relates to the server types: undefined when none of its sources is on one. */
function classifyProject(project, serverTypes) {
    const on = (s) => !!s && serverTypes.includes(s.type);
    const sources = [project.source, ...(project.secondarySources ?? [])].filter(on);
    if (sources.length === 0)
        return undefined;
    const ownCredential = (s) => (s.auth?.type === 'CODECONNECTIONS' || s.auth?.type === 'SECRETS_MANAGER') && !!s.auth.resource;
    const usesAccount = sources.some((s) => !ownCredential(s));
    const connections = new Map();
    for (const s of sources)
        if (s.auth?.type === 'CODECONNECTIONS' && s.auth.resource)
            connections.set(s.auth.resource, s.type);
    const main = sources[0];
    const primaryOn = on(project.source);
    const own = sources.find(ownCredential);
    const parsedRepository = (0,webhooks.repositoryOf)(main.location);
    const accountServerTypes = [
        ...new Set(sources.filter((s) => !ownCredential(s)).map((s) => s.type)),
    ];
    return {
        parsedRepository,
        accountServerTypes,
        report: {
            name: project.name ?? '',
            repository: parsedRepository ?? main.location ?? '',
            serverType: String(main.type),
            credential: usesAccount ? 'account' : 'project',
            ...(!usesAccount && own?.auth?.resource
                ? { authType: own.auth.type, resource: own.auth.resource }
                : {}),
            webhook: primaryOn && project.webhook ? 'unknown' : 'none',
        },
        ...(primaryOn && project.webhook ? { webhook: project.webhook } : {}),
        connections,
    };
}
/**
 * Inspects one region: every project on the server types, its credential, its connection
 * (checked AVAILABLE) and, for projects that depend on the account credential, its webhook.
 */
async function inspectRegion(client, where, options) {
    const all = await readAllProjects(client);
    const classified = all
        .map((p) => classifyProject(p, options.serverTypes))
        .filter((c) => !!c)
        .sort((a, b) => a.report.name.localeCompare(b.report.name));
    options.logger.debug(`${place(where)}: ${all.length} projects, ${classified.length} on ${options.serverTypes.join(', ')}`);
    const findings = [];
    const warnings = [];
    const base = { region: where.region, ...(where.account ? { account: where.account } : {}) };
    // Project-level connections: one GetConnection per connection, whatever the number of projects.
    if (options.connection) {
        const users = new Map();
        for (const c of classified)
            for (const [arn, type] of c.connections) {
                const entry = users.get(arn) ?? { type, projects: [] };
                entry.projects.push(c.report.name);
                users.set(arn, entry);
            }
        for (const [arn, { type, projects }] of users) {
            const judged = await options.connection(arn, type);
            if (judged && !judged.accepted)
                findings.push({
                    kind: 'connection-not-available',
                    ...base,
                    projects,
                    message: `${projects.length === 1 ? `Project ${projects[0]} uses its` : `${projects.length} projects use their`} own connection (source auth CODECONNECTIONS) in ${place(where)}: ${judged.problem ?? arn}`,
                });
        }
    }
    // Webhooks: only of projects that depend on the account credential.
    const checked = classified.filter((c) => c.webhook && c.report.credential === 'account');
    for (const c of classified)
        if (c.webhook && c.report.credential !== 'account')
            c.report.webhookDetail =
                'not checked: the project uses its own credential, not the one this run checks';
    if (!options.hooks) {
        for (const c of checked)
            c.report.webhookDetail = options.noHooksBecause ?? 'not checked';
    }
    else {
        const reader = options.hooks;
        const repos = [
            ...new Set(checked.map((c) => c.parsedRepository).filter((r) => !!r)),
        ];
        const answers = new Map();
        await mapLimit(repos, HOOK_CONCURRENCY, async (repo) => {
            answers.set(repo, await reader.hooksOf(repo));
        });
        for (const c of checked) {
            const answer = (c.parsedRepository && answers.get(c.parsedRepository)) || {
                kind: 'unknown',
                detail: `the source location "${c.report.repository}" names no repository`,
            };
            const finding = judgeWebhook(c, answer, reader.provider, where);
            if (finding)
                findings.push({ ...base, ...finding });
        }
    }
    const dependents = {};
    for (const c of classified)
        for (const type of c.accountServerTypes)
            (dependents[type] ??= []).push(c.report.name);
    return { projects: classified.map((c) => c.report), dependents, findings, warnings };
}
function place(where) {
    return where.account ? `${where.account}/${where.region}` : where.region;
}
/** Sets the project's webhook health from the hooks its repository has, and returns its finding, if any. */
function judgeWebhook(c, answer, provider, where) {
    const { report } = c;
    const webhook = c.webhook;
    const repo = report.repository;
    const project = `Project ${report.name} (${place(where)})`;
    const set = (health, detail) => {
        report.webhook = health;
        if (detail)
            report.webhookDetail = detail;
    };
    if (webhook.scopeConfiguration) {
        set('unknown', `an ${webhook.scopeConfiguration.scope ?? 'organization'} webhook lives on the organization, not the repository: not checked`);
        return undefined;
    }
    if (answer.kind === 'unknown') {
        set('unknown', answer.detail);
        return undefined;
    }
    if (answer.kind === 'unreachable') {
        set('unknown', answer.detail);
        return {
            kind: 'repository-unreachable',
            projects: [report.name],
            repository: repo,
            message: `${project}: the token cannot read ${repo} (${answer.detail}): the repository was moved, renamed or deleted, or the token lost access to it, so builds cannot clone it either. Point the project's source at the repository's current location, or give the token access to it.`,
        };
    }
    const id = webhook.url ? /\/hooks\/([^/?#]+)\/?$/.exec(webhook.url)?.[1] : undefined;
    const match = answer.hooks.find((h) => webhook.payloadUrl && (0,webhooks.sameUrl)(h.url, webhook.payloadUrl)) ??
        (!webhook.payloadUrl && id ? answer.hooks.find((h) => h.id === id) : undefined);
    if (!match) {
        set('missing');
        return {
            kind: 'webhook-missing',
            projects: [report.name],
            repository: repo,
            message: `${project}: ${repo} has no ${provider} webhook that calls the project's payload URL, so pushes and pull requests no longer start builds. Recreate it: in the CodeBuild console edit the project's primary source and turn the webhook off and on (or \`aws codebuild delete-webhook --project-name ${report.name}\`, then \`aws codebuild create-webhook --project-name ${report.name} ...\`). This check never creates or changes hooks.`,
        };
    }
    if (!match.active) {
        set('inactive');
        return {
            kind: 'webhook-inactive',
            projects: [report.name],
            repository: repo,
            message: `${project}: the ${provider} webhook on ${repo} that calls CodeBuild is inactive, so pushes and pull requests do not start builds. Activate it in the repository's settings (${provider === 'Bitbucket' ? 'Repository settings > Webhooks > edit > Active' : 'Settings > Webhooks > edit > Active'}).`,
        };
    }
    set('ok');
    return undefined;
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
/* harmony import */ var _providers_github_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2871);
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
