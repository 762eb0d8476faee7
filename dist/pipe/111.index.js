export const id = 111;
export const ids = [111];
export const modules = {

/***/ 2525:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dw: () => (/* binding */ roleAssumer),
/* harmony export */   KC: () => (/* binding */ accountOfArn),
/* harmony export */   b2: () => (/* binding */ regionOfArn),
/* harmony export */   fF: () => (/* binding */ checkAmbientCredentials),
/* harmony export */   h8: () => (/* binding */ whyUnassumable),
/* harmony export */   ji: () => (/* binding */ ambientCredentials),
/* harmony export */   pn: () => (/* binding */ callerIdentityProblem),
/* harmony export */   xN: () => (/* binding */ assumeRole)
/* harmony export */ });
/* unused harmony export assumedAccount */
/* harmony import */ var _credentials_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2167);
/* harmony import */ var _base_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5127);
/* harmony import */ var _base_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8858);
/* harmony import */ var _codebuild_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8413);
/* harmony import */ var _wire_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1319);
/* harmony import */ var _wire_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9767);




function accountOfArn(arn) {
    return arn.split(':')[4] || undefined;
}
function regionOfArn(arn) {
    return arn.split(':')[3] || undefined;
}
/** The account an AssumeRole answer gives: its short-lived credentials, or an error without them. */
function assumedAccount(roleArn, c) {
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
/**
 * The run's one way to assume a role: one STS client with `source`'s credentials, for one
 * role (role-to-assume) or every account of a fleet. Each session lasts 15 minutes, named
 * for the tool. Its callers word a refusal for their own case.
 */
async function roleAssumer(region, source, limits, options = {}) {
    // Loaded only by runs that assume roles.
    const { AssumeRoleCommand, STSClient } = await Promise.all(/* import() */[__webpack_require__.e(291), __webpack_require__.e(279), __webpack_require__.e(956), __webpack_require__.e(861), __webpack_require__.e(695)]).then(__webpack_require__.t.bind(__webpack_require__, 1695, 19));
    const sts = new STSClient({
        region,
        credentials: source,
        customUserAgent: _base_index_js__WEBPACK_IMPORTED_MODULE_0__/* .USER_AGENT */ ._O,
        ...(options.maxAttempts ? { maxAttempts: options.maxAttempts } : {}),
        ...(options.requestHandler
            ? { requestHandler: options.requestHandler }
            : await (0,_codebuild_js__WEBPACK_IMPORTED_MODULE_1__/* .awsRequestHandler */ .lk)(limits, 'STS')),
    });
    return {
        destroy: () => sts.destroy(),
        async assume(roleArn) {
            const out = await sts.send(new AssumeRoleCommand({
                RoleArn: roleArn,
                RoleSessionName: 'codebuild-credential-sync',
                DurationSeconds: 900,
            }), (0,_codebuild_js__WEBPACK_IMPORTED_MODULE_1__/* .sendOptions */ .$Y)(limits));
            return assumedAccount(roleArn, out.Credentials);
        },
    };
}
/** Assumes a role with the ambient credentials (sts:AssumeRole), for one account of a multi-account run. */
async function assumeRole(roleArn, region, source, limits = (0,_wire_index_js__WEBPACK_IMPORTED_MODULE_2__/* .callLimitsFor */ .qQ)()) {
    const sts = await roleAssumer(region, source, limits);
    try {
        return await sts.assume(roleArn);
    }
    catch (error) {
        throw (0,_codebuild_js__WEBPACK_IMPORTED_MODULE_1__/* .describeAwsError */ .Pp)(error, `Assuming role ${roleArn}`, 'sts:AssumeRole (and a trust policy on the role that lets the ambient identity assume it)', limits);
    }
    finally {
        sts.destroy();
    }
}
/** Why a fleet's role could not be assumed: no role, its trust policy, an SCP, or the caller's own policy. */
function whyUnassumable(error, roleArn, limits) {
    const e = error;
    const said = e.message ? ` AWS said: ${e.message}` : '';
    if (/AccessDenied/i.test(e.name ?? '')) {
        if (/service control policy/i.test(e.message ?? ''))
            return `a service control policy (SCP) denies sts:AssumeRole on ${roleArn}.${said}`;
        if (/no identity-based policy allows/i.test(e.message ?? ''))
            return `the caller's own policy does not allow sts:AssumeRole on ${roleArn}.${said}`;
        return `the role ${roleArn} does not exist there, or its trust policy does not let the caller assume it (AWS answers the same for both): deploy the member role (examples/cloudformation/member-role-stackset.yml) or fix its trust policy.${said}`;
    }
    return (0,_codebuild_js__WEBPACK_IMPORTED_MODULE_1__/* .describeAwsError */ .Pp)(error, `Assuming role ${roleArn}`, 'sts:AssumeRole', limits).message;
}
/**
 * One sts:GetCallerIdentity with the run's own credentials (never a role's: a bad base key
 * would fail every AssumeRole the same way), made while the provider checks the token. A key
 * AWS does not know, a secret that does not match it, or an expired session becomes one
 * sentence naming the fix, instead of one failure per region. The call needs no IAM
 * permission (AWS: "No permissions are required to perform this operation", and an explicit
 * deny does not stop it). Any other failure (the network, a throttle) is left to the
 * regions' own calls, which say it in their words; undefined then, as when all is well.
 */
async function callerIdentityProblem(credentials, region, limits, 
/** How the front door is given credentials, in its own words (awsCredentialsHelp). */
help) {
    const { GetCallerIdentityCommand, STSClient } = await Promise.all(/* import() */[__webpack_require__.e(291), __webpack_require__.e(279), __webpack_require__.e(956), __webpack_require__.e(861), __webpack_require__.e(695)]).then(__webpack_require__.t.bind(__webpack_require__, 1695, 19));
    const sts = new STSClient({
        region,
        credentials,
        customUserAgent: _base_index_js__WEBPACK_IMPORTED_MODULE_0__/* .USER_AGENT */ ._O,
        maxAttempts: 2,
        ...(await (0,_codebuild_js__WEBPACK_IMPORTED_MODULE_1__/* .awsRequestHandler */ .lk)(limits, 'STS')),
    });
    try {
        await sts.send(new GetCallerIdentityCommand({}), (0,_codebuild_js__WEBPACK_IMPORTED_MODULE_1__/* .sendOptions */ .$Y)(limits));
        return undefined;
    }
    catch (error) {
        const code = error.name ?? '';
        const said = `STS GetCallerIdentity: ${code}`;
        if (/^(InvalidClientTokenId|UnrecognizedClient(Exception)?)$/.test(code))
            return `AWS does not know the access key this run signs with (${said}): it was deleted, deactivated or mistyped, or is of another partition than ${region}. Nothing was called in any region. ${help}`;
        if (code === 'SignatureDoesNotMatch')
            return `AWS refused the signature of this run's calls (${said}): the secret access key is not the one of the access key ID (copied short, or from another key). Nothing was called in any region. ${help}`;
        if (/^(ExpiredToken|ExpiredTokenException|RequestExpired)$/.test(code))
            return `The AWS session this run was given has expired (${said}): temporary credentials (with a session token) last from 15 minutes to 12 hours; get new ones for this run. Nothing was called in any region. ${help}`;
        return undefined;
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
async function checkAmbientCredentials(credentials, secrets, limits, 
/** The identity comes from web identity (OIDC): the pipe's, or a workflow's token file. */
viaWebIdentity = Boolean(process.env.AWS_WEB_IDENTITY_TOKEN_FILE), 
/** How the front door is given credentials, in its own words (awsCredentialsHelp). */
help = 'Give the run AWS credentials.') {
    if (typeof credentials !== 'function')
        return undefined;
    // What the SDK sends for this identity (a web identity token read from a file) is as
    // secret as any key: STS may quote it back in its refusal.
    for (const value of await (0,_credentials_js__WEBPACK_IMPORTED_MODULE_3__/* .identitySecrets */ .mc)(process.env))
        secrets?.add(value);
    try {
        // Keys resolved at run time (web identity, SSO, a container role) are as secret as given ones.
        const resolved = await credentials();
        secrets?.add(resolved.secretAccessKey);
        secrets?.add(resolved.sessionToken);
        return undefined;
    }
    catch (error) {
        const e = error;
        const wire = (0,_wire_index_js__WEBPACK_IMPORTED_MODULE_4__/* .networkFailure */ .rd)(error);
        if (wire && (wire.kind === 'bad-answer' || !e.$metadata?.httpStatusCode)) {
            // STS (web identity) could not be reached: the same words as any AWS call on the wire.
            return (0,_codebuild_js__WEBPACK_IMPORTED_MODULE_1__/* .describeAwsError */ .Pp)(error, 'Getting AWS credentials (STS)', 'sts:AssumeRoleWithWebIdentity', limits).message;
        }
        if (/Could not load credentials from any providers/i.test(e.message ?? ''))
            return `No AWS credentials were found.${setButEmpty(process.env)} ${help}`;
        // A source that is set but failed (a container endpoint's 401, a profile's process): its words.
        if (e.name === 'CredentialsProviderError')
            return `AWS credentials could not be loaded: ${(0,_base_index_js__WEBPACK_IMPORTED_MODULE_5__/* .outside */ .qY)(e.message ?? 'no message')} ${help}`;
        const webIdentity = viaWebIdentity
            ? ' through web identity (OIDC): check the role ARN and its trust policy (identity provider, audience, subject)'
            : '';
        return `Could not get AWS credentials${webIdentity}. AWS said: ${(0,_base_index_js__WEBPACK_IMPORTED_MODULE_5__/* .outside */ .qY)(e.name ?? 'Error', 100)}: ${e.message === undefined ? 'no message' : (0,_base_index_js__WEBPACK_IMPORTED_MODULE_5__/* .outside */ .qY)(e.message)}`;
    }
}
/** The sources of credentials that are set yet gave none: the SDK's chain says only that none did. */
function setButEmpty(env) {
    const set = [
        'AWS_CONTAINER_CREDENTIALS_FULL_URI',
        'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI',
        'AWS_WEB_IDENTITY_TOKEN_FILE',
    ].filter((name) => env[name]);
    return set.length === 0
        ? ''
        : ` ${set.join(' and ')} ${set.length === 1 ? 'is' : 'are'} set, but gave none: check the endpoint or file and the role behind it.`;
}
/**
 * The run's own AWS identity: the pipe's OIDC web identity, held in memory, else the SDK's
 * default credential chain. Either's STS client is bounded like every other AWS call and in the run's first region
 * (else the SDK picks us-east-1, and says so).
 * Resolve it once per run: with OIDC that is one AssumeRoleWithWebIdentity.
 * Loaded by dynamic import only once a run needs AWS.
 */
async function ambientCredentials(limits, region, webIdentity) {
    const clientConfig = { ...(await (0,_codebuild_js__WEBPACK_IMPORTED_MODULE_1__/* .awsRequestHandler */ .lk)(limits, 'STS')), maxAttempts: 3, region };
    if (webIdentity) {
        const { fromWebToken } = await Promise.all(/* import() */[__webpack_require__.e(291), __webpack_require__.e(279), __webpack_require__.e(956)]).then(__webpack_require__.t.bind(__webpack_require__, 9956, 19));
        return reused(fromWebToken({
            roleArn: webIdentity.roleArn,
            webIdentityToken: webIdentity.token,
            roleSessionName: webIdentity.sessionName,
            clientConfig,
        }));
    }
    const { defaultProvider } = await Promise.all(/* import() */[__webpack_require__.e(291), __webpack_require__.e(279), __webpack_require__.e(956), __webpack_require__.e(861)]).then(__webpack_require__.t.bind(__webpack_require__, 5861, 19));
    return defaultProvider({ clientConfig });
}
/** One resolution shared by every client, renewed only when it is about to expire. */
function reused(provider) {
    let pending;
    return async (options) => {
        if (pending) {
            const held = await pending;
            if (!held.expiration || held.expiration.getTime() - Date.now() > 5 * 60_000)
                return held;
        }
        pending = provider(options);
        return pending;
    };
}


/***/ }),

/***/ 8413:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  iQ: () => (/* binding */ AwsCallError),
  lk: () => (/* binding */ awsRequestHandler),
  _k: () => (/* binding */ codeBuildClients),
  Pp: () => (/* binding */ describeAwsError),
  Cv: () => (/* binding */ identifier),
  $Y: () => (/* binding */ sendOptions)
});

// UNUSED EXPORTS: CodeBuildRegion

// EXTERNAL MODULE: external "node:async_hooks"
var external_node_async_hooks_ = __webpack_require__(6698);
// EXTERNAL MODULE: external "node:diagnostics_channel"
var external_node_diagnostics_channel_ = __webpack_require__(3053);
;// CONCATENATED MODULE: ./src/core/wire/reached.ts
// Whether a request reached its server: the bytes of a request can reach the server's
// application only over a connection that was made, and, for https, only after the TLS
// handshake with that server finished. A proxy that never answered CONNECT, or a tunnel (or
// a direct connection) whose handshake never finished, carried nothing to the server. The
// run says "the import was sent, so whether it took effect is unknown" only when one of the
// write's attempts got that far (run/targets.ts, aws/codebuild.ts).


/** What to call once a request made in this context reached its server. */
const sending = new external_node_async_hooks_.AsyncLocalStorage();
let subscribed = false;
/** Calls `reached` once `socket` is connected to the server (https: its handshake done). */
function onceConnected(socket, reached) {
    const tls = socket;
    if (tls.encrypted) {
        // No cipher until the handshake is done (the protocol is named before it: no use here).
        if (tls.getCipher?.())
            reached();
        else
            socket.once('secureConnect', reached);
    }
    else if (socket.connecting)
        socket.once('connect', reached);
    else
        reached();
}
function watch({ request }) {
    const reached = sending.getStore();
    if (!reached)
        return;
    // A kept-alive socket already carried a request to this server.
    if (request.reusedSocket)
        return reached();
    if (request.socket)
        onceConnected(request.socket, reached);
    else
        request.once('socket', (socket) => onceConnected(socket, reached));
}
/**
 * Runs `send` (one attempt of a request, made with node:http or node:https), calling
 * `reached` at most once, as soon as a request it made was connected to its server.
 */
function whileSending(reached, send) {
    if (!subscribed) {
        subscribed = true;
        (0,external_node_diagnostics_channel_.subscribe)('http.client.request.start', watch);
    }
    let once = false;
    return sending.run(() => {
        if (once)
            return;
        once = true;
        reached();
    }, send);
}

// EXTERNAL MODULE: ./src/core/wire/deadline.ts + 1 modules
var deadline = __webpack_require__(1319);
// EXTERNAL MODULE: ./src/core/wire/network-errors.ts
var network_errors = __webpack_require__(9767);
// EXTERNAL MODULE: ./src/core/base/errors.ts
var errors = __webpack_require__(2074);
// EXTERNAL MODULE: ./src/core/base/version.ts + 1 modules
var version = __webpack_require__(5127);
// EXTERNAL MODULE: ./src/core/base/pages.ts
var pages = __webpack_require__(8645);
// EXTERNAL MODULE: ./src/core/base/outside.ts
var outside = __webpack_require__(8858);
;// CONCATENATED MODULE: ./src/core/aws/codebuild.ts


/** An AWS call that failed, re-thrown with what to do about it. */
class AwsCallError extends errors/* UserError */.yo {
    code;
    constructor(message, code) {
        super(message);
        this.code = code;
        this.name = 'AwsCallError';
    }
}
/**
 * The request handler that bounds every AWS call (aws-http.ts): time per attempt, answer
 * size and nesting. For any client, and for the STS client the credential chain makes (its
 * `clientConfig`). Loaded with the SDK, by dynamic import.
 */
async function awsRequestHandler(limits, service, agents) {
    const http = await Promise.all(/* import() */[__webpack_require__.e(291), __webpack_require__.e(279), __webpack_require__.e(513)]).then(__webpack_require__.bind(__webpack_require__, 5513));
    return { requestHandler: http.awsRequestHandler(limits, service, agents) };
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
async function codeBuildClients(
/** Where the policy that holds a denied action is (iam.ts), for the run's mode. */
iamHint) {
    const [sdk, http, https, awsHttp] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(291), __webpack_require__.e(279), __webpack_require__.e(956), __webpack_require__.e(861), __webpack_require__.e(774)]).then(__webpack_require__.t.bind(__webpack_require__, 4774, 19)),
        Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 7067, 23)),
        Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 4708, 23)),
        Promise.all(/* import() */[__webpack_require__.e(291), __webpack_require__.e(279), __webpack_require__.e(513)]).then(__webpack_require__.bind(__webpack_require__, 5513)),
    ]);
    // One pool of keep-alive sockets, and one request handler over it, for every client of the
    // run: the accounts of a region share its endpoint, so their calls reuse connections (and
    // TLS sessions), and a fleet of thousands of clients makes one handler, not one each.
    const options = { keepAlive: true, maxSockets: SOCKETS_PER_ENDPOINT };
    const agents = { httpAgent: new http.Agent(options), httpsAgent: new https.Agent(options) };
    const handlers = new Map();
    // A run's limits are the same for every client (only `waiting` differs, which the handler never reads).
    const handler = (limits, service) => {
        let made = handlers.get(service);
        if (!made)
            handlers.set(service, (made = awsHttp.awsRequestHandler(limits, service, limits.agents ?? agents)));
        return made;
    };
    const make = (region, account, limits) => new CodeBuildRegion(sdk, region, account.credentials, limits, handler(limits, 'CodeBuild'), iamHint);
    // The clients leave the pool alone when destroyed (each target's as it finishes): the run closes it.
    return Object.assign(make, {
        handler,
        close: () => {
            agents.httpAgent.destroy();
            agents.httpsAgent.destroy();
        },
    });
}
/**
 * Twice the targets a run works on at once (targets.ts), as check reads two things of a
 * target at once: no call waits for a socket, even when every target is in one region.
 */
const SOCKETS_PER_ENDPOINT = 128;
/** The source-credential calls of CodeBuild in one region. */
class CodeBuildRegion {
    sdk;
    region;
    limits;
    iamHint;
    client;
    /**
     * A write (import or delete) reached CodeBuild (an attempt of it was connected to the
     * endpoint, its TLS handshake done): if the run stops now, its effect is unknown. A write
     * stuck at a proxy's CONNECT or a handshake carried nothing there (wire/reached.ts).
     */
    wrote = false;
    /** The command, marking `wrote` once an attempt of it reaches CodeBuild. */
    write(command) {
        // The deserialize step wraps each attempt's transmission only (signing, and any STS call
        // for the account's credentials, happen before it).
        command.middlewareStack.add((next) => (args) => whileSending(() => (this.wrote = true), () => next(args)), { step: 'deserialize', name: 'reachedCodeBuild' });
        return command;
    }
    constructor(sdk, region, credentials, limits = (0,deadline/* callLimitsFor */.qQ)(), 
    /** Bounds every answer (aws-http.ts); the SDK's own handler when absent (unit tests). */
    requestHandler, iamHint) {
        this.sdk = sdk;
        this.region = region;
        this.limits = limits;
        this.iamHint = iamHint;
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
            customUserAgent: version/* USER_AGENT */._O,
            requestHandler,
        });
    }
    async list(serverType) {
        // Not paged by CodeBuild: one answer, under the listing's item cap.
        const infos = await (0,pages/* allPages */.S4)(async () => {
            const out = await this.call('ListSourceCredentials', () => this.client.send(new this.sdk.ListSourceCredentialsCommand({}), sendOptions(this.limits)));
            return { items: out.sourceCredentialsInfos ?? [] };
        }, pages/* LISTINGS */.AZ.listSourceCredentials);
        return infos.map(toStored).filter((c) => !serverType || c.serverType === serverType);
    }
    async import(request) {
        const out = await this.call('ImportSourceCredentials', () => this.client.send(this.write(new this.sdk.ImportSourceCredentialsCommand({
            token: request.token,
            serverType: request.serverType,
            authType: request.authType,
            username: request.authType === 'BASIC_AUTH' ? request.username : undefined,
            shouldOverwrite: request.shouldOverwrite,
        })), sendOptions(this.limits)));
        if (!out.arn)
            throw new AwsCallError(`CodeBuild in ${this.region} answered ImportSourceCredentials without an ARN.`, 'NoArn');
        return identifier(out.arn);
    }
    async delete(arn) {
        await this.call('DeleteSourceCredentials', () => this.client.send(this.write(new this.sdk.DeleteSourceCredentialsCommand({ arn })), sendOptions(this.limits)));
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
        // Only the projects asked for, each once: an answer cannot add to the listing.
        const asked = new Set(names);
        return (out.projects ?? []).filter((p) => p.name !== undefined && asked.delete(p.name));
    }
    destroy() {
        this.client.destroy();
    }
    async call(operation, send) {
        const what = `CodeBuild ${operation} in ${this.region}`;
        const waiting = this.limits.waiting;
        const gate = this.limits.gate;
        const gated = gate ? () => gate.run(send) : send;
        try {
            return await (waiting ? waiting.on(what, gated) : gated());
        }
        catch (error) {
            const action = `codebuild:${operation}`;
            throw describeAwsError(error, what, action, this.limits, this.iamHint?.(action));
        }
    }
}
/**
 * What CodeBuild says it holds, kept to the characters ARNs and its enums are made of:
 * it is compared, and shown, as an identifier.
 */
function toStored(info) {
    return {
        arn: identifier(info.arn),
        serverType: identifier(info.serverType),
        authType: identifier(info.authType),
        ...(info.resource ? { resource: identifier(info.resource) } : {}),
    };
}
/** An ARN or an enum value from AWS: only the characters they are made of (IAM's ARN alphabet), bounded. */
function identifier(value) {
    return String(value ?? '')
        .replace(/[^A-Za-z0-9:/_+=,.@-]/g, '')
        .slice(0, 2048);
}
/** Where AWS calls go, for messages about the network: the endpoint override, else the region's. */
function awsEndpointCheck() {
    const override = process.env.AWS_ENDPOINT_URL;
    return override
        ? {
            endpoint: override,
            check: `AWS_ENDPOINT_URL ("${override}"), the region name`,
            url: override,
        }
        : {
            endpoint: "the region's AWS endpoint",
            check: 'the region name',
            // One like them, for the proxy that calls to AWS go through.
            url: 'https://codebuild.amazonaws.com',
        };
}
/** Turns an SDK error into a message that says what failed and what to fix. */
function describeAwsError(error, what, iamAction, limits, 
/** Where the policy with the action is, for an AccessDenied: "examples/iam-policy-check.json has ...". */
iamHint) {
    const e = (error ?? {});
    const code = e.name ?? 'Error';
    // On the wire (no answer at all): say what happened there, never "HTTP 500". An answer
    // refused for what it is (wire.ts) carries the status the SDK saw, which is not the news.
    const wire = (0,network_errors/* networkFailure */.rd)(error);
    const failure = wire && (wire.kind === 'bad-answer' || !e.$metadata?.httpStatusCode) ? wire : undefined;
    if (failure) {
        return new AwsCallError((0,network_errors/* describeNetworkFailure */.Ku)(failure, {
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
    // AWS's own words, from its message field only, sealed; the code is shown sealed too. Its
    // messages often end without a full stop ("...allows the codebuild:ListProjects action").
    const aws = e.message
        ? ` AWS said: ${(0,outside/* outside */.qY)(e.message)
            .trim()
            .replace(/([^.!?])$/, '$1.')}`
        : '';
    const shownCode = (0,outside/* outside */.qY)(code, 100);
    if (/AccessDenied|UnauthorizedOperation|NotAuthorized/i.test(code)) {
        return new AwsCallError(`${what} was denied: the AWS identity lacks the IAM permission ${iamAction}.${aws} Add ${iamAction} to its policy (${iamHint ?? `the README's "Least-privilege IAM policy, per mode" lists what each mode calls`}).`, code);
    }
    if (code === 'CredentialsProviderError' || /Could not load credentials/i.test(e.message ?? '')) {
        return new AwsCallError(`${what} could not start: no AWS credentials were found. Give the run AWS credentials (the README's IAM section says which).`, code);
    }
    if (/UnrecognizedClient|InvalidSignature|InvalidClientTokenId|ExpiredToken|SignatureDoesNotMatch/i.test(code)) {
        return new AwsCallError(`${what} failed: AWS rejected the credentials (${shownCode}). Check the access key, secret and session token, or the role they come from.${aws}`, code);
    }
    if (/Throttl|TooManyRequests|RequestLimitExceeded/i.test(code)) {
        const attempts = e.$metadata?.attempts ?? 1;
        return new AwsCallError(`${what} was still throttled after ${attempts} attempts (${shownCode}); run again later or in fewer regions at once.${aws}`, code);
    }
    if (code === 'InvalidInputException')
        return new AwsCallError(`${what} rejected the request as invalid.${aws}`, code);
    if (code === 'AccountLimitExceededException')
        return new AwsCallError(`${what} failed: an account limit was reached.${aws}`, code);
    const status = e.$metadata?.httpStatusCode ? ` (HTTP ${e.$metadata.httpStatusCode})` : '';
    return new AwsCallError(`${what} failed: ${shownCode}${status}.${aws}`, code);
}


/***/ }),

/***/ 7717:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K7: () => (/* binding */ loadConnections),
/* harmony export */   RT: () => (/* binding */ loadProjects),
/* harmony export */   XB: () => (/* binding */ loadSecretsManager)
/* harmony export */ });
// The aws/ folder's face: what other folders may import from it (scripts/imports.ts).
// Modules loaded only when a run needs them are reached through a load…() function, so that
// importing this index does not load them.






const loadConnections = () => Promise.all(/* import() */[__webpack_require__.e(291), __webpack_require__.e(279), __webpack_require__.e(956), __webpack_require__.e(861), __webpack_require__.e(90), __webpack_require__.e(552)]).then(__webpack_require__.bind(__webpack_require__, 3552));
const loadProjects = () => Promise.all(/* import() */[__webpack_require__.e(891), __webpack_require__.e(579)]).then(__webpack_require__.bind(__webpack_require__, 579));
const loadSecretsManager = () => Promise.all(/* import() */[__webpack_require__.e(291), __webpack_require__.e(279), __webpack_require__.e(956), __webpack_require__.e(861), __webpack_require__.e(994), __webpack_require__.e(974)]).then(__webpack_require__.bind(__webpack_require__, 6974));


/***/ }),

/***/ 9298:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eu: () => (/* binding */ untilAborted),
/* harmony export */   jf: () => (/* binding */ Semaphore),
/* harmony export */   sf: () => (/* binding */ mapLimit)
/* harmony export */ });
/**
 * Promise.all with at most `limit` at once, results in input order. Like Promise.all it
 * rejects with the first rejection; unlike a plain pool it then starts no further item
 * (those already started run to their end), so one failure does not set off the rest.
 */
async function mapLimit(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    let failed = false;
    const worker = async () => {
        while (next < items.length && !failed) {
            const i = next++;
            try {
                results[i] = await fn(items[i]);
            }
            catch (error) {
                failed = true;
                throw error;
            }
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}
/**
 * Settles as `work` does, or rejects with the signal's reason as soon as it aborts: the one
 * "stop waiting when the run stops" (the run's deadline, the Action's issue calls). Work
 * left behind is abandoned, its rejection handled.
 */
function untilAborted(work, signal) {
    if (!signal)
        return work;
    if (signal.aborted) {
        work.catch(() => { });
        return Promise.reject(signal.reason);
    }
    return new Promise((resolve, reject) => {
        const stop = () => reject(signal.reason);
        signal.addEventListener('abort', stop, { once: true });
        work.then(resolve, reject).finally(() => signal.removeEventListener('abort', stop));
    });
}
/** At most `limit` holders at once; the rest wait in order. One per kind of call, across a run. */
class Semaphore {
    limit;
    active = 0;
    queue = [];
    constructor(limit) {
        this.limit = limit;
    }
    async run(work) {
        if (this.active >= this.limit)
            await new Promise((go) => this.queue.push(go));
        else
            this.active++;
        try {
            return await work();
        }
        finally {
            const next = this.queue.shift();
            if (next)
                next();
            else
                this.active--;
        }
    }
}


/***/ }),

/***/ 8645:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AZ: () => (/* binding */ LISTINGS),
/* harmony export */   E0: () => (/* binding */ pagesOf),
/* harmony export */   Pg: () => (/* binding */ ListingError),
/* harmony export */   S4: () => (/* binding */ allPages),
/* harmony export */   Vv: () => (/* binding */ MAX_OUS),
/* harmony export */   i2: () => (/* binding */ MAX_OU_DEPTH)
/* harmony export */ });
/* unused harmony export MAX_LISTING_BYTES */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2074);
// One pager for every listing the product reads (AWS, GitHub, Bitbucket): a listing is
// followed page by page until the service gives no next token, and stopped, with an error
// naming the service, when it repeats a token, passes its page cap, its item cap or
// MAX_LISTING_BYTES. No answer can make a listing loop for ever or fill memory: each page is
// at most MAX_ANSWER_BYTES (wire.ts), the items kept are at most `maxItems`, and a listing's
// pages (items and next-page tokens) at most MAX_LISTING_BYTES in all; the tokens seen are
// kept as digests, never as given.


/**
 * Every listing's caps, far above what a real account or repository has (each real limit
 * noted), far below what would hold the run or its memory.
 */
const LISTINGS = {
    // Organizations: 20 a page; an organization's account quota is raised on request, into the thousands.
    listAccounts: { what: 'AWS Organizations ListAccounts', maxPages: 1_000, maxItems: 20_000 },
    listAccountsForParent: {
        what: 'AWS Organizations ListAccountsForParent',
        maxPages: 1_000,
        maxItems: 20_000,
    },
    // An organization has at most 2,000 OUs (quota), nested at most 5 levels below the root.
    listChildren: { what: 'AWS Organizations ListChildren', maxPages: 100, maxItems: 2_000 },
    // About 40 regions exist; SSM answers 10 a page.
    regionsOffered: { what: 'AWS Systems Manager GetParametersByPath', maxPages: 50, maxItems: 200 },
    // account:ListRegions answers up to 50 a page.
    regionsEnabled: { what: 'AWS Account ListRegions', maxPages: 20, maxItems: 200 },
    // CodeBuild: 100 names a page; 5,000 projects a region is its default quota.
    listProjects: { what: 'CodeBuild ListProjects', maxPages: 500, maxItems: 50_000 },
    // One credential per server type and auth type: a handful, never paged.
    listSourceCredentials: { what: 'CodeBuild ListSourceCredentials', maxPages: 1, maxItems: 1_000 },
    // GitHub allows 20 hooks a repository per event; 100 a page.
    githubHooks: { what: 'GitHub GET /repos/{owner}/{repo}/hooks', maxPages: 10, maxItems: 1_000 },
    driftIssues: { what: 'GitHub GET /repos/{owner}/{repo}/issues', maxPages: 10, maxItems: 1_000 },
    bitbucketHooks: {
        what: 'Bitbucket GET /repositories/{workspace}/{slug}/hooks',
        maxPages: 10,
        maxItems: 1_000,
    },
};
/**
 * The most one listing carries in all, its pages' items (as JSON) and next-page tokens: above
 * a real one (20,000 accounts with the longest names and emails are about 8.4 MB; 5,000
 * projects of 255 characters 1.3 MB), below what would take the run's memory past 200 MB.
 * Without it, pages of 1 MiB of long names or of a long fresh token each held 270 to 380 MB
 * within 20 s (the adversary suite).
 */
const MAX_LISTING_BYTES = 10 * 1024 * 1024;
/** An OU walk stops past this depth below the OU named (Organizations nests at most 5 levels under the root). */
const MAX_OU_DEPTH = 5;
/** ... and past this many OUs walked (Organizations' quota is 2,000 OUs an organization). */
const MAX_OUS = 2_000;
/** A listing stopped because its answers could not be a real listing's. */
class ListingError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo {
    code = 'LISTING_BOUNDED';
    constructor(message) {
        super(message);
        this.name = 'ListingError';
    }
}
/**
 * Yields each page's items, asking for the next with the token the last gave. Throws a
 * ListingError when a token repeats (an endless answer) or when the listing passes its caps.
 */
async function* pagesOf(call, listing) {
    // Digests: a hostile token may be as long as an answer.
    const seen = new Set();
    let items = 0;
    let bytes = 0;
    let token;
    for (let pages = 1;; pages++) {
        const page = await call(token);
        items += page.items.length;
        bytes += JSON.stringify(page.items).length + (page.next?.length ?? 0);
        if (bytes > MAX_LISTING_BYTES)
            throw new ListingError(`${listing.what} answered more than ${MAX_LISTING_BYTES / 1024 / 1024} MiB in ${pages} page${pages === 1 ? '' : 's'}, the most this tool reads from one listing (docs/reliability.md#bounds), so the listing was stopped.`);
        if (items > listing.maxItems)
            throw new ListingError(`${listing.what} listed more than ${listing.maxItems.toLocaleString('en-US')} items, the most this tool reads from one listing (docs/reliability.md#bounds), so the listing was stopped.`);
        yield page.items;
        token = page.next || undefined;
        if (token === undefined)
            return;
        const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(token).digest('base64');
        if (seen.has(digest))
            throw new ListingError(`${listing.what} gave the same next-page token twice, so its listing would never end: it was stopped after ${pages} page${pages === 1 ? '' : 's'}.`);
        if (pages >= listing.maxPages)
            throw new ListingError(`${listing.what} answered more than ${listing.maxPages.toLocaleString('en-US')} page${listing.maxPages === 1 ? '' : 's'}, the most this tool reads from one listing (docs/reliability.md#bounds), so the listing was stopped.`);
        seen.add(digest);
    }
}
/** Every item of a listing, under its caps (pagesOf). */
async function allPages(call, listing) {
    const all = [];
    for await (const items of pagesOf(call, listing))
        all.push(...items);
    return all;
}


/***/ }),

/***/ 2459:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MP: () => (/* binding */ describeBody),
/* harmony export */   hc: () => (/* binding */ requireProvider),
/* harmony export */   mV: () => (/* binding */ UnverifiedAnswerError)
/* harmony export */ });
/* unused harmony export notFromProvider */
/* harmony import */ var _base_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2074);
/* harmony import */ var _base_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8858);
// Proof that an answer comes from the provider itself and not from something in
// between (a proxy, a captive portal, a single sign-on gateway). An answer that
// is not provably the provider's proves nothing about the token, so nothing is
// written on it.

/** The answer was not the provider's, or proves nothing: the token's scopes are unverified. */
class UnverifiedAnswerError extends _base_index_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
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
    const raw = header(answer, 'content-type')?.split(';')[0]?.trim();
    const type = raw === undefined ? undefined : (0,_base_index_js__WEBPACK_IMPORTED_MODULE_1__/* .outside */ .qY)(raw, 100);
    const what = raw === 'text/html' ||
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
            ? `a body that is not JSON (${(0,_base_index_js__WEBPACK_IMPORTED_MODULE_1__/* .outside */ .qY)(type, 100)}, ${answer.status})`
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

/***/ 2160:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Oc: () => (/* binding */ regionDetail),
/* harmony export */   PB: () => (/* binding */ groupWarnings),
/* harmony export */   S$: () => (/* binding */ breaksText),
/* harmony export */   gw: () => (/* binding */ regionName),
/* harmony export */   kG: () => (/* binding */ groupFindings)
/* harmony export */ });
/* unused harmony exports NAMED, shortList, plural, placeOf */
/** Names shown before a list is shortened. */
const NAMED = 10;
/** "a, b, c … and 30 more". */
function shortList(names, named = NAMED) {
    const more = names.length > named ? ` … and ${names.length - named} more` : '';
    return `${names.slice(0, named).join(', ')}${more}`;
}
function plural(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}
/** `account/region`, `region` or `account`: how the report names a place. */
function placeOf(where) {
    if (where.account && where.region)
        return `${where.account}/${where.region}`;
    return where.region ?? where.account;
}
function regionName(r) {
    return placeOf(r);
}
const MARK = '\u0000place\u0000';
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/**
 * The text with its place taken out: `account/region`, then the bare region and account.
 * Two messages that differ only in the place they name have the same template.
 */
function template(text, where) {
    let out = text;
    for (const name of [placeOf(where), where.region, where.account]) {
        if (!name)
            continue;
        out = out.replace(new RegExp(`(?<![\\w/-])${escape(name)}(?![\\w-])`, 'g'), MARK);
    }
    return out;
}
/** Which place a warning names: the longest region name (with its account) found in it. */
function placeIn(text, regions) {
    let best;
    for (const r of regions) {
        const name = regionName(r);
        if (!new RegExp(`(?<![\\w/-])${escape(r.region)}(?![\\w-])`).test(text))
            continue;
        if (r.account && !text.includes(r.account))
            continue;
        if (!best || name.length > regionName(best).length)
            best = r;
    }
    return best;
}
/** What places of a group are called: regions, accounts, or account/regions. */
function unit(places) {
    if (places.every((p) => !p.includes('/') && /^\d{12}$/.test(p)))
        return { one: 'account', many: 'accounts' };
    if (places.some((p) => p.includes('/')))
        return { one: 'target', many: 'targets' };
    return { one: 'region', many: 'regions' };
}
/** Verbs whose subject can become "N regions". */
const PLURAL_VERB = {
    holds: 'hold',
    uses: 'use',
    is: 'are',
    has: 'have',
    was: 'were',
    lacks: 'lack',
};
/**
 * One sentence for the same message in several places. "{place} holds no GITHUB credential:
 * builds there cannot reach the source. Run sync there." becomes "40 regions hold no GITHUB
 * credential: af-south-1, … and 30 more (breaks no project). Builds there cannot reach the
 * source. Run sync there."; a message of another shape is said once, "In 40 regions (…): …".
 */
function groupedSentence(tpl, places, breaks) {
    const { one, many } = unit(places);
    const count = `${places.length} ${many}`;
    const after = breaks ? ` (${breaks})` : '';
    const m = new RegExp(`^${MARK} (\\w+) `).exec(tpl);
    const verb = m && PLURAL_VERB[m[1]];
    if (verb) {
        const rest = tpl.slice(m[0].length);
        // The head is the first clause; the rest (what it means, what to do) follows once.
        const cut = /: |\. /.exec(rest);
        const head = cut ? rest.slice(0, cut.index) : rest.replace(/\.$/, '');
        const tail = cut ? rest.slice(cut.index + 2) : '';
        const text = `${count} ${verb} ${head}: ${shortList(places)}${after}.`;
        return tail ? `${text} ${capitalize(fill(tail, one))}` : text;
    }
    const text = fill(tpl, one).replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase());
    return `In ${count} (${shortList(places)}): ${text}${breaks ? ` It ${breaks}.` : ''}`;
}
const fill = (tpl, one) => tpl
    .replace(new RegExp(`^${MARK}`), `Each ${one}`)
    .split(MARK)
    .join(`the ${one}`);
const capitalize = (s) => s.charAt(0).toUpperCase() + s.slice(1);
/** "breaks 3 projects: a, b, c", shortened past 10 names; undefined when projects were not inspected. */
function breaksText(projects) {
    if (!projects)
        return undefined;
    if (projects.length === 0)
        return 'breaks no project (none uses it)';
    return `breaks ${plural(projects.length, 'project')}: ${shortList(projects)}`;
}
/** Findings grouped by kind and message (its place taken out), in report order. */
function groupFindings(findings) {
    const groups = new Map();
    for (const f of findings) {
        // The regions an account refuses are one group per account and cause, whatever AWS's words.
        const refused = f.kind === 'region-unreachable' && f.account ? refusal(f) : undefined;
        const key = refused
            ? `${f.kind}\u0000${f.account}\u0000${refused.cause}`
            : `${f.kind}\u0000${f.region || f.account ? template(f.message, f) : f.message}\u0000${f.repository ?? ''}`;
        const group = groups.get(key);
        if (group)
            group.push(f);
        else
            groups.set(key, [f]);
    }
    return [...groups.values()].map((items) => {
        const first = items[0];
        const places = [...new Set(items.map(placeOf).filter((p) => Boolean(p)))];
        const refused = places.length > 1 && first.kind === 'region-unreachable' && refusal(first);
        if (refused) {
            const text = `${plural(items.length, 'region')} unreachable in account ${first.account}: ${shortList(items.map((f) => f.region ?? ''))}. Each is enabled but refused the run: ${refused.cause}, so ${refused.effect}.${refused.said ? ` AWS said (${placeOf(first)}): ${refused.said}` : ''}`;
            return { kind: first.kind, findings: items, places, text, full: text };
        }
        if (places.length < 2) {
            const breaks = breaksText(mergedProjects(items, false));
            return {
                kind: first.kind,
                findings: items,
                places,
                text: first.message,
                full: breaks ? `${first.message} It ${breaks}.` : first.message,
            };
        }
        const projects = mergedProjects(items, true);
        const breaks = projects && projects.length === 0 ? 'breaks no project' : breaksText(projects);
        const text = groupedSentence(template(first.message, first), places, breaks);
        return { kind: first.kind, findings: items, places, text, full: text };
    });
}
/** A region-unreachable finding's parts (targets.ts words it), if it has that shape. */
function refusal(f) {
    const m = /refused the run: (.+?), so (nothing there was \w+)\.(?: AWS said: (.*))?/s.exec(f.message);
    return m ? { cause: m[1], effect: m[2], ...(m[3] ? { said: m[3] } : {}) } : undefined;
}
/** The projects a group breaks, named with their place when there are several places. */
function mergedProjects(items, qualify) {
    if (items.every((f) => !f.projects))
        return undefined;
    return items.flatMap((f) => (f.projects ?? []).map((p) => (qualify && f.region ? `${placeOf(f)}/${p}` : p)));
}
/** Warnings that differ only in the region (or account/region) they name are said once. */
function groupWarnings(report) {
    const groups = new Map();
    for (const w of report.warnings) {
        const r = placeIn(w, report.regions);
        const key = r ? template(w, r) : w;
        const group = groups.get(key) ?? { first: w, places: [] };
        if (r)
            group.places.push(regionName(r));
        groups.set(key, group);
    }
    return [...groups.entries()].map(([key, { first, places }]) => places.length < 2 ? { text: first, places } : { text: groupedSentence(key, places), places });
}
/**
 * A region's line: its detail without its own name and, where the detail is its finding,
 * only the finding's first clause (the grouped finding says the rest once).
 */
function regionDetail(r, findings) {
    const own = findings.find((f) => f.region === r.region &&
        (f.account ?? '') === (r.account ?? '') &&
        r.detail.startsWith(f.message.replace(/\.$/, '')));
    let detail = r.detail;
    if (own) {
        const message = own.message.replace(/\.$/, '');
        const cut = /: |\. /.exec(message);
        detail = `${cut ? message.slice(0, cut.index) : message}${r.detail.slice(message.length).replace(/^\./, '')}`;
    }
    const name = regionName(r);
    for (const prefix of [`${name} `, `${r.region} `])
        if (detail.startsWith(prefix))
            return detail.slice(prefix.length);
    return detail;
}


/***/ }),

/***/ 4702:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S5: () => (/* binding */ renderText),
/* harmony export */   WQ: () => (/* binding */ firstCause),
/* harmony export */   dC: () => (/* binding */ summaryLine),
/* harmony export */   hF: () => (/* binding */ renderJson),
/* harmony export */   "if": () => (/* binding */ missingScopes)
/* harmony export */ });
/* unused harmony exports grantedScopes, FINE_LISTED_MAX, renderMarkdown */
/* harmony import */ var _base_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8858);
/* harmony import */ var _groups_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2160);



// The report's shape (report-model.ts), for the modules that build or read one.

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
/** What the inventory's columns mean, under its table. */
const INVENTORY_LEGEND = "Account: the AWS account (none shown: the run's own). Each server type: the source credential CodeBuild holds for it there, and the projects that use it. Own credential: projects with a credential of their own (a connection or secret set on the project), which the account's credential does not affect.";
/** What a row did, in a word: a check that found no credential says "missing", not "checked". */
function actionText(r) {
    if (r.action === 'checked' && r.status === 'drift')
        return r.arn ? 'drift' : 'missing';
    return ACTION_TEXT[r.action];
}
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
    return region ? `${(0,_groups_js__WEBPACK_IMPORTED_MODULE_0__/* .regionName */ .gw)(region)}: ${region.detail}` : undefined;
}
/** The token's problem when no run-level error already says it. */
function tokenProblem(report) {
    const problem = report.token?.problem;
    return problem && !report.errors.some((e) => e.includes(problem)) ? problem : undefined;
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
/** Targets a run's log lists one per line, at most; past it those that are fine are counted. */
const FINE_LISTED_MAX = 50;
/** Each group of `rows` (by `key`) as one line: "N of ALL targets " and what `says` of the group. */
function countedLines(all, rows, key, says) {
    const groups = new Map();
    for (const r of rows)
        groups.set(key(r), (groups.get(key(r)) ?? 0) + 1);
    const n = (count) => count.toLocaleString('en-US');
    return [...groups].map(([k, count]) => `${n(count)} of ${n(all.length)} targets ${says(k)}`);
}
/** "3,395 of 3,400 targets ✔ checked": the fine targets counted, by what was done there. */
function fineCounts(all, fine) {
    return countedLines(all, fine, (r) => r.action, (action) => `${STATUS_MARK.ok} ${ACTION_TEXT[action]}`);
}
/** "69,351 of 85,000 targets ✖ not attempted: not reached: …", one line per reason. */
function unreachedCounts(all, unreached) {
    return countedLines(all, unreached, (r) => r.detail, (detail) => `${STATUS_MARK.error} ${ACTION_TEXT['not-attempted']}: ${detail}`);
}
/** Text rows shown per region before pointing at the JSON report. */
const TEXT_PROJECT_ROWS = 100;
function projectLines(r) {
    const projects = r.projects ?? [];
    if (!r.projects)
        return [];
    // Each region's line already says "0 projects use it".
    if (projects.length === 0)
        return [];
    const lines = [`Projects in ${(0,_groups_js__WEBPACK_IMPORTED_MODULE_0__/* .regionName */ .gw)(r)} (${projects.length}):`];
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
/** Accounts of a fleet run: the counts, then every account not worked on, with why. */
function accountLines(report, markdown) {
    const accounts = report.accounts;
    if (!accounts?.length)
        return report.shard ? [`Accounts (shard ${report.shard}): none in this shard.`] : [];
    const count = (status) => accounts.filter((a) => a.status === status);
    const parts = ['worked', 'skipped', 'excluded', 'unreachable']
        .map((status) => [status, count(status).length])
        .filter(([, n]) => n > 0)
        .map(([status, n]) => `${n} ${status}`);
    const organization = `${report.organization ? `, ${report.organization.id}` : ''}${report.shard ? `, shard ${report.shard}` : ''}${report.merged ? `, ${report.merged} shards merged` : ''}`;
    const head = `Accounts (${accounts[0].source}${organization}): ${accounts.length} listed, ${parts.join(', ')}`;
    const others = accounts.filter((a) => a.status !== 'worked');
    const line = (a) => `${a.id}${a.name ? ` (${a.name})` : ''}${a.state ? ` ${a.state}` : ''}: ${a.status}${a.detail ? `, ${a.detail}` : ''}`;
    if (markdown)
        return [`**${head}**`, '', ...others.map((a) => `- ${cell(line(a))}`), ''];
    return [`${head}${others.length ? ':' : ''}`, ...others.map((a) => `  ${line(a)}`)];
}
/** The token's lines of the plain-text report: verdict, problem, scopes, repositories. */
function tokenText(report) {
    const t = report.token;
    if (!t)
        return [];
    const lines = [];
    const expiry = t.accepted
        ? `, ${t.expiresAt ? `expires ${t.expiresAt}` : 'no expiry reported'}`
        : '';
    const problem = tokenProblem(report);
    // "accepted" then a refusal reads as a contradiction: the provider took it, this run did not.
    const verdict = t.accepted
        ? t.problem
            ? 'signs in, but is not usable'
            : 'accepted'
        : 'REJECTED';
    lines.push(`Token: ${t.description}${t.identity ? ` (${t.identity})` : ''}: ${verdict}${expiry}`);
    if (problem)
        lines.push(`  Problem: ${problem}`);
    if (t.accepted) {
        const reported = t.scopes ? t.scopes.join(', ') || '(none)' : 'not reported by the provider';
        lines.push(`  Scopes: ${reported}${t.required.length ? `; CodeBuild needs ${scopeLine(t)}` : ''}`);
        for (const probe of t.repositories ?? []) {
            const checks = probe.checks.map((c) => `${SCOPE_MARK[c.status]} ${c.permission}`).join(', ');
            lines.push(`  ${probe.repository}${probe.reachable ? '' : ' (not reachable)'}: ${checks}`);
        }
    }
    return lines;
}
/** The inventory's matrix in plain text: a row per target, a column per credential type. */
function inventoryText(report) {
    const out = [];
    const types = inventoryTypes(report);
    const rows = [
        ['Account/region', ...types, 'Own credential'],
        ...report.regions.map((r) => [
            (0,_groups_js__WEBPACK_IMPORTED_MODULE_0__/* .regionName */ .gw)(r),
            ...types.map((t) => inventoryCell(r, t)),
            ownCell(r),
        ]),
    ];
    const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
    out.push('Inventory:');
    for (const row of rows)
        out.push(`  ${row.map((c, i) => c.padEnd(widths[i])).join('  ')}`.trimEnd());
    out.push(`  ${INVENTORY_LEGEND}`);
    return out;
}
/**
 * Plain text for logs: one line per region, then what is the same in many regions said
 * once (report-groups.ts). Each message appears once: the caller says which it prints itself.
 */
function renderText(report, { errorsShownElsewhere = 0, warningsShownElsewhere = false, findingsShownElsewhere = false, } = {}) {
    const lines = tokenText(report);
    lines.push(...accountLines(report, false));
    const inventory = report.mode === 'inventory' && report.regions.length > 0;
    // The inventory's matrix is its line per region; the list then names only regions that failed.
    const fine = report.regions.filter((r) => r.status === 'ok');
    // Past a few dozen targets, those that are fine are counted, not listed: the findings and
    // failures stay readable (the report file and the summary keep every row).
    const counted = !inventory && report.regions.length > FINE_LISTED_MAX;
    // So are the targets a stopped run never reached: one line per reason, not one per target.
    const unreached = counted ? report.regions.filter((r) => r.action === 'not-attempted') : [];
    const listed = inventory || counted
        ? report.regions.filter((r) => r.status !== 'ok' && !(counted && r.action === 'not-attempted'))
        : report.regions;
    if (counted)
        lines.push(...fineCounts(report.regions, fine), ...unreachedCounts(report.regions, unreached));
    if (listed.length) {
        lines.push(counted ? 'Targets that are not fine:' : 'Regions:');
        const width = Math.max(...listed.map((r) => (0,_groups_js__WEBPACK_IMPORTED_MODULE_0__/* .regionName */ .gw)(r).length));
        for (const r of listed) {
            const arn = r.arn ? ` ${r.arn}` : '';
            lines.push(`  ${STATUS_MARK[r.status]} ${(0,_groups_js__WEBPACK_IMPORTED_MODULE_0__/* .regionName */ .gw)(r).padEnd(width)}  ${actionText(r)}${arn}: ${(0,_groups_js__WEBPACK_IMPORTED_MODULE_0__/* .regionDetail */ .Oc)(r, report.findings)}`);
        }
    }
    if (inventory)
        lines.push(...inventoryText(report));
    for (const r of counted ? listed : report.regions)
        lines.push(...projectLines(r));
    for (const g of findingsShownElsewhere ? [] : (0,_groups_js__WEBPACK_IMPORTED_MODULE_0__/* .groupFindings */ .kG)(report.findings)) {
        if (g.places.length > 1) {
            lines.push(`Drift (${g.kind}): ${g.text}`);
            continue;
        }
        const f = g.findings[0];
        lines.push(`Drift (${f.kind}${f.region ? `, ${f.region}` : ''}): ${f.message}`);
        const breaks = (0,_groups_js__WEBPACK_IMPORTED_MODULE_0__/* .breaksText */ .S$)(f.projects);
        if (breaks)
            lines.push(`  ${breaks}`);
    }
    if (!warningsShownElsewhere)
        for (const w of (0,_groups_js__WEBPACK_IMPORTED_MODULE_0__/* .groupWarnings */ .PB)(report))
            lines.push(`Warning: ${w.text}`);
    for (const e of report.errors.slice(errorsShownElsewhere))
        lines.push(`Error: ${e}`);
    return (0,_base_index_js__WEBPACK_IMPORTED_MODULE_1__/* .forPlain */ .qI)(lines.join('\n'));
}
/** Regions whose projects were inspected and hold none on the server type: one line for all of them. */
function noProjects(report) {
    const none = report.regions.filter((r) => r.projects?.length === 0).map(regionName);
    if (none.length === 0)
        return [];
    if (none.length === 1)
        return [`**Projects in ${none[0]}**: none on this server type`];
    return [
        `**Projects in ${plural(none.length, 'region')}**: none on this server type (${shortList(none)})`,
    ];
}
const cell = (text) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
/** The token's tables of the Markdown report: what the provider said, then each repository probed. */
function tokenMarkdown(report) {
    const t = report.token;
    if (!t)
        return [];
    const out = [];
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
    return out;
}
/** Markdown for the job summary and the drift issue: outside text in code spans (forMarkdown). */
function renderMarkdown(report) {
    const icon = { success: '✅', drift: '⚠️', failure: '❌' }[report.outcome];
    const out = [`### ${icon} CodeBuild credential: ${summaryLine(report)}`, ''];
    out.push(...tokenMarkdown(report));
    out.push(...accountLines(report, true));
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
                `${STATUS_MARK[r.status]} ${actionText(r)}`,
                r.arn ? `\`${r.arn}\`` : '',
                cell(regionDetail(r, report.findings)),
            ];
            out.push(`| ${(withAccount ? [r.account ?? '', ...row] : row).join(' | ')} |`);
        }
        out.push('');
    }
    if (report.findings.length) {
        out.push('**Drift**', '');
        for (const g of groupFindings(report.findings)) {
            if (g.places.length > 1) {
                out.push(`- \`${g.kind}\`: ${g.text}`);
                continue;
            }
            const f = g.findings[0];
            const breaks = breaksText(g.findings.flatMap((x) => x.projects ?? []));
            out.push(`- \`${f.kind}\`${g.places[0] ? ` (${g.places[0]})` : ''}: ${f.message}${f.projects && breaks ? ` **It ${breaks}.**` : ''}`);
        }
        out.push('');
    }
    const none = noProjects(report);
    if (none.length)
        out.push(...none, '');
    for (const r of report.regions)
        out.push(...projectTable(r));
    const warnings = groupWarnings(report);
    if (warnings.length) {
        out.push('**Warnings**', '', ...warnings.map((w) => `- ${w.text}`), '');
    }
    if (report.errors.length) {
        out.push('**Errors**', '', ...report.errors.map((e) => `- ${e}`), '');
    }
    out.push(`<sub>codebuild-credential-sync ${report.tool.version}</sub>`, '');
    return forMarkdown(out.join('\n'));
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
        return []; // said once for all such regions (noProjects)
    const table = [
        '| Project | Repository | Credential | Webhook |',
        '|---|---|---|---|',
        ...r.projects.map((p) => `| ${cell(p.name)} | ${cell(p.repository)} | ${p.credential === 'account' ? 'account' : `own${p.resource ? ` (${cell(p.resource)})` : ''}`} | ${WEBHOOK_MARK[p.webhook]}${webhookNote(p) ? `: ${cell(webhookNote(p))}` : ''} |`),
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
        '',
        INVENTORY_LEGEND,
    ];
}
/** Accounts down, regions across: where several accounts are checked, the shape of the problem at a glance. */
function accountMatrix(report) {
    const regions = [...new Set(report.regions.map((r) => r.region))];
    const accounts = [...new Set(report.regions.map((r) => r.account ?? ''))];
    // Each target's first row by account and region: a fleet's 85,000 rows are looked at once, not per cell.
    const byPlace = new Map();
    for (const r of report.regions) {
        const place = `${r.account ?? ''}/${r.region}`;
        if (!byPlace.has(place))
            byPlace.set(place, r);
    }
    const rows = accounts.map((account) => {
        const cells = regions.map((region) => {
            const r = byPlace.get(`${account}/${region}`);
            return r ? `${STATUS_MARK[r.status]} ${actionText(r)}` : '';
        });
        return `| ${account} | ${cells.join(' | ')} |`;
    });
    return [
        `| Account | ${regions.join(' | ')} |`,
        `|---|${regions.map(() => '---|').join('')}`,
        ...rows,
    ];
}
/** The report for machines (the `report` output, the report file): outside text unsealed. */
function renderJson(report) {
    return (0,_base_index_js__WEBPACK_IMPORTED_MODULE_1__/* .forPlain */ .qI)(JSON.stringify(report, null, 2));
}


/***/ }),

/***/ 3718:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Tb: () => (/* binding */ MAX_TARGETS_IN_FLIGHT),
  eN: () => (/* binding */ allTargets),
  ZH: () => (/* binding */ capitalize),
  Zr: () => (/* binding */ credentialDrift),
  Eg: () => (/* binding */ describeTargets),
  CD: () => (/* binding */ inspectOrWarn),
  eo: () => (/* binding */ notReached),
  Ve: () => (/* binding */ perTarget),
  $t: () => (/* binding */ placeOf),
  Nb: () => (/* binding */ projectInspector),
  VH: () => (/* binding */ readProjects),
  ih: () => (/* binding */ recordInspection),
  Pf: () => (/* binding */ validated)
});

// UNUSED EXPORTS: accountFor, fleetRun, stoppedIn, writes

// EXTERNAL MODULE: ./src/core/aws/index.ts
var aws = __webpack_require__(7717);
// EXTERNAL MODULE: ./src/core/aws/accounts.ts
var accounts = __webpack_require__(2525);
// EXTERNAL MODULE: ./src/core/wire/deadline.ts + 1 modules
var wire_deadline = __webpack_require__(1319);
// EXTERNAL MODULE: ./src/core/base/errors.ts
var errors = __webpack_require__(2074);
// EXTERNAL MODULE: ./src/core/base/outside.ts
var outside = __webpack_require__(8858);
// EXTERNAL MODULE: ./src/core/trust/secrets.ts + 1 modules
var secrets = __webpack_require__(6812);
// EXTERNAL MODULE: ./src/core/base/similar.ts
var similar = __webpack_require__(308);
// EXTERNAL MODULE: ./src/core/providers/provenance.ts
var provenance = __webpack_require__(2459);
;// CONCATENATED MODULE: ./src/core/providers/index.ts


/** Asks the token's provider who it is, what it may do and when it expires. Read-only. */
async function introspectToken(config, token, logger, sleep, limits) {
    try {
        if (config.serverType === 'BITBUCKET') {
            const username = config.authType === 'BASIC_AUTH' ? config.username : undefined;
            const { introspectBitbucket } = await __webpack_require__.e(/* import() */ 559).then(__webpack_require__.bind(__webpack_require__, 1559));
            return await introspectBitbucket({ token, username }, config.bitbucketApiUrl, logger, sleep, limits, config.names?.bitbucketApiUrl);
        }
        const { introspectGitHub } = await Promise.all(/* import() */[__webpack_require__.e(891), __webpack_require__.e(837)]).then(__webpack_require__.bind(__webpack_require__, 2837));
        return await introspectGitHub(token, config.githubApiUrl, logger, sleep, config.repositories, limits, config.names?.githubApiUrl);
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



const loadWebhooks = () => Promise.all(/* import() */[__webpack_require__.e(891), __webpack_require__.e(534)]).then(__webpack_require__.bind(__webpack_require__, 8534));

// EXTERNAL MODULE: ./src/core/report/report.ts
var report = __webpack_require__(4702);
;// CONCATENATED MODULE: ./src/core/run/validate.ts




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
            const token = (found.token = await readConnection(config, deps));
            return token.accepted ? done('good') : done('rejected', token.problem);
        }
        let token = config.token;
        let authType = config.authType;
        let username = config.username;
        if (config.authType === 'SECRETS_MANAGER') {
            deps.logger.info('Reading the Secrets Manager secret...');
            const { readCodeBuildSecret } = await (0,aws/* loadSecretsManager */.XB)();
            const secret = await readCodeBuildSecret(config.token, config.serverType, deps.credentialsFor(config.token), deps.limits);
            deps.secrets?.addCredential(secret.token, secret.username);
            // Every field is a secret for the run: the token may be in any of them.
            for (const value of secret.values)
                deps.secrets?.addField(value);
            deps.secrets?.addWhole(secret.whole);
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
/** The connection's state, read with the credentials of its account. */
async function readConnection(config, deps) {
    deps.logger.info('Reading the CodeConnections connection...');
    // Each of these modules (and its SDK client) is loaded only by the runs that use it.
    const { inspectConnection } = await (0,aws/* loadConnections */.K7)();
    const { token } = await inspectConnection(config.token, config.serverType, deps.credentialsFor(config.token), deps.limits);
    return token;
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
/**
 * How to give a token the scopes it lacks. A Bitbucket token's scopes are fixed when it is
 * created (access tokens, API tokens; app passwords cannot be created any more): only a new
 * token has them. A GitHub token's scopes can be edited.
 */
function howToAddScopes(config, token, missing) {
    if (config.serverType !== 'BITBUCKET')
        return `Add ${missing.length === 1 ? 'it' : 'them'} to the token (or create a new one) and run again.`;
    const needed = token.required.filter((s) => !s.optional).map((s) => s.scope);
    const all = (0,similar/* andList */.cM)(needed);
    if (token.kind === 'app-password')
        return `An app password's permissions cannot be changed, and Bitbucket no longer creates app passwords: create a repository, project or workspace access token with ${all}, use it with no ${config.names.username}, and update the secret.`;
    if (token.kind === 'api-token')
        return `An API token's scopes cannot be changed after it is created: create a new API token with ${all} and update the secret.`;
    return `A Bitbucket access token's scopes cannot be changed after it is created: create a new access token (the repository's, project's or workspace's settings, Access tokens) with ${all}, and update the secret.`;
}
/** Quote characters around a secret's value are copied into it, and no provider accepts them. */
const QUOTES = /^["'`\u2018\u2019\u201c\u201d]|["'`\u2018\u2019\u201c\u201d]$/u;
/** A rejection, with the likely cause when the token starts or ends with a quote (never any of the token). */
function withQuoteHint(config, problem) {
    if (!QUOTES.test(config.token) || /^arn:/.test(config.token))
        return problem;
    const where = QUOTES.test(config.token[0]) ? 'starts' : 'ends';
    const both = QUOTES.test(config.token[0]) && QUOTES.test(config.token.at(-1));
    return `${problem ?? 'The provider rejected the token.'} Likely the quotes: ${config.names.token} ${both ? 'starts and ends' : where} with a quote character, which the secret's value kept and no provider accepts. Store the token without quotes and run again.`;
}
/** What an accepted token's scopes and expiry mean for the run; expiry within the window only warns. */
function judgeToken(config, token, now, warnings) {
    if (!token.accepted)
        return { verdict: 'rejected', problem: withQuoteHint(config, token.problem) };
    const missing = (0,report/* missingScopes */["if"])(token);
    if (missing.length > 0) {
        return {
            verdict: 'under-scoped',
            problem: `The token lacks ${token.repositories ? 'permission' : 'scope'}${missing.length === 1 ? '' : 's'} CodeBuild needs: ${missing.join(', ')}. ${howToAddScopes(config, token, missing)}`,
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

;// CONCATENATED MODULE: ./src/core/run/progress.ts
/** How often a long phase says how far it is. */
const PROGRESS_EVERY_MS = 10_000;
/** Calls `line` every PROGRESS_EVERY_MS until stopped; the timer never keeps the process alive. */
function progress(logger, line) {
    const timer = setInterval(() => logger.info(line()), PROGRESS_EVERY_MS);
    timer.unref?.();
    return { stop: () => clearInterval(timer) };
}
/** 17000 → "17,000". */
function count(n) {
    return n.toLocaleString('en-US');
}

;// CONCATENATED MODULE: ./src/core/run/targets.ts
// The account × region targets of a run, and what every mode does with them: validate the
// credential once, work on each target under the run's cap and deadline, inspect its
// projects, judge what it holds. run.ts resolves the targets; modes/ holds each mode.







/**
 * Account × region targets (and role assumptions) worked on at once, across the whole run.
 * CodeBuild's rate limits are per account and region, so the targets do not compete for
 * them; what they share is this process and its sockets (one keep-alive pool, codebuild.ts).
 * The cap is what bounds the open connections and the TLS handshakes in flight: 64 keeps
 * a 10-account × 17-region run to a few rounds of calls without opening hundreds of
 * sockets at once. A sync's calls within one target stay in order (import, then the
 * confirming list); check reads a target's credential and projects at once. Throttling
 * is left to the SDK's retry with backoff.
 */
const MAX_TARGETS_IN_FLIGHT = 64;
/** The run's validation: started by the first caller, shared by the rest. */
function validated(ctx) {
    return (ctx.validation ??= validate(ctx));
}
/** Validates the credential and records the token and warnings in the report. */
async function validate(ctx) {
    const waiting = new wire_deadline/* Waiting */.E$();
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
        if (!(error instanceof wire_deadline/* RunStopped */.NL))
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
        (0,aws/* loadProjects */.RT)(),
        loadWebhooks(),
        (0,aws/* loadConnections */.K7)(),
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
        inspect: (client, target) => module.inspectRegion(client, { region: target.region, ...(target.account.id ? { account: target.account.id } : {}) }, {
            serverTypes: config.serverTypes,
            hooks,
            noHooksBecause,
            connection,
            logger: deps.logger,
            secrets: deps.secrets,
        }),
    };
}
/**
 * Inspects a target's projects for check and sync. A refused ListProjects or BatchGetProjects
 * is a warning there (the credential result stands); inventory lets it fail the region.
 */
async function inspectOrWarn(ctx, inspection, client, target) {
    return recordInspection(ctx, target, await readProjects(inspection, client, target));
}
/** The inspection of a target, or the refusal that stopped it. */
async function readProjects(inspection, client, target) {
    try {
        return await inspection.inspect(client, target);
    }
    catch (error) {
        if (!(error instanceof errors/* UserError */.yo))
            throw error;
        return error;
    }
}
/** Adds an inspection's findings and warnings to the report (or says why there is none). */
function recordInspection(ctx, target, inspected) {
    if (inspected instanceof errors/* UserError */.yo) {
        ctx.report.warnings.push(`The projects of ${placeOf(target)} were not inspected: ${inspected.message} To skip them instead, set ${ctx.config.names.inspectProjects} to false.`);
        return undefined;
    }
    ctx.report.findings.push(...inspected.findings);
    ctx.report.warnings.push(...inspected.warnings);
    return inspected;
}
function placeOf(target) {
    return `${target.account.id ? `${target.account.id}/` : ''}${target.region}`;
}
/** The account whose credentials can read an ARN's resource: the one it belongs to, else the ambient one. */
function accountFor({ targets, stream }, arn) {
    const id = (0,accounts/* accountOfArn */.KC)(arn);
    if (stream)
        return stream.accountOf(id);
    return (targets.find((t) => t.account.id === id && !t.unusable) ?? targets.find((t) => !t.unusable))?.account;
}
/** Every target of the run: a fleet's stream drained (its accounts reached), without working on them. */
async function allTargets(ctx) {
    for (let batch; ctx.stream && (batch = await ctx.stream.next());)
        ctx.targets.push(...batch);
    return ctx.targets;
}
/** Runs each target's work with bounded concurrency; an AWS failure becomes that target's error row. */
async function perTarget(ctx, work) {
    const { targets, stream } = ctx;
    const rows = [];
    const release = accountReleases(ctx, rows);
    const final = inOrder(rows, ctx.deps.onRowFinal);
    const shared = sharing();
    // Accounts done: those whose every target is done (a fleet's targets come account by account).
    const left = new Map();
    const counted = (batch) => {
        for (const t of batch) {
            left.set(t.account.id, (left.get(t.account.id) ?? 0) + 1);
            release.add(t);
        }
    };
    counted(targets);
    let accounts = left.size;
    let finished = 0;
    let done = 0;
    let failed = 0;
    const ticker = progress(ctx.deps.logger, () => {
        const fleet = fleetRun(ctx.config) && (stream ? stream.accounts : accounts) > 1;
        const of = stream && !stream.complete ? '' : ` of ${count(targets.length)}`;
        const accountsDone = stream ? finished + stream.unreachable : accounts - left.size;
        return `${count(done)}${of} targets done${fleet ? ` (${count(accountsDone)} of ${count(stream ? stream.accounts : accounts)} accounts)` : ''}, ${count(failed)} failed so far.`;
    });
    // The next target's place; a fleet's next account is reached when the last one's are all handed out.
    let next = 0;
    let more;
    let stop = false;
    const take = async () => {
        while (next >= targets.length && !stop) {
            if (!stream || stream.complete)
                return undefined;
            await (more ??= stream.next().then((batch) => {
                more = undefined;
                if (!batch)
                    return;
                counted(batch);
                accounts = left.size;
                targets.push(...batch);
            }));
        }
        return stop ? undefined : next++;
    };
    try {
        await Promise.all(Array.from({ length: MAX_TARGETS_IN_FLIGHT }, async () => {
            for (let i = await take(); i !== undefined; i = await take()) {
                const target = targets[i];
                release.started(target);
                try {
                    rows[i] = shared(await targetRow(ctx, target, work));
                }
                catch (error) {
                    stop = true; // a bug: nothing more starts (as mapLimit)
                    throw error;
                }
                const row = rows[i];
                final(release.done(target, i));
                done++;
                if (row.status === 'error')
                    failed++;
                const n = left.get(target.account.id) - 1;
                if (n > 0)
                    left.set(target.account.id, n);
                else {
                    left.delete(target.account.id);
                    finished++;
                }
                // A fleet's target done keeps its place only (the findings' order): not its client's
                // maker, nor what it waited for. Thousands of targets hold no more than that.
                if (target.open)
                    targets[i] = { region: target.region, account: target.account, waiting: SETTLED };
            }
        }));
    }
    finally {
        ticker.stop();
    }
    ctx.report.regions = rows;
}
/** What a finished target waits for: nothing. */
const SETTLED = new wire_deadline/* Waiting */.E$();
/** Texts most rows repeat (an auth type, "holds a … credential; 1 project uses it"), kept once each per run. */
const SHARED_MAX = 4096;
/** Rows whose repeated texts are the ones other rows of the run hold: a fleet's rows are most of its memory. */
function sharing() {
    const texts = new Map();
    const one = (text) => {
        const known = texts.get(text);
        if (known !== undefined)
            return known;
        if (texts.size < SHARED_MAX)
            texts.set(text, text);
        return text;
    };
    return (row) => {
        row.detail = one(row.detail);
        if (row.authType !== undefined)
            row.authType = one(row.authType);
        return row;
    };
}
/**
 * Hands on each row once final, in the report's order: those after a row still running wait
 * (a few, as targets are taken in order). Told the rows that became final.
 */
function inOrder(rows, onRow) {
    const ready = new Set();
    let handed = 0;
    return (indices) => {
        if (!onRow)
            return;
        for (const i of indices)
            ready.add(i);
        while (ready.delete(handed))
            onRow(rows[handed++]);
    };
}
/** One target's row: its work's result, or why it failed or was not reached. */
async function targetRow(ctx, target, work) {
    const { deadline } = ctx;
    const where = {
        region: target.region,
        ...(target.account.id ? { account: target.account.id } : {}),
    };
    if (target.notAttempted)
        return {
            ...where,
            action: 'not-attempted',
            status: 'error',
            detail: target.notAttempted,
        };
    if (!target.client && !target.open)
        return {
            ...where,
            action: 'failed',
            status: 'error',
            detail: target.unusable ?? 'no client',
        };
    // Nothing new starts once the run has stopped.
    if (deadline.stopped)
        return { ...where, ...notReached(ctx) };
    const client = (target.client ??= target.open());
    try {
        return { ...where, ...(await deadline.race(work(client, target), target.waiting)) };
    }
    catch (error) {
        if (error instanceof wire_deadline/* RunStopped */.NL)
            return { ...where, ...stoppedIn(ctx, target, error) };
        if (!(error instanceof errors/* UserError */.yo))
            throw error;
        const refused = fleetRun(ctx.config) ? regionRefusal(error) : undefined;
        if (refused) {
            // AWS's own words, not the advice to add a permission: an SCP is not lifted that way.
            const said = error.message.split(' AWS said: ')[1];
            const message = `${placeOf(target)} is enabled but refused the run: ${refused}, so nothing there was ${ctx.config.mode === 'sync' ? 'imported' : 'read'}.${said ? ` AWS said: ${said}` : ` ${error.message}`}`;
            ctx.report.findings.push({ kind: 'region-unreachable', ...where, message });
            return {
                ...where,
                action: 'failed',
                status: 'drift',
                detail: message,
            };
        }
        return {
            ...where,
            action: 'failed',
            status: 'error',
            detail: error.message,
        };
    }
    finally {
        // A client opened for its turn goes with it: a fleet never holds thousands at once.
        if (target.open) {
            client.destroy();
            target.client = undefined;
        }
    }
}
/**
 * An account's own secrets (an assumed role's keys) are hidden in what its targets produced
 * (their rows, and the findings, warnings and errors added while they ran) once its last
 * target is done, with a redaction of those few values alone, then dropped. The run's
 * redaction thus holds the run's secrets, not every account's: it grew by about half a MB
 * per account (docs/performance.md).
 */
function accountReleases(ctx, rows) {
    const { report } = ctx;
    const open = new Map();
    return {
        /** A target to wait for before its account's keys are let go. */
        add(t) {
            if (!t.account.confidential?.length)
                return;
            const o = open.get(t.account);
            if (o)
                o.left++;
            else
                open.set(t.account, { left: 1, targets: [] });
        },
        started(target) {
            const o = open.get(target.account);
            if (o && !o.from)
                o.from = {
                    findings: report.findings.length,
                    warnings: report.warnings.length,
                    errors: report.errors.length,
                };
        },
        /** The rows now final: this one, or once its account's last target is done, all of the account's. */
        done(target, i) {
            const o = open.get(target.account);
            if (!o)
                return [i];
            o.targets.push(i);
            if (--o.left > 0)
                return [];
            open.delete(target.account);
            const scope = new secrets/* Secrets */.Sb();
            for (const value of target.account.confidential)
                scope.add(value);
            const hide = (text) => scope.redact(text);
            for (const t of o.targets)
                redactInPlace(rows[t], hide);
            const from = o.from;
            for (let f = from.findings; f < report.findings.length; f++)
                redactInPlace(report.findings[f], hide);
            for (let w = from.warnings; w < report.warnings.length; w++)
                report.warnings[w] = hide(report.warnings[w]);
            for (let e = from.errors; e < report.errors.length; e++)
                report.errors[e] = hide(report.errors[e]);
            ctx.stream?.release(target.account);
            return o.targets;
        },
    };
}
/** Every string of a row or finding redacted where it is (others may still hold the object). */
function redactInPlace(value, hide) {
    const record = value;
    for (const key of Object.keys(record)) {
        const v = record[key];
        if (typeof v === 'string')
            record[key] = hide(v);
        else if (Array.isArray(v))
            v.forEach((item, n) => {
                if (typeof item === 'string')
                    v[n] = hide(item);
                else if (item && typeof item === 'object')
                    redactInPlace(item, hide);
            });
        else if (v && typeof v === 'object')
            redactInPlace(v, hide);
    }
}
/** A run over `accounts` or `aws-region: all`, where a refused account or region is reported as drift. */
function fleetRun(config) {
    return Boolean(config.accounts) || config.allRegions;
}
/** Why a region refused every call (a service control policy, the role's policy, not enabled), if it did. */
function regionRefusal(error) {
    const code = error.code ?? '';
    if (/AccessDenied|UnauthorizedOperation/i.test(code))
        return /service control policy/i.test(error.message)
            ? 'a service control policy denies it'
            : "the role's policy does not allow it";
    if (/UnrecognizedClient|InvalidClientTokenId/i.test(code))
        return 'the account does not accept its credentials there: an opt-in region not enabled for it';
    return undefined;
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
            message: `${name} holds no ${config.serverType} credential: builds there cannot reach the source. Run sync there.`,
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
            message: `${name} uses ${(0,outside/* outside */.qY)(held.resource)}, not ${config.token}. Run sync to point it at the expected one.`,
        };
    }
    return undefined;
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
function capitalize(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
/** The regions by name up to a few; past that, counted (each has its own line in the report). */
function describeTargets({ config, targets, stream }) {
    if (stream) {
        const n = stream.accounts;
        const regions = config.allRegions
            ? 'the enabled regions'
            : `${config.regions.length} region${config.regions.length === 1 ? '' : 's'}`;
        return `${regions} of ${count(n)} account${n === 1 ? '' : 's'}`;
    }
    if (fleetRun(config)) {
        const accounts = new Set(targets.map((t) => t.account.id)).size;
        return `${targets.length} region${targets.length === 1 ? '' : 's'} of ${accounts} account${accounts === 1 ? '' : 's'}`;
    }
    const accounts = config.rolesToAssume.length;
    const regions = config.regions.length <= 5 ? config.regions.join(', ') : `${config.regions.length} regions`;
    return `${regions}${accounts > 0 ? ` of ${accounts} account${accounts === 1 ? '' : 's'}` : ''}`;
}


/***/ }),

/***/ 1319:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sQ: () => (/* binding */ RunDeadline),
  NL: () => (/* binding */ RunStopped),
  E$: () => (/* binding */ Waiting),
  A: () => (/* binding */ boundedFetch),
  qQ: () => (/* binding */ callLimitsFor),
  XG: () => (/* binding */ exitCodeForSignal)
});

// UNUSED EXPORTS: MAX_CALLS_IN_FLIGHT

// EXTERNAL MODULE: ./src/core/base/errors.ts
var errors = __webpack_require__(2074);
// EXTERNAL MODULE: ./src/core/base/options.ts
var options = __webpack_require__(3363);
// EXTERNAL MODULE: ./src/core/base/concurrency.ts
var concurrency = __webpack_require__(9298);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
// EXTERNAL MODULE: ./src/core/wire/wire.ts
var wire = __webpack_require__(6232);
;// CONCATENATED MODULE: ./src/core/wire/http.ts



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
 * the whole body is read, redirects are followed, a network failure rejects with TypeError "fetch failed"
 * and the cause, an abort with the signal's reason.
 * Unlike fetch, it refuses what no answer of these APIs is (wire.ts): a body over
 * MAX_ANSWER_BYTES (the request is aborted as it passes), nesting too deep to
 * parse, a malformed HTTP answer; it never sends Authorization over plain http
 * to another machine, nor to another origin than `init.origin` (a redirect that would take
 * the credential elsewhere is refused, not followed). Each rejects as "fetch failed" with
 * a WireError cause.
 */
async function httpFetch(input, init = {}) {
    let url = new URL(input);
    let method = (init.method ?? 'GET').toUpperCase();
    let body = init.body;
    const headers = {};
    for (const [name, value] of Object.entries(init.headers ?? {}))
        headers[name.toLowerCase()] = value;
    const service = init.service ?? url.host;
    for (let redirects = 0;; redirects++) {
        if (headers.authorization && init.origin !== undefined && url.origin !== init.origin)
            throw new TypeError('fetch failed', { cause: (0,wire/* originRefused */.b1)(service, url, init.origin) });
        const peer = headers.authorization ? (0,wire/* clearTextPeer */.d2)(url.href) : undefined;
        if (peer) {
            throw new TypeError('fetch failed', {
                cause: new wire/* WireError */.cC(`the request to ${service} was not sent: plain http would carry the credential in clear text to ${peer}; use ${url.href.replace(/^http:/i, 'https:')}`, 'CLEAR_TEXT_REFUSED'),
            });
        }
        const response = await send(url, method, headers, body, init.signal ?? undefined, service, init.agent);
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
        // The credential never follows a redirect to another origin: refused, and named.
        if (headers.authorization && next.origin !== url.origin)
            throw new TypeError('fetch failed', {
                cause: (0,wire/* originRefused */.b1)(service, next, init.origin ?? url.origin),
            });
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
function send(url, method, headers, body, signal, service, agent) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(signal.reason);
        const outgoing = { ...headers };
        if (body !== undefined)
            outgoing['content-length'] = String(Buffer.byteLength(body));
        const request = (url.protocol === 'https:' ? external_node_https_.request : external_node_http_.request)(url, {
            method,
            headers: outgoing,
            ...(agent ? { agent } : {}),
        });
        const onAbort = () => {
            request.destroy();
            reject(signal.reason);
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        const done = () => signal?.removeEventListener('abort', onAbort);
        const fail = (cause) => {
            done();
            request.destroy();
            reject(new TypeError('fetch failed', { cause: (0,wire/* malformedAnswer */.eA)(service, cause) ?? cause }));
        };
        request.on('error', fail);
        request.on('response', (message) => {
            const chunks = [];
            const gauge = new wire/* NestingGauge */.GS(service);
            let size = 0;
            message.on('data', (chunk) => {
                size += chunk.length;
                const refused = size > wire/* MAX_ANSWER_BYTES */.gB ? (0,wire/* answerTooLarge */.AU)(service) : gauge.feed(chunk);
                if (refused)
                    return fail(refused);
                chunks.push(chunk);
            });
            message.on('error', fail);
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

// EXTERNAL MODULE: ./src/core/wire/network-errors.ts
var network_errors = __webpack_require__(9767);
;// CONCATENATED MODULE: ./src/core/wire/deadline.ts
// The run's deadline and its cancellation. One AbortSignal, shared through the run:
// when `timeout-seconds` passes or SIGTERM/SIGINT arrives, every call in flight is
// aborted, nothing new starts, and each strand of work says what it was waiting for.




/**
 * AWS calls in flight at once, across the whole run: twice the targets worked on at once
 * (targets.ts), as check reads two things of a target at once. It bounds the sockets, the
 * TLS handshakes and the memory of answers being parsed, however many accounts there are.
 */
const MAX_CALLS_IN_FLIGHT = 128;
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
function callLimitsFor(timeoutSeconds = options/* DEFAULT_TIMEOUT_SECONDS */.KU) {
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
    constructor(seconds = options/* DEFAULT_TIMEOUT_SECONDS */.KU) {
        this.seconds = seconds;
        this.timer = setTimeout(() => this.stop('timeout'), seconds * 1000);
        this.timer.unref(); // never what keeps the process alive
        this.limits = {
            signal: this.controller.signal,
            deadlineAt: Date.now() + seconds * 1000,
            ...callLimitsFor(seconds),
            gate: new concurrency/* Semaphore */.jf(MAX_CALLS_IN_FLIGHT),
        };
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
        return (0,concurrency/* untilAborted */.Eu)(work, this.signal).catch((error) => {
            // A call that failed because the run stopped failed for that reason.
            throw this.stopped ? new RunStopped(this.describeFor(waiting)) : error;
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
 * tells `limits.waiting` which call it makes. With a `credential`, it is the one layer that
 * attaches it (the origin rule, wire.ts): every request goes to the credential's origin or
 * is refused before it leaves, naming where it was pointed; a redirect elsewhere is refused.
 */
function boundedFetch(limits, service, credential) {
    return (input, init) => {
        const url = new URL(input);
        const method = init?.method ?? 'GET';
        if (limits.waiting)
            limits.waiting.what = `${service} ${method} ${url.pathname}`;
        if (credential && url.origin !== credential.origin)
            return Promise.reject(new TypeError('fetch failed', { cause: (0,wire/* originRefused */.b1)(service, url, credential.origin) }));
        const headers = {};
        for (const [name, value] of Object.entries(init?.headers ?? {}))
            if (name.toLowerCase() !== 'authorization')
                headers[name] = value;
        if (credential)
            headers.authorization = credential.authorization;
        const signals = [AbortSignal.timeout(limits.callTimeoutMs), init?.signal, limits.signal];
        return httpFetch(input, {
            ...init,
            headers,
            origin: credential?.origin,
            agent: url.protocol === 'https:' ? limits.agents?.httpsAgent : limits.agents?.httpAgent,
            service,
            signal: AbortSignal.any(signals.filter((s) => Boolean(s))),
        });
    };
}
/** The shell's convention: 128 + the signal's number (SIGINT 130, SIGTERM 143). */
function exitCodeForSignal(signal) {
    return signal === 'SIGINT' ? 130 : signal === 'SIGTERM' ? 143 : 1;
}


/***/ }),

/***/ 9767:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ku: () => (/* binding */ describeNetworkFailure),
/* harmony export */   Xo: () => (/* binding */ formatSeconds),
/* harmony export */   ge: () => (/* binding */ describeApiFailure),
/* harmony export */   rd: () => (/* binding */ networkFailure)
/* harmony export */ });
/* harmony import */ var _proxy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1245);
/* harmony import */ var _base_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8858);
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
        // A TLS message can quote the server's certificate (its names): sealed.
        ...(kind === 'tls' && e.message ? { detail: (0,_base_index_js__WEBPACK_IMPORTED_MODULE_0__/* .outside */ .qY)(e.message) } : {}),
        ...(kind === 'bad-answer' || kind === 'clear-text' || kind === 'other-origin'
            ? { detail: e.reason ?? e.message }
            : {}),
    });
    for (const e of errors) {
        const code = e.code ?? '';
        if (code === 'PROXY_REFUSED')
            return { ...found('proxy-refused', e, code), detail: e.message };
        // First: a refused answer's cause may be a parse error, which is not the news.
        if (e.name === 'WireError')
            return found(code === 'CLEAR_TEXT_REFUSED'
                ? 'clear-text'
                : code === 'ORIGIN_REFUSED'
                    ? 'other-origin'
                    : 'bad-answer', e, code);
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
    const text = describeOnTheWire(failure, call);
    // A proxy's refusal names the proxy itself.
    return failure.kind === 'stopped' || failure.kind === 'proxy-refused'
        ? text
        : `${text}${(0,_proxy_js__WEBPACK_IMPORTED_MODULE_1__/* .throughProxy */ .EU)(call.url)}`;
}
/** The failure of a call to an API at `apiUrl` (a provider's): its host is where it went. */
function describeApiFailure(failure, apiUrl, call) {
    return describeNetworkFailure(failure, { ...call, endpoint: new URL(apiUrl).host, url: apiUrl });
}
function describeOnTheWire(failure, call) {
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
            if (NOT_TLS.test(failure.code))
                return notTls(failure, call);
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
        case 'bad-answer':
            return `${what} failed: ${failure.detail ?? failure.code}${tries}. A proxy or a broken server may be answering; check ${check}.`;
        case 'clear-text':
            return `${what} was refused: ${failure.detail ?? failure.code}. Check ${check}.`;
        case 'other-origin':
            return `${what} was refused: ${failure.detail ?? failure.code}. Something answering at ${endpoint} (or in between) pointed the request elsewhere; check ${check}.`;
        case 'proxy-refused':
            return `${what} failed: ${failure.detail ?? failure.code}. ${proxyAdvice(failure.detail, check)}`;
    }
}
/** TLS errors that say the other end does not speak TLS at all: no certificate was judged. */
const NOT_TLS = /^(EPROTO|ERR_SSL_WRONG_VERSION_NUMBER|ERR_SSL_PACKET_LENGTH_TOO_LONG|ERR_SSL_HTTP_REQUEST|ERR_SSL_UNKNOWN_PROTOCOL|ERR_SSL_RECORD_LAYER_FAILURE|ERR_SSL_UNEXPECTED_EOF_WHILE_READING|ECONNRESET_TLS)$/;
/**
 * What came back was not TLS: through a proxy, the proxy accepted the tunnel (CONNECT 200)
 * and then sent something else, which is the proxy's doing, not a certificate's.
 */
function notTls(failure, call) {
    const { what, endpoint, check } = call;
    let proxy;
    try {
        proxy = call.url ? (0,_proxy_js__WEBPACK_IMPORTED_MODULE_1__/* .proxyFor */ .iJ)((0,_proxy_js__WEBPACK_IMPORTED_MODULE_1__/* .proxySettings */ .EM)(), new URL(call.url)) : undefined;
    }
    catch {
        proxy = undefined;
    }
    if (proxy)
        return `${what} failed: the proxy accepted the tunnel to ${endpoint} (CONNECT 200) but what came through it is not TLS (${failure.code}): the proxy is at fault, not a certificate.`;
    return `${what} failed: what answered at ${endpoint} does not speak TLS (${failure.code}), so no certificate was checked: check ${check} (https, and the port), and any proxy or firewall in between.`;
}
function formatSeconds(ms) {
    const s = ms / 1000;
    return `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
}
/** What to do about a proxy's refusal, by its status. */
function proxyAdvice(detail, check) {
    const status = /: (\d{3})\b/.exec(detail ?? '')?.[1];
    if (status === '407')
        return 'The proxy wants credentials it was not given or refused: put them in the proxy URL as its user and password (user:password, then @, then host:port).';
    if (status === '403')
        return "The proxy does not allow this host: ask the proxy's administrators to allow it, or name it in NO_PROXY if it is reachable directly.";
    return `The proxy could not reach the host: check ${check}, and the proxy.`;
}


/***/ }),

/***/ 2111:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runConfigured: () => (/* binding */ runConfigured)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/aws/credentials.ts
var credentials = __webpack_require__(2167);
// EXTERNAL MODULE: ./src/core/wire/deadline.ts + 1 modules
var wire_deadline = __webpack_require__(1319);
// EXTERNAL MODULE: ./src/core/base/outside.ts
var outside = __webpack_require__(8858);
// EXTERNAL MODULE: ./src/core/base/errors.ts
var errors = __webpack_require__(2074);
// EXTERNAL MODULE: ./src/core/base/source-maps.ts
var source_maps = __webpack_require__(242);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/core/report/report.ts
var report_report = __webpack_require__(4702);
// EXTERNAL MODULE: ./src/core/trust/secrets.ts + 1 modules
var trust_secrets = __webpack_require__(6812);
;// CONCATENATED MODULE: ./src/core/report/file.ts
// The report file for later steps, written as the run goes: each target's row once it is
// final, the rest once the run is over.






/** Rows redacted and written together: a few dozen, so a fleet's rows never wait in memory. */
const BATCH_CHARS = 32 * 1024;
/** What renderJson makes of an item of one of the report's lists (a row, an account): its lines indented two levels. */
function itemText(item) {
    return (0,outside/* forPlain */.qI)(JSON.stringify(item, null, 2).replace(/^/gm, '    '));
}
/**
 * A text in parts of whole lines, each at least BATCH_CHARS long but when the whole is
 * shorter, for the redaction: the report's own fields (a fleet's `accounts` are megabytes)
 * are read a part at a time, never as one text. (No part is short: a quote spans two at most.)
 */
function inLines(text) {
    const parts = [];
    for (let from = 0; from < text.length;) {
        const end = text.length - from < 2 * BATCH_CHARS ? -1 : text.indexOf('\n', from + BATCH_CHARS);
        const to = end < 0 ? text.length : end + 1;
        parts.push(text.slice(from, to));
        from = to;
    }
    return parts;
}
/** A file of our own beside the path: mode 0600, created exclusively and never through a link. */
function openOwn(dir, suffix) {
    // A short name of its own, so that any name the path may have also fits here.
    const path = (0,external_node_path_.join)(dir, `.report-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}${suffix}`);
    const fd = (0,external_node_fs_.openSync)(path, external_node_fs_.constants.O_RDWR |
        external_node_fs_.constants.O_CREAT |
        external_node_fs_.constants.O_EXCL |
        external_node_fs_.constants.O_NOFOLLOW |
        external_node_fs_.constants.O_NONBLOCK, 0o600);
    return { fd, path };
}
function writeAll(fd, text) {
    const bytes = Buffer.from(text);
    for (let at = 0; at < bytes.length;)
        at += (0,external_node_fs_.writeSync)(fd, bytes, at);
}
function removeQuietly(path) {
    if (!path)
        return;
    try {
        (0,external_node_fs_.unlinkSync)(path);
    }
    catch {
        // not there (already removed, or never created)
    }
}
/**
 * The JSON report for later steps, redacted like every other output, written as the run
 * goes so that a fleet's rows are never all rendered at once: each row, once final, is
 * rendered, redacted (a few dozen at a time, `Secrets.inParts`) and appended to a file of
 * its own beside the path (the rows file, removed from the folder as soon as it is open
 * where the system allows). When the run is over, the report is written to a new file
 * beside the path (its fields as renderJson orders them, the rows copied from the rows
 * file), which is then renamed over the path. The text is the one `redact(renderJson(report))`
 * makes. A reader sees the old report or the new one, never half of one, and a run killed
 * on the way leaves nothing at the path; a symlink at the path is replaced, not followed.
 */
class ReportFile {
    path;
    secrets;
    /**
     * Told where the rows written so far are, after each batch (and `fd` -1 once the rows file
     * is closed): the watchdog (run/watchdog.ts) copies them into its minimal report.
     */
    onRows;
    problem;
    dir;
    rows;
    /** Rows rendered, not yet redacted and written (the last of them kept back: the next says it needs a comma). */
    pending = [];
    pendingChars = 0;
    written = 0;
    bytes = 0;
    redaction;
    /** The first part written: read again with the head of the report, which goes before it. */
    first;
    /** The last part written: read again with the report's end, which goes after it. */
    last = '';
    /** The redaction's values when the first part was written: rows redacted before one was added are redacted again. */
    generation;
    constructor(path, secrets) {
        this.path = path;
        this.secrets = secrets;
        this.dir = (0,external_node_path_.dirname)((0,external_node_path_.resolve)(path));
        this.redaction = secrets.inParts();
    }
    /** A target's row, once final, in the report's order. */
    row(row) {
        if (this.problem !== undefined)
            return;
        try {
            this.rows ??= this.openRows();
            this.generation ??= this.secrets.generation;
            const text = itemText(this.secrets.redactAll(row));
            this.pending.push(text);
            this.pendingChars += text.length;
            if (this.pendingChars >= BATCH_CHARS)
                this.flush(false);
        }
        catch (error) {
            this.fail(error);
        }
    }
    /**
     * The report, whole, renamed over the path: its rows copied from the rows file when they
     * are the report's and nothing was added to the redaction since they were written, else
     * rendered again from the report, a few dozen at a time. Returns why it could not be
     * written, if it could not.
     */
    finish(report) {
        let temp;
        try {
            if (this.problem !== undefined)
                return this.problem;
            if (this.pending.length)
                this.flush(true);
            if (this.problem !== undefined)
                return this.problem;
            // Rows that are not the report's (a run stopped on a bug), or redacted before a value
            // was added (a password found in a project's source): the report's own, again.
            const copied = this.rows !== undefined &&
                this.written === report.regions.length &&
                this.generation === this.secrets.generation;
            if (!copied)
                this.closeRows();
            (0,external_node_fs_.mkdirSync)(this.dir, { recursive: true });
            temp = openOwn(this.dir, '.tmp');
            this.write(temp.fd, report, copied);
            (0,external_node_fs_.fsyncSync)(temp.fd);
            (0,external_node_fs_.closeSync)(temp.fd);
            temp.fd = -1;
            (0,external_node_fs_.renameSync)(temp.path, this.path);
            temp = undefined;
            return undefined;
        }
        catch (error) {
            this.fail(error);
            return this.problem;
        }
        finally {
            if (temp) {
                if (temp.fd >= 0)
                    (0,external_node_fs_.closeSync)(temp.fd);
                removeQuietly(temp.path);
            }
            this.closeRows();
        }
    }
    /** Whatever the run ended with: no rows file is left behind (a no-op once finished). */
    abandon() {
        this.closeRows();
    }
    /**
     * The report into `fd`, in the order renderJson gives its fields: its two long lists (the
     * rows, a fleet's accounts) a few dozen items at a time (the rows copied from the rows file
     * when `copied`), the rest in parts of whole lines, each part read with the one before it.
     * A text that quotes a secret across lines is hidden whole, as `redact` hides it.
     */
    write(fd, report, copied) {
        const lists = ['regions', 'accounts'].filter((key) => report[key]?.length);
        const frame = (0,report_report/* renderJson */.hF)({ ...report, ...Object.fromEntries(lists.map((key) => [key, []])) });
        const places = lists
            .map((key) => ({ key, at: frame.indexOf(`\n  "${key}": []`) }))
            .filter(({ at }) => at >= 0)
            .sort((x, y) => x.at - y.at);
        let redaction = this.secrets.inParts();
        let spoiled = false;
        const text = (part) => {
            for (const lines of inLines(part))
                writeAll(fd, redaction.part(lines));
        };
        let from = 0;
        let after = '';
        for (const { key, at } of places) {
            const open = `\n  "${key}": [`;
            text(`${after}${frame.slice(from, at + open.length)}\n`);
            if (key === 'regions' && copied) {
                // Redacted as they were written: read again only where they meet the rest.
                redaction.part(this.first);
                spoiled ||= redaction.spoiled || this.redaction.spoiled;
                this.copyRows(this.rows.fd, (rows) => writeAll(fd, rows));
                redaction = this.secrets.inParts();
                redaction.part(this.last);
            }
            else {
                const items = report[key];
                const rows = key === 'regions';
                let batch = [];
                let chars = 0;
                items.forEach((item, i) => {
                    const shown = itemText(rows ? this.secrets.redactAll(item) : item);
                    batch.push(shown);
                    chars += shown.length;
                    const end = i === items.length - 1;
                    if (chars < BATCH_CHARS && !end)
                        return;
                    writeAll(fd, redaction.part(`${batch.join(',\n')}${end ? '' : ','}\n`));
                    batch = [];
                    chars = 0;
                });
            }
            after = '  ]';
            from = at + open.length + 1;
        }
        text(`${after}${frame.slice(from)}\n`);
        if (spoiled || redaction.spoiled) {
            (0,external_node_fs_.ftruncateSync)(fd, 0);
            (0,external_node_fs_.writeSync)(fd, `${trust_secrets/* HIDDEN */.RG}\n`, 0);
        }
    }
    /** The rows file's text, in parts of whole lines. */
    copyRows(fd, each) {
        const buffer = Buffer.alloc(256 * 1024);
        let carry = Buffer.alloc(0);
        for (let position = 0; position < this.bytes;) {
            const n = (0,external_node_fs_.readSync)(fd, buffer, 0, buffer.length, position);
            if (n === 0)
                throw new Error('the rows file ended early');
            position += n;
            const chunk = Buffer.concat([carry, buffer.subarray(0, n)]);
            const end = position < this.bytes ? chunk.lastIndexOf(10) + 1 : chunk.length;
            if (end > 0)
                each(chunk.subarray(0, end).toString('utf8'));
            carry = Buffer.from(chunk.subarray(end));
        }
        if (carry.length)
            each(carry.toString('utf8'));
    }
    /** The rows waiting, redacted as one part and appended; the last kept back unless `all`. */
    flush(all) {
        const keep = all ? undefined : this.pending.pop();
        if (this.pending.length) {
            const text = `${this.pending.join(',\n')}${keep !== undefined ? ',' : ''}\n`;
            const shown = this.redaction.part(text);
            writeAll(this.rows.fd, shown);
            this.bytes += Buffer.byteLength(shown);
            this.first ??= shown;
            this.last = shown;
            this.written += this.pending.length;
            const { fd, dev, ino } = this.rows;
            this.onRows?.({ fd, dev, ino, bytes: this.bytes });
        }
        this.pending = keep !== undefined ? [keep] : [];
        this.pendingChars = keep?.length ?? 0;
    }
    openRows() {
        (0,external_node_fs_.mkdirSync)(this.dir, { recursive: true });
        const own = openOwn(this.dir, '.rows.tmp');
        const { dev, ino } = (0,external_node_fs_.fstatSync)(own.fd);
        const rows = { ...own, dev, ino };
        try {
            // Read and written through its descriptor only: out of the folder at once where the
            // system allows (not Windows), so that even a killed run leaves nothing behind.
            (0,external_node_fs_.unlinkSync)(rows.path);
            rows.path = undefined;
        }
        catch {
            // removed when the report is written
        }
        return rows;
    }
    closeRows() {
        if (!this.rows)
            return;
        this.onRows?.({ fd: -1, dev: 0, ino: 0, bytes: 0 });
        try {
            (0,external_node_fs_.closeSync)(this.rows.fd);
        }
        catch {
            // already closed
        }
        removeQuietly(this.rows.path);
        this.rows = undefined;
        this.bytes = 0;
        this.first = undefined;
        this.last = '';
        this.generation = undefined;
    }
    fail(error) {
        this.problem ??= `Could not write the report file ${this.path}: ${(0,errors/* errorMessage */.gJ)(error)}`;
        this.pending = [];
        this.closeRows();
    }
}
/** The report file of a run, when one is asked for: rows are written to it as the run goes. */
function openReportFile(path, secrets) {
    return path ? new ReportFile(path, secrets) : undefined;
}
/**
 * Writes the report file when one is asked for. A file that cannot be written fails the
 * run, after saying what the run did: its problem is returned, not thrown.
 */
function tryWriteReport(file, report, say) {
    if (!file)
        return undefined;
    const problem = file.finish(report);
    if (problem === undefined)
        say(`Report written to ${file.path}`);
    return problem;
}

;// CONCATENATED MODULE: ./src/core/report/fit.ts
/** A job summary, in bytes: GitHub shows up to 1 MiB (1,048,576) and drops a larger one. */
const SUMMARY_MAX_BYTES = 1_000_000;
/** One step output, in bytes: GitHub takes up to 1 MB. */
const OUTPUT_MAX_BYTES = 990_000;
/** An issue body, in characters: GitHub refuses more than 65,536. */
const ISSUE_BODY_MAX_CHARS = 65_536;
const bytes = (text) => Buffer.byteLength(text);
const chars = (text) => text.length;
/** Where the whole report is, for a note: the report file, or how to get one. */
function wholeReport(reportFile, show = (path) => path) {
    return reportFile
        ? `the whole report is in the report file ${show(reportFile)}`
        : 'set report-file to keep the whole report';
}
/**
 * Markdown cut to `max` (as `size` counts) at a line break, with `note(left, total)` as
 * its last paragraph. The Warnings and Errors at its end are kept when they take at
 * most a quarter of it; a `<details>` left open is closed, and a table ends before the note.
 */
function fitMarkdown(markdown, max, size, note) {
    if (size(markdown) <= max)
        return markdown;
    const lines = markdown.split('\n');
    const from = lines.findIndex((l) => /^\*\*(Warnings|Errors)\*\*$/.test(l));
    let tail = from === -1 ? [] : lines.slice(from);
    if (size(tail.join('\n')) > max / 4)
        tail = [];
    const body = lines.slice(0, lines.length - tail.length);
    // The room left for the head: the note as long as it can be, and the lines we may add.
    let room = max - size(note(lines.length, lines.length)) - size(tail.join('\n')) - 20;
    let kept = 0;
    for (; kept < body.length; kept++) {
        const s = size(body[kept]) + 1;
        if (s > room)
            break;
        room -= s;
    }
    const head = body.slice(0, kept);
    const open = head.filter((l) => l === '<details>').length;
    const closed = head.filter((l) => l === '</details>').length;
    return [
        ...head,
        ...(open > closed ? ['', '</details>'] : []),
        '',
        note(body.length - kept, lines.length),
        '',
        ...tail,
    ].join('\n');
}
/** Every list of a report that grows with the run, cut to its first `keep` entries. */
function cutLists(report, keep) {
    const cut = (list) => list?.slice(0, keep);
    return {
        ...report,
        ...(report.token && {
            token: {
                ...report.token,
                scopes: cut(report.token.scopes),
                repositories: cut(report.token.repositories),
            },
        }),
        regions: report.regions.slice(0, keep).map((r) => ({
            ...r,
            projects: cut(r.projects),
            credentials: r.credentials?.map((c) => ({ ...c, projects: c.projects.slice(0, keep) })),
        })),
        accounts: cut(report.accounts),
        findings: report.findings.slice(0, keep).map((f) => ({ ...f, projects: cut(f.projects) })),
        warnings: report.warnings.slice(0, keep),
        errors: report.errors.slice(0, keep),
    };
}
/** The longest list of a report, nested ones included: how many entries a cut may keep at most. */
function longestList(report) {
    const lengths = [
        report.regions.length,
        report.findings.length,
        report.warnings.length,
        report.errors.length,
        report.accounts?.length ?? 0,
        report.token?.scopes?.length ?? 0,
        report.token?.repositories?.length ?? 0,
        ...report.findings.map((f) => f.projects?.length ?? 0),
        ...report.regions.flatMap((r) => [
            r.projects?.length ?? 0,
            ...(r.credentials ?? []).map((c) => c.projects.length),
        ]),
    ];
    return Math.max(0, ...lengths);
}
/**
 * The report as JSON in at most `max` bytes: whole when it fits, else every list cut to
 * as many first entries as fit, and `shortened` saying what was left out and where the
 * whole report is. Still the report's schema, so `fromJSON` reads it as before.
 */
function fitReportJson(report, max, render, where) {
    const whole = render(report);
    if (bytes(whole) <= max)
        return { json: whole };
    const shortened = (keep) => {
        const kept = report.regions.slice(0, keep).length;
        const findings = report.findings.slice(0, keep).length;
        return `This report is cut to fit in ${max.toLocaleString('en-US')} bytes: it holds the first ${keep.toLocaleString('en-US')} entries of each list (${kept.toLocaleString('en-US')} of ${report.regions.length.toLocaleString('en-US')} regions, ${findings.toLocaleString('en-US')} of ${report.findings.length.toLocaleString('en-US')} findings); ${where}.`;
    };
    const attempt = (keep) => render({ ...cutLists(report, keep), shortened: shortened(keep) });
    // The most entries that fit, found by halving.
    let [lo, hi] = [0, longestList(report)];
    while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (bytes(attempt(mid)) <= max)
            lo = mid;
        else
            hi = mid - 1;
    }
    const json = attempt(lo);
    if (bytes(json) <= max)
        return { json, shortened: shortened(lo) };
    // Even with every list empty it does not fit (a huge token report): only what the run did.
    const { tool, version, mode, serverType, authType, dryRun, outcome, drift, generatedAt } = report;
    const note = `This report is cut to fit in ${max.toLocaleString('en-US')} bytes: only its outcome is kept; ${where}.`;
    return {
        json: render({
            tool,
            version,
            mode,
            serverType,
            authType,
            dryRun,
            outcome,
            drift,
            regions: [],
            findings: [],
            warnings: [],
            errors: [],
            generatedAt,
            shortened: note,
        }),
        shortened: note,
    };
}
/** Plain text cut to `max` bytes at a character boundary, ending with `…`. */
function fitPlain(text, max) {
    if (bytes(text) <= max)
        return text;
    const cut = Buffer.from(text)
        .subarray(0, max - 3)
        .toString('utf8');
    // A character cut in two decodes as U+FFFD: leave it out.
    return `${cut.replace(/\uFFFD$/, '')}…`;
}

// EXTERNAL MODULE: ./src/core/report/groups.ts
var groups = __webpack_require__(2160);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
// EXTERNAL MODULE: ./src/core/base/children.ts
var children = __webpack_require__(9754);
// EXTERNAL MODULE: ./src/core/base/version.ts + 1 modules
var version = __webpack_require__(5127);
;// CONCATENATED MODULE: ./src/core/run/watchdog.ts
// The deadline the process cannot outlive. The run's own deadline (wire/deadline.ts) is a
// timer on the main thread: a synchronous read that never returns (a file swapped for a
// named pipe after the checks, a library's blocking call) or a loop that never yields
// keeps it from firing, and SIGTERM's handler from running. The watchdog is a worker
// thread with a timer of its own: at the deadline plus WATCHDOG_GRACE_SECONDS it writes
// a minimal report (`"aborted": "deadline"`, the targets finished so far) when a report
// file was asked for, says so on stderr, and ends the whole process with exit code 1.
// A run that ends by itself never hears from it.




/** How long after the run's deadline the watchdog ends a process that is still there (documented in SECURITY.md). */
const WATCHDOG_GRACE_SECONDS = 5;
/**
 * How much lower the watchdog thread's priority is than the run's (Linux nice values, 19 at
 * most): its start, a Node environment of its own (about 0.1 s of CPU), gives way to the
 * run's main thread on a machine whose cores are busy. It still runs whenever the main
 * thread waits or is blocked, which is when it is needed; on a core shared with a busy
 * thread it gets about a tenth of it, far more than its timer and report take.
 */
const WATCHDOG_NICE = 10;
/** This process's threads (Linux: one folder each in /proc/self/task), none elsewhere. */
function threadIds() {
    try {
        return (0,external_node_fs_.readdirSync)('/proc/self/task');
    }
    catch {
        return [];
    }
}
/**
 * The worker's code, CommonJS, run from this string (nothing to ship beside the bundle).
 * It touches only node: built-ins and writes only to the report file and fd 1/2.
 */
const WORKER = String.raw `
const { workerData, parentPort } = require('node:worker_threads');
const fs = require('node:fs');
const { dirname, join, resolve } = require('node:path');
const plan = workerData;
let rows = { fd: -1, bytes: 0 };
parentPort.on('message', (at) => (rows = at));
const message = 'The run did not end within timeout-seconds (' + plan.timeoutSeconds +
  ' s) plus ' + plan.graceSeconds + ' s of grace: the process was ended by its watchdog' +
  ' (something held it, such as a read that never returned). ' +
  'Only the targets listed in the report were finished; check the others.';
/** The rows written so far, as [fd, bytes to copy] (their last comma left out), or none. */
function rowsToCopy() {
  try {
    if (rows.fd < 0 || rows.bytes <= 0) return undefined;
    const seen = fs.fstatSync(rows.fd);
    if (seen.dev !== rows.dev || seen.ino !== rows.ino || seen.size < rows.bytes) return undefined;
    const end = Buffer.alloc(2);
    fs.readSync(rows.fd, end, 0, 2, rows.bytes - 2);
    return [rows.fd, rows.bytes - (end.toString() === ',\n' ? 2 : 1)];
  } catch {
    return undefined;
  }
}
function writeReport(text) {
  const path = resolve(plan.reportFile);
  const dir = dirname(path);
  const temp = join(dir, '.report-watchdog-' + process.pid + '.tmp');
  const c = fs.constants;
  fs.mkdirSync(dir, { recursive: true });
  const fd = fs.openSync(temp, c.O_WRONLY | c.O_CREAT | c.O_TRUNC | c.O_NOFOLLOW | c.O_NONBLOCK, 0o600);
  const write = (bytes) => {
    for (let at = 0; at < bytes.length; ) at += fs.writeSync(fd, bytes, at);
  };
  try {
    // The rows, copied from the rows file a MB at a time: a fleet's never fill this thread.
    const copy = rowsToCopy();
    const key = '\n  "regions": []';
    const at = text.indexOf(key);
    if (!copy || at < 0) write(Buffer.from(text));
    else {
      write(Buffer.from(text.slice(0, at) + '\n  "regions": [\n'));
      const chunk = Buffer.alloc(1024 * 1024);
      for (let from = 0; from < copy[1]; ) {
        const n = fs.readSync(copy[0], chunk, 0, Math.min(chunk.length, copy[1] - from), from);
        if (n <= 0) throw new Error('the rows file ended early');
        write(chunk.subarray(0, n));
        from += n;
      }
      write(Buffer.from('\n  ]' + text.slice(at + key.length)));
    }
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(temp, path);
}
/** Ends the process, every thread, with exit code 1: WASI's proc_exit is exit(3) itself. */
function exitProcess() {
  // exit(3) waits for Node's thread pool, which a read that never returns holds for ever:
  // the exit guard (base/children.ts) ends the process with SIGKILL if exit has not.
  try {
    require('node:child_process')
      .spawn(process.execPath, ['-e', plan.guard, String(process.pid), String(plan.guardMs)], {
        stdio: 'ignore', detached: true, env: {},
      })
      .unref();
  } catch {}
  try {
    process.emitWarning = () => {};
    const { WASI } = require('node:wasi');
    const wasi = new WASI({ version: 'preview1', returnOnExit: false });
    const name = (s) => [s.length, ...Buffer.from(s)];
    const bytes = Uint8Array.from([
      0, 0x61, 0x73, 0x6d, 1, 0, 0, 0,
      1, 8, 2, 0x60, 1, 0x7f, 0, 0x60, 0, 0,
      2, 0x24, 1, ...name('wasi_snapshot_preview1'), ...name('proc_exit'), 0, 0,
      3, 2, 1, 1,
      5, 3, 1, 0, 1,
      7, 0x13, 2, ...name('memory'), 2, 0, ...name('_start'), 0, 1,
      10, 8, 1, 6, 0, 0x41, 1, 0x10, 0, 0x0b,
    ]);
    const module = new WebAssembly.Module(bytes);
    wasi.start(new WebAssembly.Instance(module, { wasi_snapshot_preview1: wasi.wasiImport }));
  } catch {}
  // Without WASI: still ended, by a signal.
  process.kill(process.pid, 'SIGKILL');
}
/** SIGTERM to every process below ours (a credential_process the SDK started), as on exit (base/children.ts). */
function endChildren() {
  const found = [];
  const walk = (parent, depth) => {
    if (depth > 8) return;
    let tasks = [];
    try { tasks = fs.readdirSync('/proc/' + parent + '/task'); } catch {}
    for (const task of tasks) {
      let children = '';
      try { children = fs.readFileSync('/proc/' + parent + '/task/' + task + '/children', 'utf8'); } catch {}
      for (const child of children.split(' ').filter(Boolean).map(Number)) {
        if (found.length >= 256 || found.includes(child)) return;
        found.push(child);
        walk(child, depth + 1);
      }
    }
  };
  walk(process.pid, 0);
  for (const pid of found) try { process.kill(pid, 'SIGTERM'); } catch {}
}
function fire() {
  const said = [];
  if (plan.reportFile) {
    const report = Object.assign({}, plan.head, {
      outcome: 'failure',
      aborted: 'deadline',
      stopped: 'timeout',
      regions: [],
      errors: [message],
      generatedAt: new Date().toISOString(),
    });
    try {
      writeReport(JSON.stringify(report, null, 2) + '\n');
    } catch (error) {
      said.push('The report file ' + plan.reportFile + ' could not be written: ' + (error && error.code || error));
    }
  }
  const text = [message, ...said].join(' ');
  try {
    if (plan.platform === 'action') fs.writeSync(1, '::error::' + text.replace(/[\r\n%]/g, ' ') + '\n');
    else fs.writeSync(2, '\u2716 ' + text + '\n');
  } catch {}
  endChildren();
  exitProcess();
}
setTimeout(fire, Math.max(0, plan.deadlineAt + plan.graceSeconds * 1000 - Date.now()));
`;
/**
 * Starts the watchdog of a run that has a valid configuration (a mistake never pays for
 * the thread). The worker boots on its own thread while the run goes on.
 */
function startWatchdog(plan) {
    const before = threadIds();
    const worker = new external_node_worker_threads_.Worker(WORKER, {
        eval: true,
        workerData: {
            ...plan,
            graceSeconds: WATCHDOG_GRACE_SECONDS,
            guard: children/* EXIT_GUARD */.pH,
            guardMs: children/* EXIT_GUARD_MS */.K8,
        },
        env: external_node_worker_threads_.SHARE_ENV,
        stdin: false,
        stdout: false,
        stderr: false,
        trackUnmanagedFds: false,
        resourceLimits: { maxOldGenerationSizeMb: 32, maxYoungGenerationSizeMb: 4 },
    });
    // The one thread `new Worker` started (it exists when the constructor returns) gives way.
    for (const id of threadIds())
        if (!before.includes(id))
            try {
                (0,external_node_os_.setPriority)(Number(id), Math.min(19, (0,external_node_os_.getPriority)() + WATCHDOG_NICE));
            }
            catch {
                // Not allowed here: it starts at the run's priority, as before.
            }
    // Never what keeps the process alive; an error in it must not end the run.
    worker.unref();
    worker.on('error', () => { });
    return {
        rows: (at) => worker.postMessage(at),
        stop: () => void worker.terminate().catch(() => { }),
    };
}
/** The minimal report's first fields, as the full report has them. */
function watchdogHead(fields) {
    return {
        tool: { name: 'codebuild-credential-sync', version: version/* VERSION */.xv },
        version: 2,
        mode: fields.mode,
        serverType: fields.serverType,
        authType: fields.authType,
        dryRun: fields.dryRun,
        ...(fields.context ? { context: fields.context } : {}),
    };
}

// EXTERNAL MODULE: ./src/core/config/shard.ts
var config_shard = __webpack_require__(7218);
// EXTERNAL MODULE: ./src/core/base/options.ts
var options = __webpack_require__(3363);
;// CONCATENATED MODULE: ./src/core/config/iam.ts
// The IAM actions each mode calls: the one source of the example policies
// (examples/iam-policy-*.json), the README's per-mode table (scripts/gen-iam.ts writes
// both; a test fails when either is stale) and the hint an AccessDenied carries.
// Each mode's policy also covers `aws-region: all`, so that every documented example
// runs with the policy the docs give for it.

const LIST = 'codebuild:ListSourceCredentials';
const IMPORT = 'codebuild:ImportSourceCredentials';
const DELETE = 'codebuild:DeleteSourceCredentials';
/** What reading a region's projects calls (inspect-projects). */
const PROJECT_ACTIONS = ['codebuild:ListProjects', 'codebuild:BatchGetProjects'];
/** What `aws-region: all` reads: where CodeBuild is offered, and which regions are enabled. */
const ALL_REGIONS_STATEMENTS = [
    {
        Sid: 'OnlyForAwsRegionAllWhereCodeBuildIsOffered',
        Effect: 'Allow',
        Action: ['ssm:GetParametersByPath'],
        Resource: 'arn:aws:ssm:*::parameter/aws/service/global-infrastructure/*',
    },
    {
        Sid: 'OnlyForAwsRegionAllEnabledRegions',
        Effect: 'Allow',
        Action: ['account:ListRegions'],
        Resource: '*',
    },
];
/** Every action `aws-region: all` adds, whatever the mode. */
const ALL_REGIONS_ACTIONS = ALL_REGIONS_STATEMENTS.flatMap((s) => s.Action);
/** What listing an organization (`accounts`) calls, from the management or delegated account. */
const ORGANIZATION_ACTIONS = (/* unused pure expression or super */ null && ([
    'organizations:ListAccounts',
    'organizations:ListChildren',
    'organizations:ListAccountsForParent',
    'organizations:DescribeOrganization',
]));
/** The member role the organization example assumes (examples/cloudformation creates it). */
const MEMBER_ROLE_NAME = 'codebuild-credential-sync';
const MODE_POLICIES = [
    {
        mode: 'sync',
        file: 'iam-policy-sync.json',
        sid: 'SyncImportsAndConfirms',
        actions: [IMPORT, LIST],
        dryRunActions: [LIST],
        inspects: true,
    },
    {
        mode: 'check',
        file: 'iam-policy-check.json',
        sid: 'CheckReadsCredentials',
        actions: [LIST],
        inspects: true,
    },
    {
        mode: 'delete',
        file: 'iam-policy-delete.json',
        sid: 'DeleteFindsAndDeletes',
        actions: [LIST, DELETE],
        inspects: false,
    },
    {
        mode: 'inventory',
        file: 'iam-policy-inventory.json',
        sid: 'InventoryReadsCredentials',
        actions: [LIST],
        inspects: true,
    },
];
/** Whether a mode reads projects when inspect-projects is left out (the options table says). */
function inspectsByDefault(mode) {
    const option = options/* OPTIONS */.lw.find((o) => o.key === 'inspectProjects');
    return (option.modeDefault?.[mode] ?? option.default) === 'true';
}
function policyOf(mode) {
    return MODE_POLICIES.find((p) => p.mode === mode);
}
/** Every IAM action a run of `mode` calls on CodeBuild. */
function actionsFor(mode, { inspectProjects = inspectsByDefault(mode), dryRun = false } = {}) {
    const policy = policyOf(mode);
    const credentials = dryRun && policy.dryRunActions ? policy.dryRunActions : policy.actions;
    return [...credentials, ...(inspectProjects && policy.inspects ? PROJECT_ACTIONS : [])];
}
/** Source credentials and projects are account-wide per region: the actions take Resource "*". */
const statement = (Sid, Action) => ({ Sid, Effect: 'Allow', Action, Resource: '*' });
/** The example policy of one mode: what it calls with its default options, and with `aws-region: all`. */
function policyDocument(mode) {
    const policy = policyOf(mode);
    return {
        Version: '2012-10-17',
        Statement: [
            statement(policy.sid, policy.actions),
            ...(inspectsByDefault(mode)
                ? [statement(`${policy.sid.replace(/Reads.*$/, '')}ReadsProjects`, PROJECT_ACTIONS)]
                : []),
            ...ALL_REGIONS_STATEMENTS,
        ],
    };
}
/**
 * examples/iam-policy-organization.json: the caller's policy for `accounts` (it lists the
 * organization, reads the regions for `all` and assumes the member role, which holds the
 * mode's own policy).
 */
function organizationDocument() {
    return {
        Version: '2012-10-17',
        Statement: [
            statement('ListTheOrganizationForAccounts', ORGANIZATION_ACTIONS),
            ...ALL_REGIONS_STATEMENTS,
            {
                Sid: 'AssumeTheMemberRole',
                Effect: 'Allow',
                Action: ['sts:AssumeRole'],
                Resource: `arn:aws:iam::*:role/${MEMBER_ROLE_NAME}`,
            },
        ],
    };
}
/** examples/iam-policy.json: every mode at once, one statement per purpose. */
function allModesDocument() {
    return {
        Version: '2012-10-17',
        Statement: [
            statement('SyncAndCheck', [IMPORT, LIST]),
            statement('ProjectsForCheckAndInventory', PROJECT_ACTIONS),
            statement('OnlyForModeDelete', [DELETE]),
            ...ALL_REGIONS_STATEMENTS,
        ],
    };
}
/**
 * Where to find what is missing, for an AccessDenied in a run of `mode`: the mode's
 * example policy when it holds the action, else the README's table (sync with
 * inspect-projects needs the project reads too).
 */
function iamHint(mode, action) {
    const policy = policyOf(mode);
    const inFile = policyDocument(mode).Statement.some((s) => s.Action.includes(action));
    return inFile
        ? `examples/${policy.file} has every action ${mode} calls`
        : `the README's "Least-privilege IAM policy, per mode" lists what ${mode} calls with these options`;
}
/**
 * The README's table: each mode, with and without project inspection, then what an option
 * adds whatever the mode (`aws-region: all`, `accounts`, `role-to-assume`, the auth types
 * whose token is an ARN).
 */
function iamTable() {
    const code = (a) => `\`${a}\``;
    const list = (actions) => actions.map(code).join(', ');
    const rows = [];
    for (const policy of MODE_POLICIES) {
        const byDefault = inspectsByDefault(policy.mode);
        const variants = [
            { label: `\`${policy.mode}\``, dryRun: false },
            ...(policy.dryRunActions
                ? [{ label: `\`${policy.mode}\` with \`dry-run\``, dryRun: true }]
                : []),
        ];
        for (const variant of variants) {
            for (const inspect of policy.inspects ? [byDefault, !byDefault] : [false]) {
                rows.push([
                    variant.label,
                    policy.inspects
                        ? `${inspect ? 'yes' : 'no'}${inspect === byDefault ? ' (default)' : ''}`
                        : 'never',
                    list(actionsFor(policy.mode, { inspectProjects: inspect, dryRun: variant.dryRun })),
                    inspect === byDefault && !variant.dryRun
                        ? `[${policy.file}](examples/${policy.file})`
                        : inspect
                            ? `[${policy.file}](examples/${policy.file}) plus ${list(PROJECT_ACTIONS)}`
                            : `[${policy.file}](examples/${policy.file}) (${variant.dryRun ? 'more than needed' : 'without the projects statement'})`,
                ]);
            }
        }
    }
    const CONNECTION = '`codestar-connections:GetConnection` (or `codeconnections:GetConnection`)';
    rows.push([
        'any mode, `aws-region: all`',
        '',
        `${list(ALL_REGIONS_ACTIONS)} (public parameters, enabled regions)`,
        'in every policy above (the `OnlyForAwsRegionAll` statements)',
    ], [
        'any mode, `accounts: organization` (or `ou:…`, IDs)',
        '',
        `the caller: ${list(ORGANIZATION_ACTIONS)}, \`sts:AssumeRole\` on \`role-name\`; each member role: the mode's row`,
        '[iam-policy-organization.json](examples/iam-policy-organization.json), member role: [member-role-stackset.yml](examples/cloudformation/member-role-stackset.yml)',
    ], [
        'any mode, `role-to-assume`',
        '',
        "`sts:AssumeRole` on each role (whose trust policy allows the caller); each role: the mode's row",
        "the mode's policy on each role",
    ], [
        'auth type `CODECONNECTIONS` (not `delete`), or a project that uses a connection',
        '',
        `${CONNECTION} on the connection`,
        'add it',
    ], [
        'auth type `SECRETS_MANAGER` (not `delete`)',
        '',
        '`secretsmanager:DescribeSecret`, `secretsmanager:GetSecretValue` on the secret',
        'add it',
    ]);
    const header = ['Mode or option', 'Projects inspected', 'IAM actions it calls', 'Example policy'];
    return [header, header.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

// EXTERNAL MODULE: ./src/core/config/regions.ts + 1 modules
var regions = __webpack_require__(5190);
// EXTERNAL MODULE: ./src/core/base/file-kind.ts
var file_kind = __webpack_require__(6514);
;// CONCATENATED MODULE: ./src/core/base/report-model.ts
/** Every kind of drift `check` reports (the README's drift table lists each; a test checks). */
const DRIFT_KINDS = [
    'token-rejected',
    'token-expired',
    'scope-missing',
    'credential-missing',
    'auth-type-mismatch',
    'resource-mismatch',
    'connection-not-available',
    'token-expiring',
    'webhook-missing',
    'webhook-inactive',
    'repository-unreachable',
    /** An account of the run whose role could not be assumed (no role, its trust policy, an SCP). */
    'account-unreachable',
    /** A region an account has enabled whose calls were refused (an SCP, the role's policy). */
    'region-unreachable',
];

;// CONCATENATED MODULE: ./src/core/run/modes/shard-shape.ts
// The shape of a shard's report, checked where a merge reads it. The report is a file
// another job wrote: anyone who can change it controls every value in it, and the
// renderers take each field for what the report model says it is (a string, a list of
// objects). One table of the fields a merge carries into its own report; a value of
// another type, a list item that is not an object, or a missing field the renderers need
// refuses the file, naming the field, never its value.

const STATUS3 = ['granted', 'missing', 'unknown'];
const SCOPE = { scope: 'string', status: STATUS3, 'via?': 'string', 'optional?': 'boolean' };
const PERMISSION = {
    permission: 'string',
    status: STATUS3,
    evidence: 'string',
    'optional?': 'boolean',
};
const TOKEN = {
    kind: 'string',
    description: 'string',
    accepted: 'boolean',
    'identity?': 'string',
    'scopes?': 'strings',
    'required?': [SCOPE],
    'repositories?': [{ repository: 'string', reachable: 'boolean', 'checks?': [PERMISSION] }],
    'expiresAt?': 'string',
    'problem?': 'string',
};
const PROJECT = {
    name: 'string',
    repository: 'string',
    serverType: 'string',
    credential: ['account', 'project'],
    'authType?': 'string',
    'resource?': 'string',
    webhook: ['ok', 'missing', 'inactive', 'none', 'unknown'],
    'webhookDetail?': 'string',
};
const REGION = {
    region: 'string',
    'account?': 'string',
    action: [
        'imported',
        'would-import',
        'kept-existing',
        'checked',
        'deleted',
        'would-delete',
        'nothing-to-delete',
        'not-attempted',
        'inventoried',
        'failed',
    ],
    status: ['ok', 'drift', 'error'],
    'arn?': 'string',
    'authType?': 'string',
    detail: 'string',
    'projects?': [PROJECT],
    'credentials?': [
        {
            serverType: 'string',
            authType: 'string',
            arn: 'string',
            'resource?': 'string',
            'projects?': 'strings',
        },
    ],
};
const FINDING = {
    kind: DRIFT_KINDS,
    'region?': 'string',
    'account?': 'string',
    message: 'string',
    'projects?': 'strings',
    'repository?': 'string',
};
const ACCOUNT = {
    id: 'string',
    'name?': 'string',
    'state?': 'string',
    'source?': 'string',
    status: ['worked', 'skipped', 'excluded', 'unreachable'],
    'detail?': 'string',
    'regions?': 'strings',
    'regionsDone?': 'strings',
    'regionsUnreachable?': 'strings',
};
/** What a merge carries from a shard's report into its own. */
const SHARD = {
    outcome: ['success', 'drift', 'failure'],
    'drift?': 'boolean',
    'stopped?': ['timeout', 'SIGTERM', 'SIGINT'],
    'token?': TOKEN,
    regions: [REGION],
    'accounts?': [ACCOUNT],
    'organization?': { id: 'string', 'managementAccount?': 'string' },
    findings: [FINDING],
    warnings: 'strings',
    errors: 'strings',
};
const kind = (value) => value === null
    ? 'null'
    : Array.isArray(value)
        ? 'a list'
        : typeof value === 'object'
            ? 'an object'
            : `a ${typeof value}`;
function fieldProblem(value, field, at) {
    if (field === 'string' || field === 'boolean')
        return typeof value === field ? undefined : `${at} is ${kind(value)}, not a ${field}`;
    if (field === 'strings') {
        if (!Array.isArray(value))
            return `${at} is ${kind(value)}, not a list of strings`;
        const i = value.findIndex((v) => typeof v !== 'string');
        return i < 0 ? undefined : `${at}[${i}] is ${kind(value[i])}, not a string`;
    }
    if (Array.isArray(field) && typeof field[0] === 'string')
        return typeof value === 'string' && field.includes(value)
            ? undefined
            : `${at} is not one of ${field.join(', ')}`;
    if (Array.isArray(field)) {
        if (!Array.isArray(value))
            return `${at} is ${kind(value)}, not a list`;
        for (let i = 0; i < value.length; i++) {
            const problem = shapeProblem(value[i], field[0], `${at}[${i}]`);
            if (problem)
                return problem;
        }
        return undefined;
    }
    return shapeProblem(value, field, at);
}
function shapeProblem(value, shape, at) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return `${at} is ${kind(value)}, not an object`;
    const fields = value;
    for (const [spec, field] of Object.entries(shape)) {
        const optional = spec.endsWith('?');
        const name = optional ? spec.slice(0, -1) : spec;
        const path = at ? `${at}.${name}` : name;
        if (fields[name] === undefined) {
            if (optional)
                continue;
            return `${path} is missing`;
        }
        const problem = fieldProblem(fields[name], field, path);
        if (problem)
            return problem;
    }
    return undefined;
}
/** What is wrong with a shard's report, by the first field that is (never its value), or undefined. */
function shardShapeProblem(report) {
    return shapeProblem(report, SHARD, '');
}

;// CONCATENATED MODULE: ./src/core/run/modes/merge.ts
// `merge`: the report files of a run split by `shard` become one report, as if one run had
// done the whole: one summary, one exit code, one drift issue. It reads files only (no AWS,
// no provider, no token), and refuses what would make a wrong whole: reports of another run
// or configuration, a shard given twice, a shard missing.






/** A report file larger than this is not one of ours (5,000 accounts × 17 regions is far less). */
const MAX_REPORT_BYTES = 256 * 1024 * 1024;
/**
 * What the shards of one run share: the configuration without the shard's index (hashed; no
 * secret goes in) and the CI run, when the entry point knows it.
 */
function runIdentity(config, context) {
    const settings = {
        mode: config.mode,
        serverTypes: config.serverTypes,
        authType: config.authType,
        username: config.username ?? null,
        regions: [...config.regions].sort(),
        allRegions: config.allRegions,
        partition: config.partition,
        accounts: config.accounts ?? null,
        roleName: config.roleName ?? null,
        excludeAccounts: [...config.excludeAccounts].sort(),
        shards: config.shard?.count ?? 1,
        shouldOverwrite: config.shouldOverwrite,
        dryRun: config.dryRun,
        failOnDrift: config.failOnDrift,
        expiryWarningDays: config.expiryWarningDays,
        failOnExpiryWithinDays: config.failOnExpiryWithinDays ?? null,
        inspectProjects: config.inspectProjects,
        repositories: [...config.repositories].sort(),
        requireVerifiedScopes: config.requireVerifiedScopes,
        githubApiUrl: config.githubApiUrl,
        bitbucketApiUrl: config.bitbucketApiUrl,
    };
    const hash = (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(settings)).digest('hex').slice(0, 16);
    const id = context?.runId ?? context?.build;
    return { config: hash, ...(id ? { id } : {}) };
}
/** Combines the shards' reports into `base` (the merge run's own fields: tool, context, time). */
async function merge(config, deps, base) {
    const label = config.names.reports;
    const paths = reportPaths(config.reports, label);
    deps.logger.info(`Merging ${paths.length} report${paths.length === 1 ? '' : 's'}: ${paths.join(', ')}`);
    const shards = paths.map(readShardReport);
    const problems = mismatches(shards);
    if (problems.length)
        throw new errors/* UserError */.yo(`The merge is refused: ${problems.join(' ')}`);
    shards.sort((a, b) => a.shard.index - b.shard.index);
    const first = shards[0].report;
    const count = shards.length;
    const report = {
        ...base,
        mode: first.mode,
        serverType: first.serverType,
        authType: first.authType,
        ...(first.serverTypes ? { serverTypes: first.serverTypes } : {}),
        dryRun: first.dryRun,
        // The same token, checked by each shard: the first one's view of it.
        ...(shards.find((s) => s.report.token)
            ? { token: shards.find((s) => s.report.token).report.token }
            : {}),
        regions: shards.flatMap((s) => s.report.regions),
        accounts: shards.flatMap((s) => s.report.accounts ?? []),
        ...(shards.find((s) => s.report.organization)
            ? { organization: shards.find((s) => s.report.organization).report.organization }
            : {}),
        findings: shards.flatMap((s) => s.report.findings),
        warnings: [...new Set([...base.warnings, ...shards.flatMap((s) => s.report.warnings)])],
        errors: shards.flatMap((s) => [
            ...s.report.errors.map((e) => `Shard ${(0,config_shard/* shardText */.eG)(s.shard)}: ${e}`),
            ...(s.report.stopped
                ? [`Shard ${(0,config_shard/* shardText */.eG)(s.shard)} stopped before it finished (${s.report.stopped}).`]
                : []),
        ]),
        run: first.run,
        merged: count,
    };
    report.drift = report.findings.length > 0;
    const failed = report.errors.length > 0 ||
        shards.some((s) => s.report.outcome === 'failure') ||
        report.regions.some((r) => r.status === 'error');
    report.outcome = failed ? 'failure' : report.drift ? 'drift' : 'success';
    deps.logger.info(`Merged ${count} shard${count === 1 ? '' : 's'}: ${report.accounts?.length ?? 0} accounts, ${report.regions.length} regions, ${report.findings.length} finding${report.findings.length === 1 ? '' : 's'}.`);
    return report;
}
/** Each path as given, each glob's matches (sorted); every file once. */
function reportPaths(items, label) {
    const found = [];
    const problems = [];
    for (const item of items) {
        if (/[*?[{]/.test(item)) {
            // fs.globSync is Node 22's; read from the namespace so that older Node can load this file.
            const matches = external_node_fs_.globSync(item)
                .filter((p) => {
                try {
                    return (0,external_node_fs_.statSync)(p).isFile();
                }
                catch {
                    return false;
                }
            })
                .sort();
            if (matches.length === 0)
                problems.push(`${label} has "${item}", which matches no file.`);
            found.push(...matches);
        }
        else
            found.push(item);
    }
    if (problems.length)
        throw new errors/* UserError */.yo(problems.join(' '));
    const seen = new Set();
    return found.filter((p) => {
        let real = p;
        try {
            real = (0,external_node_fs_.realpathSync)(p);
        }
        catch {
            // read below, which says why not
        }
        if (seen.has(real))
            return false;
        seen.add(real);
        return true;
    });
}
function readShardReport(path) {
    let report;
    try {
        // Regular files only, at most a report's size, however the file presents itself.
        report = JSON.parse((0,file_kind/* readWholeFile */.M4)(path, MAX_REPORT_BYTES));
    }
    catch (error) {
        throw new errors/* UserError */.yo(`Could not read the report ${path}: ${(0,errors/* errorMessage */.gJ)(error)}.`);
    }
    const not = (why) => new errors/* UserError */.yo(`${path} is not the report of a shard: ${why}. Give the files shards wrote with report-file.`);
    if (typeof report !== 'object' ||
        report === null ||
        report.tool?.name !== 'codebuild-credential-sync')
        throw not('it is not a codebuild-credential-sync report');
    if (report.version !== 2)
        throw not(`its version is ${String(report.version)}, not 2`);
    if (typeof report.shard !== 'string' || typeof report.run?.config !== 'string')
        throw not('the run that wrote it had no shard');
    const shard = (0,config_shard/* parseShard */.uK)(report.shard);
    if (typeof shard === 'string')
        throw not(`its shard ${shard}`);
    for (const key of ['regions', 'findings', 'warnings', 'errors'])
        if (!Array.isArray(report[key]))
            throw not(`it has no ${key} list`);
    // Every field a merge carries into its own report is of the type the renderers take.
    const shape = shardShapeProblem(report);
    if (shape)
        throw not(shape);
    return { path, shard, report };
}
/** What stops the reports from being one run's whole: each problem, naming the files. */
function mismatches(shards) {
    const problems = [];
    const first = shards[0];
    const n = first.shard.count;
    for (const s of shards.slice(1)) {
        if (s.shard.count !== n)
            problems.push(`${s.path} is shard ${(0,config_shard/* shardText */.eG)(s.shard)} but ${first.path} is ${(0,config_shard/* shardText */.eG)(first.shard)}: shards of one run have one n.`);
        else if (s.report.run?.config !== first.report.run?.config)
            problems.push(`${s.path} comes from another configuration than ${first.path} (their options differ, not only in shard): merge the reports of one run.`);
        else if (s.report.run?.id !== first.report.run?.id)
            problems.push(`${s.path} comes from another CI run (${s.report.run?.id ?? 'none named'}) than ${first.path} (${first.report.run?.id ?? 'none named'}): merge the reports of one run.`);
    }
    if (problems.length)
        return problems;
    const byIndex = new Map();
    for (const s of shards) {
        const other = byIndex.get(s.shard.index);
        if (other)
            problems.push(`Shard ${(0,config_shard/* shardText */.eG)(s.shard)} is in both ${other} and ${s.path}.`);
        else
            byIndex.set(s.shard.index, s.path);
    }
    const missing = Array.from({ length: n }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
    if (missing.length)
        problems.push(`${missing.length === 1 ? 'Shard' : 'Shards'} ${missing.map((i) => `${i}/${n}`).join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing: the reports given hold ${byIndex.size} of the ${n} shards.`);
    return problems;
}

;// CONCATENATED MODULE: ./src/core/aws/sdk-warnings.ts
/**
 * The AWS SDK writes some warnings straight to console.warn, in its own words and
 * format ("@aws-sdk - WARN - ..."), around our output. While a run lasts, they go
 * through the run's logger instead: each once, said as what to do. Returns the undo.
 */
function routeSdkWarnings(logger) {
    const original = console.warn;
    const said = new Set();
    const routed = (...args) => {
        const text = args.map(String).join(' ');
        if (!/@aws-sdk|@smithy/.test(text)) {
            original.apply(console, args);
            return;
        }
        const words = inOurWords(text);
        if (said.has(words))
            return;
        said.add(words);
        logger.warn(words);
    };
    console.warn = routed;
    return () => {
        if (console.warn === routed)
            console.warn = original;
    };
}
function inOurWords(text) {
    const sts = /default STS region of (\S+) used/.exec(text);
    if (sts)
        return `The AWS SDK had no region for STS and used ${sts[1]}. Name the run's regions (they set it), or set AWS_REGION.`;
    if (/Multiple credential sources detected/.test(text))
        return 'Both AWS_PROFILE and the access keys AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are set; the AWS SDK uses the profile. Set only one.';
    const first = text
        .split('\n')
        .map((line) => line.trim())
        .find(Boolean)
        .replace(/^@aws-sdk\S*\s*(-\s*WARN\s*-\s*)?/, '')
        .replace(/^[\s:-]+/, '');
    return `The AWS SDK warned: ${first}`;
}

// EXTERNAL MODULE: ./src/core/aws/accounts.ts
var aws_accounts = __webpack_require__(2525);
// EXTERNAL MODULE: ./src/core/aws/codebuild.ts + 1 modules
var codebuild = __webpack_require__(8413);
// EXTERNAL MODULE: external "node:diagnostics_channel"
var external_node_diagnostics_channel_ = __webpack_require__(3053);
// EXTERNAL MODULE: ./src/core/wire/wire.ts
var wire = __webpack_require__(6232);
;// CONCATENATED MODULE: ./src/core/wire/answer-cap.ts
// No answer read by any node:http client of the process can fill memory, whoever asked for
// it: ours (http.ts) and the AWS SDK's through our handler (aws/http.ts) have their own cap,
// which names the service first; the SDK's own credential fetches (a container's
// credentials endpoint, AWS_CONTAINER_CREDENTIALS_FULL_URI or _RELATIVE_URI, and the
// instance metadata service) take no handler of ours and read whatever is sent, whole.
// One subscriber to Node's `http.client.request.start` channel holds every answer to
// MAX_ANY_ANSWER_BYTES of body, then destroys the request.


/** The most any answer may hold: above the callers' own cap, so theirs fires first. */
const MAX_ANY_ANSWER_BYTES = 2 * wire/* MAX_ANSWER_BYTES */.gB;
let installed = false;
/** Holds every node:http answer of the process to MAX_ANY_ANSWER_BYTES (once; later calls do nothing). */
function capEveryAnswer() {
    if (installed)
        return;
    installed = true;
    (0,external_node_diagnostics_channel_.subscribe)('http.client.request.start', (message) => {
        const { request } = message;
        request.once('response', (response) => cap(request, response));
    });
}
/** Counts the body as the parser hands it over (before any reader sees it: the stream's flow is not touched). */
function cap(request, response) {
    let size = 0;
    const push = response.push.bind(response);
    response.push = (chunk, encoding) => {
        if (chunk !== null && chunk !== undefined) {
            size += chunk.length;
            if (size > MAX_ANY_ANSWER_BYTES) {
                const error = new wire/* WireError */.cC(`${request.host} answered with more than ${MAX_ANY_ANSWER_BYTES / 1024 / 1024} MiB, so the answer was abandoned`, 'ANSWER_TOO_LARGE');
                response.destroy(error);
                request.destroy(error);
                return false;
            }
        }
        return push(chunk, encoding);
    };
}

// EXTERNAL MODULE: ./src/core/wire/proxy.ts
var wire_proxy = __webpack_require__(1245);
;// CONCATENATED MODULE: ./src/core/wire/index.ts
// The wire/ folder's face: what other folders may import from it (scripts/imports.ts).
// Modules loaded only when a run needs them are reached through a load…() function, so that
// importing this index does not load them.








const loadProxyAgents = () => Promise.all(/* import() */[__webpack_require__.e(40), __webpack_require__.e(760)]).then(__webpack_require__.bind(__webpack_require__, 3760));

// EXTERNAL MODULE: ./src/core/base/concurrency.ts
var concurrency = __webpack_require__(9298);
// EXTERNAL MODULE: ./src/core/run/targets.ts + 3 modules
var targets = __webpack_require__(3718);
;// CONCATENATED MODULE: ./src/core/run/modes/sync.ts
// sync: the credential proven good, then imported into every target and confirmed by a read.




async function sync(ctx) {
    const { config, report, deps } = ctx;
    const { verdict, problem, credential } = await (0,targets/* validated */.Pf)(ctx);
    if (verdict !== 'good') {
        // Nothing lost: a credential that is not proven good is never written.
        report.errors.push(`${problem} Nothing was imported.`);
        // A token the provider took but this run refuses (a ghs_ that expires within the hour):
        // the report's token line says so, not "accepted".
        if (report.token?.accepted && !report.token.problem)
            report.token.problem = problem;
        report.regions = (await (0,targets/* allTargets */.eN)(ctx)).map((t) => ({
            region: t.region,
            ...(t.account.id ? { account: t.account.id } : {}),
            action: 'not-attempted',
            status: 'error',
            detail: notProven(verdict, report.token),
        }));
        return;
    }
    if (ctx.targets.length || ctx.stream)
        deps.logger.info(`${config.dryRun ? 'Planning' : 'Importing'} in ${(0,targets/* describeTargets */.Eg)(ctx)}...`);
    const inspection = await (0,targets/* projectInspector */.Nb)(ctx, credential, 'not checked: the credential is a connection, whose token this run cannot use');
    await (0,targets/* perTarget */.Ve)(ctx, async (client, target) => {
        const misplaced = misplacedSecret(config, target);
        if (misplaced)
            return { action: 'not-attempted', status: 'error', detail: misplaced };
        const row = await (config.dryRun ? planImport(config, client) : importInto(config, client));
        if (!inspection || row.status === 'error')
            return row;
        const inspected = await (0,targets/* inspectOrWarn */.CD)(ctx, inspection, client, target);
        return inspection.module.withProjects(row, inspected, config.serverType);
    });
}
/** Why a region was not attempted, in a few words: what is wrong with the credential. */
function notProven(verdict, token) {
    const missing = (0,report_report/* missingScopes */["if"])(token);
    switch (verdict) {
        case 'under-scoped':
            return `the token lacks ${missing.join(', ')}`;
        case 'rejected':
            return 'the credential was rejected';
        case 'expired':
            return 'the token has expired';
        case 'expiring':
            return 'the token expires too soon';
        case 'unverified':
            return 'the token could not be verified';
        default:
            return 'the credential could not be validated';
    }
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
    const drift = (0,targets/* credentialDrift */.Zr)(config, held);
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
        // The row already says "imported" and the ARN: the detail is what a reader cannot see there.
        detail: `as ${held.authType}${held.resource ? ` using ${(0,outside/* outside */.qY)(held.resource)}` : ''}, read back`,
    };
}

;// CONCATENATED MODULE: ./src/core/run/modes/check.ts


async function check(ctx) {
    const { config, report } = ctx;
    const { verdict, problem, credential } = await (0,targets/* validated */.Pf)(ctx);
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
    // No targets: the accounts or regions could not be found, which the report says.
    if (ctx.targets.length || ctx.stream)
        ctx.deps.logger.info(`Reading the credentials CodeBuild holds in ${(0,targets/* describeTargets */.Eg)(ctx)}...`);
    const inspection = await (0,targets/* projectInspector */.Nb)(ctx, credential, config.authType === 'CODECONNECTIONS'
        ? 'not checked: the credential is a connection, whose token this run cannot use'
        : 'not checked: the provider did not accept the token');
    await (0,targets/* perTarget */.Ve)(ctx, async (client, target) => {
        // Two reads of the same target, at once: the projects do not depend on the credential.
        const projects = inspection && (0,targets/* readProjects */.VH)(inspection, client, target);
        projects?.catch(() => undefined); // awaited below, where a failure surfaces
        const listed = await client.list(config.serverType).catch(async (error) => {
            await projects?.catch(() => undefined); // the target ends with its last call
            throw error;
        });
        const held = listed[0];
        const finding = (0,targets/* credentialDrift */.Zr)(config, held, target);
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
                detail: `holds a ${held.authType} credential${held.resource ? ` using ${(0,outside/* outside */.qY)(held.resource)}` : ''}`,
            };
        if (!inspection)
            return row;
        // After the credential's finding, as the report lists them.
        const inspected = (0,targets/* recordInspection */.ih)(ctx, target, await projects);
        if (finding && inspected)
            finding.projects = inspected.dependents[config.serverType] ?? [];
        return inspection.module.withProjects(row, inspected, config.serverType);
    });
    // A finding about the token itself breaks what uses the credential everywhere.
    inspection?.module.nameTokenFindingProjects(report, config.serverType);
}

// EXTERNAL MODULE: ./src/core/aws/index.ts
var aws = __webpack_require__(7717);
;// CONCATENATED MODULE: ./src/core/run/modes/inventory.ts
// inventory: who holds what, in every target, and the projects that use each; no token.


/** Who holds what: the source credentials of every target and the projects that use each. No token. */
async function inventory(ctx) {
    const { config, report } = ctx;
    if (ctx.targets.length || ctx.stream)
        ctx.deps.logger.info(`Taking the inventory of ${(0,targets/* describeTargets */.Eg)(ctx)}...`);
    const inspection = await (0,targets/* projectInspector */.Nb)(ctx, undefined, 'not checked: inventory reads nothing from the provider');
    const { inventoryRow } = inspection?.module ?? (await (0,aws/* loadProjects */.RT)());
    await (0,targets/* perTarget */.Ve)(ctx, async (client, target) => {
        const held = await client.list();
        const inspected = inspection && (await inspection.inspect(client, target));
        const { row, warnings } = inventoryRow(held, inspected, config.serverTypes, (0,targets/* placeOf */.$t)(target));
        report.warnings.push(...warnings);
        return row;
    });
}

;// CONCATENATED MODULE: ./src/core/run/modes/remove.ts
// delete: the credential of the server type removed from every target.


/**
 * The run's first line: what will be deleted, and where, before any call (the accounts and
 * regions an organization or `all` stands for are found afterwards, and listed per region).
 */
function deletePlan(config) {
    const type = config.serverType.toLowerCase().replace(/_/g, '-');
    const regions = config.allRegions
        ? 'every region the account has enabled'
        : `${config.regions.length === 1 ? 'region' : 'regions'} ${config.regions.join(', ')}`;
    const accounts = config.accounts
        ? config.accounts.kind === 'ids'
            ? ` of accounts ${config.accounts.ids.join(', ')}`
            : config.accounts.kind === 'ou'
                ? ` of every account in ${config.accounts.ou}`
                : ' of every account in the organization'
        : config.rolesToAssume.length
            ? ` of the account${config.rolesToAssume.length === 1 ? '' : 's'} of ${config.rolesToAssume.join(', ')}`
            : '';
    const verb = config.dryRun ? 'Dry run: would delete' : 'Deleting';
    return `${verb} CodeBuild's ${type} source credential (${config.names.serverType} ${type}) in ${regions}${accounts}.`;
}
async function remove(ctx) {
    const { config } = ctx;
    await (0,targets/* perTarget */.Ve)(ctx, async (client) => {
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

;// CONCATENATED MODULE: ./src/core/run/run.ts











/**
 * Runs the configured mode and returns the report, redacted. Throws only for bugs;
 * failures are in the report.
 */
async function runCredentialSync(config, dependencies) {
    // Whatever answers (the SDK's own credential fetches too), no answer fills memory.
    capEveryAnswer();
    const secrets = dependencies.secrets ?? new trust_secrets/* Secrets */.Sb();
    const deps = { ...dependencies, secrets, logger: (0,trust_secrets/* redactingLogger */.S)(dependencies.logger, secrets) };
    const now = deps.now ?? (() => new Date());
    const report = {
        tool: { name: 'codebuild-credential-sync', version: (0,version/* runVersion */.yh)() },
        version: 2,
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
        ...(config.shard
            ? { shard: (0,config_shard/* shardText */.eG)(config.shard), run: runIdentity(config, deps.context) }
            : {}),
        ...(deps.context ? { context: deps.context } : {}),
        generatedAt: now().toISOString(),
    };
    // Files in, one report out: no AWS, no provider, no token.
    if (config.mode === 'merge')
        return redacted(await merge(config, deps, report), secrets);
    const deadline = deps.deadline ?? new wire_deadline/* RunDeadline */.sQ(config.timeoutSeconds);
    const ctx = { config, deps, report, now, targets: [], deadline };
    const announce = () => deps.logger.warn(`${(0,targets/* capitalize */.ZH)(deadline.describe())}: stopping; the report follows.`);
    deadline.signal.addEventListener('abort', announce, { once: true });
    const restoreWarnings = routeSdkWarnings(deps.logger);
    // Every call of the run goes through the proxy, when one is set (past it for NO_PROXY's
    // hosts); the proxy libraries are loaded only then.
    const proxy = deadline.limits.agents ? undefined : (0,wire_proxy/* proxySettings */.EM)();
    const agents = proxy && (await loadProxyAgents()).routingAgents(proxy);
    if (agents)
        deadline.limits.agents = agents;
    try {
        // A destructive run says what it will delete, and where, before anything else.
        if (config.mode === 'delete')
            deps.logger.info(deletePlan(config));
        if (validatesAlone(config)) {
            // The provider is asked now, while the AWS SDK loads and roles are assumed: both are
            // reads, and nothing is written before both are done. (The mode awaits it.)
            (0,targets/* validated */.Pf)(ctx).catch(() => undefined);
        }
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
        restoreWarnings();
        deadline.signal.removeEventListener('abort', announce);
        for (const t of ctx.targets)
            t.client?.destroy();
        ctx.stream?.close();
        ctx.closeClients?.();
        agents?.httpAgent.destroy();
        agents?.httpsAgent.destroy();
        if (!deps.deadline)
            deadline.dispose();
    }
    // Findings in target order (they arrive as targets finish): the token's first, then region by region.
    const place = (region, account) => `${account ?? ''}/${region}`;
    // The first target of each place a finding names (as findIndex would say): a fleet's
    // thousands of targets are looked at once, and only the few places with findings kept.
    const named = new Set(report.findings.map((f) => place(f.region, f.account)));
    const index = new Map();
    ctx.targets.forEach((t, i) => {
        const at = place(t.region, t.account.id);
        if (named.has(at) && !index.has(at))
            index.set(at, i);
    });
    const order = (f) => f.region === undefined ? -1 : (index.get(place(f.region, f.account)) ?? -1);
    report.findings.sort((a, b) => order(a) - order(b));
    if (report.accounts)
        (await __webpack_require__.e(/* import() */ 237).then(__webpack_require__.bind(__webpack_require__, 4237))).summarizeAccounts(report);
    if (deadline.reason)
        reportStop(ctx, deadline.reason);
    report.drift = report.findings.length > 0;
    report.outcome = outcomeOf(report);
    // Every view of the report (text, Markdown, JSON, outputs, report file, drift issue) is made from this copy.
    return redacted(report, secrets);
}
/** Distinct texts a report's redaction remembers: a fleet's rows repeat a few thousand. */
const REMEMBERED_MAX = 4096;
/**
 * The report redacted: a copy (redactAll), its rows, most of a fleet's report, copied one at a
 * time in their place, so that the run never holds two of each.
 */
function redacted(report, secrets) {
    const rows = report.regions;
    report.regions = [];
    const shown = secrets.redactAll(report);
    const seen = new Map();
    for (let i = 0; i < rows.length; i++) {
        if (seen.size > REMEMBERED_MAX)
            seen.clear();
        rows[i] = secrets.redactAll(rows[i], seen);
    }
    shown.regions = rows;
    return shown;
}
/**
 * 0 success; 1 failure; 3 drift found by `check` (unless fail-on-drift is false); a run
 * cancelled by SIGINT or SIGTERM, 130 or 143. Invalid configuration is 2.
 */
function exitCodeFor(report, config) {
    if (report.stopped && report.stopped !== 'timeout')
        return (0,wire_deadline/* exitCodeForSignal */.XG)(report.stopped);
    if (report.outcome === 'failure')
        return 1;
    if (report.outcome === 'drift' && config.failOnDrift)
        return 3;
    return 0;
}
/** sync and check validate a token with its provider alone; a connection or secret needs AWS first. */
function validatesAlone({ mode, authType }) {
    return ((mode === 'sync' || mode === 'check') &&
        authType !== 'CODECONNECTIONS' &&
        authType !== 'SECRETS_MANAGER');
}
function outcomeOf(report) {
    if (report.stopped ||
        report.errors.length > 0 ||
        report.regions.some((r) => r.status === 'error'))
        return 'failure';
    return report.findings.length > 0 ? 'drift' : 'success';
}
/** Each role of roles-to-assume assumed with the ambient credentials; a refusal makes its account unusable. */
async function assumeRoles({ config, deps, deadline }, ambient) {
    const assume = deps.assumeRole ?? aws_accounts/* assumeRole */.xN;
    deps.logger.info(`Assuming ${config.rolesToAssume.length} role${config.rolesToAssume.length === 1 ? '' : 's'}...`);
    return (0,concurrency/* mapLimit */.sf)(config.rolesToAssume, targets/* MAX_TARGETS_IN_FLIGHT */.Tb, async (roleArn) => {
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
/** The run's CodeBuild clients, loading (which calls nothing); closed however the run goes on. */
function loadClients(ctx) {
    const { config, deps } = ctx;
    const clients = deps.codebuild
        ? Promise.resolve(deps.codebuild)
        : (0,codebuild/* codeBuildClients */._k)((action) => iamHint(config.mode, action));
    clients.catch(() => undefined); // awaited by the caller; never an unhandled rejection meanwhile
    ctx.closeClients = () => void clients.then((made) => made.close?.(), () => undefined);
    return clients;
}
/** Every account (the ambient one, or one per role) × every region. */
async function resolveTargets(ctx) {
    const { config, deps, deadline } = ctx;
    // The CodeBuild clients (the SDK's largest chunks) load while the credentials are resolved
    // and STS answers: reading code and waiting on the network overlap.
    const clients = loadClients(ctx);
    // One credential chain for the ambient identity, resolved once: with OIDC that is
    // one AssumeRoleWithWebIdentity per run, not one per client.
    // With `aws-region: all`, the caller's partition's home region (not the SDK's us-east-1).
    const ambient = await (0,aws_accounts/* ambientCredentials */.ji)(deadline.limits, config.regions[0] ?? regions/* FLEET_HOME_REGION */.Qx[config.partition], deps.webIdentity);
    const noCredentials = await stoppable(deadline, 'AWS credentials (the SDK credential chain)', () => (0,aws_accounts/* checkAmbientCredentials */.fF)(ambient, deps.secrets, deadline.limits, deps.webIdentity ? true : undefined, (0,credentials/* awsCredentialsHelp */.r0)(config.platform)));
    // Wrong keys are found once, here, not in every region (nor in every role assumed with them).
    const refused = noCredentials
        ? undefined
        : await stoppable(deadline, 'AWS credentials (STS GetCallerIdentity)', () => (0,aws_accounts/* callerIdentityProblem */.pn)(ambient, config.regions[0] ?? regions/* FLEET_HOME_REGION */.Qx[config.partition], deadline.limits, (0,credentials/* awsCredentialsHelp */.r0)(config.platform)));
    if (refused) {
        ctx.report.errors.push(refused);
        return config.regions.map((region) => ({
            region,
            account: { credentials: ambient },
            notAttempted: 'AWS refused the credentials',
            waiting: new wire_deadline/* Waiting */.E$(),
        }));
    }
    let accounts = [
        { account: { credentials: ambient }, unusable: noCredentials },
    ];
    if ((config.accounts || config.allRegions) && !noCredentials) {
        // A fleet: accounts listed or found, each one's regions found; loaded only for these runs.
        const [{ resolveFleet }, make] = await Promise.all([__webpack_require__.e(/* import() */ 237).then(__webpack_require__.bind(__webpack_require__, 4237)), clients]);
        const found = await stoppable(deadline, 'the accounts and regions of the run', async () => {
            try {
                return await resolveFleet(ctx, ambient, make);
            }
            catch (error) {
                if (!(error instanceof errors/* UserError */.yo))
                    throw error;
                return error.message;
            }
        });
        if (typeof found !== 'string')
            return found;
        ctx.report.errors.push(found);
        return [];
    }
    if (config.rolesToAssume.length > 0 && !noCredentials) {
        accounts = await assumeRoles(ctx, ambient);
    }
    const make = await clients;
    return accounts.flatMap(({ account, unusable }) => config.regions.map((region) => {
        const waiting = new wire_deadline/* Waiting */.E$();
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
    const waiting = new wire_deadline/* Waiting */.E$();
    waiting.what = what;
    try {
        return await deadline.race(work(), waiting);
    }
    catch (error) {
        if (error instanceof wire_deadline/* RunStopped */.NL)
            return `${(0,targets/* capitalize */.ZH)(error.message)}.`;
        throw error;
    }
}
/** Regions named in the line that says why a run stopped, at most; the others are counted. */
const NAMED_MAX = 20;
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
    // A fleet's stop leaves thousands unfinished: a few named, the rest counted (each is a row of the report).
    const some = (list, show) => `${list.slice(0, NAMED_MAX).map(show).join(', ')}${list.length > NAMED_MAX ? ` and ${list.length - NAMED_MAX} more, each in the report` : ''}`;
    report.errors.push(`${(0,targets/* capitalize */.ZH)(deadline.describe())}: ${unfinished.length} of ${count} region${count === 1 ? '' : 's'} did not finish${unfinished.length ? ` (${some(unfinished, name)})` : ''}.${done.length ? ` Finished: ${some(done, (r) => `${name(r)} (${r.action})`)}.` : ''}${hint}`);
}

;// CONCATENATED MODULE: ./src/pipe/run.ts






/** Runs a valid configuration: progress and the report on stdout, failures on stderr; the exit code. */
async function runConfigured(config, secrets, { env, stdout, stderr, watchdog: watched }) {
    // Every line out is unsealed (outside.ts) and redacted.
    const out = (line) => stdout(`${secrets.redactFor(outside/* forPlain */.qI, line)}\n`);
    const fail = (line) => stderr(`${secrets.redactFor(outside/* forPlain */.qI, line)}\n`);
    const logger = {
        info: (m) => out(`▸ ${m}`),
        warn: (m) => out(`⚠ ${m}`),
        debug: (m) => {
            if (config.debug)
                out(`[debug] ${m}`);
        },
    };
    // The run's deadline; SIGTERM (a step timeout) and SIGINT stop the run the same way.
    const deadline = new wire_deadline/* RunDeadline */.sQ(config.timeoutSeconds);
    const removeSignalHandlers = deadline.cancelOnSignals();
    const reportFile = config.reportFile ?? defaultReportFile(env);
    // Written as the run goes (each row once final), renamed over the path at the end.
    const file = openReportFile(reportFile, secrets);
    const context = bitbucketContext(env);
    // Outside the main thread: ends the process even when a synchronous read holds it.
    const watchdog = watched
        ? startWatchdog({
            deadlineAt: deadline.limits.deadlineAt ?? Date.now() + config.timeoutSeconds * 1000,
            timeoutSeconds: config.timeoutSeconds,
            reportFile,
            // Field by field: a whole JSON text that quoted a secret would be hidden whole, not JSON.
            head: secrets.redactAll(JSON.parse(JSON.stringify(watchdogHead({ ...config, context })))),
            platform: 'pipe',
        })
        : undefined;
    // The watchdog's minimal report copies the rows written so far from the rows file.
    if (file && watchdog)
        file.onRows = (at) => watchdog.rows(at);
    try {
        // AWS_REGION may hold our region list; the SDK's own lookups (STS for OIDC) need one region.
        // With `all` (found per account at run time) the partition's main region stands in.
        if (env.AWS_REGION && /[\s,]|^all$/i.test(env.AWS_REGION.trim()))
            env.AWS_REGION = config.regions[0] ?? 'us-east-1';
        const aws = (0,credentials/* prepareAwsCredentials */.Hr)(env);
        logger.debug(`AWS credentials: ${aws.description}`);
        logger.debug(`Configuration: mode=${config.mode} serverType=${config.serverType} authType=${config.authType} regions=${config.regions.join(',')} dryRun=${config.dryRun}`);
        const report = await runCredentialSync(config, {
            logger,
            secrets,
            context,
            deadline,
            webIdentity: aws.webIdentity,
            onRowFinal: file && ((row) => file.row(row)),
        });
        // The last line carries the first error: print the others here, each once.
        out((0,report_report/* renderText */.S5)(report, { errorsShownElsewhere: 1 }));
        // A report file that cannot be written fails the run, after saying what the run did.
        const reportProblem = tryWriteReport(file, report, logger.info);
        if (config.debug)
            logger.debug(`Report: ${fitReportJson(report, OUTPUT_MAX_BYTES, report_report/* renderJson */.hF, wholeReport(reportFile)).json}`);
        const code = exitCodeFor(report, config) || (reportProblem ? 1 : 0);
        // Bitbucket's pipe convention: ✔ for success, ✖ for failure; ⚠ for drift that does not fail.
        const mark = code !== 0 ? '✖' : report.outcome === 'drift' ? '⚠' : '✔';
        // Counted as printed: a warning the same in many regions is one.
        const warnings = (0,groups/* groupWarnings */.PB)(report).length;
        const warned = warnings ? ` (${warnings} warning${warnings === 1 ? '' : 's'})` : '';
        const cause = code !== 0 ? [(0,report_report/* firstCause */.WQ)(report), reportProblem].filter(Boolean).join('; ') : '';
        (code === 0 ? out : fail)(`${mark} ${(0,report_report/* summaryLine */.dC)(report)}${warned}${cause ? `: ${cause}` : ''}`);
        return code;
    }
    catch (error) {
        if (error instanceof errors/* UserError */.yo) {
            fail(`✖ ${error.message}`);
            return 1;
        }
        fail(`✖ Unexpected error: ${(0,errors/* errorMessage */.gJ)(error)}`);
        if (config.debug && error instanceof Error) {
            await (0,source_maps/* loadSourceMaps */.V)();
            if (error.stack)
                fail(error.stack);
        }
        return 1;
    }
    finally {
        // A run that ended without a report (a bug) leaves no rows file behind.
        file?.abandon();
        watchdog?.stop();
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


/***/ })

};

//# sourceMappingURL=111.index.js.map