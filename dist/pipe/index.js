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
<<<<<<< HEAD
/* harmony import */ var _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1695);
/* harmony import */ var _aws_sdk_credential_provider_node__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(5861);
/* harmony import */ var _codebuild_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9472);
/* harmony import */ var _deadline_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6343);
/* harmony import */ var _network_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(825);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3323);




=======
/* harmony import */ var _codebuild_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9472);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3323);
>>>>>>> 00ebeeb (Load only what a run needs: SDK clients, providers, Octokit and the drift issue by dynamic import after the configuration is valid)


function accountOfArn(arn) {
    return arn.split(':')[4] || undefined;
}
function regionOfArn(arn) {
    return arn.split(':')[3] || undefined;
}
/**
 * The SDK's default credential chain (environment, web identity, profiles, container,
 * instance), loaded by dynamic import only once a run needs AWS.
 */
async function ambientCredentials() {
    const { defaultProvider } = await __nccwpck_require__.e(/* import() */ 861).then(__nccwpck_require__.t.bind(__nccwpck_require__, 5861, 19));
    return defaultProvider();
}
/** Assumes a role with the ambient credentials (sts:AssumeRole), for one account of a multi-account run. */
<<<<<<< HEAD
async function assumeRole(roleArn, region, source, limits = (0,_deadline_js__WEBPACK_IMPORTED_MODULE_1__/* .callLimitsFor */ .qQ)(_deadline_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_TIMEOUT_SECONDS */ .KU)) {
    const sts = new _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_2__/* .STSClient */ .iM({
        region,
        credentials: source,
        customUserAgent: _version_js__WEBPACK_IMPORTED_MODULE_3__/* .USER_AGENT */ ._,
        ...(0,_codebuild_js__WEBPACK_IMPORTED_MODULE_0__/* .awsHttpLimits */ .UO)(limits),
    });
    try {
        const out = await sts.send(new _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_2__/* .AssumeRoleCommand */ .QL({
=======
async function assumeRole(roleArn, region, source) {
    // Loaded only by runs with role-to-assume.
    const { AssumeRoleCommand, STSClient } = await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(695)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 1695, 19));
    const sts = new STSClient({ region, credentials: source, customUserAgent: _version_js__WEBPACK_IMPORTED_MODULE_1__/* .USER_AGENT */ ._ });
    try {
        const out = await sts.send(new AssumeRoleCommand({
>>>>>>> 00ebeeb (Load only what a run needs: SDK clients, providers, Octokit and the drift issue by dynamic import after the configuration is valid)
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
        if ((0,_network_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .networkFailure */ .rd)(error) && !e.$metadata?.httpStatusCode) {
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
 */
function ambientCredentials(limits) {
    return (0,_aws_sdk_credential_provider_node__WEBPACK_IMPORTED_MODULE_5__.defaultProvider)({ clientConfig: { ...(0,_codebuild_js__WEBPACK_IMPORTED_MODULE_0__/* .awsHttpLimits */ .UO)(limits), maxAttempts: 3 } });
}


/***/ }),

/***/ 9472:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ sendOptions),
/* harmony export */   Pp: () => (/* binding */ describeAwsError),
<<<<<<< HEAD
/* harmony export */   UO: () => (/* binding */ awsHttpLimits),
/* harmony export */   ew: () => (/* binding */ CodeBuildRegion),
/* harmony export */   iQ: () => (/* binding */ AwsCallError)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_codebuild__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4774);
/* harmony import */ var _deadline_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6343);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4296);
/* harmony import */ var _network_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(825);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3323);



=======
/* harmony export */   _k: () => (/* binding */ codeBuildClients),
/* harmony export */   iQ: () => (/* binding */ AwsCallError)
/* harmony export */ });
/* unused harmony export CodeBuildRegion */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4296);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3323);
>>>>>>> 00ebeeb (Load only what a run needs: SDK clients, providers, Octokit and the drift issue by dynamic import after the configuration is valid)


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
<<<<<<< HEAD
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
=======
 * Loads the CodeBuild SDK (by dynamic import, so a run that ends before any AWS
 * call, such as a bad configuration, never evaluates it) and returns what makes
 * the client of one region in one account.
 */
async function codeBuildClients() {
    const sdk = await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(774)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 4774, 19));
    return (region, account) => new CodeBuildRegion(sdk, region, account.credentials);
>>>>>>> 00ebeeb (Load only what a run needs: SDK clients, providers, Octokit and the drift issue by dynamic import after the configuration is valid)
}
/** The source-credential calls of CodeBuild in one region. */
class CodeBuildRegion {
    sdk;
    region;
    limits;
    client;
<<<<<<< HEAD
    /** A write (import or delete) was sent: if the run stops now, its effect is unknown. */
    wrote = false;
    constructor(region, credentials, limits = (0,_deadline_js__WEBPACK_IMPORTED_MODULE_0__/* .callLimitsFor */ .qQ)(_deadline_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_TIMEOUT_SECONDS */ .KU)) {
        this.region = region;
        this.limits = limits;
        // The SDK's standard retry mode retries throttling, 5xx and timed-out attempts with backoff.
        this.client = new _aws_sdk_client_codebuild__WEBPACK_IMPORTED_MODULE_2__/* .CodeBuildClient */ .bex({
            region,
            credentials,
            maxAttempts: 5,
            customUserAgent: _version_js__WEBPACK_IMPORTED_MODULE_3__/* .USER_AGENT */ ._,
            ...awsHttpLimits(limits),
        });
    }
    async list(serverType) {
        const out = await this.call('ListSourceCredentials', () => this.client.send(new _aws_sdk_client_codebuild__WEBPACK_IMPORTED_MODULE_2__/* .ListSourceCredentialsCommand */ .t99({}), sendOptions(this.limits)));
=======
    constructor(sdk, region, credentials) {
        this.sdk = sdk;
        this.region = region;
        // The SDK's standard retry mode retries throttling and 5xx with backoff.
        this.client = new sdk.CodeBuildClient({
            region,
            credentials,
            maxAttempts: 5,
            customUserAgent: _version_js__WEBPACK_IMPORTED_MODULE_1__/* .USER_AGENT */ ._,
        });
    }
    async list(serverType) {
        const out = await this.call('ListSourceCredentials', () => this.client.send(new this.sdk.ListSourceCredentialsCommand({})));
>>>>>>> 00ebeeb (Load only what a run needs: SDK clients, providers, Octokit and the drift issue by dynamic import after the configuration is valid)
        return (out.sourceCredentialsInfos ?? [])
            .map(toStored)
            .filter((c) => !serverType || c.serverType === serverType);
    }
    async import(request) {
<<<<<<< HEAD
        this.wrote = true;
        const out = await this.call('ImportSourceCredentials', () => this.client.send(new _aws_sdk_client_codebuild__WEBPACK_IMPORTED_MODULE_2__/* .ImportSourceCredentialsCommand */ .M4({
=======
        const out = await this.call('ImportSourceCredentials', () => this.client.send(new this.sdk.ImportSourceCredentialsCommand({
>>>>>>> 00ebeeb (Load only what a run needs: SDK clients, providers, Octokit and the drift issue by dynamic import after the configuration is valid)
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
<<<<<<< HEAD
        this.wrote = true;
        await this.call('DeleteSourceCredentials', () => this.client.send(new _aws_sdk_client_codebuild__WEBPACK_IMPORTED_MODULE_2__/* .DeleteSourceCredentialsCommand */ .SiJ({ arn }), sendOptions(this.limits)));
    }
    /** One page of project names (CodeBuild answers at most 100 a page) and the token for the next. */
    async listProjectNames(nextToken) {
        const out = await this.call('ListProjects', () => this.client.send(new _aws_sdk_client_codebuild__WEBPACK_IMPORTED_MODULE_2__/* .ListProjectsCommand */ .Qfz({ sortBy: 'NAME', nextToken })));
        return { names: out.projects ?? [], nextToken: out.nextToken || undefined };
    }
    /** Reads up to 100 projects by name; names it does not know are left out. */
    async getProjects(names) {
        if (names.length === 0)
            return [];
        if (names.length > 100)
            throw new Error('BatchGetProjects takes at most 100 names');
        const out = await this.call('BatchGetProjects', () => this.client.send(new _aws_sdk_client_codebuild__WEBPACK_IMPORTED_MODULE_2__/* .BatchGetProjectsCommand */ .em4({ names })));
        return out.projects ?? [];
=======
        await this.call('DeleteSourceCredentials', () => this.client.send(new this.sdk.DeleteSourceCredentialsCommand({ arn })));
>>>>>>> 00ebeeb (Load only what a run needs: SDK clients, providers, Octokit and the drift issue by dynamic import after the configuration is valid)
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
            check: `AWS_ENDPOINT_URL ("${override}"), the region name and the network`,
        }
        : {
            endpoint: "the region's AWS endpoint",
            check: 'the region name and the network (proxy, firewall)',
        };
}
/** Turns an SDK error into a message that says what failed and what to fix. */
function describeAwsError(error, what, iamAction, limits) {
    const e = (error ?? {});
    const code = e.name ?? 'Error';
    // On the wire (no answer at all): say what happened there, never "HTTP 500".
    const failure = e.$metadata?.httpStatusCode ? undefined : (0,_network_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .networkFailure */ .rd)(error);
    if (failure) {
        return new AwsCallError((0,_network_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .describeNetworkFailure */ .Ku)(failure, {
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

<<<<<<< HEAD
/***/ 8786:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.r(__webpack_exports__);
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   inspectConnection: () => (/* binding */ inspectConnection)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_codestar_connections__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3090);
/* harmony import */ var _aws_sdk_client_codestar_connections__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(_aws_sdk_client_codestar_connections__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _aws_accounts_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8367);
/* harmony import */ var _codebuild_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9472);
/* harmony import */ var _deadline_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6343);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(3323);





const PROVIDER_FOR = {
    GITHUB: 'GitHub',
    GITHUB_ENTERPRISE: 'GitHubEnterpriseServer',
    BITBUCKET: 'Bitbucket',
};
const CONSOLE_STEPS = 'A connection created with the CLI or SDK stays PENDING until someone completes it in the console: open Developer Tools > Settings > Connections in the AWS console (in the connection\'s region), choose the connection, choose "Update pending connection" and authorize the provider.';
/**
 * Reads a CodeConnections connection (GetConnection) and judges whether CodeBuild
 * can use it: only an AVAILABLE connection of the right provider may be imported.
 */
async function inspectConnection(connectionArn, serverType, credentials, limits = (0,_deadline_js__WEBPACK_IMPORTED_MODULE_2__/* .callLimitsFor */ .qQ)(_deadline_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_TIMEOUT_SECONDS */ .KU)) {
    const region = (0,_aws_accounts_js__WEBPACK_IMPORTED_MODULE_0__/* .regionOfArn */ .b2)(connectionArn) ?? 'us-east-1';
    const client = new _aws_sdk_client_codestar_connections__WEBPACK_IMPORTED_MODULE_3__.CodeStarConnectionsClient({
        region,
        credentials,
        customUserAgent: _version_js__WEBPACK_IMPORTED_MODULE_4__/* .USER_AGENT */ ._,
        ...(0,_codebuild_js__WEBPACK_IMPORTED_MODULE_1__/* .awsHttpLimits */ .UO)(limits),
    });
    let connection;
    const send = () => client.send(new _aws_sdk_client_codestar_connections__WEBPACK_IMPORTED_MODULE_3__.GetConnectionCommand({ ConnectionArn: connectionArn }), (0,_codebuild_js__WEBPACK_IMPORTED_MODULE_1__/* .sendOptions */ .$Y)(limits));
    const what = `CodeConnections GetConnection in ${region}`;
    try {
        connection = (await (limits.waiting ? limits.waiting.on(what, send) : send())).Connection;
    }
    catch (error) {
        if (error.name === 'ResourceNotFoundException') {
            const token = rejected(`The connection ${connectionArn} does not exist (or is in another account or region).`);
            return { token };
        }
        throw (0,_codebuild_js__WEBPACK_IMPORTED_MODULE_1__/* .describeAwsError */ .Pp)(error, `Reading connection ${connectionArn}`, 'codestar-connections:GetConnection (or codeconnections:GetConnection)', limits);
    }
    finally {
        client.destroy();
    }
    const status = connection?.ConnectionStatus;
    const provider = connection?.ProviderType;
    const name = connection?.ConnectionName;
    const base = {
        kind: 'codeconnection',
        description: `AWS CodeConnections connection${provider ? ` (${provider})` : ''}`,
        identity: name,
        required: [],
    };
    if (status === 'PENDING') {
        return {
            status,
            token: {
                ...base,
                accepted: false,
                problem: `The connection ${name ?? connectionArn} is PENDING. ${CONSOLE_STEPS}`,
            },
        };
    }
    if (status !== 'AVAILABLE') {
        return {
            status,
            token: {
                ...base,
                accepted: false,
                problem: `The connection ${name ?? connectionArn} is ${status ?? 'in an unknown state'}: delete it and create a new one, then complete it in the console.`,
            },
        };
    }
    if (provider !== PROVIDER_FOR[serverType]) {
        return {
            status,
            token: {
                ...base,
                accepted: false,
                problem: `The connection ${name ?? connectionArn} is for ${provider}, but the server type is ${serverType} (needs a ${PROVIDER_FOR[serverType]} connection).`,
            },
        };
    }
    return { status, token: { ...base, accepted: true } };
}
function rejected(problem) {
    return {
        kind: 'codeconnection',
        description: 'AWS CodeConnections connection',
        accepted: false,
        required: [],
        problem,
    };
}


/***/ }),

/***/ 6343:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ boundedFetch),
/* harmony export */   E$: () => (/* binding */ Waiting),
/* harmony export */   KU: () => (/* binding */ DEFAULT_TIMEOUT_SECONDS),
/* harmony export */   NL: () => (/* binding */ RunStopped),
/* harmony export */   Pe: () => (/* binding */ MAX_TIMEOUT_SECONDS),
/* harmony export */   XG: () => (/* binding */ exitCodeForSignal),
/* harmony export */   jN: () => (/* binding */ MIN_TIMEOUT_SECONDS),
/* harmony export */   qQ: () => (/* binding */ callLimitsFor),
/* harmony export */   sQ: () => (/* binding */ RunDeadline)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4296);
/* harmony import */ var _network_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(825);
// The run's deadline and its cancellation. One AbortSignal, shared through the run:
// when `timeout-seconds` passes or SIGTERM/SIGINT arrives, every call in flight is
// aborted, nothing new starts, and each strand of work says what it was waiting for.


/** Long enough for dozens of regions; short enough that a stalled service ends the run well within a minute. */
const DEFAULT_TIMEOUT_SECONDS = 40;
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
class RunStopped extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
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
    /** "the run timed out after 40 s" or "the run was cancelled (SIGTERM)". */
    describe() {
        if (this.reason === 'timeout')
            return `the run timed out after ${(0,_network_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .formatSeconds */ .Xo)(this.seconds * 1000)}`;
        return `the run was cancelled (${this.reason ?? 'not stopped'})`;
    }
    /** What a strand was doing when the run stopped: "the run timed out after 40 s waiting for X". */
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
/** fetch with a per-attempt timeout and the run's signal; tells `limits.waiting` which call it makes. */
function boundedFetch(limits, service) {
    return (input, init) => {
        const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
        const method = init?.method ?? 'GET';
        if (limits.waiting)
            limits.waiting.what = `${service} ${method} ${url.pathname}`;
        const signals = [AbortSignal.timeout(limits.callTimeoutMs), init?.signal, limits.signal];
        return fetch(input, {
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

=======
>>>>>>> 00ebeeb (Load only what a run needs: SDK clients, providers, Octokit and the drift issue by dynamic import after the configuration is valid)
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
    constructor(message) {
        super(message);
        this.name = 'ProviderUnavailableError';
    }
}


/***/ }),

<<<<<<< HEAD
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
            return `${what} failed: ${host} refused the connection (${failure.code}${tries}): nothing listens there. Check ${check}.`;
        case 'reset':
            return `${what} failed: the connection to ${endpoint} was cut (${failure.code}${tries}). A proxy or firewall may be closing it; check ${check} and the network.`;
        case 'tls':
            return `${what} failed: the TLS connection to ${endpoint} could not be trusted (${failure.code}${failure.detail ? `: ${failure.detail}` : ''}). A proxy with its own certificate authority needs NODE_EXTRA_CA_CERTS; check ${check}.`;
        case 'connect-timeout':
            return `${what} failed: could not connect to ${endpoint}${within} (${failure.code}${tries}). Check ${check} and the network (firewall, proxy).`;
        case 'timeout':
            return `${what} failed: ${endpoint} did not answer${within} (timed out${tries}). The service may be stalled: run again later, or check ${check}.`;
        case 'invalid-url':
            return `${what} could not start: the endpoint is not a valid URL (${endpoint}). Check ${check}.`;
        case 'stopped':
            return `${what} was stopped: the run ended before it answered.`;
    }
}
function formatSeconds(ms) {
    const s = ms / 1000;
    return `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
}


/***/ }),

/***/ 1559:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   jo: () => (/* binding */ introspectBitbucket),
/* harmony export */   pK: () => (/* binding */ bitbucketClient)
/* harmony export */ });
/* unused harmony export APP_PASSWORDS_REMOVED */
/* harmony import */ var _scopes_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1074);
/* harmony import */ var _token_form_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(6997);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(7253);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(3323);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4296);
/* harmony import */ var _provenance_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2459);
/* harmony import */ var _deadline_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6343);
/* harmony import */ var _network_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(825);






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
    constructor(status) {
        super(`HTTP ${status}`);
        this.status = status;
    }
}
function bitbucketClient({ token, username }, apiUrl, logger, sleep, limits = (0,_deadline_js__WEBPACK_IMPORTED_MODULE_3__/* .callLimitsFor */ .qQ)(_deadline_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_TIMEOUT_SECONDS */ .KU)) {
    const fetchBounded = (0,_deadline_js__WEBPACK_IMPORTED_MODULE_3__/* .boundedFetch */ .A)(limits, 'Bitbucket');
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
            let attempts = 0;
            try {
                return await (0,_retry_js__WEBPACK_IMPORTED_MODULE_4__/* .withRetry */ .b)(async () => {
                    attempts++;
                    const r = await fetchBounded(url, {
                        // A redirect (to a sign-in page, say) is not Bitbucket's answer, and the
                        // credential never follows one: it is returned as it is.
                        redirect: 'manual',
                        headers: {
                            Authorization: authorization,
                            Accept: 'application/json',
                            'User-Agent': _version_js__WEBPACK_IMPORTED_MODULE_5__/* .USER_AGENT */ ._,
                        },
                    });
                    if (r.status === 429 || r.status >= 500)
                        throw new HttpStatusError(r.status);
                    return r;
                }, () => true, { attempts: 3, baseMs: 300, sleep, signal: limits.signal });
            }
            catch (error) {
                const what = `Bitbucket GET ${new URL(url).pathname} (${apiUrl})`;
                const failure = error instanceof HttpStatusError ? undefined : (0,_network_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .networkFailure */ .rd)(error);
                if (failure) {
                    throw new Error((0,_network_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .describeNetworkFailure */ .Ku)(failure, {
                        what,
                        endpoint: new URL(apiUrl).host,
                        check: 'bitbucket-api-url (BITBUCKET_API_URL) and the network',
                        timeoutMs: limits.callTimeoutMs,
                        attempts,
                    }));
                }
                const reason = error instanceof HttpStatusError
                    ? `${error.status === 429 ? "Bitbucket's rate limit was reached, " : ''}HTTP ${error.status}, ${attempts} attempts`
                    : error.message;
                throw new Error(`${what} failed (${reason}).`);
            }
        },
    };
}
/**
 * Asks Bitbucket about the token with the request Atlassian documents for reading
 * a token's scopes: `GET /2.0/repositories`, whose response carries `x-oauth-scopes`.
 */
async function introspectBitbucket({ token, username }, apiUrl, logger, sleep, limits) {
    const basic = username !== undefined;
    // Basic auth is an app password (gone) or an Atlassian API token (ATATT…, its replacement).
    const apiToken = basic && (0,_token_form_js__WEBPACK_IMPORTED_MODULE_7__/* .tokenForm */ .qc)(token)?.kind === 'api-token';
    const appPassword = basic && !apiToken;
    const kind = apiToken ? 'api-token' : appPassword ? 'app-password' : 'access-token';
    const warnings = [];
    const client = bitbucketClient({ token, username }, apiUrl, logger, sleep, limits);
    const get = async (path) => {
        try {
            return await client.get(path);
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ProviderUnavailableError */ .wd(`Could not validate the token: ${error.message}`);
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
    (0,_provenance_js__WEBPACK_IMPORTED_MODULE_2__/* .requireProvider */ .hc)({ status: response.status, headers: Object.fromEntries(response.headers), body }, bitbucket, { strict: response.ok });
    const credentialType = response.headers.get('x-credential-type') ?? undefined;
    const description = apiToken
        ? 'Atlassian API token'
        : ((credentialType && CREDENTIAL_TYPES[credentialType]) ??
            (appPassword ? 'Bitbucket app password' : 'Bitbucket access token'));
    const identity = basic ? username : undefined;
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
        scopes = scopes ?? body.error?.detail?.granted;
    }
    else if (!response.ok) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ProviderUnavailableError */ .wd(`Could not validate the token with Bitbucket at ${apiUrl} (HTTP ${response.status}${bitbucketMessage(body)}).`);
    }
    if (!scopes && !basic) {
        // Bitbucket reports an access token's scopes on every answer: their absence proves nothing.
        throw new _provenance_js__WEBPACK_IMPORTED_MODULE_2__/* .UnverifiedAnswerError */ .mV(`Could not verify the token: Bitbucket answered for this ${description.replace(/^Bitbucket /, '')} without the x-oauth-scopes header, which it sends for every access token (a proxy may have removed it), so its scopes are unverified.`);
    }
    // An API token's scopes are named differently (read:repository:bitbucket, ...) and do
    // not imply each other: reported, not judged. An access token cannot hold `account`.
    const required = apiToken
        ? (0,_scopes_js__WEBPACK_IMPORTED_MODULE_0__/* .checkScopes */ .A6)(undefined, _scopes_js__WEBPACK_IMPORTED_MODULE_0__/* .BITBUCKET_ACCESS_TOKEN_SCOPES */ .hG)
        : (0,_scopes_js__WEBPACK_IMPORTED_MODULE_0__/* .checkScopes */ .A6)(scopes, appPassword ? _scopes_js__WEBPACK_IMPORTED_MODULE_0__/* .BITBUCKET_SCOPES */ .Mg : _scopes_js__WEBPACK_IMPORTED_MODULE_0__/* .BITBUCKET_ACCESS_TOKEN_SCOPES */ .hG);
    if (apiToken) {
        warnings.push(`An Atlassian API token is imported as BASIC_AUTH with the username given. AWS does not document API tokens for CodeBuild (its API has no API-token auth type), so whether CodeBuild's clone and webhook calls accept one is unproven; the documented path is a Bitbucket access token with no username. Its scopes (${scopes?.join(', ') || 'not reported'}) are named differently from CodeBuild's and are not checked here: CodeBuild needs read access to repositories and pull requests, and webhooks.`);
    }
    else if (!scopes) {
        warnings.push("Bitbucket did not report the token's scopes (no x-oauth-scopes header), so they are unverified. CodeBuild needs repository, pullrequest and webhook.");
    }
    else if (required.some((s) => s.optional && s.status === 'missing')) {
        warnings.push("The token lacks the account scope, which newer versions of CodeBuild's guide also list. Add it if CodeBuild cannot list your repositories.");
    }
    return { token: { kind, description, accepted: true, identity, scopes, required }, warnings };
}
/** Bitbucket's own error message (`{"error": {"message"}}`), as `: message`, or nothing. */
function bitbucketMessage(body) {
    const message = body?.error?.message;
    return typeof message === 'string' && message ? `: ${message.slice(0, 300)}` : '';
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
    return header === null ? undefined : (0,_scopes_js__WEBPACK_IMPORTED_MODULE_0__/* .parseScopeHeader */ .F8)(header);
}


/***/ }),

/***/ 2871:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Lz: () => (/* binding */ GITHUB_CHECK),
  $f: () => (/* binding */ githubClient),
  iL: () => (/* binding */ githubNetworkFailure)
});

;// CONCATENATED MODULE: ./node_modules/universal-user-agent/index.js
function getUserAgent() {
  if (typeof navigator === "object" && "userAgent" in navigator) {
    return navigator.userAgent;
  }

  if (typeof process === "object" && process.version !== undefined) {
    return `Node.js/${process.version.substr(1)} (${process.platform}; ${
      process.arch
    })`;
  }

  return "<environment undetectable>";
}

;// CONCATENATED MODULE: ./node_modules/before-after-hook/lib/register.js
// @ts-check

function register(state, name, method, options) {
  if (typeof method !== "function") {
    throw new Error("method for before hook must be a function");
  }

  if (!options) {
    options = {};
  }

  if (Array.isArray(name)) {
    return name.reverse().reduce((callback, name) => {
      return register.bind(null, state, name, callback, options);
    }, method)();
  }

  return Promise.resolve().then(() => {
    if (!state.registry[name]) {
      return method(options);
    }

    return state.registry[name].reduce((method, registered) => {
      return registered.hook.bind(null, method, options);
    }, method)();
  });
}

;// CONCATENATED MODULE: ./node_modules/before-after-hook/lib/add.js
// @ts-check

function addHook(state, kind, name, hook) {
  const orig = hook;
  if (!state.registry[name]) {
    state.registry[name] = [];
  }

  if (kind === "before") {
    hook = (method, options) => {
      return Promise.resolve()
        .then(orig.bind(null, options))
        .then(method.bind(null, options));
    };
  }

  if (kind === "after") {
    hook = (method, options) => {
      let result;
      return Promise.resolve()
        .then(method.bind(null, options))
        .then((result_) => {
          result = result_;
          return orig(result, options);
        })
        .then(() => {
          return result;
        });
    };
  }

  if (kind === "error") {
    hook = (method, options) => {
      return Promise.resolve()
        .then(method.bind(null, options))
        .catch((error) => {
          return orig(error, options);
        });
    };
  }

  state.registry[name].push({
    hook: hook,
    orig: orig,
  });
}

;// CONCATENATED MODULE: ./node_modules/before-after-hook/lib/remove.js
// @ts-check

function removeHook(state, name, method) {
  if (!state.registry[name]) {
    return;
  }

  const index = state.registry[name]
    .map((registered) => {
      return registered.orig;
    })
    .indexOf(method);

  if (index === -1) {
    return;
  }

  state.registry[name].splice(index, 1);
}

;// CONCATENATED MODULE: ./node_modules/before-after-hook/index.js
// @ts-check





// bind with array of arguments: https://stackoverflow.com/a/21792913
const bind = Function.bind;
const bindable = bind.bind(bind);

function bindApi(hook, state, name) {
  const removeHookRef = bindable(removeHook, null).apply(
    null,
    name ? [state, name] : [state]
  );
  hook.api = { remove: removeHookRef };
  hook.remove = removeHookRef;
  ["before", "error", "after", "wrap"].forEach((kind) => {
    const args = name ? [state, kind, name] : [state, kind];
    hook[kind] = hook.api[kind] = bindable(addHook, null).apply(null, args);
  });
}

function Singular() {
  const singularHookName = Symbol("Singular");
  const singularHookState = {
    registry: {},
  };
  const singularHook = register.bind(null, singularHookState, singularHookName);
  bindApi(singularHook, singularHookState, singularHookName);
  return singularHook;
}

function Collection() {
  const state = {
    registry: {},
  };

  const hook = register.bind(null, state);
  bindApi(hook, state);

  return hook;
}

/* harmony default export */ const before_after_hook = ({ Singular, Collection });

;// CONCATENATED MODULE: ./node_modules/@octokit/endpoint/dist-bundle/index.js
// pkg/dist-src/defaults.js


// pkg/dist-src/version.js
var VERSION = "0.0.0-development";

// pkg/dist-src/defaults.js
var userAgent = `octokit-endpoint.js/${VERSION} ${getUserAgent()}`;
var DEFAULTS = {
  method: "GET",
  baseUrl: "https://api.github.com",
  headers: {
    accept: "application/vnd.github.v3+json",
    "user-agent": userAgent
  },
  mediaType: {
    format: ""
  }
};

// pkg/dist-src/util/lowercase-keys.js
function lowercaseKeys(object) {
  if (!object) {
    return {};
  }
  return Object.keys(object).reduce((newObj, key) => {
    newObj[key.toLowerCase()] = object[key];
    return newObj;
  }, {});
}

// pkg/dist-src/util/is-plain-object.js
function isPlainObject(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}

// pkg/dist-src/util/merge-deep.js
function mergeDeep(defaults, options) {
  const result = Object.assign({}, defaults);
  Object.keys(options).forEach((key) => {
    if (isPlainObject(options[key])) {
      if (!(key in defaults)) Object.assign(result, { [key]: options[key] });
      else result[key] = mergeDeep(defaults[key], options[key]);
    } else {
      Object.assign(result, { [key]: options[key] });
    }
  });
  return result;
}

// pkg/dist-src/util/remove-undefined-properties.js
function removeUndefinedProperties(obj) {
  for (const key in obj) {
    if (obj[key] === void 0) {
      delete obj[key];
    }
  }
  return obj;
}

// pkg/dist-src/merge.js
function merge(defaults, route, options) {
  if (typeof route === "string") {
    let [method, url] = route.split(" ");
    options = Object.assign(url ? { method, url } : { url: method }, options);
  } else {
    options = Object.assign({}, route);
  }
  options.headers = lowercaseKeys(options.headers);
  removeUndefinedProperties(options);
  removeUndefinedProperties(options.headers);
  const mergedOptions = mergeDeep(defaults || {}, options);
  if (options.url === "/graphql") {
    if (defaults && defaults.mediaType.previews?.length) {
      mergedOptions.mediaType.previews = defaults.mediaType.previews.filter(
        (preview) => !mergedOptions.mediaType.previews.includes(preview)
      ).concat(mergedOptions.mediaType.previews);
    }
    mergedOptions.mediaType.previews = (mergedOptions.mediaType.previews || []).map((preview) => preview.replace(/-preview/, ""));
  }
  return mergedOptions;
}

// pkg/dist-src/util/add-query-parameters.js
function addQueryParameters(url, parameters) {
  const separator = /\?/.test(url) ? "&" : "?";
  const names = Object.keys(parameters);
  if (names.length === 0) {
    return url;
  }
  return url + separator + names.map((name) => {
    if (name === "q") {
      return "q=" + parameters.q.split("+").map(encodeURIComponent).join("+");
    }
    return `${name}=${encodeURIComponent(parameters[name])}`;
  }).join("&");
}

// pkg/dist-src/util/extract-url-variable-names.js
var urlVariableRegex = /\{[^{}}]+\}/g;
function removeNonChars(variableName) {
  return variableName.replace(/(?:^\W+)|(?:(?<!\W)\W+$)/g, "").split(/,/);
}
function extractUrlVariableNames(url) {
  const matches = url.match(urlVariableRegex);
  if (!matches) {
    return [];
  }
  return matches.map(removeNonChars).reduce((a, b) => a.concat(b), []);
}

// pkg/dist-src/util/omit.js
function omit(object, keysToOmit) {
  const result = { __proto__: null };
  for (const key of Object.keys(object)) {
    if (keysToOmit.indexOf(key) === -1) {
      result[key] = object[key];
    }
  }
  return result;
}

// pkg/dist-src/util/url-template.js
function encodeReserved(str) {
  return str.split(/(%[0-9A-Fa-f]{2})/g).map(function(part) {
    if (!/%[0-9A-Fa-f]/.test(part)) {
      part = encodeURI(part).replace(/%5B/g, "[").replace(/%5D/g, "]");
    }
    return part;
  }).join("");
}
function encodeUnreserved(str) {
  return encodeURIComponent(str).replace(/[!'()*]/g, function(c) {
    return "%" + c.charCodeAt(0).toString(16).toUpperCase();
  });
}
function encodeValue(operator, value, key) {
  value = operator === "+" || operator === "#" ? encodeReserved(value) : encodeUnreserved(value);
  if (key) {
    return encodeUnreserved(key) + "=" + value;
  } else {
    return value;
  }
}
function isDefined(value) {
  return value !== void 0 && value !== null;
}
function isKeyOperator(operator) {
  return operator === ";" || operator === "&" || operator === "?";
}
function getValues(context, operator, key, modifier) {
  var value = context[key], result = [];
  if (isDefined(value) && value !== "") {
    if (typeof value === "string" || typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") {
      value = value.toString();
      if (modifier && modifier !== "*") {
        value = value.substring(0, parseInt(modifier, 10));
      }
      result.push(
        encodeValue(operator, value, isKeyOperator(operator) ? key : "")
      );
    } else {
      if (modifier === "*") {
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            result.push(
              encodeValue(operator, value2, isKeyOperator(operator) ? key : "")
            );
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              result.push(encodeValue(operator, value[k], k));
            }
          });
        }
      } else {
        const tmp = [];
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            tmp.push(encodeValue(operator, value2));
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              tmp.push(encodeUnreserved(k));
              tmp.push(encodeValue(operator, value[k].toString()));
            }
          });
        }
        if (isKeyOperator(operator)) {
          result.push(encodeUnreserved(key) + "=" + tmp.join(","));
        } else if (tmp.length !== 0) {
          result.push(tmp.join(","));
        }
      }
    }
  } else {
    if (operator === ";") {
      if (isDefined(value)) {
        result.push(encodeUnreserved(key));
      }
    } else if (value === "" && (operator === "&" || operator === "?")) {
      result.push(encodeUnreserved(key) + "=");
    } else if (value === "") {
      result.push("");
    }
  }
  return result;
}
function parseUrl(template) {
  return {
    expand: expand.bind(null, template)
  };
}
function expand(template, context) {
  var operators = ["+", "#", ".", "/", ";", "?", "&"];
  template = template.replace(
    /\{([^\{\}]+)\}|([^\{\}]+)/g,
    function(_, expression, literal) {
      if (expression) {
        let operator = "";
        const values = [];
        if (operators.indexOf(expression.charAt(0)) !== -1) {
          operator = expression.charAt(0);
          expression = expression.substr(1);
        }
        expression.split(/,/g).forEach(function(variable) {
          var tmp = /([^:\*]*)(?::(\d+)|(\*))?/.exec(variable);
          values.push(getValues(context, operator, tmp[1], tmp[2] || tmp[3]));
        });
        if (operator && operator !== "+") {
          var separator = ",";
          if (operator === "?") {
            separator = "&";
          } else if (operator !== "#") {
            separator = operator;
          }
          return (values.length !== 0 ? operator : "") + values.join(separator);
        } else {
          return values.join(",");
        }
      } else {
        return encodeReserved(literal);
      }
    }
  );
  if (template === "/") {
    return template;
  } else {
    return template.replace(/\/$/, "");
  }
}

// pkg/dist-src/parse.js
function parse(options) {
  let method = options.method.toUpperCase();
  let url = (options.url || "/").replace(/:([a-z]\w+)/g, "{$1}");
  let headers = Object.assign({}, options.headers);
  let body;
  let parameters = omit(options, [
    "method",
    "baseUrl",
    "url",
    "headers",
    "request",
    "mediaType"
  ]);
  const urlVariableNames = extractUrlVariableNames(url);
  url = parseUrl(url).expand(parameters);
  if (!/^http/.test(url)) {
    url = options.baseUrl + url;
  }
  const omittedParameters = Object.keys(options).filter((option) => urlVariableNames.includes(option)).concat("baseUrl");
  const remainingParameters = omit(parameters, omittedParameters);
  const isBinaryRequest = /application\/octet-stream/i.test(headers.accept);
  if (!isBinaryRequest) {
    if (options.mediaType.format) {
      headers.accept = headers.accept.split(/,/).map(
        (format) => format.replace(
          /application\/vnd(\.\w+)(\.v3)?(\.\w+)?(\+json)?$/,
          `application/vnd$1$2.${options.mediaType.format}`
        )
      ).join(",");
    }
    if (url.endsWith("/graphql")) {
      if (options.mediaType.previews?.length) {
        const previewsFromAcceptHeader = headers.accept.match(/(?<![\w-])[\w-]+(?=-preview)/g) || [];
        headers.accept = previewsFromAcceptHeader.concat(options.mediaType.previews).map((preview) => {
          const format = options.mediaType.format ? `.${options.mediaType.format}` : "+json";
          return `application/vnd.github.${preview}-preview${format}`;
        }).join(",");
      }
    }
  }
  if (["GET", "HEAD"].includes(method)) {
    url = addQueryParameters(url, remainingParameters);
  } else {
    if ("data" in remainingParameters) {
      body = remainingParameters.data;
    } else {
      if (Object.keys(remainingParameters).length) {
        body = remainingParameters;
      }
    }
  }
  if (!headers["content-type"] && typeof body !== "undefined") {
    headers["content-type"] = "application/json; charset=utf-8";
  }
  if (["PATCH", "PUT"].includes(method) && typeof body === "undefined") {
    body = "";
  }
  return Object.assign(
    { method, url, headers },
    typeof body !== "undefined" ? { body } : null,
    options.request ? { request: options.request } : null
  );
}

// pkg/dist-src/endpoint-with-defaults.js
function endpointWithDefaults(defaults, route, options) {
  return parse(merge(defaults, route, options));
}

// pkg/dist-src/with-defaults.js
function withDefaults(oldDefaults, newDefaults) {
  const DEFAULTS2 = merge(oldDefaults, newDefaults);
  const endpoint2 = endpointWithDefaults.bind(null, DEFAULTS2);
  return Object.assign(endpoint2, {
    DEFAULTS: DEFAULTS2,
    defaults: withDefaults.bind(null, DEFAULTS2),
    merge: merge.bind(null, DEFAULTS2),
    parse
  });
}

// pkg/dist-src/index.js
var endpoint = withDefaults(null, DEFAULTS);


;// CONCATENATED MODULE: ./node_modules/content-type/dist/index.js
/*!
 * content-type
 * Copyright(c) 2015 Douglas Christopher Wilson
 * MIT Licensed
 */
const SP = 32; // " "
const HTAB = 9; // "\t"
const SEMI = 59; // ";"
const EQ = 61; // "="
const DQUOTE = 34; // '"'
const BSLASH = 92; // "\\"
const COMMA = 44; // ","
const LOWER_CASE = 1;
const OWS = 2;
const SEMI_FLAG = 4;
const COMMA_FLAG = 8;
const TOKEN_FLAG = 16;
const NON_ASCII = 0xff00;
const CASE_FLAGS = LOWER_CASE | NON_ASCII;
/**
 * Character flags used to normalize HTTP field values while scanning.
 * Out-of-range reads intentionally coerce to zero in bitwise expressions.
 */
const CHAR_MAP = new Uint8Array(0x100);
CHAR_MAP[HTAB] |= OWS;
CHAR_MAP[SP] |= OWS;
CHAR_MAP[SEMI] |= SEMI_FLAG;
CHAR_MAP[COMMA] |= COMMA_FLAG;
for (let code = 0x80 /* non-ASCII */; code <= 0xff; code++) {
    CHAR_MAP[code] |= LOWER_CASE;
}
for (const char of "!#$%&'*+-.^_`|~") {
    CHAR_MAP[char.charCodeAt(0)] |= TOKEN_FLAG;
}
for (let code = 0x30 /* 0 */; code <= 0x39 /* 9 */; code++) {
    CHAR_MAP[code] |= TOKEN_FLAG;
}
for (let code = 0x41 /* A */; code <= 0x5a /* Z */; code++) {
    CHAR_MAP[code] |= LOWER_CASE | TOKEN_FLAG;
}
for (let code = 0x61 /* a */; code <= 0x7a /* z */; code++) {
    CHAR_MAP[code] |= TOKEN_FLAG;
}
/**
 * Null object perf optimization. Faster than `Object.create(null)` and `{ __proto__: null }`.
 */
const NullObject = /* @__PURE__ */ (() => {
    const C = function () { };
    C.prototype = Object.create(null);
    return C;
})();
/**
 * Validate a type string against RFC 9110.
 */
function isTypeValid(type, start = 0, end = type.length) {
    let hasSlash = false;
    for (let index = start; index < end; index++) {
        const code = type.charCodeAt(index);
        if (code === 47 /* / */) {
            if (hasSlash || index === start || index >= end - 1)
                return false;
            hasSlash = true;
        }
        else if (!isTokenCode(code)) {
            return false;
        }
    }
    return hasSlash;
}
/**
 * Validate a token against RFC 9110.
 */
function isTokenValid(token, start = 0, end = token.length) {
    if (start >= end)
        return false;
    for (let index = start; index < end; index++) {
        if (!isTokenCode(token.charCodeAt(index)))
            return false;
    }
    return true;
}
/**
 * Check whether a character code belongs to the token production in RFC 9110.
 */
function isTokenCode(code) {
    return (CHAR_MAP[code] & TOKEN_FLAG) !== 0;
}
/**
 * Serialize a parameter value.
 */
function parameterValue(str) {
    const len = str.length;
    if (len === 0)
        return '""';
    let index = 0;
    while (index < len && isTokenCode(str.charCodeAt(index)))
        index++;
    if (index === len)
        return str;
    let result = '"';
    let start = 0;
    while (index < len) {
        const code = str.charCodeAt(index);
        if (code !== HTAB && (code < SP || code === 127 || code > 255)) {
            throw new TypeError(`Invalid parameter value: ${str}`);
        }
        if (code === 34 /* " */ || code === 92 /* \\ */) {
            result += `${str.slice(start, index)}\\`;
            start = index;
        }
        index++;
    }
    return `${result}${str.slice(start)}"`;
}
/**
 * Format an object into a `Content-Type` header.
 */
function format(obj) {
    const { type, parameters } = obj;
    if (!type || !isTypeValid(type)) {
        throw new TypeError(`Invalid type: ${type}`);
    }
    let result = type;
    if (parameters) {
        for (const param of Object.keys(parameters)) {
            if (!isTokenValid(param)) {
                throw new TypeError(`Invalid parameter name: ${param}`);
            }
            result += `; ${param}=${parameterValue(parameters[param])}`;
        }
    }
    return result;
}
/**
 * Parse a `Content-Type` header.
 */
function dist_parse(header, options) {
    const stopFlags = SEMI_FLAG | (options?.comma === true ? COMMA_FLAG : 0);
    const len = header.length;
    let valueStart = options?.start ?? 0;
    while ((CHAR_MAP[header.charCodeAt(valueStart)] & OWS) !== 0) {
        valueStart++;
    }
    let index = valueStart;
    let typeFlags = 0;
    let whitespace = -1;
    let stop = options?.parameters === false ? COMMA_FLAG : 0;
    while (index < len) {
        const code = header.charCodeAt(index);
        const flags = CHAR_MAP[code];
        if ((flags & stopFlags) !== 0) {
            stop |= flags & COMMA_FLAG;
            break;
        }
        if ((flags & OWS) !== 0) {
            if (whitespace === -1)
                whitespace = index;
        }
        else {
            whitespace = -1;
        }
        typeFlags |= (code & NON_ASCII) | flags;
        index++;
    }
    const valueEnd = whitespace === -1 ? index : whitespace;
    const value = header.slice(valueStart, valueEnd);
    const type = (typeFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
    if (index === len || stop !== 0) {
        return { type, index, parameters: new NullObject() };
    }
    return parseParameters(header, type, index, len, stopFlags);
}
/**
 * Parses the parameters of a `Content-Type` header starting at the given index.
 */
function parseParameters(header, type, index, len, stopFlags) {
    const parameters = new NullObject();
    parameter: while (index < len) {
        index++; // Skip over ;
        while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
            index++;
        }
        const keyStart = index;
        let keyFlags = 0;
        let keyWhitespace = -1;
        while (index < len) {
            const code = header.charCodeAt(index);
            const flags = CHAR_MAP[code];
            if ((flags & stopFlags) !== 0) {
                if ((flags & COMMA_FLAG) !== 0)
                    break parameter;
                continue parameter;
            }
            if (code === EQ) {
                const keyEnd = keyWhitespace === -1 ? index : keyWhitespace;
                const value = header.slice(keyStart, keyEnd);
                const key = (keyFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
                index++;
                while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
                    index++;
                }
                if (index < len && header.charCodeAt(index) === DQUOTE) {
                    const quotedStart = ++index;
                    let escaped = false;
                    while (index < len) {
                        const code = header.charCodeAt(index);
                        if (code === DQUOTE) {
                            if (parameters[key] === undefined) {
                                parameters[key] = escaped
                                    ? unescapeQuotedPairs(header, quotedStart, index)
                                    : header.slice(quotedStart, index);
                            }
                            index++;
                            let stop = 0;
                            // Discard characters between quote and delimiter.
                            while (index < len) {
                                const code = header.charCodeAt(index);
                                const flags = CHAR_MAP[code];
                                if ((flags & stopFlags) !== 0) {
                                    stop = flags & COMMA_FLAG;
                                    break;
                                }
                                index++;
                            }
                            if (stop !== 0)
                                break parameter;
                            continue parameter;
                        }
                        if (code === BSLASH && index + 1 < len) {
                            escaped = true;
                            index += 2;
                            continue;
                        }
                        index++;
                    }
                    continue parameter;
                }
                const valueStart = index;
                let stop = 0;
                let valueWhitespace = -1;
                while (index < len) {
                    const code = header.charCodeAt(index);
                    const flags = CHAR_MAP[code];
                    if ((flags & stopFlags) !== 0) {
                        stop = flags & COMMA_FLAG;
                        break;
                    }
                    if ((flags & OWS) !== 0) {
                        if (valueWhitespace === -1)
                            valueWhitespace = index;
                    }
                    else {
                        valueWhitespace = -1;
                    }
                    index++;
                }
                if (parameters[key] === undefined) {
                    const valueEnd = valueWhitespace === -1 ? index : valueWhitespace;
                    parameters[key] = header.slice(valueStart, valueEnd);
                }
                if (stop !== 0)
                    break parameter;
                continue parameter;
            }
            if ((flags & OWS) !== 0) {
                if (keyWhitespace === -1)
                    keyWhitespace = index;
            }
            else {
                keyWhitespace = -1;
            }
            keyFlags |= (code & NON_ASCII) | flags;
            index++;
        }
    }
    return { type, index, parameters };
}
/**
 * Remove backslashes from quoted pairs in a known-terminated quoted string body.
 */
function unescapeQuotedPairs(str, start, end) {
    let result = "";
    for (let index = start; index < end; index++) {
        if (str.charCodeAt(index) === BSLASH) {
            result += str.slice(start, index);
            start = ++index;
        }
    }
    return result + str.slice(start, end);
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/json-with-bigint/json-with-bigint.js
const intRegex = /^-?\d+$/;
const noiseValue = /^-?\d+n+$/; // Noise - strings that match the custom format before being converted to it
const originalStringify = JSON.stringify;
const originalParse = JSON.parse;
const customFormat = /^-?\d+n$/;

const bigIntsStringify = /([\[:])?"(-?\d+)n"($|\s*[,\}\]])/g;
const noiseStringify = /([\[:])?("-?\d+n+)n("$|"\s*[,\}\]])/g;

/**
 * @typedef {(this: any, key: string | number | undefined, value: any) => any} Replacer
 * @typedef {(key: string | number | undefined, value: any, context?: { source: string }) => any} Reviver
 */

/**
 * Checks if a value is unstringifiable according to native JSON.stringify rules.
 *
 * @param {any} val The value to check.
 * @returns {boolean} True if the value is undefined, a function, or a symbol.
 */
const isUnstringifiable = (val) =>
  val === undefined || typeof val === "function" || typeof val === "symbol";

/**
 * Checks if a value is a native JSON.rawJSON object (Node.js 22+).
 *
 * @param {any} val The value to check.
 * @returns {boolean} True if the value is a RawJSON instance.
 */
const isRawJSON = (val) =>
  val !== null &&
  typeof val === "object" &&
  val.constructor &&
  val.constructor.name === "RawJSON";

/**
 * Iteratively converts a JS value to a JSON string.
 * Used as a fallback when the native JSON.stringify hits the Maximum Call Stack size.
 * Fully compliant with JSON formatting (space), replacers, and toJSON behaviors.
 *
 * @param {any} rootValue The value to stringify.
 * @param {Replacer | Array<string | number> | null} [replacer] User's custom replacer function.
 * @param {string | number} [spaceParam] Indentation for pretty-printing.
 * @returns {string | undefined} The generated JSON string.
 */
const stringifyIteratively = (rootValue, replacer, spaceParam) => {
  let space = "";

  if (typeof spaceParam === "number") {
    space = " ".repeat(Math.min(10, Math.max(0, Math.floor(spaceParam))));
  } else if (typeof spaceParam === "string") {
    space = spaceParam.slice(0, 10);
  }

  const isFunctionReplacer = typeof replacer === "function";
  const propertyList = Array.isArray(replacer)
    ? new Set(replacer.map(String))
    : null;

  /**
   * Prepares a value for stringification by resolving toJSON, handling BigInts,
   * applying custom replacers, and unwrapping primitive objects.
   *
   * @param {object|Array} parent The parent object or array holding the value.
   * @param {string} key The key associated with the value.
   * @param {any} val The raw value to process.
   * @returns {any} The processed value ready for stringification.
   */
  const prepareVal = (parent, key, val) => {
    const isObject = val !== null && typeof val === "object";
    const hasToJSON = isObject && typeof val.toJSON === "function";

    if (hasToJSON) {
      val = val.toJSON(key);
    }

    const isNoise = typeof val === "string" && noiseValue.test(val);

    if (isNoise) return val + "n";

    const isBigInt = typeof val === "bigint";

    if (isBigInt) {
      const supportsRawJSON = "rawJSON" in JSON;

      if (supportsRawJSON) return JSON.rawJSON(val.toString());

      return val.toString() + "n";
    }

    if (isFunctionReplacer) {
      val = replacer.call(parent, key, val);
    }

    const isPostReplacerObject = val !== null && typeof val === "object";

    if (isPostReplacerObject) {
      const isPrimitiveWrapper =
        val instanceof Number ||
        val instanceof String ||
        val instanceof Boolean;

      if (isPrimitiveWrapper) {
        val = val.valueOf();
      }
    }

    return val;
  };

  const rootProcessed = prepareVal({ "": rootValue }, "", rootValue);

  if (isUnstringifiable(rootProcessed)) {
    return undefined;
  }

  const isRootPrimitive =
    rootProcessed === null || typeof rootProcessed !== "object";
  const isRootNativeRawJSON = isRawJSON(rootProcessed);

  if (isRootPrimitive || isRootNativeRawJSON) {
    return originalStringify(rootProcessed);
  }

  const chunks = [];
  let level = 0;

  const stack = [
    {
      parent: { "": rootProcessed },
      key: "",
      val: rootProcessed,
      isArray: Array.isArray(rootProcessed),
      keys: Array.isArray(rootProcessed) ? null : Object.keys(rootProcessed),
      index: 0,
      first: true,
    },
  ];

  const visited = new WeakSet([rootProcessed]);

  while (stack.length > 0) {
    const node = stack[stack.length - 1];

    if (node.index === 0) {
      chunks.push(node.isArray ? "[" : "{");
      level++;
    }

    let isDone = false;

    if (node.isArray) {
      if (node.index < node.val.length) {
        if (!node.first) chunks.push(",");

        if (space) chunks.push("\n" + space.repeat(level));

        const childRaw = node.val[node.index];
        const childVal = prepareVal(node.val, String(node.index), childRaw);

        if (isUnstringifiable(childVal)) {
          chunks.push("null");
          node.first = false;
          node.index++;
        } else {
          const isComplexObject =
            childVal !== null && typeof childVal === "object";
          const isNativeRaw = isRawJSON(childVal);

          if (isComplexObject && !isNativeRaw) {
            if (visited.has(childVal)) {
              throw new TypeError("Converting circular structure to JSON");
            }

            visited.add(childVal);

            stack.push({
              parent: node.val,
              key: String(node.index),
              val: childVal,
              isArray: Array.isArray(childVal),
              keys: Array.isArray(childVal) ? null : Object.keys(childVal),
              index: 0,
              first: true,
            });

            node.first = false;
            node.index++;
          } else {
            chunks.push(originalStringify(childVal));
            node.first = false;
            node.index++;
          }
        }
      } else {
        isDone = true;
      }
    } else {
      while (node.index < node.keys.length) {
        const k = node.keys[node.index++];

        const isFilteredOutByArray = propertyList && !propertyList.has(k);

        if (isFilteredOutByArray) continue;

        const childRaw = node.val[k];
        const childVal = prepareVal(node.val, k, childRaw);

        if (isUnstringifiable(childVal)) continue;

        if (!node.first) chunks.push(",");

        if (space) {
          chunks.push("\n" + space.repeat(level) + originalStringify(k) + ": ");
        } else {
          chunks.push(originalStringify(k) + ":");
        }

        const isComplexObject =
          childVal !== null && typeof childVal === "object";
        const isNativeRaw = isRawJSON(childVal);

        if (isComplexObject && !isNativeRaw) {
          if (visited.has(childVal)) {
            throw new TypeError("Converting circular structure to JSON");
          }

          visited.add(childVal);

          stack.push({
            parent: node.val,
            key: k,
            val: childVal,
            isArray: Array.isArray(childVal),
            keys: Array.isArray(childVal) ? null : Object.keys(childVal),
            index: 0,
            first: true,
          });

          node.first = false;

          break; // Stop current loop level to process the newly pushed stack node
        } else {
          chunks.push(originalStringify(childVal));
          node.first = false;
        }
      }

      const isNodeFullyProcessed =
        node.index >= node.keys.length && stack[stack.length - 1] === node;

      if (isNodeFullyProcessed) {
        isDone = true;
      }
    }

    if (isDone) {
      level--;

      if (!node.first && space) chunks.push("\n" + space.repeat(level));

      chunks.push(node.isArray ? "]" : "}");
      visited.delete(node.val);
      stack.pop();
    }
  }

  return chunks.join("");
};

/**
 * Converts a JavaScript value to a JSON string.
 *
 * Supports serialization of BigInt values using two strategies:
 * 1. Custom format "123n" → "123" (universal fallback)
 * 2. Native JSON.rawJSON() (Node.js 22+, fastest) when available
 *
 * All other values are serialized exactly like native JSON.stringify().
 *
 * @param {*} value The value to convert to a JSON string.
 * @param {Replacer | Array<string | number> | null} [replacer]
 * A function that alters the behavior of the stringification process,
 * or an array of strings/numbers to indicate properties to exclude.
 * @param {string | number} [space]
 * A string or number to specify indentation or pretty-printing.
 * @returns {string} The JSON string representation.
 */
const JSONStringify = (value, replacer, space) => {
  try {
    const supportsRawJSON = "rawJSON" in JSON;

    if (supportsRawJSON) {
      return originalStringify(
        value,
        (key, val) => {
          if (typeof val === "bigint") return JSON.rawJSON(val.toString());

          const hasFunctionReplacer = typeof replacer === "function";

          if (hasFunctionReplacer) return replacer(key, val);

          const isKeyInArrayReplacer =
            Array.isArray(replacer) && replacer.includes(key);

          if (isKeyInArrayReplacer) return val;

          return val;
        },
        space,
      );
    }

    if (!value) return originalStringify(value, replacer, space);

    const convertedToCustomJSON = originalStringify(
      value,
      (key, val) => {
        const isNoise = typeof val === "string" && noiseValue.test(val);

        if (isNoise) return val.toString() + "n"; // Mark noise values with additional "n" to offset the deletion of one "n" during the processing

        if (typeof val === "bigint") return val.toString() + "n";

        const hasFunctionReplacer = typeof replacer === "function";

        if (hasFunctionReplacer) return replacer(key, val);

        const isKeyInArrayReplacer =
          Array.isArray(replacer) && replacer.includes(key);

        if (isKeyInArrayReplacer) return val;

        return val;
      },
      space,
    );

    const processedJSON = convertedToCustomJSON.replace(
      bigIntsStringify,
      "$1$2$3",
    ); // Delete one "n" off the end of every BigInt value

    const denoisedJSON = processedJSON.replace(noiseStringify, "$1$2$3"); // Remove one "n" off the end of every noisy string

    return denoisedJSON;
  } catch (error) {
    if (error instanceof RangeError) {
      const convertedJSON = stringifyIteratively(value, replacer, space);

      if (convertedJSON === undefined) return undefined;

      const supportsRawJSON = "rawJSON" in JSON;

      if (supportsRawJSON) return convertedJSON;

      const processedJSON = convertedJSON.replace(bigIntsStringify, "$1$2$3");

      return processedJSON.replace(noiseStringify, "$1$2$3");
    }

    throw error;
  }
};

const featureCache = new Map();

/**
 * Detects if the current JSON.parse implementation supports the context.source feature.
 *
 * Uses toString() fingerprinting to cache results and automatically detect runtime
 * replacements of JSON.parse (polyfills, mocks, etc.).
 *
 * @returns {boolean} true if context.source is supported, false otherwise.
 */
const isContextSourceSupported = () => {
  const parseFingerprint = JSON.parse.toString();

  if (featureCache.has(parseFingerprint)) {
    return featureCache.get(parseFingerprint);
  }

  try {
    const result = JSON.parse(
      "1",
      (_, __, context) => !!context?.source && context.source === "1",
    );
    featureCache.set(parseFingerprint, result);

    return result;
  } catch {
    featureCache.set(parseFingerprint, false);

    return false;
  }
};

/**
 * Reviver function that converts custom-format BigInt strings back to BigInt values.
 * Also handles "noise" strings that accidentally match the BigInt format.
 *
 * @param {string | number | undefined} key The object key.
 * @param {*} value The value being parsed.
 * @param {object} [context] Parse context (if supported by JSON.parse).
 * @param {Reviver} [userReviver] User's custom reviver function.
 * @returns {any} The transformed value.
 */
const convertMarkedBigIntsReviver = (key, value, context, userReviver) => {
  const isCustomFormatBigInt =
    typeof value === "string" && customFormat.test(value);

  if (isCustomFormatBigInt) return BigInt(value.slice(0, -1));

  const isNoiseValue = typeof value === "string" && noiseValue.test(value);
  if (isNoiseValue) return value.slice(0, -1);

  const hasUserReviver = typeof userReviver === "function";

  if (!hasUserReviver) return value;

  return userReviver(key, value, context);
};

/**
 * Fast JSON.parse implementation (~2x faster than classic fallback).
 * Uses JSON.parse's context.source feature to detect integers and convert
 * large numbers directly to BigInt without string manipulation.
 *
 * Does not support legacy custom format from v1 of this library.
 *
 * @param {string} text JSON string to parse.
 * @param {Reviver} [reviver] Transform function to apply to each value.
 * @returns {any} Parsed JavaScript value.
 */
const JSONParseV2 = (text, reviver) => {
  return JSON.parse(text, (key, value, context) => {
    const isNumber = typeof value === "number";
    const isOutOfBounds =
      value > Number.MAX_SAFE_INTEGER || value < Number.MIN_SAFE_INTEGER;
    const isBigNumber = isNumber && isOutOfBounds;
    const isInt = context && intRegex.test(context.source);
    const isBigInt = isBigNumber && isInt;

    if (isBigInt) return BigInt(context.source);

    const hasCustomReviver = typeof reviver === "function";

    if (!hasCustomReviver) return value;

    return reviver(key, value, context);
  });
};

const MAX_INT = Number.MAX_SAFE_INTEGER.toString();
const MAX_DIGITS = MAX_INT.length;
const stringsOrLargeNumbers =
  /"(?:[^"\\]|\\.)*"|-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/g;
const noiseValueWithQuotes = /^"-?\d+n+"$/; // Noise - strings that match the custom format before being converted to it

/**
 * Iteratively traverses the parsed object bottom-up (post-order),
 * emulating the native JSON.parse reviver behavior.
 * This avoids Call Stack overflows (RangeError) on deeply nested structures.
 *
 * @param {any} parsed The natively parsed JSON object.
 * @param {Reviver} [userReviver] User's custom reviver function.
 * @returns {any} The fully processed object.
 */
const applyReviverIteratively = (parsed, userReviver) => {
  const rootHolder = { "": parsed };
  const stack = [{ parent: rootHolder, key: "", visited: false }];

  while (stack.length > 0) {
    const node = stack[stack.length - 1];

    if (!node.visited) {
      node.visited = true;

      const value = node.parent[node.key];
      const isComplexObject = value !== null && typeof value === "object";

      if (isComplexObject) {
        const keys = Object.keys(value);

        for (let i = keys.length - 1; i >= 0; i--) {
          stack.push({ parent: value, key: keys[i], visited: false });
        }
      }
    } else {
      const { parent, key } = node;
      let value = parent[key];

      if (typeof value === "string") {
        const isCustomFormatBigInt = customFormat.test(value);

        if (isCustomFormatBigInt) {
          value = BigInt(value.slice(0, -1));
        } else {
          const isNoise = noiseValue.test(value);

          if (isNoise) value = value.slice(0, -1);
        }
      }

      const hasUserReviver = typeof userReviver === "function";

      if (hasUserReviver) {
        value = userReviver.call(parent, key, value);
      }

      const isDeleted = value === undefined;

      if (isDeleted) {
        delete parent[key];
      } else {
        parent[key] = value;
      }

      stack.pop();
    }
  }

  return rootHolder[""];
};

/**
 * Pre-processes the JSON string to mark large numbers with an 'n' suffix.
 *
 * @param {string} text The raw JSON string.
 * @returns {string} The serialized string with marked BigInts.
 */
const serializeBigInts = (text) => {
  return text.replace(
    stringsOrLargeNumbers,
    (match, digits, fractional, exponential) => {
      const isString = match[0] === '"';
      const isNoise = isString && noiseValueWithQuotes.test(match);

      if (isNoise) return match.substring(0, match.length - 1) + 'n"'; // Mark noise values with additional "n" to offset the deletion of one "n" during the processing

      const hasFractionalOrExponential = fractional || exponential;

      // With a fixed number of digits, we can correctly use lexicographical comparison to do a numeric comparison
      const isLessThanMaxSafeInt =
        digits &&
        (digits.length < MAX_DIGITS ||
          (digits.length === MAX_DIGITS && digits <= MAX_INT));

      const isStandardValue =
        isString || hasFractionalOrExponential || isLessThanMaxSafeInt;

      if (isStandardValue) return match;

      return '"' + match + 'n"';
    },
  );
};

/**
 * Converts a JSON string into a JavaScript value.
 *
 * Supports parsing of large integers using two strategies:
 * 1. Classic fallback: Marks large numbers with "123n" format, then converts to BigInt
 * 2. Fast path (JSONParseV2): Uses context.source feature (~2x faster) when available
 *
 * All other JSON values are parsed exactly like native JSON.parse().
 *
 * @param {string} text A valid JSON string.
 * @param {Reviver} [reviver]
 * A function that transforms the results. This function is called for each member
 * of the object. If a member contains nested objects, the nested objects are
 * transformed before the parent object is.
 * @returns {any} The parsed JavaScript value.
 * @throws {SyntaxError} If text is not valid JSON.
 */
const JSONParse = (text, reviver) => {
  if (!text) return originalParse(text, reviver);

  try {
    if (isContextSourceSupported()) return JSONParseV2(text, reviver); // Shortcut to a faster (2x) and simpler version

    // Find and mark big numbers with "n"
    const serializedData = serializeBigInts(text);

    return originalParse(serializedData, (key, value, context) =>
      convertMarkedBigIntsReviver(key, value, context, reviver),
    );
  } catch (error) {
    if (error instanceof RangeError) {
      const serializedData = serializeBigInts(text);
      const parsed = originalParse(serializedData);

      return applyReviverIteratively(parsed, reviver);
    }

    throw error;
  }
};



;// CONCATENATED MODULE: ./node_modules/@octokit/request-error/dist-src/index.js
class RequestError extends Error {
  name;
  /**
   * http status code
   */
  status;
  /**
   * Request options that lead to the error.
   */
  request;
  /**
   * Response object if a response was received
   */
  response;
  constructor(message, statusCode, options) {
    super(message, { cause: options.cause });
    this.name = "HttpError";
    this.status = Number.parseInt(statusCode);
    if (Number.isNaN(this.status)) {
      this.status = 0;
    }
    /* v8 ignore else -- @preserve -- Bug with vitest coverage where it sees an else branch that doesn't exist */
    if ("response" in options) {
      this.response = options.response;
    }
    const requestCopy = Object.assign({}, options.request);
    if (options.request.headers.authorization) {
      requestCopy.headers = Object.assign({}, options.request.headers, {
        authorization: options.request.headers.authorization.replace(
          /(?<! ) .*$/,
          " [REDACTED]"
        )
      });
    }
    requestCopy.url = requestCopy.url.replace(/\bclient_secret=\w+/g, "client_secret=[REDACTED]").replace(/\baccess_token=\w+/g, "access_token=[REDACTED]");
    this.request = requestCopy;
  }
}


;// CONCATENATED MODULE: ./node_modules/@octokit/request/dist-bundle/index.js
// pkg/dist-src/index.js


// pkg/dist-src/defaults.js


// pkg/dist-src/version.js
var dist_bundle_VERSION = "10.0.16";

// pkg/dist-src/defaults.js
var defaults_default = {
  headers: {
    "user-agent": `octokit-request.js/${dist_bundle_VERSION} ${getUserAgent()}`
  }
};

// pkg/dist-src/fetch-wrapper.js



// pkg/dist-src/is-plain-object.js
function dist_bundle_isPlainObject(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}

// pkg/dist-src/fetch-wrapper.js

var noop = () => "";
async function fetchWrapper(requestOptions) {
  const fetch = requestOptions.request?.fetch || globalThis.fetch;
  if (!fetch) {
    throw new Error(
      "fetch is not set. Please pass a fetch implementation as new Octokit({ request: { fetch }}). Learn more at https://github.com/octokit/octokit.js/#fetch-missing"
    );
  }
  const log = requestOptions.request?.log || console;
  const parseSuccessResponseBody = requestOptions.request?.parseSuccessResponseBody !== false;
  const body = dist_bundle_isPlainObject(requestOptions.body) || Array.isArray(requestOptions.body) ? JSONStringify(requestOptions.body) : requestOptions.body;
  const requestHeaders = Object.fromEntries(
    Object.entries(requestOptions.headers).map(([name, value]) => [
      name,
      String(value)
    ])
  );
  let fetchResponse;
  try {
    fetchResponse = await fetch(requestOptions.url, {
      method: requestOptions.method,
      body,
      redirect: requestOptions.request?.redirect,
      headers: requestHeaders,
      signal: requestOptions.request?.signal,
      // duplex must be set if request.body is ReadableStream or Async Iterables.
      // See https://fetch.spec.whatwg.org/#dom-requestinit-duplex.
      ...requestOptions.body && { duplex: "half" }
    });
  } catch (error) {
    let message = "Unknown Error";
    if (error instanceof Error) {
      if (error.name === "AbortError") {
        error.status = 500;
        throw error;
      }
      message = error.message;
      if (error.name === "TypeError" && "cause" in error) {
        if (error.cause instanceof Error) {
          message = error.cause.message;
        } else if (typeof error.cause === "string") {
          message = error.cause;
        }
      }
    }
    const requestError = new RequestError(message, 500, {
      request: requestOptions
    });
    requestError.cause = error;
    throw requestError;
  }
  const status = fetchResponse.status;
  const url = fetchResponse.url;
  const responseHeaders = {};
  for (const [key, value] of fetchResponse.headers) {
    responseHeaders[key] = value;
  }
  const octokitResponse = {
    url,
    status,
    headers: responseHeaders,
    data: ""
  };
  if ("deprecation" in responseHeaders) {
    const matches = responseHeaders.link && responseHeaders.link.match(/<([^<>]+)>; rel="deprecation"/);
    const deprecationLink = matches && matches.pop();
    log.warn(
      `[@octokit/request] "${requestOptions.method} ${requestOptions.url}" is deprecated. It is scheduled to be removed on ${responseHeaders.sunset}${deprecationLink ? `. See ${deprecationLink}` : ""}`
    );
  }
  if (status === 204 || status === 205) {
    return octokitResponse;
  }
  if (requestOptions.method === "HEAD") {
    if (status < 400) {
      return octokitResponse;
    }
    throw new RequestError(fetchResponse.statusText, status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status === 304) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError("Not modified", status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status >= 400) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError(toErrorMessage(octokitResponse.data), status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  octokitResponse.data = parseSuccessResponseBody ? await getResponseData(fetchResponse) : fetchResponse.body;
  return octokitResponse;
}
async function getResponseData(response) {
  const contentType = response.headers.get("content-type");
  if (!contentType) {
    return response.text().catch(noop);
  }
  const mimetype = dist_parse(contentType);
  if (isJSONResponse(mimetype)) {
    let text = "";
    try {
      text = await response.text();
      return JSONParse(text);
    } catch (err) {
      return text;
    }
  } else if (mimetype.type.startsWith("text/") || // `application/octet-stream` is the canonical "arbitrary binary" type
  // (RFC 2046) and must never be decoded as text, even when the response
  // carries a (misleading) `charset=utf-8` parameter — see #751.
  mimetype.parameters.charset?.toLowerCase() === "utf-8" && mimetype.type !== "application/octet-stream") {
    return response.text().catch(noop);
  } else {
    return response.arrayBuffer().catch(
      /* v8 ignore next -- @preserve */
      () => new ArrayBuffer(0)
    );
  }
}
function isJSONResponse(mimetype) {
  return mimetype.type === "application/json" || mimetype.type === "application/scim+json";
}
function toErrorMessage(data) {
  if (typeof data === "string") {
    return data;
  }
  if (data instanceof ArrayBuffer) {
    return "Unknown error";
  }
  if (typeof data === "object" && data !== null && "message" in data) {
    const objectData = data;
    const suffix = "documentation_url" in objectData ? ` - ${objectData.documentation_url}` : "";
    return Array.isArray(objectData.errors) ? `${objectData.message}: ${objectData.errors.map((v) => JSON.stringify(v)).join(", ")}${suffix}` : `${objectData.message}${suffix}`;
  }
  return `Unknown error: ${JSON.stringify(data)}`;
}

// pkg/dist-src/with-defaults.js
function dist_bundle_withDefaults(oldEndpoint, newDefaults) {
  const endpoint2 = oldEndpoint.defaults(newDefaults);
  const newApi = function(route, parameters) {
    const endpointOptions = endpoint2.merge(route, parameters);
    if (!endpointOptions.request || !endpointOptions.request.hook) {
      return fetchWrapper(endpoint2.parse(endpointOptions));
    }
    const request2 = (route2, parameters2) => {
      return fetchWrapper(
        endpoint2.parse(endpoint2.merge(route2, parameters2))
      );
    };
    Object.assign(request2, {
      endpoint: endpoint2,
      defaults: dist_bundle_withDefaults.bind(null, endpoint2)
    });
    return endpointOptions.request.hook(request2, endpointOptions);
  };
  return Object.assign(newApi, {
    endpoint: endpoint2,
    defaults: dist_bundle_withDefaults.bind(null, endpoint2)
  });
}

// pkg/dist-src/index.js
var request = dist_bundle_withDefaults(endpoint, defaults_default);

/* v8 ignore next -- @preserve */
/* v8 ignore else -- @preserve */

;// CONCATENATED MODULE: ./node_modules/@octokit/graphql/dist-bundle/index.js
// pkg/dist-src/index.js



// pkg/dist-src/version.js
var graphql_dist_bundle_VERSION = "0.0.0-development";

// pkg/dist-src/with-defaults.js


// pkg/dist-src/graphql.js


// pkg/dist-src/error.js
function _buildMessageForResponseErrors(data) {
  return `Request failed due to following response errors:
` + data.errors.map((e) => ` - ${e.message}`).join("\n");
}
var GraphqlResponseError = class extends Error {
  constructor(request2, headers, response) {
    super(_buildMessageForResponseErrors(response));
    this.request = request2;
    this.headers = headers;
    this.response = response;
    this.errors = response.errors;
    this.data = response.data;
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    }
  }
  request;
  headers;
  response;
  name = "GraphqlResponseError";
  errors;
  data;
};

// pkg/dist-src/graphql.js
var NON_VARIABLE_OPTIONS = [
  "method",
  "baseUrl",
  "url",
  "headers",
  "request",
  "query",
  "mediaType",
  "operationName"
];
var FORBIDDEN_VARIABLE_OPTIONS = ["query", "method", "url"];
var GHES_V3_SUFFIX_REGEX = /\/api\/v3\/?$/;
function graphql(request2, query, options) {
  if (options) {
    if (typeof query === "string" && "query" in options) {
      return Promise.reject(
        new Error(`[@octokit/graphql] "query" cannot be used as variable name`)
      );
    }
    for (const key in options) {
      if (!FORBIDDEN_VARIABLE_OPTIONS.includes(key)) continue;
      return Promise.reject(
        new Error(
          `[@octokit/graphql] "${key}" cannot be used as variable name`
        )
      );
    }
  }
  const parsedOptions = typeof query === "string" ? Object.assign({ query }, options) : query;
  const requestOptions = Object.keys(
    parsedOptions
  ).reduce((result, key) => {
    if (NON_VARIABLE_OPTIONS.includes(key)) {
      result[key] = parsedOptions[key];
      return result;
    }
    if (!result.variables) {
      result.variables = {};
    }
    result.variables[key] = parsedOptions[key];
    return result;
  }, {});
  const baseUrl = parsedOptions.baseUrl || request2.endpoint.DEFAULTS.baseUrl;
  if (GHES_V3_SUFFIX_REGEX.test(baseUrl)) {
    requestOptions.url = baseUrl.replace(GHES_V3_SUFFIX_REGEX, "/api/graphql");
  }
  return request2(requestOptions).then((response) => {
    if (response.data.errors) {
      const headers = {};
      for (const key of Object.keys(response.headers)) {
        headers[key] = response.headers[key];
      }
      throw new GraphqlResponseError(
        requestOptions,
        headers,
        response.data
      );
    }
    return response.data.data;
  });
}

// pkg/dist-src/with-defaults.js
function graphql_dist_bundle_withDefaults(request2, newDefaults) {
  const newRequest = request2.defaults(newDefaults);
  const newApi = (query, options) => {
    return graphql(newRequest, query, options);
  };
  return Object.assign(newApi, {
    defaults: graphql_dist_bundle_withDefaults.bind(null, newRequest),
    endpoint: newRequest.endpoint
  });
}

// pkg/dist-src/index.js
var graphql2 = graphql_dist_bundle_withDefaults(request, {
  headers: {
    "user-agent": `octokit-graphql.js/${graphql_dist_bundle_VERSION} ${getUserAgent()}`
  },
  method: "POST",
  url: "/graphql"
});
function withCustomRequest(customRequest) {
  return graphql_dist_bundle_withDefaults(customRequest, {
    method: "POST",
    url: "/graphql"
  });
}

/* v8 ignore if -- @preserve */

;// CONCATENATED MODULE: ./node_modules/@octokit/auth-token/dist-bundle/index.js
// pkg/dist-src/is-jwt.js
var b64url = "(?:[a-zA-Z0-9_-]+)";
var sep = "\\.";
var jwtRE = new RegExp(`^${b64url}${sep}${b64url}${sep}${b64url}$`);
var isJWT = jwtRE.test.bind(jwtRE);

// pkg/dist-src/auth.js
async function auth(token) {
  const isApp = isJWT(token);
  const isInstallation = token.startsWith("v1.") || token.startsWith("ghs_");
  const isUserToServer = token.startsWith("ghu_");
  const tokenType = isApp ? "app" : isInstallation ? "installation" : isUserToServer ? "user-to-server" : "oauth";
  return {
    type: "token",
    token,
    tokenType
  };
}

// pkg/dist-src/with-authorization-prefix.js
function withAuthorizationPrefix(token) {
  if (token.split(/\./).length === 3) {
    return `bearer ${token}`;
  }
  return `token ${token}`;
}

// pkg/dist-src/hook.js
async function hook(token, request, route, parameters) {
  const endpoint = request.endpoint.merge(
    route,
    parameters
  );
  endpoint.headers.authorization = withAuthorizationPrefix(token);
  return request(endpoint);
}

// pkg/dist-src/index.js
var createTokenAuth = function createTokenAuth2(token) {
  if (!token) {
    throw new Error("[@octokit/auth-token] No token passed to createTokenAuth");
  }
  if (typeof token !== "string") {
    throw new Error(
      "[@octokit/auth-token] Token passed to createTokenAuth is not a string"
    );
  }
  token = token.replace(/^(token|bearer) +/i, "");
  return Object.assign(auth.bind(null, token), {
    hook: hook.bind(null, token)
  });
};


;// CONCATENATED MODULE: ./node_modules/@octokit/core/dist-src/version.js
const version_VERSION = "7.0.8";


;// CONCATENATED MODULE: ./node_modules/@octokit/core/dist-src/index.js






const dist_src_noop = () => {
};
const consoleWarn = console.warn.bind(console);
const consoleError = console.error.bind(console);
function createLogger(logger = {}) {
  if (typeof logger.debug !== "function") {
    logger.debug = dist_src_noop;
  }
  if (typeof logger.info !== "function") {
    logger.info = dist_src_noop;
  }
  if (typeof logger.warn !== "function") {
    logger.warn = consoleWarn;
  }
  if (typeof logger.error !== "function") {
    logger.error = consoleError;
  }
  return logger;
}
const userAgentTrail = `octokit-core.js/${version_VERSION} ${getUserAgent()}`;
class Octokit {
  static VERSION = version_VERSION;
  static defaults(defaults) {
    const OctokitWithDefaults = class extends this {
      constructor(...args) {
        const options = args[0] || {};
        if (typeof defaults === "function") {
          super(defaults(options));
          return;
        }
        super(
          Object.assign(
            {},
            defaults,
            options,
            options.userAgent && defaults.userAgent ? {
              userAgent: `${options.userAgent} ${defaults.userAgent}`
            } : null
          )
        );
      }
    };
    return OctokitWithDefaults;
  }
  static plugins = [];
  /**
   * Attach a plugin (or many) to your Octokit instance.
   *
   * @example
   * const API = Octokit.plugin(plugin1, plugin2, plugin3, ...)
   */
  static plugin(...newPlugins) {
    const currentPlugins = this.plugins;
    const NewOctokit = class extends this {
      static plugins = currentPlugins.concat(
        newPlugins.filter((plugin) => !currentPlugins.includes(plugin))
      );
    };
    return NewOctokit;
  }
  constructor(options = {}) {
    const hook = new before_after_hook.Collection();
    const requestDefaults = {
      baseUrl: request.endpoint.DEFAULTS.baseUrl,
      headers: {},
      request: Object.assign({}, options.request, {
        // @ts-ignore internal usage only, no need to type
        hook: hook.bind(null, "request")
      }),
      mediaType: {
        previews: [],
        format: ""
      }
    };
    requestDefaults.headers["user-agent"] = options.userAgent ? `${options.userAgent} ${userAgentTrail}` : userAgentTrail;
    if (options.baseUrl) {
      requestDefaults.baseUrl = options.baseUrl;
    }
    if (options.previews) {
      requestDefaults.mediaType.previews = options.previews;
    }
    if (options.timeZone) {
      requestDefaults.headers["time-zone"] = options.timeZone;
    }
    this.request = request.defaults(requestDefaults);
    this.graphql = withCustomRequest(this.request).defaults(requestDefaults);
    this.log = createLogger(options.log);
    this.hook = hook;
    if (!options.authStrategy) {
      if (!options.auth) {
        this.auth = async () => ({
          type: "unauthenticated"
        });
      } else {
        const auth = createTokenAuth(options.auth);
        hook.wrap("request", auth.hook);
        this.auth = auth;
      }
    } else {
      const { authStrategy, ...otherOptions } = options;
      const auth = authStrategy(
        Object.assign(
          {
            request: this.request,
            log: this.log,
            // we pass the current octokit instance as well as its constructor options
            // to allow for authentication strategies that return a new octokit instance
            // that shares the same internal state as the current one. The original
            // requirement for this was the "event-octokit" authentication strategy
            // of https://github.com/probot/octokit-auth-probot.
            octokit: this,
            octokitOptions: otherOptions
          },
          options.auth
        )
      );
      hook.wrap("request", auth.hook);
      this.auth = auth;
    }
    const classConstructor = this.constructor;
    for (let i = 0; i < classConstructor.plugins.length; ++i) {
      Object.assign(this, classConstructor.plugins[i](this, options));
    }
  }
  // assigned during constructor
  request;
  graphql;
  log;
  hook;
  // TODO: type `octokit.auth` based on passed options.authStrategy
  auth;
}


;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-request-log/dist-src/version.js
const dist_src_version_VERSION = "6.0.0";


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
requestLog.VERSION = dist_src_version_VERSION;


;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
// pkg/dist-src/version.js
var plugin_paginate_rest_dist_bundle_VERSION = "0.0.0-development";

// pkg/dist-src/normalize-paginated-list-response.js
function normalizePaginatedListResponse(response) {
  if (!response.data) {
    return {
      ...response,
      data: []
    };
  }
  const responseNeedsNormalization = ("total_count" in response.data || "total_commits" in response.data) && !("url" in response.data);
  if (!responseNeedsNormalization) return response;
  const incompleteResults = response.data.incomplete_results;
  const repositorySelection = response.data.repository_selection;
  const totalCount = response.data.total_count;
  const totalCommits = response.data.total_commits;
  delete response.data.incomplete_results;
  delete response.data.repository_selection;
  delete response.data.total_count;
  delete response.data.total_commits;
  const namespaceKey = Object.keys(response.data)[0];
  const data = response.data[namespaceKey];
  response.data = data;
  if (typeof incompleteResults !== "undefined") {
    response.data.incomplete_results = incompleteResults;
  }
  if (typeof repositorySelection !== "undefined") {
    response.data.repository_selection = repositorySelection;
  }
  response.data.total_count = totalCount;
  response.data.total_commits = totalCommits;
  return response;
}

// pkg/dist-src/iterator.js
function iterator(octokit, route, parameters) {
  const options = typeof route === "function" ? route.endpoint(parameters) : octokit.request.endpoint(route, parameters);
  const requestMethod = typeof route === "function" ? route : octokit.request;
  const method = options.method;
  const headers = options.headers;
  let url = options.url;
  return {
    [Symbol.asyncIterator]: () => ({
      async next() {
        if (!url) return { done: true };
        try {
          const response = await requestMethod({ method, url, headers });
          const normalizedResponse = normalizePaginatedListResponse(response);
          url = ((normalizedResponse.headers.link || "").match(
            /<([^<>]+)>;\s*rel="next"/
          ) || [])[1];
          if (!url && "total_commits" in normalizedResponse.data) {
            const parsedUrl = new URL(normalizedResponse.url);
            const params = parsedUrl.searchParams;
            const page = parseInt(params.get("page") || "1", 10);
            const per_page = parseInt(params.get("per_page") || "250", 10);
            if (page * per_page < normalizedResponse.data.total_commits) {
              params.set("page", String(page + 1));
              url = parsedUrl.toString();
            }
          }
          return { value: normalizedResponse };
        } catch (error) {
          if (error.status !== 409) throw error;
          url = "";
          return {
            value: {
              status: 200,
              headers: {},
              data: []
            }
          };
        }
      }
    })
  };
}

// pkg/dist-src/paginate.js
function paginate(octokit, route, parameters, mapFn) {
  if (typeof parameters === "function") {
    mapFn = parameters;
    parameters = void 0;
  }
  return gather(
    octokit,
    [],
    iterator(octokit, route, parameters)[Symbol.asyncIterator](),
    mapFn
  );
}
function gather(octokit, results, iterator2, mapFn) {
  return iterator2.next().then((result) => {
    if (result.done) {
      return results;
    }
    let earlyExit = false;
    function done() {
      earlyExit = true;
    }
    results = results.concat(
      mapFn ? mapFn(result.value, done) : result.value.data
    );
    if (earlyExit) {
      return results;
    }
    return gather(octokit, results, iterator2, mapFn);
  });
}

// pkg/dist-src/compose-paginate.js
var composePaginateRest = Object.assign(paginate, {
  iterator
});

// pkg/dist-src/generated/paginating-endpoints.js
var paginatingEndpoints = (/* unused pure expression or super */ null && ([
  "GET /advisories",
  "GET /app/hook/deliveries",
  "GET /app/installation-requests",
  "GET /app/installations",
  "GET /assignments/{assignment_id}/accepted_assignments",
  "GET /classrooms",
  "GET /classrooms/{classroom_id}/assignments",
  "GET /enterprises/{enterprise}/code-security/configurations",
  "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}/repositories",
  "GET /enterprises/{enterprise}/dependabot/alerts",
  "GET /enterprises/{enterprise}/teams",
  "GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships",
  "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations",
  "GET /events",
  "GET /gists",
  "GET /gists/public",
  "GET /gists/starred",
  "GET /gists/{gist_id}/comments",
  "GET /gists/{gist_id}/commits",
  "GET /gists/{gist_id}/forks",
  "GET /installation/repositories",
  "GET /issues",
  "GET /licenses",
  "GET /marketplace_listing/plans",
  "GET /marketplace_listing/plans/{plan_id}/accounts",
  "GET /marketplace_listing/stubbed/plans",
  "GET /marketplace_listing/stubbed/plans/{plan_id}/accounts",
  "GET /networks/{owner}/{repo}/events",
  "GET /notifications",
  "GET /organizations",
  "GET /organizations/{org}/dependabot/repository-access",
  "GET /orgs/{org}/actions/cache/usage-by-repository",
  "GET /orgs/{org}/actions/hosted-runners",
  "GET /orgs/{org}/actions/permissions/repositories",
  "GET /orgs/{org}/actions/permissions/self-hosted-runners/repositories",
  "GET /orgs/{org}/actions/runner-groups",
  "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/hosted-runners",
  "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/repositories",
  "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/runners",
  "GET /orgs/{org}/actions/runners",
  "GET /orgs/{org}/actions/secrets",
  "GET /orgs/{org}/actions/secrets/{secret_name}/repositories",
  "GET /orgs/{org}/actions/variables",
  "GET /orgs/{org}/actions/variables/{name}/repositories",
  "GET /orgs/{org}/attestations/repositories",
  "GET /orgs/{org}/attestations/{subject_digest}",
  "GET /orgs/{org}/blocks",
  "GET /orgs/{org}/campaigns",
  "GET /orgs/{org}/code-scanning/alerts",
  "GET /orgs/{org}/code-security/configurations",
  "GET /orgs/{org}/code-security/configurations/{configuration_id}/repositories",
  "GET /orgs/{org}/codespaces",
  "GET /orgs/{org}/codespaces/secrets",
  "GET /orgs/{org}/codespaces/secrets/{secret_name}/repositories",
  "GET /orgs/{org}/copilot/billing/seats",
  "GET /orgs/{org}/copilot/metrics",
  "GET /orgs/{org}/dependabot/alerts",
  "GET /orgs/{org}/dependabot/secrets",
  "GET /orgs/{org}/dependabot/secrets/{secret_name}/repositories",
  "GET /orgs/{org}/events",
  "GET /orgs/{org}/failed_invitations",
  "GET /orgs/{org}/hooks",
  "GET /orgs/{org}/hooks/{hook_id}/deliveries",
  "GET /orgs/{org}/insights/api/route-stats/{actor_type}/{actor_id}",
  "GET /orgs/{org}/insights/api/subject-stats",
  "GET /orgs/{org}/insights/api/user-stats/{user_id}",
  "GET /orgs/{org}/installations",
  "GET /orgs/{org}/invitations",
  "GET /orgs/{org}/invitations/{invitation_id}/teams",
  "GET /orgs/{org}/issues",
  "GET /orgs/{org}/members",
  "GET /orgs/{org}/members/{username}/codespaces",
  "GET /orgs/{org}/migrations",
  "GET /orgs/{org}/migrations/{migration_id}/repositories",
  "GET /orgs/{org}/organization-roles/{role_id}/teams",
  "GET /orgs/{org}/organization-roles/{role_id}/users",
  "GET /orgs/{org}/outside_collaborators",
  "GET /orgs/{org}/packages",
  "GET /orgs/{org}/packages/{package_type}/{package_name}/versions",
  "GET /orgs/{org}/personal-access-token-requests",
  "GET /orgs/{org}/personal-access-token-requests/{pat_request_id}/repositories",
  "GET /orgs/{org}/personal-access-tokens",
  "GET /orgs/{org}/personal-access-tokens/{pat_id}/repositories",
  "GET /orgs/{org}/private-registries",
  "GET /orgs/{org}/projects",
  "GET /orgs/{org}/projectsV2",
  "GET /orgs/{org}/projectsV2/{project_number}/fields",
  "GET /orgs/{org}/projectsV2/{project_number}/items",
  "GET /orgs/{org}/properties/values",
  "GET /orgs/{org}/public_members",
  "GET /orgs/{org}/repos",
  "GET /orgs/{org}/rulesets",
  "GET /orgs/{org}/rulesets/rule-suites",
  "GET /orgs/{org}/rulesets/{ruleset_id}/history",
  "GET /orgs/{org}/secret-scanning/alerts",
  "GET /orgs/{org}/security-advisories",
  "GET /orgs/{org}/settings/immutable-releases/repositories",
  "GET /orgs/{org}/settings/network-configurations",
  "GET /orgs/{org}/team/{team_slug}/copilot/metrics",
  "GET /orgs/{org}/teams",
  "GET /orgs/{org}/teams/{team_slug}/discussions",
  "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions",
  "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions",
  "GET /orgs/{org}/teams/{team_slug}/invitations",
  "GET /orgs/{org}/teams/{team_slug}/members",
  "GET /orgs/{org}/teams/{team_slug}/projects",
  "GET /orgs/{org}/teams/{team_slug}/repos",
  "GET /orgs/{org}/teams/{team_slug}/teams",
  "GET /projects/{project_id}/collaborators",
  "GET /repos/{owner}/{repo}/actions/artifacts",
  "GET /repos/{owner}/{repo}/actions/caches",
  "GET /repos/{owner}/{repo}/actions/organization-secrets",
  "GET /repos/{owner}/{repo}/actions/organization-variables",
  "GET /repos/{owner}/{repo}/actions/runners",
  "GET /repos/{owner}/{repo}/actions/runs",
  "GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts",
  "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs",
  "GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs",
  "GET /repos/{owner}/{repo}/actions/secrets",
  "GET /repos/{owner}/{repo}/actions/variables",
  "GET /repos/{owner}/{repo}/actions/workflows",
  "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs",
  "GET /repos/{owner}/{repo}/activity",
  "GET /repos/{owner}/{repo}/assignees",
  "GET /repos/{owner}/{repo}/attestations/{subject_digest}",
  "GET /repos/{owner}/{repo}/branches",
  "GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations",
  "GET /repos/{owner}/{repo}/check-suites/{check_suite_id}/check-runs",
  "GET /repos/{owner}/{repo}/code-scanning/alerts",
  "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances",
  "GET /repos/{owner}/{repo}/code-scanning/analyses",
  "GET /repos/{owner}/{repo}/codespaces",
  "GET /repos/{owner}/{repo}/codespaces/devcontainers",
  "GET /repos/{owner}/{repo}/codespaces/secrets",
  "GET /repos/{owner}/{repo}/collaborators",
  "GET /repos/{owner}/{repo}/comments",
  "GET /repos/{owner}/{repo}/comments/{comment_id}/reactions",
  "GET /repos/{owner}/{repo}/commits",
  "GET /repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls",
  "GET /repos/{owner}/{repo}/commits/{ref}/check-runs",
  "GET /repos/{owner}/{repo}/commits/{ref}/check-suites",
  "GET /repos/{owner}/{repo}/commits/{ref}/status",
  "GET /repos/{owner}/{repo}/commits/{ref}/statuses",
  "GET /repos/{owner}/{repo}/compare/{basehead}",
  "GET /repos/{owner}/{repo}/compare/{base}...{head}",
  "GET /repos/{owner}/{repo}/contributors",
  "GET /repos/{owner}/{repo}/dependabot/alerts",
  "GET /repos/{owner}/{repo}/dependabot/secrets",
  "GET /repos/{owner}/{repo}/deployments",
  "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses",
  "GET /repos/{owner}/{repo}/environments",
  "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies",
  "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/apps",
  "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets",
  "GET /repos/{owner}/{repo}/environments/{environment_name}/variables",
  "GET /repos/{owner}/{repo}/events",
  "GET /repos/{owner}/{repo}/forks",
  "GET /repos/{owner}/{repo}/hooks",
  "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries",
  "GET /repos/{owner}/{repo}/invitations",
  "GET /repos/{owner}/{repo}/issues",
  "GET /repos/{owner}/{repo}/issues/comments",
  "GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions",
  "GET /repos/{owner}/{repo}/issues/events",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocking",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/events",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/labels",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/reactions",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/sub_issues",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/timeline",
  "GET /repos/{owner}/{repo}/keys",
  "GET /repos/{owner}/{repo}/labels",
  "GET /repos/{owner}/{repo}/milestones",
  "GET /repos/{owner}/{repo}/milestones/{milestone_number}/labels",
  "GET /repos/{owner}/{repo}/notifications",
  "GET /repos/{owner}/{repo}/pages/builds",
  "GET /repos/{owner}/{repo}/projects",
  "GET /repos/{owner}/{repo}/pulls",
  "GET /repos/{owner}/{repo}/pulls/comments",
  "GET /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/commits",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/files",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/comments",
  "GET /repos/{owner}/{repo}/releases",
  "GET /repos/{owner}/{repo}/releases/{release_id}/assets",
  "GET /repos/{owner}/{repo}/releases/{release_id}/reactions",
  "GET /repos/{owner}/{repo}/rules/branches/{branch}",
  "GET /repos/{owner}/{repo}/rulesets",
  "GET /repos/{owner}/{repo}/rulesets/rule-suites",
  "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history",
  "GET /repos/{owner}/{repo}/secret-scanning/alerts",
  "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}/locations",
  "GET /repos/{owner}/{repo}/security-advisories",
  "GET /repos/{owner}/{repo}/stargazers",
  "GET /repos/{owner}/{repo}/subscribers",
  "GET /repos/{owner}/{repo}/tags",
  "GET /repos/{owner}/{repo}/teams",
  "GET /repos/{owner}/{repo}/topics",
  "GET /repositories",
  "GET /search/code",
  "GET /search/commits",
  "GET /search/issues",
  "GET /search/labels",
  "GET /search/repositories",
  "GET /search/topics",
  "GET /search/users",
  "GET /teams/{team_id}/discussions",
  "GET /teams/{team_id}/discussions/{discussion_number}/comments",
  "GET /teams/{team_id}/discussions/{discussion_number}/comments/{comment_number}/reactions",
  "GET /teams/{team_id}/discussions/{discussion_number}/reactions",
  "GET /teams/{team_id}/invitations",
  "GET /teams/{team_id}/members",
  "GET /teams/{team_id}/projects",
  "GET /teams/{team_id}/repos",
  "GET /teams/{team_id}/teams",
  "GET /user/blocks",
  "GET /user/codespaces",
  "GET /user/codespaces/secrets",
  "GET /user/emails",
  "GET /user/followers",
  "GET /user/following",
  "GET /user/gpg_keys",
  "GET /user/installations",
  "GET /user/installations/{installation_id}/repositories",
  "GET /user/issues",
  "GET /user/keys",
  "GET /user/marketplace_purchases",
  "GET /user/marketplace_purchases/stubbed",
  "GET /user/memberships/orgs",
  "GET /user/migrations",
  "GET /user/migrations/{migration_id}/repositories",
  "GET /user/orgs",
  "GET /user/packages",
  "GET /user/packages/{package_type}/{package_name}/versions",
  "GET /user/public_emails",
  "GET /user/repos",
  "GET /user/repository_invitations",
  "GET /user/social_accounts",
  "GET /user/ssh_signing_keys",
  "GET /user/starred",
  "GET /user/subscriptions",
  "GET /user/teams",
  "GET /users",
  "GET /users/{username}/attestations/{subject_digest}",
  "GET /users/{username}/events",
  "GET /users/{username}/events/orgs/{org}",
  "GET /users/{username}/events/public",
  "GET /users/{username}/followers",
  "GET /users/{username}/following",
  "GET /users/{username}/gists",
  "GET /users/{username}/gpg_keys",
  "GET /users/{username}/keys",
  "GET /users/{username}/orgs",
  "GET /users/{username}/packages",
  "GET /users/{username}/projects",
  "GET /users/{username}/projectsV2",
  "GET /users/{username}/projectsV2/{project_number}/fields",
  "GET /users/{username}/projectsV2/{project_number}/items",
  "GET /users/{username}/received_events",
  "GET /users/{username}/received_events/public",
  "GET /users/{username}/repos",
  "GET /users/{username}/social_accounts",
  "GET /users/{username}/ssh_signing_keys",
  "GET /users/{username}/starred",
  "GET /users/{username}/subscriptions"
]));

// pkg/dist-src/paginating-endpoints.js
function isPaginatingEndpoint(arg) {
  if (typeof arg === "string") {
    return paginatingEndpoints.includes(arg);
  } else {
    return false;
  }
}

// pkg/dist-src/index.js
function paginateRest(octokit) {
  return {
    paginate: Object.assign(paginate.bind(null, octokit), {
      iterator: iterator.bind(null, octokit)
    })
  };
}
paginateRest.VERSION = plugin_paginate_rest_dist_bundle_VERSION;


;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/version.js
const plugin_rest_endpoint_methods_dist_src_version_VERSION = "17.0.0";

//# sourceMappingURL=version.js.map

;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/generated/endpoints.js
const Endpoints = {
  actions: {
    addCustomLabelsToSelfHostedRunnerForOrg: [
      "POST /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    addCustomLabelsToSelfHostedRunnerForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    addRepoAccessToSelfHostedRunnerGroupInOrg: [
      "PUT /orgs/{org}/actions/runner-groups/{runner_group_id}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgVariable: [
      "PUT /orgs/{org}/actions/variables/{name}/repositories/{repository_id}"
    ],
    approveWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/approve"
    ],
    cancelWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/cancel"
    ],
    createEnvironmentVariable: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/variables"
    ],
    createHostedRunnerForOrg: ["POST /orgs/{org}/actions/hosted-runners"],
    createOrUpdateEnvironmentSecret: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    createOrUpdateOrgSecret: ["PUT /orgs/{org}/actions/secrets/{secret_name}"],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/actions/secrets/{secret_name}"
    ],
    createOrgVariable: ["POST /orgs/{org}/actions/variables"],
    createRegistrationTokenForOrg: [
      "POST /orgs/{org}/actions/runners/registration-token"
    ],
    createRegistrationTokenForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/registration-token"
    ],
    createRemoveTokenForOrg: ["POST /orgs/{org}/actions/runners/remove-token"],
    createRemoveTokenForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/remove-token"
    ],
    createRepoVariable: ["POST /repos/{owner}/{repo}/actions/variables"],
    createWorkflowDispatch: [
      "POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches"
    ],
    deleteActionsCacheById: [
      "DELETE /repos/{owner}/{repo}/actions/caches/{cache_id}"
    ],
    deleteActionsCacheByKey: [
      "DELETE /repos/{owner}/{repo}/actions/caches{?key,ref}"
    ],
    deleteArtifact: [
      "DELETE /repos/{owner}/{repo}/actions/artifacts/{artifact_id}"
    ],
    deleteCustomImageFromOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}"
    ],
    deleteCustomImageVersionFromOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}"
    ],
    deleteEnvironmentSecret: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    deleteEnvironmentVariable: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    deleteHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/actions/secrets/{secret_name}"],
    deleteOrgVariable: ["DELETE /orgs/{org}/actions/variables/{name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/actions/secrets/{secret_name}"
    ],
    deleteRepoVariable: [
      "DELETE /repos/{owner}/{repo}/actions/variables/{name}"
    ],
    deleteSelfHostedRunnerFromOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}"
    ],
    deleteSelfHostedRunnerFromRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}"
    ],
    deleteWorkflowRun: ["DELETE /repos/{owner}/{repo}/actions/runs/{run_id}"],
    deleteWorkflowRunLogs: [
      "DELETE /repos/{owner}/{repo}/actions/runs/{run_id}/logs"
    ],
    disableSelectedRepositoryGithubActionsOrganization: [
      "DELETE /orgs/{org}/actions/permissions/repositories/{repository_id}"
    ],
    disableWorkflow: [
      "PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/disable"
    ],
    downloadArtifact: [
      "GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}"
    ],
    downloadJobLogsForWorkflowRun: [
      "GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs"
    ],
    downloadWorkflowRunAttemptLogs: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/logs"
    ],
    downloadWorkflowRunLogs: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/logs"
    ],
    enableSelectedRepositoryGithubActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/repositories/{repository_id}"
    ],
    enableWorkflow: [
      "PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/enable"
    ],
    forceCancelWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/force-cancel"
    ],
    generateRunnerJitconfigForOrg: [
      "POST /orgs/{org}/actions/runners/generate-jitconfig"
    ],
    generateRunnerJitconfigForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/generate-jitconfig"
    ],
    getActionsCacheList: ["GET /repos/{owner}/{repo}/actions/caches"],
    getActionsCacheUsage: ["GET /repos/{owner}/{repo}/actions/cache/usage"],
    getActionsCacheUsageByRepoForOrg: [
      "GET /orgs/{org}/actions/cache/usage-by-repository"
    ],
    getActionsCacheUsageForOrg: ["GET /orgs/{org}/actions/cache/usage"],
    getAllowedActionsOrganization: [
      "GET /orgs/{org}/actions/permissions/selected-actions"
    ],
    getAllowedActionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/selected-actions"
    ],
    getArtifact: ["GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}"],
    getCustomImageForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}"
    ],
    getCustomImageVersionForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}"
    ],
    getCustomOidcSubClaimForRepo: [
      "GET /repos/{owner}/{repo}/actions/oidc/customization/sub"
    ],
    getEnvironmentPublicKey: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/public-key"
    ],
    getEnvironmentSecret: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    getEnvironmentVariable: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    getGithubActionsDefaultWorkflowPermissionsOrganization: [
      "GET /orgs/{org}/actions/permissions/workflow"
    ],
    getGithubActionsDefaultWorkflowPermissionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/workflow"
    ],
    getGithubActionsPermissionsOrganization: [
      "GET /orgs/{org}/actions/permissions"
    ],
    getGithubActionsPermissionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions"
    ],
    getHostedRunnerForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    getHostedRunnersGithubOwnedImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/github-owned"
    ],
    getHostedRunnersLimitsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/limits"
    ],
    getHostedRunnersMachineSpecsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/machine-sizes"
    ],
    getHostedRunnersPartnerImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/partner"
    ],
    getHostedRunnersPlatformsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/platforms"
    ],
    getJobForWorkflowRun: ["GET /repos/{owner}/{repo}/actions/jobs/{job_id}"],
    getOrgPublicKey: ["GET /orgs/{org}/actions/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/actions/secrets/{secret_name}"],
    getOrgVariable: ["GET /orgs/{org}/actions/variables/{name}"],
    getPendingDeploymentsForRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments"
    ],
    getRepoPermissions: [
      "GET /repos/{owner}/{repo}/actions/permissions",
      {},
      { renamed: ["actions", "getGithubActionsPermissionsRepository"] }
    ],
    getRepoPublicKey: ["GET /repos/{owner}/{repo}/actions/secrets/public-key"],
    getRepoSecret: ["GET /repos/{owner}/{repo}/actions/secrets/{secret_name}"],
    getRepoVariable: ["GET /repos/{owner}/{repo}/actions/variables/{name}"],
    getReviewsForRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals"
    ],
    getSelfHostedRunnerForOrg: ["GET /orgs/{org}/actions/runners/{runner_id}"],
    getSelfHostedRunnerForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/{runner_id}"
    ],
    getWorkflow: ["GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}"],
    getWorkflowAccessToRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/access"
    ],
    getWorkflowRun: ["GET /repos/{owner}/{repo}/actions/runs/{run_id}"],
    getWorkflowRunAttempt: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}"
    ],
    getWorkflowRunUsage: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/timing"
    ],
    getWorkflowUsage: [
      "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/timing"
    ],
    listArtifactsForRepo: ["GET /repos/{owner}/{repo}/actions/artifacts"],
    listCustomImageVersionsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions"
    ],
    listCustomImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom"
    ],
    listEnvironmentSecrets: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets"
    ],
    listEnvironmentVariables: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/variables"
    ],
    listGithubHostedRunnersInGroupForOrg: [
      "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/hosted-runners"
    ],
    listHostedRunnersForOrg: ["GET /orgs/{org}/actions/hosted-runners"],
    listJobsForWorkflowRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs"
    ],
    listJobsForWorkflowRunAttempt: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs"
    ],
    listLabelsForSelfHostedRunnerForOrg: [
      "GET /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    listLabelsForSelfHostedRunnerForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    listOrgSecrets: ["GET /orgs/{org}/actions/secrets"],
    listOrgVariables: ["GET /orgs/{org}/actions/variables"],
    listRepoOrganizationSecrets: [
      "GET /repos/{owner}/{repo}/actions/organization-secrets"
    ],
    listRepoOrganizationVariables: [
      "GET /repos/{owner}/{repo}/actions/organization-variables"
    ],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/actions/secrets"],
    listRepoVariables: ["GET /repos/{owner}/{repo}/actions/variables"],
    listRepoWorkflows: ["GET /repos/{owner}/{repo}/actions/workflows"],
    listRunnerApplicationsForOrg: ["GET /orgs/{org}/actions/runners/downloads"],
    listRunnerApplicationsForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/downloads"
    ],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/actions/secrets/{secret_name}/repositories"
    ],
    listSelectedReposForOrgVariable: [
      "GET /orgs/{org}/actions/variables/{name}/repositories"
    ],
    listSelectedRepositoriesEnabledGithubActionsOrganization: [
      "GET /orgs/{org}/actions/permissions/repositories"
    ],
    listSelfHostedRunnersForOrg: ["GET /orgs/{org}/actions/runners"],
    listSelfHostedRunnersForRepo: ["GET /repos/{owner}/{repo}/actions/runners"],
    listWorkflowRunArtifacts: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts"
    ],
    listWorkflowRuns: [
      "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs"
    ],
    listWorkflowRunsForRepo: ["GET /repos/{owner}/{repo}/actions/runs"],
    reRunJobForWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/jobs/{job_id}/rerun"
    ],
    reRunWorkflow: ["POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun"],
    reRunWorkflowFailedJobs: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs"
    ],
    removeAllCustomLabelsFromSelfHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    removeAllCustomLabelsFromSelfHostedRunnerForRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    removeCustomLabelFromSelfHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}/labels/{name}"
    ],
    removeCustomLabelFromSelfHostedRunnerForRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}/labels/{name}"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}"
    ],
    removeSelectedRepoFromOrgVariable: [
      "DELETE /orgs/{org}/actions/variables/{name}/repositories/{repository_id}"
    ],
    reviewCustomGatesForRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule"
    ],
    reviewPendingDeploymentsForRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments"
    ],
    setAllowedActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/selected-actions"
    ],
    setAllowedActionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/selected-actions"
    ],
    setCustomLabelsForSelfHostedRunnerForOrg: [
      "PUT /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    setCustomLabelsForSelfHostedRunnerForRepo: [
      "PUT /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    setCustomOidcSubClaimForRepo: [
      "PUT /repos/{owner}/{repo}/actions/oidc/customization/sub"
    ],
    setGithubActionsDefaultWorkflowPermissionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/workflow"
    ],
    setGithubActionsDefaultWorkflowPermissionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/workflow"
    ],
    setGithubActionsPermissionsOrganization: [
      "PUT /orgs/{org}/actions/permissions"
    ],
    setGithubActionsPermissionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/actions/secrets/{secret_name}/repositories"
    ],
    setSelectedReposForOrgVariable: [
      "PUT /orgs/{org}/actions/variables/{name}/repositories"
    ],
    setSelectedRepositoriesEnabledGithubActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/repositories"
    ],
    setWorkflowAccessToRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/access"
    ],
    updateEnvironmentVariable: [
      "PATCH /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    updateHostedRunnerForOrg: [
      "PATCH /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    updateOrgVariable: ["PATCH /orgs/{org}/actions/variables/{name}"],
    updateRepoVariable: [
      "PATCH /repos/{owner}/{repo}/actions/variables/{name}"
    ]
  },
  activity: {
    checkRepoIsStarredByAuthenticatedUser: ["GET /user/starred/{owner}/{repo}"],
    deleteRepoSubscription: ["DELETE /repos/{owner}/{repo}/subscription"],
    deleteThreadSubscription: [
      "DELETE /notifications/threads/{thread_id}/subscription"
    ],
    getFeeds: ["GET /feeds"],
    getRepoSubscription: ["GET /repos/{owner}/{repo}/subscription"],
    getThread: ["GET /notifications/threads/{thread_id}"],
    getThreadSubscriptionForAuthenticatedUser: [
      "GET /notifications/threads/{thread_id}/subscription"
    ],
    listEventsForAuthenticatedUser: ["GET /users/{username}/events"],
    listNotificationsForAuthenticatedUser: ["GET /notifications"],
    listOrgEventsForAuthenticatedUser: [
      "GET /users/{username}/events/orgs/{org}"
    ],
    listPublicEvents: ["GET /events"],
    listPublicEventsForRepoNetwork: ["GET /networks/{owner}/{repo}/events"],
    listPublicEventsForUser: ["GET /users/{username}/events/public"],
    listPublicOrgEvents: ["GET /orgs/{org}/events"],
    listReceivedEventsForUser: ["GET /users/{username}/received_events"],
    listReceivedPublicEventsForUser: [
      "GET /users/{username}/received_events/public"
    ],
    listRepoEvents: ["GET /repos/{owner}/{repo}/events"],
    listRepoNotificationsForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/notifications"
    ],
    listReposStarredByAuthenticatedUser: ["GET /user/starred"],
    listReposStarredByUser: ["GET /users/{username}/starred"],
    listReposWatchedByUser: ["GET /users/{username}/subscriptions"],
    listStargazersForRepo: ["GET /repos/{owner}/{repo}/stargazers"],
    listWatchedReposForAuthenticatedUser: ["GET /user/subscriptions"],
    listWatchersForRepo: ["GET /repos/{owner}/{repo}/subscribers"],
    markNotificationsAsRead: ["PUT /notifications"],
    markRepoNotificationsAsRead: ["PUT /repos/{owner}/{repo}/notifications"],
    markThreadAsDone: ["DELETE /notifications/threads/{thread_id}"],
    markThreadAsRead: ["PATCH /notifications/threads/{thread_id}"],
    setRepoSubscription: ["PUT /repos/{owner}/{repo}/subscription"],
    setThreadSubscription: [
      "PUT /notifications/threads/{thread_id}/subscription"
    ],
    starRepoForAuthenticatedUser: ["PUT /user/starred/{owner}/{repo}"],
    unstarRepoForAuthenticatedUser: ["DELETE /user/starred/{owner}/{repo}"]
  },
  apps: {
    addRepoToInstallation: [
      "PUT /user/installations/{installation_id}/repositories/{repository_id}",
      {},
      { renamed: ["apps", "addRepoToInstallationForAuthenticatedUser"] }
    ],
    addRepoToInstallationForAuthenticatedUser: [
      "PUT /user/installations/{installation_id}/repositories/{repository_id}"
    ],
    checkToken: ["POST /applications/{client_id}/token"],
    createFromManifest: ["POST /app-manifests/{code}/conversions"],
    createInstallationAccessToken: [
      "POST /app/installations/{installation_id}/access_tokens"
    ],
    deleteAuthorization: ["DELETE /applications/{client_id}/grant"],
    deleteInstallation: ["DELETE /app/installations/{installation_id}"],
    deleteToken: ["DELETE /applications/{client_id}/token"],
    getAuthenticated: ["GET /app"],
    getBySlug: ["GET /apps/{app_slug}"],
    getInstallation: ["GET /app/installations/{installation_id}"],
    getOrgInstallation: ["GET /orgs/{org}/installation"],
    getRepoInstallation: ["GET /repos/{owner}/{repo}/installation"],
    getSubscriptionPlanForAccount: [
      "GET /marketplace_listing/accounts/{account_id}"
    ],
    getSubscriptionPlanForAccountStubbed: [
      "GET /marketplace_listing/stubbed/accounts/{account_id}"
    ],
    getUserInstallation: ["GET /users/{username}/installation"],
    getWebhookConfigForApp: ["GET /app/hook/config"],
    getWebhookDelivery: ["GET /app/hook/deliveries/{delivery_id}"],
    listAccountsForPlan: ["GET /marketplace_listing/plans/{plan_id}/accounts"],
    listAccountsForPlanStubbed: [
      "GET /marketplace_listing/stubbed/plans/{plan_id}/accounts"
    ],
    listInstallationReposForAuthenticatedUser: [
      "GET /user/installations/{installation_id}/repositories"
    ],
    listInstallationRequestsForAuthenticatedApp: [
      "GET /app/installation-requests"
    ],
    listInstallations: ["GET /app/installations"],
    listInstallationsForAuthenticatedUser: ["GET /user/installations"],
    listPlans: ["GET /marketplace_listing/plans"],
    listPlansStubbed: ["GET /marketplace_listing/stubbed/plans"],
    listReposAccessibleToInstallation: ["GET /installation/repositories"],
    listSubscriptionsForAuthenticatedUser: ["GET /user/marketplace_purchases"],
    listSubscriptionsForAuthenticatedUserStubbed: [
      "GET /user/marketplace_purchases/stubbed"
    ],
    listWebhookDeliveries: ["GET /app/hook/deliveries"],
    redeliverWebhookDelivery: [
      "POST /app/hook/deliveries/{delivery_id}/attempts"
    ],
    removeRepoFromInstallation: [
      "DELETE /user/installations/{installation_id}/repositories/{repository_id}",
      {},
      { renamed: ["apps", "removeRepoFromInstallationForAuthenticatedUser"] }
    ],
    removeRepoFromInstallationForAuthenticatedUser: [
      "DELETE /user/installations/{installation_id}/repositories/{repository_id}"
    ],
    resetToken: ["PATCH /applications/{client_id}/token"],
    revokeInstallationAccessToken: ["DELETE /installation/token"],
    scopeToken: ["POST /applications/{client_id}/token/scoped"],
    suspendInstallation: ["PUT /app/installations/{installation_id}/suspended"],
    unsuspendInstallation: [
      "DELETE /app/installations/{installation_id}/suspended"
    ],
    updateWebhookConfigForApp: ["PATCH /app/hook/config"]
  },
  billing: {
    getGithubActionsBillingOrg: ["GET /orgs/{org}/settings/billing/actions"],
    getGithubActionsBillingUser: [
      "GET /users/{username}/settings/billing/actions"
    ],
    getGithubBillingPremiumRequestUsageReportOrg: [
      "GET /organizations/{org}/settings/billing/premium_request/usage"
    ],
    getGithubBillingPremiumRequestUsageReportUser: [
      "GET /users/{username}/settings/billing/premium_request/usage"
    ],
    getGithubBillingUsageReportOrg: [
      "GET /organizations/{org}/settings/billing/usage"
    ],
    getGithubBillingUsageReportUser: [
      "GET /users/{username}/settings/billing/usage"
    ],
    getGithubPackagesBillingOrg: ["GET /orgs/{org}/settings/billing/packages"],
    getGithubPackagesBillingUser: [
      "GET /users/{username}/settings/billing/packages"
    ],
    getSharedStorageBillingOrg: [
      "GET /orgs/{org}/settings/billing/shared-storage"
    ],
    getSharedStorageBillingUser: [
      "GET /users/{username}/settings/billing/shared-storage"
    ]
  },
  campaigns: {
    createCampaign: ["POST /orgs/{org}/campaigns"],
    deleteCampaign: ["DELETE /orgs/{org}/campaigns/{campaign_number}"],
    getCampaignSummary: ["GET /orgs/{org}/campaigns/{campaign_number}"],
    listOrgCampaigns: ["GET /orgs/{org}/campaigns"],
    updateCampaign: ["PATCH /orgs/{org}/campaigns/{campaign_number}"]
  },
  checks: {
    create: ["POST /repos/{owner}/{repo}/check-runs"],
    createSuite: ["POST /repos/{owner}/{repo}/check-suites"],
    get: ["GET /repos/{owner}/{repo}/check-runs/{check_run_id}"],
    getSuite: ["GET /repos/{owner}/{repo}/check-suites/{check_suite_id}"],
    listAnnotations: [
      "GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations"
    ],
    listForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/check-runs"],
    listForSuite: [
      "GET /repos/{owner}/{repo}/check-suites/{check_suite_id}/check-runs"
    ],
    listSuitesForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/check-suites"],
    rerequestRun: [
      "POST /repos/{owner}/{repo}/check-runs/{check_run_id}/rerequest"
    ],
    rerequestSuite: [
      "POST /repos/{owner}/{repo}/check-suites/{check_suite_id}/rerequest"
    ],
    setSuitesPreferences: [
      "PATCH /repos/{owner}/{repo}/check-suites/preferences"
    ],
    update: ["PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}"]
  },
  codeScanning: {
    commitAutofix: [
      "POST /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix/commits"
    ],
    createAutofix: [
      "POST /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix"
    ],
    createVariantAnalysis: [
      "POST /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses"
    ],
    deleteAnalysis: [
      "DELETE /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}{?confirm_delete}"
    ],
    deleteCodeqlDatabase: [
      "DELETE /repos/{owner}/{repo}/code-scanning/codeql/databases/{language}"
    ],
    getAlert: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}",
      {},
      { renamedParameters: { alert_id: "alert_number" } }
    ],
    getAnalysis: [
      "GET /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}"
    ],
    getAutofix: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix"
    ],
    getCodeqlDatabase: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/databases/{language}"
    ],
    getDefaultSetup: ["GET /repos/{owner}/{repo}/code-scanning/default-setup"],
    getSarif: ["GET /repos/{owner}/{repo}/code-scanning/sarifs/{sarif_id}"],
    getVariantAnalysis: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}"
    ],
    getVariantAnalysisRepoTask: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}/repos/{repo_owner}/{repo_name}"
    ],
    listAlertInstances: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances"
    ],
    listAlertsForOrg: ["GET /orgs/{org}/code-scanning/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/code-scanning/alerts"],
    listAlertsInstances: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances",
      {},
      { renamed: ["codeScanning", "listAlertInstances"] }
    ],
    listCodeqlDatabases: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/databases"
    ],
    listRecentAnalyses: ["GET /repos/{owner}/{repo}/code-scanning/analyses"],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}"
    ],
    updateDefaultSetup: [
      "PATCH /repos/{owner}/{repo}/code-scanning/default-setup"
    ],
    uploadSarif: ["POST /repos/{owner}/{repo}/code-scanning/sarifs"]
  },
  codeSecurity: {
    attachConfiguration: [
      "POST /orgs/{org}/code-security/configurations/{configuration_id}/attach"
    ],
    attachEnterpriseConfiguration: [
      "POST /enterprises/{enterprise}/code-security/configurations/{configuration_id}/attach"
    ],
    createConfiguration: ["POST /orgs/{org}/code-security/configurations"],
    createConfigurationForEnterprise: [
      "POST /enterprises/{enterprise}/code-security/configurations"
    ],
    deleteConfiguration: [
      "DELETE /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    deleteConfigurationForEnterprise: [
      "DELETE /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ],
    detachConfiguration: [
      "DELETE /orgs/{org}/code-security/configurations/detach"
    ],
    getConfiguration: [
      "GET /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    getConfigurationForRepository: [
      "GET /repos/{owner}/{repo}/code-security-configuration"
    ],
    getConfigurationsForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations"
    ],
    getConfigurationsForOrg: ["GET /orgs/{org}/code-security/configurations"],
    getDefaultConfigurations: [
      "GET /orgs/{org}/code-security/configurations/defaults"
    ],
    getDefaultConfigurationsForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations/defaults"
    ],
    getRepositoriesForConfiguration: [
      "GET /orgs/{org}/code-security/configurations/{configuration_id}/repositories"
    ],
    getRepositoriesForEnterpriseConfiguration: [
      "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}/repositories"
    ],
    getSingleConfigurationForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ],
    setConfigurationAsDefault: [
      "PUT /orgs/{org}/code-security/configurations/{configuration_id}/defaults"
    ],
    setConfigurationAsDefaultForEnterprise: [
      "PUT /enterprises/{enterprise}/code-security/configurations/{configuration_id}/defaults"
    ],
    updateConfiguration: [
      "PATCH /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    updateEnterpriseConfiguration: [
      "PATCH /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ]
  },
  codesOfConduct: {
    getAllCodesOfConduct: ["GET /codes_of_conduct"],
    getConductCode: ["GET /codes_of_conduct/{key}"]
  },
  codespaces: {
    addRepositoryForSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    checkPermissionsForDevcontainer: [
      "GET /repos/{owner}/{repo}/codespaces/permissions_check"
    ],
    codespaceMachinesForAuthenticatedUser: [
      "GET /user/codespaces/{codespace_name}/machines"
    ],
    createForAuthenticatedUser: ["POST /user/codespaces"],
    createOrUpdateOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}"
    ],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    createOrUpdateSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}"
    ],
    createWithPrForAuthenticatedUser: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/codespaces"
    ],
    createWithRepoForAuthenticatedUser: [
      "POST /repos/{owner}/{repo}/codespaces"
    ],
    deleteForAuthenticatedUser: ["DELETE /user/codespaces/{codespace_name}"],
    deleteFromOrganization: [
      "DELETE /orgs/{org}/members/{username}/codespaces/{codespace_name}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/codespaces/secrets/{secret_name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    deleteSecretForAuthenticatedUser: [
      "DELETE /user/codespaces/secrets/{secret_name}"
    ],
    exportForAuthenticatedUser: [
      "POST /user/codespaces/{codespace_name}/exports"
    ],
    getCodespacesForUserInOrg: [
      "GET /orgs/{org}/members/{username}/codespaces"
    ],
    getExportDetailsForAuthenticatedUser: [
      "GET /user/codespaces/{codespace_name}/exports/{export_id}"
    ],
    getForAuthenticatedUser: ["GET /user/codespaces/{codespace_name}"],
    getOrgPublicKey: ["GET /orgs/{org}/codespaces/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/codespaces/secrets/{secret_name}"],
    getPublicKeyForAuthenticatedUser: [
      "GET /user/codespaces/secrets/public-key"
    ],
    getRepoPublicKey: [
      "GET /repos/{owner}/{repo}/codespaces/secrets/public-key"
    ],
    getRepoSecret: [
      "GET /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    getSecretForAuthenticatedUser: [
      "GET /user/codespaces/secrets/{secret_name}"
    ],
    listDevcontainersInRepositoryForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/devcontainers"
    ],
    listForAuthenticatedUser: ["GET /user/codespaces"],
    listInOrganization: [
      "GET /orgs/{org}/codespaces",
      {},
      { renamedParameters: { org_id: "org" } }
    ],
    listInRepositoryForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces"
    ],
    listOrgSecrets: ["GET /orgs/{org}/codespaces/secrets"],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/codespaces/secrets"],
    listRepositoriesForSecretForAuthenticatedUser: [
      "GET /user/codespaces/secrets/{secret_name}/repositories"
    ],
    listSecretsForAuthenticatedUser: ["GET /user/codespaces/secrets"],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/codespaces/secrets/{secret_name}/repositories"
    ],
    preFlightWithRepoForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/new"
    ],
    publishForAuthenticatedUser: [
      "POST /user/codespaces/{codespace_name}/publish"
    ],
    removeRepositoryForSecretForAuthenticatedUser: [
      "DELETE /user/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    repoMachinesForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/machines"
    ],
    setRepositoriesForSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}/repositories"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}/repositories"
    ],
    startForAuthenticatedUser: ["POST /user/codespaces/{codespace_name}/start"],
    stopForAuthenticatedUser: ["POST /user/codespaces/{codespace_name}/stop"],
    stopInOrganization: [
      "POST /orgs/{org}/members/{username}/codespaces/{codespace_name}/stop"
    ],
    updateForAuthenticatedUser: ["PATCH /user/codespaces/{codespace_name}"]
  },
  copilot: {
    addCopilotSeatsForTeams: [
      "POST /orgs/{org}/copilot/billing/selected_teams"
    ],
    addCopilotSeatsForUsers: [
      "POST /orgs/{org}/copilot/billing/selected_users"
    ],
    cancelCopilotSeatAssignmentForTeams: [
      "DELETE /orgs/{org}/copilot/billing/selected_teams"
    ],
    cancelCopilotSeatAssignmentForUsers: [
      "DELETE /orgs/{org}/copilot/billing/selected_users"
    ],
    copilotMetricsForOrganization: ["GET /orgs/{org}/copilot/metrics"],
    copilotMetricsForTeam: ["GET /orgs/{org}/team/{team_slug}/copilot/metrics"],
    getCopilotOrganizationDetails: ["GET /orgs/{org}/copilot/billing"],
    getCopilotSeatDetailsForUser: [
      "GET /orgs/{org}/members/{username}/copilot"
    ],
    listCopilotSeats: ["GET /orgs/{org}/copilot/billing/seats"]
  },
  credentials: { revoke: ["POST /credentials/revoke"] },
  dependabot: {
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}"
    ],
    createOrUpdateOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}"
    ],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/dependabot/secrets/{secret_name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    getAlert: ["GET /repos/{owner}/{repo}/dependabot/alerts/{alert_number}"],
    getOrgPublicKey: ["GET /orgs/{org}/dependabot/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/dependabot/secrets/{secret_name}"],
    getRepoPublicKey: [
      "GET /repos/{owner}/{repo}/dependabot/secrets/public-key"
    ],
    getRepoSecret: [
      "GET /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    listAlertsForEnterprise: [
      "GET /enterprises/{enterprise}/dependabot/alerts"
    ],
    listAlertsForOrg: ["GET /orgs/{org}/dependabot/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/dependabot/alerts"],
    listOrgSecrets: ["GET /orgs/{org}/dependabot/secrets"],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/dependabot/secrets"],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/dependabot/secrets/{secret_name}/repositories"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}"
    ],
    repositoryAccessForOrg: [
      "GET /organizations/{org}/dependabot/repository-access"
    ],
    setRepositoryAccessDefaultLevel: [
      "PUT /organizations/{org}/dependabot/repository-access/default-level"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}/repositories"
    ],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/dependabot/alerts/{alert_number}"
    ],
    updateRepositoryAccessForOrg: [
      "PATCH /organizations/{org}/dependabot/repository-access"
    ]
  },
  dependencyGraph: {
    createRepositorySnapshot: [
      "POST /repos/{owner}/{repo}/dependency-graph/snapshots"
    ],
    diffRange: [
      "GET /repos/{owner}/{repo}/dependency-graph/compare/{basehead}"
    ],
    exportSbom: ["GET /repos/{owner}/{repo}/dependency-graph/sbom"]
  },
  emojis: { get: ["GET /emojis"] },
  enterpriseTeamMemberships: {
    add: [
      "PUT /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ],
    bulkAdd: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/memberships/add"
    ],
    bulkRemove: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/memberships/remove"
    ],
    get: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ],
    list: ["GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships"],
    remove: [
      "DELETE /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ]
  },
  enterpriseTeamOrganizations: {
    add: [
      "PUT /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    bulkAdd: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/organizations/add"
    ],
    bulkRemove: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/organizations/remove"
    ],
    delete: [
      "DELETE /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    getAssignment: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    getAssignments: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations"
    ]
  },
  enterpriseTeams: {
    create: ["POST /enterprises/{enterprise}/teams"],
    delete: ["DELETE /enterprises/{enterprise}/teams/{team_slug}"],
    get: ["GET /enterprises/{enterprise}/teams/{team_slug}"],
    list: ["GET /enterprises/{enterprise}/teams"],
    update: ["PATCH /enterprises/{enterprise}/teams/{team_slug}"]
  },
  gists: {
    checkIsStarred: ["GET /gists/{gist_id}/star"],
    create: ["POST /gists"],
    createComment: ["POST /gists/{gist_id}/comments"],
    delete: ["DELETE /gists/{gist_id}"],
    deleteComment: ["DELETE /gists/{gist_id}/comments/{comment_id}"],
    fork: ["POST /gists/{gist_id}/forks"],
    get: ["GET /gists/{gist_id}"],
    getComment: ["GET /gists/{gist_id}/comments/{comment_id}"],
    getRevision: ["GET /gists/{gist_id}/{sha}"],
    list: ["GET /gists"],
    listComments: ["GET /gists/{gist_id}/comments"],
    listCommits: ["GET /gists/{gist_id}/commits"],
    listForUser: ["GET /users/{username}/gists"],
    listForks: ["GET /gists/{gist_id}/forks"],
    listPublic: ["GET /gists/public"],
    listStarred: ["GET /gists/starred"],
    star: ["PUT /gists/{gist_id}/star"],
    unstar: ["DELETE /gists/{gist_id}/star"],
    update: ["PATCH /gists/{gist_id}"],
    updateComment: ["PATCH /gists/{gist_id}/comments/{comment_id}"]
  },
  git: {
    createBlob: ["POST /repos/{owner}/{repo}/git/blobs"],
    createCommit: ["POST /repos/{owner}/{repo}/git/commits"],
    createRef: ["POST /repos/{owner}/{repo}/git/refs"],
    createTag: ["POST /repos/{owner}/{repo}/git/tags"],
    createTree: ["POST /repos/{owner}/{repo}/git/trees"],
    deleteRef: ["DELETE /repos/{owner}/{repo}/git/refs/{ref}"],
    getBlob: ["GET /repos/{owner}/{repo}/git/blobs/{file_sha}"],
    getCommit: ["GET /repos/{owner}/{repo}/git/commits/{commit_sha}"],
    getRef: ["GET /repos/{owner}/{repo}/git/ref/{ref}"],
    getTag: ["GET /repos/{owner}/{repo}/git/tags/{tag_sha}"],
    getTree: ["GET /repos/{owner}/{repo}/git/trees/{tree_sha}"],
    listMatchingRefs: ["GET /repos/{owner}/{repo}/git/matching-refs/{ref}"],
    updateRef: ["PATCH /repos/{owner}/{repo}/git/refs/{ref}"]
  },
  gitignore: {
    getAllTemplates: ["GET /gitignore/templates"],
    getTemplate: ["GET /gitignore/templates/{name}"]
  },
  hostedCompute: {
    createNetworkConfigurationForOrg: [
      "POST /orgs/{org}/settings/network-configurations"
    ],
    deleteNetworkConfigurationFromOrg: [
      "DELETE /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ],
    getNetworkConfigurationForOrg: [
      "GET /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ],
    getNetworkSettingsForOrg: [
      "GET /orgs/{org}/settings/network-settings/{network_settings_id}"
    ],
    listNetworkConfigurationsForOrg: [
      "GET /orgs/{org}/settings/network-configurations"
    ],
    updateNetworkConfigurationForOrg: [
      "PATCH /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ]
  },
  interactions: {
    getRestrictionsForAuthenticatedUser: ["GET /user/interaction-limits"],
    getRestrictionsForOrg: ["GET /orgs/{org}/interaction-limits"],
    getRestrictionsForRepo: ["GET /repos/{owner}/{repo}/interaction-limits"],
    getRestrictionsForYourPublicRepos: [
      "GET /user/interaction-limits",
      {},
      { renamed: ["interactions", "getRestrictionsForAuthenticatedUser"] }
    ],
    removeRestrictionsForAuthenticatedUser: ["DELETE /user/interaction-limits"],
    removeRestrictionsForOrg: ["DELETE /orgs/{org}/interaction-limits"],
    removeRestrictionsForRepo: [
      "DELETE /repos/{owner}/{repo}/interaction-limits"
    ],
    removeRestrictionsForYourPublicRepos: [
      "DELETE /user/interaction-limits",
      {},
      { renamed: ["interactions", "removeRestrictionsForAuthenticatedUser"] }
    ],
    setRestrictionsForAuthenticatedUser: ["PUT /user/interaction-limits"],
    setRestrictionsForOrg: ["PUT /orgs/{org}/interaction-limits"],
    setRestrictionsForRepo: ["PUT /repos/{owner}/{repo}/interaction-limits"],
    setRestrictionsForYourPublicRepos: [
      "PUT /user/interaction-limits",
      {},
      { renamed: ["interactions", "setRestrictionsForAuthenticatedUser"] }
    ]
  },
  issues: {
    addAssignees: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/assignees"
    ],
    addBlockedByDependency: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by"
    ],
    addLabels: ["POST /repos/{owner}/{repo}/issues/{issue_number}/labels"],
    addSubIssue: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/sub_issues"
    ],
    checkUserCanBeAssigned: ["GET /repos/{owner}/{repo}/assignees/{assignee}"],
    checkUserCanBeAssignedToIssue: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/assignees/{assignee}"
    ],
    create: ["POST /repos/{owner}/{repo}/issues"],
    createComment: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/comments"
    ],
    createLabel: ["POST /repos/{owner}/{repo}/labels"],
    createMilestone: ["POST /repos/{owner}/{repo}/milestones"],
    deleteComment: [
      "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}"
    ],
    deleteLabel: ["DELETE /repos/{owner}/{repo}/labels/{name}"],
    deleteMilestone: [
      "DELETE /repos/{owner}/{repo}/milestones/{milestone_number}"
    ],
    get: ["GET /repos/{owner}/{repo}/issues/{issue_number}"],
    getComment: ["GET /repos/{owner}/{repo}/issues/comments/{comment_id}"],
    getEvent: ["GET /repos/{owner}/{repo}/issues/events/{event_id}"],
    getLabel: ["GET /repos/{owner}/{repo}/labels/{name}"],
    getMilestone: ["GET /repos/{owner}/{repo}/milestones/{milestone_number}"],
    getParent: ["GET /repos/{owner}/{repo}/issues/{issue_number}/parent"],
    list: ["GET /issues"],
    listAssignees: ["GET /repos/{owner}/{repo}/assignees"],
    listComments: ["GET /repos/{owner}/{repo}/issues/{issue_number}/comments"],
    listCommentsForRepo: ["GET /repos/{owner}/{repo}/issues/comments"],
    listDependenciesBlockedBy: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by"
    ],
    listDependenciesBlocking: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocking"
    ],
    listEvents: ["GET /repos/{owner}/{repo}/issues/{issue_number}/events"],
    listEventsForRepo: ["GET /repos/{owner}/{repo}/issues/events"],
    listEventsForTimeline: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/timeline"
    ],
    listForAuthenticatedUser: ["GET /user/issues"],
    listForOrg: ["GET /orgs/{org}/issues"],
    listForRepo: ["GET /repos/{owner}/{repo}/issues"],
    listLabelsForMilestone: [
      "GET /repos/{owner}/{repo}/milestones/{milestone_number}/labels"
    ],
    listLabelsForRepo: ["GET /repos/{owner}/{repo}/labels"],
    listLabelsOnIssue: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/labels"
    ],
    listMilestones: ["GET /repos/{owner}/{repo}/milestones"],
    listSubIssues: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/sub_issues"
    ],
    lock: ["PUT /repos/{owner}/{repo}/issues/{issue_number}/lock"],
    removeAllLabels: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels"
    ],
    removeAssignees: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/assignees"
    ],
    removeDependencyBlockedBy: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by/{issue_id}"
    ],
    removeLabel: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}"
    ],
    removeSubIssue: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/sub_issue"
    ],
    reprioritizeSubIssue: [
      "PATCH /repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority"
    ],
    setLabels: ["PUT /repos/{owner}/{repo}/issues/{issue_number}/labels"],
    unlock: ["DELETE /repos/{owner}/{repo}/issues/{issue_number}/lock"],
    update: ["PATCH /repos/{owner}/{repo}/issues/{issue_number}"],
    updateComment: ["PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}"],
    updateLabel: ["PATCH /repos/{owner}/{repo}/labels/{name}"],
    updateMilestone: [
      "PATCH /repos/{owner}/{repo}/milestones/{milestone_number}"
    ]
  },
  licenses: {
    get: ["GET /licenses/{license}"],
    getAllCommonlyUsed: ["GET /licenses"],
    getForRepo: ["GET /repos/{owner}/{repo}/license"]
  },
  markdown: {
    render: ["POST /markdown"],
    renderRaw: [
      "POST /markdown/raw",
      { headers: { "content-type": "text/plain; charset=utf-8" } }
    ]
  },
  meta: {
    get: ["GET /meta"],
    getAllVersions: ["GET /versions"],
    getOctocat: ["GET /octocat"],
    getZen: ["GET /zen"],
    root: ["GET /"]
  },
  migrations: {
    deleteArchiveForAuthenticatedUser: [
      "DELETE /user/migrations/{migration_id}/archive"
    ],
    deleteArchiveForOrg: [
      "DELETE /orgs/{org}/migrations/{migration_id}/archive"
    ],
    downloadArchiveForOrg: [
      "GET /orgs/{org}/migrations/{migration_id}/archive"
    ],
    getArchiveForAuthenticatedUser: [
      "GET /user/migrations/{migration_id}/archive"
    ],
    getStatusForAuthenticatedUser: ["GET /user/migrations/{migration_id}"],
    getStatusForOrg: ["GET /orgs/{org}/migrations/{migration_id}"],
    listForAuthenticatedUser: ["GET /user/migrations"],
    listForOrg: ["GET /orgs/{org}/migrations"],
    listReposForAuthenticatedUser: [
      "GET /user/migrations/{migration_id}/repositories"
    ],
    listReposForOrg: ["GET /orgs/{org}/migrations/{migration_id}/repositories"],
    listReposForUser: [
      "GET /user/migrations/{migration_id}/repositories",
      {},
      { renamed: ["migrations", "listReposForAuthenticatedUser"] }
    ],
    startForAuthenticatedUser: ["POST /user/migrations"],
    startForOrg: ["POST /orgs/{org}/migrations"],
    unlockRepoForAuthenticatedUser: [
      "DELETE /user/migrations/{migration_id}/repos/{repo_name}/lock"
    ],
    unlockRepoForOrg: [
      "DELETE /orgs/{org}/migrations/{migration_id}/repos/{repo_name}/lock"
    ]
  },
  oidc: {
    getOidcCustomSubTemplateForOrg: [
      "GET /orgs/{org}/actions/oidc/customization/sub"
    ],
    updateOidcCustomSubTemplateForOrg: [
      "PUT /orgs/{org}/actions/oidc/customization/sub"
    ]
  },
  orgs: {
    addSecurityManagerTeam: [
      "PUT /orgs/{org}/security-managers/teams/{team_slug}",
      {},
      {
        deprecated: "octokit.rest.orgs.addSecurityManagerTeam() is deprecated, see https://docs.github.com/rest/orgs/security-managers#add-a-security-manager-team"
      }
    ],
    assignTeamToOrgRole: [
      "PUT /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}"
    ],
    assignUserToOrgRole: [
      "PUT /orgs/{org}/organization-roles/users/{username}/{role_id}"
    ],
    blockUser: ["PUT /orgs/{org}/blocks/{username}"],
    cancelInvitation: ["DELETE /orgs/{org}/invitations/{invitation_id}"],
    checkBlockedUser: ["GET /orgs/{org}/blocks/{username}"],
    checkMembershipForUser: ["GET /orgs/{org}/members/{username}"],
    checkPublicMembershipForUser: ["GET /orgs/{org}/public_members/{username}"],
    convertMemberToOutsideCollaborator: [
      "PUT /orgs/{org}/outside_collaborators/{username}"
    ],
    createArtifactStorageRecord: [
      "POST /orgs/{org}/artifacts/metadata/storage-record"
    ],
    createInvitation: ["POST /orgs/{org}/invitations"],
    createIssueType: ["POST /orgs/{org}/issue-types"],
    createWebhook: ["POST /orgs/{org}/hooks"],
    customPropertiesForOrgsCreateOrUpdateOrganizationValues: [
      "PATCH /organizations/{org}/org-properties/values"
    ],
    customPropertiesForOrgsGetOrganizationValues: [
      "GET /organizations/{org}/org-properties/values"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationDefinition: [
      "PUT /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationDefinitions: [
      "PATCH /orgs/{org}/properties/schema"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationValues: [
      "PATCH /orgs/{org}/properties/values"
    ],
    customPropertiesForReposDeleteOrganizationDefinition: [
      "DELETE /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposGetOrganizationDefinition: [
      "GET /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposGetOrganizationDefinitions: [
      "GET /orgs/{org}/properties/schema"
    ],
    customPropertiesForReposGetOrganizationValues: [
      "GET /orgs/{org}/properties/values"
    ],
    delete: ["DELETE /orgs/{org}"],
    deleteAttestationsBulk: ["POST /orgs/{org}/attestations/delete-request"],
    deleteAttestationsById: [
      "DELETE /orgs/{org}/attestations/{attestation_id}"
    ],
    deleteAttestationsBySubjectDigest: [
      "DELETE /orgs/{org}/attestations/digest/{subject_digest}"
    ],
    deleteIssueType: ["DELETE /orgs/{org}/issue-types/{issue_type_id}"],
    deleteWebhook: ["DELETE /orgs/{org}/hooks/{hook_id}"],
    disableSelectedRepositoryImmutableReleasesOrganization: [
      "DELETE /orgs/{org}/settings/immutable-releases/repositories/{repository_id}"
    ],
    enableSelectedRepositoryImmutableReleasesOrganization: [
      "PUT /orgs/{org}/settings/immutable-releases/repositories/{repository_id}"
    ],
    get: ["GET /orgs/{org}"],
    getImmutableReleasesSettings: [
      "GET /orgs/{org}/settings/immutable-releases"
    ],
    getImmutableReleasesSettingsRepositories: [
      "GET /orgs/{org}/settings/immutable-releases/repositories"
    ],
    getMembershipForAuthenticatedUser: ["GET /user/memberships/orgs/{org}"],
    getMembershipForUser: ["GET /orgs/{org}/memberships/{username}"],
    getOrgRole: ["GET /orgs/{org}/organization-roles/{role_id}"],
    getOrgRulesetHistory: ["GET /orgs/{org}/rulesets/{ruleset_id}/history"],
    getOrgRulesetVersion: [
      "GET /orgs/{org}/rulesets/{ruleset_id}/history/{version_id}"
    ],
    getWebhook: ["GET /orgs/{org}/hooks/{hook_id}"],
    getWebhookConfigForOrg: ["GET /orgs/{org}/hooks/{hook_id}/config"],
    getWebhookDelivery: [
      "GET /orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}"
    ],
    list: ["GET /organizations"],
    listAppInstallations: ["GET /orgs/{org}/installations"],
    listArtifactStorageRecords: [
      "GET /orgs/{org}/artifacts/{subject_digest}/metadata/storage-records"
    ],
    listAttestationRepositories: ["GET /orgs/{org}/attestations/repositories"],
    listAttestations: ["GET /orgs/{org}/attestations/{subject_digest}"],
    listAttestationsBulk: [
      "POST /orgs/{org}/attestations/bulk-list{?per_page,before,after}"
    ],
    listBlockedUsers: ["GET /orgs/{org}/blocks"],
    listFailedInvitations: ["GET /orgs/{org}/failed_invitations"],
    listForAuthenticatedUser: ["GET /user/orgs"],
    listForUser: ["GET /users/{username}/orgs"],
    listInvitationTeams: ["GET /orgs/{org}/invitations/{invitation_id}/teams"],
    listIssueTypes: ["GET /orgs/{org}/issue-types"],
    listMembers: ["GET /orgs/{org}/members"],
    listMembershipsForAuthenticatedUser: ["GET /user/memberships/orgs"],
    listOrgRoleTeams: ["GET /orgs/{org}/organization-roles/{role_id}/teams"],
    listOrgRoleUsers: ["GET /orgs/{org}/organization-roles/{role_id}/users"],
    listOrgRoles: ["GET /orgs/{org}/organization-roles"],
    listOrganizationFineGrainedPermissions: [
      "GET /orgs/{org}/organization-fine-grained-permissions"
    ],
    listOutsideCollaborators: ["GET /orgs/{org}/outside_collaborators"],
    listPatGrantRepositories: [
      "GET /orgs/{org}/personal-access-tokens/{pat_id}/repositories"
    ],
    listPatGrantRequestRepositories: [
      "GET /orgs/{org}/personal-access-token-requests/{pat_request_id}/repositories"
    ],
    listPatGrantRequests: ["GET /orgs/{org}/personal-access-token-requests"],
    listPatGrants: ["GET /orgs/{org}/personal-access-tokens"],
    listPendingInvitations: ["GET /orgs/{org}/invitations"],
    listPublicMembers: ["GET /orgs/{org}/public_members"],
    listSecurityManagerTeams: [
      "GET /orgs/{org}/security-managers",
      {},
      {
        deprecated: "octokit.rest.orgs.listSecurityManagerTeams() is deprecated, see https://docs.github.com/rest/orgs/security-managers#list-security-manager-teams"
      }
    ],
    listWebhookDeliveries: ["GET /orgs/{org}/hooks/{hook_id}/deliveries"],
    listWebhooks: ["GET /orgs/{org}/hooks"],
    pingWebhook: ["POST /orgs/{org}/hooks/{hook_id}/pings"],
    redeliverWebhookDelivery: [
      "POST /orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}/attempts"
    ],
    removeMember: ["DELETE /orgs/{org}/members/{username}"],
    removeMembershipForUser: ["DELETE /orgs/{org}/memberships/{username}"],
    removeOutsideCollaborator: [
      "DELETE /orgs/{org}/outside_collaborators/{username}"
    ],
    removePublicMembershipForAuthenticatedUser: [
      "DELETE /orgs/{org}/public_members/{username}"
    ],
    removeSecurityManagerTeam: [
      "DELETE /orgs/{org}/security-managers/teams/{team_slug}",
      {},
      {
        deprecated: "octokit.rest.orgs.removeSecurityManagerTeam() is deprecated, see https://docs.github.com/rest/orgs/security-managers#remove-a-security-manager-team"
      }
    ],
    reviewPatGrantRequest: [
      "POST /orgs/{org}/personal-access-token-requests/{pat_request_id}"
    ],
    reviewPatGrantRequestsInBulk: [
      "POST /orgs/{org}/personal-access-token-requests"
    ],
    revokeAllOrgRolesTeam: [
      "DELETE /orgs/{org}/organization-roles/teams/{team_slug}"
    ],
    revokeAllOrgRolesUser: [
      "DELETE /orgs/{org}/organization-roles/users/{username}"
    ],
    revokeOrgRoleTeam: [
      "DELETE /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}"
    ],
    revokeOrgRoleUser: [
      "DELETE /orgs/{org}/organization-roles/users/{username}/{role_id}"
    ],
    setImmutableReleasesSettings: [
      "PUT /orgs/{org}/settings/immutable-releases"
    ],
    setImmutableReleasesSettingsRepositories: [
      "PUT /orgs/{org}/settings/immutable-releases/repositories"
    ],
    setMembershipForUser: ["PUT /orgs/{org}/memberships/{username}"],
    setPublicMembershipForAuthenticatedUser: [
      "PUT /orgs/{org}/public_members/{username}"
    ],
    unblockUser: ["DELETE /orgs/{org}/blocks/{username}"],
    update: ["PATCH /orgs/{org}"],
    updateIssueType: ["PUT /orgs/{org}/issue-types/{issue_type_id}"],
    updateMembershipForAuthenticatedUser: [
      "PATCH /user/memberships/orgs/{org}"
    ],
    updatePatAccess: ["POST /orgs/{org}/personal-access-tokens/{pat_id}"],
    updatePatAccesses: ["POST /orgs/{org}/personal-access-tokens"],
    updateWebhook: ["PATCH /orgs/{org}/hooks/{hook_id}"],
    updateWebhookConfigForOrg: ["PATCH /orgs/{org}/hooks/{hook_id}/config"]
  },
  packages: {
    deletePackageForAuthenticatedUser: [
      "DELETE /user/packages/{package_type}/{package_name}"
    ],
    deletePackageForOrg: [
      "DELETE /orgs/{org}/packages/{package_type}/{package_name}"
    ],
    deletePackageForUser: [
      "DELETE /users/{username}/packages/{package_type}/{package_name}"
    ],
    deletePackageVersionForAuthenticatedUser: [
      "DELETE /user/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    deletePackageVersionForOrg: [
      "DELETE /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    deletePackageVersionForUser: [
      "DELETE /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getAllPackageVersionsForAPackageOwnedByAnOrg: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions",
      {},
      { renamed: ["packages", "getAllPackageVersionsForPackageOwnedByOrg"] }
    ],
    getAllPackageVersionsForAPackageOwnedByTheAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions",
      {},
      {
        renamed: [
          "packages",
          "getAllPackageVersionsForPackageOwnedByAuthenticatedUser"
        ]
      }
    ],
    getAllPackageVersionsForPackageOwnedByAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions"
    ],
    getAllPackageVersionsForPackageOwnedByOrg: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions"
    ],
    getAllPackageVersionsForPackageOwnedByUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}/versions"
    ],
    getPackageForAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}"
    ],
    getPackageForOrganization: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}"
    ],
    getPackageForUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}"
    ],
    getPackageVersionForAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getPackageVersionForOrganization: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getPackageVersionForUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    listDockerMigrationConflictingPackagesForAuthenticatedUser: [
      "GET /user/docker/conflicts"
    ],
    listDockerMigrationConflictingPackagesForOrganization: [
      "GET /orgs/{org}/docker/conflicts"
    ],
    listDockerMigrationConflictingPackagesForUser: [
      "GET /users/{username}/docker/conflicts"
    ],
    listPackagesForAuthenticatedUser: ["GET /user/packages"],
    listPackagesForOrganization: ["GET /orgs/{org}/packages"],
    listPackagesForUser: ["GET /users/{username}/packages"],
    restorePackageForAuthenticatedUser: [
      "POST /user/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageForOrg: [
      "POST /orgs/{org}/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageForUser: [
      "POST /users/{username}/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageVersionForAuthenticatedUser: [
      "POST /user/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ],
    restorePackageVersionForOrg: [
      "POST /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ],
    restorePackageVersionForUser: [
      "POST /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ]
  },
  privateRegistries: {
    createOrgPrivateRegistry: ["POST /orgs/{org}/private-registries"],
    deleteOrgPrivateRegistry: [
      "DELETE /orgs/{org}/private-registries/{secret_name}"
    ],
    getOrgPrivateRegistry: ["GET /orgs/{org}/private-registries/{secret_name}"],
    getOrgPublicKey: ["GET /orgs/{org}/private-registries/public-key"],
    listOrgPrivateRegistries: ["GET /orgs/{org}/private-registries"],
    updateOrgPrivateRegistry: [
      "PATCH /orgs/{org}/private-registries/{secret_name}"
    ]
  },
  projects: {
    addItemForOrg: ["POST /orgs/{org}/projectsV2/{project_number}/items"],
    addItemForUser: [
      "POST /users/{username}/projectsV2/{project_number}/items"
    ],
    deleteItemForOrg: [
      "DELETE /orgs/{org}/projectsV2/{project_number}/items/{item_id}"
    ],
    deleteItemForUser: [
      "DELETE /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ],
    getFieldForOrg: [
      "GET /orgs/{org}/projectsV2/{project_number}/fields/{field_id}"
    ],
    getFieldForUser: [
      "GET /users/{username}/projectsV2/{project_number}/fields/{field_id}"
    ],
    getForOrg: ["GET /orgs/{org}/projectsV2/{project_number}"],
    getForUser: ["GET /users/{username}/projectsV2/{project_number}"],
    getOrgItem: ["GET /orgs/{org}/projectsV2/{project_number}/items/{item_id}"],
    getUserItem: [
      "GET /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ],
    listFieldsForOrg: ["GET /orgs/{org}/projectsV2/{project_number}/fields"],
    listFieldsForUser: [
      "GET /users/{username}/projectsV2/{project_number}/fields"
    ],
    listForOrg: ["GET /orgs/{org}/projectsV2"],
    listForUser: ["GET /users/{username}/projectsV2"],
    listItemsForOrg: ["GET /orgs/{org}/projectsV2/{project_number}/items"],
    listItemsForUser: [
      "GET /users/{username}/projectsV2/{project_number}/items"
    ],
    updateItemForOrg: [
      "PATCH /orgs/{org}/projectsV2/{project_number}/items/{item_id}"
    ],
    updateItemForUser: [
      "PATCH /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ]
  },
  pulls: {
    checkIfMerged: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/merge"],
    create: ["POST /repos/{owner}/{repo}/pulls"],
    createReplyForReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies"
    ],
    createReview: ["POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews"],
    createReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/comments"
    ],
    deletePendingReview: [
      "DELETE /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    deleteReviewComment: [
      "DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}"
    ],
    dismissReview: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/dismissals"
    ],
    get: ["GET /repos/{owner}/{repo}/pulls/{pull_number}"],
    getReview: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    getReviewComment: ["GET /repos/{owner}/{repo}/pulls/comments/{comment_id}"],
    list: ["GET /repos/{owner}/{repo}/pulls"],
    listCommentsForReview: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/comments"
    ],
    listCommits: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/commits"],
    listFiles: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/files"],
    listRequestedReviewers: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    listReviewComments: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/comments"
    ],
    listReviewCommentsForRepo: ["GET /repos/{owner}/{repo}/pulls/comments"],
    listReviews: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews"],
    merge: ["PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge"],
    removeRequestedReviewers: [
      "DELETE /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    requestReviewers: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    submitReview: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/events"
    ],
    update: ["PATCH /repos/{owner}/{repo}/pulls/{pull_number}"],
    updateBranch: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/update-branch"
    ],
    updateReview: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    updateReviewComment: [
      "PATCH /repos/{owner}/{repo}/pulls/comments/{comment_id}"
    ]
  },
  rateLimit: { get: ["GET /rate_limit"] },
  reactions: {
    createForCommitComment: [
      "POST /repos/{owner}/{repo}/comments/{comment_id}/reactions"
    ],
    createForIssue: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/reactions"
    ],
    createForIssueComment: [
      "POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions"
    ],
    createForPullRequestReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions"
    ],
    createForRelease: [
      "POST /repos/{owner}/{repo}/releases/{release_id}/reactions"
    ],
    createForTeamDiscussionCommentInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions"
    ],
    createForTeamDiscussionInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions"
    ],
    deleteForCommitComment: [
      "DELETE /repos/{owner}/{repo}/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForIssue: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/reactions/{reaction_id}"
    ],
    deleteForIssueComment: [
      "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForPullRequestComment: [
      "DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForRelease: [
      "DELETE /repos/{owner}/{repo}/releases/{release_id}/reactions/{reaction_id}"
    ],
    deleteForTeamDiscussion: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions/{reaction_id}"
    ],
    deleteForTeamDiscussionComment: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions/{reaction_id}"
    ],
    listForCommitComment: [
      "GET /repos/{owner}/{repo}/comments/{comment_id}/reactions"
    ],
    listForIssue: ["GET /repos/{owner}/{repo}/issues/{issue_number}/reactions"],
    listForIssueComment: [
      "GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions"
    ],
    listForPullRequestReviewComment: [
      "GET /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions"
    ],
    listForRelease: [
      "GET /repos/{owner}/{repo}/releases/{release_id}/reactions"
    ],
    listForTeamDiscussionCommentInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions"
    ],
    listForTeamDiscussionInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions"
    ]
  },
  repos: {
    acceptInvitation: [
      "PATCH /user/repository_invitations/{invitation_id}",
      {},
      { renamed: ["repos", "acceptInvitationForAuthenticatedUser"] }
    ],
    acceptInvitationForAuthenticatedUser: [
      "PATCH /user/repository_invitations/{invitation_id}"
    ],
    addAppAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    addCollaborator: ["PUT /repos/{owner}/{repo}/collaborators/{username}"],
    addStatusCheckContexts: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    addTeamAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    addUserAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    cancelPagesDeployment: [
      "POST /repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}/cancel"
    ],
    checkAutomatedSecurityFixes: [
      "GET /repos/{owner}/{repo}/automated-security-fixes"
    ],
    checkCollaborator: ["GET /repos/{owner}/{repo}/collaborators/{username}"],
    checkImmutableReleases: ["GET /repos/{owner}/{repo}/immutable-releases"],
    checkPrivateVulnerabilityReporting: [
      "GET /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    checkVulnerabilityAlerts: [
      "GET /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    codeownersErrors: ["GET /repos/{owner}/{repo}/codeowners/errors"],
    compareCommits: ["GET /repos/{owner}/{repo}/compare/{base}...{head}"],
    compareCommitsWithBasehead: [
      "GET /repos/{owner}/{repo}/compare/{basehead}"
    ],
    createAttestation: ["POST /repos/{owner}/{repo}/attestations"],
    createAutolink: ["POST /repos/{owner}/{repo}/autolinks"],
    createCommitComment: [
      "POST /repos/{owner}/{repo}/commits/{commit_sha}/comments"
    ],
    createCommitSignatureProtection: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    createCommitStatus: ["POST /repos/{owner}/{repo}/statuses/{sha}"],
    createDeployKey: ["POST /repos/{owner}/{repo}/keys"],
    createDeployment: ["POST /repos/{owner}/{repo}/deployments"],
    createDeploymentBranchPolicy: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies"
    ],
    createDeploymentProtectionRule: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules"
    ],
    createDeploymentStatus: [
      "POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses"
    ],
    createDispatchEvent: ["POST /repos/{owner}/{repo}/dispatches"],
    createForAuthenticatedUser: ["POST /user/repos"],
    createFork: ["POST /repos/{owner}/{repo}/forks"],
    createInOrg: ["POST /orgs/{org}/repos"],
    createOrUpdateEnvironment: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    createOrUpdateFileContents: ["PUT /repos/{owner}/{repo}/contents/{path}"],
    createOrgRuleset: ["POST /orgs/{org}/rulesets"],
    createPagesDeployment: ["POST /repos/{owner}/{repo}/pages/deployments"],
    createPagesSite: ["POST /repos/{owner}/{repo}/pages"],
    createRelease: ["POST /repos/{owner}/{repo}/releases"],
    createRepoRuleset: ["POST /repos/{owner}/{repo}/rulesets"],
    createUsingTemplate: [
      "POST /repos/{template_owner}/{template_repo}/generate"
    ],
    createWebhook: ["POST /repos/{owner}/{repo}/hooks"],
    customPropertiesForReposCreateOrUpdateRepositoryValues: [
      "PATCH /repos/{owner}/{repo}/properties/values"
    ],
    customPropertiesForReposGetRepositoryValues: [
      "GET /repos/{owner}/{repo}/properties/values"
    ],
    declineInvitation: [
      "DELETE /user/repository_invitations/{invitation_id}",
      {},
      { renamed: ["repos", "declineInvitationForAuthenticatedUser"] }
    ],
    declineInvitationForAuthenticatedUser: [
      "DELETE /user/repository_invitations/{invitation_id}"
    ],
    delete: ["DELETE /repos/{owner}/{repo}"],
    deleteAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions"
    ],
    deleteAdminBranchProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    deleteAnEnvironment: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    deleteAutolink: ["DELETE /repos/{owner}/{repo}/autolinks/{autolink_id}"],
    deleteBranchProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    deleteCommitComment: ["DELETE /repos/{owner}/{repo}/comments/{comment_id}"],
    deleteCommitSignatureProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    deleteDeployKey: ["DELETE /repos/{owner}/{repo}/keys/{key_id}"],
    deleteDeployment: [
      "DELETE /repos/{owner}/{repo}/deployments/{deployment_id}"
    ],
    deleteDeploymentBranchPolicy: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    deleteFile: ["DELETE /repos/{owner}/{repo}/contents/{path}"],
    deleteInvitation: [
      "DELETE /repos/{owner}/{repo}/invitations/{invitation_id}"
    ],
    deleteOrgRuleset: ["DELETE /orgs/{org}/rulesets/{ruleset_id}"],
    deletePagesSite: ["DELETE /repos/{owner}/{repo}/pages"],
    deletePullRequestReviewProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    deleteRelease: ["DELETE /repos/{owner}/{repo}/releases/{release_id}"],
    deleteReleaseAsset: [
      "DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}"
    ],
    deleteRepoRuleset: ["DELETE /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    deleteWebhook: ["DELETE /repos/{owner}/{repo}/hooks/{hook_id}"],
    disableAutomatedSecurityFixes: [
      "DELETE /repos/{owner}/{repo}/automated-security-fixes"
    ],
    disableDeploymentProtectionRule: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}"
    ],
    disableImmutableReleases: [
      "DELETE /repos/{owner}/{repo}/immutable-releases"
    ],
    disablePrivateVulnerabilityReporting: [
      "DELETE /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    disableVulnerabilityAlerts: [
      "DELETE /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    downloadArchive: [
      "GET /repos/{owner}/{repo}/zipball/{ref}",
      {},
      { renamed: ["repos", "downloadZipballArchive"] }
    ],
    downloadTarballArchive: ["GET /repos/{owner}/{repo}/tarball/{ref}"],
    downloadZipballArchive: ["GET /repos/{owner}/{repo}/zipball/{ref}"],
    enableAutomatedSecurityFixes: [
      "PUT /repos/{owner}/{repo}/automated-security-fixes"
    ],
    enableImmutableReleases: ["PUT /repos/{owner}/{repo}/immutable-releases"],
    enablePrivateVulnerabilityReporting: [
      "PUT /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    enableVulnerabilityAlerts: [
      "PUT /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    generateReleaseNotes: [
      "POST /repos/{owner}/{repo}/releases/generate-notes"
    ],
    get: ["GET /repos/{owner}/{repo}"],
    getAccessRestrictions: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions"
    ],
    getAdminBranchProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    getAllDeploymentProtectionRules: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules"
    ],
    getAllEnvironments: ["GET /repos/{owner}/{repo}/environments"],
    getAllStatusCheckContexts: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts"
    ],
    getAllTopics: ["GET /repos/{owner}/{repo}/topics"],
    getAppsWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps"
    ],
    getAutolink: ["GET /repos/{owner}/{repo}/autolinks/{autolink_id}"],
    getBranch: ["GET /repos/{owner}/{repo}/branches/{branch}"],
    getBranchProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    getBranchRules: ["GET /repos/{owner}/{repo}/rules/branches/{branch}"],
    getClones: ["GET /repos/{owner}/{repo}/traffic/clones"],
    getCodeFrequencyStats: ["GET /repos/{owner}/{repo}/stats/code_frequency"],
    getCollaboratorPermissionLevel: [
      "GET /repos/{owner}/{repo}/collaborators/{username}/permission"
    ],
    getCombinedStatusForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/status"],
    getCommit: ["GET /repos/{owner}/{repo}/commits/{ref}"],
    getCommitActivityStats: ["GET /repos/{owner}/{repo}/stats/commit_activity"],
    getCommitComment: ["GET /repos/{owner}/{repo}/comments/{comment_id}"],
    getCommitSignatureProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    getCommunityProfileMetrics: ["GET /repos/{owner}/{repo}/community/profile"],
    getContent: ["GET /repos/{owner}/{repo}/contents/{path}"],
    getContributorsStats: ["GET /repos/{owner}/{repo}/stats/contributors"],
    getCustomDeploymentProtectionRule: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}"
    ],
    getDeployKey: ["GET /repos/{owner}/{repo}/keys/{key_id}"],
    getDeployment: ["GET /repos/{owner}/{repo}/deployments/{deployment_id}"],
    getDeploymentBranchPolicy: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    getDeploymentStatus: [
      "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses/{status_id}"
    ],
    getEnvironment: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    getLatestPagesBuild: ["GET /repos/{owner}/{repo}/pages/builds/latest"],
    getLatestRelease: ["GET /repos/{owner}/{repo}/releases/latest"],
    getOrgRuleSuite: ["GET /orgs/{org}/rulesets/rule-suites/{rule_suite_id}"],
    getOrgRuleSuites: ["GET /orgs/{org}/rulesets/rule-suites"],
    getOrgRuleset: ["GET /orgs/{org}/rulesets/{ruleset_id}"],
    getOrgRulesets: ["GET /orgs/{org}/rulesets"],
    getPages: ["GET /repos/{owner}/{repo}/pages"],
    getPagesBuild: ["GET /repos/{owner}/{repo}/pages/builds/{build_id}"],
    getPagesDeployment: [
      "GET /repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}"
    ],
    getPagesHealthCheck: ["GET /repos/{owner}/{repo}/pages/health"],
    getParticipationStats: ["GET /repos/{owner}/{repo}/stats/participation"],
    getPullRequestReviewProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    getPunchCardStats: ["GET /repos/{owner}/{repo}/stats/punch_card"],
    getReadme: ["GET /repos/{owner}/{repo}/readme"],
    getReadmeInDirectory: ["GET /repos/{owner}/{repo}/readme/{dir}"],
    getRelease: ["GET /repos/{owner}/{repo}/releases/{release_id}"],
    getReleaseAsset: ["GET /repos/{owner}/{repo}/releases/assets/{asset_id}"],
    getReleaseByTag: ["GET /repos/{owner}/{repo}/releases/tags/{tag}"],
    getRepoRuleSuite: [
      "GET /repos/{owner}/{repo}/rulesets/rule-suites/{rule_suite_id}"
    ],
    getRepoRuleSuites: ["GET /repos/{owner}/{repo}/rulesets/rule-suites"],
    getRepoRuleset: ["GET /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    getRepoRulesetHistory: [
      "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history"
    ],
    getRepoRulesetVersion: [
      "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history/{version_id}"
    ],
    getRepoRulesets: ["GET /repos/{owner}/{repo}/rulesets"],
    getStatusChecksProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    getTeamsWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams"
    ],
    getTopPaths: ["GET /repos/{owner}/{repo}/traffic/popular/paths"],
    getTopReferrers: ["GET /repos/{owner}/{repo}/traffic/popular/referrers"],
    getUsersWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users"
    ],
    getViews: ["GET /repos/{owner}/{repo}/traffic/views"],
    getWebhook: ["GET /repos/{owner}/{repo}/hooks/{hook_id}"],
    getWebhookConfigForRepo: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/config"
    ],
    getWebhookDelivery: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}"
    ],
    listActivities: ["GET /repos/{owner}/{repo}/activity"],
    listAttestations: [
      "GET /repos/{owner}/{repo}/attestations/{subject_digest}"
    ],
    listAutolinks: ["GET /repos/{owner}/{repo}/autolinks"],
    listBranches: ["GET /repos/{owner}/{repo}/branches"],
    listBranchesForHeadCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/branches-where-head"
    ],
    listCollaborators: ["GET /repos/{owner}/{repo}/collaborators"],
    listCommentsForCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/comments"
    ],
    listCommitCommentsForRepo: ["GET /repos/{owner}/{repo}/comments"],
    listCommitStatusesForRef: [
      "GET /repos/{owner}/{repo}/commits/{ref}/statuses"
    ],
    listCommits: ["GET /repos/{owner}/{repo}/commits"],
    listContributors: ["GET /repos/{owner}/{repo}/contributors"],
    listCustomDeploymentRuleIntegrations: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/apps"
    ],
    listDeployKeys: ["GET /repos/{owner}/{repo}/keys"],
    listDeploymentBranchPolicies: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies"
    ],
    listDeploymentStatuses: [
      "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses"
    ],
    listDeployments: ["GET /repos/{owner}/{repo}/deployments"],
    listForAuthenticatedUser: ["GET /user/repos"],
    listForOrg: ["GET /orgs/{org}/repos"],
    listForUser: ["GET /users/{username}/repos"],
    listForks: ["GET /repos/{owner}/{repo}/forks"],
    listInvitations: ["GET /repos/{owner}/{repo}/invitations"],
    listInvitationsForAuthenticatedUser: ["GET /user/repository_invitations"],
    listLanguages: ["GET /repos/{owner}/{repo}/languages"],
    listPagesBuilds: ["GET /repos/{owner}/{repo}/pages/builds"],
    listPublic: ["GET /repositories"],
    listPullRequestsAssociatedWithCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls"
    ],
    listReleaseAssets: [
      "GET /repos/{owner}/{repo}/releases/{release_id}/assets"
    ],
    listReleases: ["GET /repos/{owner}/{repo}/releases"],
    listTags: ["GET /repos/{owner}/{repo}/tags"],
    listTeams: ["GET /repos/{owner}/{repo}/teams"],
    listWebhookDeliveries: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries"
    ],
    listWebhooks: ["GET /repos/{owner}/{repo}/hooks"],
    merge: ["POST /repos/{owner}/{repo}/merges"],
    mergeUpstream: ["POST /repos/{owner}/{repo}/merge-upstream"],
    pingWebhook: ["POST /repos/{owner}/{repo}/hooks/{hook_id}/pings"],
    redeliverWebhookDelivery: [
      "POST /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}/attempts"
    ],
    removeAppAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    removeCollaborator: [
      "DELETE /repos/{owner}/{repo}/collaborators/{username}"
    ],
    removeStatusCheckContexts: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    removeStatusCheckProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    removeTeamAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    removeUserAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    renameBranch: ["POST /repos/{owner}/{repo}/branches/{branch}/rename"],
    replaceAllTopics: ["PUT /repos/{owner}/{repo}/topics"],
    requestPagesBuild: ["POST /repos/{owner}/{repo}/pages/builds"],
    setAdminBranchProtection: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    setAppAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    setStatusCheckContexts: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    setTeamAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    setUserAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    testPushWebhook: ["POST /repos/{owner}/{repo}/hooks/{hook_id}/tests"],
    transfer: ["POST /repos/{owner}/{repo}/transfer"],
    update: ["PATCH /repos/{owner}/{repo}"],
    updateBranchProtection: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    updateCommitComment: ["PATCH /repos/{owner}/{repo}/comments/{comment_id}"],
    updateDeploymentBranchPolicy: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    updateInformationAboutPagesSite: ["PUT /repos/{owner}/{repo}/pages"],
    updateInvitation: [
      "PATCH /repos/{owner}/{repo}/invitations/{invitation_id}"
    ],
    updateOrgRuleset: ["PUT /orgs/{org}/rulesets/{ruleset_id}"],
    updatePullRequestReviewProtection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    updateRelease: ["PATCH /repos/{owner}/{repo}/releases/{release_id}"],
    updateReleaseAsset: [
      "PATCH /repos/{owner}/{repo}/releases/assets/{asset_id}"
    ],
    updateRepoRuleset: ["PUT /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    updateStatusCheckPotection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks",
      {},
      { renamed: ["repos", "updateStatusCheckProtection"] }
    ],
    updateStatusCheckProtection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    updateWebhook: ["PATCH /repos/{owner}/{repo}/hooks/{hook_id}"],
    updateWebhookConfigForRepo: [
      "PATCH /repos/{owner}/{repo}/hooks/{hook_id}/config"
    ],
    uploadReleaseAsset: [
      "POST /repos/{owner}/{repo}/releases/{release_id}/assets{?name,label}",
      { baseUrl: "https://uploads.github.com" }
    ]
  },
  search: {
    code: ["GET /search/code"],
    commits: ["GET /search/commits"],
    issuesAndPullRequests: ["GET /search/issues"],
    labels: ["GET /search/labels"],
    repos: ["GET /search/repositories"],
    topics: ["GET /search/topics"],
    users: ["GET /search/users"]
  },
  secretScanning: {
    createPushProtectionBypass: [
      "POST /repos/{owner}/{repo}/secret-scanning/push-protection-bypasses"
    ],
    getAlert: [
      "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}"
    ],
    getScanHistory: ["GET /repos/{owner}/{repo}/secret-scanning/scan-history"],
    listAlertsForOrg: ["GET /orgs/{org}/secret-scanning/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/secret-scanning/alerts"],
    listLocationsForAlert: [
      "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}/locations"
    ],
    listOrgPatternConfigs: [
      "GET /orgs/{org}/secret-scanning/pattern-configurations"
    ],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}"
    ],
    updateOrgPatternConfigs: [
      "PATCH /orgs/{org}/secret-scanning/pattern-configurations"
    ]
  },
  securityAdvisories: {
    createFork: [
      "POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/forks"
    ],
    createPrivateVulnerabilityReport: [
      "POST /repos/{owner}/{repo}/security-advisories/reports"
    ],
    createRepositoryAdvisory: [
      "POST /repos/{owner}/{repo}/security-advisories"
    ],
    createRepositoryAdvisoryCveRequest: [
      "POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/cve"
    ],
    getGlobalAdvisory: ["GET /advisories/{ghsa_id}"],
    getRepositoryAdvisory: [
      "GET /repos/{owner}/{repo}/security-advisories/{ghsa_id}"
    ],
    listGlobalAdvisories: ["GET /advisories"],
    listOrgRepositoryAdvisories: ["GET /orgs/{org}/security-advisories"],
    listRepositoryAdvisories: ["GET /repos/{owner}/{repo}/security-advisories"],
    updateRepositoryAdvisory: [
      "PATCH /repos/{owner}/{repo}/security-advisories/{ghsa_id}"
    ]
  },
  teams: {
    addOrUpdateMembershipForUserInOrg: [
      "PUT /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    addOrUpdateRepoPermissionsInOrg: [
      "PUT /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    checkPermissionsForRepoInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    create: ["POST /orgs/{org}/teams"],
    createDiscussionCommentInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments"
    ],
    createDiscussionInOrg: ["POST /orgs/{org}/teams/{team_slug}/discussions"],
    deleteDiscussionCommentInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    deleteDiscussionInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    deleteInOrg: ["DELETE /orgs/{org}/teams/{team_slug}"],
    getByName: ["GET /orgs/{org}/teams/{team_slug}"],
    getDiscussionCommentInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    getDiscussionInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    getMembershipForUserInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    list: ["GET /orgs/{org}/teams"],
    listChildInOrg: ["GET /orgs/{org}/teams/{team_slug}/teams"],
    listDiscussionCommentsInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments"
    ],
    listDiscussionsInOrg: ["GET /orgs/{org}/teams/{team_slug}/discussions"],
    listForAuthenticatedUser: ["GET /user/teams"],
    listMembersInOrg: ["GET /orgs/{org}/teams/{team_slug}/members"],
    listPendingInvitationsInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/invitations"
    ],
    listReposInOrg: ["GET /orgs/{org}/teams/{team_slug}/repos"],
    removeMembershipForUserInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    removeRepoInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    updateDiscussionCommentInOrg: [
      "PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    updateDiscussionInOrg: [
      "PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    updateInOrg: ["PATCH /orgs/{org}/teams/{team_slug}"]
  },
  users: {
    addEmailForAuthenticated: [
      "POST /user/emails",
      {},
      { renamed: ["users", "addEmailForAuthenticatedUser"] }
    ],
    addEmailForAuthenticatedUser: ["POST /user/emails"],
    addSocialAccountForAuthenticatedUser: ["POST /user/social_accounts"],
    block: ["PUT /user/blocks/{username}"],
    checkBlocked: ["GET /user/blocks/{username}"],
    checkFollowingForUser: ["GET /users/{username}/following/{target_user}"],
    checkPersonIsFollowedByAuthenticated: ["GET /user/following/{username}"],
    createGpgKeyForAuthenticated: [
      "POST /user/gpg_keys",
      {},
      { renamed: ["users", "createGpgKeyForAuthenticatedUser"] }
    ],
    createGpgKeyForAuthenticatedUser: ["POST /user/gpg_keys"],
    createPublicSshKeyForAuthenticated: [
      "POST /user/keys",
      {},
      { renamed: ["users", "createPublicSshKeyForAuthenticatedUser"] }
    ],
    createPublicSshKeyForAuthenticatedUser: ["POST /user/keys"],
    createSshSigningKeyForAuthenticatedUser: ["POST /user/ssh_signing_keys"],
    deleteAttestationsBulk: [
      "POST /users/{username}/attestations/delete-request"
    ],
    deleteAttestationsById: [
      "DELETE /users/{username}/attestations/{attestation_id}"
    ],
    deleteAttestationsBySubjectDigest: [
      "DELETE /users/{username}/attestations/digest/{subject_digest}"
    ],
    deleteEmailForAuthenticated: [
      "DELETE /user/emails",
      {},
      { renamed: ["users", "deleteEmailForAuthenticatedUser"] }
    ],
    deleteEmailForAuthenticatedUser: ["DELETE /user/emails"],
    deleteGpgKeyForAuthenticated: [
      "DELETE /user/gpg_keys/{gpg_key_id}",
      {},
      { renamed: ["users", "deleteGpgKeyForAuthenticatedUser"] }
    ],
    deleteGpgKeyForAuthenticatedUser: ["DELETE /user/gpg_keys/{gpg_key_id}"],
    deletePublicSshKeyForAuthenticated: [
      "DELETE /user/keys/{key_id}",
      {},
      { renamed: ["users", "deletePublicSshKeyForAuthenticatedUser"] }
    ],
    deletePublicSshKeyForAuthenticatedUser: ["DELETE /user/keys/{key_id}"],
    deleteSocialAccountForAuthenticatedUser: ["DELETE /user/social_accounts"],
    deleteSshSigningKeyForAuthenticatedUser: [
      "DELETE /user/ssh_signing_keys/{ssh_signing_key_id}"
    ],
    follow: ["PUT /user/following/{username}"],
    getAuthenticated: ["GET /user"],
    getById: ["GET /user/{account_id}"],
    getByUsername: ["GET /users/{username}"],
    getContextForUser: ["GET /users/{username}/hovercard"],
    getGpgKeyForAuthenticated: [
      "GET /user/gpg_keys/{gpg_key_id}",
      {},
      { renamed: ["users", "getGpgKeyForAuthenticatedUser"] }
    ],
    getGpgKeyForAuthenticatedUser: ["GET /user/gpg_keys/{gpg_key_id}"],
    getPublicSshKeyForAuthenticated: [
      "GET /user/keys/{key_id}",
      {},
      { renamed: ["users", "getPublicSshKeyForAuthenticatedUser"] }
    ],
    getPublicSshKeyForAuthenticatedUser: ["GET /user/keys/{key_id}"],
    getSshSigningKeyForAuthenticatedUser: [
      "GET /user/ssh_signing_keys/{ssh_signing_key_id}"
    ],
    list: ["GET /users"],
    listAttestations: ["GET /users/{username}/attestations/{subject_digest}"],
    listAttestationsBulk: [
      "POST /users/{username}/attestations/bulk-list{?per_page,before,after}"
    ],
    listBlockedByAuthenticated: [
      "GET /user/blocks",
      {},
      { renamed: ["users", "listBlockedByAuthenticatedUser"] }
    ],
    listBlockedByAuthenticatedUser: ["GET /user/blocks"],
    listEmailsForAuthenticated: [
      "GET /user/emails",
      {},
      { renamed: ["users", "listEmailsForAuthenticatedUser"] }
    ],
    listEmailsForAuthenticatedUser: ["GET /user/emails"],
    listFollowedByAuthenticated: [
      "GET /user/following",
      {},
      { renamed: ["users", "listFollowedByAuthenticatedUser"] }
    ],
    listFollowedByAuthenticatedUser: ["GET /user/following"],
    listFollowersForAuthenticatedUser: ["GET /user/followers"],
    listFollowersForUser: ["GET /users/{username}/followers"],
    listFollowingForUser: ["GET /users/{username}/following"],
    listGpgKeysForAuthenticated: [
      "GET /user/gpg_keys",
      {},
      { renamed: ["users", "listGpgKeysForAuthenticatedUser"] }
    ],
    listGpgKeysForAuthenticatedUser: ["GET /user/gpg_keys"],
    listGpgKeysForUser: ["GET /users/{username}/gpg_keys"],
    listPublicEmailsForAuthenticated: [
      "GET /user/public_emails",
      {},
      { renamed: ["users", "listPublicEmailsForAuthenticatedUser"] }
    ],
    listPublicEmailsForAuthenticatedUser: ["GET /user/public_emails"],
    listPublicKeysForUser: ["GET /users/{username}/keys"],
    listPublicSshKeysForAuthenticated: [
      "GET /user/keys",
      {},
      { renamed: ["users", "listPublicSshKeysForAuthenticatedUser"] }
    ],
    listPublicSshKeysForAuthenticatedUser: ["GET /user/keys"],
    listSocialAccountsForAuthenticatedUser: ["GET /user/social_accounts"],
    listSocialAccountsForUser: ["GET /users/{username}/social_accounts"],
    listSshSigningKeysForAuthenticatedUser: ["GET /user/ssh_signing_keys"],
    listSshSigningKeysForUser: ["GET /users/{username}/ssh_signing_keys"],
    setPrimaryEmailVisibilityForAuthenticated: [
      "PATCH /user/email/visibility",
      {},
      { renamed: ["users", "setPrimaryEmailVisibilityForAuthenticatedUser"] }
    ],
    setPrimaryEmailVisibilityForAuthenticatedUser: [
      "PATCH /user/email/visibility"
    ],
    unblock: ["DELETE /user/blocks/{username}"],
    unfollow: ["DELETE /user/following/{username}"],
    updateAuthenticated: ["PATCH /user"]
  }
};
var endpoints_default = Endpoints;

//# sourceMappingURL=endpoints.js.map

;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/endpoints-to-methods.js

const endpointMethodsMap = /* @__PURE__ */ new Map();
for (const [scope, endpoints] of Object.entries(endpoints_default)) {
  for (const [methodName, endpoint] of Object.entries(endpoints)) {
    const [route, defaults, decorations] = endpoint;
    const [method, url] = route.split(/ /);
    const endpointDefaults = Object.assign(
      {
        method,
        url
      },
      defaults
    );
    if (!endpointMethodsMap.has(scope)) {
      endpointMethodsMap.set(scope, /* @__PURE__ */ new Map());
    }
    endpointMethodsMap.get(scope).set(methodName, {
      scope,
      methodName,
      endpointDefaults,
      decorations
    });
  }
}
const handler = {
  has({ scope }, methodName) {
    return endpointMethodsMap.get(scope).has(methodName);
  },
  getOwnPropertyDescriptor(target, methodName) {
    return {
      value: this.get(target, methodName),
      // ensures method is in the cache
      configurable: true,
      writable: true,
      enumerable: true
    };
  },
  defineProperty(target, methodName, descriptor) {
    Object.defineProperty(target.cache, methodName, descriptor);
    return true;
  },
  deleteProperty(target, methodName) {
    delete target.cache[methodName];
    return true;
  },
  ownKeys({ scope }) {
    return [...endpointMethodsMap.get(scope).keys()];
  },
  set(target, methodName, value) {
    return target.cache[methodName] = value;
  },
  get({ octokit, scope, cache }, methodName) {
    if (cache[methodName]) {
      return cache[methodName];
    }
    const method = endpointMethodsMap.get(scope).get(methodName);
    if (!method) {
      return void 0;
    }
    const { endpointDefaults, decorations } = method;
    if (decorations) {
      cache[methodName] = decorate(
        octokit,
        scope,
        methodName,
        endpointDefaults,
        decorations
      );
    } else {
      cache[methodName] = octokit.request.defaults(endpointDefaults);
    }
    return cache[methodName];
  }
};
function endpointsToMethods(octokit) {
  const newMethods = {};
  for (const scope of endpointMethodsMap.keys()) {
    newMethods[scope] = new Proxy({ octokit, scope, cache: {} }, handler);
  }
  return newMethods;
}
function decorate(octokit, scope, methodName, defaults, decorations) {
  const requestWithDefaults = octokit.request.defaults(defaults);
  function withDecorations(...args) {
    let options = requestWithDefaults.endpoint.merge(...args);
    if (decorations.mapToData) {
      options = Object.assign({}, options, {
        data: options[decorations.mapToData],
        [decorations.mapToData]: void 0
      });
      return requestWithDefaults(options);
    }
    if (decorations.renamed) {
      const [newScope, newMethodName] = decorations.renamed;
      octokit.log.warn(
        `octokit.${scope}.${methodName}() has been renamed to octokit.${newScope}.${newMethodName}()`
      );
    }
    if (decorations.deprecated) {
      octokit.log.warn(decorations.deprecated);
    }
    if (decorations.renamedParameters) {
      const options2 = requestWithDefaults.endpoint.merge(...args);
      for (const [name, alias] of Object.entries(
        decorations.renamedParameters
      )) {
        if (name in options2) {
          octokit.log.warn(
            `"${name}" parameter is deprecated for "octokit.${scope}.${methodName}()". Use "${alias}" instead`
          );
          if (!(alias in options2)) {
            options2[alias] = options2[name];
          }
          delete options2[name];
        }
      }
      return requestWithDefaults(options2);
    }
    return requestWithDefaults(...args);
  }
  return Object.assign(withDecorations, requestWithDefaults);
}

//# sourceMappingURL=endpoints-to-methods.js.map

;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/index.js


function restEndpointMethods(octokit) {
  const api = endpointsToMethods(octokit);
  return {
    rest: api
  };
}
restEndpointMethods.VERSION = plugin_rest_endpoint_methods_dist_src_version_VERSION;
function legacyRestEndpointMethods(octokit) {
  const api = endpointsToMethods(octokit);
  return {
    ...api,
    rest: api
  };
}
legacyRestEndpointMethods.VERSION = plugin_rest_endpoint_methods_dist_src_version_VERSION;

//# sourceMappingURL=index.js.map

;// CONCATENATED MODULE: ./node_modules/@octokit/rest/dist-src/version.js
const rest_dist_src_version_VERSION = "22.0.1";


;// CONCATENATED MODULE: ./node_modules/@octokit/rest/dist-src/index.js





const dist_src_Octokit = Octokit.plugin(requestLog, legacyRestEndpointMethods, paginateRest).defaults(
  {
    userAgent: `octokit-rest.js/${rest_dist_src_version_VERSION}`
  }
);


// EXTERNAL MODULE: ./src/core/deadline.ts
var deadline = __nccwpck_require__(6343);
// EXTERNAL MODULE: ./src/core/network-errors.ts
var network_errors = __nccwpck_require__(825);
// EXTERNAL MODULE: ./src/core/version.ts
var version = __nccwpck_require__(3323);
;// CONCATENATED MODULE: ./src/core/providers/github-client.ts




/**
 * An Octokit for one token and API (github.com or GHES); its own chatter goes to debug only.
 * `redirect: 'manual'` hands a 3xx back instead of following it (to a sign-in page, say).
 * Every attempt has a time limit and stops with the run (`limits`).
 */
function githubClient(token, apiUrl, logger, limits = (0,deadline/* callLimitsFor */.qQ)(deadline/* DEFAULT_TIMEOUT_SECONDS */.KU), options = {}) {
    return new dist_src_Octokit({
        auth: token,
        baseUrl: apiUrl,
        userAgent: version/* USER_AGENT */._,
        request: {
            fetch: (0,deadline/* boundedFetch */.A)(limits, 'GitHub'),
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
/** Where a GitHub failure on the wire sends the user. */
const GITHUB_CHECK = 'github-api-url (GITHUB_API_URL) and the network';


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
    constructor(message) {
        super(message);
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
        throw new UnverifiedAnswerError(`Could not verify the token: ${reason}.`);
}


/***/ }),

/***/ 7253:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ withRetry)
/* harmony export */ });
/* unused harmony export defaultSleep */
const defaultSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function withRetry(work, isRetryable, { attempts, baseMs, sleep = defaultSleep, signal }) {
    for (let attempt = 1;; attempt++) {
        try {
            return await work();
        }
        catch (error) {
            if (attempt >= attempts || signal?.aborted || !isRetryable(error))
                throw error;
            await sleep(Math.random() * baseMs * 2 ** attempt);
            if (signal?.aborted)
                throw error;
        }
    }
}


/***/ }),

/***/ 1074:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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

=======
>>>>>>> 00ebeeb (Load only what a run needs: SDK clients, providers, Octokit and the drift issue by dynamic import after the configuration is valid)
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
<<<<<<< HEAD
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9406);
=======
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8854);
>>>>>>> 00ebeeb (Load only what a run needs: SDK clients, providers, Octokit and the drift issue by dynamic import after the configuration is valid)

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

<<<<<<< HEAD
/***/ 9406:
=======
/***/ 8854:
>>>>>>> 00ebeeb (Load only what a run needs: SDK clients, providers, Octokit and the drift issue by dynamic import after the configuration is valid)
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
// EXTERNAL MODULE: ./src/core/deadline.ts
var core_deadline = __nccwpck_require__(6343);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
<<<<<<< HEAD
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
=======
;// CONCATENATED MODULE: ./src/core/options.ts
// The one table of options. The pipe's environment parser, the Action's input
// parser, action.yml and the README tables are all derived from it, so they
// cannot disagree.
const MODES = ['sync', 'check', 'delete'];
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
        description: '`sync` imports the token into CodeBuild, `check` reports drift without writing, `delete` removes the credential.',
    },
    {
        key: 'serverType',
        input: 'server-type',
        env: ['SERVER_TYPE'],
        kind: 'enum',
        values: ['github', 'github-enterprise', 'bitbucket'],
        default: { action: 'github', pipe: 'bitbucket' },
        description: 'The source provider: `github`, `github-enterprise` or `bitbucket` (case-insensitive; `GITHUB`, `GITHUB_ENTERPRISE`, `BITBUCKET` also accepted).',
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
        defaultText: 'required for `sync` and `check`',
        description: 'The GitHub token, Bitbucket access token or Bitbucket app password. Surrounding whitespace is trimmed. Never printed.',
    },
    {
        key: 'username',
        input: 'username',
        env: ['USERNAME'],
        kind: 'string',
        description: 'Bitbucket username, only for `BASIC_AUTH` (app passwords).',
    },
    {
        key: 'regions',
        input: 'aws-region',
        env: ['AWS_DEFAULT_REGION', 'AWS_REGION'],
        kind: 'list',
        // configure-aws-credentials sets both; AWS_REGION is the one the SDK prefers.
        actionEnvFallback: ['AWS_REGION', 'AWS_DEFAULT_REGION'],
        defaultText: { action: 'env `AWS_REGION`, else `AWS_DEFAULT_REGION`' },
        description: 'One or more AWS regions, separated by commas, spaces or newlines. The credential is per region: each one gets its own.',
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
/** How the default of an option reads on a platform (a literal default, else its wording). */
function defaultTextFor(option, platform) {
    const worded = typeof option.defaultText === 'object' ? option.defaultText[platform] : undefined;
    if (worded)
        return worded;
    const literal = defaultFor(option, platform);
    if (literal !== undefined)
        return `\`${literal}\``;
    return typeof option.defaultText === 'string' ? option.defaultText : undefined;
}
function defaultFor(option, platform) {
    if (typeof option.default === 'object')
        return option.default[platform];
    return option.default;
}
>>>>>>> 00ebeeb (Load only what a run needs: SDK clients, providers, Octokit and the drift issue by dynamic import after the configuration is valid)

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
<<<<<<< HEAD
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
=======
const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/;
const REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;
const TRUE = ['true', 'yes', '1', 'on'];
const FALSE = ['false', 'no', '0', 'off'];
/** Builds the Config, collecting every problem before failing, and makes no network call. */
function buildConfig(source) {
    const problems = [];
    const spec = (key) => OPTIONS.find((o) => o.key === key);
    const label = (key) => source.label(spec(key));
    const raw = (key) => source.read(spec(key)) ?? defaultFor(spec(key), source.platform);
    const oneOf = (key, valid, canon) => {
        const value = raw(key) ?? '';
        const found = valid.find((v) => canon(v) === canon(value));
        if (!found) {
            const shown = spec(key).values ?? valid;
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
    const list = (key) => [...new Set((raw(key) ?? '').split(/[\s,]+/).filter(Boolean))];
    const mode = oneOf('mode', MODES, (v) => v.toLowerCase());
    const serverType = oneOf('serverType', SERVER_TYPES, (v) => v.toUpperCase().replace(/-/g, '_'));
    const username = raw('username');
    const explicitAuthType = raw('authType');
    const authType = explicitAuthType
        ? oneOf('authType', AUTH_TYPES, (v) => v.toUpperCase().replace(/-/g, '_'))
        : serverType === 'BITBUCKET' && username
            ? 'BASIC_AUTH'
            : 'PERSONAL_ACCESS_TOKEN';
    const token = source.read(spec('token')) ?? '';
    if (!token && mode !== 'delete') {
        problems.push(`${label('token')} is required for mode ${mode}: set it to the token to ${mode === 'sync' ? 'import' : 'check'}.`);
    }
    else if (/\s/.test(token)) {
        problems.push(`${label('token')} contains whitespace inside it: a token never does; check the secret's value.`);
    }
    const regions = list('regions');
    if (regions.length === 0) {
        problems.push(`${label('regions')} is required: name one or more AWS regions, separated by commas, spaces or newlines (e.g. us-east-1,eu-west-1).`);
    }
    for (const region of regions) {
        if (!REGION.test(region)) {
            problems.push(`${label('regions')} has "${region}", which is not an AWS region name (e.g. us-east-1, eu-west-1).`);
        }
    }
    const days = (key) => {
        const text = raw(key);
        if (text === undefined)
            return undefined;
        if (!/^\d+$/.test(text))
            problems.push(`${label(key)} must be a whole number of days (0 or more); got "${text}".`);
        return Number(text);
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
        rolesToAssume,
        reportFile: raw('reportFile'),
        failOnExpiryWithinDays: days('failOnExpiryWithinDays'),
        driftIssue: source.platform === 'action' ? bool('driftIssue') : false,
        githubToken: source.platform === 'action' ? raw('githubToken') : undefined,
        debug: source.platform === 'pipe' ? bool('debug') : false,
    };
    problems.push(...combinationProblems(config, label, Boolean(explicitAuthType)));
    if (problems.length > 0)
        throw new errors/* ConfigError */.xL(problems);
    return config;
}
/** Combinations CodeBuild or the providers would reject, caught before any call. */
function combinationProblems(c, label, explicitAuthType) {
    const problems = [];
    const isGitHub = c.serverType !== 'BITBUCKET';
    if (c.authType === 'OAUTH' && c.mode !== 'delete') {
        problems.push(`${label('authType')} OAUTH cannot be set through the CodeBuild API (only in the console). Use PERSONAL_ACCESS_TOKEN${isGitHub ? '' : ' or BASIC_AUTH'}.`);
    }
    if (c.authType === 'BASIC_AUTH') {
        if (isGitHub) {
            problems.push(`${label('authType')} BASIC_AUTH is only for Bitbucket app passwords; GitHub tokens use PERSONAL_ACCESS_TOKEN.`);
        }
        else if (!c.username && c.mode !== 'delete') {
            problems.push(`${label('username')} is required with ${label('authType')} BASIC_AUTH: set it to the Bitbucket username that owns the app password.`);
        }
    }
    if (c.username && explicitAuthType && c.authType !== 'BASIC_AUTH') {
        problems.push(`${label('username')} is only used with ${label('authType')} BASIC_AUTH; remove it, or set BASIC_AUTH for a Bitbucket app password.`);
    }
    if (c.username && isGitHub) {
        problems.push(`${label('username')} is only for Bitbucket app passwords; remove it for ${c.serverType}.`);
    }
    if ((c.authType === 'CODECONNECTIONS' || c.authType === 'SECRETS_MANAGER') && c.token) {
        const service = c.authType === 'CODECONNECTIONS'
            ? '(codeconnections|codestar-connections)'
            : 'secretsmanager';
        if (!new RegExp(`^arn:aws[a-z-]*:${service}:`).test(c.token)) {
            problems.push(c.authType === 'CODECONNECTIONS'
                ? `${label('token')} must be a connection ARN (arn:aws:codeconnections:REGION:ACCOUNT:connection/ID) with ${label('authType')} CODECONNECTIONS.`
                : `${label('token')} must be a Secrets Manager secret ARN (arn:aws:secretsmanager:REGION:ACCOUNT:secret:NAME) with ${label('authType')} SECRETS_MANAGER.`);
        }
    }
    if (c.serverType === 'GITHUB_ENTERPRISE' &&
        c.mode !== 'delete' &&
        /^https:\/\/api\.github\.com$/i.test(c.githubApiUrl)) {
        problems.push(`${label('githubApiUrl')} must point at your GitHub Enterprise Server (https://HOST/api/v3) when ${label('serverType')} is github-enterprise.`);
    }
    return problems;
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
>>>>>>> 00ebeeb (Load only what a run needs: SDK clients, providers, Octokit and the drift issue by dynamic import after the configuration is valid)
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
<<<<<<< HEAD
    // A delete removes whatever credential a region holds, so no auth type is named for it.
    const subject = report.mode === 'inventory'
        ? `inventory of the ${(report.serverTypes ?? [report.serverType]).join(', ')} source credentials`
        : `${report.mode}${report.dryRun ? ' (dry run)' : ''} of the ${report.serverType} credential${report.mode === 'delete' ? '' : ` (${report.authType})`}`;
    const total = report.regions.length;
    const where = `${total} region${total === 1 ? '' : 's'}`;
=======
    const subject = `${report.mode}${report.dryRun ? ' (dry run)' : ''} of the ${report.serverType} credential (${report.authType})`;
    const where = `${report.regions.length} region${report.regions.length === 1 ? '' : 's'}`;
>>>>>>> 00ebeeb (Load only what a run needs: SDK clients, providers, Octokit and the drift issue by dynamic import after the configuration is valid)
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
<<<<<<< HEAD
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
function credentialText(p) {
    return p.credential === 'account' ? 'account' : `own (${p.authType ?? 'project'})`;
}
/** Text rows shown per region before pointing at the JSON report. */
const TEXT_PROJECT_ROWS = 100;
function projectLines(r) {
    const projects = r.projects ?? [];
    if (!r.projects)
        return [];
    const lines = [`Projects in ${regionName(r)} (${projects.length}):`];
    const shown = projects.slice(0, TEXT_PROJECT_ROWS);
    const w = (f) => Math.max(0, ...shown.map((p) => f(p).length));
    const [wn, wr, wc] = [w((p) => p.name), w((p) => p.repository), w(credentialText)];
    for (const p of shown)
        lines.push(`  ${p.name.padEnd(wn)}  ${p.repository.padEnd(wr)}  ${credentialText(p).padEnd(wc)}  webhook ${WEBHOOK_TEXT[p.webhook]}${p.webhookDetail && p.webhook === 'unknown' ? ` (${p.webhookDetail})` : ''}`);
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
        return `${held.authType} · ${count(held.projects.length)}`;
    if (r.status === 'error')
        return '?';
    return needing ? `none ⚠ ${count(needing)} need one` : '—';
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
=======
/** Plain text for logs: the pipe prints this. */
function renderText(report) {
>>>>>>> 00ebeeb (Load only what a run needs: SDK clients, providers, Octokit and the drift issue by dynamic import after the configuration is valid)
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
    for (const f of report.findings)
        lines.push(`Drift (${f.kind}${f.region ? `, ${f.region}` : ''}): ${f.message}`);
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
    if (report.regions.some((r) => r.account))
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
        for (const f of report.findings)
            out.push(`- \`${f.kind}\`${f.region ? ` (${f.account ? `${f.account}/` : ''}${f.region})` : ''}: ${f.message}`);
        out.push('');
    }
    if (report.warnings.length) {
        out.push('**Warnings**', '', ...report.warnings.map((w) => `- ${w}`), '');
    }
    if (report.errors.length) {
        out.push('**Errors**', '', ...report.errors.map((e) => `- ${e}`), '');
    }
    return out.join('\n');
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

<<<<<<< HEAD
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
    const items = [];
    for (let i = 0; i < count; i++)
        items.push(env[`${name}_${i}`]?.trim() ?? '');
    return items.filter(Boolean).join(',') || undefined;
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
/** API base URLs that cannot be right for the server type, with the likely fix. */
function apiUrlProblems(c, label, set) {
    const problems = [];
    const github = safeUrl(c.githubApiUrl);
    if (c.serverType === 'GITHUB_ENTERPRISE' && github) {
        if (/^api\.github\.com$/i.test(github.hostname)) {
            problems.push(`${label('githubApiUrl')} must point at your GitHub Enterprise Server (https://HOST/api/v3) when ${label('serverType')} is github-enterprise.`);
        }
        else if (!/\/api\/v3$/.test(github.pathname)) {
            problems.push(`${label('githubApiUrl')} is ${c.githubApiUrl}, but a GitHub Enterprise Server's REST API is under /api/v3: set ${set('githubApiUrl', `${c.githubApiUrl}/api/v3`)}.`);
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
        problems.push(`${label('bitbucketApiUrl')} is ${c.bitbucketApiUrl}, but Bitbucket's REST API is under /2.0: set ${set('bitbucketApiUrl', `${c.bitbucketApiUrl}/2.0`)}.`);
    }
    return problems;
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

=======
>>>>>>> 00ebeeb (Load only what a run needs: SDK clients, providers, Octokit and the drift issue by dynamic import after the configuration is valid)
// EXTERNAL MODULE: ./src/core/aws-accounts.ts
var aws_accounts = __nccwpck_require__(8367);
// EXTERNAL MODULE: ./src/core/codebuild.ts
var codebuild = __nccwpck_require__(9472);
<<<<<<< HEAD
// EXTERNAL MODULE: ./src/core/connections.ts
var connections = __nccwpck_require__(8786);
// EXTERNAL MODULE: ./src/core/providers/bitbucket.ts
var bitbucket = __nccwpck_require__(1559);
// EXTERNAL MODULE: ./src/core/providers/github-client.ts + 23 modules
var github_client = __nccwpck_require__(2871);
// EXTERNAL MODULE: ./src/core/network-errors.ts
var network_errors = __nccwpck_require__(825);
// EXTERNAL MODULE: ./src/core/scopes.ts
var core_scopes = __nccwpck_require__(1074);
// EXTERNAL MODULE: ./src/core/retry.ts
var retry = __nccwpck_require__(7253);
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
async function mapLimited(items, limit, work) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await work(items[index]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
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
async function probeRepositoryPermissions(token, apiUrl, repositories, logger, sleep, limits = (0,core_deadline/* callLimitsFor */.qQ)(core_deadline/* DEFAULT_TIMEOUT_SECONDS */.KU)) {
    const unique = validate(repositories);
    const octokit = (0,github_client/* githubClient */.$f)(token, apiUrl, logger, limits);
    const get = async (route, params) => {
        try {
            const response = await (0,retry/* withRetry */.b)(() => octokit.request(route, params), (e) => {
                const status = e.status ?? 0;
                return status === 429 || status >= 500 || status === 0;
            }, { attempts: 3, baseMs: 300, sleep, signal: limits.signal });
            return { status: response.status, headers: response.headers, data: response.data };
        }
        catch (error) {
            const e = error;
            const data = e.response?.data;
            const message = typeof data?.message === 'string' ? data.message : e.message;
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
        if (answer.status !== 200) {
            const what = `${base} ${described(answer)}`;
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
    return mapLimited(unique, CONCURRENCY, probe);
}

// EXTERNAL MODULE: ./src/core/providers/provenance.ts
var provenance = __nccwpck_require__(2459);
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
function githubUnavailable(error, what, apiUrl, limits, attempts) {
    const failure = (0,github_client/* githubNetworkFailure */.iL)(error);
    if (failure) {
        return (0,network_errors/* describeNetworkFailure */.Ku)(failure, {
            what,
            endpoint: new URL(apiUrl).host,
            check: github_client/* GITHUB_CHECK */.Lz,
            timeoutMs: limits.callTimeoutMs,
            attempts,
        });
    }
    const e = error;
    const headers = e.response?.headers ?? {};
    if (e.status === 429 || (e.status === 403 && headers['x-ratelimit-remaining'] === '0')) {
        const reset = Number(headers['x-ratelimit-reset']);
        const when = Number.isFinite(reset) && reset > 0
            ? `; it resets at ${new Date(reset * 1000).toISOString()}`
            : '';
        return `${what} was refused: GitHub's rate limit was reached (HTTP ${e.status}${attempts > 1 ? `, ${attempts} attempts` : ''})${when}. Run again later.`;
    }
    return `${what} failed (${e.status ? `HTTP ${e.status}` : 'no answer'}: ${e.message ?? 'unknown error'}).`;
}
const FINE_GRAINED_NEEDS = 'Contents: read, Commit statuses: read and write, Webhooks: read and write, and Pull requests: read for FILE_PATH filters';
async function introspectGitHub(token, apiUrl, logger, sleep, repositories = [], limits = (0,core_deadline/* callLimitsFor */.qQ)(core_deadline/* DEFAULT_TIMEOUT_SECONDS */.KU)) {
    const { kind, description } = githubTokenKind(token);
    const warnings = [];
    const octokit = (0,github_client/* githubClient */.$f)(token, apiUrl, logger, limits, { redirect: 'manual' });
    const github = {
        name: 'GitHub',
        apiUrl,
        ownHeaders: GITHUB_HEADERS,
        exampleHeader: 'X-GitHub-Request-Id',
    };
    let attempts = 0;
    let response;
    try {
        logger.debug(`GitHub: GET ${apiUrl}/user`);
        response = await (0,retry/* withRetry */.b)(() => {
            attempts++;
            return octokit.request('GET /user');
        }, (e) => {
            const status = e.status ?? 0;
            return status === 429 || status >= 500 || status === 0;
        }, { attempts: 3, baseMs: 300, sleep, signal: limits.signal });
    }
    catch (error) {
        const e = error;
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
            return { token: { kind, description, accepted: false, required: [], problem }, warnings };
        }
        if (e.status === 403 && kind === 'app-installation') {
            // Installation tokens cannot read /user, but a 403 (not 401) proves GitHub accepted them.
            // Their one-hour life is judged with every other expiry (validate.ts).
            return {
                token: {
                    kind,
                    description,
                    accepted: true,
                    required: (0,core_scopes/* checkScopes */.A6)(undefined, core_scopes/* GITHUB_SCOPES */.OT),
                },
                warnings,
            };
        }
        // A proxy's error page is described, never quoted.
        if (answer && typeof answer.body === 'string') {
            throw new errors/* ProviderUnavailableError */.wd(`Could not validate the token with GitHub at ${apiUrl} (HTTP ${e.status}: ${(0,provenance/* describeBody */.MP)(answer)}).`);
        }
        throw new errors/* ProviderUnavailableError */.wd(`Could not validate the token: ${githubUnavailable(error, `GitHub GET /user (${apiUrl})`, apiUrl, limits, attempts)}`);
    }
    (0,provenance/* requireProvider */.hc)({ status: response.status, headers: response.headers, body: response.data }, github);
    if (typeof response.data.login !== 'string') {
        throw new provenance/* UnverifiedAnswerError */.mV(`Could not verify the token: ${new URL(apiUrl).host} answered GET /user without a login — not GitHub's answer for a user.`);
    }
    const headers = response.headers;
    const scopeHeader = headers['x-oauth-scopes'];
    const scopes = scopeHeader === undefined ? undefined : (0,core_scopes/* parseScopeHeader */.F8)(String(scopeHeader));
    if (!scopes && SCOPED_KINDS.has(kind)) {
        // GitHub reports the scopes of every classic and OAuth token: their absence proves nothing.
        throw new provenance/* UnverifiedAnswerError */.mV(`Could not verify the token: GitHub answered for this ${description} without the X-OAuth-Scopes header, which it sends for every classic token (a proxy may have removed it), so its scopes are unverified.`);
    }
    const expiryHeader = headers['github-authentication-token-expiration'];
    const expiresAt = expiryHeader === undefined ? undefined : parseGitHubExpiry(String(expiryHeader));
    if (expiryHeader !== undefined && !expiresAt) {
        warnings.push(`GitHub sent an expiry date that could not be read ("${String(expiryHeader)}"); expiry is unknown.`);
    }
    if (!scopes && repositories.length > 0) {
        // Permissions cannot be listed, only probed, read-only, on named repositories.
        const probes = await probeRepositoryPermissions(token, apiUrl, repositories, logger, sleep, limits);
        const required = summarizeProbes(probes);
        const unproven = required.filter((c) => c.status === 'unknown').map((c) => c.scope);
        if (unproven.length > 0) {
            warnings.push(`Probed ${repositories.join(', ')}: not proven either way: ${unproven.join(', ')} (a write permission cannot be proven without a write; public repositories can be read without a permission).`);
        }
        return {
            token: {
                kind,
                description,
                accepted: true,
                identity: response.data.login,
                required,
                repositories: probes,
                expiresAt,
            },
            warnings,
        };
    }
    if (!scopes) {
        warnings.push(kind === 'fine-grained-pat'
            ? `Fine-grained token: GitHub does not list its permissions, so they are unverified. CodeBuild needs ${FINE_GRAINED_NEEDS}, on repositories the token's resource owner holds.`
            : `GitHub did not report this token's scopes (no X-OAuth-Scopes header), so they are unverified. CodeBuild needs the repo scope.`);
    }
    return {
        token: {
            kind: kind === 'unknown' && scopes ? 'classic-pat' : kind,
            description: kind === 'unknown' && scopes ? 'GitHub personal access token (classic)' : description,
            accepted: true,
            identity: response.data.login,
            scopes,
            required: (0,core_scopes/* checkScopes */.A6)(scopes, core_scopes/* GITHUB_SCOPES */.OT),
            expiresAt,
        },
        warnings,
    };
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

;// CONCATENATED MODULE: ./src/core/providers/index.ts


/** Asks the token's provider who it is, what it may do and when it expires. Read-only. */
function introspectToken(config, token, logger, sleep, limits) {
    if (config.serverType === 'BITBUCKET') {
        const username = config.authType === 'BASIC_AUTH' ? config.username : undefined;
        return (0,bitbucket/* introspectBitbucket */.jo)({ token, username }, config.bitbucketApiUrl, logger, sleep, limits);
    }
    return introspectGitHub(token, config.githubApiUrl, logger, sleep, config.repositories, limits);
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-secrets-manager/dist-cjs/index.js
var dist_cjs = __nccwpck_require__(2994);
// EXTERNAL MODULE: ./src/core/version.ts
var version = __nccwpck_require__(3323);
;// CONCATENATED MODULE: ./src/core/secrets-manager.ts





const PROVIDER_TAG = {
    GITHUB: 'github',
    GITHUB_ENTERPRISE: 'github_enterprise',
    BITBUCKET: 'bitbucket',
};
const TYPE_TAG = {
    PERSONAL_ACCESS_TOKEN: 'personal_access_token',
    BASIC_AUTH: 'basic_auth',
};
/**
 * Reads a secret CodeBuild is to use (SECRETS_MANAGER auth type) and checks it
 * against CodeBuild's user guide ("Create and store a token in a Secrets Manager
 * secret"): JSON with ServerType, AuthType, Token (and Username for BASIC_AUTH),
 * tagged codebuild:source:provider and codebuild:source:type.
 */
async function readCodeBuildSecret(secretArn, serverType, credentials, limits = (0,core_deadline/* callLimitsFor */.qQ)(core_deadline/* DEFAULT_TIMEOUT_SECONDS */.KU)) {
    const client = new dist_cjs/* SecretsManagerClient */._H({
        region: (0,aws_accounts/* regionOfArn */.b2)(secretArn) ?? 'us-east-1',
        credentials,
        customUserAgent: version/* USER_AGENT */._,
        ...(0,codebuild/* awsHttpLimits */.UO)(limits),
    });
    const result = { problems: [], warnings: [] };
    const region = (0,aws_accounts/* regionOfArn */.b2)(secretArn) ?? 'us-east-1';
    const call = (operation, send) => {
        const what = `Secrets Manager ${operation} in ${region}`;
        return limits.waiting ? limits.waiting.on(what, send) : send();
    };
    try {
        const described = await call('DescribeSecret', () => client.send(new dist_cjs/* DescribeSecretCommand */.X5({ SecretId: secretArn }), (0,codebuild/* sendOptions */.$Y)(limits)));
        const tags = new Map((described.Tags ?? []).map((t) => [t.Key ?? '', t.Value ?? '']));
        const value = await call('GetSecretValue', () => client.send(new dist_cjs/* GetSecretValueCommand */.d2({ SecretId: secretArn }), (0,codebuild/* sendOptions */.$Y)(limits)));
        let body = {};
        try {
            body = JSON.parse(value.SecretString ?? '');
        }
        catch {
            result.problems.push('The secret is not JSON: CodeBuild expects {"ServerType": ..., "AuthType": ..., "Token": ...}.');
            return result;
        }
        const field = (name) => typeof body[name] === 'string' ? body[name].trim() : undefined;
        result.token = field('Token');
        result.authType = field('AuthType');
        result.username = field('Username');
        if (!result.token)
            result.problems.push('The secret has no "Token" field.');
        if (field('ServerType') !== serverType) {
            result.problems.push(`The secret's "ServerType" is ${field('ServerType') ?? 'missing'}; it must be ${serverType}.`);
        }
        if (!result.authType || !TYPE_TAG[result.authType]) {
            result.problems.push(`The secret's "AuthType" is ${result.authType ?? 'missing'}; it must be PERSONAL_ACCESS_TOKEN or BASIC_AUTH.`);
        }
        else if (result.authType === 'BASIC_AUTH' &&
            (serverType !== 'BITBUCKET' || !result.username)) {
            result.problems.push('The secret\'s "AuthType" is BASIC_AUTH: that is only for Bitbucket app passwords, with a "Username" field.');
        }
        const provider = tags.get('codebuild:source:provider');
        if (provider !== PROVIDER_TAG[serverType]) {
            result.problems.push(`The secret's tag codebuild:source:provider is ${provider === undefined ? 'missing' : `"${provider}"`}; it must be "${PROVIDER_TAG[serverType]}".`);
        }
        const type = tags.get('codebuild:source:type');
        const expectedType = result.authType ? TYPE_TAG[result.authType] : undefined;
        if (expectedType && type !== expectedType) {
            result.problems.push(`The secret's tag codebuild:source:type is ${type === undefined ? 'missing' : `"${type}"`}; it must be "${expectedType}".`);
        }
        if (!tags.has('codebuild:source'))
            result.warnings.push('The secret lacks the tag codebuild:source (empty value), which the CodeBuild console uses to list it.');
        return result;
    }
    catch (error) {
        if (error.name === 'ResourceNotFoundException') {
            result.problems.push(`The secret ${secretArn} does not exist (or is in another account or region).`);
            return result;
        }
        throw (0,codebuild/* describeAwsError */.Pp)(error, `Reading secret ${secretArn}`, 'secretsmanager:DescribeSecret and secretsmanager:GetSecretValue', limits);
    }
    finally {
        client.destroy();
    }
}

=======
;// CONCATENATED MODULE: ./src/core/providers/index.ts
/**
 * Asks the token's provider who it is, what it may do and when it expires. Read-only.
 * Only the provider's own module is loaded (Octokit only for GitHub).
 */
async function introspectToken(config, token, logger, sleep) {
    if (config.serverType === 'BITBUCKET') {
        const username = config.authType === 'BASIC_AUTH' ? config.username : undefined;
        const { introspectBitbucket } = await __nccwpck_require__.e(/* import() */ 559).then(__nccwpck_require__.bind(__nccwpck_require__, 1559));
        return introspectBitbucket({ token, username }, config.bitbucketApiUrl, logger, sleep);
    }
    const { introspectGitHub } = await Promise.all(/* import() */[__nccwpck_require__.e(28), __nccwpck_require__.e(582)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2582));
    return introspectGitHub(token, config.githubApiUrl, logger, sleep, config.repositories);
}

>>>>>>> 00ebeeb (Load only what a run needs: SDK clients, providers, Octokit and the drift issue by dynamic import after the configuration is valid)
;// CONCATENATED MODULE: ./src/core/validate.ts



<<<<<<< HEAD



=======
>>>>>>> 00ebeeb (Load only what a run needs: SDK clients, providers, Octokit and the drift issue by dynamic import after the configuration is valid)
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
<<<<<<< HEAD
            const { token } = await (0,connections.inspectConnection)(config.token, config.serverType, deps.credentialsFor(config.token), deps.limits);
=======
            // Each of these modules (and its SDK client) is loaded only by the runs that use it.
            const { inspectConnection } = await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(90), __nccwpck_require__.e(786)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8786));
            const { token } = await inspectConnection(config.token, config.serverType, deps.credentialsFor(config.token));
>>>>>>> 00ebeeb (Load only what a run needs: SDK clients, providers, Octokit and the drift issue by dynamic import after the configuration is valid)
            found.token = token;
            return token.accepted ? done('good') : done('rejected', token.problem);
        }
        let token = config.token;
        let authType = config.authType;
        let username = config.username;
        if (config.authType === 'SECRETS_MANAGER') {
            deps.logger.info('Reading the Secrets Manager secret...');
<<<<<<< HEAD
            const secret = await readCodeBuildSecret(config.token, config.serverType, deps.credentialsFor(config.token), deps.limits);
            deps.secrets?.addCredential(secret.token, secret.username);
=======
            const { readCodeBuildSecret } = await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(994), __nccwpck_require__.e(36)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3036));
            const secret = await readCodeBuildSecret(config.token, config.serverType, deps.credentialsFor(config.token));
            deps.secrets?.add(secret.token);
            if (secret.token && secret.username)
                deps.secrets?.addBasic(secret.username, secret.token);
>>>>>>> 00ebeeb (Load only what a run needs: SDK clients, providers, Octokit and the drift issue by dynamic import after the configuration is valid)
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
    const optOut = 'or set require-verified-scopes to false to import it with a warning';
    if (config.serverType === 'BITBUCKET') {
        return `Bitbucket reports the scopes of access tokens (x-oauth-scopes), not of app passwords or API tokens: use a repository, project or workspace access token, ${optOut}.`;
    }
    const classic = `Use a classic token (ghp_) with the repo scope, whose scopes GitHub reports (X-OAuth-Scopes), ${optOut}.`;
    if (token.kind !== 'fine-grained-pat') {
        return `GitHub does not list the permissions of a ${token.description}. ${classic}`;
    }
    const probe = token.repositories
        ? 'Probing the repositories proves reads on private repositories but never a write (Commit statuses write, Webhooks write), so a fine-grained token cannot be proven.'
        : 'Set repositories (REPOSITORIES in the pipe) to the private repositories CodeBuild builds to probe their reads; a write (Commit statuses, Webhooks) is never provable without writing, so a fine-grained token cannot be fully proven.';
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




<<<<<<< HEAD


=======
>>>>>>> 00ebeeb (Load only what a run needs: SDK clients, providers, Octokit and the drift issue by dynamic import after the configuration is valid)
/**
 * Account × region targets (and role assumptions) worked on at once, across the whole run.
 * CodeBuild's rate limits are per account and region, so the targets do not compete for
 * them; what they share is this process and its sockets. Each target's client has its own
 * HTTP agent (the SDK's default is 50 sockets each), so the cap is what bounds the open
 * connections and the TLS handshakes in flight: 48 keeps a 10-account × 17-region run to
 * a few rounds of calls without opening hundreds of sockets at once. Calls within one
 * target stay in order; throttling is left to the SDK's retry with backoff.
 */
const MAX_TARGETS_IN_FLIGHT = 48;
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
<<<<<<< HEAD
    // Findings in target order (they arrive as targets finish): the token's first, then region by region.
    const order = (f) => f.region === undefined
        ? -1
        : ctx.targets.findIndex((t) => t.region === f.region && t.account.id === f.account);
    report.findings.sort((a, b) => order(a) - order(b));
    if (deadline.reason)
        reportStop(ctx, deadline.reason);
=======
>>>>>>> 00ebeeb (Load only what a run needs: SDK clients, providers, Octokit and the drift issue by dynamic import after the configuration is valid)
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
<<<<<<< HEAD
    const ambient = (0,aws_accounts/* ambientCredentials */.ji)(deadline.limits);
    const noCredentials = await stoppable(deadline, 'AWS credentials (the SDK credential chain)', () => (0,aws_accounts/* checkAmbientCredentials */.fF)(ambient, deps.secrets, deadline.limits));
=======
    const ambient = await (0,aws_accounts/* ambientCredentials */.ji)();
    const noCredentials = await (0,aws_accounts/* checkAmbientCredentials */.fF)(ambient);
>>>>>>> 00ebeeb (Load only what a run needs: SDK clients, providers, Octokit and the drift issue by dynamic import after the configuration is valid)
    let accounts = [
        { account: { credentials: ambient }, unusable: noCredentials },
    ];
    if (config.rolesToAssume.length > 0 && !noCredentials) {
        const assume = deps.assumeRole ?? aws_accounts/* assumeRole */.xN;
        deps.logger.info(`Assuming ${config.rolesToAssume.length} role${config.rolesToAssume.length === 1 ? '' : 's'}...`);
        accounts = await mapLimit(config.rolesToAssume, MAX_TARGETS_IN_FLIGHT, async (roleArn) => {
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
<<<<<<< HEAD
    const make = deps.codebuild ??
        ((region, account, limits) => new codebuild/* CodeBuildRegion */.ew(region, account.credentials, limits));
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
async function run_validate(ctx) {
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
    const [{ inspectRegion }, { webhookReader }, { inspectConnection }] = await Promise.all([
        __nccwpck_require__.e(/* import() */ 982).then(__nccwpck_require__.bind(__nccwpck_require__, 8982)),
        __nccwpck_require__.e(/* import() */ 205).then(__nccwpck_require__.bind(__nccwpck_require__, 8205)),
        Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 8786)),
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
    return (client, target) => inspectRegion(client, { region: target.region, ...(target.account.id ? { account: target.account.id } : {}) }, {
        serverTypes: config.serverTypes,
        hooks,
        noHooksBecause,
        connection,
        logger: deps.logger,
    });
}
/**
 * Inspects a target's projects for check and sync. A refused ListProjects or BatchGetProjects
 * is a warning there (the credential result stands); inventory lets it fail the region.
 */
async function inspectOrWarn(ctx, inspect, client, target) {
    try {
        const inspected = await inspect(client, target);
        ctx.report.findings.push(...inspected.findings);
        ctx.report.warnings.push(...inspected.warnings);
        return inspected;
    }
    catch (error) {
        if (!(error instanceof errors/* UserError */.yo))
            throw error;
        ctx.report.warnings.push(`The projects of ${placeOf(target)} were not inspected: ${error.message} Or set inspect-projects to false.`);
        return undefined;
    }
}
/** The region row with what the inspection found: its projects, and drift when it found any. */
function withProjects(row, inspected, serverType) {
    if (!inspected)
        return row;
    const using = inspected.dependents[serverType] ?? [];
    const problems = inspected.findings.length;
    return {
        ...row,
        status: row.status === 'ok' && problems > 0 ? 'drift' : row.status,
        detail: `${row.detail.replace(/\.$/, '')}; ${using.length} project${using.length === 1 ? '' : 's'} use${using.length === 1 ? 's' : ''} it${problems ? `, ${problems} project problem${problems === 1 ? '' : 's'}` : ''}`,
        projects: inspected.projects,
    };
}
/** A finding about the token itself breaks every project that uses the account credential, in every target. */
function nameProjectsOfTokenFindings(ctx) {
    const names = ctx.report.regions.flatMap((r) => (r.projects ?? [])
        .filter((p) => p.credential === 'account' && p.serverType === ctx.config.serverType)
        .map((p) => `${r.account ? `${r.account}/` : ''}${r.region}/${p.name}`));
    if (!ctx.report.regions.some((r) => r.projects))
        return;
    for (const f of ctx.report.findings)
        if (!f.region)
            f.projects = names;
}
function placeOf(target) {
    return `${target.account.id ? `${target.account.id}/` : ''}${target.region}`;
=======
    const make = deps.codebuild ?? (await (0,codebuild/* codeBuildClients */._k)());
    return accounts.flatMap(({ account, unusable }) => config.regions.map((region) => ({
        region,
        account,
        unusable,
        client: unusable ? undefined : make(region, account),
    })));
}
/** Validates once per run and records the token and warnings in the report. */
async function validate(ctx) {
    const { token, warnings, verdict, problem } = await validateCredential(ctx.config, {
        ...ctx.deps,
        now: ctx.now,
        credentialsFor: (arn) => accountFor(ctx, arn)?.credentials,
    });
    ctx.report.token = token;
    ctx.report.warnings.push(...warnings);
    return { verdict, problem };
>>>>>>> 00ebeeb (Load only what a run needs: SDK clients, providers, Octokit and the drift issue by dynamic import after the configuration is valid)
}
/** The account whose credentials can read an ARN's resource: the one it belongs to, else the ambient one. */
function accountFor({ targets }, arn) {
    const id = (0,aws_accounts/* accountOfArn */.KC)(arn);
    return (targets.find((t) => t.account.id === id && !t.unusable) ?? targets.find((t) => !t.unusable))?.account;
}
/** Runs each target's work with bounded concurrency; an AWS failure becomes that target's error row. */
async function perTarget(ctx, work) {
    const { deadline } = ctx;
    ctx.report.regions = await mapLimit(ctx.targets, MAX_TARGETS_IN_FLIGHT, async (target) => {
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
    const { verdict, problem } = await validate(ctx);
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
    await perTarget(ctx, (client, target) => {
        const misplaced = misplacedSecret(config, target);
        if (misplaced)
            return Promise.resolve({ action: 'not-attempted', status: 'error', detail: misplaced });
        return config.dryRun ? planImport(config, client) : importInto(config, client);
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
    const { verdict, problem } = await validate(ctx);
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
    await perTarget(ctx, async (client, target) => {
        const held = (await client.list(config.serverType))[0];
        const finding = credentialDrift(config, held, target);
        if (finding) {
            report.findings.push(finding);
            return {
                action: 'checked',
                status: 'drift',
                arn: held?.arn,
                authType: held?.authType,
                detail: finding.message,
            };
        }
        return {
            action: 'checked',
            status: 'ok',
            arn: held.arn,
            authType: held.authType,
            detail: `holds a ${held.authType} credential${held.resource ? ` using ${held.resource}` : ''}`,
        };
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
/** A region the run never started on: it holds what it held before. */
function notReached({ config, deadline }) {
    const writes = !config.dryRun && config.mode !== 'check';
    return {
        action: 'not-attempted',
        status: 'error',
        detail: `not reached: ${deadline.describe()} before this region started${writes ? ', so it still holds the credential it held before' : ''}`,
    };
}
/** A region the run stopped on: what it was waiting for, and what that means for what it holds. */
function stoppedIn({ config }, target, stop) {
    const wrote = target.client?.wrote ?? false;
    const writes = !config.dryRun && config.mode !== 'check';
    const holds = !writes
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
        ? ` Raise timeout-seconds (now ${deadline.seconds}) if the services are only slow.`
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
