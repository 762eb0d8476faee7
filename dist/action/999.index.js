export const id = 999;
export const ids = [999];
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

/***/ 6999:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DRIFT_LABEL: () => (/* binding */ DRIFT_LABEL),
/* harmony export */   DRIFT_MARKER: () => (/* binding */ DRIFT_MARKER),
/* harmony export */   syncDriftIssue: () => (/* binding */ syncDriftIssue)
/* harmony export */ });
/* harmony import */ var _fit_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5625);
/* harmony import */ var _base_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2074);
/* harmony import */ var _base_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1844);
/* harmony import */ var _base_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8858);
/* harmony import */ var _base_index_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8645);
/* harmony import */ var _wire_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9767);
/* harmony import */ var _wire_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1087);
/* harmony import */ var _providers_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8686);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4702);





/** A write that must not be sent twice: a repeat after a lost answer would duplicate it. */
const ONCE = { request: { retries: 0 } };
/** Both must be present for an issue to be ours: a label anyone can see and filter on, and a marker people do not type. */
const DRIFT_LABEL = 'codebuild-credential-drift';
const DRIFT_MARKER = '<!-- codebuild-credential-sync:drift -->';
function parseRepository(repository) {
    const m = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})$/.exec(repository);
    if (!m || m[2] === '.' || m[2] === '..') {
        throw new _base_index_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`The drift issue needs a repository as owner/repo; got "${repository}".`);
    }
    return { owner: m[1], repo: m[2] };
}
function labelNames(issue) {
    return (issue.labels ?? []).map((l) => (typeof l === 'string' ? l : (l.name ?? '')));
}
function isOurs(issue) {
    return (!issue.pull_request &&
        labelNames(issue).includes(DRIFT_LABEL) &&
        (issue.body ?? '').includes(DRIFT_MARKER));
}
function title(report) {
    return `CodeBuild credential drift: ${report.serverType} credential`;
}
function runLink(runUrl) {
    return runUrl ? `[this run](${runUrl})` : 'run link not available';
}
function body(report, runUrl, reportFile, redact) {
    const footer = [
        '',
        `Last checked ${report.generatedAt} by ${runUrl ? `[this run](${runUrl})` : 'codebuild-credential-sync'}.`,
        '',
        `_codebuild-credential-sync keeps this issue up to date and closes it when a check finds no drift. Keep the \`${DRIFT_LABEL}\` label: it is how the next run finds this issue._`,
        '',
        DRIFT_MARKER,
    ].join('\n');
    // GitHub refuses a body over 65,536 characters: the table is cut where a line ends, and says so.
    const table = (0,_fit_js__WEBPACK_IMPORTED_MODULE_1__/* .fitMarkdown */ .DJ)((0,_report_js__WEBPACK_IMPORTED_MODULE_2__/* .renderMarkdown */ .Gc)(report), _fit_js__WEBPACK_IMPORTED_MODULE_1__/* .ISSUE_BODY_MAX_CHARS */ .WT - footer.length - 1, _fit_js__WEBPACK_IMPORTED_MODULE_1__/* .chars */ .Wn, (left, total) => `**This report is cut here**: ${left.toLocaleString('en-US')} of its ${total.toLocaleString('en-US')} lines are left out, since GitHub takes an issue body of at most 65,536 characters; ${(0,_fit_js__WEBPACK_IMPORTED_MODULE_1__/* .wholeReport */ .wA)(reportFile, _base_index_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .S)}${runUrl ? ` of [this run](${runUrl})` : ''}.`);
    // Redacted once more at its sink, right before it is sent (the report already was).
    return redact(`${table}\n${footer}`);
}
/** Why a call reached no answer of GitHub's API, said as what to fix; undefined when GitHub answered. */
function transportFailure(error, apiUrl, limits) {
    const failure = (0,_providers_index_js__WEBPACK_IMPORTED_MODULE_4__/* .githubNetworkFailure */ .iL)(error);
    if (failure) {
        return (0,_wire_index_js__WEBPACK_IMPORTED_MODULE_5__/* .describeNetworkFailure */ .Ku)(failure, {
            what: `GitHub (${apiUrl})`,
            endpoint: new URL(apiUrl).host,
            url: apiUrl,
            check: "the workflow's GITHUB_API_URL",
            timeoutMs: limits?.callTimeoutMs,
        });
    }
    const e = error;
    // No HTTP error from GitHub's API: what answered could not be read as its answer.
    if (!e.status || !e.response)
        return `what answered at ${apiUrl} is not GitHub's REST API (${(0,_base_index_js__WEBPACK_IMPORTED_MODULE_6__/* .outside */ .qY)((0,_base_index_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error), 120)}). Check the workflow's GITHUB_API_URL, and any proxy or sign-in page in between.`;
    return undefined;
}
/** GitHub's refusal of a call (an HTTP error), said as what to fix. */
function httpRefusal(error, doing, repository) {
    const status = error.status;
    // A rate limit the client did not wait out (its wait would pass the run's deadline, or
    // it had waited twice already).
    const wait = (0,_providers_index_js__WEBPACK_IMPORTED_MODULE_4__/* .githubWait */ .pj)(error);
    if (wait && (status === 403 || status === 429))
        return `Could not ${doing} in ${repository}: GitHub's rate limit held it back (HTTP ${status}; it asked to wait ${(0,_wire_index_js__WEBPACK_IMPORTED_MODULE_7__/* .formatWait */ .Du)(wait.ms)}, by ${wait.source}; it is waited out only when the wait ends before the run's deadline, timeout-seconds, and at most twice). The next scheduled check will try again.`;
    const data = error.response?.data;
    const message = (0,_base_index_js__WEBPACK_IMPORTED_MODULE_6__/* .outside */ .qY)(typeof data?.message === 'string' ? data.message : (0,_base_index_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error));
    const failed = `Could not ${doing} in ${repository} (HTTP ${status}: ${message}).`;
    if (status === 401)
        return `${failed} GitHub rejected the \`github-token\` input: it is wrong or expired.`;
    if (status === 403 || status === 404)
        return `${failed} The drift issue needs a token that can write issues there: give the job \`permissions: issues: write\` and pass it as the \`github-token\` input (the default is the workflow's GITHUB_TOKEN).`;
    if (status === 410)
        return `${failed} Issues are disabled in ${repository}: enable them, or turn off \`drift-issue\`.`;
    if (status >= 500)
        return `${failed} GitHub could not serve it; the next scheduled check will try again.`;
    return failed;
}
/**
 * The drift issues of one repository: each call the steps make, which of them may repeat
 * (the client retries unless a write says ONCE), and every failure as a UserError.
 */
class DriftIssues {
    options;
    owner;
    repo;
    constructor(options) {
        this.options = options;
        ({ owner: this.owner, repo: this.repo } = parseRepository(options.repository));
    }
    /**
     * Every text the issue gets (body, comment) passes the Markdown sink here, whatever made
     * it: no HTML but ours, no mention or reference from outside, redacted.
     */
    markdown(text) {
        const { secrets } = this.options;
        return secrets ? secrets.redactFor(_base_index_js__WEBPACK_IMPORTED_MODULE_3__/* .forMarkdown */ .B, text) : (0,_base_index_js__WEBPACK_IMPORTED_MODULE_3__/* .forMarkdown */ .B)(text);
    }
    /** Runs one call (the client retries it, if it may); turns GitHub's refusals into what to fix. */
    async call(doing, work) {
        const { repository, apiUrl, limits } = this.options;
        try {
            return await work();
        }
        catch (error) {
            if (error instanceof _base_index_js__WEBPACK_IMPORTED_MODULE_8__/* .ListingError */ .Pg)
                throw new _base_index_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Could not ${doing} in ${repository}: ${error.message}`);
            const unanswered = transportFailure(error, apiUrl, limits);
            if (unanswered)
                throw new _base_index_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Could not ${doing} in ${repository}: ${unanswered}`);
            throw new _base_index_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(httpRefusal(error, doing, repository));
        }
    }
    /** The open issues carrying both the label and the marker, oldest first. */
    async listOurs() {
        const { owner, repo } = this;
        const candidates = await this.call('list the open drift issues', () => (0,_providers_index_js__WEBPACK_IMPORTED_MODULE_4__/* .githubPages */ .k)(this.options.client.request, 'GET /repos/{owner}/{repo}/issues', { owner, repo, state: 'open', labels: DRIFT_LABEL, per_page: 100 }, _base_index_js__WEBPACK_IMPORTED_MODULE_8__/* .LISTINGS */ .AZ.driftIssues));
        return candidates.filter(isOurs).sort((a, b) => a.number - b.number);
    }
    /** Sent once: a repeat after a lost answer would comment twice. */
    async comment(issue, body) {
        const { owner, repo } = this;
        await this.call(`comment on issue #${issue}`, () => this.options.client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
            owner,
            repo,
            issue_number: issue,
            body: this.markdown(body),
            ...ONCE,
        }));
    }
    async update(issue, title, body) {
        await this.patch(`update issue #${issue}`, issue, { title, body: this.markdown(body) });
    }
    async close(issue) {
        await this.patch(`close issue #${issue}`, issue, {
            state: 'closed',
            state_reason: 'completed',
        });
    }
    /** One PATCH of an issue: its title and body, or its state. */
    async patch(what, issue, fields) {
        const { owner, repo } = this;
        await this.call(what, () => this.options.client.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
            owner,
            repo,
            issue_number: issue,
            ...fields,
        }));
    }
    /** Not repeated: a create that failed after GitHub stored it would leave a duplicate. */
    async open(title, body) {
        const { owner, repo } = this;
        const created = await this.call('open the drift issue', () => this.options.client.request('POST /repos/{owner}/{repo}/issues', {
            owner,
            repo,
            title,
            body: this.markdown(body),
            labels: [DRIFT_LABEL],
            ...ONCE,
        }));
        return created.data;
    }
}
/** A clean check: "Resolved" on, then closed, every open drift issue. */
async function closeResolved(issues, ours, { report, runUrl, logger }) {
    if (!ours.length)
        return { action: 'none' };
    for (const issue of ours) {
        await issues.comment(issue.number, `Resolved: a check at ${report.generatedAt} found no drift (${runLink(runUrl)}).`);
        await issues.close(issue.number);
        logger.info(`Drift issue: closed #${issue.number} (${issue.html_url}): no drift any more.`);
    }
    return { action: 'closed', number: ours[0].number, url: ours[0].html_url };
}
/** Drift with an issue open: the oldest gets the new body and a "Still drifting" comment. */
async function updateOldest(issues, ours, text, { report, runUrl, logger }) {
    const existing = ours[0];
    if (ours.length > 1) {
        logger.warn(`Drift issue: ${ours.length} open issues carry the drift marker (${ours.map((i) => `#${i.number}`).join(', ')}); updating #${existing.number}, the oldest.`);
    }
    await issues.update(existing.number, title(report), text);
    await issues.comment(existing.number, `Still drifting as of ${report.generatedAt} (${runLink(runUrl)}).`);
    logger.info(`Drift issue: updated #${existing.number} (${existing.html_url}).`);
    return { action: 'updated', number: existing.number, url: existing.html_url };
}
/** Drift with no issue open: one is opened, labelled so that the next run finds it. */
async function openIssue(issues, text, { report, logger }) {
    const issue = await issues.open(title(report), text);
    if (!labelNames(issue).includes(DRIFT_LABEL)) {
        logger.warn(`Drift issue: GitHub did not keep the ${DRIFT_LABEL} label on #${issue.number} (the token may not set labels), so the next run cannot find it. Add the label by hand.`);
    }
    logger.info(`Drift issue: opened #${issue.number} (${issue.html_url}).`);
    return { action: 'opened', number: issue.number, url: issue.html_url };
}
/**
 * Opens, updates or closes the one issue that tracks drift in `repository`.
 *
 * - Drift (`report.drift`): updates the open issue carrying both the `codebuild-credential-drift`
 *   label and the hidden marker (new body, plus a "Still drifting" comment) or, when there is
 *   none, opens it. Never opens a second one.
 * - Clean (`outcome` success, no drift): comments "Resolved" on and closes every such open issue.
 * - Anything else (the check itself failed): touches nothing, `unchanged`.
 *
 * Every failure is a UserError: a 401/403/404/410 says what the workflow needs; anything that
 * is not an answer of GitHub's API (a sign-in page, a proxy's) says so.
 */
async function syncDriftIssue(options) {
    const { repository, report, runUrl, logger, reportFile } = options;
    const redact = (text) => options.secrets?.redact(text) ?? text;
    const issues = new DriftIssues(options);
    // Clean only when at least one target was checked and none drifts: a run with nothing to
    // check proves nothing, and never closes the issue.
    const checked = report.regions.some((r) => r.status !== 'error');
    const clean = !report.drift && report.outcome === 'success' && checked;
    if (!report.drift && !clean) {
        logger.debug('Drift issue: the check failed, so the issue is left as it is.');
        return { action: 'unchanged' };
    }
    logger.debug(`Drift issue: looking for an open issue labelled ${DRIFT_LABEL} in ${repository}`);
    const ours = await issues.listOurs();
    if (clean)
        return closeResolved(issues, ours, options);
    // Made before any write: the calls below fail only for what GitHub (or something in
    // between) answered.
    const text = body(report, runUrl, reportFile, redact);
    if (ours[0])
        return updateOldest(issues, ours, text, options);
    return openIssue(issues, text, options);
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

//# sourceMappingURL=999.index.js.map