import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 8367:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   KC: () => (/* binding */ accountOfArn),
/* harmony export */   b2: () => (/* binding */ regionOfArn),
/* harmony export */   fF: () => (/* binding */ checkAmbientCredentials),
/* harmony export */   ji: () => (/* binding */ ambientCredentials),
/* harmony export */   xN: () => (/* binding */ assumeRole)
/* harmony export */ });
/* harmony import */ var _codebuild_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9472);
/* harmony import */ var _deadline_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8953);
/* harmony import */ var _network_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(825);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3323);




function accountOfArn(arn) {
    return arn.split(':')[4] || undefined;
}
function regionOfArn(arn) {
    return arn.split(':')[3] || undefined;
}
/** Assumes a role with the ambient credentials (sts:AssumeRole), for one account of a multi-account run. */
async function assumeRole(roleArn, region, source, limits = (0,_deadline_js__WEBPACK_IMPORTED_MODULE_1__/* .callLimitsFor */ .qQ)(_deadline_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_TIMEOUT_SECONDS */ .KU)) {
    // Loaded only by runs with role-to-assume.
    const { AssumeRoleCommand, STSClient } = await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(695)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 1695, 19));
    const sts = new STSClient({
        region,
        credentials: source,
        customUserAgent: _version_js__WEBPACK_IMPORTED_MODULE_2__/* .USER_AGENT */ ._,
        ...(0,_codebuild_js__WEBPACK_IMPORTED_MODULE_0__/* .awsHttpLimits */ .UO)(limits),
    });
    try {
        const out = await sts.send(new AssumeRoleCommand({
            RoleArn: roleArn,
            RoleSessionName: 'codebuild-credential-sync',
            DurationSeconds: 900,
        }), (0,_codebuild_js__WEBPACK_IMPORTED_MODULE_0__/* .sendOptions */ .$Y)(limits));
        const c = out.Credentials;
        if (!c?.AccessKeyId || !c.SecretAccessKey)
            throw new Error('STS answered without credentials');
        return {
            id: accountOfArn(roleArn),
            roleArn,
            credentials: {
                accessKeyId: c.AccessKeyId,
                secretAccessKey: c.SecretAccessKey,
                sessionToken: c.SessionToken,
                expiration: c.Expiration,
            },
        };
    }
    catch (error) {
        throw (0,_codebuild_js__WEBPACK_IMPORTED_MODULE_0__/* .describeAwsError */ .Pp)(error, `Assuming role ${roleArn}`, 'sts:AssumeRole (and a trust policy on the role that lets the ambient identity assume it)', limits);
    }
    finally {
        sts.destroy();
    }
}
/**
 * Resolves the ambient credentials once, up front, so a failure is reported as
 * what it is (no credentials, a refused web identity) rather than as a
 * CodeBuild permission problem.
 */
async function checkAmbientCredentials(credentials, secrets, limits) {
    if (typeof credentials !== 'function')
        return undefined;
    try {
        // Keys resolved at run time (web identity, SSO, a container role) are as secret as given ones.
        const resolved = await credentials();
        secrets?.add(resolved.secretAccessKey);
        secrets?.add(resolved.sessionToken);
        return undefined;
    }
    catch (error) {
        const e = error;
        if ((0,_network_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .networkFailure */ .rd)(error) && !e.$metadata?.httpStatusCode) {
            // STS (web identity) could not be reached: the same words as any AWS call on the wire.
            return (0,_codebuild_js__WEBPACK_IMPORTED_MODULE_0__/* .describeAwsError */ .Pp)(error, 'Getting AWS credentials (STS)', 'sts:AssumeRoleWithWebIdentity', limits).message;
        }
        if (e.name === 'CredentialsProviderError' ||
            /Could not load credentials/i.test(e.message ?? '')) {
            return 'No AWS credentials were found. Configure them (aws-actions/configure-aws-credentials in a workflow; AWS_OIDC_ROLE_ARN or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY for the pipe).';
        }
        const webIdentity = process.env.AWS_WEB_IDENTITY_TOKEN_FILE
            ? ' through web identity (OIDC): check the role ARN and its trust policy (identity provider, audience, subject)'
            : '';
        return `Could not get AWS credentials${webIdentity}. AWS said: ${e.name ?? 'Error'}: ${e.message ?? 'no message'}`;
    }
}
/**
 * The SDK's default credential chain, its own STS client (web identity) bounded like every
 * other AWS call. Resolve it once per run: with OIDC that is one AssumeRoleWithWebIdentity.
 * Loaded by dynamic import only once a run needs AWS.
 */
async function ambientCredentials(limits) {
    const { defaultProvider } = await __nccwpck_require__.e(/* import() */ 861).then(__nccwpck_require__.t.bind(__nccwpck_require__, 5861, 19));
    return defaultProvider({ clientConfig: { ...(0,_codebuild_js__WEBPACK_IMPORTED_MODULE_0__/* .awsHttpLimits */ .UO)(limits), maxAttempts: 3 } });
}


/***/ }),

/***/ 9472:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ sendOptions),
/* harmony export */   Pp: () => (/* binding */ describeAwsError),
/* harmony export */   UO: () => (/* binding */ awsHttpLimits),
/* harmony export */   _k: () => (/* binding */ codeBuildClients),
/* harmony export */   iQ: () => (/* binding */ AwsCallError)
/* harmony export */ });
/* unused harmony export CodeBuildRegion */
/* harmony import */ var _deadline_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8953);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4296);
/* harmony import */ var _network_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(825);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3323);




/** An AWS call that failed, re-thrown with what to do about it. */
class AwsCallError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo {
    code;
    constructor(message, code) {
        super(message);
        this.code = code;
        this.name = 'AwsCallError';
    }
}
/**
 * The request handler settings that bound every AWS call: each attempt must connect and
 * be answered in time (the SDK retries a timed-out attempt like a 5xx). For any client,
 * and for the STS client the credential chain makes (its `clientConfig`).
 */
function awsHttpLimits(limits) {
    return {
        requestHandler: {
            connectionTimeout: limits.connectTimeoutMs,
            requestTimeout: limits.callTimeoutMs,
            throwOnRequestTimeout: true,
        },
    };
}
/** Options of one `send`: aborted with the run. */
function sendOptions(limits) {
    return limits.signal ? { abortSignal: limits.signal } : {};
}
/**
 * Loads the CodeBuild SDK (by dynamic import, so a run that ends before any AWS
 * call, such as a bad configuration, never evaluates it) and returns what makes
 * the client of one region in one account.
 */
async function codeBuildClients() {
    const sdk = await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(774)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 4774, 19));
    return (region, account, limits) => new CodeBuildRegion(sdk, region, account.credentials, limits);
}
/** The source-credential calls of CodeBuild in one region. */
class CodeBuildRegion {
    sdk;
    region;
    limits;
    client;
    /** A write (import or delete) was sent: if the run stops now, its effect is unknown. */
    wrote = false;
    constructor(sdk, region, credentials, limits = (0,_deadline_js__WEBPACK_IMPORTED_MODULE_0__/* .callLimitsFor */ .qQ)(_deadline_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_TIMEOUT_SECONDS */ .KU)) {
        this.sdk = sdk;
        this.region = region;
        this.limits = limits;
        // The SDK retries throttling, 5xx and timed-out attempts with backoff.
        this.client = new sdk.CodeBuildClient({
            region,
            credentials,
            maxAttempts: 5,
            // Adaptive: the standard backoff plus a client-side rate limit that slows a client
            // down once it is throttled. One client per account and region, as CodeBuild's
            // limits are: under a throttling storm across 170 targets it let every target
            // through where standard mode failed some (docs/performance.md). AWS_RETRY_MODE
            // still chooses, for comparisons.
            retryMode: process.env.AWS_RETRY_MODE || 'adaptive',
            customUserAgent: _version_js__WEBPACK_IMPORTED_MODULE_2__/* .USER_AGENT */ ._,
            ...awsHttpLimits(limits),
        });
    }
    async list(serverType) {
        const out = await this.call('ListSourceCredentials', () => this.client.send(new this.sdk.ListSourceCredentialsCommand({}), sendOptions(this.limits)));
        return (out.sourceCredentialsInfos ?? [])
            .map(toStored)
            .filter((c) => !serverType || c.serverType === serverType);
    }
    async import(request) {
        this.wrote = true;
        const out = await this.call('ImportSourceCredentials', () => this.client.send(new this.sdk.ImportSourceCredentialsCommand({
            token: request.token,
            serverType: request.serverType,
            authType: request.authType,
            username: request.authType === 'BASIC_AUTH' ? request.username : undefined,
            shouldOverwrite: request.shouldOverwrite,
        }), sendOptions(this.limits)));
        if (!out.arn)
            throw new AwsCallError(`CodeBuild in ${this.region} answered ImportSourceCredentials without an ARN.`, 'NoArn');
        return out.arn;
    }
    async delete(arn) {
        this.wrote = true;
        await this.call('DeleteSourceCredentials', () => this.client.send(new this.sdk.DeleteSourceCredentialsCommand({ arn }), sendOptions(this.limits)));
    }
    /** One page of project names (CodeBuild answers at most 100 a page) and the token for the next. */
    async listProjectNames(nextToken) {
        const out = await this.call('ListProjects', () => this.client.send(new this.sdk.ListProjectsCommand({ sortBy: 'NAME', nextToken })));
        return { names: out.projects ?? [], nextToken: out.nextToken || undefined };
    }
    /** Reads up to 100 projects by name; names it does not know are left out. */
    async getProjects(names) {
        if (names.length === 0)
            return [];
        if (names.length > 100)
            throw new Error('BatchGetProjects takes at most 100 names');
        const out = await this.call('BatchGetProjects', () => this.client.send(new this.sdk.BatchGetProjectsCommand({ names })));
        return out.projects ?? [];
    }
    destroy() {
        this.client.destroy();
    }
    async call(operation, send) {
        const what = `CodeBuild ${operation} in ${this.region}`;
        const waiting = this.limits.waiting;
        try {
            return await (waiting ? waiting.on(what, send) : send());
        }
        catch (error) {
            throw describeAwsError(error, what, `codebuild:${operation}`, this.limits);
        }
    }
}
function toStored(info) {
    return {
        arn: info.arn ?? '',
        serverType: info.serverType ?? '',
        authType: info.authType ?? '',
        ...(info.resource ? { resource: info.resource } : {}),
    };
}
/** Where AWS calls go, for messages about the network: the endpoint override, else the region's. */
function awsEndpointCheck() {
    const override = process.env.AWS_ENDPOINT_URL;
    return override
        ? {
            endpoint: override,
            check: `AWS_ENDPOINT_URL ("${override}"), the region name`,
        }
        : {
            endpoint: "the region's AWS endpoint",
            check: 'the region name',
        };
}
/** Turns an SDK error into a message that says what failed and what to fix. */
function describeAwsError(error, what, iamAction, limits) {
    const e = (error ?? {});
    const code = e.name ?? 'Error';
    // On the wire (no answer at all): say what happened there, never "HTTP 500".
    const failure = e.$metadata?.httpStatusCode ? undefined : (0,_network_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .networkFailure */ .rd)(error);
    if (failure) {
        return new AwsCallError((0,_network_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .describeNetworkFailure */ .Ku)(failure, {
            ...awsEndpointCheck(),
            what,
            timeoutMs: failure.kind === 'timeout'
                ? limits?.callTimeoutMs
                : failure.kind === 'connect-timeout'
                    ? limits?.connectTimeoutMs
                    : undefined,
            attempts: e.$metadata?.attempts,
        }), failure.kind === 'stopped' ? 'RunStopped' : failure.code);
    }
    const aws = e.message ? ` AWS said: ${e.message}` : '';
    if (/AccessDenied|UnauthorizedOperation|NotAuthorized/i.test(code)) {
        return new AwsCallError(`${what} was denied: the AWS identity lacks the IAM permission ${iamAction}. Add ${iamAction} to its policy (see the README's IAM policy).${aws}`, code);
    }
    if (code === 'CredentialsProviderError' || /Could not load credentials/i.test(e.message ?? '')) {
        return new AwsCallError(`${what} could not start: no AWS credentials were found. Configure them (aws-actions/configure-aws-credentials in a workflow; AWS_OIDC_ROLE_ARN or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY for the pipe).`, code);
    }
    if (/UnrecognizedClient|InvalidSignature|InvalidClientTokenId|ExpiredToken|SignatureDoesNotMatch/i.test(code)) {
        return new AwsCallError(`${what} failed: AWS rejected the credentials (${code}). Check the access key, secret and session token, or the role they come from.${aws}`, code);
    }
    if (/Throttl|TooManyRequests|RequestLimitExceeded/i.test(code)) {
        const attempts = e.$metadata?.attempts ?? 1;
        return new AwsCallError(`${what} was still throttled after ${attempts} attempts (${code}); run again later or in fewer regions at once.${aws}`, code);
    }
    if (code === 'InvalidInputException')
        return new AwsCallError(`${what} rejected the request as invalid.${aws}`, code);
    if (code === 'AccountLimitExceededException')
        return new AwsCallError(`${what} failed: an account limit was reached.${aws}`, code);
    const status = e.$metadata?.httpStatusCode ? ` (HTTP ${e.$metadata.httpStatusCode})` : '';
    return new AwsCallError(`${what} failed: ${code}${status}.${aws}`, code);
}


/***/ }),

/***/ 8904:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ mapLimit)
/* harmony export */ });
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


/***/ }),

/***/ 8953:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  KU: () => (/* binding */ DEFAULT_TIMEOUT_SECONDS),
  Pe: () => (/* binding */ MAX_TIMEOUT_SECONDS),
  jN: () => (/* binding */ MIN_TIMEOUT_SECONDS),
  sQ: () => (/* binding */ RunDeadline),
  NL: () => (/* binding */ RunStopped),
  E$: () => (/* binding */ Waiting),
  A: () => (/* binding */ boundedFetch),
  qQ: () => (/* binding */ callLimitsFor),
  XG: () => (/* binding */ exitCodeForSignal)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __nccwpck_require__(4708);
;// CONCATENATED MODULE: ./src/core/http.ts


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
        const request = (url.protocol === 'https:' ? external_node_https_.request : external_node_http_.request)(url, {
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

// EXTERNAL MODULE: ./src/core/network-errors.ts
var network_errors = __nccwpck_require__(825);
;// CONCATENATED MODULE: ./src/core/deadline.ts
// The run's deadline and its cancellation. One AbortSignal, shared through the run:
// when `timeout-seconds` passes or SIGTERM/SIGINT arrives, every call in flight is
// aborted, nothing new starts, and each strand of work says what it was waiting for.



/** Long enough for dozens of regions; short enough that a stalled service ends the run well within a minute. */
const DEFAULT_TIMEOUT_SECONDS = 30;
const MIN_TIMEOUT_SECONDS = 5;
const MAX_TIMEOUT_SECONDS = 3600;
/** What one strand of work (validation, a region) is waiting for right now. */
class Waiting {
    what;
    async on(what, work) {
        this.what = what;
        try {
            return await work();
        }
        finally {
            if (this.what === what)
                this.what = undefined;
        }
    }
}
/** The run stopped (deadline or signal) before this work finished. */
class RunStopped extends errors/* UserError */.yo {
    code = 'RUN_STOPPED';
    constructor(message) {
        super(message);
        this.name = 'RunStopped';
    }
}
/** Per-call limits derived from the run's: a hung call fails (after its retries) before the run's deadline. */
function callLimitsFor(timeoutSeconds) {
    const callTimeoutMs = Math.min(10_000, Math.max(1_000, Math.floor((timeoutSeconds * 1000) / 4)));
    return { callTimeoutMs, connectTimeoutMs: Math.min(5_000, callTimeoutMs) };
}
class RunDeadline {
    seconds;
    controller = new AbortController();
    timer;
    /** Why the run stopped early; undefined while it runs. */
    reason;
    limits;
    constructor(seconds = DEFAULT_TIMEOUT_SECONDS) {
        this.seconds = seconds;
        this.timer = setTimeout(() => this.stop('timeout'), seconds * 1000);
        this.timer.unref(); // never what keeps the process alive
        this.limits = { signal: this.controller.signal, ...callLimitsFor(seconds) };
    }
    get signal() {
        return this.controller.signal;
    }
    get stopped() {
        return this.reason !== undefined;
    }
    /** Stops the run: a signal (cancellation) or the deadline. The first reason wins. */
    stop(reason) {
        if (this.reason)
            return;
        this.reason = reason;
        clearTimeout(this.timer);
        this.controller.abort(new RunStopped(this.describe()));
    }
    /** "the run timed out after 30 s" or "the run was cancelled (SIGTERM)". */
    describe() {
        if (this.reason === 'timeout')
            return `the run timed out after ${(0,network_errors/* formatSeconds */.Xo)(this.seconds * 1000)}`;
        return `the run was cancelled (${this.reason ?? 'not stopped'})`;
    }
    /** What a strand was doing when the run stopped: "the run timed out after 30 s waiting for X". */
    describeFor(waiting) {
        if (!waiting?.what)
            return this.describe();
        return `${this.describe()}${this.reason === 'timeout' ? '' : ' while'} waiting for ${waiting.what}`;
    }
    /** Settles as `work` does, or rejects with RunStopped as soon as the run stops. */
    race(work, waiting) {
        if (this.stopped) {
            work.catch(() => { }); // abandoned
            return Promise.reject(new RunStopped(this.describeFor(waiting)));
        }
        return new Promise((resolve, reject) => {
            const onStop = () => reject(new RunStopped(this.describeFor(waiting)));
            this.signal.addEventListener('abort', onStop, { once: true });
            work.then((value) => {
                this.signal.removeEventListener('abort', onStop);
                resolve(value);
            }, (error) => {
                this.signal.removeEventListener('abort', onStop);
                reject(this.stopped ? new RunStopped(this.describeFor(waiting)) : error);
            });
        });
    }
    /** SIGTERM/SIGINT stop the run; a second one exits at once. Returns the function that removes the handlers. */
    cancelOnSignals(onSecond = (signal) => process.exit(exitCodeForSignal(signal))) {
        const handlers = ['SIGTERM', 'SIGINT'].map((signal) => {
            const handler = () => this.stopped && this.reason !== 'timeout' ? onSecond(signal) : this.stop(signal);
            process.on(signal, handler);
            return () => process.off(signal, handler);
        });
        return () => handlers.forEach((off) => off());
    }
    dispose() {
        clearTimeout(this.timer);
    }
}
/**
 * fetch (over node:http, see http.ts) with a per-attempt timeout and the run's signal;
 * tells `limits.waiting` which call it makes.
 */
function boundedFetch(limits, service) {
    return (input, init) => {
        const url = new URL(input);
        const method = init?.method ?? 'GET';
        if (limits.waiting)
            limits.waiting.what = `${service} ${method} ${url.pathname}`;
        const signals = [AbortSignal.timeout(limits.callTimeoutMs), init?.signal, limits.signal];
        return httpFetch(input, {
            ...init,
            signal: AbortSignal.any(signals.filter((s) => Boolean(s))),
        });
    };
}
/** The shell's convention: 128 + the signal's number (SIGINT 130, SIGTERM 143). */
function exitCodeForSignal(signal) {
    return signal === 'SIGINT' ? 130 : signal === 'SIGTERM' ? 143 : 1;
}


/***/ }),

/***/ 4296:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   wd: () => (/* binding */ ProviderUnavailableError),
/* harmony export */   xL: () => (/* binding */ ConfigError),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
/**
 * A problem the user can fix (bad input, rejected token, missing permission).
 * Entry points print its message without a stack trace.
 */
class UserError extends Error {
    constructor(message) {
        super(message);
        this.name = 'UserError';
    }
}
/** Invalid configuration: every problem found, each naming the option and what would be valid. */
class ConfigError extends UserError {
    problems;
    constructor(problems) {
        super(problems.length === 1 ? problems[0] : `Invalid configuration:\n- ${problems.join('\n- ')}`);
        this.problems = problems;
        this.name = 'ConfigError';
    }
}
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}
/** The provider could not be asked (network, 5xx): nothing is known about the token, so nothing may be written. */
class ProviderUnavailableError extends UserError {
    status;
    /** `status`: the provider's HTTP answer, when there was one (a 404 says the URL is not its API). */
    constructor(message, status) {
        super(message);
        this.status = status;
        this.name = 'ProviderUnavailableError';
    }
}


/***/ }),

/***/ 825:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ku: () => (/* binding */ describeNetworkFailure),
/* harmony export */   Xo: () => (/* binding */ formatSeconds),
/* harmony export */   rd: () => (/* binding */ networkFailure)
/* harmony export */ });
// What went wrong on the wire, named for what it is: DNS, refused, reset, TLS, timeout,
// a bad URL, or the run itself stopping. One classification for every outbound call
// (AWS SDK, Octokit, fetch), so a network failure is never shown as "HTTP 500".
const DNS = ['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NONAME'];
const RESET = [
    'ECONNRESET',
    'EPIPE',
    'ECONNABORTED',
    'UND_ERR_SOCKET',
    'ERR_STREAM_PREMATURE_CLOSE',
];
const CONNECT_TIMEOUT = ['UND_ERR_CONNECT_TIMEOUT', 'ETIMEDOUT'];
const TIMEOUT = ['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT'];
const TLS = /^(CERT_|ERR_TLS_|ERR_SSL_|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|EPROTO$|HOSTNAME_MISMATCH)/;
/** The error and its causes (fetch wraps the socket error in `cause`; Happy Eyeballs in `errors`). */
function chain(error) {
    const out = [];
    const queue = [error];
    while (queue.length > 0 && out.length < 12) {
        const e = queue.shift();
        if (!e || typeof e !== 'object')
            continue;
        const like = e;
        out.push(like);
        if (like.cause)
            queue.push(like.cause);
        if (Array.isArray(like.errors))
            queue.push(...like.errors);
    }
    return out;
}
function hostOf(e) {
    if (e.hostname)
        return e.hostname;
    if (e.address)
        return e.port ? `${e.address}:${e.port}` : e.address;
    return undefined;
}
/** What kind of network failure an error is, or undefined when it is an answer (an HTTP status, an AWS error code). */
function networkFailure(error) {
    const errors = chain(error);
    const found = (kind, e, code) => ({
        kind,
        code,
        host: errors.map(hostOf).find(Boolean),
        ...(kind === 'tls' && e.message ? { detail: e.message } : {}),
    });
    for (const e of errors) {
        const code = e.code ?? '';
        if (e.name === 'RunStopped' || code === 'RUN_STOPPED')
            return found('stopped', e, 'stopped');
        if (DNS.includes(code))
            return found('dns', e, code);
        if (code === 'ECONNREFUSED')
            return found('refused', e, code);
        if (TLS.test(code))
            return found('tls', e, code);
        // fetch refuses ports reserved for other protocols (1, 7, 9, 25, ...) with "bad port".
        if (e.name === 'TypeError' && /^bad port$/i.test(e.message ?? ''))
            return found('invalid-url', e, 'BAD_PORT');
        if (code === 'ERR_INVALID_URL' ||
            (e.name === 'TypeError' && /Invalid URL/i.test(e.message ?? '')))
            return found('invalid-url', e, 'ERR_INVALID_URL');
        if (RESET.includes(code))
            return found('reset', e, code);
        if (e.name === 'TimeoutError' || TIMEOUT.includes(code)) {
            // The AWS SDK's connect timeout is a TimeoutError too; its message tells them apart.
            const connecting = /did not establish a connection/i.test(e.message ?? '');
            return found(connecting ? 'connect-timeout' : 'timeout', e, code || 'TimeoutError');
        }
        if (CONNECT_TIMEOUT.includes(code))
            return found('connect-timeout', e, code);
    }
    // An AbortError that is not ours: the request was aborted by a timeout signal.
    const aborted = errors.find((e) => e.name === 'AbortError');
    if (aborted)
        return found('timeout', aborted, 'AbortError');
    return undefined;
}
/** One sentence that says what failed on the wire and what to check. */
function describeNetworkFailure(failure, call) {
    const { what, endpoint, check, timeoutMs, attempts } = call;
    const host = failure.host ?? endpoint;
    const tries = attempts && attempts > 1 ? `, ${attempts} attempts` : '';
    const within = timeoutMs ? ` within ${formatSeconds(timeoutMs)}` : '';
    switch (failure.kind) {
        case 'dns':
            return `${what} failed: the host name ${host} could not be resolved (DNS, ${failure.code}${tries}). Check ${check} and the network's DNS.`;
        case 'refused':
            return `${what} failed: ${host} refused the connection (${failure.code}${tries}): nothing listens there. Check ${check} and the network.`;
        case 'reset':
            return `${what} failed: the connection to ${endpoint} was cut (${failure.code}${tries}). A proxy or firewall may be closing it; check ${check} and the network.`;
        case 'tls':
            return `${what} failed: the TLS connection to ${endpoint} could not be trusted (${failure.code}${failure.detail ? `: ${failure.detail}` : ''}). A proxy with its own certificate authority needs NODE_EXTRA_CA_CERTS; check ${check}.`;
        case 'connect-timeout':
            return `${what} failed: could not connect to ${endpoint}${within} (${failure.code}${tries}). Check ${check} and the network (firewall, proxy).`;
        case 'timeout':
            return `${what} failed: ${endpoint} did not answer${within} (timed out${tries}). The service may be stalled: run again later, or check ${check} and the network.`;
        case 'invalid-url':
            return failure.code === 'BAD_PORT'
                ? `${what} could not start: ${endpoint} uses a port that fetch refuses to connect to (reserved for another protocol). Check ${check}.`
                : `${what} could not start: the endpoint is not a valid URL (${endpoint}). Check ${check}.`;
        case 'stopped':
            return `${what} was stopped: the run ended before it answered.`;
    }
}
function formatSeconds(ms) {
    const s = ms / 1000;
    return `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
}


/***/ }),

/***/ 2459:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   MP: () => (/* binding */ describeBody),
/* harmony export */   hc: () => (/* binding */ requireProvider),
/* harmony export */   mV: () => (/* binding */ UnverifiedAnswerError)
/* harmony export */ });
/* unused harmony export notFromProvider */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4296);
// Proof that an answer comes from the provider itself and not from something in
// between (a proxy, a captive portal, a single sign-on gateway). An answer that
// is not provably the provider's proves nothing about the token, so nothing is
// written on it.

/** The answer was not the provider's, or proves nothing: the token's scopes are unverified. */
class UnverifiedAnswerError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
    notTheProvider;
    /** `notTheProvider`: something else answered (notFromProvider), not the provider holding back a header. */
    constructor(message, notTheProvider = false) {
        super(message);
        this.notTheProvider = notTheProvider;
        this.name = 'UnverifiedAnswerError';
    }
}
function header(answer, name) {
    const found = Object.entries(answer.headers).find(([k]) => k.toLowerCase() === name);
    return found?.[1] === undefined ? undefined : String(found[1]);
}
function hostOf(url) {
    try {
        return new URL(url).host;
    }
    catch {
        return url;
    }
}
/** Where a redirect points, without its query (which may carry state) and shortened. */
function redirectTarget(location, base) {
    try {
        const url = new URL(location, base);
        return `${url.origin}${url.pathname}`.slice(0, 120);
    }
    catch {
        return 'an unreadable address';
    }
}
const SIGN_IN = /log-?in|sign-?in|sso|saml|auth|session|portal|captive/i;
/** What a body that is not the provider's JSON looks like, in a few words. */
function describeBody(answer) {
    const type = header(answer, 'content-type')?.split(';')[0]?.trim();
    const what = type === 'text/html' ||
        (typeof answer.body === 'string' && /^\s*<(!doctype|html)/i.test(answer.body))
        ? 'an HTML page'
        : type
            ? `a ${type} answer`
            : 'an answer without a Content-Type';
    return `${what} (${type ?? 'no Content-Type'}, ${answer.status})`;
}
/**
 * Why the answer is not provably the provider's, or undefined when it is: a
 * redirect, a body that is not JSON, or none of the provider's own headers.
 * A refusal (`strict` false; nothing is written on it anyway) is only disowned
 * on positive evidence: a redirect or an HTML page.
 */
function notFromProvider(answer, provider, { strict = true } = {}) {
    const host = hostOf(provider.apiUrl);
    const not = `not ${provider.name}`;
    if (answer.status >= 300 && answer.status < 400) {
        const location = header(answer, 'location');
        const target = location ? redirectTarget(location, provider.apiUrl) : 'nowhere given';
        const what = location && SIGN_IN.test(location) ? 'a sign-in page' : target;
        return `${host} redirected (${answer.status}) to ${what === target ? target : `${what} (${target})`} — a proxy or single sign-on gateway answered, ${not}'s API`;
    }
    const type = header(answer, 'content-type')?.split(';')[0]?.trim().toLowerCase() ?? '';
    const json = type === 'application/json' || type.endsWith('+json');
    if (!strict && describeBody(answer).startsWith('an HTML page')) {
        return `${host} answered with ${describeBody(answer)} — a proxy or captive portal, ${not}`;
    }
    if (!strict)
        return undefined;
    if (!json || typeof answer.body !== 'object' || answer.body === null) {
        const body = json
            ? `a body that is not JSON (${type}, ${answer.status})`
            : describeBody(answer);
        return `${host} answered with ${body} — a proxy or captive portal, ${not}`;
    }
    if (!Object.keys(answer.headers).some((name) => provider.ownHeaders.test(name))) {
        return `${host} answered (${answer.status}) without any of ${provider.name}'s own headers (such as ${provider.exampleHeader}) — a proxy or another server, ${not}`;
    }
    return undefined;
}
/** Throws UnverifiedAnswerError when the answer is not provably the provider's. */
function requireProvider(answer, provider, options) {
    const reason = notFromProvider(answer, provider, options);
    if (reason)
        throw new UnverifiedAnswerError(`Could not verify the token: ${reason}.`, true);
}


/***/ }),

/***/ 6997:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A4: () => (/* binding */ trimToken),
/* harmony export */   q_: () => (/* binding */ tokenCharacterProblem),
/* harmony export */   qc: () => (/* binding */ tokenForm)
/* harmony export */ });
// What a token is, read from its form alone (no network call): GitHub and
// Atlassian print a kind prefix on every token they issue, and CodeBuild's
// connection and secret "tokens" are ARNs. Config uses it to catch a token given
// to the wrong provider or auth type; the providers use it to label the token.
// Sources: FACTS.md, "Token kinds and lifetimes" and "Reading a token's scopes".
const FORMS = [
    [
        /^github_pat_/,
        'github_pat_',
        'github',
        'fine-grained-pat',
        'GitHub fine-grained personal access token',
    ],
    [/^ghp_/, 'ghp_', 'github', 'classic-pat', 'GitHub classic personal access token'],
    [/^gho_/, 'gho_', 'github', 'oauth', 'GitHub OAuth app token'],
    [/^ghu_/, 'ghu_', 'github', 'app-user', 'GitHub App user-to-server token'],
    [/^ghs_/, 'ghs_', 'github', 'app-installation', 'GitHub App installation token'],
    [/^ghr_/, 'ghr_', 'github', 'refresh', 'GitHub refresh token'],
    [/^ATCTT/, 'ATCTT', 'bitbucket', 'access-token', 'Bitbucket access token'],
    [/^ATATT/, 'ATATT', 'bitbucket', 'api-token', 'Atlassian API token'],
    [/^ATBB/, 'ATBB', 'bitbucket', 'app-password', 'Bitbucket app password'],
    [
        /^arn:aws[a-z-]*:(codeconnections|codestar-connections):/,
        'arn:…:connection',
        'aws',
        'connection-arn',
        'CodeConnections connection ARN',
    ],
    [
        /^arn:aws[a-z-]*:secretsmanager:/,
        'arn:…:secret',
        'aws',
        'secret-arn',
        'Secrets Manager secret ARN',
    ],
];
/** The token's kind by its form, or undefined when the form says nothing. */
function tokenForm(token) {
    const found = FORMS.find(([pattern]) => pattern.test(token));
    if (!found)
        return undefined;
    const [, prefix, provider, kind, description] = found;
    return { provider, kind, description, prefix };
}
/**
 * Characters that cannot be seen in a secret's editor (code point ranges):
 * no-break and zero-width spaces, joiners, direction marks, soft hyphen,
 * variation selectors, the byte-order mark. At either end they are paste
 * debris and are trimmed; inside a token they mean the value is damaged.
 */
const INVISIBLE = [
    [0x00a0, 0x00a0],
    [0x00ad, 0x00ad],
    [0x034f, 0x034f],
    [0x061c, 0x061c],
    [0x115f, 0x1160],
    [0x17b4, 0x17b5],
    [0x180e, 0x180e],
    [0x2000, 0x200f],
    [0x2028, 0x202f],
    [0x205f, 0x206f],
    [0x3000, 0x3000],
    [0x3164, 0x3164],
    [0xfe00, 0xfe0f],
    [0xfeff, 0xfeff],
    [0xffa0, 0xffa0],
];
function isInvisible(char) {
    const code = char.codePointAt(0);
    return INVISIBLE.some(([from, to]) => code >= from && code <= to);
}
const isBlank = (char) => /\s/u.test(char) || isInvisible(char);
/** The token without whitespace or invisible characters at either end. */
function trimToken(raw) {
    const chars = [...raw];
    let start = 0;
    let end = chars.length;
    while (start < end && isBlank(chars[start]))
        start++;
    while (end > start && isBlank(chars[end - 1]))
        end--;
    return chars.slice(start, end).join('');
}
/**
 * Why a (trimmed) token cannot be sent in an HTTP header, in words that never
 * show any part of it or where in it the problem is; undefined when it can.
 */
function tokenCharacterProblem(token) {
    if (/\s/u.test(token))
        return 'contains whitespace inside it';
    if ([...token].some(isInvisible))
        return 'contains an invisible character inside it (a zero-width space, joiner or byte-order mark, say)';
    if (/[^\x21-\x7e]/u.test(token))
        return 'contains a character that is not plain ASCII (an emoji or accented letter, say)';
    return undefined;
}


/***/ }),

/***/ 3323:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ USER_AGENT)
/* harmony export */ });
/* unused harmony export VERSION */
const VERSION = '1.0.0';
const USER_AGENT = `codebuild-credential-sync/${VERSION}`;


/***/ }),

/***/ 8680:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3921);

const code = await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .runPipe */ .G)({
    env: process.env,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
});
// The report is out (stdout and stderr are synchronous for files and pipes on Linux):
// exit now, so that a call abandoned at the deadline or on SIGTERM cannot keep the step alive.
process.exit(code);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 3921:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  G: () => (/* binding */ runPipe)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/core/deadline.ts + 1 modules
var core_deadline = __nccwpck_require__(8953);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
;// CONCATENATED MODULE: ./src/core/regions.generated.ts
// Generated by scripts/gen-regions.ts from the partition metadata of
// @aws-sdk/core 3.981.0. Do not edit by hand: run `npm run gen:regions`.
const SDK_CORE_VERSION = '3.981.0';
const PARTITIONS = [
    {
        id: 'aws',
        regionRegex: '^(us|eu|ap|sa|ca|me|af|il|mx)\\-\\w+\\-\\d+$',
        regions: [
            'af-south-1',
            'ap-east-1',
            'ap-east-2',
            'ap-northeast-1',
            'ap-northeast-2',
            'ap-northeast-3',
            'ap-south-1',
            'ap-south-2',
            'ap-southeast-1',
            'ap-southeast-2',
            'ap-southeast-3',
            'ap-southeast-4',
            'ap-southeast-5',
            'ap-southeast-6',
            'ap-southeast-7',
            'ca-central-1',
            'ca-west-1',
            'eu-central-1',
            'eu-central-2',
            'eu-north-1',
            'eu-south-1',
            'eu-south-2',
            'eu-west-1',
            'eu-west-2',
            'eu-west-3',
            'il-central-1',
            'me-central-1',
            'me-south-1',
            'me-west-1',
            'mx-central-1',
            'sa-east-1',
            'sa-west-1',
            'us-east-1',
            'us-east-2',
            'us-west-1',
            'us-west-2',
        ],
    },
    { id: 'aws-cn', regionRegex: '^cn\\-\\w+\\-\\d+$', regions: ['cn-north-1', 'cn-northwest-1'] },
    { id: 'aws-eusc', regionRegex: '^eusc\\-(de)\\-\\w+\\-\\d+$', regions: [] },
    {
        id: 'aws-iso',
        regionRegex: '^us\\-iso\\-\\w+\\-\\d+$',
        regions: ['us-iso-east-1', 'us-iso-west-1'],
    },
    {
        id: 'aws-iso-b',
        regionRegex: '^us\\-isob\\-\\w+\\-\\d+$',
        regions: ['us-isob-east-1', 'us-isob-west-1'],
    },
    { id: 'aws-iso-e', regionRegex: '^eu\\-isoe\\-\\w+\\-\\d+$', regions: ['eu-isoe-west-1'] },
    {
        id: 'aws-iso-f',
        regionRegex: '^us\\-isof\\-\\w+\\-\\d+$',
        regions: ['us-isof-east-1', 'us-isof-south-1'],
    },
    {
        id: 'aws-us-gov',
        regionRegex: '^us\\-gov\\-\\w+\\-\\d+$',
        regions: ['us-gov-east-1', 'us-gov-west-1'],
    },
];

;// CONCATENATED MODULE: ./src/core/regions.ts
// AWS region names, checked against the partition metadata of the bundled AWS SDK
// (regions.generated.ts, from @aws-sdk/core): a misspelt region is caught before
// any call, with the closest real names suggested.

/** What every AWS region name looks like (us-east-1, us-gov-west-1, eu-isoe-west-1). */
const REGION_SHAPE = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;
/** Every region the bundled SDK knows, in every partition. */
const KNOWN_REGIONS = PARTITIONS.flatMap((p) => p.regions);
function isKnownRegion(region) {
    return KNOWN_REGIONS.includes(region);
}
/** The partition whose naming pattern the region fits (`aws`, `aws-cn`, ...), if any. */
function partitionOf(region) {
    return (PARTITIONS.find((p) => p.regions.includes(region)) ??
        PARTITIONS.find((p) => new RegExp(p.regionRegex).test(region)))?.id;
}
/** The known regions closest to a misspelt one (at most three, equally close, within 3 edits). */
function suggestRegions(region) {
    const scored = KNOWN_REGIONS.map((name) => ({ name, distance: editDistance(region, name) }));
    const best = Math.min(...scored.map((s) => s.distance));
    if (best > 3)
        return [];
    return scored
        .filter((s) => s.distance === best)
        .map((s) => s.name)
        .slice(0, 3);
}
/** Levenshtein distance. */
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        previous = current;
    }
    return previous[b.length];
}
/** "did you mean eu-west-1?" / "did you mean us-east-1 or us-east-2?" or "" when nothing is close. */
function didYouMean(region) {
    const names = suggestRegions(region);
    if (names.length === 0)
        return '';
    const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
    return ` Did you mean ${list}?`;
}

// EXTERNAL MODULE: ./src/core/token-form.ts
var token_form = __nccwpck_require__(6997);
;// CONCATENATED MODULE: ./src/core/report.ts
const ACTION_TEXT = {
    imported: 'imported',
    'would-import': 'would import',
    'kept-existing': 'kept existing',
    checked: 'checked',
    deleted: 'deleted',
    'would-delete': 'would delete',
    'nothing-to-delete': 'nothing to delete',
    'not-attempted': 'not attempted',
    inventoried: 'inventoried',
    failed: 'failed',
};
const STATUS_MARK = { ok: '✔', drift: '⚠', error: '✖' };
const SCOPE_MARK = { granted: '✔', missing: '✖', unknown: '?' };
function grantedScopes(token) {
    return token?.scopes ?? [];
}
function missingScopes(token) {
    return (token?.required ?? [])
        .filter((s) => s.status === 'missing' && !s.optional)
        .map((s) => s.scope);
}
function scopeLine(token) {
    return token.required
        .map((s) => `${SCOPE_MARK[s.status]} ${s.scope}${s.via ? ` (via ${s.via})` : ''}${s.optional ? ' (optional)' : ''}`)
        .join(', ');
}
/** One line: what ran and how it ended, with counts. */
function summaryLine(report) {
    // A delete removes whatever credential a region holds, so no auth type is named for it.
    const subject = report.mode === 'inventory'
        ? `inventory of the ${(report.serverTypes ?? [report.serverType]).join(', ')} source credentials`
        : `${report.mode}${report.dryRun ? ' (dry run)' : ''} of the ${report.serverType} credential${report.mode === 'delete' ? '' : ` (${report.authType})`}`;
    const total = report.regions.length;
    const where = `${total} region${total === 1 ? '' : 's'}`;
    switch (report.outcome) {
        case 'success':
            return `${subject} succeeded in ${where}`;
        case 'drift':
            return `${subject} found drift: ${report.findings.length} finding${report.findings.length === 1 ? '' : 's'}`;
        case 'failure': {
            const ok = report.regions.filter((r) => r.status === 'ok').length;
            return `${subject} failed (${ok} of ${where} done)`;
        }
    }
}
/** Why the run failed, first: a run-level error, else the first region that failed. */
function firstCause(report) {
    if (report.errors[0])
        return report.errors[0];
    const region = report.regions.find((r) => r.status === 'error');
    return region ? `${regionName(region)}: ${region.detail}` : undefined;
}
/** The token's problem when no run-level error already says it. */
function tokenProblem(report) {
    const problem = report.token?.problem;
    return problem && !report.errors.some((e) => e.includes(problem)) ? problem : undefined;
}
function regionName(r) {
    return r.account ? `${r.account}/${r.region}` : r.region;
}
/** Names shown before a list is shortened. */
const NAMED = 10;
/** "breaks 3 projects: a, b, c", shortened past 10 names; undefined when projects were not inspected. */
function breaksText(projects) {
    if (!projects)
        return undefined;
    if (projects.length === 0)
        return 'breaks no project (none uses it)';
    const shown = projects.slice(0, NAMED).join(', ');
    const more = projects.length > NAMED ? ` … and ${projects.length - NAMED} more` : '';
    return `breaks ${projects.length} project${projects.length === 1 ? '' : 's'}: ${shown}${more}`;
}
const WEBHOOK_TEXT = {
    ok: 'ok',
    missing: 'MISSING',
    inactive: 'INACTIVE',
    none: 'none',
    unknown: 'unknown',
};
/** Why a webhook is unknown, shortened where it was simply not looked at (the JSON keeps the reason). */
function webhookNote(p) {
    if (p.webhook !== 'unknown' || !p.webhookDetail)
        return undefined;
    return p.webhookDetail.startsWith('not checked') ? 'not checked' : p.webhookDetail;
}
function credentialText(p) {
    return p.credential === 'account' ? 'account' : `own (${p.authType ?? 'project'})`;
}
/** Text rows shown per region before pointing at the JSON report. */
const TEXT_PROJECT_ROWS = 100;
function projectLines(r) {
    const projects = r.projects ?? [];
    if (!r.projects)
        return [];
    if (projects.length === 0)
        return [`Projects in ${regionName(r)}: none on this server type`];
    const lines = [`Projects in ${regionName(r)} (${projects.length}):`];
    const shown = projects.slice(0, TEXT_PROJECT_ROWS);
    const w = (f) => Math.max(0, ...shown.map((p) => f(p).length));
    const [wn, wr, wc] = [w((p) => p.name), w((p) => p.repository), w(credentialText)];
    for (const p of shown)
        lines.push(`  ${p.name.padEnd(wn)}  ${p.repository.padEnd(wr)}  ${credentialText(p).padEnd(wc)}  webhook ${WEBHOOK_TEXT[p.webhook]}${webhookNote(p) ? ` (${webhookNote(p)})` : ''}`);
    if (projects.length > shown.length)
        lines.push(`  … and ${projects.length - shown.length} more: see the JSON report`);
    return lines;
}
/** One cell of the inventory: the credential a region holds for a server type and how many projects use it. */
function inventoryCell(r, serverType) {
    const held = r.credentials?.find((c) => c.serverType === serverType);
    const needing = (r.projects ?? []).filter((p) => p.credential === 'account' && p.serverType === serverType).length;
    const count = (n) => `${n} project${n === 1 ? '' : 's'}`;
    if (held)
        return r.projects ? `${held.authType} · ${count(held.projects.length)}` : held.authType;
    if (r.status === 'error')
        return '?';
    return needing ? `none ⚠ ${count(needing)} need${needing === 1 ? 's' : ''} one` : '—';
}
function ownCell(r) {
    if (!r.projects)
        return '';
    const n = r.projects.filter((p) => p.credential === 'project').length;
    return n ? `${n} project${n === 1 ? '' : 's'}` : '—';
}
function inventoryTypes(report) {
    return report.serverTypes ?? [report.serverType];
}
/**
 * Plain text for logs. `errorsShownElsewhere`: how many of the first errors the
 * caller prints itself (the pipe's last line, the Action's failure), so each
 * message appears once.
 */
function renderText(report, errorsShownElsewhere = 0) {
    const lines = [];
    const t = report.token;
    if (t) {
        lines.push(`Token: ${t.description}${t.identity ? ` (${t.identity})` : ''}: ${t.accepted ? 'accepted' : 'REJECTED'}`);
        const problem = tokenProblem(report);
        if (problem)
            lines.push(`  Problem: ${problem}`);
        if (t.accepted) {
            lines.push(`  Scopes reported: ${t.scopes ? t.scopes.join(', ') || '(none)' : 'not reported by the provider'}`);
            if (t.required.length)
                lines.push(`  CodeBuild needs: ${scopeLine(t)}`);
            for (const probe of t.repositories ?? []) {
                const checks = probe.checks
                    .map((c) => `${SCOPE_MARK[c.status]} ${c.permission}`)
                    .join(', ');
                lines.push(`  ${probe.repository}${probe.reachable ? '' : ' (not reachable)'}: ${checks}`);
            }
            lines.push(`  Expires: ${t.expiresAt ?? 'no expiry reported'}`);
        }
    }
    if (report.regions.length) {
        lines.push('Regions:');
        const width = Math.max(...report.regions.map((r) => regionName(r).length));
        for (const r of report.regions) {
            const arn = r.arn ? ` ${r.arn}` : '';
            lines.push(`  ${STATUS_MARK[r.status]} ${regionName(r).padEnd(width)}  ${ACTION_TEXT[r.action]}${arn}: ${r.detail}`);
        }
    }
    if (report.mode === 'inventory' && report.regions.length) {
        const types = inventoryTypes(report);
        const rows = [
            ['Account/region', ...types, 'Own credential'],
            ...report.regions.map((r) => [
                regionName(r),
                ...types.map((t) => inventoryCell(r, t)),
                ownCell(r),
            ]),
        ];
        const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
        lines.push('Inventory:');
        for (const row of rows)
            lines.push(`  ${row.map((c, i) => c.padEnd(widths[i])).join('  ')}`.trimEnd());
    }
    for (const r of report.regions)
        lines.push(...projectLines(r));
    for (const f of report.findings) {
        lines.push(`Drift (${f.kind}${f.region ? `, ${f.region}` : ''}): ${f.message}`);
        const breaks = breaksText(f.projects);
        if (breaks)
            lines.push(`  ${breaks}`);
    }
    for (const w of report.warnings)
        lines.push(`Warning: ${w}`);
    for (const e of report.errors.slice(errorsShownElsewhere))
        lines.push(`Error: ${e}`);
    return lines.join('\n');
}
const cell = (text) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
/** Markdown for the job summary. */
function renderMarkdown(report) {
    const icon = { success: '✅', drift: '⚠️', failure: '❌' }[report.outcome];
    const out = [`### ${icon} CodeBuild credential: ${summaryLine(report)}`, ''];
    const t = report.token;
    if (t) {
        out.push('| Token | |', '|---|---|');
        out.push(`| Kind | ${cell(t.description)} |`);
        if (t.identity)
            out.push(`| Identity | ${cell(t.identity)} |`);
        const problem = tokenProblem(report);
        out.push(`| Accepted by provider | ${t.accepted ? 'yes' : `**no**${problem ? `: ${cell(problem)}` : ' (see Errors)'}`} |`);
        // A rejected token was never asked about its scopes or expiry: say nothing rather than "none".
        if (t.accepted) {
            out.push(`| Scopes granted | ${t.scopes ? cell(t.scopes.join(', ') || '(none)') : 'not reported'} |`);
            const missing = missingScopes(t);
            out.push(`| Scopes missing | ${missing.length ? `**${missing.join(', ')}**` : 'none'} |`);
            const unknown = t.required.filter((s) => s.status === 'unknown').map((s) => s.scope);
            if (unknown.length)
                out.push(`| Scopes unverified | ${unknown.join(', ')} |`);
            out.push(`| Expires | ${t.expiresAt ?? 'no expiry reported'} |`);
        }
        out.push('');
        if (t.repositories?.length) {
            out.push('| Repository | Permission | Result | Evidence |', '|---|---|---|---|');
            for (const probe of t.repositories) {
                for (const c of probe.checks) {
                    out.push(`| ${probe.repository} | ${c.permission} | ${SCOPE_MARK[c.status]} ${c.status} | ${cell(c.evidence)} |`);
                }
            }
            out.push('');
        }
    }
    if (report.mode === 'inventory' && report.regions.length)
        out.push(...inventoryMatrix(report), '');
    else if (report.regions.some((r) => r.account))
        out.push(...accountMatrix(report), '');
    if (report.regions.length) {
        const withAccount = report.regions.some((r) => r.account);
        out.push(withAccount
            ? '| Account | Region | Result | ARN | Detail |'
            : '| Region | Result | ARN | Detail |');
        out.push(withAccount ? '|---|---|---|---|---|' : '|---|---|---|---|');
        for (const r of report.regions) {
            const row = [
                r.region,
                `${STATUS_MARK[r.status]} ${ACTION_TEXT[r.action]}`,
                r.arn ? `\`${r.arn}\`` : '',
                cell(r.detail),
            ];
            out.push(`| ${(withAccount ? [r.account ?? '', ...row] : row).join(' | ')} |`);
        }
        out.push('');
    }
    if (report.findings.length) {
        out.push('**Drift**', '');
        for (const f of report.findings) {
            const breaks = breaksText(f.projects);
            out.push(`- \`${f.kind}\`${f.region ? ` (${f.account ? `${f.account}/` : ''}${f.region})` : ''}: ${f.message}${breaks ? ` **It ${breaks}.**` : ''}`);
        }
        out.push('');
    }
    for (const r of report.regions)
        out.push(...projectTable(r));
    if (report.warnings.length) {
        out.push('**Warnings**', '', ...report.warnings.map((w) => `- ${w}`), '');
    }
    if (report.errors.length) {
        out.push('**Errors**', '', ...report.errors.map((e) => `- ${e}`), '');
    }
    return out.join('\n');
}
/** Rows of a projects table shown before it is folded away. */
const OPEN_PROJECT_ROWS = 20;
const WEBHOOK_MARK = {
    ok: '✔ ok',
    missing: '✖ missing',
    inactive: '⚠ inactive',
    none: 'none',
    unknown: '? unknown',
};
/** A region's projects: open up to 20 rows, folded in <details> past that. */
function projectTable(r) {
    if (!r.projects)
        return [];
    const title = `Projects in ${regionName(r)} (${r.projects.length})`;
    if (r.projects.length === 0)
        return [`**${title}**: none on this server type`, ''];
    const table = [
        '| Project | Repository | Credential | Webhook |',
        '|---|---|---|---|',
        ...r.projects.map((p) => `| ${cell(p.name)} | ${cell(p.repository)} | ${p.credential === 'account' ? 'account' : `own${p.resource ? ` (\`${cell(p.resource)}\`)` : ''}`} | ${WEBHOOK_MARK[p.webhook]}${webhookNote(p) ? `: ${cell(webhookNote(p))}` : ''} |`),
    ];
    if (r.projects.length <= OPEN_PROJECT_ROWS)
        return [`**${title}**`, '', ...table, ''];
    return ['<details>', `<summary>${title}</summary>`, '', ...table, '', '</details>', ''];
}
/** Inventory: targets down, server types across, each cell the credential held and the projects using it. */
function inventoryMatrix(report) {
    const types = inventoryTypes(report);
    return [
        `| Account | Region | ${types.join(' | ')} | Own credential |`,
        `|---|---|${types.map(() => '---|').join('')}---|`,
        ...report.regions.map((r) => `| ${r.account ?? ''} | ${r.region} | ${types.map((t) => inventoryCell(r, t)).join(' | ')} | ${ownCell(r)} |`),
    ];
}
/** Accounts down, regions across: where several accounts are checked, the shape of the problem at a glance. */
function accountMatrix(report) {
    const regions = [...new Set(report.regions.map((r) => r.region))];
    const accounts = [...new Set(report.regions.map((r) => r.account ?? ''))];
    const rows = accounts.map((account) => {
        const cells = regions.map((region) => {
            const r = report.regions.find((x) => x.region === region && (x.account ?? '') === account);
            return r ? `${STATUS_MARK[r.status]} ${ACTION_TEXT[r.action]}` : '';
        });
        return `| ${account} | ${cells.join(' | ')} |`;
    });
    return [
        `| Account | ${regions.join(' | ')} |`,
        `|---|${regions.map(() => '---|').join('')}`,
        ...rows,
    ];
}
function renderJson(report) {
    return JSON.stringify(report, null, 2);
}

;// CONCATENATED MODULE: ./src/core/report-file.ts




/**
 * Why the report could not be written to `path`, found before any call (so a
 * bad path never turns a finished import into a failure); undefined when it can.
 * Reads only: nothing is created here.
 */
function reportPathProblem(path) {
    const target = (0,external_node_path_.resolve)(path);
    const existing = statOrUndefined(target);
    if (existing?.isDirectory())
        return `is ${path}, which is a directory: name a file in it.`;
    if (existing)
        return writable(target) ? undefined : `is ${path}, which cannot be written.`;
    // The nearest existing folder above it must be a folder we may write in.
    let dir = (0,external_node_path_.dirname)(target);
    while (!statOrUndefined(dir) && (0,external_node_path_.dirname)(dir) !== dir)
        dir = (0,external_node_path_.dirname)(dir);
    const found = statOrUndefined(dir);
    if (!found?.isDirectory())
        return `is ${path}, but ${dir} is a file, not a folder: name a path in a folder.`;
    if (!writable(dir))
        return `is ${path}, but the folder ${dir} cannot be written.`;
    return undefined;
}
function statOrUndefined(path) {
    try {
        return (0,external_node_fs_.statSync)(path);
    }
    catch {
        return undefined;
    }
}
function writable(path) {
    try {
        (0,external_node_fs_.accessSync)(path, external_node_fs_.constants.W_OK);
        return true;
    }
    catch {
        return false;
    }
}
/** Writes the JSON report for later steps, redacted like every other output. */
function writeReportFile(path, report, secrets) {
    try {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
        (0,external_node_fs_.writeFileSync)(path, `${secrets.redact(renderJson(report))}\n`);
    }
    catch (error) {
        throw new errors/* UserError */.yo(`Could not write the report file ${path}: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
}

;// CONCATENATED MODULE: ./src/core/options.ts
// The one table of options. The pipe's environment parser, the Action's input
// parser, action.yml and the README tables are all derived from it, so they
// cannot disagree.

const MODES = ['sync', 'check', 'delete', 'inventory'];
const SERVER_TYPES = ['GITHUB', 'GITHUB_ENTERPRISE', 'BITBUCKET'];
const AUTH_TYPES = [
    'PERSONAL_ACCESS_TOKEN',
    'BASIC_AUTH',
    'CODECONNECTIONS',
    'SECRETS_MANAGER',
    'OAUTH',
];
const OPTIONS = [
    {
        key: 'mode',
        input: 'mode',
        env: ['MODE'],
        kind: 'enum',
        values: MODES,
        default: 'sync',
        description: '`sync` imports the token into CodeBuild, `check` reports drift without writing, `delete` removes the credential, `inventory` lists the source credentials CodeBuild holds and the projects that use each (no token needed).',
    },
    {
        key: 'serverType',
        input: 'server-type',
        env: ['SERVER_TYPE'],
        kind: 'enum',
        values: ['github', 'github-enterprise', 'bitbucket', 'all'],
        default: { action: 'github', pipe: 'bitbucket' },
        modeDefault: { inventory: 'all' },
        description: 'The source provider: `github`, `github-enterprise` or `bitbucket` (case-insensitive; `GITHUB`, `GITHUB_ENTERPRISE`, `BITBUCKET` also accepted). `all` (every one of them) only for `inventory`.',
    },
    {
        key: 'authType',
        input: 'auth-type',
        env: ['AUTH_TYPE'],
        kind: 'enum',
        values: AUTH_TYPES,
        defaultText: 'GitHub: `PERSONAL_ACCESS_TOKEN`; Bitbucket with a username: `BASIC_AUTH` (app password); Bitbucket without: `PERSONAL_ACCESS_TOKEN` (access token)',
        description: 'The CodeBuild authType to import the token as. With `CODECONNECTIONS` the token is a connection ARN; with `SECRETS_MANAGER`, a Secrets Manager secret ARN. `OAUTH` cannot be set through the API.',
    },
    {
        key: 'token',
        input: 'token',
        env: ['TOKEN'],
        kind: 'secret',
        defaultText: 'required for `sync` and `check`; not used by `delete` and `inventory`',
        description: 'The GitHub token, Bitbucket access token or Bitbucket app password. Surrounding whitespace is trimmed. Never printed.',
    },
    {
        key: 'username',
        input: 'username',
        env: ['USERNAME'],
        kind: 'string',
        description: 'Bitbucket username, only for `BASIC_AUTH` (app passwords).',
        deprecationMessage: 'Bitbucket Cloud removed app passwords on 2026-07-28 (no new ones since 2025-09-09). Use a Bitbucket access token with no username: it is imported as PERSONAL_ACCESS_TOKEN.',
    },
    {
        key: 'regions',
        input: 'aws-region',
        env: ['AWS_DEFAULT_REGION', 'AWS_REGION'],
        kind: 'list',
        // One precedence in both front doors, the AWS SDK's own: AWS_REGION before AWS_DEFAULT_REGION.
        readOrder: ['AWS_REGION', 'AWS_DEFAULT_REGION'],
        actionEnvFallback: ['AWS_REGION', 'AWS_DEFAULT_REGION'],
        defaultText: { action: 'env `AWS_REGION`, else `AWS_DEFAULT_REGION`' },
        description: 'One or more AWS regions, separated by commas, spaces or newlines. The credential is per region: each one gets its own. Each name is checked against the regions the bundled AWS SDK knows (a misspelling gets the closest names). Read in one order in both front doors, the AWS SDK’s: the Action input, then `AWS_REGION`, then `AWS_DEFAULT_REGION` (a Bitbucket list form `X_0`.. before the plain `X`); the first one set wins, and a warning names any other that disagrees. A name given twice is used once, with a warning.',
    },
    {
        key: 'allowUnknownRegions',
        input: 'allow-unknown-regions',
        env: ['ALLOW_UNKNOWN_REGIONS'],
        kind: 'boolean',
        default: 'false',
        description: 'Accept region names the bundled AWS SDK does not list yet (a region newer than this release). Their shape is still checked.',
    },
    {
        key: 'shouldOverwrite',
        input: 'should-overwrite',
        env: ['SHOULD_OVERWRITE'],
        kind: 'boolean',
        default: 'true',
        description: 'Passed to ImportSourceCredentials. With `false`, a region that already holds a credential for the server type keeps it.',
    },
    {
        key: 'dryRun',
        input: 'dry-run',
        env: ['DRY_RUN'],
        kind: 'boolean',
        default: 'false',
        description: 'Validate the token and show the plan; make no write call at all.',
    },
    {
        key: 'failOnDrift',
        input: 'fail-on-drift',
        env: ['FAIL_ON_DRIFT'],
        kind: 'boolean',
        default: 'true',
        description: '`check` mode fails (non-zero exit) when it finds drift.',
    },
    {
        key: 'expiryWarningDays',
        input: 'expiry-warning-days',
        env: ['EXPIRY_WARNING_DAYS'],
        kind: 'integer',
        default: '14',
        description: 'Warn when the token expires within this many days.',
    },
    {
        key: 'githubApiUrl',
        input: 'github-api-url',
        env: ['GITHUB_API_URL'],
        kind: 'url',
        actionEnvFallback: ['GITHUB_API_URL'],
        default: 'https://api.github.com',
        defaultText: { action: 'env `GITHUB_API_URL`, else `https://api.github.com`' },
        description: 'GitHub REST base URL. GitHub Enterprise Server: `https://HOST/api/v3`.',
    },
    {
        key: 'bitbucketApiUrl',
        input: 'bitbucket-api-url',
        env: ['BITBUCKET_API_URL'],
        kind: 'url',
        default: 'https://api.bitbucket.org/2.0',
        description: 'Bitbucket REST base URL, including `/2.0`.',
    },
    {
        key: 'repositories',
        input: 'repositories',
        env: ['REPOSITORIES'],
        kind: 'list',
        description: 'Fine-grained GitHub tokens: `owner/repo` list on which to probe, read-only, the permissions CodeBuild needs. Without it their permissions are reported as unverified.',
    },
    {
        key: 'requireVerifiedScopes',
        input: 'require-verified-scopes',
        env: ['REQUIRE_VERIFIED_SCOPES'],
        kind: 'boolean',
        default: 'false',
        description: 'Import only a token whose every scope CodeBuild needs is proven. With `false`, a token whose provider cannot list its scopes (a fine-grained GitHub token, a Bitbucket app password or API token) is imported with an "unverified" warning; with `true` it is refused before any write, with what would make it verifiable. An answer that is not provably the provider\'s (an HTML page, a redirect, no provider headers) is never imported either way.',
    },
    {
        key: 'rolesToAssume',
        input: 'role-to-assume',
        env: ['ROLE_TO_ASSUME'],
        kind: 'list',
        description: 'IAM role ARNs, one per AWS account, assumed with the ambient credentials; every account gets every region. Empty: the ambient account only.',
    },
    {
        key: 'reportFile',
        input: 'report-file',
        env: ['REPORT_FILE'],
        kind: 'string',
        defaultText: {
            action: 'none',
            pipe: '`$BITBUCKET_PIPE_SHARED_STORAGE_DIR/codebuild-credential-sync/report.json` when that directory is set',
        },
        description: 'Write the JSON report to this path, for later steps.',
    },
    {
        key: 'failOnExpiryWithinDays',
        input: 'fail-on-expiry-within-days',
        env: ['FAIL_ON_EXPIRY_WITHIN_DAYS'],
        kind: 'integer',
        defaultText: 'off',
        description: 'Fail (`sync` imports nothing; `check` reports drift) when the token expires within this many days.',
    },
    {
        key: 'inspectProjects',
        input: 'inspect-projects',
        env: ['INSPECT_PROJECTS'],
        kind: 'boolean',
        default: 'false',
        modeDefault: { check: 'true', inventory: 'true' },
        description: "Read the region's CodeBuild projects (ListProjects, BatchGetProjects): every finding names the projects it breaks, project-level connections are checked, and the webhooks of projects that use the credential are looked up on the provider (read-only).",
    },
    {
        key: 'driftIssue',
        input: 'drift-issue',
        env: ['DRIFT_ISSUE'],
        kind: 'boolean',
        default: 'false',
        platforms: ['action'],
        description: 'On drift, open (or update) one issue in this repository with the drift table; close it when a later check is clean. Needs `permissions: issues: write`.',
    },
    {
        key: 'githubToken',
        input: 'github-token',
        env: ['DRIFT_ISSUE_TOKEN'],
        kind: 'secret',
        default: '${{ github.token }}',
        platforms: ['action'],
        description: 'Token for the drift issue (the workflow’s `GITHUB_TOKEN` by default). Not the token that is imported.',
    },
    {
        key: 'timeoutSeconds',
        input: 'timeout-seconds',
        env: ['TIMEOUT_SECONDS'],
        kind: 'integer',
        default: String(core_deadline/* DEFAULT_TIMEOUT_SECONDS */.KU),
        description: `Time limit of the whole run, in seconds (${core_deadline/* MIN_TIMEOUT_SECONDS */.jN}-${core_deadline/* MAX_TIMEOUT_SECONDS */.Pe}). When it passes, nothing new starts, unfinished regions are reported as timed out, the report is written and the run fails. Each call also has a per-attempt limit (a quarter of this, at most 10 s).`,
    },
    {
        key: 'debug',
        input: 'debug',
        env: ['DEBUG'],
        kind: 'boolean',
        default: 'false',
        platforms: ['pipe'],
        description: 'Print extra detail (never secrets). The Action uses the runner’s step debug logging instead.',
    },
];
function optionsFor(platform) {
    return OPTIONS.filter((o) => !o.platforms || o.platforms.includes(platform));
}
/** How the default of an option reads on a platform (a literal default, else its wording), with any per-mode ones. */
function defaultTextFor(option, platform) {
    const base = baseDefaultText(option, platform);
    const byMode = Object.entries(option.modeDefault ?? {});
    if (byMode.length === 0)
        return base;
    return [
        ...byMode.map(([mode, value]) => `\`${mode}\`: \`${value}\``),
        ...(base ? [`otherwise ${base}`] : []),
    ].join('; ');
}
function baseDefaultText(option, platform) {
    const worded = typeof option.defaultText === 'object' ? option.defaultText[platform] : undefined;
    if (worded)
        return worded;
    const literal = defaultFor(option, platform);
    if (literal !== undefined)
        return `\`${literal}\``;
    return typeof option.defaultText === 'string' ? option.defaultText : undefined;
}
/** The default of an option in a mode on a platform. */
function defaultIn(option, platform, mode) {
    return option.modeDefault?.[mode] ?? defaultFor(option, platform);
}
function defaultFor(option, platform) {
    if (typeof option.default === 'object')
        return option.default[platform];
    return option.default;
}

;// CONCATENATED MODULE: ./src/core/config.ts






/**
 * Reads pipe variables, in the option's precedence order (`readOrder`, else
 * `env`); a list may also come in Bitbucket's `X_COUNT`, `X_0`, ... form, which
 * wins over a plain `X` because the pipe's YAML set it.
 */
function envSource(env, platform = 'pipe') {
    const sources = (option) => {
        const found = [];
        for (const name of option.readOrder ?? option.env) {
            const items = option.kind === 'list' ? readListForm(env, name) : undefined;
            if (items)
                found.push({ label: `${name}_0..${name}_COUNT`, value: items });
            const value = env[name]?.trim();
            if (value)
                found.push({ label: name, value });
        }
        return found;
    };
    return {
        platform,
        read: (option) => sources(option)[0]?.value,
        sources,
        label: (option) => option.env[0],
    };
}
function readListForm(env, name) {
    const count = Number.parseInt(env[`${name}_COUNT`] ?? '', 10);
    if (!Number.isInteger(count) || count <= 0)
        return undefined;
    // The items present, in index order: a huge or wrong X_COUNT costs nothing.
    const item = new RegExp(`^${name}_(0|[1-9]\\d*)$`);
    const items = Object.entries(env)
        .map(([key, value]) => [Number(item.exec(key)?.[1] ?? NaN), value?.trim() ?? ''])
        .filter(([index, value]) => index < count && value)
        .sort(([a], [b]) => a - b);
    return items.map(([, value]) => value).join(',') || undefined;
}
const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/;
const TRUE = ['true', 'yes', '1', 'on'];
const FALSE = ['false', 'no', '0', 'off'];
/** Builds the Config, collecting every problem before failing, and makes no network call. */
function buildConfig(source) {
    const problems = [];
    const spec = (key) => OPTIONS.find((o) => o.key === key);
    const label = (key) => source.label(spec(key));
    // The mode comes first: some defaults depend on it.
    const modeText = (source.read(spec('mode')) ?? defaultIn(spec('mode'), source.platform, 'sync'));
    const modeGuess = MODES.find((m) => m === modeText.toLowerCase()) ?? 'sync';
    const raw = (key) => source.read(spec(key)) ?? defaultIn(spec(key), source.platform, modeGuess);
    /** How to set an option to a value in this front door: `SERVER_TYPE=github` / `server-type: github`. */
    const set = (key, value) => source.platform === 'pipe' ? `${spec(key).env[0]}=${value}` : `${spec(key).input}: ${value}`;
    const warnings = [];
    const oneOf = (key, valid, canon, shown = spec(key).values ?? valid) => {
        const value = raw(key) ?? '';
        const found = valid.find((v) => canon(v) === canon(value));
        if (!found) {
            problems.push(`${label(key)} must be one of ${shown.join(', ')}; got "${value}".`);
        }
        return found ?? valid[0];
    };
    const bool = (key) => {
        const value = (raw(key) ?? '').toLowerCase();
        if (TRUE.includes(value))
            return true;
        if (FALSE.includes(value))
            return false;
        problems.push(`${label(key)} must be true or false; got "${raw(key)}".`);
        return false;
    };
    const url = (key) => {
        const value = raw(key) ?? '';
        try {
            const parsed = new URL(value);
            if (parsed.protocol === 'http:' || parsed.protocol === 'https:')
                return value.replace(/\/+$/, '');
        }
        catch {
            // reported below
        }
        problems.push(`${label(key)} must be an http(s) URL, e.g. ${spec(key).default}; got "${value}".`);
        return value;
    };
    const list = (key, text = raw(key), name = label(key)) => {
        const items = (text ?? '').split(/[\s,]+/).filter(Boolean);
        const unique = [...new Set(items)];
        if (unique.length < items.length) {
            const twice = unique.filter((item) => items.indexOf(item) !== items.lastIndexOf(item));
            warnings.push(`${name} names ${twice.join(', ')} more than once; each is used once.`);
        }
        return unique;
    };
    const mode = oneOf('mode', MODES, (v) => v.toLowerCase());
    const wantsAll = (raw('serverType') ?? '').toLowerCase() === 'all';
    const allServerTypes = wantsAll && mode === 'inventory';
    if (wantsAll && !allServerTypes)
        problems.push(`${label('serverType')} all is only for mode inventory; ${mode} works on one server type: github, github-enterprise or bitbucket.`);
    const serverType = wantsAll
        ? SERVER_TYPES[0]
        : oneOf('serverType', SERVER_TYPES, (v) => v.toUpperCase().replace(/-/g, '_'), spec('serverType').values.filter((v) => v !== 'all' || mode === 'inventory'));
    const serverTypes = allServerTypes ? [...SERVER_TYPES] : [serverType];
    const username = raw('username');
    const explicitAuthType = raw('authType');
    const authType = explicitAuthType
        ? oneOf('authType', AUTH_TYPES, (v) => v.toUpperCase().replace(/-/g, '_'))
        : serverType === 'BITBUCKET' && username
            ? 'BASIC_AUTH'
            : 'PERSONAL_ACCESS_TOKEN';
    const token = (0,token_form/* trimToken */.A4)(source.read(spec('token')) ?? '');
    const needsToken = mode === 'sync' || mode === 'check';
    if (!token && needsToken) {
        problems.push(`${label('token')} is required for mode ${mode}: set it to the token to ${mode === 'sync' ? 'import' : 'check'}.`);
    }
    else {
        // Never a part of the token, nor where in it: the message says what, not where.
        const bad = (0,token_form/* tokenCharacterProblem */.q_)(token);
        if (bad)
            problems.push(`${label('token')} ${bad}: a token never does. Copy the token again from its provider and update the secret.`);
    }
    const form = token ? (0,token_form/* tokenForm */.qc)(token) : undefined;
    const allowUnknownRegions = bool('allowUnknownRegions');
    const { regions, regionLabel } = readRegions();
    if (regions.length === 0) {
        problems.push(`${label('regions')} is required: name one or more AWS regions, separated by commas, spaces or newlines (e.g. us-east-1,eu-west-1).`);
    }
    for (const region of regions) {
        if (!REGION_SHAPE.test(region)) {
            problems.push(`${regionLabel} has "${region}", which is not an AWS region name (e.g. us-east-1, eu-west-1).${didYouMean(region)}`);
        }
        else if (!isKnownRegion(region) && !allowUnknownRegions) {
            problems.push(`${regionLabel} has "${region}", which is not a region this release's AWS SDK knows.${didYouMean(region)} If it is a region newer than this release, set ${set('allowUnknownRegions', 'true')}.`);
        }
        else if (!isKnownRegion(region) && !partitionOf(region)) {
            problems.push(`${regionLabel} has "${region}", which fits no AWS partition's naming (us-, eu-, ap-, cn-, us-gov-, ...).${didYouMean(region)}`);
        }
    }
    /** The regions from the first source that sets them; a warning when another one disagrees. */
    function readRegions() {
        const found = source.sources(spec('regions'));
        const [first, ...others] = found;
        if (!first)
            return { regions: [], regionLabel: label('regions') };
        const chosen = list('regions', first.value, first.label);
        const same = (value) => [...new Set(value.split(/[\s,]+/).filter(Boolean))].sort().join(',') ===
            [...chosen].sort().join(',');
        const differing = others.filter((o) => !same(o.value));
        if (differing.length > 0) {
            warnings.push(`${first.label} (${chosen.join(', ')}) is used; ${differing
                .map((o) => `${o.label} (${o.value
                .split(/[\s,]+/)
                .filter(Boolean)
                .join(', ')})`)
                .join(' and ')} ${differing.length === 1 ? 'is' : 'are'} ignored. Regions are read from ${regionPrecedence(source.platform)}; the first one set wins. Set only one.`);
        }
        return { regions: chosen, regionLabel: first.label };
    }
    const days = (key) => {
        const text = raw(key);
        if (text === undefined)
            return undefined;
        if (!/^\d+$/.test(text))
            problems.push(`${label(key)} must be a whole number of days (0 or more); got "${text}".`);
        return Number(text);
    };
    const seconds = (key, min, max) => {
        const text = raw(key) ?? '';
        const value = Number(text);
        if (!/^\d+$/.test(text) || value < min || value > max) {
            problems.push(`${label(key)} must be a whole number of seconds from ${min} to ${max}; got "${text}".`);
            return Number(defaultIn(spec(key), source.platform, modeGuess));
        }
        return value;
    };
    const repositories = list('repositories');
    for (const repo of repositories) {
        if (!/^[\w.-]+\/[\w.-]+$/.test(repo))
            problems.push(`${label('repositories')} has "${repo}"; each entry must be owner/repo.`);
    }
    const rolesToAssume = list('rolesToAssume');
    for (const role of rolesToAssume) {
        if (!ROLE_ARN.test(role))
            problems.push(`${label('rolesToAssume')} has "${role}", which is not an IAM role ARN (arn:aws:iam::123456789012:role/NAME).`);
    }
    const config = {
        mode,
        serverType,
        serverTypes,
        authType,
        token,
        username,
        regions,
        shouldOverwrite: bool('shouldOverwrite'),
        dryRun: bool('dryRun'),
        failOnDrift: bool('failOnDrift'),
        expiryWarningDays: days('expiryWarningDays') ?? 14,
        githubApiUrl: url('githubApiUrl'),
        bitbucketApiUrl: url('bitbucketApiUrl'),
        repositories,
        requireVerifiedScopes: bool('requireVerifiedScopes'),
        rolesToAssume,
        reportFile: raw('reportFile'),
        failOnExpiryWithinDays: days('failOnExpiryWithinDays'),
        driftIssue: source.platform === 'action' ? bool('driftIssue') : false,
        inspectProjects: bool('inspectProjects'),
        githubToken: source.platform === 'action' ? raw('githubToken') : undefined,
        timeoutSeconds: seconds('timeoutSeconds', core_deadline/* MIN_TIMEOUT_SECONDS */.jN, core_deadline/* MAX_TIMEOUT_SECONDS */.Pe),
        debug: source.platform === 'pipe' ? bool('debug') : false,
        allowUnknownRegions,
        warnings,
        names: Object.fromEntries(OPTIONS.map((o) => [o.key, source.label(o)])),
    };
    problems.push(...combinationProblems(config, label, set, {
        explicitAuthType: Boolean(explicitAuthType),
        explicitServerType: Boolean(source.read(spec('serverType'))),
        form,
    }));
    if (config.reportFile) {
        const unwritable = reportPathProblem(config.reportFile);
        if (unwritable)
            problems.push(`${label('reportFile')} ${unwritable}`);
    }
    if (problems.length > 0)
        throw new errors/* ConfigError */.xL(problems);
    return config;
}
/** Where regions come from, in order, for messages (the same order as the options table says). */
function regionPrecedence(platform) {
    return platform === 'action'
        ? "input 'aws-region', then AWS_REGION, then AWS_DEFAULT_REGION"
        : 'AWS_REGION, then AWS_DEFAULT_REGION (a list form X_0.. before the plain X)';
}
/** Combinations CodeBuild or the providers would reject, caught before any call. */
function combinationProblems(c, label, set, given) {
    const problems = [];
    const isGitHub = c.serverType !== 'BITBUCKET';
    // Only sync and check use the token (and so the auth type, username and provider URL).
    const usesToken = c.mode === 'sync' || c.mode === 'check';
    const formProblem = usesToken ? tokenFormProblem(c, label, set, given) : undefined;
    if (formProblem)
        problems.push(formProblem);
    if (c.authType === 'OAUTH' && usesToken) {
        problems.push(`${label('authType')} OAUTH cannot be set through the CodeBuild API (only in the console). Use PERSONAL_ACCESS_TOKEN${isGitHub ? '' : ' or BASIC_AUTH'}.`);
    }
    if (c.authType === 'BASIC_AUTH') {
        if (isGitHub) {
            if (!formProblem)
                problems.push(`${label('authType')} BASIC_AUTH is only for Bitbucket app passwords and Atlassian API tokens; GitHub tokens use PERSONAL_ACCESS_TOKEN.`);
        }
        else if (!c.username && usesToken) {
            problems.push(`${label('username')} is required with ${label('authType')} BASIC_AUTH: set it to the Bitbucket username that owns the app password (for an Atlassian API token, your Atlassian account email).`);
        }
    }
    if (c.username && given.explicitAuthType && c.authType !== 'BASIC_AUTH' && !formProblem) {
        problems.push(`${label('username')} is only used with ${label('authType')} BASIC_AUTH; remove it, or set BASIC_AUTH for a Bitbucket app password.`);
    }
    if (c.username && isGitHub && !formProblem) {
        problems.push(`${label('username')} is only for Bitbucket app passwords; remove it for ${c.serverType}.`);
    }
    if ((c.authType === 'CODECONNECTIONS' || c.authType === 'SECRETS_MANAGER') &&
        c.token &&
        !formProblem) {
        const service = c.authType === 'CODECONNECTIONS'
            ? '(codeconnections|codestar-connections)'
            : 'secretsmanager';
        if (!new RegExp(`^arn:aws[a-z-]*:${service}:`).test(c.token)) {
            problems.push(c.authType === 'CODECONNECTIONS'
                ? `${label('token')} must be a connection ARN (arn:aws:codeconnections:REGION:ACCOUNT:connection/ID) with ${label('authType')} CODECONNECTIONS.`
                : `${label('token')} must be a Secrets Manager secret ARN (arn:aws:secretsmanager:REGION:ACCOUNT:secret:NAME) with ${label('authType')} SECRETS_MANAGER.`);
        }
    }
    if (usesToken)
        problems.push(...apiUrlProblems(c, label, set));
    return problems;
}
/**
 * A token given to the wrong provider or auth type, told by its form alone,
 * with the exact setting that fixes it. One problem at most: the first fix.
 */
function tokenFormProblem(c, label, set, { form, explicitServerType, explicitAuthType }) {
    if (!form)
        return undefined;
    const looks = `${label('token')} looks like ${/^[AEIOU]/.test(form.description) ? 'an' : 'a'} ${form.description} (${form.prefix}…)`;
    const serverType = `${label('serverType')} is ${c.serverType.toLowerCase().replace(/_/g, '-')}${explicitServerType ? '' : ' (the default)'}`;
    if (form.provider === 'github' && c.serverType === 'BITBUCKET') {
        return `${looks}, but ${serverType}: set ${set('serverType', 'github')} (GitHub Enterprise Server: ${set('serverType', 'github-enterprise')}).`;
    }
    if (form.provider === 'bitbucket' && c.serverType !== 'BITBUCKET') {
        return `${looks}, but ${serverType}: set ${set('serverType', 'bitbucket')}.`;
    }
    if (form.provider === 'aws') {
        const wanted = form.kind === 'connection-arn' ? 'CODECONNECTIONS' : 'SECRETS_MANAGER';
        if (c.authType !== wanted)
            return `${label('token')} is a ${form.description}, which CodeBuild takes with auth type ${wanted}: set ${set('authType', wanted)}${c.username ? ` and remove ${label('username')}` : ''}.`;
        return undefined;
    }
    if (form.kind === 'access-token' && c.username && c.authType === 'BASIC_AUTH') {
        return `${looks}, which is used without a username (Bearer auth; app passwords were the ones with a username): remove ${label('username')}${explicitAuthType ? ` and set ${set('authType', 'PERSONAL_ACCESS_TOKEN')}` : ''}.`;
    }
    if (form.kind === 'api-token' && c.authType !== 'BASIC_AUTH') {
        return `${looks}, which is used with Basic auth and your Atlassian account email: set ${set('username', 'you@example.com')}${explicitAuthType ? ` and ${set('authType', 'BASIC_AUTH')}` : ''} (or use a Bitbucket access token, ATCTT…, with no username).`;
    }
    return undefined;
}
/**
 * API base URLs that cannot be right for the server type, with the likely fix. A
 * missing `/api/v3` or `/2.0` is certain only on the providers' own hosts; elsewhere
 * (a loopback stand-in, a GHES behind a proxy) the URL may well be right, so it is not
 * refused, nor warned about: the answer tells. A hint is kept for when the provider
 * answers that this is not its API (a 404, or not the provider at all), so a URL that
 * works gives a clean run, and one that does not names the fix where it fails.
 */
function apiUrlProblems(c, label, set) {
    const problems = [];
    const github = safeUrl(c.githubApiUrl);
    if (c.serverType === 'GITHUB_ENTERPRISE' && github) {
        if (/^((api|www)\.)?github\.com$/i.test(github.hostname)) {
            problems.push(`${label('githubApiUrl')} must point at your GitHub Enterprise Server (https://HOST/api/v3) when ${label('serverType')} is github-enterprise.`);
        }
        else if (!/\/api\/v3$/.test(github.pathname)) {
            c.apiUrlHint = `${label('githubApiUrl')} is ${c.githubApiUrl}; a GitHub Enterprise Server's REST API is under /api/v3: did you mean ${withPath(github, /\/api(\/v\d+)?$/, '/api/v3')}?`;
        }
    }
    if (c.serverType === 'GITHUB' && github && /\/api\/v3$/.test(github.pathname)) {
        // /api/v3 is where GitHub Enterprise Server serves its API; github.com never does.
        problems.push(`${label('githubApiUrl')} is ${c.githubApiUrl}, a GitHub Enterprise Server, but ${label('serverType')} is github, which CodeBuild uses for github.com: set ${set('serverType', 'github-enterprise')} (or, for a github.com token, ${set('githubApiUrl', 'https://api.github.com')}).`);
    }
    else if (c.serverType === 'GITHUB' &&
        github &&
        !/^api\.github\.com$/i.test(github.hostname) &&
        !isLoopback(github.hostname)) {
        c.warnings.push(`${label('githubApiUrl')} is ${c.githubApiUrl}, not https://api.github.com, while ${label('serverType')} is github: CodeBuild will use the credential for github.com. For a GitHub Enterprise Server, set ${set('serverType', 'github-enterprise')} and its https://HOST/api/v3 URL.`);
    }
    const bitbucket = safeUrl(c.bitbucketApiUrl);
    if (c.serverType === 'BITBUCKET' && bitbucket && !/\/2\.0$/.test(bitbucket.pathname)) {
        if (/^((api|www)\.)?bitbucket\.org$/i.test(bitbucket.hostname)) {
            // Bitbucket Cloud serves its REST API at api.bitbucket.org/2.0 and nowhere else.
            problems.push(`${label('bitbucketApiUrl')} is ${c.bitbucketApiUrl}, but Bitbucket Cloud's REST API is https://api.bitbucket.org/2.0: set ${set('bitbucketApiUrl', 'https://api.bitbucket.org/2.0')}.`);
        }
        else {
            c.apiUrlHint = `${label('bitbucketApiUrl')} is ${c.bitbucketApiUrl}; Bitbucket's REST API is under /2.0: did you mean ${withPath(bitbucket, /\/\d+(\.\d+)?$/, '/2.0')}?`;
        }
    }
    return problems;
}
/** The URL with a trailing `wrong` part of its path (a wrong version, say) replaced by `suffix`. */
function withPath(url, wrong, suffix) {
    return `${url.origin}${url.pathname.replace(/\/+$/, '').replace(wrong, '')}${suffix}`;
}
/** A stand-in on this machine (an emulator or proxy for github.com), not another GitHub. */
function isLoopback(hostname) {
    return /^(localhost|127(\.\d+){3}|\[::1\])$/i.test(hostname);
}
function safeUrl(text) {
    try {
        return new URL(text);
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/core/aws-credentials.ts





/**
 * Prepares AWS credentials for the pipe. With AWS_OIDC_ROLE_ARN, Bitbucket's
 * step OIDC token is written to a private file and handed to the SDK's
 * web-identity provider (AWS_WEB_IDENTITY_TOKEN_FILE + AWS_ROLE_ARN); otherwise
 * the SDK's default chain (access keys, profiles) is used unchanged.
 * Returns a description of the source, for the log.
 */
function prepareAwsCredentials(env) {
    const roleArn = env.AWS_OIDC_ROLE_ARN?.trim();
    if (roleArn) {
        if (!ROLE_ARN.test(roleArn)) {
            throw new errors/* UserError */.yo(`AWS_OIDC_ROLE_ARN must be an IAM role ARN (arn:aws:iam::ACCOUNT:role/NAME); got "${roleArn}".`);
        }
        const oidcToken = env.BITBUCKET_STEP_OIDC_TOKEN?.trim();
        if (!oidcToken) {
            throw new errors/* UserError */.yo('AWS_OIDC_ROLE_ARN is set but BITBUCKET_STEP_OIDC_TOKEN is empty: add `oidc: true` to the pipeline step so Bitbucket provides the OIDC token.');
        }
        const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'cbcs-oidc-'));
        const file = (0,external_node_path_.join)(dir, 'token');
        (0,external_node_fs_.writeFileSync)(file, oidcToken, { mode: 0o600 });
        (0,external_node_fs_.chmodSync)(dir, 0o700);
        env.AWS_WEB_IDENTITY_TOKEN_FILE = file;
        env.AWS_ROLE_ARN = roleArn;
        env.AWS_ROLE_SESSION_NAME ||=
            `codebuild-credential-sync-${env.BITBUCKET_BUILD_NUMBER ?? 'local'}`
                .replace(/[^\w+=,.@-]/g, '-')
                .slice(0, 64);
        // Explicit keys would otherwise win over web identity in the SDK's chain.
        delete env.AWS_ACCESS_KEY_ID;
        delete env.AWS_SECRET_ACCESS_KEY;
        delete env.AWS_SESSION_TOKEN;
        return `OIDC web identity, role ${roleArn}`;
    }
    if (env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY)
        return 'access keys from AWS_ACCESS_KEY_ID';
    if (env.AWS_ACCESS_KEY_ID || env.AWS_SECRET_ACCESS_KEY) {
        throw new errors/* UserError */.yo('AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY go together: set both, or use AWS_OIDC_ROLE_ARN.');
    }
    const ambient = [
        'AWS_WEB_IDENTITY_TOKEN_FILE',
        'AWS_PROFILE',
        'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI',
        'AWS_CONTAINER_CREDENTIALS_FULL_URI',
        'AWS_SHARED_CREDENTIALS_FILE',
        'AWS_CONFIG_FILE',
    ];
    const found = ambient.find((name) => env[name]);
    if (found)
        return `the AWS SDK default chain (${found})`;
    const home = env.HOME ?? (0,external_node_os_.homedir)();
    if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(home, '.aws', 'credentials')) || (0,external_node_fs_.existsSync)((0,external_node_path_.join)(home, '.aws', 'config'))) {
        return 'the AWS SDK default chain (~/.aws)';
    }
    throw new errors/* UserError */.yo('No AWS credentials: set AWS_OIDC_ROLE_ARN (with `oidc: true` on the step), or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.');
}

// EXTERNAL MODULE: ./src/core/aws-accounts.ts
var aws_accounts = __nccwpck_require__(8367);
// EXTERNAL MODULE: ./src/core/codebuild.ts
var codebuild = __nccwpck_require__(9472);
// EXTERNAL MODULE: ./src/core/concurrency.ts
var concurrency = __nccwpck_require__(8904);
// EXTERNAL MODULE: ./src/core/providers/provenance.ts
var provenance = __nccwpck_require__(2459);
;// CONCATENATED MODULE: ./src/core/providers/index.ts


/** Asks the token's provider who it is, what it may do and when it expires. Read-only. */
async function introspectToken(config, token, logger, sleep, limits) {
    try {
        if (config.serverType === 'BITBUCKET') {
            const username = config.authType === 'BASIC_AUTH' ? config.username : undefined;
            const { introspectBitbucket } = await __nccwpck_require__.e(/* import() */ 559).then(__nccwpck_require__.bind(__nccwpck_require__, 1559));
            return await introspectBitbucket({ token, username }, config.bitbucketApiUrl, logger, sleep, limits);
        }
        const { introspectGitHub } = await Promise.all(/* import() */[__nccwpck_require__.e(28), __nccwpck_require__.e(837)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2837));
        return await introspectGitHub(token, config.githubApiUrl, logger, sleep, config.repositories, limits);
    }
    catch (error) {
        throw withApiUrlHint(error, config.apiUrlHint);
    }
}
/**
 * The error with the API URL's likely fix (config.ts) added, when the answer says the
 * URL is not the provider's API: a 404 on the identity call, or not the provider at all.
 */
function withApiUrlHint(error, hint) {
    if (!hint)
        return error;
    if (error instanceof provenance/* UnverifiedAnswerError */.mV && error.notTheProvider)
        return new provenance/* UnverifiedAnswerError */.mV(`${error.message} ${hint}`, true);
    if (error instanceof errors/* ProviderUnavailableError */.wd && error.status === 404)
        return new errors/* ProviderUnavailableError */.wd(`${error.message} ${hint}`, error.status);
    return error;
}

;// CONCATENATED MODULE: ./src/core/validate.ts




const DAY_MS = 24 * 60 * 60 * 1000;
/**
 * Proves the credential good (or not): asks the provider about the token (the one
 * inside a secret, for SECRETS_MANAGER), or reads the connection. Read-only.
 */
async function validateCredential(config, deps) {
    const found = { warnings: [] };
    const done = (verdict, problem) => ({
        ...found,
        verdict,
        problem,
    });
    try {
        if (config.authType === 'CODECONNECTIONS') {
            deps.logger.info('Reading the CodeConnections connection...');
            // Each of these modules (and its SDK client) is loaded only by the runs that use it.
            const { inspectConnection } = await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(90), __nccwpck_require__.e(786)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8786));
            const { token } = await inspectConnection(config.token, config.serverType, deps.credentialsFor(config.token), deps.limits);
            found.token = token;
            return token.accepted ? done('good') : done('rejected', token.problem);
        }
        let token = config.token;
        let authType = config.authType;
        let username = config.username;
        if (config.authType === 'SECRETS_MANAGER') {
            deps.logger.info('Reading the Secrets Manager secret...');
            const { readCodeBuildSecret } = await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(994), __nccwpck_require__.e(36)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3036));
            const secret = await readCodeBuildSecret(config.token, config.serverType, deps.credentialsFor(config.token), deps.limits);
            deps.secrets?.addCredential(secret.token, secret.username);
            found.warnings.push(...secret.warnings);
            if (secret.problems.length > 0 || !secret.token) {
                found.token = {
                    kind: 'secret',
                    description: 'Secrets Manager secret',
                    accepted: false,
                    required: [],
                    problem: secret.problems.join(' '),
                };
                return done('rejected', `The secret is not usable by CodeBuild: ${secret.problems.join(' ')}`);
            }
            token = secret.token;
            authType = secret.authType;
            username = secret.username;
        }
        deps.logger.info(`Validating the token with ${config.serverType === 'BITBUCKET' ? 'Bitbucket' : 'GitHub'}...`);
        const introspection = await introspectToken({ ...config, authType, username }, token, deps.logger, deps.sleep, deps.limits);
        found.token = introspection.token;
        found.warnings.push(...introspection.warnings);
        found.credential = {
            token,
            ...(config.serverType === 'BITBUCKET' && authType === 'BASIC_AUTH' && username
                ? { username }
                : {}),
        };
    }
    catch (error) {
        if (error instanceof provenance/* UnverifiedAnswerError */.mV)
            return done('unverified', error.message);
        if (!(error instanceof errors/* UserError */.yo))
            throw error;
        return done('unavailable', error.message);
    }
    const { verdict, problem } = judgeToken(config, found.token, deps.now(), found.warnings);
    return done(verdict, problem);
}
/** What would make a token's scopes provable, for require-verified-scopes. */
function howToVerify(config, token) {
    const optOut = `or set ${config.names.requireVerifiedScopes} to false to import it with a warning`;
    if (config.serverType === 'BITBUCKET') {
        return `Bitbucket reports the scopes of access tokens (x-oauth-scopes), not of app passwords or API tokens: use a repository, project or workspace access token, ${optOut}.`;
    }
    const classic = `Use a classic token (ghp_) with the repo scope, whose scopes GitHub reports (X-OAuth-Scopes), ${optOut}.`;
    if (token.kind !== 'fine-grained-pat') {
        return `GitHub does not list the permissions of a ${token.description}. ${classic}`;
    }
    const probe = token.repositories
        ? 'Probing the repositories proves reads on private repositories but never a write (Commit statuses write, Webhooks write), so a fine-grained token cannot be proven.'
        : `Set ${config.names.repositories} to the private repositories CodeBuild builds to probe their reads; a write (Commit statuses, Webhooks) is never provable without writing, so a fine-grained token cannot be fully proven.`;
    return `${probe} ${classic}`;
}
/** What an accepted token's scopes and expiry mean for the run; expiry within the window only warns. */
function judgeToken(config, token, now, warnings) {
    if (!token.accepted)
        return { verdict: 'rejected', problem: token.problem };
    const missing = missingScopes(token);
    if (missing.length > 0) {
        return {
            verdict: 'under-scoped',
            problem: `The token lacks ${token.repositories ? 'permission' : 'scope'}${missing.length === 1 ? '' : 's'} CodeBuild needs: ${missing.join(', ')}. Add ${missing.length === 1 ? 'it' : 'them'} to the token (or create a new one) and run again.`,
        };
    }
    // A credential CodeBuild holds must outlive the builds that use it (FACTS.md, "Token kinds and lifetimes").
    if (token.kind === 'app-installation') {
        return {
            verdict: 'expiring',
            problem: "The token is a GitHub App installation token (ghs_…, what a workflow's GITHUB_TOKEN holds): it expires within an hour, so CodeBuild would lose access soon after the import. Use a classic personal access token (ghp_…) or a fine-grained one (github_pat_…), stored as a secret.",
        };
    }
    const unproven = token.required.filter((s) => s.status === 'unknown' && !s.optional);
    if (config.requireVerifiedScopes && unproven.length > 0) {
        return {
            verdict: 'unverified',
            problem: `${config.names.requireVerifiedScopes} is true, and ${unproven.map((s) => s.scope).join(', ')} ${unproven.length === 1 ? 'is' : 'are'} not proven for this ${token.description}. ${howToVerify(config, token)}`,
        };
    }
    if (token.expiresAt) {
        const days = (Date.parse(token.expiresAt) - now.getTime()) / DAY_MS;
        const inDays = days < 1
            ? 'in less than a day'
            : `in ${Math.floor(days)} day${Math.floor(days) === 1 ? '' : 's'}`;
        if (days <= 0)
            return {
                verdict: 'expired',
                problem: `The token expired on ${token.expiresAt}. Create a new token and run sync.`,
            };
        if (days < 1) {
            const userToServer = token.kind === 'app-user'
                ? ' A GitHub App user-to-server token (ghu_…) lives 8 hours when the app expires its tokens.'
                : '';
            return {
                verdict: 'expiring',
                problem: `The token expires on ${token.expiresAt}, in less than a day: CodeBuild would lose access before the next rotation.${userToServer} Use a personal access token that lives longer.`,
            };
        }
        const window = config.failOnExpiryWithinDays;
        if (window !== undefined && days <= window) {
            return {
                verdict: 'expiring',
                problem: `The token expires on ${token.expiresAt}, ${inDays}, within ${config.names.failOnExpiryWithinDays} (${window}). Rotate it now.`,
            };
        }
        if (days <= config.expiryWarningDays) {
            warnings.push(`The token expires on ${token.expiresAt}, ${inDays} (${config.names.expiryWarningDays}: ${config.expiryWarningDays}). Rotate it before then, or CodeBuild builds will fail.`);
        }
    }
    else if (token.kind === 'app-user') {
        warnings.push('The token is a GitHub App user-to-server token (ghu_…) and GitHub reported no expiry: it lasts until the user revokes the app, and dies with that authorization. A personal access token is the usual credential for CodeBuild.');
    }
    return { verdict: 'good' };
}

;// CONCATENATED MODULE: ./src/core/secrets.ts

/** Git/Basic usernames a token travels with when no username is given (Bitbucket access and API tokens). */
const TOKEN_USERNAMES = ['x-token-auth', 'x-bitbucket-api-token-auth'];
/** Shorter whitespace-separated pieces are words ("token", "Bearer"), not secrets. */
const MIN_PART = 8;
/**
 * Every value that must never be printed, in every form it could be printed in,
 * and the one redaction all output passes through: the core redacts the Report
 * and its log lines before they leave it, and each entry point redacts whatever
 * else it prints or writes (stdout/stderr, annotations, outputs, the report file).
 */
class Secrets {
    onValue;
    values = new Set();
    sorted;
    /**
     * `onValue` sees each new value as given, once (the Action registers it with the
     * runner's log masking); the encoded forms derived from it are only redacted here.
     */
    constructor(onValue) {
        this.onValue = onValue;
    }
    /**
     * A secret value: the whole of it and, when it has whitespace inside, each
     * piece, each raw, URL-encoded, base64-encoded and JSON-escaped.
     */
    add(value) {
        const trimmed = value?.trim();
        if (!trimmed || trimmed.length < 4)
            return;
        this.addForms(trimmed);
        // Also the form the token is used in, without invisible characters at its ends.
        const used = (0,token_form/* trimToken */.A4)(trimmed);
        if (used !== trimmed && used.length >= 4)
            this.addForms(used);
        const parts = trimmed.split(/\s+/);
        if (parts.length > 1)
            for (const part of parts)
                if (part.length >= MIN_PART)
                    this.addForms(part);
    }
    /** A token with the usernames it may travel with as Basic credentials (`username:token`, base64). */
    addCredential(token, username) {
        const trimmed = token?.trim();
        if (!trimmed)
            return;
        this.add(trimmed);
        for (const form of new Set([trimmed, (0,token_form/* trimToken */.A4)(trimmed)])) {
            if (username?.trim())
                this.addBasic(username.trim(), form);
            for (const user of TOKEN_USERNAMES)
                this.addBasic(user, form, false);
        }
    }
    /** Basic credentials travel base64-encoded: hide that form too. */
    addBasic(username, password, given = true) {
        const basic = Buffer.from(`${username}:${password}`);
        this.remember(basic.toString('base64'), given);
        this.remember(basic.toString('base64url'));
    }
    redact(text) {
        let out = text;
        // Longest first, so a value containing another is hidden whole.
        this.sorted ??= [...this.values].sort((a, b) => b.length - a.length);
        for (const value of this.sorted) {
            if (out.includes(value))
                out = out.split(value).join('***');
        }
        return out;
    }
    /** A copy of a value (a Report, say) with every string in it redacted. */
    redactAll(value) {
        if (typeof value === 'string')
            return this.redact(value);
        if (Array.isArray(value))
            return value.map((v) => this.redactAll(v));
        if (value && typeof value === 'object' && !(value instanceof Date)) {
            return Object.fromEntries(Object.entries(value).map(([k, v]) => [this.redact(k), this.redactAll(v)]));
        }
        return value;
    }
    addForms(value) {
        this.remember(value, true);
        const forms = [
            encodeURIComponent(value),
            Buffer.from(value).toString('base64'),
            Buffer.from(value).toString('base64url'),
            JSON.stringify(value).slice(1, -1),
        ];
        for (const form of forms)
            this.remember(form);
    }
    remember(form, given = false) {
        if (form.length < 4 || this.values.has(form))
            return;
        this.values.add(form);
        this.sorted = undefined;
        if (given)
            this.onValue?.(form);
    }
}
/** A Logger whose every line is redacted before the adapter sees it. */
function redactingLogger(logger, secrets) {
    return {
        info: (m) => logger.info(secrets.redact(m)),
        warn: (m) => logger.warn(secrets.redact(m)),
        debug: (m) => logger.debug(secrets.redact(m)),
    };
}

;// CONCATENATED MODULE: ./src/core/run.ts







/**
 * Account × region targets (and role assumptions) worked on at once, across the whole run.
 * CodeBuild's rate limits are per account and region, so the targets do not compete for
 * them; what they share is this process and its sockets. Each target's client has its own
 * HTTP agent (the SDK's default is 50 sockets each), so the cap is what bounds the open
 * connections and the TLS handshakes in flight: 64 keeps a 10-account × 17-region run to
 * a few rounds of calls without opening hundreds of sockets at once. Calls within one
 * target stay in order; throttling is left to the SDK's retry with backoff.
 */
const MAX_TARGETS_IN_FLIGHT = 64;
/**
 * Runs the configured mode and returns the report, redacted. Throws only for bugs;
 * failures are in the report.
 */
async function runCredentialSync(config, dependencies) {
    const secrets = dependencies.secrets ?? new Secrets();
    const deps = { ...dependencies, secrets, logger: redactingLogger(dependencies.logger, secrets) };
    const now = deps.now ?? (() => new Date());
    const report = {
        tool: 'codebuild-credential-sync',
        version: 1,
        mode: config.mode,
        serverType: config.serverType,
        authType: config.authType,
        dryRun: config.dryRun,
        outcome: 'success',
        drift: false,
        regions: [],
        findings: [],
        warnings: [...config.warnings],
        errors: [],
        ...(config.mode === 'inventory' ? { serverTypes: config.serverTypes } : {}),
        ...(deps.context ? { context: deps.context } : {}),
        generatedAt: now().toISOString(),
    };
    const deadline = deps.deadline ?? new core_deadline/* RunDeadline */.sQ(config.timeoutSeconds);
    const ctx = { config, deps, report, now, targets: [], deadline };
    const announce = () => deps.logger.warn(`${capitalize(deadline.describe())}: stopping; the report follows.`);
    deadline.signal.addEventListener('abort', announce, { once: true });
    try {
        ctx.targets = await resolveTargets(ctx);
        if (config.mode === 'sync')
            await sync(ctx);
        else if (config.mode === 'check')
            await check(ctx);
        else if (config.mode === 'inventory')
            await inventory(ctx);
        else
            await remove(ctx);
    }
    finally {
        deadline.signal.removeEventListener('abort', announce);
        for (const t of ctx.targets)
            t.client?.destroy();
        if (!deps.deadline)
            deadline.dispose();
    }
    // Findings in target order (they arrive as targets finish): the token's first, then region by region.
    const order = (f) => f.region === undefined
        ? -1
        : ctx.targets.findIndex((t) => t.region === f.region && t.account.id === f.account);
    report.findings.sort((a, b) => order(a) - order(b));
    if (deadline.reason)
        reportStop(ctx, deadline.reason);
    report.drift = report.findings.length > 0;
    report.outcome = outcomeOf(report);
    // Every view of the report (text, Markdown, JSON, outputs, report file, drift issue) is made from this copy.
    return secrets.redactAll(report);
}
/**
 * 0 success; 1 failure; 3 drift found by `check` (unless fail-on-drift is false); a run
 * cancelled by SIGINT or SIGTERM, 130 or 143. Invalid configuration is 2.
 */
function exitCodeFor(report, config) {
    if (report.stopped && report.stopped !== 'timeout')
        return (0,core_deadline/* exitCodeForSignal */.XG)(report.stopped);
    if (report.outcome === 'failure')
        return 1;
    if (report.outcome === 'drift' && config.failOnDrift)
        return 3;
    return 0;
}
function outcomeOf(report) {
    if (report.stopped ||
        report.errors.length > 0 ||
        report.regions.some((r) => r.status === 'error'))
        return 'failure';
    return report.findings.length > 0 ? 'drift' : 'success';
}
/** Every account (the ambient one, or one per role) × every region. */
async function resolveTargets({ config, deps, deadline }) {
    // One credential chain for the ambient identity, resolved once: with OIDC that is
    // one AssumeRoleWithWebIdentity per run, not one per client.
    const ambient = await (0,aws_accounts/* ambientCredentials */.ji)(deadline.limits);
    const noCredentials = await stoppable(deadline, 'AWS credentials (the SDK credential chain)', () => (0,aws_accounts/* checkAmbientCredentials */.fF)(ambient, deps.secrets, deadline.limits));
    let accounts = [
        { account: { credentials: ambient }, unusable: noCredentials },
    ];
    if (config.rolesToAssume.length > 0 && !noCredentials) {
        const assume = deps.assumeRole ?? aws_accounts/* assumeRole */.xN;
        deps.logger.info(`Assuming ${config.rolesToAssume.length} role${config.rolesToAssume.length === 1 ? '' : 's'}...`);
        accounts = await (0,concurrency/* mapLimit */.s)(config.rolesToAssume, MAX_TARGETS_IN_FLIGHT, async (roleArn) => {
            const unusable = await stoppable(deadline, `STS AssumeRole ${roleArn}`, async () => {
                try {
                    const account = await assume(roleArn, config.regions[0], ambient, deadline.limits);
                    if (account.credentials && typeof account.credentials !== 'function') {
                        deps.secrets?.add(account.credentials.secretAccessKey);
                        deps.secrets?.add(account.credentials.sessionToken);
                    }
                    return { account };
                }
                catch (error) {
                    if (!(error instanceof errors/* UserError */.yo))
                        throw error;
                    return error.message;
                }
            });
            return typeof unusable === 'object'
                ? unusable
                : { account: { id: (0,aws_accounts/* accountOfArn */.KC)(roleArn), roleArn }, unusable };
        });
    }
    const make = deps.codebuild ?? (await (0,codebuild/* codeBuildClients */._k)());
    return accounts.flatMap(({ account, unusable }) => config.regions.map((region) => {
        const waiting = new core_deadline/* Waiting */.E$();
        return {
            region,
            account,
            unusable,
            waiting,
            client: unusable ? undefined : make(region, account, { ...deadline.limits, waiting }),
        };
    }));
}
/** Runs `work` unless the run has stopped; a stop becomes the sentence that says so. */
async function stoppable(deadline, what, work) {
    const waiting = new core_deadline/* Waiting */.E$();
    waiting.what = what;
    try {
        return await deadline.race(work(), waiting);
    }
    catch (error) {
        if (error instanceof core_deadline/* RunStopped */.NL)
            return `${capitalize(error.message)}.`;
        throw error;
    }
}
/** Validates once per run and records the token and warnings in the report. */
async function validate(ctx) {
    const waiting = new core_deadline/* Waiting */.E$();
    let validation;
    try {
        validation = await ctx.deadline.race(validateCredential(ctx.config, {
            ...ctx.deps,
            now: ctx.now,
            credentialsFor: (arn) => accountFor(ctx, arn)?.credentials,
            limits: { ...ctx.deadline.limits, waiting },
        }), waiting);
    }
    catch (error) {
        if (!(error instanceof core_deadline/* RunStopped */.NL))
            throw error;
        return {
            verdict: 'unavailable',
            problem: `${capitalize(error.message)}, so the credential was not proven good.`,
        };
    }
    const { token, warnings, verdict, problem, credential } = validation;
    ctx.report.token = token;
    ctx.report.warnings.push(...warnings);
    return { verdict, problem, credential: token?.accepted ? credential : undefined };
}
/**
 * The project inspection of a run (inspect-projects), loaded only when it is on. Webhooks are
 * read with `credential`, the token the provider accepted; without one they are not checked.
 */
async function projectInspector(ctx, credential, noHooksBecause) {
    const { config, deps } = ctx;
    if (!config.inspectProjects)
        return undefined;
    const [module, { webhookReader }, { inspectConnection }] = await Promise.all([
        Promise.all(/* import() */[__nccwpck_require__.e(28), __nccwpck_require__.e(453)]).then(__nccwpck_require__.bind(__nccwpck_require__, 453)),
        Promise.all(/* import() */[__nccwpck_require__.e(28), __nccwpck_require__.e(205)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8205)),
        Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(90), __nccwpck_require__.e(786)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8786)),
    ]);
    const hooks = credential
        ? webhookReader({
            ...config,
            credential,
            logger: deps.logger,
            sleep: deps.sleep,
            limits: ctx.deadline.limits,
        })
        : undefined;
    // One GetConnection per connection per run, whatever the number of projects or regions.
    const connections = new Map();
    const connection = config.mode === 'inventory'
        ? undefined
        : (arn, sourceType) => {
            let judged = connections.get(arn);
            if (!judged) {
                judged = inspectConnection(arn, sourceType, accountFor(ctx, arn)?.credentials, ctx.deadline.limits).then((r) => r.token, (error) => {
                    if (!(error instanceof errors/* UserError */.yo))
                        throw error;
                    ctx.report.warnings.push(`A project's connection was not checked: ${error.message}`);
                    return undefined;
                });
                connections.set(arn, judged);
            }
            return judged;
        };
    return {
        module,
        inspect: (client, target) => module.inspectRegion(client, { region: target.region, ...(target.account.id ? { account: target.account.id } : {}) }, { serverTypes: config.serverTypes, hooks, noHooksBecause, connection, logger: deps.logger }),
    };
}
/**
 * Inspects a target's projects for check and sync. A refused ListProjects or BatchGetProjects
 * is a warning there (the credential result stands); inventory lets it fail the region.
 */
async function inspectOrWarn(ctx, inspection, client, target) {
    try {
        const inspected = await inspection.inspect(client, target);
        ctx.report.findings.push(...inspected.findings);
        ctx.report.warnings.push(...inspected.warnings);
        return inspected;
    }
    catch (error) {
        if (!(error instanceof errors/* UserError */.yo))
            throw error;
        ctx.report.warnings.push(`The projects of ${placeOf(target)} were not inspected: ${error.message} Or set ${ctx.config.names.inspectProjects} to false.`);
        return undefined;
    }
}
function placeOf(target) {
    return `${target.account.id ? `${target.account.id}/` : ''}${target.region}`;
}
/** The account whose credentials can read an ARN's resource: the one it belongs to, else the ambient one. */
function accountFor({ targets }, arn) {
    const id = (0,aws_accounts/* accountOfArn */.KC)(arn);
    return (targets.find((t) => t.account.id === id && !t.unusable) ?? targets.find((t) => !t.unusable))?.account;
}
/** Runs each target's work with bounded concurrency; an AWS failure becomes that target's error row. */
async function perTarget(ctx, work) {
    const { deadline } = ctx;
    ctx.report.regions = await (0,concurrency/* mapLimit */.s)(ctx.targets, MAX_TARGETS_IN_FLIGHT, async (target) => {
        const where = {
            region: target.region,
            ...(target.account.id ? { account: target.account.id } : {}),
        };
        if (!target.client)
            return {
                ...where,
                action: 'failed',
                status: 'error',
                detail: target.unusable ?? 'no client',
            };
        // Nothing new starts once the run has stopped.
        if (deadline.stopped)
            return { ...where, ...notReached(ctx) };
        try {
            return { ...where, ...(await deadline.race(work(target.client, target), target.waiting)) };
        }
        catch (error) {
            if (error instanceof core_deadline/* RunStopped */.NL)
                return { ...where, ...stoppedIn(ctx, target, error) };
            if (!(error instanceof errors/* UserError */.yo))
                throw error;
            return {
                ...where,
                action: 'failed',
                status: 'error',
                detail: error.message,
            };
        }
    });
}
async function sync(ctx) {
    const { config, report, deps } = ctx;
    const { verdict, problem, credential } = await validate(ctx);
    if (verdict !== 'good') {
        // Nothing lost: a credential that is not proven good is never written.
        report.errors.push(`${problem} Nothing was imported.`);
        report.regions = ctx.targets.map((t) => ({
            region: t.region,
            ...(t.account.id ? { account: t.account.id } : {}),
            action: 'not-attempted',
            status: 'error',
            detail: 'the credential was not proven good',
        }));
        return;
    }
    deps.logger.info(`${config.dryRun ? 'Planning' : 'Importing'} in ${describeTargets(ctx)}...`);
    const inspection = await projectInspector(ctx, credential, 'not checked: the credential is a connection, whose token this run cannot use');
    await perTarget(ctx, async (client, target) => {
        const misplaced = misplacedSecret(config, target);
        if (misplaced)
            return { action: 'not-attempted', status: 'error', detail: misplaced };
        const row = await (config.dryRun ? planImport(config, client) : importInto(config, client));
        if (!inspection || row.status === 'error')
            return row;
        const inspected = await inspectOrWarn(ctx, inspection, client, target);
        return inspection.module.withProjects(row, inspected, config.serverType);
    });
}
/** CodeBuild only uses a secret in its own account and region. */
function misplacedSecret(config, target) {
    if (config.authType !== 'SECRETS_MANAGER')
        return undefined;
    const region = (0,aws_accounts/* regionOfArn */.b2)(config.token);
    const account = (0,aws_accounts/* accountOfArn */.KC)(config.token);
    if (region !== target.region || (target.account.id && account !== target.account.id)) {
        return `the secret is in ${account}/${region}; CodeBuild only uses a secret in its own account and region, so this target needs its own secret`;
    }
    return undefined;
}
/** should-overwrite false and a credential already there: keep it, with no write at all. */
function keptExisting(config, held, dryRun) {
    return {
        action: 'kept-existing',
        status: 'ok',
        arn: held.arn,
        authType: held.authType,
        detail: `holds a ${held.authType} credential; ${config.names.shouldOverwrite} is false, so it ${dryRun ? 'would be' : 'was'} kept`,
    };
}
async function planImport(config, client) {
    const held = (await client.list(config.serverType))[0];
    if (held && !config.shouldOverwrite)
        return keptExisting(config, held, true);
    return {
        action: 'would-import',
        status: 'ok',
        arn: held?.arn,
        authType: held?.authType,
        detail: held
            ? `would replace the ${held.authType} credential it holds with a ${config.authType} one`
            : `would create a ${config.authType} credential`,
    };
}
async function importInto(config, client) {
    if (!config.shouldOverwrite) {
        // Read first rather than rely on how CodeBuild answers a refused overwrite.
        const held = (await client.list(config.serverType))[0];
        if (held)
            return keptExisting(config, held, false);
    }
    let arn;
    try {
        arn = await client.import(config);
    }
    catch (error) {
        const refused = error instanceof codebuild/* AwsCallError */.iQ && error.code === 'ResourceAlreadyExistsException';
        const held = refused && !config.shouldOverwrite && (await client.list(config.serverType))[0];
        if (held)
            return keptExisting(config, held, false); // created meanwhile by someone else
        throw error;
    }
    // Confirm with a read: the import is only done when CodeBuild lists it. There is
    // one credential per server type and region, so that one is ours.
    const listed = await client.list(config.serverType);
    const held = listed.find((c) => c.arn === arn) ?? listed[0];
    if (!held)
        return {
            action: 'imported',
            status: 'error',
            arn,
            detail: 'imported, but ListSourceCredentials does not show the credential',
        };
    const drift = credentialDrift(config, held);
    if (drift)
        return {
            action: 'imported',
            status: 'error',
            arn,
            authType: held.authType,
            detail: `imported, but ${drift.message}`,
        };
    return {
        action: 'imported',
        status: 'ok',
        arn,
        authType: held.authType,
        detail: `imported as ${held.authType}${held.resource ? ` using ${held.resource}` : ''}, confirmed by ListSourceCredentials`,
    };
}
async function check(ctx) {
    const { config, report } = ctx;
    const { verdict, problem, credential } = await validate(ctx);
    const tokenDrift = {
        rejected: config.authType === 'CODECONNECTIONS' ? 'connection-not-available' : 'token-rejected',
        expired: 'token-expired',
        'under-scoped': 'scope-missing',
        expiring: 'token-expiring',
    };
    // Nothing is known about the token: an error, never a clean check.
    if (verdict === 'unavailable' || verdict === 'unverified')
        report.errors.push(problem);
    const kind = tokenDrift[verdict];
    if (kind)
        report.findings.push({ kind, message: problem });
    ctx.deps.logger.info(`Reading the credentials CodeBuild holds in ${describeTargets(ctx)}...`);
    const inspection = await projectInspector(ctx, credential, config.authType === 'CODECONNECTIONS'
        ? 'not checked: the credential is a connection, whose token this run cannot use'
        : 'not checked: the provider did not accept the token');
    await perTarget(ctx, async (client, target) => {
        const held = (await client.list(config.serverType))[0];
        const finding = credentialDrift(config, held, target);
        if (finding)
            report.findings.push(finding);
        const row = finding
            ? {
                action: 'checked',
                status: 'drift',
                arn: held?.arn,
                authType: held?.authType,
                detail: finding.message,
            }
            : {
                action: 'checked',
                status: 'ok',
                arn: held.arn,
                authType: held.authType,
                detail: `holds a ${held.authType} credential${held.resource ? ` using ${held.resource}` : ''}`,
            };
        if (!inspection)
            return row;
        const inspected = await inspectOrWarn(ctx, inspection, client, target);
        if (finding && inspected)
            finding.projects = inspected.dependents[config.serverType] ?? [];
        return inspection.module.withProjects(row, inspected, config.serverType);
    });
    // A finding about the token itself breaks what uses the credential everywhere.
    inspection?.module.nameTokenFindingProjects(report, config.serverType);
}
/** Who holds what: the source credentials of every target and the projects that use each. No token. */
async function inventory(ctx) {
    const { config, report } = ctx;
    ctx.deps.logger.info(`Taking the inventory of ${describeTargets(ctx)}...`);
    const inspection = await projectInspector(ctx, undefined, 'not checked: inventory reads nothing from the provider');
    const { inventoryRow } = inspection?.module ?? (await Promise.all(/* import() */[__nccwpck_require__.e(28), __nccwpck_require__.e(453)]).then(__nccwpck_require__.bind(__nccwpck_require__, 453)));
    await perTarget(ctx, async (client, target) => {
        const held = await client.list();
        const inspected = inspection && (await inspection.inspect(client, target));
        const { row, warnings } = inventoryRow(held, inspected, config.serverTypes, placeOf(target));
        report.warnings.push(...warnings);
        return row;
    });
}
/** What is wrong with the credential a region holds, if anything. */
function credentialDrift(config, held, target) {
    const where = target
        ? { region: target.region, ...(target.account.id ? { account: target.account.id } : {}) }
        : {};
    const name = target
        ? `${target.account.id ? `${target.account.id}/` : ''}${target.region}`
        : 'the region';
    if (!held) {
        return {
            kind: 'credential-missing',
            ...where,
            message: `${name} holds no ${config.serverType} credential: builds there cannot reach the source. Run sync for it.`,
        };
    }
    if (held.authType !== config.authType) {
        return {
            kind: 'auth-type-mismatch',
            ...where,
            message: `${name} holds a ${held.authType} credential, not ${config.authType}. Run sync to replace it, or set the auth type you expect.`,
        };
    }
    const usesResource = config.authType === 'CODECONNECTIONS' || config.authType === 'SECRETS_MANAGER';
    if (usesResource && held.resource !== undefined && held.resource !== config.token) {
        return {
            kind: 'resource-mismatch',
            ...where,
            message: `${name} uses ${held.resource}, not ${config.token}. Run sync to point it at the expected one.`,
        };
    }
    return undefined;
}
async function remove(ctx) {
    const { config } = ctx;
    ctx.deps.logger.info(`${config.dryRun ? 'Planning deletion' : 'Deleting'} in ${describeTargets(ctx)}...`);
    await perTarget(ctx, async (client) => {
        const held = (await client.list(config.serverType))[0];
        if (!held)
            return {
                action: 'nothing-to-delete',
                status: 'ok',
                detail: `holds no ${config.serverType} credential`,
            };
        if (config.dryRun)
            return {
                action: 'would-delete',
                status: 'ok',
                arn: held.arn,
                authType: held.authType,
                detail: `would delete the ${held.authType} credential`,
            };
        try {
            await client.delete(held.arn);
        }
        catch (error) {
            if (error instanceof codebuild/* AwsCallError */.iQ && error.code === 'ResourceNotFoundException') {
                return {
                    action: 'nothing-to-delete',
                    status: 'ok',
                    detail: 'the credential was already gone',
                };
            }
            throw error;
        }
        return {
            action: 'deleted',
            status: 'ok',
            arn: held.arn,
            authType: held.authType,
            detail: `deleted the ${held.authType} credential`,
        };
    });
}
/** Whether the mode writes to CodeBuild (so a stop leaves a region's credential in question). */
function writes(config) {
    return !config.dryRun && (config.mode === 'sync' || config.mode === 'delete');
}
/** A region the run never started on: it holds what it held before. */
function notReached({ config, deadline }) {
    return {
        action: 'not-attempted',
        status: 'error',
        detail: `not reached: ${deadline.describe()} before this region started${writes(config) ? ', so it still holds the credential it held before' : ''}`,
    };
}
/** A region the run stopped on: what it was waiting for, and what that means for what it holds. */
function stoppedIn({ config }, target, stop) {
    const wrote = target.client?.wrote ?? false;
    const holds = !writes(config)
        ? ''
        : wrote
            ? `; the ${config.mode === 'delete' ? 'delete' : 'import'} was sent, so whether it took effect is unknown: run check to see`
            : '; nothing was written, so it still holds the credential it held before';
    return { action: 'failed', status: 'error', detail: `${stop.message}${holds}` };
}
/** One line for the errors: why the run stopped and which regions did not finish. */
function reportStop(ctx, reason) {
    const { report, deadline } = ctx;
    report.stopped = reason;
    const stop = deadline.describe().toLowerCase();
    const name = (r) => (r.account ? `${r.account}/${r.region}` : r.region);
    const unfinished = report.regions.filter((r) => r.status === 'error' && r.detail.toLowerCase().includes(stop));
    const done = report.regions.filter((r) => r.status !== 'error');
    if (report.errors.some((e) => e.toLowerCase().includes(stop)))
        return; // said while validating
    const count = report.regions.length;
    const hint = reason === 'timeout'
        ? ` Raise ${ctx.config.names.timeoutSeconds} (now ${deadline.seconds}) if the services are only slow.`
        : '';
    report.errors.push(`${capitalize(deadline.describe())}: ${unfinished.length} of ${count} region${count === 1 ? '' : 's'} did not finish${unfinished.length ? ` (${unfinished.map(name).join(', ')})` : ''}.${done.length ? ` Finished: ${done.map((r) => `${name(r)} (${r.action})`).join(', ')}.` : ''}${hint}`);
}
function capitalize(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
function describeTargets({ config }) {
    const accounts = config.rolesToAssume.length;
    return `${config.regions.join(', ')}${accounts > 0 ? ` of ${accounts} account${accounts === 1 ? '' : 's'}` : ''}`;
}

;// CONCATENATED MODULE: ./src/pipe/main.ts









/** The pipe and CLI: pipe variables in, ✔/✖ lines and the report out, the exit code as the result. */
async function runPipe({ env, stdout, stderr }) {
    // Register secrets before anything can print.
    const secrets = new Secrets();
    // A connection or secret ARN (CODECONNECTIONS, SECRETS_MANAGER) is not secret; anything else is.
    if (!/^arn:/.test(env.TOKEN?.trim() ?? ''))
        secrets.addCredential(env.TOKEN, env.USERNAME);
    secrets.add(env.BITBUCKET_STEP_OIDC_TOKEN);
    secrets.add(env.AWS_SECRET_ACCESS_KEY);
    secrets.add(env.AWS_SESSION_TOKEN);
    const out = (line) => stdout(`${secrets.redact(line)}\n`);
    const fail = (line) => stderr(`${secrets.redact(line)}\n`);
    let config;
    try {
        config = buildConfig(envSource(env));
    }
    catch (error) {
        if (error instanceof errors/* ConfigError */.xL) {
            fail(`✖ ${error.message}`);
            return 2;
        }
        throw error;
    }
    const logger = {
        info: (m) => out(`▸ ${m}`),
        warn: (m) => out(`⚠ ${m}`),
        debug: (m) => {
            if (config.debug)
                out(`[debug] ${m}`);
        },
    };
    // The run's deadline; SIGTERM (a step timeout) and SIGINT stop the run the same way.
    const deadline = new core_deadline/* RunDeadline */.sQ(config.timeoutSeconds);
    const removeSignalHandlers = deadline.cancelOnSignals();
    try {
        // AWS_REGION may hold our region list; the SDK's own lookups (STS for OIDC) need one region.
        if (env.AWS_REGION && /[\s,]/.test(env.AWS_REGION.trim()))
            env.AWS_REGION = config.regions[0];
        logger.debug(`AWS credentials: ${prepareAwsCredentials(env)}`);
        logger.debug(`Configuration: mode=${config.mode} serverType=${config.serverType} authType=${config.authType} regions=${config.regions.join(',')} dryRun=${config.dryRun}`);
        const report = await runCredentialSync(config, {
            logger,
            secrets,
            context: bitbucketContext(env),
            deadline,
        });
        // The last line carries the first error: print the others here, each once.
        out(renderText(report, 1));
        const reportFile = config.reportFile ?? defaultReportFile(env);
        if (reportFile) {
            writeReportFile(reportFile, report, secrets);
            logger.info(`Report written to ${reportFile}`);
        }
        logger.debug(`Report: ${renderJson(report)}`);
        const code = exitCodeFor(report, config);
        // Bitbucket's pipe convention: ✔ for success, ✖ for failure; ⚠ for drift that does not fail.
        const mark = code !== 0 ? '✖' : report.outcome === 'drift' ? '⚠' : '✔';
        const warned = report.warnings.length
            ? ` (${report.warnings.length} warning${report.warnings.length === 1 ? '' : 's'})`
            : '';
        const cause = code !== 0 ? firstCause(report) : undefined;
        (code === 0 ? out : fail)(`${mark} ${summaryLine(report)}${warned}${cause ? `: ${cause}` : ''}`);
        return code;
    }
    catch (error) {
        if (error instanceof errors/* UserError */.yo) {
            fail(`✖ ${error.message}`);
            return 1;
        }
        fail(`✖ Unexpected error: ${(0,errors/* errorMessage */.gJ)(error)}`);
        if (config.debug && error instanceof Error && error.stack)
            fail(error.stack);
        return 1;
    }
    finally {
        removeSignalHandlers();
        deadline.dispose();
    }
}
/** Bitbucket's shared storage lets later steps read what the pipe wrote. */
function defaultReportFile(env) {
    const dir = env.BITBUCKET_PIPE_SHARED_STORAGE_DIR;
    return dir ? (0,external_node_path_.join)(dir, 'codebuild-credential-sync', 'report.json') : undefined;
}
function bitbucketContext(env) {
    const fields = {
        repository: env.BITBUCKET_REPO_FULL_NAME,
        build: env.BITBUCKET_BUILD_NUMBER,
        branch: env.BITBUCKET_BRANCH,
        commit: env.BITBUCKET_COMMIT,
    };
    const present = Object.entries(fields).filter((e) => Boolean(e[1]));
    return present.length ? Object.fromEntries(present) : undefined;
}


/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(8680);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
