/* source maps: lazily */         import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 6342:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ ROLE_ARN)
/* harmony export */ });
// The shapes of the ARNs this product reads and builds.
/** An IAM role ARN in any partition (aws, aws-cn, aws-us-gov, …). */
const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/;


/***/ }),

/***/ 2167:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Hr: () => (/* binding */ prepareAwsCredentials),
/* harmony export */   mc: () => (/* binding */ identitySecrets),
/* harmony export */   r0: () => (/* binding */ awsCredentialsHelp),
/* harmony export */   ru: () => (/* binding */ awsCredentialProblems)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _arn_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(6342);
/* harmony import */ var _base_index_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(6514);
/* harmony import */ var _base_index_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(8858);
/* harmony import */ var _base_index_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(308);






/**
 * Mistakes in the AWS credential variables, found before any call: each one a
 * configuration error (exit 2), like a bad option. A named profile is looked up in the
 * shared config and credentials files the way the AWS SDK reads them. The Action's
 * credentials usually come from aws-actions/configure-aws-credentials, or the runner's
 * own role: only a half-set pair of keys and a missing profile are certain mistakes there.
 */
async function awsCredentialProblems(env, platform = 'pipe') {
    const problems = awsFileProblems(env);
    if (problems.length === 0)
        problems.push(...(await profileFileProblems(env)));
    const roleArn = platform === 'pipe' ? env.AWS_OIDC_ROLE_ARN?.trim() : undefined;
    if (roleArn) {
        if (!_arn_js__WEBPACK_IMPORTED_MODULE_4__/* .ROLE_ARN */ .x.test(roleArn))
            problems.push(`AWS_OIDC_ROLE_ARN must be an IAM role ARN (arn:aws:iam::ACCOUNT:role/NAME); got "${roleArn}".`);
        if (!env.BITBUCKET_STEP_OIDC_TOKEN?.trim())
            problems.push('AWS_OIDC_ROLE_ARN is set but BITBUCKET_STEP_OIDC_TOKEN is empty: add `oidc: true` to the pipeline step so Bitbucket provides the OIDC token.');
        // With OIDC, keys and profiles are not used (prepareAwsCredentials removes them).
        return problems;
    }
    const key = Boolean(env.AWS_ACCESS_KEY_ID?.trim());
    const secret = Boolean(env.AWS_SECRET_ACCESS_KEY?.trim());
    if (key !== secret) {
        const instead = platform === 'pipe'
            ? 'or use AWS_OIDC_ROLE_ARN'
            : 'or let aws-actions/configure-aws-credentials set them';
        problems.push(key
            ? `AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not: the two go together. Set both (${platform === 'pipe' ? 'the secret as a secured variable' : "the secret from the repository's secrets"}), ${instead}.`
            : `AWS_SECRET_ACCESS_KEY is set but AWS_ACCESS_KEY_ID is not: the two go together. Set both, ${instead}.`);
    }
    const profile = env.AWS_PROFILE?.trim();
    if (profile) {
        if (key && secret)
            problems.push('AWS_PROFILE and the access keys AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are both set, and the AWS SDK would use the profile: set only one.');
        const missing = await missingProfile(env, profile);
        if (missing)
            problems.push(missing);
    }
    if (platform === 'pipe' && problems.length === 0 && !credentialSource(env)) {
        problems.push('No AWS credentials: set AWS_OIDC_ROLE_ARN (with `oidc: true` on the step), or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.');
    }
    return problems;
}
/** What a token file (web identity, container authorization, SSO cache) may weigh. */
const TOKEN_FILE_MAX = 1024 * 1024;
/**
 * The files the AWS SDK or Node read whole, some synchronously (the web identity token,
 * Node's extra CA certificates): a named pipe or a device there would hang the run before
 * any deadline could end it, or fill its memory. Each must be a regular file of a size
 * such a file has. The files a profile names are checked by profileFileProblems.
 */
function awsFileProblems(env) {
    const home = env.HOME || (0,node_os__WEBPACK_IMPORTED_MODULE_2__.homedir)();
    const files = [
        ['AWS_WEB_IDENTITY_TOKEN_FILE', env.AWS_WEB_IDENTITY_TOKEN_FILE?.trim(), TOKEN_FILE_MAX],
        [
            'AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE',
            env.AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE?.trim(),
            TOKEN_FILE_MAX,
        ],
        [
            'AWS_SHARED_CREDENTIALS_FILE',
            env.AWS_SHARED_CREDENTIALS_FILE?.trim() || (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(home, '.aws', 'credentials'),
            16 * 1024 * 1024,
        ],
        [
            'AWS_CONFIG_FILE',
            env.AWS_CONFIG_FILE?.trim() || (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(home, '.aws', 'config'),
            16 * 1024 * 1024,
        ],
    ];
    const ca = (0,_base_index_js__WEBPACK_IMPORTED_MODULE_5__/* .extraCaCertsProblem */ .HA)(env);
    return [
        ...files.flatMap(([name, path, max]) => {
            if (!path)
                return [];
            const given = env[name]?.trim() ? name : `${name} (by default)`;
            const problem = (0,_base_index_js__WEBPACK_IMPORTED_MODULE_5__/* .wholeFileProblem */ .po)(path, max, 'the AWS SDK');
            return problem ? [`${given} is ${problem}`] : [];
        }),
        ...(ca ? [ca] : []),
    ];
}
/**
 * The files the selected profile (AWS_PROFILE, else `default`) and the profiles it takes
 * credentials from (`source_profile`) make the AWS SDK read: `web_identity_token_file`
 * (read synchronously), the SSO token cache (~/.aws/sso/cache/<sha1 of the session or
 * start URL>.json) and the `aws login` token cache (AWS_LOGIN_CACHE_DIRECTORY, else
 * ~/.aws/login/cache, <sha256 of login_session>.json). Parsed only when a shared file exists (awsFileProblems has found it a
 * regular file of a sane size), so a run without one pays nothing.
 */
async function profileFileProblems(env) {
    const home = env.HOME || (0,node_os__WEBPACK_IMPORTED_MODULE_2__.homedir)();
    const problems = [];
    for (const [name, profile] of await profileChain(env)) {
        const tokenFile = profile.web_identity_token_file?.trim();
        const problem = tokenFile && (0,_base_index_js__WEBPACK_IMPORTED_MODULE_5__/* .wholeFileProblem */ .po)(tokenFile, TOKEN_FILE_MAX, 'the AWS SDK');
        if (problem)
            problems.push(`The web_identity_token_file of AWS profile "${(0,_base_index_js__WEBPACK_IMPORTED_MODULE_6__/* .outside */ .qY)(name)}" is ${problem}`);
        for (const id of [profile.sso_session, profile.sso_start_url]) {
            if (!id?.trim())
                continue;
            const cache = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(home, '.aws', 'sso', 'cache', `${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1').update(id.trim()).digest('hex')}.json`);
            const problem = (0,_base_index_js__WEBPACK_IMPORTED_MODULE_5__/* .wholeFileProblem */ .po)(cache, TOKEN_FILE_MAX, 'the AWS SDK');
            if (problem)
                problems.push(`The SSO token cache of AWS profile "${(0,_base_index_js__WEBPACK_IMPORTED_MODULE_6__/* .outside */ .qY)(name)}" is ${problem}`);
        }
        // `aws login` sessions: the token cache the SDK reads (and rewrites) for login_session.
        const login = profile.login_session;
        if (login) {
            const cache = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(env.AWS_LOGIN_CACHE_DIRECTORY ?? (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(home, '.aws', 'login', 'cache'), `${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(login, 'utf8').digest('hex')}.json`);
            const problem = (0,_base_index_js__WEBPACK_IMPORTED_MODULE_5__/* .wholeFileProblem */ .po)(cache, TOKEN_FILE_MAX, 'the AWS SDK');
            if (problem)
                problems.push(`The login token cache of AWS profile "${(0,_base_index_js__WEBPACK_IMPORTED_MODULE_6__/* .outside */ .qY)(name)}" is ${problem}`);
        }
    }
    return problems;
}
/**
 * The selected profile (AWS_PROFILE, else `default`) and the profiles it takes credentials
 * from (`source_profile`), each once however they loop, by name. Parsed only when a shared
 * file exists (awsFileProblems has found it a regular file of a sane size), so a run
 * without one pays nothing.
 */
async function profileChain(env) {
    const home = env.HOME || (0,node_os__WEBPACK_IMPORTED_MODULE_2__.homedir)();
    const configFilepath = env.AWS_CONFIG_FILE?.trim() || (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(home, '.aws', 'config');
    const filepath = env.AWS_SHARED_CREDENTIALS_FILE?.trim() || (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(home, '.aws', 'credentials');
    if (!(0,_base_index_js__WEBPACK_IMPORTED_MODULE_5__/* .statOrUndefined */ .md)(configFilepath)?.isFile() && !(0,_base_index_js__WEBPACK_IMPORTED_MODULE_5__/* .statOrUndefined */ .md)(filepath)?.isFile())
        return [];
    const { loadSharedConfigFiles } = await __nccwpck_require__.e(/* import() */ 291).then(__nccwpck_require__.t.bind(__nccwpck_require__, 7291, 19));
    const files = await loadSharedConfigFiles({ filepath, configFilepath, ignoreCache: true });
    const chain = [];
    const seen = new Set();
    let name = env.AWS_PROFILE?.trim() || 'default';
    while (name && !seen.has(name)) {
        seen.add(name);
        if (!files.credentialsFile[name] && !files.configFile[name])
            break;
        const profile = {
            ...files.configFile[name],
            ...files.credentialsFile[name],
        };
        chain.push([name, profile]);
        name = profile.source_profile?.trim();
    }
    return chain;
}
/**
 * The secrets the AWS SDK sends for the run's own identity that no option holds: the web
 * identity token (AWS_WEB_IDENTITY_TOKEN_FILE, a profile's `web_identity_token_file`), which
 * STS may quote back in its refusal, and the container credentials endpoint's authorization
 * token (AWS_CONTAINER_AUTHORIZATION_TOKEN, or its file). Files are read only when they are
 * regular and of a token file's size (awsFileProblems refused anything else up front), and
 * without blocking the main thread.
 */
async function identitySecrets(env) {
    const files = [
        env.AWS_WEB_IDENTITY_TOKEN_FILE,
        env.AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE,
        ...(await profileChain(env).catch(() => [])).map(([, p]) => p.web_identity_token_file),
    ];
    const { readFile } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 1455, 23));
    const read = await Promise.all(files.map(async (file) => {
        const path = file?.trim();
        const stat = path ? (0,_base_index_js__WEBPACK_IMPORTED_MODULE_5__/* .statOrUndefined */ .md)(path) : undefined;
        if (!path || !stat?.isFile() || stat.size > TOKEN_FILE_MAX)
            return undefined;
        return readFile(path, 'utf8').catch(() => undefined);
    }));
    return [env.AWS_CONTAINER_AUTHORIZATION_TOKEN, ...read].flatMap((v) => v?.trim() ? [v.trim()] : []);
}
/** The profile's absence, in words that name it and the files looked in; undefined when it is there. */
async function missingProfile(env, profile) {
    const home = env.HOME || (0,node_os__WEBPACK_IMPORTED_MODULE_2__.homedir)();
    const configFilepath = env.AWS_CONFIG_FILE?.trim() || (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(home, '.aws', 'config');
    const filepath = env.AWS_SHARED_CREDENTIALS_FILE?.trim() || (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(home, '.aws', 'credentials');
    // The SDK's own reader, loaded only when a profile is named.
    const { loadSharedConfigFiles } = await __nccwpck_require__.e(/* import() */ 291).then(__nccwpck_require__.t.bind(__nccwpck_require__, 7291, 19));
    const files = await loadSharedConfigFiles({ filepath, configFilepath, ignoreCache: true });
    const profiles = [
        ...new Set([...Object.keys(files.configFile), ...Object.keys(files.credentialsFile)]),
    ].filter((name) => !/^(sso-session|services)\./.test(name));
    if (profiles.includes(profile))
        return undefined;
    const held = profiles.length
        ? `; they have ${profiles.length === 1 ? 'profile' : 'profiles'} ${profiles.join(', ')}`
        : (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(configFilepath) || (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(filepath)
            ? '; they have no profiles'
            : '; neither file exists';
    return `AWS_PROFILE is "${profile}", which is not a profile in ${configFilepath} or ${filepath}${held}.${(0,_base_index_js__WEBPACK_IMPORTED_MODULE_7__/* .didYouMeanOneOf */ .zf)(profile, profiles)} Set AWS_PROFILE to one of them, or unset it.`;
}
/** Where the SDK's default chain would find credentials, when the environment says. */
function credentialSource(env) {
    if (env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY && !env.AWS_PROFILE)
        return 'access keys from AWS_ACCESS_KEY_ID';
    const ambient = [
        'AWS_PROFILE',
        'AWS_WEB_IDENTITY_TOKEN_FILE',
        'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI',
        'AWS_CONTAINER_CREDENTIALS_FULL_URI',
        'AWS_SHARED_CREDENTIALS_FILE',
        'AWS_CONFIG_FILE',
    ];
    const found = ambient.find((name) => env[name]);
    if (found)
        return `the AWS SDK default chain (${found})`;
    const home = env.HOME ?? (0,node_os__WEBPACK_IMPORTED_MODULE_2__.homedir)();
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(home, '.aws', 'credentials')) || (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(home, '.aws', 'config')))
        return 'the AWS SDK default chain (~/.aws)';
    return undefined;
}
/** How each front door is given AWS credentials, for messages that say what to do. */
function awsCredentialsHelp(platform) {
    return platform === 'action'
        ? 'Add a step with aws-actions/configure-aws-credentials before this one (OIDC with role-to-assume), or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY in the env of this step.'
        : 'Set AWS_OIDC_ROLE_ARN (with `oidc: true` on the step), or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (secured variables).';
}
/**
 * Prepares AWS credentials for the pipe, once awsCredentialProblems found none. With
 * AWS_OIDC_ROLE_ARN, Bitbucket's step OIDC token is returned as a WebIdentity, which the
 * run hands to the SDK's web-identity provider in memory (aws-accounts.ts): it never
 * touches the disk, so no exit path can leave it behind. Otherwise the SDK's default
 * chain (access keys, profiles) is used unchanged. Returns a description of the source,
 * for the log.
 */
function prepareAwsCredentials(env) {
    const roleArn = env.AWS_OIDC_ROLE_ARN?.trim();
    const oidcToken = env.BITBUCKET_STEP_OIDC_TOKEN?.trim();
    if (roleArn && oidcToken) {
        const sessionName = (env.AWS_ROLE_SESSION_NAME ||
            `codebuild-credential-sync-${env.BITBUCKET_BUILD_NUMBER ?? 'local'}`)
            .replace(/[^\w+=,.@-]/g, '-')
            .slice(0, 64);
        // Nothing else in the run may pick up other credentials from the environment.
        delete env.AWS_ACCESS_KEY_ID;
        delete env.AWS_SECRET_ACCESS_KEY;
        delete env.AWS_SESSION_TOKEN;
        delete env.AWS_PROFILE;
        return {
            description: `OIDC web identity, role ${roleArn}`,
            webIdentity: { roleArn, token: oidcToken, sessionName },
        };
    }
    return { description: credentialSource(env) ?? 'the AWS SDK default chain' };
}


/***/ }),

/***/ 2973:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   JG: () => (/* binding */ isAccountId),
/* harmony export */   YM: () => (/* binding */ checkedNames),
/* harmony export */   i7: () => (/* binding */ checkedRegionNames),
/* harmony export */   jD: () => (/* binding */ isProjectName),
/* harmony export */   jG: () => (/* binding */ REGION_SHAPE),
/* harmony export */   po: () => (/* binding */ accountState)
/* harmony export */ });
/* unused harmony exports MAX_REGION_NAME, isRegionName, ACCOUNT_STATES, ACCOUNT_STATUSES */
/* harmony import */ var _base_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8858);
// Names AWS gives at run time (region names from Systems Manager and account:ListRegions,
// account IDs and states from Organizations), checked where they are read: only a value of
// the documented shape is used, to build an ARN, a client or a request; anything else is
// reported as malformed (sanitised, outside.ts) and left out. Each list is de-duplicated.

/**
 * What every AWS region name looks like (us-east-1, us-gov-west-1, eu-isoe-west-1, and the
 * European Sovereign Cloud's eusc-de-east-1); at most 32 characters.
 */
const REGION_SHAPE = /^[a-z]{2,4}(-[a-z]+)+-\d{1,2}$/;
const MAX_REGION_NAME = 32;
function isRegionName(value) {
    return typeof value === 'string' && value.length <= MAX_REGION_NAME && REGION_SHAPE.test(value);
}
/** An AWS account ID: exactly 12 digits. */
function isAccountId(value) {
    return typeof value === 'string' && /^\d{12}$/.test(value);
}
/** A CodeBuild project name, as CreateProject takes it: 2 to 255 letters, digits, `-` and `_`. */
function isProjectName(value) {
    return typeof value === 'string' && /^[A-Za-z0-9][A-Za-z0-9_-]{1,254}$/.test(value);
}
/** Organizations' `State` (Account.State), and the older `Status` it replaces. */
const ACCOUNT_STATES = [
    'PENDING_ACTIVATION',
    'ACTIVE',
    'SUSPENDED',
    'PENDING_CLOSURE',
    'CLOSED',
];
const ACCOUNT_STATUSES = ['ACTIVE', 'SUSPENDED', 'PENDING_CLOSURE'];
/** The account's state as read: one of the documented values, else `unreadable`; undefined when neither field is there. */
function accountState(account) {
    if (account.State !== undefined && account.State !== null)
        return ACCOUNT_STATES.includes(account.State)
            ? account.State
            : 'unreadable';
    if (account.Status !== undefined && account.Status !== null)
        return ACCOUNT_STATUSES.includes(account.Status)
            ? account.Status
            : 'unreadable';
    return undefined;
}
/** The region names of a listing (`source`) that have AWS's shape, each once, and a sentence about the rest. */
function checkedRegionNames(values, source) {
    return checkedNames(values, isRegionName, {
        items: 'region names',
        shape: 'a region name is like us-east-1, at most 32 characters',
        source,
    });
}
/** The values of a list that pass `valid`, each once in first-seen order, and a sentence about those left out. */
function checkedNames(values, valid, what) {
    const names = new Set();
    const malformed = [];
    for (const value of values) {
        if (valid(value))
            names.add(value);
        else
            malformed.push(value);
    }
    if (malformed.length === 0)
        return { names: [...names] };
    const shown = malformed
        .slice(0, 3)
        .map((v) => `"${(0,_base_index_js__WEBPACK_IMPORTED_MODULE_0__/* .outside */ .qY)(v, 40)}"`)
        .join(', ');
    const more = malformed.length > 3 ? ` and ${malformed.length - 3} more` : '';
    return {
        names: [...names],
        problem: `${what.source} answered ${malformed.length} malformed ${what.items} (${shown}${more}): ${what.shape}, so ${malformed.length === 1 ? 'it was' : 'they were'} left out.`,
    };
}


/***/ }),

/***/ 9754:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K8: () => (/* binding */ EXIT_GUARD_MS),
/* harmony export */   PH: () => (/* binding */ endChildren),
/* harmony export */   _p: () => (/* binding */ exitProcess),
/* harmony export */   pH: () => (/* binding */ EXIT_GUARD)
/* harmony export */ });
/* unused harmony export descendants */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
// The processes a run leaves behind. We start none; the AWS SDK starts a profile's
// `credential_process` (through a shell) and, when the run stops first, leaves it running,
// re-parented, after we exit. On exit (and from the watchdog), every process below ours
// is sent SIGTERM. Linux only (it reads /proc); elsewhere SECURITY.md says what holds.

/** Depth and count bounds: a fork bomb below us is not walked for ever. */
const MAX_DEPTH = 8;
const MAX_PROCESSES = 256;
/** The processes below `pid` (children, their children, ...), from /proc; [] where there is none. */
function descendants(pid = process.pid) {
    const found = [];
    const walk = (parent, depth) => {
        if (depth > MAX_DEPTH)
            return;
        let tasks;
        try {
            tasks = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(`/proc/${parent}/task`);
        }
        catch {
            return;
        }
        for (const task of tasks) {
            let children;
            try {
                children = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(`/proc/${parent}/task/${task}/children`, 'utf8');
            }
            catch {
                continue;
            }
            for (const child of children.split(' ').filter(Boolean).map(Number)) {
                if (found.length >= MAX_PROCESSES || found.includes(child))
                    return;
                found.push(child);
                walk(child, depth + 1);
            }
        }
    };
    walk(pid, 0);
    return found;
}
/** How long the exit guard gives exit() before it ends the process with SIGKILL. */
const EXIT_GUARD_MS = 2000;
/**
 * The exit guard, a Node script run as a process of its own: SIGKILL to the process that
 * started it (argv: its pid, then the milliseconds to wait) if it is still its parent then.
 * Once that process is gone, the guard has another parent and kills nothing.
 */
const EXIT_GUARD = `const [pid, ms] = process.argv.slice(1).map(Number);
setTimeout(() => { if (process.ppid === pid) try { process.kill(pid, 'SIGKILL'); } catch {} }, ms);`;
/** The exit guard's pid, spared by endChildren. */
let guard;
/**
 * Ends the process with `code`, which nothing can hold. exit() waits for every request in
 * Node's thread pool: a read the AWS SDK started on a named pipe (a token cache swapped
 * after the checks) never returns, and the process would stay for ever, past its deadline.
 * When such a request is pending, a guard process is started first, which ends this one
 * with SIGKILL (status 137) if exit() has not within EXIT_GUARD_MS.
 */
function exitProcess(code) {
    // A file's open or read still in the pool (FSReqCallback, FSReqPromise) can wait for ever; a
    // handle's close (CloseReq: the Action's summary file, on every run) ends by itself.
    const pending = process.getActiveResourcesInfo().some((name) => /^FSReq/.test(name));
    if (pending && process.platform !== 'win32') {
        try {
            const { spawn } = process.getBuiltinModule('node:child_process');
            const child = spawn(process.execPath, ['-e', EXIT_GUARD, String(process.pid), String(EXIT_GUARD_MS)], 
            // Nothing of the step's environment (NODE_OPTIONS could load anything).
            { stdio: 'ignore', detached: true, env: {} });
            guard = child.pid;
            child.unref();
        }
        catch {
            // Not started: exit as before.
        }
    }
    return process.exit(code);
}
/** Sends SIGTERM to every process below ours: what the SDK started ends with the run. */
function endChildren() {
    for (const pid of descendants()) {
        if (pid === guard)
            continue;
        try {
            process.kill(pid, 'SIGTERM');
        }
        catch {
            // already gone
        }
    }
}


/***/ }),

/***/ 2074:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   wd: () => (/* binding */ ProviderUnavailableError),
/* harmony export */   xL: () => (/* binding */ ConfigError),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
/* harmony import */ var _random_words_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2854);

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
/**
 * Invalid configuration: every problem found, each naming the option and what would be valid.
 * With `typed` (typedRuns of the step's variables), no random-looking word the user wrote is
 * shown (withoutRandomWords): a front door's refusal passes them.
 */
class ConfigError extends UserError {
    /** Each problem as shown. */
    problems;
    constructor(problems, typed = new Set()) {
        const shown = problems.map((p) => (0,_random_words_js__WEBPACK_IMPORTED_MODULE_0__/* .withoutRandomWords */ .Rk)(p, typed));
        super(shown.length === 1 ? shown[0] : `Invalid configuration:\n- ${shown.join('\n- ')}`);
        this.problems = shown;
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

/***/ 6514:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   HA: () => (/* binding */ extraCaCertsProblem),
/* harmony export */   I: () => (/* binding */ kindOf),
/* harmony export */   M4: () => (/* binding */ readWholeFile),
/* harmony export */   md: () => (/* binding */ statOrUndefined),
/* harmony export */   po: () => (/* binding */ wholeFileProblem)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _outside_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8858);


/** What a path that is not a regular file is, for messages: "a named pipe (FIFO)". */
function kindOf(stats) {
    if (stats.isDirectory())
        return 'a directory';
    if (stats.isFIFO())
        return 'a named pipe (FIFO)';
    if (stats.isSocket())
        return 'a socket';
    if (stats.isCharacterDevice() || stats.isBlockDevice())
        return 'a device';
    return 'not a regular file';
}
/** `path`'s stats (links followed); undefined when nothing is there or it cannot be looked at. */
function statOrUndefined(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path);
    }
    catch {
        return undefined;
    }
}
/**
 * Why `path` cannot be a file read whole ("/x, a named pipe (FIFO): ..."), or undefined.
 * Absent or unreadable: the reader says so when it needs the file. `reader` is who reads
 * it ("the AWS SDK", "Node").
 */
function wholeFileProblem(path, max, reader) {
    const stats = statOrUndefined(path);
    if (stats && !stats.isFile())
        return `${(0,_outside_js__WEBPACK_IMPORTED_MODULE_1__/* .outside */ .qY)(path)}, ${kindOf(stats)}: ${reader} reads it whole, so it must be a file.`;
    if (stats && stats.size > max)
        return `${(0,_outside_js__WEBPACK_IMPORTED_MODULE_1__/* .outside */ .qY)(path)}, ${stats.size.toLocaleString('en-US')} bytes: more than such a file holds (at most ${(max / 1024 / 1024).toLocaleString('en-US')} MiB here).`;
    return undefined;
}
/**
 * NODE_EXTRA_CA_CERTS that Node cannot read whole: Node reads it once node:tls is loaded,
 * and a named pipe there holds the process, even at exit. Checked before anything loads
 * node:tls (the Action's entry, the pipe's configuration).
 */
function extraCaCertsProblem(env) {
    const path = env.NODE_EXTRA_CA_CERTS?.trim();
    const problem = path && wholeFileProblem(path, 16 * 1024 * 1024, 'Node');
    return problem ? `NODE_EXTRA_CA_CERTS is ${problem}` : undefined;
}
/**
 * A file read whole by our own code, bounded by construction: opened without waiting (a
 * named pipe with no writer opens at once), the descriptor itself looked at (no swap between
 * a look and the read), refused unless it is a regular file, and never more than `max` bytes
 * read whatever its size claims (a device or a /proc file says 0). Throws an Error saying
 * why ("it is a device, not a file"); the caller names the file.
 */
function readWholeFile(path, max) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
    try {
        const stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (!stats.isFile())
            throw new Error(`it is ${kindOf(stats)}, not a file`);
        const tooLarge = (size) => new Error(`it is ${size.toLocaleString('en-US')} bytes or more, more than such a file holds (at most ${(max / 1024 / 1024).toLocaleString('en-US')} MiB)`);
        if (stats.size > max)
            throw tooLarge(stats.size);
        const chunks = [];
        let total = 0;
        for (;;) {
            const chunk = Buffer.allocUnsafe(Math.min(1 << 20, max + 1 - total));
            const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, chunk, 0, chunk.length, null);
            if (n <= 0)
                break;
            chunks.push(chunk.subarray(0, n));
            total += n;
            if (total > max)
                throw tooLarge(total);
        }
        return Buffer.concat(chunks, total).toString('utf8');
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}


/***/ }),

/***/ 3363:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A5: () => (/* binding */ optionsFor),
/* harmony export */   FN: () => (/* binding */ MODES),
/* harmony export */   KU: () => (/* binding */ DEFAULT_TIMEOUT_SECONDS),
/* harmony export */   Pb: () => (/* binding */ defaultFor),
/* harmony export */   Pe: () => (/* binding */ MAX_TIMEOUT_SECONDS),
/* harmony export */   jN: () => (/* binding */ MIN_TIMEOUT_SECONDS),
/* harmony export */   jx: () => (/* binding */ defaultIn),
/* harmony export */   lw: () => (/* binding */ OPTIONS),
/* harmony export */   oT: () => (/* binding */ SERVER_TYPES),
/* harmony export */   tG: () => (/* binding */ AUTH_TYPES),
/* harmony export */   xU: () => (/* binding */ strictOptionsFor)
/* harmony export */ });
/* unused harmony export defaultTextFor */
// The one table of options. The pipe's environment parser, the Action's input
// parser, action.yml and the README tables are all derived from it, so they
// cannot disagree.
/** Long enough for dozens of regions; short enough that a stalled service ends the run well within a minute. */
const DEFAULT_TIMEOUT_SECONDS = 30;
const MIN_TIMEOUT_SECONDS = 5;
const MAX_TIMEOUT_SECONDS = 3600;
const MODES = ['sync', 'check', 'delete', 'inventory', 'merge'];
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
        summary: 'What to do: sync, check (drift), delete, inventory, merge.',
        input: 'mode',
        env: ['MODE'],
        kind: 'enum',
        values: MODES,
        default: 'sync',
        description: '`sync` imports the token into CodeBuild, `check` reports drift without writing, `delete` removes the credential, `inventory` lists the source credentials CodeBuild holds and the projects that use each (no token needed). `merge` combines the report files of a run split by `shard` (`reports`) into one report, one summary and one exit code; it makes no AWS or provider call and needs no token.',
    },
    {
        key: 'serverType',
        summary: 'The provider: github, github-enterprise, bitbucket.',
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
        summary: 'How CodeBuild uses the token (CodeBuild authType).',
        input: 'auth-type',
        env: ['AUTH_TYPE'],
        kind: 'enum',
        values: AUTH_TYPES,
        defaultText: 'GitHub: `PERSONAL_ACCESS_TOKEN`; Bitbucket with a username: `BASIC_AUTH` (app password); Bitbucket without: `PERSONAL_ACCESS_TOKEN` (access token)',
        description: 'The CodeBuild authType to import the token as. With `CODECONNECTIONS` the token is a connection ARN; with `SECRETS_MANAGER`, a Secrets Manager secret ARN. `OAUTH` cannot be set through the API.',
    },
    {
        key: 'token',
        summary: 'The token to import or check (a secret).',
        input: 'token',
        env: ['TOKEN'],
        kind: 'secret',
        defaultText: 'required for `sync` and `check`; not used by `delete` and `inventory`',
        description: 'The GitHub token, Bitbucket access token or Bitbucket app password. Surrounding whitespace is trimmed. Never printed.',
    },
    {
        key: 'username',
        summary: 'Bitbucket username, only with BASIC_AUTH.',
        input: 'username',
        env: ['USERNAME'],
        kind: 'string',
        description: 'Bitbucket username, only for `BASIC_AUTH` (app passwords).',
        deprecationMessage: 'Bitbucket Cloud removed app passwords on 2026-07-28 (no new ones since 2025-09-09). Use a Bitbucket access token with no username: it is imported as PERSONAL_ACCESS_TOKEN.',
    },
    {
        key: 'regions',
        summary: 'AWS regions, comma-separated, or all.',
        input: 'aws-region',
        env: ['AWS_DEFAULT_REGION', 'AWS_REGION'],
        kind: 'list',
        // One precedence in both front doors, the AWS SDK's own: AWS_REGION before AWS_DEFAULT_REGION.
        readOrder: ['AWS_REGION', 'AWS_DEFAULT_REGION'],
        actionEnvFallback: ['AWS_REGION', 'AWS_DEFAULT_REGION'],
        defaultText: { action: 'env `AWS_REGION`, else `AWS_DEFAULT_REGION`' },
        description: 'One or more AWS regions, separated by commas, spaces or newlines, or `all`: in each account, every region where CodeBuild is offered (Systems Manager public parameters) that the account has enabled (`account:ListRegions`); a region that cannot be read is reported, never dropped. The credential is per region: each one gets its own. Each name is checked against the regions the bundled AWS SDK knows (a misspelling gets the closest names). Read in one order in both front doors, the AWS SDK’s: the Action input, then `AWS_REGION`, then `AWS_DEFAULT_REGION` (a Bitbucket list form `X_0`.. before the plain `X`); the first one set wins. An explicit setting (the input, a list form) wins silently over the environment an earlier step exported (configure-aws-credentials sets both variables); two variables that disagree otherwise get a warning. A name given twice is used once, with a warning.',
    },
    {
        key: 'allowUnknownRegions',
        summary: 'Accept regions newer than this release.',
        input: 'allow-unknown-regions',
        env: ['ALLOW_UNKNOWN_REGIONS'],
        kind: 'boolean',
        default: 'false',
        description: 'Accept region names the bundled AWS SDK does not list yet (a region newer than this release). Their shape is still checked.',
    },
    {
        key: 'shouldOverwrite',
        summary: 'Replace a credential a region already holds.',
        input: 'should-overwrite',
        env: ['SHOULD_OVERWRITE'],
        kind: 'boolean',
        default: 'true',
        description: 'Passed to ImportSourceCredentials. With `false`, a region that already holds a credential for the server type keeps it.',
    },
    {
        key: 'dryRun',
        summary: 'Validate and plan; write nothing.',
        input: 'dry-run',
        env: ['DRY_RUN'],
        kind: 'boolean',
        default: 'false',
        description: 'Validate the token and show the plan; make no write call at all.',
    },
    {
        key: 'failOnDrift',
        summary: 'check fails (exit 3) when it finds drift.',
        input: 'fail-on-drift',
        env: ['FAIL_ON_DRIFT'],
        kind: 'boolean',
        default: 'true',
        description: '`check` mode fails (non-zero exit) when it finds drift.',
    },
    {
        key: 'expiryWarningDays',
        summary: 'Warn when the token expires within this many days.',
        input: 'expiry-warning-days',
        env: ['EXPIRY_WARNING_DAYS'],
        kind: 'integer',
        default: '14',
        description: 'Warn when the token expires within this many days.',
    },
    {
        key: 'githubApiUrl',
        summary: 'GitHub REST URL (GHES: https://HOST/api/v3).',
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
        summary: 'Bitbucket REST URL, with /2.0.',
        input: 'bitbucket-api-url',
        env: ['BITBUCKET_API_URL'],
        kind: 'url',
        default: 'https://api.bitbucket.org/2.0',
        description: 'Bitbucket REST base URL, including `/2.0`.',
    },
    {
        key: 'repositories',
        summary: 'owner/repo list to probe a fine-grained token on.',
        input: 'repositories',
        env: ['REPOSITORIES'],
        kind: 'list',
        description: 'Fine-grained GitHub tokens: `owner/repo` list on which to probe, read-only, the permissions CodeBuild needs. Without it their permissions are reported as unverified.',
    },
    {
        key: 'requireVerifiedScopes',
        summary: 'Refuse a token whose scopes cannot be proven.',
        input: 'require-verified-scopes',
        env: ['REQUIRE_VERIFIED_SCOPES'],
        kind: 'boolean',
        default: 'false',
        description: 'Import only a token whose every scope CodeBuild needs is proven. With `false`, a token whose provider cannot list its scopes (a fine-grained GitHub token, a Bitbucket app password or API token) is imported with an "unverified" warning; with `true` it is refused before any write, with what would make it verifiable. An answer that is not provably the provider\'s (an HTML page, a redirect, no provider headers) is never imported either way.',
    },
    {
        key: 'rolesToAssume',
        summary: 'IAM role ARNs, one per AWS account.',
        input: 'role-to-assume',
        env: ['ROLE_TO_ASSUME'],
        kind: 'list',
        description: 'IAM role ARNs, one per AWS account, assumed with the ambient credentials; every account gets every region. Empty: the ambient account only.',
    },
    {
        key: 'accounts',
        summary: 'Account IDs, organization, or ou:<ou-id> (with role name).',
        input: 'accounts',
        env: ['ACCOUNTS'],
        kind: 'list',
        description: 'The AWS accounts to work in, each through the role `role-name`: 12-digit account IDs; `organization` (every account AWS Organizations lists); or `ou:<ou-id>` (the accounts under that OU, nested OUs included). Listing needs the management account or a delegated administrator. Only ACTIVE accounts are used; the others are reported as skipped with their state. Empty: `role-to-assume`, else the ambient account.',
    },
    {
        key: 'roleName',
        summary: 'With accounts: the role to assume in each.',
        input: 'role-name',
        env: ['ROLE_NAME'],
        kind: 'string',
        description: 'With `accounts`: the IAM role to assume in each account (a name such as `codebuild-credential-sync`, or `path/name`); its ARN is built in the partition of the regions. examples/cloudformation/member-role-stackset.yml creates it.',
    },
    {
        key: 'excludeAccounts',
        summary: 'With accounts: account IDs to leave out.',
        input: 'exclude-accounts',
        env: ['EXCLUDE_ACCOUNTS'],
        kind: 'list',
        description: 'With `accounts`: 12-digit account IDs to leave out (reported as excluded).',
    },
    {
        key: 'shard',
        summary: 'With accounts: run one part, i/n (1/8 to 8/8).',
        input: 'shard',
        env: ['SHARD'],
        kind: 'string',
        defaultText: {
            action: 'none (every account)',
            pipe: 'in a Bitbucket `parallel` step, `BITBUCKET_PARALLEL_STEP`+1 / `BITBUCKET_PARALLEL_STEP_COUNT` when `ACCOUNTS` is set; else none (every account)',
        },
        description: 'With `accounts`: work on one part of the accounts, `i/n` counted from 1 (`1/8` to `8/8`, n at most 256), to split a run over the CI platform’s parallel jobs (a matrix, a `parallel` group). An account’s part is its 12-digit ID’s SHA-256 modulo n: the parts never overlap, together cover every account (skipped and excluded ones too), and an account keeps its part as others come and go. Each part lists the accounts (one Organizations listing per part) and reports only its own. `1/1` is every account (it turns off the pipe’s default in a parallel step). Refused without `accounts`: the ambient account and `role-to-assume` are not split. The report records the shard and the run; `mode: merge` combines the shards’ reports.',
    },
    {
        key: 'reports',
        summary: 'With mode merge: the shards’ report files (globs).',
        input: 'reports',
        env: ['REPORTS'],
        kind: 'list',
        description: 'With `mode: merge`: the report files (`report-file`) of every shard of one run, as paths or globs (`*`, `**`), separated by commas, spaces or newlines. They must come from one run with one configuration (the report records both) and hold every shard from 1 to n exactly once; otherwise the merge is refused, naming the missing or mismatched shard.',
    },
    {
        key: 'reportFile',
        summary: 'Where to write the JSON report.',
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
        summary: 'Fail when the token expires within this many days.',
        input: 'fail-on-expiry-within-days',
        env: ['FAIL_ON_EXPIRY_WITHIN_DAYS'],
        kind: 'integer',
        defaultText: 'off',
        description: 'Fail (`sync` imports nothing; `check` reports drift) when the token expires within this many days.',
    },
    {
        key: 'inspectProjects',
        summary: 'Read the projects each credential serves.',
        input: 'inspect-projects',
        env: ['INSPECT_PROJECTS'],
        kind: 'boolean',
        default: 'false',
        modeDefault: { check: 'true', inventory: 'true' },
        description: "Read the region's CodeBuild projects (ListProjects, BatchGetProjects): every finding names the projects it breaks, project-level connections are checked, and the webhooks of projects that use the credential are looked up on the provider (read-only).",
    },
    {
        key: 'driftIssue',
        summary: 'Open or update an issue when drift is found.',
        input: 'drift-issue',
        env: ['DRIFT_ISSUE'],
        kind: 'boolean',
        default: 'false',
        platforms: ['action'],
        description: 'On drift, open (or update) one issue in this repository with the drift table; close it when a later check is clean. Needs `permissions: issues: write`.',
    },
    {
        key: 'githubToken',
        summary: 'Token for the drift issue (the job’s GITHUB_TOKEN).',
        input: 'github-token',
        env: ['DRIFT_ISSUE_TOKEN'],
        kind: 'secret',
        default: '${{ github.token }}',
        platforms: ['action'],
        description: 'Token for the drift issue (the workflow’s `GITHUB_TOKEN` by default). Not the token that is imported.',
    },
    {
        key: 'timeoutSeconds',
        summary: 'Time limit of the whole run, in seconds.',
        input: 'timeout-seconds',
        env: ['TIMEOUT_SECONDS'],
        kind: 'integer',
        default: String(DEFAULT_TIMEOUT_SECONDS),
        description: `Time limit of the whole run, in seconds (${MIN_TIMEOUT_SECONDS}-${MAX_TIMEOUT_SECONDS}). When it passes, nothing new starts, unfinished regions are reported as timed out, the report is written and the run fails. Each call also has a per-attempt limit (a quarter of this, at most 10 s).`,
    },
    {
        key: 'httpProxy',
        summary: 'Proxy for every call (over HTTPS_PROXY).',
        input: 'http-proxy',
        env: ['HTTPS_PROXY'],
        kind: 'secret',
        platforms: ['action'],
        defaultText: 'the runner’s `HTTPS_PROXY` / `HTTP_PROXY`',
        description: 'Proxy for every outbound call (AWS, GitHub, Bitbucket, the drift issue), as `http://[user:password@]host:port`. Overrides `HTTPS_PROXY` and `HTTP_PROXY`, which are honoured when this is empty (the pipe reads those variables). A TLS-inspecting proxy needs its CA in `NODE_EXTRA_CA_CERTS`.',
    },
    {
        key: 'noProxy',
        summary: 'Hosts reached without the proxy.',
        input: 'no-proxy',
        env: ['NO_PROXY'],
        kind: 'string',
        platforms: ['action'],
        defaultText: 'the runner’s `NO_PROXY`',
        description: 'Hosts reached without the proxy, comma-separated: a host and every host under it (`example.com`, `.example.com`), `host:port`, or `*`. Overrides `NO_PROXY`. Loopback addresses never use the proxy.',
    },
    {
        key: 'debug',
        summary: 'Print extra detail (never secrets).',
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
/** The options that take no free text (a mode, a flag, a number): a random word is never valid there. */
function strictOptionsFor(platform) {
    return optionsFor(platform).filter((o) => o.kind === 'enum' || o.kind === 'boolean' || o.kind === 'integer');
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


/***/ }),

/***/ 8858:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Nd: () => (/* binding */ CLOSE),
/* harmony export */   ex: () => (/* binding */ safeDecode),
/* harmony export */   qI: () => (/* binding */ forPlain),
/* harmony export */   qY: () => (/* binding */ outside),
/* harmony export */   sl: () => (/* binding */ withoutUserInfo),
/* harmony export */   tF: () => (/* binding */ outsideAll),
/* harmony export */   vP: () => (/* binding */ OPEN),
/* harmony export */   xm: () => (/* binding */ userInfoIn)
/* harmony export */ });
/* unused harmony exports LINE_BREAK, OUTSIDE_MAX, breakCommands, clean */
/* harmony import */ var _random_words_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2854);
// Text from outside: what a provider, AWS or a CodeBuild project says (logins, scopes,
// project names and source locations, error messages, webhook data). It is sealed by one
// function, `outside`, when it is read, and every sink finishes it: plain sinks drop the
// seal (`forPlain`), Markdown sinks set it in code spans (`forMarkdown`, markdown.ts). Our
// own text passes through both unchanged. SECURITY.md has the threat model.

/**
 * The seal: private-use characters around outside text, which no outside text can
 * hold (they are removed from it). Plain sinks remove them; Markdown sinks turn the
 * span between them into a code span.
 */
const OPEN = '\uE000';
const CLOSE = '\uE001';
/** What a line break inside outside text is shown as: it stays on one line. */
const LINE_BREAK = '\u2424';
/** Longest outside text shown: a project name is at most 255 characters, a location about as long. */
const OUTSIDE_MAX = 300;
// ANSI/VT escape sequences (CSI, OSC, and two-character ESC sequences), and their 8-bit CSI.
const ESCAPES = 
// eslint-disable-next-line no-control-regex
/\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-_]|\x9b[0-?]*[ -/]*[@-~]/g;
/**
 * Control characters (C0 but tab, DEL, C1), line and paragraph separators, bidirectional
 * overrides and isolates (they reorder what is shown around them), zero-width characters
 * and the byte-order mark, and the seal's own characters.
 */
const INVISIBLE = 
// eslint-disable-next-line no-control-regex
/[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ue000\ue001]/g;
/** A run of text that may be one URL: no whitespace, quotes or angle brackets. */
const WORD = /[^\s"'<>`]+/g;
/** What a URL's host starts with. */
const HOST_START = /[\p{L}\p{N}[]/u;
/** A character of a user name where no scheme says a URL starts. */
const USER_CHAR = /^[\w.~%-]$/;
/** Whether the character at `at` may be in a user name where no scheme says a URL starts. */
function isUserChar(text, at) {
    return USER_CHAR.test(text.charAt(at));
}
/** `host:port` then a path, not `user:password`. */
const HOST_PORT = /^[^:/?#]*:\d+(?:[/?#]|$)/;
/**
 * The user information in each URL of `text`, of any shape: `user:password@host` with a
 * scheme, after `//`, or bare (`builder:S3cret@github.com/o/r.git`), the password
 * holding `/`, `?` or `#` or not; and `token@host` after a scheme or `//`. Each as
 * [start, end] (the `@` included) with the user and the password. One pass: linear.
 */
function userInfos(text) {
    const found = [];
    if (!text.includes('@'))
        return found;
    for (const m of text.matchAll(WORD)) {
        const word = m[0];
        const first = word.indexOf('@');
        if (first < 0)
            continue;
        const slashes = word.indexOf('//');
        const scheme = slashes >= 0 && slashes < first;
        let start = scheme ? slashes + 2 : 0;
        if (!scheme) {
            // Bare: `user:password@host`; the user name ends at the first `:` before the `@`.
            const colon = word.indexOf(':');
            if (colon <= 0 || colon > first)
                continue;
            start = colon;
            while (start > 0 && isUserChar(word, start - 1))
                start--;
            if (start === colon)
                continue;
        }
        // Where a URL parser ends it: the last `@` before the authority ends (its first `/`, `?`
        // or `#` after the first `@`), so a password holding `@` as it is is stripped whole; else
        // the first `@` a host follows; else the last one.
        const end = word.slice(first).search(/[/?#]/);
        const authority = end < 0 ? word : word.slice(0, first + end);
        for (const at of [authority.lastIndexOf('@'), first, word.lastIndexOf('@')]) {
            const info = word.slice(start, at);
            if (!info || !HOST_START.test(word[at + 1] ?? ''))
                continue;
            const colon = info.indexOf(':');
            if (colon < 0 ? !scheme || /[/?#]/.test(info) : HOST_PORT.test(info))
                continue;
            found.push({
                start: m.index + start,
                end: m.index + at + 1,
                user: colon < 0 ? info : info.slice(0, colon),
                password: colon < 0 ? '' : info.slice(colon + 1),
            });
            break;
        }
    }
    return found;
}
/** URLs in `text` shown without their user information: `https://user:pw@host/x` → `https://host/x`. */
function withoutUserInfo(text) {
    // Every line of output passes here: most hold no `@` at all.
    const infos = userInfos(text);
    if (infos.length === 0)
        return text;
    let out = '';
    let at = 0;
    for (const { start, end } of infos) {
        out += text.slice(at, start);
        at = end;
    }
    return out + text.slice(at);
}
/** The passwords (and user names) in the user information of the URLs in `text`, to be added to the secrets. */
function userInfoIn(text) {
    const found = [];
    for (const { user, password } of userInfos(text)) {
        if (password)
            found.push(safeDecode(password));
        // A user name alone is how a token often travels (`https://ghp_…@github.com`), and so is
        // one that looks like a token before a placeholder password (`<token>:x-oauth-basic@`).
        if (user && (!password || (0,_random_words_js__WEBPACK_IMPORTED_MODULE_0__/* .looksRandom */ .EZ)(safeDecode(user))))
            found.push(safeDecode(user));
    }
    return found;
}
/** A URL's percent-encoded part decoded; as it is when it is not valid percent-encoding. */
function safeDecode(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}
/**
 * The one sanitiser: any value from outside, made safe to show. Control characters,
 * escape sequences and invisible characters are removed, line breaks become ␤ and tabs
 * spaces, URLs lose their user information, workflow command openings are broken,
 * and it is cut to `max` characters. `undefined` and `null` give ''.
 */
function outside(value, max = OUTSIDE_MAX) {
    let text = value === undefined || value === null ? '' : String(value);
    // Bound the work before the regular expressions run on it.
    if (text.length > max * 4)
        text = text.slice(0, max * 4);
    text = text
        .replace(ESCAPES, '')
        // A line break stays visible as ␤ (and the redaction reads through it, secrets.ts).
        .replace(/[\r\n\v\f\u2028\u2029\u0085]+/g, LINE_BREAK)
        .replace(/\t/g, ' ')
        .replace(INVISIBLE, '')
        .replace(CONTROLS, '')
        .replace(/ {2,}/g, ' ')
        .trim();
    text = breakCommands(withoutUserInfo(text));
    if (text.length > max)
        text = `${text.slice(0, max - 1)}…`;
    return `${OPEN}${text}${CLOSE}`;
}
/** `outside` for each of a list (scopes, say). */
function outsideAll(values, max) {
    return values.map((v) => outside(v, max));
}
/**
 * Breaks what the GitHub runner reads as a workflow command: `::` at the start of a
 * line (after spaces), and the older `##[` anywhere in a line.
 */
function breakCommands(line) {
    return line.replace(/^(\s*):(?=:)/, '$1: ').replace(/##\[/g, '## [');
}
/**
 * Control characters a plain sink never passes on: C0 but tab and line feed, DEL, C1; and
 * the tag characters (U+E0000 to U+E007F), which write ASCII no one sees: a secret spelt
 * in them would be printed whole, invisibly.
 */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u{e0000}-\u{e007f}]/gu;
/**
 * What every sink does first: every escape sequence (CSI, OSC, C1) and control character
 * removed; every line terminator the runner or a terminal honours but `\n` (a lone `\r`,
 * U+0085, U+2028, U+2029) shown as ␤, so no line is split where the text does not say so.
 * The seal is kept.
 */
function clean(text) {
    return text
        .replace(ESCAPES, '')
        .replace(/\r\n/g, '\n')
        .replace(/[\r\u0085\u2028\u2029]/g, LINE_BREAK)
        .replace(CONTROLS, '');
}
/**
 * A plain-text sink's last step (log lines, annotations, outputs, the report file):
 * `clean`, the seal removed, and no line can begin a workflow command, whatever made it.
 */
function forPlain(text) {
    return clean(text)
        .replace(/[\uE000\uE001]/g, '')
        .split('\n')
        .map(breakCommands)
        .join('\n');
}


/***/ }),

/***/ 2854:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EZ: () => (/* binding */ looksRandom),
/* harmony export */   Rk: () => (/* binding */ withoutRandomWords),
/* harmony export */   ZU: () => (/* binding */ typedRuns)
/* harmony export */ });
// A word that may be a credential by its look alone: tokens are random strings, names are not.
/**
 * Whether a word mixes letters and digits the way a random string does (16 characters or
 * more, 2 digits, 4 letters), but for names such as `us-gov-west-1`.
 */
function looksRandom(word) {
    const digits = word.replace(/\D/g, '').length;
    const letters = word.replace(/[^a-z]/gi, '').length;
    return (word.length >= 16 && digits >= 2 && letters >= 4 && !/^[a-z]+(?:-[a-z]+)*-\d+$/i.test(word));
}
const RUN = /[A-Za-z0-9]{16,}/g;
/**
 * The random-looking runs of letters and digits (looksRandom) in what the user wrote: the
 * names and values of the step's variables or inputs, lower case.
 */
function typedRuns(inputs) {
    const runs = new Set();
    for (const input of inputs)
        for (const [run] of input?.matchAll(RUN) ?? [])
            if (looksRandom(run))
                runs.add(run.toLowerCase());
    return runs;
}
/**
 * `text` with every random-looking run of letters and digits that the user wrote (`typed`,
 * typedRuns: as it is, or a part of one) shown as `***`. A message about the configuration
 * (ConfigError, OptionReader.warn) quotes the input to say what is wrong with it, and a token
 * with no prefix (an old 40-hex one) pasted into an option of free text is not known as a
 * secret; what the message holds of its own (a cache file's SHA-1 name, say) is not input
 * and stays.
 */
function withoutRandomWords(text, typed) {
    if (typed.size === 0)
        return text;
    return text.replace(RUN, (word) => {
        if (!looksRandom(word))
            return word;
        const lower = word.toLowerCase();
        for (const run of typed)
            if (run.includes(lower) || lower.includes(run))
                return '***';
        return word;
    });
}


/***/ }),

/***/ 308:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A3: () => (/* binding */ orList),
/* harmony export */   YC: () => (/* binding */ editDistance),
/* harmony export */   cM: () => (/* binding */ andList),
/* harmony export */   iw: () => (/* binding */ squash),
/* harmony export */   kp: () => (/* binding */ closest),
/* harmony export */   zf: () => (/* binding */ didYouMeanOneOf)
/* harmony export */ });
/* unused harmony export isCloseTo */
// "Did you mean": the candidates a misspelt name or value is close to. One rule for
// option names and enumerated values alike, so that suggestions read the same everywhere.
const squashed = new Map();
/** Upper case, without `_`, `-`, spaces or dots: DRY-RUN, dry_run and DryRun are one word. */
function squash(text) {
    // Every variable's name is compared with every option's spellings: remember each.
    let word = squashed.get(text);
    if (word === undefined) {
        word = text.toUpperCase().replace(/[\s_.-]+/g, '');
        if (squashed.size < 4096)
            squashed.set(text, word);
    }
    return word;
}
/**
 * Edits allowed for a word of this length: none below 4 letters (every 3-letter word is
 * one edit from dozens of others), one up to 7, two beyond.
 */
function allowedEdits(length) {
    return length < 4 ? 0 : length < 8 ? 1 : 2;
}
/**
 * Whether `typed` reads as a misspelling of `target`: the same letters once `_`, `-` and
 * case are ignored, or within a few edits (a swap of two letters counting as one). A short
 * word must also start with the same letter, so that NODE is not taken for MODE.
 */
function isCloseTo(typed, target) {
    const a = squash(typed);
    const b = squash(target);
    if (!a || !b)
        return false;
    if (a === b)
        return true;
    const edits = allowedEdits(Math.min(a.length, b.length));
    if (edits === 0 || Math.abs(a.length - b.length) > edits)
        return false;
    if (b.length < 8 && a[0] !== b[0])
        return false;
    // Every name in the environment meets every spelling of every option at start: most
    // pairs are far apart, and the table stops as soon as a row shows it.
    return distanceWithin(a, b, edits) <= edits;
}
/** The candidates `typed` is closest to (the nearest first; an exact squashed match alone). */
function closest(typed, candidates) {
    const close = candidates.filter((c) => isCloseTo(typed, c));
    const exact = close.filter((c) => squash(c) === squash(typed));
    if (exact.length)
        return [...new Set(exact)];
    const distance = (c) => editDistance(squash(typed), squash(c));
    const best = Math.min(...close.map(distance));
    return [...new Set(close.filter((c) => distance(c) === best))];
}
/** " Did you mean check?" / " Did you mean X or Y?", or "" when nothing is close. */
function didYouMeanOneOf(typed, candidates) {
    const names = closest(typed, candidates);
    return names.length ? ` Did you mean ${orList(names)}?` : '';
}
// "a, b or c": no comma before the last item, the wording of every message. Written out, not
// Intl.ListFormat: its first use loads ICU's locale data, about 18 ms, which every
// configuration mistake would pay (a list of valid values): 15 % of that exit
// (docs/performance.md). The wording is pinned by a unit test.
function joined(items, last) {
    if (items.length < 2)
        return items[0] ?? '';
    return `${items.slice(0, -1).join(', ')} ${last} ${items.at(-1)}`;
}
/** "a", "a or b", "a, b or c". */
function orList(items) {
    return joined(items, 'or');
}
/** "a", "a and b", "a, b and c". */
function andList(items) {
    return joined(items, 'and');
}
/** Levenshtein distance where swapping two neighbouring letters is one edit (MDOE, MODE). */
function editDistance(a, b) {
    return distanceWithin(a, b, Infinity);
}
/** The table's three rows, kept between calls (grown when a word is longer). */
let rows = new Uint16Array(3 * 64);
/**
 * editDistance, or any number above `limit` as soon as every cell of a row is above it
 * (the distance can only grow from there).
 */
function distanceWithin(a, b, limit) {
    // Three rows of the table are all it needs: the one before the last, the last, this one.
    const width = b.length + 1;
    if (rows.length < 3 * width)
        rows = new Uint16Array(3 * width);
    let before = 0;
    let last = width;
    let row = 2 * width;
    for (let j = 0; j < width; j++)
        rows[last + j] = j;
    for (let i = 1; i <= a.length; i++) {
        const ai = a.charCodeAt(i - 1);
        rows[row] = i;
        let least = i;
        for (let j = 1; j < width; j++) {
            const bj = b.charCodeAt(j - 1);
            const cost = ai === bj ? 0 : 1;
            let d = Math.min(rows[last + j] + 1, rows[row + j - 1] + 1, rows[last + j - 1] + cost);
            if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj)
                d = Math.min(d, rows[before + j - 2] + 1);
            rows[row + j] = d;
            if (d < least)
                least = d;
        }
        if (least > limit)
            return least;
        [before, last, row] = [last, row, before];
    }
    return rows[last + b.length];
}


/***/ }),

/***/ 242:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ loadSourceMaps)
/* harmony export */ });
/**
 * The shipped bundles name src/ files and lines in a stack through their source maps
 * (`sourcemap-register.cjs`, which ncc writes beside each bundle's index.js). Loading it
 * costs a few milliseconds, so a run loads it only when it is about to show a stack: V8
 * formats a stack when it is first read, with the Error.prepareStackTrace of that moment.
 */
async function loadSourceMaps() {
    const register = './sourcemap-register.cjs';
    try {
        // Resolved beside the bundle's file that runs this; webpack must leave it alone.
        await import(/* webpackIgnore: true */ register);
    }
    catch {
        // Not a bundle (tests, tsx): stacks already name src/ files.
    }
}


/***/ }),

/***/ 5127:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  _O: () => (/* binding */ USER_AGENT),
  xv: () => (/* binding */ VERSION),
  yh: () => (/* binding */ runVersion)
});

// UNUSED EXPORTS: IS_RELEASE

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"1.1.0-dev"};
// EXTERNAL MODULE: ./src/core/base/file-kind.ts
var file_kind = __nccwpck_require__(6514);
;// CONCATENATED MODULE: ./src/core/base/version.ts
// package.json is the one source of the version: ncc inlines it into both bundles at build, so
// check-dist (dist/ must be what the sources build) fails when a bundle carries a stale one.
// Between releases it carries a pre-release tag (1.1.0-dev): such a build names the code it
// came from at run time (the Action's ref, else the clone's commit), never at build time,
// so the committed bundle stays what the committed sources build.



const VERSION = package_namespaceObject.rE;
const USER_AGENT = `codebuild-credential-sync/${VERSION}`;
/** Whether this is a release (X.Y.Z), not a build between releases (X.Y.Z-dev). */
const IS_RELEASE = /^\d+\.\d+\.\d+$/.test(VERSION);
let cached;
/**
 * The version a run names (its first line, the report, the summary): a release's own, else
 * `1.1.0-dev+<commit or ref>` when the code can be told, else `1.1.0-dev`.
 */
function runVersion(env = process.env, bundleDir = (0,external_node_path_.dirname)(process.argv[1] ?? '')) {
    if (IS_RELEASE)
        return VERSION;
    if (cached !== undefined)
        return cached;
    const ref = builtFrom(env, bundleDir);
    cached = ref ? `${VERSION}+${ref}` : VERSION;
    return cached;
}
/** The commit (12 hex digits) or ref name the running code came from, as semver build metadata. */
function builtFrom(env, bundleDir) {
    // `uses: owner/repo@REF`: the runner names the ref (a branch, a tag or a commit).
    const ref = env.GITHUB_ACTION_REF?.trim() || gitHead((0,external_node_path_.join)(bundleDir, '..', '..'));
    if (!ref)
        return undefined;
    const clean = /^[0-9a-f]{40}$/i.test(ref) ? ref.slice(0, 12) : ref;
    return clean.replace(/[^0-9A-Za-z.-]+/g, '.').slice(0, 40) || undefined;
}
/** The commit checked out in a clone at `root` (dist/<bundle>/../..), from .git alone. */
function gitHead(root) {
    try {
        let gitDir = (0,external_node_path_.join)(root, '.git');
        // A worktree's .git is a file: `gitdir: PATH`; its refs live in the common directory.
        const pointer = /^gitdir: (.+)$/m.exec(readText(gitDir) ?? '');
        if (pointer)
            gitDir = pointer[1].trim();
        const head = readText((0,external_node_path_.join)(gitDir, 'HEAD'))?.trim();
        if (!head)
            return undefined;
        if (/^[0-9a-f]{40}$/.test(head))
            return head;
        const name = /^ref: (refs\/\S+)$/.exec(head)?.[1];
        if (!name)
            return undefined;
        const common = readText((0,external_node_path_.join)(gitDir, 'commondir'))?.trim();
        const dirs = [gitDir, ...(common ? [(0,external_node_path_.join)(gitDir, common)] : [])];
        for (const dir of dirs) {
            const loose = readText((0,external_node_path_.join)(dir, name))?.trim();
            if (loose && /^[0-9a-f]{40}$/.test(loose))
                return loose;
            const packed = new RegExp(`^([0-9a-f]{40}) ${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm');
            const found = packed.exec(readText((0,external_node_path_.join)(dir, 'packed-refs')) ?? '')?.[1];
            if (found)
                return found;
        }
    }
    catch {
        // Not a clone: the version alone says it is not a release.
    }
    return undefined;
}
function readText(path) {
    // Only a small regular file: never wait on a pipe or read a device.
    try {
        return (0,file_kind/* readWholeFile */.M4)(path, 1 << 20);
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 5190:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Qx: () => (/* binding */ FLEET_HOME_REGION),
  au: () => (/* binding */ didYouMean),
  Kk: () => (/* binding */ isKnownRegion),
  iQ: () => (/* binding */ partitionOf),
  YL: () => (/* binding */ suggestFor),
  Bi: () => (/* binding */ wrongSeparator)
});

// UNUSED EXPORTS: KNOWN_REGIONS, REGION_SHAPE, regionsForPlace, suggestRegions

;// CONCATENATED MODULE: ./src/core/config/regions.generated.ts
// Generated by scripts/gen-regions.ts from the partition metadata of
// @aws-sdk/core 3.981.2. Do not edit by hand: run `npm run gen:regions`.
const SDK_CORE_VERSION = '3.981.2';
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
        descriptions: {
            'af-south-1': 'Africa (Cape Town)',
            'ap-east-1': 'Asia Pacific (Hong Kong)',
            'ap-east-2': 'Asia Pacific (Taipei)',
            'ap-northeast-1': 'Asia Pacific (Tokyo)',
            'ap-northeast-2': 'Asia Pacific (Seoul)',
            'ap-northeast-3': 'Asia Pacific (Osaka)',
            'ap-south-1': 'Asia Pacific (Mumbai)',
            'ap-south-2': 'Asia Pacific (Hyderabad)',
            'ap-southeast-1': 'Asia Pacific (Singapore)',
            'ap-southeast-2': 'Asia Pacific (Sydney)',
            'ap-southeast-3': 'Asia Pacific (Jakarta)',
            'ap-southeast-4': 'Asia Pacific (Melbourne)',
            'ap-southeast-5': 'Asia Pacific (Malaysia)',
            'ap-southeast-6': 'Asia Pacific (New Zealand)',
            'ap-southeast-7': 'Asia Pacific (Thailand)',
            'ca-central-1': 'Canada (Central)',
            'ca-west-1': 'Canada West (Calgary)',
            'eu-central-1': 'Europe (Frankfurt)',
            'eu-central-2': 'Europe (Zurich)',
            'eu-north-1': 'Europe (Stockholm)',
            'eu-south-1': 'Europe (Milan)',
            'eu-south-2': 'Europe (Spain)',
            'eu-west-1': 'Europe (Ireland)',
            'eu-west-2': 'Europe (London)',
            'eu-west-3': 'Europe (Paris)',
            'il-central-1': 'Israel (Tel Aviv)',
            'me-central-1': 'Middle East (UAE)',
            'me-south-1': 'Middle East (Bahrain)',
            'me-west-1': 'Middle East (Saudi Arabia)',
            'mx-central-1': 'Mexico (Central)',
            'sa-east-1': 'South America (Sao Paulo)',
            'sa-west-1': 'South America (Chile)',
            'us-east-1': 'US East (N. Virginia)',
            'us-east-2': 'US East (Ohio)',
            'us-west-1': 'US West (N. California)',
            'us-west-2': 'US West (Oregon)',
        },
    },
    {
        id: 'aws-cn',
        regionRegex: '^cn\\-\\w+\\-\\d+$',
        regions: ['cn-north-1', 'cn-northwest-1'],
        descriptions: { 'cn-north-1': 'China (Beijing)', 'cn-northwest-1': 'China (Ningxia)' },
    },
    { id: 'aws-eusc', regionRegex: '^eusc\\-(de)\\-\\w+\\-\\d+$', regions: [], descriptions: {} },
    {
        id: 'aws-iso',
        regionRegex: '^us\\-iso\\-\\w+\\-\\d+$',
        regions: ['us-iso-east-1', 'us-iso-west-1'],
        descriptions: { 'us-iso-east-1': 'US ISO East', 'us-iso-west-1': 'US ISO WEST' },
    },
    {
        id: 'aws-iso-b',
        regionRegex: '^us\\-isob\\-\\w+\\-\\d+$',
        regions: ['us-isob-east-1', 'us-isob-west-1'],
        descriptions: { 'us-isob-east-1': 'US ISOB East (Ohio)', 'us-isob-west-1': 'US ISOB West' },
    },
    {
        id: 'aws-iso-e',
        regionRegex: '^eu\\-isoe\\-\\w+\\-\\d+$',
        regions: ['eu-isoe-west-1'],
        descriptions: { 'eu-isoe-west-1': 'EU ISOE West' },
    },
    {
        id: 'aws-iso-f',
        regionRegex: '^us\\-isof\\-\\w+\\-\\d+$',
        regions: ['us-isof-east-1', 'us-isof-south-1'],
        descriptions: { 'us-isof-east-1': 'US ISOF EAST', 'us-isof-south-1': 'US ISOF SOUTH' },
    },
    {
        id: 'aws-us-gov',
        regionRegex: '^us\\-gov\\-\\w+\\-\\d+$',
        regions: ['us-gov-east-1', 'us-gov-west-1'],
        descriptions: {
            'us-gov-east-1': 'AWS GovCloud (US-East)',
            'us-gov-west-1': 'AWS GovCloud (US-West)',
        },
    },
];

// EXTERNAL MODULE: ./src/core/base/similar.ts
var similar = __nccwpck_require__(308);
// EXTERNAL MODULE: ./src/core/aws/found.ts
var found = __nccwpck_require__(2973);
;// CONCATENATED MODULE: ./src/core/config/regions.ts
// AWS region names, checked against the partition metadata of the bundled AWS SDK
// (regions.generated.ts, from @aws-sdk/core): a misspelt region is caught before
// any call, with the closest real names suggested.


/** What every AWS region name looks like: one pattern for configured and found names (found.ts). */


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
/**
 * Where `aws-region: all` calls a partition's global services (Organizations, Account, the
 * public Systems Manager parameters): the partitions it works in, each with its home region.
 */
const FLEET_HOME_REGION = {
    aws: 'us-east-1',
    'aws-cn': 'cn-northwest-1',
    'aws-us-gov': 'us-gov-west-1',
};
/** The known regions closest to a misspelt one (at most three, equally close, within 3 edits). */
function suggestRegions(region) {
    const scored = KNOWN_REGIONS.map((name) => ({ name, distance: (0,similar/* editDistance */.YC)(region, name) }));
    const best = Math.min(...scored.map((s) => s.distance));
    if (best > 3)
        return [];
    return scored
        .filter((s) => s.distance === best)
        .map((s) => s.name)
        .slice(0, 3);
}
/** "did you mean eu-west-1?" / "did you mean us-east-1 or us-east-2?" or "" when nothing is close. */
function didYouMean(region) {
    const names = suggestRegions(region);
    if (names.length === 0)
        return '';
    return ` Did you mean ${(0,similar/* orList */.A3)(names)}?`;
}
const letters = (text) => text.toLowerCase().replace(/[^a-z]/g, '');
/**
 * The regions a place name stands for, from the bundled SDK's descriptions ("Europe
 * (Frankfurt)"): `Frankfurt`, `frankfurt`, `N. Virginia`, `Virginia`, `Europe (Ireland)`.
 * Only words (no dash, no digit): `us-west` is a misspelt code, and gets the codes near it.
 */
function regionsForPlace(text) {
    if (!/^[a-z][a-z .()]*$/i.test(text.trim()))
        return [];
    const wanted = letters(text);
    if (wanted.length < 4)
        return [];
    return PARTITIONS.flatMap((p) => Object.entries(p.descriptions)
        .filter(([, description]) => {
        const place = /\(([^)]*)\)/.exec(description)?.[1] ?? '';
        return (letters(description) === wanted ||
            letters(place) === wanted ||
            place.split(/[^A-Za-z]+/).some((word) => letters(word) === wanted));
    })
        .map(([region, description]) => `${region} for ${description}`)).slice(0, 4);
}
/** The suggestion for a region name that is not one: by place first, else by spelling. */
function suggestFor(text) {
    const places = regionsForPlace(text);
    if (places.length === 0)
        return didYouMean(text);
    return ` Region names are codes: did you mean ${(0,similar/* orList */.A3)(places)}?`;
}
/** `us-east-1;eu-west-1`: regions joined by a separator the list does not take, or undefined. */
function wrongSeparator(text) {
    const separator = /[;|/+&]/.exec(text)?.[0];
    if (!separator)
        return undefined;
    const parts = text.split(/[;|/+&]+/).filter(Boolean);
    return parts.length > 1 && parts.every((p) => found/* REGION_SHAPE */.jG.test(p))
        ? { separator, parts }
        : undefined;
}


/***/ }),

/***/ 7218:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BT: () => (/* binding */ shardOfParallelStep),
/* harmony export */   Iw: () => (/* binding */ inShard),
/* harmony export */   eG: () => (/* binding */ shardText),
/* harmony export */   uK: () => (/* binding */ parseShard)
/* harmony export */ });
/* unused harmony exports MAX_SHARDS, SHARD_FORM, shardOf */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
// `shard`: one of n parts of the accounts, for runs split over the CI platform's own parallel
// jobs (a GitHub Actions matrix, a Bitbucket parallel group). An account's part depends on its
// ID alone, so the parts never overlap, together cover every account, and an account keeps its
// part as others come and go.

/** GitHub Actions runs at most 256 jobs of a matrix; Bitbucket, 100 steps of a parallel group. */
const MAX_SHARDS = 256;
const SHARD_FORM = `i/n counted from 1, such as 1/8 to 8/8 (n from 1 to ${MAX_SHARDS})`;
/** `3/8` as a shard, else why not (without the option's name, which the caller adds). */
function parseShard(text) {
    const match = /^\s*(\d{1,3})\s*\/\s*(\d{1,3})\s*$/.exec(text);
    if (!match)
        return `is "${text}": write ${SHARD_FORM}.`;
    const index = Number(match[1]);
    const count = Number(match[2]);
    if (count < 1 || count > MAX_SHARDS)
        return `is "${text}": n is from 1 to ${MAX_SHARDS}; write ${SHARD_FORM}.`;
    if (index < 1 || index > count)
        return `is "${text}": i is from 1 to n (${count}); write ${SHARD_FORM}.`;
    return { index, count };
}
/** Bitbucket's parallel step (zero-based index, count) as a shard, when both are set and sound. */
function shardOfParallelStep(step, count) {
    if (!step?.trim() || !count?.trim())
        return undefined;
    const parsed = parseShard(`${Number(step) + 1}/${count}`);
    return typeof parsed === 'string' ? undefined : parsed;
}
/** The shard (1 to count) a 12-digit account ID belongs to: its SHA-256, modulo count. */
function shardOf(accountId, count) {
    const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(accountId).digest();
    // 48 bits: far more than any count, so the parts are even to within chance.
    return (digest.readUIntBE(0, 6) % count) + 1;
}
function inShard(accountId, shard) {
    return !shard || shardOf(accountId, shard.count) === shard.index;
}
function shardText(shard) {
    return `${shard.index}/${shard.count}`;
}


/***/ }),

/***/ 6812:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  RG: () => (/* binding */ HIDDEN),
  Sb: () => (/* binding */ Secrets),
  S: () => (/* binding */ redactingLogger)
});

// UNUSED EXPORTS: LOOK_ALIKES, SYMBOL_BLOCKS, WINDOW, skeleton, telling

// EXTERNAL MODULE: ./src/core/base/outside.ts
var outside = __nccwpck_require__(8858);
;// CONCATENATED MODULE: ./src/core/trust/confusables.generated.ts
// Generated by scripts/gen-confusables.ts from Unicode's confusables data (UTS #39, confusables.json): do not edit.
// Each character Unicode lists as confusable with one ASCII letter or digit, as the
// skeleton sees it (compatibility-decomposed, lower-cased), by code point.
/** 376 look-alikes: code point, then the ASCII letter or digit it looks like. */
const CONFUSABLES = [
    [0xd7, 'x'],
    [0x131, 'i'],
    [0x185, 'b'],
    [0x18d, 'g'],
    [0x1a8, '2'],
    [0x1bd, '5'],
    [0x1c0, 'l'],
    [0x21d, '3'],
    [0x223, '8'],
    [0x251, 'a'],
    [0x25c, '3'],
    [0x261, 'g'],
    [0x263, 'y'],
    [0x269, 'i'],
    [0x26a, 'i'],
    [0x26f, 'w'],
    [0x280, 'r'],
    [0x28b, 'u'],
    [0x28f, 'y'],
    [0x292, '3'],
    [0x29d, 'j'],
    [0x3b1, 'a'],
    [0x3b2, 'b'],
    [0x3b3, 'y'],
    [0x3b5, 'e'],
    [0x3b6, 'z'],
    [0x3b7, 'h'],
    [0x3b9, 'i'],
    [0x3ba, 'k'],
    [0x3bc, 'm'],
    [0x3bd, 'n'],
    [0x3bf, 'o'],
    [0x3c1, 'p'],
    [0x3c2, 'c'],
    [0x3c3, 'c'],
    [0x3c4, 't'],
    [0x3c5, 'u'],
    [0x3c7, 'x'],
    [0x3dd, 'f'],
    [0x3e9, '2'],
    [0x3f3, 'j'],
    [0x3fb, 'm'],
    [0x430, 'a'],
    [0x431, '6'],
    [0x432, 'b'],
    [0x433, 'r'],
    [0x435, 'e'],
    [0x437, '3'],
    [0x43a, 'k'],
    [0x43c, 'm'],
    [0x43d, 'h'],
    [0x43e, 'o'],
    [0x440, 'p'],
    [0x441, 'c'],
    [0x442, 't'],
    [0x443, 'y'],
    [0x445, 'x'],
    [0x44c, 'b'],
    [0x455, 's'],
    [0x456, 'i'],
    [0x458, 'j'],
    [0x461, 'w'],
    [0x475, 'v'],
    [0x4af, 'y'],
    [0x4bb, 'h'],
    [0x4bd, 'e'],
    [0x4cf, 'i'],
    [0x4e1, '3'],
    [0x501, 'd'],
    [0x50d, 'g'],
    [0x51b, 'q'],
    [0x51d, 'w'],
    [0x561, 'w'],
    [0x563, 'q'],
    [0x566, 'q'],
    [0x570, 'h'],
    [0x578, 'n'],
    [0x57c, 'n'],
    [0x57d, 'u'],
    [0x57f, 's'],
    [0x581, 'g'],
    [0x584, 'f'],
    [0x585, 'o'],
    [0x5c0, 'l'],
    [0x5d5, 'l'],
    [0x5d8, 'v'],
    [0x5df, 'l'],
    [0x5e1, 'o'],
    [0x627, 'l'],
    [0x647, 'o'],
    [0x661, 'l'],
    [0x665, 'o'],
    [0x667, 'v'],
    [0x6be, 'o'],
    [0x6c1, 'o'],
    [0x6d5, 'o'],
    [0x6f1, 'l'],
    [0x6f5, 'o'],
    [0x6f7, 'v'],
    [0x7c0, 'o'],
    [0x7ca, 'l'],
    [0x966, 'o'],
    [0x9e6, 'o'],
    [0x9ea, '8'],
    [0x9ed, '9'],
    [0xa66, 'o'],
    [0xa67, '9'],
    [0xa6a, '8'],
    [0xae6, 'o'],
    [0xb20, 'o'],
    [0xb66, 'o'],
    [0xb68, '9'],
    [0xbe6, 'o'],
    [0xc66, 'o'],
    [0xce6, 'o'],
    [0xd20, 'o'],
    [0xd66, 'o'],
    [0xd6d, '9'],
    [0xe50, 'o'],
    [0xed0, 'o'],
    [0x101d, 'o'],
    [0x1040, 'o'],
    [0x10e7, 'y'],
    [0x10ff, 'o'],
    [0x1200, 'u'],
    [0x12d0, 'o'],
    [0x13fb, 'g'],
    [0x13fc, 'b'],
    [0x142f, 'v'],
    [0x144c, 'u'],
    [0x146d, 'p'],
    [0x146f, 'd'],
    [0x148d, 'j'],
    [0x14aa, 'l'],
    [0x14bf, '2'],
    [0x1541, 'x'],
    [0x157c, 'h'],
    [0x157d, 'x'],
    [0x1587, 'r'],
    [0x15af, 'b'],
    [0x15b4, 'f'],
    [0x15c5, 'a'],
    [0x15de, 'd'],
    [0x15ea, 'd'],
    [0x15f0, 'm'],
    [0x15f7, 'b'],
    [0x166d, 'x'],
    [0x166e, 'x'],
    [0x16b7, 'x'],
    [0x16c1, 'l'],
    [0x16d5, 'k'],
    [0x16d6, 'm'],
    [0x1d04, 'c'],
    [0x1d0f, 'o'],
    [0x1d11, 'o'],
    [0x1d1c, 'u'],
    [0x1d20, 'v'],
    [0x1d21, 'w'],
    [0x1d22, 'z'],
    [0x1d26, 'r'],
    [0x1d83, 'g'],
    [0x1d8c, 'y'],
    [0x1e9d, 'f'],
    [0x1eff, 'y'],
    [0x212e, 'e'],
    [0x2223, 'l'],
    [0x2228, 'v'],
    [0x222a, 'u'],
    [0x22a4, 't'],
    [0x22c1, 'v'],
    [0x22c3, 'u'],
    [0x22ff, 'e'],
    [0x2373, 'i'],
    [0x2374, 'p'],
    [0x237a, 'a'],
    [0x23fd, 'l'],
    [0x2502, 'l'],
    [0x2573, 'x'],
    [0x27d9, 't'],
    [0x292b, 'x'],
    [0x292c, 'x'],
    [0x2a2f, 'x'],
    [0x2c85, 'r'],
    [0x2c8f, 'h'],
    [0x2c93, 'l'],
    [0x2c95, 'k'],
    [0x2c99, 'm'],
    [0x2c9b, 'n'],
    [0x2c9f, 'o'],
    [0x2ca3, 'p'],
    [0x2ca5, 'c'],
    [0x2ca7, 't'],
    [0x2ca9, 'y'],
    [0x2cad, 'x'],
    [0x2ccb, '9'],
    [0x2ccd, '3'],
    [0x2cd1, 'l'],
    [0x2cd3, '6'],
    [0x2d38, 'v'],
    [0x2d39, 'e'],
    [0x2d4f, 'l'],
    [0x2d54, 'o'],
    [0x2d55, 'q'],
    [0x2d5d, 'x'],
    [0x3007, 'o'],
    [0xa4d0, 'b'],
    [0xa4d1, 'p'],
    [0xa4d2, 'd'],
    [0xa4d3, 'd'],
    [0xa4d4, 't'],
    [0xa4d6, 'g'],
    [0xa4d7, 'k'],
    [0xa4d9, 'j'],
    [0xa4da, 'c'],
    [0xa4dc, 'z'],
    [0xa4dd, 'f'],
    [0xa4df, 'm'],
    [0xa4e0, 'n'],
    [0xa4e1, 'l'],
    [0xa4e2, 's'],
    [0xa4e3, 'r'],
    [0xa4e6, 'v'],
    [0xa4e7, 'h'],
    [0xa4ea, 'w'],
    [0xa4eb, 'x'],
    [0xa4ec, 'y'],
    [0xa4ee, 'a'],
    [0xa4f0, 'e'],
    [0xa4f2, 'l'],
    [0xa4f3, 'o'],
    [0xa4f4, 'u'],
    [0xa645, '2'],
    [0xa647, 'i'],
    [0xa6df, 'v'],
    [0xa6ef, '2'],
    [0xa731, 's'],
    [0xa75b, '2'],
    [0xa76b, '3'],
    [0xa76f, '9'],
    [0xa799, 'f'],
    [0xa79f, 'u'],
    [0xa7b5, 'b'],
    [0xab32, 'e'],
    [0xab35, 'f'],
    [0xab3d, 'o'],
    [0xab47, 'r'],
    [0xab48, 'r'],
    [0xab4e, 'u'],
    [0xab52, 'u'],
    [0xab53, 'x'],
    [0xab5a, 'y'],
    [0xab70, 'd'],
    [0xab71, 'r'],
    [0xab72, 't'],
    [0xab75, 'i'],
    [0xab79, 'y'],
    [0xab7a, 'a'],
    [0xab7b, 'j'],
    [0xab7c, 'e'],
    [0xab81, 'r'],
    [0xab83, 'w'],
    [0xab87, 'm'],
    [0xab8b, 'h'],
    [0xab8d, 'y'],
    [0xab90, 'g'],
    [0xab92, 'h'],
    [0xab93, 'z'],
    [0xab9e, '4'],
    [0xab9f, 'b'],
    [0xaba2, 'r'],
    [0xaba4, 'w'],
    [0xaba5, 's'],
    [0xaba9, 'v'],
    [0xabaa, 's'],
    [0xabae, 'l'],
    [0xabaf, 'c'],
    [0xabb2, 'p'],
    [0xabb6, 'k'],
    [0xabb7, 'd'],
    [0xabbe, '6'],
    [0x10282, 'b'],
    [0x10286, 'e'],
    [0x10287, 'f'],
    [0x1028a, 'l'],
    [0x10290, 'x'],
    [0x10292, 'o'],
    [0x10295, 'p'],
    [0x10296, 's'],
    [0x10297, 't'],
    [0x102a0, 'a'],
    [0x102a1, 'b'],
    [0x102a2, 'c'],
    [0x102a5, 'f'],
    [0x102ab, 'o'],
    [0x102b0, 'm'],
    [0x102b1, 't'],
    [0x102b2, 'y'],
    [0x102b4, 'x'],
    [0x102cf, 'h'],
    [0x102f5, 'z'],
    [0x10301, 'b'],
    [0x10302, 'c'],
    [0x10309, 'l'],
    [0x10311, 'm'],
    [0x10315, 't'],
    [0x10317, 'x'],
    [0x1031a, '8'],
    [0x10320, 'l'],
    [0x10322, 'x'],
    [0x1042c, 'o'],
    [0x1043d, 'c'],
    [0x10443, 'l'],
    [0x10448, 's'],
    [0x104dc, 'r'],
    [0x104ea, 'o'],
    [0x104f6, 'u'],
    [0x104fa, '7'],
    [0x10513, 'n'],
    [0x10516, 'o'],
    [0x10518, 'k'],
    [0x1051c, 'c'],
    [0x1051d, 'v'],
    [0x10525, 'f'],
    [0x10526, 'l'],
    [0x10527, 'x'],
    [0x114d0, 'o'],
    [0x11706, 'v'],
    [0x1170a, 'w'],
    [0x1170e, 'w'],
    [0x1170f, 'w'],
    [0x118c0, 'v'],
    [0x118c1, 's'],
    [0x118c2, 'f'],
    [0x118c3, 'i'],
    [0x118c4, 'y'],
    [0x118c6, '7'],
    [0x118c8, 'o'],
    [0x118c9, 'z'],
    [0x118ca, '3'],
    [0x118cc, '9'],
    [0x118ce, 'e'],
    [0x118cf, '4'],
    [0x118d2, 'l'],
    [0x118d5, '6'],
    [0x118d6, '9'],
    [0x118d7, 'o'],
    [0x118d8, 'u'],
    [0x118db, '5'],
    [0x118dc, 't'],
    [0x118e0, 'o'],
    [0x118e5, 'z'],
    [0x118e6, 'w'],
    [0x118e9, 'c'],
    [0x118ec, 'x'],
    [0x118ef, 'w'],
    [0x118f2, 'c'],
    [0x16f08, 'v'],
    [0x16f0a, 't'],
    [0x16f16, 'l'],
    [0x16f28, 'l'],
    [0x16f35, 'r'],
    [0x16f3a, 's'],
    [0x16f3b, '3'],
    [0x16f40, 'a'],
    [0x16f42, 'u'],
    [0x16f43, 'y'],
    [0x1d206, '3'],
    [0x1d20d, 'v'],
    [0x1d212, '7'],
    [0x1d213, 'f'],
    [0x1d216, 'r'],
    [0x1d22a, 'l'],
    [0x1e8c7, 'l'],
    [0x1e8cb, '8'],
    [0x1f74c, 'c'],
    [0x1f768, 't'],
];

// EXTERNAL MODULE: ./src/core/trust/token-form.ts
var token_form = __nccwpck_require__(5610);
;// CONCATENATED MODULE: ./src/core/trust/secrets.ts



/** Git/Basic usernames a token travels with when no username is given (Bitbucket access and API tokens). */
const TOKEN_USERNAMES = ['x-token-auth', 'x-bitbucket-api-token-auth'];
/** Shorter whitespace-separated pieces are words ("token", "Bearer"), not secrets. */
const MIN_PART = 8;
/** No run of this many characters of a secret, in any letter case, is ever shown. */
const WINDOW = 12;
/**
 * A run that tells something about a field of a Secrets Manager secret (`addField`), user
 * text that may hold an account ID or a date: not digits only and at least 5 different
 * characters (not padding such as 000000000000). Every other secret is found by every run
 * of it: a token's run that reads like words or digits is as much the token as any other.
 */
function telling(run) {
    // Called for every run of every secret when the index is built: no Set, no regex.
    let digitsOnly = true;
    const seen = [];
    for (let i = 0; i < run.length; i++) {
        const c = run.charCodeAt(i);
        if (c < 48 || c > 57)
            digitsOnly = false;
        if (seen.length < 5 && !seen.includes(c))
            seen.push(c);
    }
    return !digitsOnly && seen.length >= 5;
}
/** What stands where a field of outside text that quoted a secret was. */
const MASK = '***';
/** What stands where a line (a message) that quoted a secret was: the whole of it. */
const HIDDEN = '*** (hidden: it quoted a secret)';
/** Shortest secret hidden at all: anything shorter cannot be told from ordinary text. */
const MIN_SECRET = 3;
/** Shortest secret found in outside text (a URL's password) that is hidden: one with a run to find. */
const MIN_FOUND = 12;
/**
 * Every value that must never be printed, and the one redaction all output passes
 * through: the core redacts the Report and its log lines before they leave it, and
 * each entry point redacts whatever else it prints or writes (stdout/stderr,
 * annotations, outputs, the report file).
 *
 * Texts and secrets are compared by their skeletons (`skeleton`): compatibility-folded,
 * case-folded, look-alikes mapped, with every mark, format character, separator,
 * punctuation and symbol removed. Any run of 12 characters (WINDOW) of the skeleton of
 * a secret, in any of the forms a server may echo it in (as it is, reversed, hex, base64
 * at each alignment), inside the skeleton of a text hides that text whole: a field of
 * outside text (sealed, outside.ts) becomes `***`, any other line `HIDDEN`. The text is
 * also read with %-encoding, HTML and JSON character escapes decoded. A secret too short
 * to have a 12-character skeleton run is found only as a whole word, as it is given,
 * never inside a longer word. The work is linear in the text: a rolling hash over the
 * skeleton, looked up in a set of every secret's runs. URLs lose their user information.
 */
class Secrets {
    onValue;
    /** Secrets whose fragments are hidden, each in every form: whether only its telling runs are. */
    values = new Map();
    /** Values hidden whole and as given (Basic credentials, secrets shorter than WINDOW). */
    exact = new Set();
    index;
    /** Grows with every value added: a text redacted before is redacted again if it has moved. */
    added = 0;
    /**
     * `onValue` sees each new value as given, once (the Action registers it with the
     * runner's log masking); the forms and fragments derived from it are only redacted here.
     */
    constructor(onValue) {
        this.onValue = onValue;
    }
    /**
     * A secret value: the whole of it and, when it has whitespace inside, each piece
     * of 8 or more characters.
     */
    add(value) {
        this.addSecret(value, false);
    }
    /**
     * A field of a Secrets Manager secret other than its token: user text, hidden like any
     * secret but for its runs of digits only or of fewer than 5 different characters (an
     * account ID, a date, padding), which would otherwise hide every ARN of the account.
     */
    addField(value) {
        this.addSecret(value, true);
    }
    addSecret(value, lenient) {
        const trimmed = value?.trim();
        if (!trimmed || trimmed.length < MIN_SECRET)
            return;
        this.addValue(trimmed, lenient);
        // Also the form the token is used in, without invisible characters at its ends.
        const used = (0,token_form/* trimToken */.A4)(trimmed);
        if (used !== trimmed && used.length >= MIN_SECRET)
            this.addValue(used, lenient);
        const parts = trimmed.split(/\s+/);
        if (parts.length > 1)
            for (const part of parts)
                if (part.length >= MIN_PART)
                    this.addValue(part, lenient);
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
    /**
     * A secret found in outside text at run time (the password in a project's source URL).
     * Hidden like any other, but only when it is long enough to be one (MIN_FOUND): outside
     * text cannot make every line holding a word such as a region name disappear. It is
     * not handed to the runner's masking.
     */
    addFound(value) {
        const trimmed = value.trim();
        if (trimmed.length < MIN_FOUND)
            return;
        if (this.values.has(trimmed))
            return;
        this.values.set(trimmed, false);
        this.dropIndex();
    }
    /** A value hidden only whole, as it is given (a Secrets Manager SecretString, whose keys are not secret). */
    addWhole(value) {
        const trimmed = value?.trim();
        if (trimmed)
            this.addExact(trimmed, true);
    }
    /** Basic credentials travel base64-encoded: hide that form too. */
    addBasic(username, password, given = true) {
        const basic = Buffer.from(`${username}:${password}`);
        this.addExact(basic.toString('base64'), given);
        this.addExact(basic.toString('base64url'));
    }
    /**
     * `text` with URLs' user information removed, and every line that quotes a secret
     * hidden: only the fields of outside text in it that quote one (`***`) when that is
     * enough, else the whole line (`HIDDEN`); a secret split across lines hides them all.
     */
    redact(text) {
        const shown = (0,outside/* withoutUserInfo */.sl)(text);
        const index = this.currentIndex();
        if (!index?.matches(shown))
            return shown;
        const out = hideLines(shown, index);
        return index.matches(out) ? HIDDEN : out;
    }
    /** How many times a value has been added: a text redacted before is redacted alike while it stays. */
    get generation() {
        return this.added;
    }
    /**
     * One text redacted in parts, in order (a report file written as its rows finish), as
     * `redact` would redact it whole: each part is made of whole lines (it ends with a line
     * break), its lines hidden as `redact` hides them, and each part is read together with the
     * one before it, so a secret split across the line where two parts meet is found. Where
     * `redact` would hide the whole text (a secret split across lines), `spoiled` says so and
     * the caller shows HIDDEN instead of the whole. A quote cannot span three parts: every part
     * the report file gives holds at least one whole row, whose own keys ("region", "action",
     * "status", "detail") are more than WINDOW characters in every view.
     */
    inParts() {
        let before = '';
        let spoiled = false;
        return {
            part: (text) => {
                const shown = (0,outside/* withoutUserInfo */.sl)(text);
                const index = this.currentIndex();
                if (!index?.matches(before + shown)) {
                    before = shown;
                    return shown;
                }
                const out = hideLines(shown, index);
                if (index.matches(before + out))
                    spoiled = true;
                before = out;
                return out;
            },
            get spoiled() {
                return spoiled;
            },
        };
    }
    currentIndex() {
        if (this.values.size === 0 && this.exact.size === 0)
            return undefined;
        return (this.index ??= new WindowIndex(this.values, this.exact));
    }
    dropIndex() {
        this.index = undefined;
        this.added++;
    }
    /**
     * `text` made ready for a sink (`forPlain`, `forMarkdown`) and redacted: first with its
     * fields of outside text still marked, so that only a field quoting a secret is hidden,
     * then again after the sink's changes (which drop marks and escapes, and could join what
     * a secret was split by).
     */
    redactFor(sink, text) {
        return this.redact(sink(this.redact(text)));
    }
    /** A copy of a value (a Report, say) with every string in it redacted. */
    redactAll(value, seen = new Map()) {
        // A fleet's report repeats its keys and many values thousands of times: each is read once.
        const redact = (text) => {
            let shown = seen.get(text);
            if (shown === undefined)
                seen.set(text, (shown = this.redact(text)));
            return shown;
        };
        if (typeof value === 'string')
            return redact(value);
        if (Array.isArray(value)) {
            const items = value.map((v) => this.redactAll(v, seen));
            // A secret split across neighbouring strings of a list (each part too short to be a
            // run) is one run once the list is rendered (JSON puts only quotes, commas and spaces
            // between them): such a list is hidden string by string, so that the whole rendering
            // (a report file) is not.
            const strings = items.filter((v) => typeof v === 'string');
            if (strings.length > 1 && this.quotes(strings.join('\n')))
                return items.map((v) => (typeof v === 'string' ? MASK : v));
            return items;
        }
        if (value && typeof value === 'object' && !(value instanceof Date)) {
            return Object.fromEntries(Object.entries(value).map(([k, v]) => [redact(k), this.redactAll(v, seen)]));
        }
        return value;
    }
    /** Whether `text` quotes a secret, in any of the ways redact() looks for. */
    quotes(text) {
        if (this.values.size === 0 && this.exact.size === 0)
            return false;
        return (this.index ??= new WindowIndex(this.values, this.exact)).matches(text);
    }
    addValue(value, lenient) {
        if (value.length < WINDOW)
            return this.addExact(value, true);
        const known = this.values.get(value);
        if (known === false || known === lenient)
            return;
        // A value given both as a field and as a secret is found by every run.
        this.values.set(value, lenient);
        this.dropIndex();
        if (known !== undefined)
            return;
        this.onValue?.(value);
        // Whole, in the forms it travels in, whatever its runs are.
        for (const form of wholeForms(value))
            this.addExact(form);
    }
    addExact(value, given = false) {
        if (value.length < MIN_SECRET || this.exact.has(value))
            return;
        this.exact.add(value);
        this.dropIndex();
        if (given)
            this.onValue?.(value);
    }
}
/** A secret whole, as it is and encoded the ways it travels. */
function wholeForms(value) {
    return [
        value,
        encodeURIComponent(value),
        Buffer.from(value).toString('base64'),
        Buffer.from(value).toString('base64url'),
        JSON.stringify(value).slice(1, -1),
    ];
}
/**
 * The forms a server may echo a secret in, its own characters first; each is searched
 * for by its runs as they are (lower-cased) and by its skeleton's runs.
 */
function formsOf(value) {
    const bytes = Buffer.from(value);
    const forms = [
        value,
        [...value].reverse().join(''),
        JSON.stringify(value).slice(1, -1),
        encodeURIComponent(value),
        bytes.toString('hex'),
    ];
    // base64 of the secret from each of the three alignments, so a fragment quoted from
    // anywhere in it shows up as a run of one of them.
    for (let skip = 0; skip < 3; skip++) {
        forms.push(bytes.subarray(skip).toString('base64'), bytes.subarray(skip).toString('base64url'));
    }
    return forms;
}
/** How many of formsOf's forms are the secret's own characters (as it is, reversed, escaped). */
const RAW_FORMS = 4;
/**
 * Look-alikes that Unicode's confusables (UTS #39, confusables.generated.ts) leave out or map
 * to another letter than a reader sees, and that NFKD leaves as they are. Every other
 * look-alike is in the generated table; a unit test keeps this one free of its entries.
 */
const LOOK_ALIKES = {
    // Unicode maps these to h, n and i; in lower case they read as n, v and l.
    η: 'n',
    ν: 'v',
    ӏ: 'l',
    // Latin-extended letters and Latin small capitals (IPA and phonetic extensions).
    ȷ: 'j',
    ɛ: 'e',
    ᴀ: 'a',
    ʙ: 'b',
    ᴅ: 'd',
    ᴇ: 'e',
    ꜰ: 'f',
    ɢ: 'g',
    ʜ: 'h',
    ᴊ: 'j',
    ᴋ: 'k',
    ʟ: 'l',
    ᴍ: 'm',
    ɴ: 'n',
    ᴘ: 'p',
    ꞯ: 'q',
    ᴛ: 't',
};
/**
 * Every look-alike by code point: Unicode's confusables that stand for one ASCII letter or
 * digit (generated, confusables.generated.ts), with the table above over them.
 */
const LOOK_ALIKE = new Map([
    ...CONFUSABLES.map(([from, to]) => [from, to.charCodeAt(0)]),
    ...Object.entries(LOOK_ALIKES).map(([from, to]) => [from.codePointAt(0), to.charCodeAt(0)]),
]);
/**
 * A letter or a digit of any script (for characters beyond ASCII) that is seen as one:
 * not a default-ignorable character (invisible, though Unicode files the Hangul fillers
 * U+115F, U+1160, U+3164 and U+FFA0 as letters) nor a modifier letter (Lm: the tatweel,
 * prolonged sound marks, modifier colons and apostrophes, which read as separators;
 * NFKD has already folded the superscript letters among them into plain ones).
 */
const LETTER_OR_DIGIT = /^(?![\p{Lm}\p{Default_Ignorable_Code_Point}])[\p{L}\p{N}]/u;
/**
 * Symbols beyond the BMP that Unicode names as a Latin letter but NFKD leaves as they are:
 * regional indicators (U+1F1E6, REGIONAL INDICATOR SYMBOL LETTER A, to Z) and the negative
 * circled and squared capitals (U+1F150, U+1F170, A to Z). The letter they stand for (lower
 * case), undefined for any other character. (Tag characters, ASCII written invisibly, are
 * dropped here as every invisible character is, and no plain sink prints them: outside.ts.)
 */
function astralLetter(cp) {
    for (const a of [0x1f1e6, 0x1f150, 0x1f170])
        if (cp >= a && cp < a + 26)
            return 97 + cp - a;
    // DINGBAT (NEGATIVE) CIRCLED SANS-SERIF DIGIT ZERO.
    return cp === 0x1f10b || cp === 0x1f10c ? 48 : undefined;
}
/**
 * The digits in circles NFKD leaves as they are (DINGBAT NEGATIVE CIRCLED DIGIT ONE ❶ to
 * NINE, the circled and negative circled sans-serif ones ➀ ➊, DOUBLE CIRCLED ⓵, NEGATIVE
 * CIRCLED DIGIT ZERO ⓿): the ASCII digit, undefined for any other character.
 */
function circledDigit(c) {
    for (const one of [0x2776, 0x2780, 0x278a, 0x24f5])
        if (c >= one && c < one + 9)
            return 49 + c - one;
    return c === 0x24ff ? 48 : undefined;
}
const DECIMAL = /\p{Nd}/u;
const DIGIT_VALUES = new Map();
/**
 * A decimal digit of any script (Devanagari ३, Arabic-Indic ٣, Thai ๓, Adlam 𞥓...) as the
 * ASCII digit a reader of that script reads: undefined for any other character. Unicode
 * encodes every script's decimal digits in contiguous runs of 0 to 9, so a digit's value is
 * its distance from the start of its run, modulo 10 (runs such as the mathematical digits
 * lie next to each other). Ahead of the look-alikes: `١` is the digit one, whatever it
 * resembles.
 */
function decimalDigit(cp) {
    const known = DIGIT_VALUES.get(cp);
    if (known !== undefined)
        return known;
    if (!DECIMAL.test(String.fromCodePoint(cp)))
        return undefined;
    let start = cp;
    while (DECIMAL.test(String.fromCodePoint(start - 1)))
        start--;
    const digit = 48 + ((cp - start) % 10);
    DIGIT_VALUES.set(cp, digit);
    return digit;
}
/**
 * A text's skeleton, what it reads as whatever its disguise: compatibility-decomposed
 * (NFKD: full-width and mathematical letters, ligatures and superscripts become plain
 * ones, accents separate), lower-cased, look-alikes mapped to Latin, and everything but
 * letters and digits removed (combining marks, soft hyphens, zero-width and bidi format
 * characters, spaces of every kind, punctuation, symbols, and the letters no one sees as
 * one: LETTER_OR_DIGIT). One pass: linear in the text.
 */
function skeleton(text) {
    // Most text is ASCII: there nothing decomposes and no look-alike stands.
    // eslint-disable-next-line no-control-regex
    if (!/[^\x00-\x7f]/.test(text))
        return text.toLowerCase().replace(NOT_ASCII_ALNUM, '');
    // Full case folding too: Unicode folds ß (and ẞ, which lower-cases to it) to "ss".
    const folded = text.normalize('NFKD').toLowerCase().replaceAll('ß', 'ss');
    const codes = new Uint16Array(folded.length);
    let n = 0;
    for (let i = 0; i < folded.length; i++) {
        let c = folded.charCodeAt(i);
        if (c < 128) {
            if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57))
                codes[n++] = c;
            continue;
        }
        c = decimalDigit(c) ?? LOOK_ALIKE.get(c) ?? c;
        if (c < 128)
            codes[n++] = c;
        else if (c >= 0xd800 && c <= 0xdbff) {
            // A character beyond the BMP (NFKD has already folded mathematical letters). A lone
            // surrogate (JSON's "\ud800" makes one; output shows it as U+FFFD) stands for
            // nothing and never takes the character after it along.
            const low = folded.charCodeAt(i + 1);
            if (!(low >= 0xdc00 && low <= 0xdfff))
                continue;
            i++;
            const cp = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
            const letter = astralLetter(cp) ?? decimalDigit(cp) ?? LOOK_ALIKE.get(cp);
            if (letter !== undefined)
                codes[n++] = letter;
            else if (LETTER_OR_DIGIT.test(folded.slice(i - 1, i + 1))) {
                codes[n++] = c;
                codes[n++] = low;
            }
        }
        else if (!isSymbolOnly(c) && LETTER_OR_DIGIT.test(folded[i]))
            codes[n++] = circledDigit(c) ?? c;
    }
    return Buffer.from(codes.buffer, 0, n * 2).toString('utf16le');
}
/**
 * A text folded as the skeleton folds it (compatibility, case, marks) with every space,
 * line break, control, format or other invisible character, dash and connector dropped, but
 * its other punctuation and symbols kept: a secret mostly made of them (a proxy password
 * such as `p@ss-w0rd_!#$%^&*()x`) has a skeleton too short to have a run, and is found by
 * its runs here instead. One pass of a character class, nothing that can backtrack.
 */
function punctuationKept(text) {
    return text
        .normalize('NFKD')
        .toLowerCase()
        .replaceAll('ß', 'ss')
        .replace(/[\p{M}\p{Z}\p{C}\p{Pd}\p{Pc}\p{Default_Ignorable_Code_Point}\s]/gu, '');
}
const NOT_ASCII_ALNUM = /[^a-z0-9]+/g;
/** Full-width and small forms of ASCII (`＆＃％＼`, `﹠﹟﹪`): NFKC folds them to it. */
const WIDE_FORMS = /[\ufe50-\ufe6b\uff01-\uff5e]/;
/**
 * Blocks of the BMP that hold no letter or digit (Unicode assigns none there; a unit test
 * checks each against LETTER_OR_DIGIT): General Punctuation, Arrows to Miscellaneous
 * Technical, Box Drawing to Miscellaneous Symbols, and the Dingbats but for their circled
 * digits. Our own lines' marks (▸ ✔ ✖ ⚠ — …) are in them: their first redaction need not
 * compile the Unicode property pattern (about 1 ms at start).
 */
const SYMBOL_BLOCKS = [
    [0x2000, 0x206f],
    [0x2190, 0x23ff],
    [0x2500, 0x26ff],
    [0x2700, 0x2775],
    [0x2794, 0x27bf],
];
function isSymbolOnly(c) {
    if (c < 0x2000 || c > 0x27bf)
        return false;
    for (const [from, to] of SYMBOL_BLOCKS)
        if (c >= from && c <= to)
            return true;
    return false;
}
/** A field of outside text, sealed (outside.ts). */
const SEALED = new RegExp(`${outside/* OPEN */.vP}([^${outside/* OPEN */.vP}${outside/* CLOSE */.Nd}]*)${outside/* CLOSE */.Nd}`, 'g');
/**
 * Each line of `text` that quotes a secret hidden: only its fields of outside text that quote
 * one (`***`) when that is enough, else the whole line (`HIDDEN`).
 */
function hideLines(text, index) {
    return text
        .split('\n')
        .map((line) => {
        if (!index.matches(line))
            return line;
        const fields = line.replace(SEALED, (field, inner) => index.matches(inner) ? `${outside/* OPEN */.vP}${MASK}${outside/* CLOSE */.Nd}` : field);
        return fields !== line && !index.matches(fields) ? fields : HIDDEN;
    })
        .join('\n');
}
const BASE = 31;
/** BASE^(WINDOW-1) mod 2^32, to roll the first character out of a window's hash. */
const TOP = (() => {
    let p = 1;
    for (let i = 1; i < WINDOW; i++)
        p = Math.imul(p, BASE) >>> 0;
    return p;
})();
function hashOf(text) {
    let h = 0;
    for (let i = 0; i < text.length; i++)
        h = (Math.imul(h, BASE) + text.charCodeAt(i)) >>> 0;
    return h;
}
const NAMED_ENTITIES = {
    amp: '&',
    lt: '<',
    gt: '>',
    quot: '"',
    apos: "'",
    lowbar: '_',
    period: '.',
    colon: ':',
    sol: '/',
    hyphen: '-',
    dash: '-',
    plus: '+',
    equals: '=',
    num: '#',
};
/**
 * HTML's named entities of one Latin letter, styled or with a mark (`&gopf;` 𝕘, `&gscr;`,
 * `&gfr;`, `&Agrave;`, `&ouml;`, `&ccaron;`...): a letter, then how it is drawn. Read as the
 * letter, by their shape rather than HTML's list: one HTML does not name reads the same.
 */
const STYLED_LETTER = /^([a-z])(?:opf|scr|fr|grave|acute|circ|tilde|uml|ring|cedil|caron|macr|ogon|dot|breve|dblac|strok)$/i;
function styledLetter(name) {
    return STYLED_LETTER.exec(name)?.[1];
}
/** One UTF-16 unit for a decoded character (a secret is ASCII: anything wider stands as U+FFFD). */
function codeOf(n) {
    return n < 0x10000 ? n : 0xfffd;
}
/**
 * The text read the way a decoder would: %XX, &#N;, &#xH;, a few named HTML entities and
 * the escapes of escapeAt decoded; line breaks (with the indentation after them), control
 * and invisible characters and the seal's characters (outside.ts) left out. Spaces are kept: words of ours must not join into a secret's run.
 */
function decodedView(text) {
    const codes = new Uint16Array(text.length);
    let n = 0;
    const push = (code, _start, _end) => {
        codes[n++] = code;
    };
    for (let i = 0; i < text.length;) {
        const c = text.charCodeAt(i);
        if (c === 37 /* % */ && isHex(text, i + 1, 2)) {
            push(parseInt(text.slice(i + 1, i + 3), 16), i, i + 3);
            i += 3;
            continue;
        }
        if (c === 38 /* & */) {
            const m = /^&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]{2,8}));?/i.exec(text.slice(i, i + 12));
            const decoded = m
                ? m[1] !== undefined
                    ? codeOf(Number(m[1]))
                    : m[2] !== undefined
                        ? codeOf(parseInt(m[2], 16))
                        : (NAMED_ENTITIES[m[3].toLowerCase()] ?? styledLetter(m[3]))?.charCodeAt(0)
                : undefined;
            if (m && decoded !== undefined) {
                push(decoded, i, i + m[0].length);
                i += m[0].length;
                continue;
            }
        }
        const escaped = c === 92 || c === 48 ? escapeAt(text, i) : undefined;
        if (escaped) {
            push(escaped[0], i, escaped[1]);
            i = escaped[1];
            continue;
        }
        if (c === 10 || c === 13) {
            // A line break, and the indentation after it, is read through: a secret split across lines.
            i++;
            while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9))
                i++;
            continue;
        }
        if (!isSkipped(c))
            push(c, i, i + 1);
        i++;
    }
    return Buffer.from(codes.buffer, 0, n * 2).toString('utf16le');
}
/**
 * The character an escape at `at` stands for, and where the escape ends: \uXXXX, \u{H…}
 * (JavaScript, Rust, Swift), \xHH, an octal \NNN (C, PHP, a shell's $'…'), any other
 * backslash-escaped character, and 0xHH, a byte as a C, Go or Python list of them shows it.
 */
function escapeAt(text, at) {
    if (text.charCodeAt(at) === 48 /* 0 */) {
        const byte = (text.charCodeAt(at + 1) | 32) === 120 /* x */ &&
            isHex(text, at + 2, 2) &&
            !isHex(text, at + 4, 1) &&
            !isWordChar(text, at - 1);
        return byte ? [parseInt(text.slice(at + 2, at + 4), 16), at + 4] : undefined;
    }
    if (at + 1 >= text.length)
        return undefined;
    const next = text.charCodeAt(at + 1);
    if (next === 117 /* u */ && isHex(text, at + 2, 4))
        return [parseInt(text.slice(at + 2, at + 6), 16), at + 6];
    // \UXXXXXXXX: C, C++, Python.
    if (next === 85 /* U */ && isHex(text, at + 2, 8))
        return [codeOf(parseInt(text.slice(at + 2, at + 10), 16)), at + 10];
    if (next === 120 /* x */ && isHex(text, at + 2, 2))
        return [parseInt(text.slice(at + 2, at + 4), 16), at + 4];
    if (next === 117 /* u */) {
        const m = /^\\u\{([0-9a-f]{1,6})\}/i.exec(text.slice(at, at + 10));
        if (m)
            return [codeOf(parseInt(m[1], 16)), at + m[0].length];
    }
    if (next >= 48 && next <= 55 /* 0-7 */) {
        let end = at + 2;
        while (end < at + 4 && text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 55)
            end++;
        return [parseInt(text.slice(at + 1, end), 8) & 0xff, end];
    }
    if (next > 32 && !isSkipped(next))
        return [next, at + 2];
    return undefined;
}
function isHex(text, at, count) {
    if (at + count > text.length)
        return false;
    for (let i = at; i < at + count; i++) {
        const c = text.charCodeAt(i) | 32;
        if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102)))
            return false;
    }
    return true;
}
/** A character decodedView decodes, reads through or leaves out (see isSkipped): without one, it reads as the text. */
const DECODABLE = 
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
/[%&\\\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028\u2029\u2060\ufeff\ue000\ue001\u2424]|0x[0-9a-f]{2}/i;
/** Control and invisible characters and the seal's characters: left out of the decoded view. */
function isSkipped(c) {
    return (c < 32 ||
        (c >= 0x7f && c <= 0x9f) ||
        (c >= 0x200b && c <= 0x200f) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x2060 ||
        c === 0xfeff ||
        c === 0xe000 ||
        c === 0xe001 ||
        c === 0x2424 // ␤, a line break in sealed outside text
    );
}
/** The characters a value hidden whole is found by: the shortest such value's length. */
const EXACT_KEY = MIN_SECRET;
/** The first EXACT_KEY characters of `text` from `at`, as one number. */
function keyAt(text, at) {
    let key = 0;
    for (let i = at; i < at + EXACT_KEY; i++)
        key = key * 65536 + text.charCodeAt(i);
    return key;
}
/** A letter or digit (of any script): what a whole word is made of. */
function isWordChar(text, at) {
    return at >= 0 && at < text.length && /[\p{L}\p{N}]/u.test(text[at]);
}
/** A set of WINDOW-character runs, and a rolling-hash scan for them. */
class Runs {
    runs = new Set();
    /** A bit per hash bucket (the hash's top 20 bits): most runs are ruled out by one array read. */
    buckets = new Uint32Array(1 << 15);
    get size() {
        return this.runs.size;
    }
    /** Every WINDOW-character run of `form` (only the telling ones when `judged`), hashed as it rolls. */
    addAll(form, judged) {
        if (form.length < WINDOW)
            return;
        let h = hashOf(form.slice(0, WINDOW));
        for (let i = 0;; i++) {
            const run = form.slice(i, i + WINDOW);
            if (!judged || telling(run)) {
                this.runs.add(run);
                const b = h >>> 12;
                this.buckets[b >>> 5] |= 1 << (b & 31);
            }
            if (i + WINDOW >= form.length)
                return;
            h = roll(h, form, i);
        }
    }
    /**
     * Rolls a hash over every WINDOW-character run of `view`: whether one is a known run. With
     * a `step`, the view is every step-th character of `view` from `offset` (read in place).
     */
    foundIn(view, step = 1, offset = 0) {
        const count = Math.ceil((view.length - offset) / step);
        if (this.runs.size === 0 || count < WINDOW)
            return false;
        const at = (j) => view.charCodeAt(offset + j * step);
        const runAt = (j) => {
            if (step === 1)
                return view.slice(offset + j, offset + j + WINDOW);
            let run = '';
            for (let k = j; k < j + WINDOW; k++)
                run += view[offset + k * step];
            return run;
        };
        let h = 0;
        for (let j = 0; j < WINDOW; j++)
            h = (Math.imul(h, BASE) + at(j)) >>> 0;
        for (let j = 0;; j++) {
            const b = h >>> 12;
            if (this.buckets[b >>> 5] & (1 << (b & 31)) && this.runs.has(runAt(j)))
                return true;
            if (j + WINDOW >= count)
                return false;
            h = (Math.imul((h - Math.imul(at(j), TOP)) >>> 0, BASE) + at(j + WINDOW)) >>> 0;
        }
    }
}
/** The hash of the run at `i + 1` from the hash `h` of the run at `i`. */
function roll(h, text, i) {
    return ((Math.imul((h - Math.imul(text.charCodeAt(i), TOP)) >>> 0, BASE) +
        text.charCodeAt(i + WINDOW)) >>>
        0);
}
/** A filler of up to this many characters after each of a secret's is read through (bonesIn). */
const STRIDES = [2, 3];
/**
 * A secret whose skeleton is too short to have a run (mostly punctuation), to be read in a
 * text with every character it does not hold dropped; undefined when it holds fewer than 5
 * different characters, which filler could spell (`************`).
 */
function spelledOf(value, lenient) {
    const folded = punctuationKept(value);
    const chars = new Set();
    for (let i = 0; i < folded.length; i++)
        chars.add(folded.charCodeAt(i));
    if (folded.length < WINDOW || chars.size < 5)
        return undefined;
    const runs = new Runs();
    runs.addAll(folded, lenient);
    runs.addAll([...folded].reverse().join(''), lenient);
    return { chars, runs };
}
/** Every WINDOW-character run of every form of every secret, as it is and as a skeleton, and a scan for them. */
class WindowIndex {
    /**
     * Runs of each form as it is (lower-cased: a quote of 12 characters with a `_` in it) and
     * of its skeleton (a quote in disguise), in one set that both views of a text are scanned
     * against: a skeleton's run is letters and digits only, so it is in a text as it is only
     * where it is in the text's skeleton too, and a run with anything else in it never is.
     */
    runs = new Runs();
    /** Runs of each form with its punctuation kept (punctuationKept), for a secret whose skeleton is too short to have one. */
    marks = new Runs();
    /** The values found as they are, by their first EXACT_KEY characters, longest first. */
    exact = new Map();
    /** Secrets of few letters and digits, each read with every character it does not hold dropped. */
    spelled = [];
    constructor(values, exact) {
        for (const [value, lenient] of values) {
            if (skeleton(value).length < WINDOW) {
                const one = spelledOf(value, lenient);
                if (one)
                    this.spelled.push(one);
            }
            for (const [n, form] of formsOf(value).entries()) {
                // Every run of every form, as it is and as a skeleton: the same rule for both. Only a
                // field's own characters (as it is, reversed, escaped) are judged by what they tell;
                // an encoded run (hex, base64) always stands for characters of it.
                const judged = lenient && n < RAW_FORMS;
                const lower = form.toLowerCase();
                this.runs.addAll(lower, judged);
                const bones = skeleton(form);
                // A form of letters and digits only (hex, say) is its own skeleton: its runs are in.
                if (bones !== lower)
                    this.runs.addAll(bones, judged);
                if (bones.length < WINDOW)
                    this.marks.addAll(punctuationKept(form), judged);
            }
        }
        // Longest first, so a value containing another is hidden whole.
        for (const value of [...exact].sort((a, b) => b.length - a.length)) {
            const key = keyAt(value, 0);
            const same = this.exact.get(key);
            if (same)
                same.push(value);
            else
                this.exact.set(key, [value]);
        }
    }
    /** Whether `text` quotes a secret: a value as it is, or a run of a secret's skeleton. */
    matches(text) {
        if (this.exact.size > 0 && this.hasExact(text))
            return true;
        if (this.runs.size + this.marks.size === 0 || text.length < WINDOW)
            return false;
        if (this.runs.foundIn(text.toLowerCase()) || this.bonesIn(skeleton(text)))
            return true;
        if (this.marks.size > 0 && this.spelledIn(punctuationKept(text)))
            return true;
        // Only text with something to decode can read differently; entities and escapes written
        // in full width (`＆＃１０３；`) are read once width is folded.
        const wide = WIDE_FORMS.test(text) ? text.normalize('NFKC') : text;
        if (!DECODABLE.test(wide))
            return false;
        const decoded = decodedView(wide).toLowerCase();
        return (this.runs.foundIn(decoded) ||
            this.bonesIn(skeleton(decoded)) ||
            (this.marks.size > 0 && this.spelledIn(punctuationKept(decoded))));
    }
    /**
     * Whether a text's skeleton holds a run of a secret's skeleton: as it is, or read taking
     * every second or every third character from each offset, so that a filler of one or two
     * letters or digits after each character of a secret (`gxhxpx_x…`, a changing letter each
     * time) hides it as separators do. Five more linear scans of the skeleton.
     */
    bonesIn(bones) {
        if (this.runs.foundIn(bones))
            return true;
        for (const step of STRIDES)
            for (let offset = 0; offset < step; offset++)
                if (this.runs.foundIn(bones, step, offset))
                    return true;
        return false;
    }
    /**
     * Whether a text folded by punctuationKept holds a run of a secret of few letters and
     * digits: as it is, or read with every character the secret does not hold dropped (a dot,
     * a slash, a letter put between its characters). One pass per such secret (a proxy's
     * password, say: a run has one or two).
     */
    spelledIn(folded) {
        if (this.marks.foundIn(folded))
            return true;
        for (const { chars, runs } of this.spelled) {
            const codes = new Uint16Array(folded.length);
            let n = 0;
            for (let i = 0; i < folded.length; i++) {
                const c = folded.charCodeAt(i);
                if (chars.has(c))
                    codes[n++] = c;
            }
            if (n >= WINDOW && runs.foundIn(Buffer.from(codes.buffer, 0, n * 2).toString('utf16le')))
                return true;
        }
        return false;
    }
    /**
     * One pass over the text, not one per value (a fleet's run has thousands of them). A
     * value shorter than WINDOW counts only as a whole word: never inside a longer one.
     */
    hasExact(text) {
        for (let at = 0; at + EXACT_KEY <= text.length; at++) {
            const values = this.exact.get(keyAt(text, at));
            if (values)
                for (const value of values)
                    if (text.startsWith(value, at) &&
                        (value.length >= WINDOW ||
                            (!isWordChar(text, at - 1) && !isWordChar(text, at + value.length))))
                        return true;
        }
        return false;
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


/***/ }),

/***/ 5610:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A4: () => (/* binding */ trimToken),
/* harmony export */   EE: () => (/* binding */ pastedTokens),
/* harmony export */   Xb: () => (/* binding */ tokenLengthProblem),
/* harmony export */   q_: () => (/* binding */ tokenCharacterProblem),
/* harmony export */   qc: () => (/* binding */ tokenForm),
/* harmony export */   xV: () => (/* binding */ TOKEN_PREFIX)
/* harmony export */ });
/* unused harmony exports MIN_TOKEN_LENGTH, MAX_TOKEN_LENGTH */
/* harmony import */ var _base_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2854);
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
/** A token's kind prefix (FORMS above), anywhere in a word, in any case. */
const TOKEN_PREFIX = /gh[pousr]_|github_pat_|AT(?:CTT|ATT|BB)/i;
/**
 * A token as providers issue it, in a longer text: its prefix at the start of a word and at
 * least 16 token characters after it (real ones have 28 or more). Stricter than
 * TOKEN_PREFIX, so that a name such as `acme/weighs_tools` is not taken for one.
 */
const ISSUED_TOKEN = /(?<![A-Za-z0-9])(?:gh[pousr]_[A-Za-z0-9_]{16,}|github_pat_[A-Za-z0-9_]{16,}|AT(?:CTT|ATT|BB)[A-Za-z0-9_=+/-]{16,})/g;
/**
 * What in configuration values may be a token pasted in the wrong place: every token with
 * a provider's prefix (`ghp_…`, `ATBB…`, ...) in `anywhere`, and every random-looking word in
 * `noneValid`, the values of options no such word is valid for (a mode, a flag, a number).
 * A message quoting the value must not show the token.
 */
function pastedTokens(anywhere, noneValid = []) {
    const words = [...noneValid].flatMap((value) => (value ?? '').split(/[\s,;"'`]+/));
    return [
        ...[...anywhere].flatMap((value) => value?.match(ISSUED_TOKEN) ?? []),
        ...words.filter(_base_index_js__WEBPACK_IMPORTED_MODULE_0__/* .looksRandom */ .EZ),
    ];
}
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
/** The shortest token any provider issues: a Bitbucket app password (20 characters). */
const MIN_TOKEN_LENGTH = 20;
/** Longer than any token issued (a GitHub App installation token, the longest, is about 520). */
const MAX_TOKEN_LENGTH = 4096;
/**
 * Why a (trimmed) token cannot be one by its length, in words that never show any part
 * of it; undefined when its length is one a token has. A connection or secret ARN is not
 * judged here.
 */
function tokenLengthProblem(token) {
    if (token.startsWith('arn:'))
        return undefined;
    if (token.length < MIN_TOKEN_LENGTH)
        return `is ${token.length} characters long, shorter than any token a provider issues (the shortest, a Bitbucket app password, has ${MIN_TOKEN_LENGTH})`;
    if (token.length > MAX_TOKEN_LENGTH)
        return `is ${token.length} characters long, longer than any token a provider issues (at most ${MAX_TOKEN_LENGTH} are taken; the longest, a GitHub App installation token, has about 520)`;
    return undefined;
}


/***/ }),

/***/ 1245:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EM: () => (/* binding */ proxySettings),
/* harmony export */   EU: () => (/* binding */ throughProxy),
/* harmony export */   GK: () => (/* binding */ describeProxy),
/* harmony export */   Ne: () => (/* binding */ ProxyRefusedError),
/* harmony export */   PW: () => (/* binding */ proxyUserInfoProblem),
/* harmony export */   Pr: () => (/* binding */ parseProxyUrl),
/* harmony export */   d: () => (/* binding */ addProxySecrets),
/* harmony export */   iJ: () => (/* binding */ proxyFor)
/* harmony export */ });
/* unused harmony export proxyCredentials */
/* harmony import */ var _base_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8858);

/** The proxy variables of `env`, or undefined when no proxy is set. Lower case wins, as in @actions/http-client. */
function proxySettings(env = process.env) {
    const https = proxyVariable(env, 'https_proxy', 'HTTPS_PROXY');
    const http = proxyVariable(env, 'http_proxy', 'HTTP_PROXY');
    if (!https && !http)
        return undefined;
    const noProxy = (env.no_proxy || env.NO_PROXY || '')
        .split(',')
        .map((entry) => entry.trim().toUpperCase())
        .filter(Boolean);
    return { https, http, noProxy };
}
function proxyVariable(env, lower, upper) {
    const variable = env[lower] ? lower : env[upper] ? upper : undefined;
    const value = variable ? env[variable].trim() : '';
    if (!variable || !value)
        return undefined;
    const url = parseProxyUrl(value);
    return url ? { url, variable } : undefined;
}
/**
 * A proxy URL; `host:port` means `http://host:port`. Undefined when it is not an http(s) URL
 * with a host, or when its user name or password is not valid percent-encoding (a bare `%`),
 * which the proxy agents decode as they connect and would fail on there.
 */
function parseProxyUrl(value) {
    try {
        const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`);
        if (!(url.protocol === 'http:' || url.protocol === 'https:') || !url.hostname)
            return undefined;
        decodeURIComponent(url.username);
        decodeURIComponent(url.password);
        return url;
    }
    catch {
        return undefined;
    }
}
/** Why a proxy URL parseProxyUrl refuses cannot be read, when it is its user information. */
function proxyUserInfoProblem(value) {
    return /^[^/?#]*@/.test(value.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')) &&
        /%(?![0-9a-f]{2})/i.test(value)
        ? 'its user name or password holds a % that does not start an escape: write % as %25 (and @ as %40, : as %3A, / as %2F)'
        : undefined;
}
/** The proxy a call to `target` goes through, or undefined when it goes direct. */
function proxyFor(settings, target) {
    if (!settings)
        return undefined;
    const proxy = target.protocol === 'https:' ? settings.https : settings.http;
    return proxy && !bypasses(settings, target) ? proxy : undefined;
}
/**
 * NO_PROXY as @actions/http-client reads it: loopback always goes direct; `*` matches
 * every host; an entry matches the host itself, any host under it (`example.com` and
 * `.example.com` both match `api.example.com`), or `host:port`.
 */
function bypasses(settings, { protocol, hostname, port }) {
    if (!hostname)
        return false;
    const host = hostname.toUpperCase();
    if (isLoopback(host))
        return true;
    const number = port ? Number(port) : protocol === 'http:' ? 80 : 443;
    const hosts = [host, `${host}:${number}`];
    return settings.noProxy.some((entry) => entry === '*' ||
        hosts.some((h) => h === entry || h.endsWith(`.${entry}`) || (entry.startsWith('.') && h.endsWith(entry))));
}
function isLoopback(host) {
    return (host === 'LOCALHOST' ||
        host.startsWith('127.') ||
        host.startsWith('[::1]') ||
        host === '::1' ||
        host.startsWith('[0:0:0:0:0:0:0:1]'));
}
/** The proxy without its credentials, for messages: `http://proxy.example:3128`. */
function describeProxy(proxy) {
    return `${proxy.url.protocol}//${proxy.url.host} (${proxy.variable})`;
}
/**
 * The proxy refused the call, which never reached its server: a CONNECT answered with a
 * refusal (407, 403, 502...), or a plain http request (absolute form) answered 407.
 */
class ProxyRefusedError extends Error {
    target;
    status;
    code = 'PROXY_REFUSED';
    constructor(proxy, 
    /** host:port the call was for. */
    target, status, statusText) {
        super(`the proxy ${describeProxy(proxy)} refused the connection to ${target}: ${status}${statusText ? ` ${(0,_base_index_js__WEBPACK_IMPORTED_MODULE_0__/* .outside */ .qY)(statusText)}` : ''}`);
        this.target = target;
        this.status = status;
        this.name = 'ProxyRefusedError';
    }
}
/**
 * The credentials in the proxy variables (and any further proxy URLs), decoded: they are
 * secrets. Without a password, the user name is the credential (a token as user name).
 */
function proxyCredentials(env, ...more) {
    const values = [env.https_proxy, env.HTTPS_PROXY, env.http_proxy, env.HTTP_PROXY, ...more].filter((v) => Boolean(v?.trim()));
    const found = [];
    for (const value of values) {
        const url = parseProxyUrl(value.trim());
        if (url?.password || url?.username) {
            found.push({
                username: (0,_base_index_js__WEBPACK_IMPORTED_MODULE_0__/* .safeDecode */ .ex)(url.username),
                password: (0,_base_index_js__WEBPACK_IMPORTED_MODULE_0__/* .safeDecode */ .ex)(url.password),
            });
        }
    }
    return found;
}
/** Registers the proxies' credentials (proxyCredentials) with the run's secrets, in every form they travel in. */
function addProxySecrets(secrets, env, ...more) {
    for (const { username, password } of proxyCredentials(env, ...more)) {
        if (!password) {
            secrets.add(username);
            continue;
        }
        secrets.add(password);
        // Proxy-Authorization: Basic base64(user:password).
        secrets.addBasic(username, password);
    }
}
/**
 * For a failure's message: the proxy a call to `url` went through, or '' when none did.
 * The proxy's credentials are left out.
 */
function throughProxy(url, env = process.env) {
    if (!url)
        return '';
    let target;
    try {
        target = new URL(url);
    }
    catch {
        return '';
    }
    const proxy = proxyFor(proxySettings(env), target);
    return proxy
        ? ` The call went through the proxy ${describeProxy(proxy)}: check the proxy, and NO_PROXY.`
        : '';
}


/***/ }),

/***/ 6232:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AU: () => (/* binding */ answerTooLarge),
/* harmony export */   GS: () => (/* binding */ NestingGauge),
/* harmony export */   b1: () => (/* binding */ originRefused),
/* harmony export */   cC: () => (/* binding */ WireError),
/* harmony export */   cW: () => (/* binding */ isLoopbackHost),
/* harmony export */   d2: () => (/* binding */ clearTextPeer),
/* harmony export */   eA: () => (/* binding */ malformedAnswer),
/* harmony export */   gB: () => (/* binding */ MAX_ANSWER_BYTES),
/* harmony export */   iH: () => (/* binding */ clearTextUrl)
/* harmony export */ });
/* unused harmony export MAX_NESTING */
/* harmony import */ var _proxy_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1245);
/* harmony import */ var _base_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8858);
// What the product accepts on the wire, whoever answers: a bounded answer, shallow
// enough to parse, well-formed HTTP; and a credential never leaves in clear text.
// Shared by the GitHub/Bitbucket transport (http.ts), the AWS SDK's request handler
// (aws-http.ts) and the configuration (config.ts). No node:* import: config loads it.


/** The most one answer may hold. The largest real one (a page of 100 CodeBuild projects) is far below. */
const MAX_ANSWER_BYTES = 1024 * 1024;
/** JSON or XML nested deeper than this is refused before any parser sees it: parsers with a reviver recurse per level. */
const MAX_NESTING = 128;
/**
 * An answer refused for what it is (too large, too deep, not valid HTTP), or a request
 * refused before it left. Its message names the service and says what happened; it is
 * never shown as an HTTP status.
 */
class WireError extends Error {
    code;
    /** The message as made here: the AWS SDK appends its own hints to `message`. */
    reason;
    constructor(message, code, options) {
        super(message, options);
        this.code = code;
        this.name = 'WireError';
        this.reason = message;
    }
}
/**
 * A request refused before it left: `url` (from a pagination link, a redirect, a `next` URL)
 * is not on the API's origin, where alone the credential goes.
 */
function originRefused(service, url, origin) {
    return new WireError(`the request to ${service} was not sent: it was pointed at ${(0,_base_index_js__WEBPACK_IMPORTED_MODULE_0__/* .outside */ .qY)(url.origin, 120)} (by a pagination link, a redirect or a next-page URL in an answer), which is not the configured API's origin ${origin}, and the credential goes only there`, 'ORIGIN_REFUSED');
}
function answerTooLarge(service) {
    return new WireError(`${service} answered with more than ${MAX_ANSWER_BYTES / 1024 / 1024} MiB, so the answer was abandoned`, 'ANSWER_TOO_LARGE');
}
/** Node's HTTP parser errors (HPE_*), in words. */
const PARSE_ERRORS = {
    HPE_HEADER_OVERFLOW: 'too many headers, more than 16 KiB',
    HPE_CHUNK_EXTENSIONS_OVERFLOW: 'chunk extensions too long',
    HPE_INVALID_CHUNK_SIZE: 'an invalid chunk size',
    HPE_INVALID_CONSTANT: 'not HTTP',
    HPE_INVALID_VERSION: 'an invalid HTTP version',
    HPE_INVALID_STATUS: 'an invalid status line',
    HPE_INVALID_HEADER_TOKEN: 'an invalid header',
    HPE_INVALID_CONTENT_LENGTH: 'an invalid Content-Length',
    HPE_UNEXPECTED_CONTENT_LENGTH: 'both Content-Length and chunked encoding',
    HPE_INVALID_TRANSFER_ENCODING: 'an invalid Transfer-Encoding',
    HPE_LF_EXPECTED: 'a malformed line ending',
    HPE_CR_EXPECTED: 'a malformed line ending',
};
/** A low-level HTTP parse error (code HPE_*) as a WireError naming the service; undefined for any other error. */
function malformedAnswer(service, error) {
    const code = error?.code;
    if (typeof code !== 'string' || !code.startsWith('HPE_'))
        return undefined;
    const what = PARSE_ERRORS[code] ?? 'an invalid HTTP answer';
    return new WireError(`${service} sent a malformed answer: ${what} (${code})`, 'ANSWER_MALFORMED', {
        cause: error,
    });
}
/**
 * Counts how deep a body nests, as its parser would: `{`/`[` in JSON (outside strings),
 * elements in XML. Linear and iterative, so it cannot overflow the stack itself. Returns
 * a WireError when it nests deeper than MAX_NESTING.
 */
class NestingGauge {
    service;
    kind;
    depth = 0;
    inString = false;
    escaped = false;
    /** XML: the previous byte was `<`. */
    afterLt = false;
    /** XML: the previous byte was `/` (a `/>` closes the element). */
    afterSlash = false;
    constructor(service) {
        this.service = service;
    }
    /** Feeds the next bytes; returns a WireError once the nesting is too deep. */
    feed(chunk) {
        for (const byte of chunk) {
            if (this.kind === undefined) {
                if (byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09)
                    continue;
                this.kind = byte === 0x7b || byte === 0x5b ? 'json' : byte === 0x3c ? 'xml' : 'other';
            }
            if (this.kind === 'other')
                return undefined;
            const deeper = this.kind === 'json' ? this.json(byte) : this.xml(byte);
            if (deeper && this.depth > MAX_NESTING) {
                return new WireError(`${this.service} answered with ${this.kind === 'json' ? 'JSON' : 'XML'} nested more than ${MAX_NESTING} levels deep, which no answer of its API has`, 'ANSWER_TOO_DEEP');
            }
        }
        return undefined;
    }
    json(byte) {
        if (this.inString) {
            if (this.escaped)
                this.escaped = false;
            else if (byte === 0x5c)
                this.escaped = true;
            else if (byte === 0x22)
                this.inString = false;
            return false;
        }
        if (byte === 0x22)
            this.inString = true;
        else if (byte === 0x7b || byte === 0x5b) {
            this.depth++;
            return true;
        }
        else if (byte === 0x7d || byte === 0x5d)
            this.depth--;
        return false;
    }
    xml(byte) {
        let deeper = false;
        if (this.afterLt) {
            // `<name` opens; `</`, `<?`, `<!` do not.
            if (byte === 0x2f)
                this.depth--;
            else if (byte !== 0x3f && byte !== 0x21) {
                this.depth++;
                deeper = true;
            }
        }
        else if (byte === 0x3e && this.afterSlash)
            this.depth--; // `/>`
        this.afterLt = byte === 0x3c;
        this.afterSlash = byte === 0x2f;
        return deeper;
    }
}
/** A host on this machine: an emulator or a stand-in, which plain http cannot expose. */
function isLoopbackHost(hostname) {
    return /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i.test(hostname.replace(/\.$/, ''));
}
/**
 * Plain http to a host that is not this machine would carry the credential in clear
 * text: then the https form of `url` to use instead; otherwise undefined.
 */
function clearTextUrl(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return undefined;
    }
    if (parsed.protocol !== 'http:' || isLoopbackHost(parsed.hostname))
        return undefined;
    return url.trim().replace(/^http:/i, 'https:');
}
/**
 * Where plain http to `url` would carry a credential in clear text off this machine: its
 * host, or the proxy on another machine it would go through (a name such as `localhost.` is
 * this machine here but not to NO_PROXY's loopback rule); undefined when it stays here.
 */
function clearTextPeer(url, env = process.env) {
    if (clearTextUrl(url))
        return new URL(url).host;
    const parsed = URL.canParse(url) ? new URL(url) : undefined;
    if (parsed?.protocol !== 'http:')
        return undefined;
    const proxy = (0,_proxy_js__WEBPACK_IMPORTED_MODULE_1__/* .proxyFor */ .iJ)((0,_proxy_js__WEBPACK_IMPORTED_MODULE_1__/* .proxySettings */ .EM)(env), parsed);
    return proxy && !isLoopbackHost(proxy.url.hostname)
        ? `the proxy ${(0,_proxy_js__WEBPACK_IMPORTED_MODULE_1__/* .describeProxy */ .GK)(proxy)}`
        : undefined;
}


/***/ }),

/***/ 3506:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ paint),
/* harmony export */   q: () => (/* binding */ colourWanted)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
// The pipe's colours, as Atlassian's pipes show them: ✔ green, ✖ red, ⚠ yellow, headings
// bold. Only the terminal gets them: the report file and the JSON are written from the
// report, never from these lines.

// Whether to colour at all is colourWanted's decision, not the stream's: Bitbucket's log is
// not a terminal, yet shows colour.
const wrap = (text, colour) => (0,node_util__WEBPACK_IMPORTED_MODULE_0__.styleText)(colour, text, { validateStream: false });
/**
 * Colour is on in a terminal and in Bitbucket Pipelines (`CI` is set: the pipe's stdout is
 * not a terminal there, yet the log shows colour). NO_COLOR (https://no-color.org, any
 * value) turns it off everywhere; otherwise FORCE_COLOR turns it on anywhere (and off when
 * it is `0` or `false`), as Node and most tools read it.
 */
function colourWanted(env, isTTY) {
    if (env.NO_COLOR)
        return false;
    if (env.FORCE_COLOR)
        return !['0', 'false'].includes(env.FORCE_COLOR.trim().toLowerCase());
    return Boolean(isTTY) || Boolean(env.CI);
}
/** The colour of one line of the pipe's output, by how it starts. */
function paintLine(line) {
    if (/^\s*✔/.test(line))
        return wrap(line, 'green');
    if (/^\s*✖|^Error:/.test(line))
        return wrap(line, 'red');
    if (/^\s*⚠|^Warning:|^Drift \(/.test(line))
        return wrap(line, 'yellow');
    // A heading: a line that is only a title and a colon, or the token's title.
    if (/^[A-Z][^:]*:$/.test(line))
        return wrap(line, 'bold');
    if (line.startsWith('Token: '))
        return `${wrap('Token:', 'bold')}${line.slice(6)}`;
    return line;
}
/** Colours each line of `text` (as written to stdout or stderr, newlines kept). */
function paint(text) {
    return text
        .split('\n')
        .map((line) => (line ? paintLine(line) : line))
        .join('\n');
}


/***/ }),

/***/ 8680:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _core_base_index_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9754);
/* harmony import */ var _core_base_index_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(242);
/* harmony import */ var _colour_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3506);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4450);



// Colour is added here, last, to what is already redacted; files never see it.
const shown = (text, isTTY) => (0,_colour_js__WEBPACK_IMPORTED_MODULE_0__/* .colourWanted */ .q)(process.env, isTTY) ? (0,_colour_js__WEBPACK_IMPORTED_MODULE_0__/* .paint */ .n)(text) : text;
// What the AWS SDK started (a profile's credential_process) ends with the run.
process.on('exit', _core_base_index_js__WEBPACK_IMPORTED_MODULE_1__/* .endChildren */ .PH);
let code;
try {
    code = await (0,_main_js__WEBPACK_IMPORTED_MODULE_2__/* .runPipe */ .G)({
        env: process.env,
        argv: process.argv.slice(2),
        stdout: (text) => process.stdout.write(shown(text, process.stdout.isTTY)),
        stderr: (text) => process.stderr.write(shown(text, process.stderr.isTTY)),
        watchdog: true,
    });
}
catch (error) {
    // A bug: Node prints its stack, mapped to src/.
    await (0,_core_base_index_js__WEBPACK_IMPORTED_MODULE_3__/* .loadSourceMaps */ .V)();
    throw error;
}
// The report is out (stdout and stderr are synchronous for files and pipes on Linux):
// exit now, so that a call abandoned at the deadline or on SIGTERM cannot keep the step alive,
// even one held in Node's thread pool.
(0,_core_base_index_js__WEBPACK_IMPORTED_MODULE_1__/* .exitProcess */ ._p)(code);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 4450:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  G: () => (/* binding */ runPipe)
});

// EXTERNAL MODULE: ./src/core/aws/credentials.ts
var credentials = __nccwpck_require__(2167);
// EXTERNAL MODULE: ./src/core/base/version.ts + 1 modules
var version = __nccwpck_require__(5127);
// EXTERNAL MODULE: ./src/core/base/errors.ts
var errors = __nccwpck_require__(2074);
// EXTERNAL MODULE: ./src/core/base/random-words.ts
var random_words = __nccwpck_require__(2854);
// EXTERNAL MODULE: ./src/core/base/outside.ts
var outside = __nccwpck_require__(8858);
// EXTERNAL MODULE: ./src/core/base/options.ts
var base_options = __nccwpck_require__(3363);
;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./src/core/base/compile-cache.ts
// Node's compile cache, in a folder only this user can write, or off. Node's default
// (`$TMPDIR/node-compile-cache`) is a path anyone on the machine can create first: a
// named pipe planted in it hangs every later run at start, before any deadline, and a
// cache file planted there would be trusted. Ours is per user, created 0700 and checked:
// a folder of another owner, a link, or one that others may write turns the cache off.
// A namespace import: Node releases without the function (before 22.1) load this file too.




/**
 * The folder the compile cache may use, undefined when it may not: per user under the
 * OS temp folder, created 0700, and then checked (a real folder, ours, written by no one
 * else). Reads and creates only folders: nothing here can block.
 */
function ownCompileCacheDir(temp = (0,external_node_os_.tmpdir)()) {
    const uid = process.getuid?.();
    const dir = (0,external_node_path_.join)(temp, `codebuild-credential-sync-${uid ?? 'user'}`, 'compile-cache');
    try {
        (0,external_node_fs_.mkdirSync)(dir, { recursive: true, mode: 0o700 });
        for (const path of [(0,external_node_path_.join)(dir, '..'), dir]) {
            const stats = (0,external_node_fs_.lstatSync)(path);
            if (!stats.isDirectory())
                return undefined; // a link or anything else
            if (uid !== undefined && stats.uid !== uid)
                return undefined;
            if (process.platform !== 'win32' && (stats.mode & 0o077) !== 0)
                return undefined;
        }
        return dir;
    }
    catch {
        return undefined;
    }
}
/**
 * Turns the compile cache on in our own folder (see above), or leaves it off. A cache the
 * user chose (NODE_COMPILE_CACHE) is Node's, on before any of our code runs;
 * NODE_DISABLE_COMPILE_CACHE keeps it off.
 */
function enableOwnCompileCache() {
    if (process.env.NODE_COMPILE_CACHE || process.env.NODE_DISABLE_COMPILE_CACHE)
        return;
    const dir = ownCompileCacheDir();
    if (dir)
        external_node_module_namespaceObject.enableCompileCache?.(dir);
}

// EXTERNAL MODULE: ./src/core/base/similar.ts
var similar = __nccwpck_require__(308);
// EXTERNAL MODULE: ./src/core/trust/token-form.ts
var token_form = __nccwpck_require__(5610);
// EXTERNAL MODULE: ./src/core/wire/wire.ts
var wire = __nccwpck_require__(6232);
// EXTERNAL MODULE: ./src/core/base/file-kind.ts
var file_kind = __nccwpck_require__(6514);
;// CONCATENATED MODULE: ./src/core/config/report-path.ts
// Where the report file may go, checked while the configuration is read (before any
// call): only a regular file or a new path in a writable folder, never one of the
// runner's own files. Reads only: nothing here creates or opens a file.



/** The runner's own files: a report written over one would replace the step's outputs, environment or summary. */
const RUNNER_FILES = [
    'GITHUB_OUTPUT',
    'GITHUB_ENV',
    'GITHUB_STEP_SUMMARY',
    'GITHUB_PATH',
    'GITHUB_STATE',
];
/** The runner's files this step has, by variable name, from the environment. */
function runnerFilesIn(env) {
    return Object.fromEntries(RUNNER_FILES.flatMap((name) => (env[name] ? [[name, env[name]]] : [])));
}
/**
 * Why the report could not be written to `path`, found before any call (so a bad path
 * never turns a finished import into a failure); undefined when it can. Only a regular
 * file or a new path will do: a FIFO would block the write (past the deadline and
 * SIGTERM), a device would swallow or refuse it. A symlink is fine: the write replaces
 * the link, never what it points to. Reads only (lstat, never open): nothing is created
 * here, and nothing here can block.
 */
function reportPathProblem(path, runnerFiles = {}) {
    const target = (0,external_node_path_.resolve)(path);
    const existing = lstatOrUndefined(target);
    if (existing && !existing.isFile() && !existing.isSymbolicLink()) {
        const what = (0,file_kind/* kindOf */.I)(existing);
        return `is ${path}, which is ${what}: name a regular file${existing.isDirectory() ? ' in it' : ''}.`;
    }
    // /dev/stdout, /proc/self/fd/1: the system's folders of devices and processes hold no
    // report (a new file cannot be made there, and as root the write would replace the
    // system's own link).
    const system = systemFolder(target) ?? systemFolder(canonical(target));
    if (system)
        return `is ${path}, which is in ${system}, the system's folder of devices and processes, not of files: name a regular file in a folder you can write (e.g. report.json), and print it from there if you want it in the log.`;
    // A link is replaced by the report, never followed: one to something that is not a file
    // (a terminal, a pipe, a device) was surely meant to be written through, which it is not.
    const linked = existing?.isSymbolicLink() ? (0,file_kind/* statOrUndefined */.md)(target) : undefined;
    if (linked && !linked.isFile())
        return `is ${path}, a link to ${(0,file_kind/* kindOf */.I)(linked)}: the report replaces a link, it never writes through one. Name a regular file.`;
    for (const [name, file] of Object.entries(runnerFiles)) {
        if (samePath(target, existing, file)) {
            return `is ${path}, which is the runner's ${name} file: writing the report there would replace what the step wrote to it. Name another file.`;
        }
    }
    // The report is written to a new file beside it and renamed over it: the nearest
    // existing folder above it must be a folder we may write in.
    let dir = (0,external_node_path_.dirname)(target);
    while (!lstatOrUndefined(dir) && (0,external_node_path_.dirname)(dir) !== dir)
        dir = (0,external_node_path_.dirname)(dir);
    const found = (0,file_kind/* statOrUndefined */.md)(dir);
    if (!found?.isDirectory())
        return `is ${path}, but ${dir} is a file, not a folder: name a path in a folder.`;
    if (!writable(dir))
        return `is ${path}, but the folder ${dir} cannot be written.`;
    return undefined;
}
/** The system's virtual folders, which hold devices and processes, never a report. */
const SYSTEM_FOLDERS = ['/dev', '/proc', '/sys'];
/** The system folder `path` is in, if any. */
function systemFolder(path) {
    return SYSTEM_FOLDERS.find((folder) => path === folder || path.startsWith(`${folder}/`));
}
/** The same file: the same path once folders' links are resolved, or the same inode. */
function samePath(target, targetStats, other) {
    const otherPath = (0,external_node_path_.resolve)(other);
    if (canonical(otherPath) === canonical(target))
        return true;
    const otherStats = (0,file_kind/* statOrUndefined */.md)(otherPath);
    return Boolean(targetStats &&
        otherStats &&
        targetStats.isFile() &&
        targetStats.dev === otherStats.dev &&
        targetStats.ino === otherStats.ino);
}
/** The path with its folder's links resolved (the file itself may not exist yet). */
function canonical(path) {
    try {
        return (0,external_node_path_.join)((0,external_node_fs_.realpathSync)((0,external_node_path_.dirname)(path)), (0,external_node_path_.basename)(path));
    }
    catch {
        return path;
    }
}
function lstatOrUndefined(path) {
    try {
        return (0,external_node_fs_.lstatSync)(path);
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

;// CONCATENATED MODULE: ./src/core/config/checks.ts
// The checks across options, over the built Config: combinations CodeBuild or the providers
// would reject, caught before any call.



/** Every problem of the options taken together, in a fixed order (tests read the first). */
function crossFieldProblems(c, r, given) {
    r.problems.push(...deleteProblems(c, r, given.explicitServerType));
    r.problems.push(...combinationProblems(c, r, given));
    const merge = r.set('mode', 'merge');
    if (c.mode === 'merge' && c.reports.length === 0)
        r.problem(`${r.label('reports')} is required with ${merge}: the report files of the shards, as paths or globs (e.g. ${r.set('reports', 'reports/*/report.json')}).`);
    if (c.mode !== 'merge' && c.reports.length > 0)
        r.problem(`${r.label('reports')} is only used with ${merge}.`);
    if (c.mode === 'merge' && c.shard && r.given('shard'))
        r.problem(`${r.label('shard')} is for the shards' runs; ${merge} combines all of them.`);
    const unwritable = c.reportFile && reportPathProblem(c.reportFile, r.source.runnerFiles);
    if (unwritable)
        r.problem(`${r.label('reportFile')} ${unwritable}`);
}
/**
 * `delete` removes what it finds: it never acts on a server type it guessed (the pipe's default
 * is bitbucket, the Action's github), and a token given with it must agree with the type.
 */
function deleteProblems(c, r, explicitServerType) {
    if (c.mode !== 'delete')
        return [];
    if (!explicitServerType) {
        const form = c.token ? (0,token_form/* tokenForm */.qc)(c.token) : undefined;
        const likely = form?.provider === 'bitbucket'
            ? 'bitbucket'
            : form?.provider === 'github'
                ? 'github'
                : undefined;
        return [
            `${r.label('serverType')} is required for mode delete, which deletes that server type's credential in every region named: set ${likely ? r.set('serverType', likely) : `${r.set('serverType', 'github')}, github-enterprise or bitbucket`}.`,
        ];
    }
    const form = c.token ? (0,token_form/* tokenForm */.qc)(c.token) : undefined;
    const isGitHub = c.serverType !== 'BITBUCKET';
    if (form && form.provider !== 'aws' && (form.provider === 'github') !== isGitHub)
        return [
            `${r.label('token')} looks like ${/^[AEIOU]/.test(form.description) ? 'an' : 'a'} ${form.description} (${form.prefix}…), but ${r.label('serverType')} is ${c.serverType.toLowerCase().replace(/_/g, '-')}: delete needs no token; remove it, or set the server type whose credential to delete.`,
        ];
    return [];
}
/** Combinations CodeBuild or the providers would reject, caught before any call. */
function combinationProblems(c, r, given) {
    const problems = [];
    const isGitHub = c.serverType !== 'BITBUCKET';
    // Only sync and check use the token (and so the auth type, username and provider URL).
    const usesToken = c.mode === 'sync' || c.mode === 'check';
    const formProblem = usesToken ? tokenFormProblem(c, r, given) : undefined;
    if (formProblem)
        problems.push(formProblem);
    if (c.authType === 'OAUTH' && usesToken) {
        problems.push(`${r.label('authType')} OAUTH cannot be set through the CodeBuild API (only in the console). Use PERSONAL_ACCESS_TOKEN${isGitHub ? '' : ' or BASIC_AUTH'}.`);
    }
    if (c.authType === 'BASIC_AUTH') {
        if (isGitHub) {
            if (!formProblem)
                problems.push(`${r.label('authType')} BASIC_AUTH is only for Bitbucket app passwords and Atlassian API tokens; GitHub tokens use PERSONAL_ACCESS_TOKEN.`);
        }
        else if (!c.username && usesToken) {
            problems.push(`${r.label('username')} is required with ${r.label('authType')} BASIC_AUTH: set it to the Bitbucket username that owns the app password (for an Atlassian API token, your Atlassian account email).`);
        }
    }
    if (c.username && given.explicitAuthType && c.authType !== 'BASIC_AUTH' && !formProblem) {
        problems.push(`${r.label('username')} is only used with ${r.label('authType')} BASIC_AUTH; remove it, or set BASIC_AUTH for a Bitbucket app password.`);
    }
    if (c.username && isGitHub && !formProblem) {
        problems.push(`${r.label('username')} is only for Bitbucket app passwords; remove it for ${c.serverType}.`);
    }
    if ((c.authType === 'CODECONNECTIONS' || c.authType === 'SECRETS_MANAGER') &&
        c.token &&
        !formProblem) {
        const service = c.authType === 'CODECONNECTIONS'
            ? '(codeconnections|codestar-connections)'
            : 'secretsmanager';
        if (!new RegExp(`^arn:aws[a-z-]*:${service}:`).test(c.token)) {
            problems.push(c.authType === 'CODECONNECTIONS'
                ? `${r.label('token')} must be a connection ARN (arn:aws:codeconnections:REGION:ACCOUNT:connection/ID) with ${r.label('authType')} CODECONNECTIONS.`
                : `${r.label('token')} must be a Secrets Manager secret ARN (arn:aws:secretsmanager:REGION:ACCOUNT:secret:NAME) with ${r.label('authType')} SECRETS_MANAGER.`);
        }
    }
    if (usesToken)
        problems.push(...apiUrlProblems(c, r));
    return problems;
}
/**
 * A token given to the wrong provider or auth type, told by its form alone,
 * with the exact setting that fixes it. One problem at most: the first fix.
 */
function tokenFormProblem(c, r, { form, explicitServerType, explicitAuthType }) {
    if (!form)
        return undefined;
    const looks = `${r.label('token')} looks like ${/^[AEIOU]/.test(form.description) ? 'an' : 'a'} ${form.description} (${form.prefix}…)`;
    const serverType = `${r.label('serverType')} is ${c.serverType.toLowerCase().replace(/_/g, '-')}${explicitServerType ? '' : ' (the default)'}`;
    if (form.provider === 'github' && c.serverType === 'BITBUCKET') {
        return `${looks}, but ${serverType}: set ${r.set('serverType', 'github')} (GitHub Enterprise Server: ${r.set('serverType', 'github-enterprise')}).`;
    }
    if (form.provider === 'bitbucket' && c.serverType !== 'BITBUCKET') {
        return `${looks}, but ${serverType}: set ${r.set('serverType', 'bitbucket')}.`;
    }
    if (form.provider === 'aws') {
        const wanted = form.kind === 'connection-arn' ? 'CODECONNECTIONS' : 'SECRETS_MANAGER';
        if (c.authType !== wanted)
            return `${r.label('token')} is a ${form.description}, which CodeBuild takes with auth type ${wanted}: set ${r.set('authType', wanted)}${c.username ? ` and remove ${r.label('username')}` : ''}.`;
        return undefined;
    }
    if (form.kind === 'access-token' && c.username && c.authType === 'BASIC_AUTH') {
        return `${looks}, which is used without a username (Bearer auth; app passwords were the ones with a username): remove ${r.label('username')}${explicitAuthType ? ` and set ${r.set('authType', 'PERSONAL_ACCESS_TOKEN')}` : ''}.`;
    }
    if (form.kind === 'api-token' && c.authType !== 'BASIC_AUTH') {
        return `${looks}, which is used with Basic auth and your Atlassian account email: set ${r.set('username', 'you@example.com')}${explicitAuthType ? ` and ${r.set('authType', 'BASIC_AUTH')}` : ''} (or use a Bitbucket access token, ATCTT…, with no username).`;
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
function apiUrlProblems(c, r) {
    const problems = [];
    // The token goes with every call to the provider's URL: never in clear text off this machine.
    const key = c.serverType === 'BITBUCKET' ? 'bitbucketApiUrl' : 'githubApiUrl';
    const https = (0,wire/* clearTextUrl */.iH)(c[key]);
    if (https) {
        return [
            `${r.label(key)} is ${c[key]}: plain http would send the token in clear text to ${new URL(c[key]).host}. Use ${https} (plain http is accepted only on this machine: localhost, 127.0.0.1, [::1]).`,
        ];
    }
    const github = safeUrl(c.githubApiUrl);
    if (c.serverType === 'GITHUB_ENTERPRISE' && github) {
        if (/^((api|www)\.)?github\.com$/i.test(github.hostname)) {
            problems.push(`${r.label('githubApiUrl')} must point at your GitHub Enterprise Server (https://HOST/api/v3) when ${r.label('serverType')} is github-enterprise.`);
        }
        else if (!/\/api\/v3$/.test(github.pathname)) {
            c.apiUrlHint = `${r.label('githubApiUrl')} is ${c.githubApiUrl}; a GitHub Enterprise Server's REST API is under /api/v3: did you mean ${withPath(github, /\/api(\/v\d+)?$/, '/api/v3')}?`;
        }
    }
    if (c.serverType === 'GITHUB' && github && /\/api\/v3$/.test(github.pathname)) {
        // /api/v3 is where GitHub Enterprise Server serves its API; github.com never does.
        problems.push(`${r.label('githubApiUrl')} is ${c.githubApiUrl}, a GitHub Enterprise Server, but ${r.label('serverType')} is github, which CodeBuild uses for github.com: set ${r.set('serverType', 'github-enterprise')} (or, for a github.com token, ${r.set('githubApiUrl', 'https://api.github.com')}).`);
    }
    else if (c.serverType === 'GITHUB' &&
        github &&
        !/^api\.github\.com$/i.test(github.hostname) &&
        !(0,wire/* isLoopbackHost */.cW)(github.hostname) // a stand-in on this machine, not another GitHub
    ) {
        r.warn(`${r.label('githubApiUrl')} is ${c.githubApiUrl}, not https://api.github.com, while ${r.label('serverType')} is github: CodeBuild will use the credential for github.com. For a GitHub Enterprise Server, set ${r.set('serverType', 'github-enterprise')} and its https://HOST/api/v3 URL.`);
    }
    const bitbucket = safeUrl(c.bitbucketApiUrl);
    if (c.serverType === 'BITBUCKET' && bitbucket && !/\/2\.0$/.test(bitbucket.pathname)) {
        if (/^((api|www)\.)?bitbucket\.org$/i.test(bitbucket.hostname)) {
            // Bitbucket Cloud serves its REST API at api.bitbucket.org/2.0 and nowhere else.
            problems.push(`${r.label('bitbucketApiUrl')} is ${c.bitbucketApiUrl}, but Bitbucket Cloud's REST API is https://api.bitbucket.org/2.0: set ${r.set('bitbucketApiUrl', 'https://api.bitbucket.org/2.0')}.`);
        }
        else {
            c.apiUrlHint = `${r.label('bitbucketApiUrl')} is ${c.bitbucketApiUrl}; Bitbucket's REST API is under /2.0: did you mean ${withPath(bitbucket, /\/\d+(\.\d+)?$/, '/2.0')}?`;
        }
    }
    return problems;
}
/** The URL with a trailing `wrong` part of its path (a wrong version, say) replaced by `suffix`. */
function withPath(url, wrong, suffix) {
    return `${url.origin}${url.pathname.replace(/\/+$/, '').replace(wrong, '')}${suffix}`;
}
function safeUrl(text) {
    try {
        return new URL(text);
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/core/config/shard.ts
var shard = __nccwpck_require__(7218);
;// CONCATENATED MODULE: ./src/core/config/read-fleet.ts
// `accounts`, `role-name`, `exclude-accounts` and `shard`: checked alone and against
// `role-to-assume`.

const ACCOUNT_ID = /^\d{12}$/;
const OU_ID = /^ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}$/;
const ROLE_NAME = /^([\w+=,.@-]+\/)*[\w+=,.@-]{1,64}$/;
function readFleet(r, rolesToAssume) {
    const items = r.list('accounts');
    const shard = readShard(r, items.length > 0);
    const roleName = r.raw('roleName');
    const excludeAccounts = r.list('excludeAccounts');
    for (const id of excludeAccounts.filter((id) => !ACCOUNT_ID.test(id)))
        r.problem(`${r.label('excludeAccounts')} has "${id}", which is not a 12-digit AWS account ID.`);
    if (items.length === 0) {
        if (roleName)
            r.problem(`${r.label('roleName')} is only used with ${r.label('accounts')}: set ${r.set('accounts', 'organization')} (or account IDs, or ou:<ou-id>), or give whole role ARNs in ${r.label('rolesToAssume')}.`);
        if (excludeAccounts.length)
            r.problem(`${r.label('excludeAccounts')} is only used with ${r.label('accounts')}.`);
        return { excludeAccounts };
    }
    const accounts = accountsSource(r, items);
    roleNameProblems(r, roleName);
    if (rolesToAssume.length)
        r.problem(`${r.label('rolesToAssume')} and ${r.label('accounts')} both name accounts: use one. ${r.label('accounts')} with ${r.label('roleName')} builds each role ARN.`);
    return { accounts, roleName, excludeAccounts, ...(shard ? { shard } : {}) };
}
/** The part of the accounts this run works on: explicit, else (pipe) the parallel step's. */
function readShard(r, hasAccounts) {
    const text = r.given('shard');
    const read = text === undefined ? undefined : (0,shard/* parseShard */.uK)(text);
    if (typeof read === 'string')
        r.problem(`${r.label('shard')} ${read}`);
    else if (read && !hasAccounts)
        r.problem(`${r.label('shard')} splits the accounts of ${r.label('accounts')}, which is not set: set ${r.set('accounts', 'organization')} (or account IDs, or ou:<ou-id>), or leave ${r.label('shard')} out. The ambient account and ${r.label('rolesToAssume')} are not split.`);
    const chosen = typeof read === 'object' ? read : r.source.parallelStep;
    return chosen && chosen.count > 1 ? chosen : undefined;
}
/** Account IDs, `organization` or `ou:<ou-id>`: the last two stand alone. */
function accountsSource(r, items) {
    const label = r.label('accounts');
    const word = items.length === 1 ? items[0].toLowerCase() : undefined;
    if (word === 'organization')
        return { kind: 'organization' };
    if (word?.startsWith('ou:')) {
        const ou = items[0].slice(3);
        if (OU_ID.test(ou))
            return { kind: 'ou', ou };
        r.problem(`${label} has "${items[0]}": an OU is written ou:<ou-id>, the ID as Organizations shows it (ou-ab12-34cd56ef).`);
        return undefined;
    }
    const wrong = items.filter((id) => !ACCOUNT_ID.test(id));
    if (wrong.length === 0)
        return { kind: 'ids', ids: items };
    const valid = `12-digit account IDs, organization, or ou:<ou-id> (e.g. ou-ab12-34cd56ef)`;
    r.problem(`${label} has ${wrong.map((w) => `"${w}"`).join(', ')}: it takes ${valid}; organization and ou:<ou-id> stand alone.`);
    return undefined;
}
/** With `accounts`, the role's name (not its ARN: that is built for each account). */
function roleNameProblems(r, roleName) {
    if (!roleName)
        r.problem(`${r.label('roleName')} is required with ${r.label('accounts')}: the IAM role to assume in each account, e.g. ${r.set('roleName', 'codebuild-credential-sync')} (examples/cloudformation/member-role-stackset.yml creates it).`);
    else if (!ROLE_NAME.test(roleName) || roleName.startsWith('arn:'))
        r.problem(`${r.label('roleName')} is "${roleName}": give the role's name (e.g. codebuild-credential-sync, or path/name), not an ARN; the ARN is built for each account.`);
}

// EXTERNAL MODULE: ./src/core/config/regions.ts + 1 modules
var config_regions = __nccwpck_require__(5190);
// EXTERNAL MODULE: ./src/core/aws/found.ts
var found = __nccwpck_require__(2973);
// EXTERNAL MODULE: ./src/core/aws/arn.ts
var aws_arn = __nccwpck_require__(6342);
// EXTERNAL MODULE: ./src/core/wire/proxy.ts
var proxy = __nccwpck_require__(1245);
;// CONCATENATED MODULE: ./src/core/config/reader.ts


/**
 * The items of a list option, separated by commas, spaces or newlines. A YAML or JSON list
 * written into the string (`- a` on each line, `[a, b]`, `["a", "b"]`) gives the same
 * items: its markers, brackets and quotes are never part of a value.
 */
function listItems(text) {
    return text
        .trim()
        .replace(/^\[([\s\S]*)\]$/, '$1')
        .split(/[\s,]+/)
        .map((item) => item.replace(/^(["'])(.*)\1$/, '$2'))
        .filter((item) => item !== '' && item !== '-');
}
const TRUE = ['true', 'yes', '1', 'on'];
const FALSE = ['false', 'no', '0', 'off'];
/**
 * Reads options from one source by the table, with their defaults, and collects every problem
 * and warning on the way: the readers of each concern read through it, and `buildConfig`
 * refuses once at the end.
 */
class OptionReader {
    source;
    problems = [];
    warnings = [];
    platform;
    /** The mode as far as it can be told before it is checked: some defaults depend on it. */
    modeGuess;
    constructor(source) {
        this.source = source;
        this.platform = source.platform;
        const mode = this.spec('mode');
        const text = source.read(mode) ?? (0,base_options/* defaultIn */.jx)(mode, this.platform, 'sync') ?? 'sync';
        this.modeGuess = base_options/* MODES */.FN.find((m) => m === text.toLowerCase()) ?? 'sync';
    }
    spec(key) {
        return base_options/* OPTIONS */.lw.find((o) => o.key === key);
    }
    /** How this front door names the option: `DRY_RUN` or `input 'dry-run'`. */
    label(key) {
        return this.source.label(this.spec(key));
    }
    /** How to set an option to a value in this front door: `SERVER_TYPE=github` / `server-type: github`. */
    set(key, value) {
        const spec = this.spec(key);
        return this.platform === 'pipe' ? `${spec.env[0]}=${value}` : `${spec.input}: ${value}`;
    }
    /** The value the user gave, without a default. */
    given(key) {
        return this.source.read(this.spec(key));
    }
    /** The value given, else the table's default for this platform and mode. */
    raw(key) {
        return this.given(key) ?? (0,base_options/* defaultIn */.jx)(this.spec(key), this.platform, this.modeGuess);
    }
    sources(key) {
        return this.source.sources(this.spec(key));
    }
    blank(key) {
        return this.source.blank(this.spec(key));
    }
    problem(text) {
        this.problems.push(text);
    }
    /** A warning about the configuration: it shows no random-looking word the user wrote, as a refusal (ConfigError). */
    warn(text) {
        this.typed ??= (0,random_words/* typedRuns */.ZU)([...this.source.names(), ...base_options/* OPTIONS */.lw.map((o) => this.source.read(o))]);
        this.warnings.push((0,random_words/* withoutRandomWords */.Rk)(text, this.typed));
    }
    typed;
    /** `read()` on the platforms the table gives the option; `off` on the others. */
    onPlatform(key, read, off) {
        const platforms = this.spec(key).platforms;
        return !platforms || platforms.includes(this.platform) ? read() : off;
    }
    oneOf(key, valid, canon, shown = this.spec(key).values ?? valid) {
        const value = this.raw(key) ?? '';
        const found = valid.find((v) => canon(v) === canon(value));
        if (!found) {
            this.problem(`${this.label(key)} must be one of ${shown.join(', ')}; got "${value}".${(0,similar/* didYouMeanOneOf */.zf)(value, shown)}`);
        }
        return found ?? valid[0];
    }
    bool(key) {
        const value = (this.raw(key) ?? '').toLowerCase();
        if (TRUE.includes(value))
            return true;
        if (FALSE.includes(value))
            return false;
        this.problem(`${this.label(key)} must be true or false; got "${this.raw(key)}".${(0,similar/* didYouMeanOneOf */.zf)(value, ['true', 'false'])}`);
        return false;
    }
    url(key) {
        const value = this.raw(key) ?? '';
        if (URL.canParse(value) && /^https?:$/.test(new URL(value).protocol))
            return value.replace(/\/+$/, '');
        this.problem(`${this.label(key)} must be an http(s) URL, e.g. ${this.spec(key).default}; got "${value}".`);
        return value;
    }
    /** The items of a list, each once; a warning names the ones given twice. */
    list(key, text = this.raw(key), name = this.label(key)) {
        const items = listItems(text ?? '');
        const unique = [...new Set(items)];
        if (unique.length < items.length) {
            const twice = unique.filter((item) => items.indexOf(item) !== items.lastIndexOf(item));
            this.warn(`${name} names ${twice.join(', ')} more than once; each is used once.`);
        }
        return unique;
    }
    days(key) {
        const text = this.raw(key);
        if (text === undefined)
            return undefined;
        if (!/^\d+$/.test(text))
            this.problem(`${this.label(key)} must be a whole number of days (0 or more); got "${text}".`);
        return Number(text);
    }
    seconds(key, min, max) {
        const text = this.raw(key) ?? '';
        const value = Number(text);
        if (/^\d+$/.test(text) && value >= min && value <= max)
            return value;
        this.problem(`${this.label(key)} must be a whole number of seconds from ${min} to ${max}; got "${text}".`);
        return Number((0,base_options/* defaultIn */.jx)(this.spec(key), this.platform, this.modeGuess));
    }
    proxyUrl(key) {
        const text = this.raw(key);
        if (text && !(0,proxy/* parseProxyUrl */.Pr)(text)) {
            const why = (0,proxy/* proxyUserInfoProblem */.PW)(text);
            this.problem(`${this.label(key)} must be a proxy URL such as http://proxy.example.com:3128 (http or https, with a host)${why ? `; ${why}` : ''}.`);
        }
        return text;
    }
}

;// CONCATENATED MODULE: ./src/core/config/read-regions.ts
// The regions, the roles to assume and the one AWS partition they all live in.



/** The regions from the first source that sets them, each checked; `all` alone. */
function readRegions(r, mode, allowUnknown) {
    const { regions: named, regionLabel } = regionsFromSources(r);
    const allRegions = named.some((region) => region.toLowerCase() === 'all');
    if (allRegions && named.length > 1)
        r.problem(`${regionLabel} is "${named.join(', ')}": all stands alone (every region where CodeBuild is offered and the account has enabled), or name the regions without it.`);
    const regions = allRegions ? [] : named;
    if (regions.length === 0 && !allRegions && mode !== 'merge') {
        r.problem(`${r.label('regions')} is required: name one or more AWS regions, separated by commas, spaces or newlines (e.g. us-east-1,eu-west-1).`);
    }
    for (const region of regions) {
        const problem = regionProblem(r, regionLabel, region, allowUnknown);
        if (problem)
            r.problem(problem);
    }
    // One set of AWS credentials lives in one partition (aws, aws-cn, aws-us-gov, ...): it cannot
    // reach the regions of another, and a role ARN names its partition.
    const partitions = partitionsOf(regions, config_regions/* partitionOf */.iQ);
    if (partitions.size > 1) {
        r.problem(`${regionLabel} names regions of ${partitions.size} AWS partitions: ${byPartition(partitions)}. One set of AWS credentials reaches one partition only: name the regions of one, and run once per partition with its own credentials.`);
    }
    return { regions, allRegions, regionLabel, partitions };
}
/** The regions from the first source that sets them; a warning when another one disagrees. */
function regionsFromSources(r) {
    const [first, ...others] = r.sources('regions');
    if (!first)
        return { regions: [], regionLabel: r.label('regions') };
    // Region codes are lower case; `US-EAST-1` means us-east-1 (as `ALL` means all).
    const chosen = r.list('regions', foldRegionCase(first.value), first.label);
    const key = (items) => [...new Set(items)].sort().join(',');
    // configure-aws-credentials exports AWS_REGION and AWS_DEFAULT_REGION for every later step,
    // and a pipe's AWS_DEFAULT_REGION may be the repository's: an explicit setting simply wins.
    const differing = others.filter((o) => key(listItems(o.value.toLowerCase())) !== key(chosen) && (!first.explicit || o.explicit));
    if (differing.length > 0) {
        const ignored = differing.map((o) => `${o.label} (${listItems(o.value).join(', ')})`);
        r.warn(`${first.label} (${chosen.join(', ')}) is used; ${ignored.join(' and ')} ${differing.length === 1 ? 'is' : 'are'} ignored. Regions are read from ${regionPrecedence(r.platform)}; the first one set wins. Set only one.`);
    }
    return { regions: chosen, regionLabel: first.label };
}
/** What is wrong with one region's name, if anything: its separator, its shape, its partition. */
function regionProblem(r, regionLabel, region, allowUnknown) {
    const joined = (0,config_regions/* wrongSeparator */.Bi)(region);
    if (joined)
        return `${regionLabel} has "${region}": separate regions with commas (or spaces, or newlines), not "${joined.separator}": ${joined.parts.join(',')}.`;
    if (!found/* REGION_SHAPE */.jG.test(region))
        return `${regionLabel} has "${region}", which is not an AWS region name (e.g. us-east-1, eu-west-1).${(0,config_regions/* suggestFor */.YL)(region)}`;
    if ((0,config_regions/* isKnownRegion */.Kk)(region))
        return undefined;
    if (!allowUnknown)
        return `${regionLabel} has "${region}", which is not a region this release's AWS SDK knows.${(0,config_regions/* didYouMean */.au)(region)} If it is a region newer than this release, set ${r.set('allowUnknownRegions', 'true')}.`;
    if (!(0,config_regions/* partitionOf */.iQ)(region))
        return `${regionLabel} has "${region}", which fits no AWS partition's naming (us-, eu-, ap-, cn-, us-gov-, ...).${(0,config_regions/* didYouMean */.au)(region)}`;
    return undefined;
}
/** The items by the partition `partitionOfItem` gives them (the ones it gives none, left out). */
function partitionsOf(items, partitionOfItem) {
    const partitions = new Map();
    for (const item of items) {
        const partition = partitionOfItem(item);
        if (partition)
            partitions.set(partition, [...(partitions.get(partition) ?? []), item]);
    }
    return partitions;
}
function byPartition(map) {
    return [...map].map(([p, items]) => `${items.join(', ')} (${p})`).join('; ');
}
/** Role ARNs, each in the regions' partition. */
function readRoles(r, { partitions }) {
    const label = r.label('rolesToAssume');
    const roles = r.list('rolesToAssume');
    for (const role of roles.filter((arn) => !aws_arn/* ROLE_ARN */.x.test(arn)))
        r.problem(`${label} has "${role}", which is not an IAM role ARN (arn:aws:iam::123456789012:role/NAME).`);
    const regionPartition = partitions.size === 1 ? [...partitions.keys()][0] : undefined;
    const elsewhere = partitionsOf(roles, (role) => {
        const partition = aws_arn/* ROLE_ARN */.x.test(role) ? role.split(':')[1] : undefined;
        return regionPartition && partition !== regionPartition ? partition : undefined;
    });
    if (elsewhere.size > 0) {
        r.problem(`${label} has roles of another AWS partition than the regions (${regionPartition}): ${byPartition(elsewhere)}. A role is assumed in its own partition only: run once per partition, with its regions.`);
    }
    return roles;
}
/**
 * The partition roles are built in and, with `all`, the global services are called in: the
 * regions', else the caller's (the roles to assume, then its own region: AWS_REGION,
 * AWS_DEFAULT_REGION), else aws.
 */
function resolvePartition(r, regions, roles) {
    const caller = regions.regions[0] ? undefined : callerPartition(r, roles);
    const partition = (regions.regions[0] && (0,config_regions/* partitionOf */.iQ)(regions.regions[0])) || caller?.partition || 'aws';
    if (regions.allRegions && !config_regions/* FLEET_HOME_REGION */.Qx[partition])
        r.problem(`${regions.regionLabel} is all, which works in the ${Object.keys(config_regions/* FLEET_HOME_REGION */.Qx).join(', ')} partitions (where this release calls AWS Organizations, account:ListRegions and the public Systems Manager parameters); the caller is in ${partition}${caller?.from ? `, from ${caller.from}` : ''}. Name the regions instead.`);
    return partition;
}
function callerPartition(r, roles) {
    const role = roles.find((arn) => aws_arn/* ROLE_ARN */.x.test(arn));
    if (role)
        return { partition: role.split(':')[1], from: role };
    for (const other of r.sources('regions').slice(1))
        for (const region of listItems(other.value)) {
            const found = (0,config_regions/* partitionOf */.iQ)(region);
            if (found)
                return { partition: found, from: `${other.label} (${region})` };
        }
    return { partition: 'aws' };
}
/** `US-EAST-1` is us-east-1 and `ALL` is all; anything else is kept as typed, for messages. */
function foldRegionCase(text) {
    return text
        .split(/([\s,]+)/)
        .map((item) => {
        const folded = item.toLowerCase();
        return found/* REGION_SHAPE */.jG.test(folded) || folded === 'all' ? folded : item;
    })
        .join('');
}
/** Where regions come from, in order, for messages (the same order as the options table says). */
function regionPrecedence(platform) {
    return platform === 'action'
        ? "input 'aws-region', then AWS_REGION, then AWS_DEFAULT_REGION"
        : 'AWS_REGION, then AWS_DEFAULT_REGION (a list form X_0.. before the plain X)';
}

;// CONCATENATED MODULE: ./src/core/config/names.ts
// Names the user set that this front door does not read. A pipe step hands the
// container only its own `variables:` block plus the platform's variables, and an
// Action gets INPUT_* only for what its `with:` names: a name that is neither ours nor
// the platform's was written on purpose, most likely misspelt. One close to an option
// is refused (DRYRUN must never become a write); any other is named in a warning.

/**
 * The pipe's AWS credential variables: read by src/core/aws/credentials.ts and the AWS
 * SDK, not through the options table. `--help` and docs/bitbucket-pipe.md list them.
 */
const PIPE_AWS_VARIABLES = [
    {
        name: 'AWS_OIDC_ROLE_ARN',
        summary: 'Role to assume with Bitbucket OIDC (step: oidc: true).',
        description: 'ARN of the IAM role to assume with Bitbucket OpenID Connect. The step needs `oidc: true`; the pipe assumes the role with AssumeRoleWithWebIdentity, holding `BITBUCKET_STEP_OIDC_TOKEN` in memory only (it is never written to disk). When set, access keys are ignored.',
    },
    {
        name: 'AWS_ACCESS_KEY_ID',
        summary: 'Access key ID, without OIDC.',
        description: 'AWS access key id, when not using OIDC. Goes together with `AWS_SECRET_ACCESS_KEY`.',
    },
    {
        name: 'AWS_SECRET_ACCESS_KEY',
        summary: 'Its secret access key (a secured variable).',
        description: 'AWS secret access key, when not using OIDC. Store it as a secured variable. Never printed.',
    },
    {
        name: 'AWS_SESSION_TOKEN',
        summary: 'Session token, for temporary keys only.',
        description: 'Session token, only for temporary access keys. Never printed.',
    },
    {
        name: 'AWS_PROFILE',
        summary: 'A profile of ~/.aws/config (the CLI on a workstation).',
        description: 'A named profile of the shared AWS config and credentials files (`~/.aws/config`, `~/.aws/credentials`, or `AWS_CONFIG_FILE` / `AWS_SHARED_CREDENTIALS_FILE`), for the CLI on a workstation. A profile that is not in them is refused before any call.',
    },
];
const PIPE_CREDENTIAL_VARIABLES = PIPE_AWS_VARIABLES.map((v) => v.name);
/**
 * What the platform sets, or the AWS SDK and Node read: never ours to judge. Bitbucket
 * Pipelines sets CI and BITBUCKET_*; the image sets PATH, HOME, HOSTNAME, NODE_VERSION,
 * YARN_VERSION; `npm run` sets NODE, INIT_CWD and npm_*; a shell sets the rest.
 */
const PLATFORM_NAMES = new Set([
    'CI',
    'HOME',
    'PATH',
    'HOSTNAME',
    'PWD',
    'OLDPWD',
    'SHLVL',
    '_',
    'TERM',
    'COLORTERM',
    'NO_COLOR', // Node reads both; the pipe's colours read NO_COLOR (src/pipe/colour.ts)
    'FORCE_COLOR',
    'LANG',
    'LANGUAGE',
    'TZ',
    'USER',
    'LOGNAME',
    'SHELL',
    'MAIL',
    'TMPDIR',
    'TMP',
    'TEMP',
    'EDITOR',
    'VISUAL',
    'PAGER',
    'COLUMNS',
    'LINES',
    'DISPLAY',
    'NODE',
    'INIT_CWD',
    'COLOR',
    'YARN_VERSION',
    'SSL_CERT_FILE',
    'SSL_CERT_DIR',
    'container',
    ...['HTTP_PROXY', 'HTTPS_PROXY', 'NO_PROXY', 'ALL_PROXY', 'FTP_PROXY'].flatMap((p) => [
        p,
        p.toLowerCase(),
    ]),
    // The AWS SDK (and CLI) configuration the SDK's own chain reads.
    'AWS_SECRET_ACCESS_KEY',
    'AWS_ACCESS_KEY_ID',
    'AWS_SESSION_TOKEN',
    'AWS_CREDENTIAL_EXPIRATION',
    'AWS_CREDENTIAL_SCOPE',
    'AWS_ACCOUNT_ID',
    'AWS_ACCOUNT_ID_ENDPOINT_MODE',
    'AWS_PROFILE',
    'AWS_DEFAULT_PROFILE',
    'AWS_CONFIG_FILE',
    'AWS_SHARED_CREDENTIALS_FILE',
    'AWS_SDK_LOAD_CONFIG',
    'AWS_WEB_IDENTITY_TOKEN_FILE',
    'AWS_ROLE_ARN',
    'AWS_ROLE_SESSION_NAME',
    'AWS_ENDPOINT_URL',
    'AWS_IGNORE_CONFIGURED_ENDPOINT_URLS',
    'AWS_USE_FIPS_ENDPOINT',
    'AWS_USE_DUALSTACK_ENDPOINT',
    'AWS_STS_REGIONAL_ENDPOINTS',
    'AWS_MAX_ATTEMPTS',
    'AWS_RETRY_MODE',
    'AWS_DEFAULTS_MODE',
    'AWS_NODEJS_CONNECTION_REUSE_ENABLED',
    'AWS_CA_BUNDLE',
    'AWS_EXECUTION_ENV',
    'AWS_SDK_UA_APP_ID',
    'AWS_REQUEST_CHECKSUM_CALCULATION',
    'AWS_RESPONSE_CHECKSUM_VALIDATION',
    'AWS_DISABLE_REQUEST_COMPRESSION',
    'AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES',
    'AWS_AUTH_SCHEME_PREFERENCE',
    'AWS_SIGV4A_SIGNING_REGION_SET',
    'AWS_PAGER',
    'AWS_DEFAULT_OUTPUT',
    'AWS_CLI_AUTO_PROMPT',
    'AWS_CLI_FILE_ENCODING',
    'AWS_DATA_PATH',
    'AWS_METADATA_SERVICE_TIMEOUT',
    'AWS_METADATA_SERVICE_NUM_ATTEMPTS',
]);
/** Families of platform names (checked after the close-to-an-option test: BITBUCKET_API_URLS is a typo). */
const PLATFORM_PREFIXES = [
    'BITBUCKET_',
    'PIPELINES_',
    'NODE_',
    'NPM_',
    'npm_',
    'DOCKER_',
    'KUBERNETES_',
    'LC_',
    'XDG_',
    'SSH_',
    'GIT_',
    'GITHUB_',
    'RUNNER_',
    'ACTIONS_',
    'AWS_ENDPOINT_URL_',
    'AWS_CONTAINER_',
    'AWS_EC2_',
    'AWS_LAMBDA_',
    'AWS_CSM_',
];
/** How each option of a front door is spelt, the way a typo is measured against it. */
function spellings(platform) {
    const options = (0,base_options/* optionsFor */.A5)(platform);
    if (platform === 'action') {
        // `aws-region` is also misspelt as `region`: its namespace is the first to go.
        return options.map((o) => ({
            option: o.input,
            forms: [o.input, o.input.replace(/^aws-/, '')],
        }));
    }
    // Each alias stands for itself; the option's other spellings suggest its first name.
    const pipeNames = (o) => [...new Set([...o.env, ...(o.readOrder ?? [])])];
    const stripped = (name) => name.replace(/^AWS_(DEFAULT_)?/, '');
    return [
        ...options.flatMap((o) => [
            ...pipeNames(o).map((name) => ({ option: name, forms: [name] })),
            { option: o.env[0], forms: [o.input, ...pipeNames(o).map(stripped)] },
        ]),
        ...PIPE_CREDENTIAL_VARIABLES.map((name) => ({
            option: name,
            forms: [name, stripped(name)],
        })),
    ];
}
/** Every name this front door reads, including Bitbucket's list form of list options (X_COUNT, X_0, ...). */
function isOurs(name, platform) {
    const options = (0,base_options/* optionsFor */.A5)(platform);
    if (platform === 'action')
        return options.some((o) => o.input === name);
    if (PIPE_CREDENTIAL_VARIABLES.includes(name))
        return true;
    const listItem = /^(.*)_(?:COUNT|\d+)$/.exec(name)?.[1];
    return options.some((o) => [...o.env, ...(o.readOrder ?? [])].some((env) => env === name || (o.kind === 'list' && env === listItem)));
}
/** The options whose spelling `name` is nearest to (only those close enough to be a typo). */
function nearestOptions(name, forms) {
    const best = (0,similar/* closest */.kp)(name, forms.map((f) => f.form));
    const nearest = forms.filter((f) => best.includes(f.form));
    // AWS_REGIONS is one letter from AWS_REGION itself and from aws-region (the first name's
    // input form): the name it is a typo of wins.
    const itself = nearest.filter((f) => f.form === f.option);
    return [...new Set((itself.length ? itself : nearest).map((f) => f.option))];
}
/** The dry-run option's own spelling; anything that looks like it is refused. */
function dryRunName(platform) {
    const option = (0,base_options/* optionsFor */.A5)(platform).find((o) => o.key === 'dryRun');
    return platform === 'action' ? option.input : option.env[0];
}
/**
 * Sorts the names the user set into ours (silent), the platform's (silent), close to
 * one of ours (a problem), and nobody's (one warning).
 */
function checkNames(names, platform) {
    const problems = [];
    const strangers = [];
    const forms = spellings(platform).flatMap((s) => s.forms.map((form) => ({ ...s, form })));
    const dryRun = dryRunName(platform);
    const label = (name) => (platform === 'action' ? `input '${name}'` : name);
    for (const name of [...new Set(names)].sort()) {
        if (platform === 'pipe' && PLATFORM_NAMES.has(name))
            continue;
        if (isOurs(name, platform))
            continue;
        // Whatever reads as dry-run is never ignored: ignoring it would turn a rehearsal into a write.
        const meant = /DRYRUN/.test((0,similar/* squash */.iw)(name)) ? [dryRun] : nearestOptions(name, forms);
        if (meant.length > 0) {
            problems.push(`${label(name)} is not ${platform === 'action' ? 'an input of this action' : 'an option'}; did you mean ${(0,similar/* orList */.A3)(meant)}?`);
            continue;
        }
        if (platform === 'pipe' && PLATFORM_PREFIXES.some((p) => name.startsWith(p)))
            continue;
        strangers.push(name);
    }
    const warnings = [];
    if (strangers.length > 0) {
        const list = (0,similar/* andList */.cM)(strangers.map(label));
        const one = strangers.length === 1;
        warnings.push(platform === 'action'
            ? `${list} ${one ? 'is not an input' : 'are not inputs'} of this action and ${one ? 'is' : 'are'} ignored.`
            : `${list} ${one ? 'is not a variable' : 'are not variables'} of this pipe and ${one ? 'is' : 'are'} ignored (--help lists them).`);
    }
    return { problems, warnings };
}

;// CONCATENATED MODULE: ./src/core/config/arrival.ts
/**
 * The variable a token still names when it was not expanded (`$NAME`, `${NAME}`,
 * `${{ secrets.NAME }}`), or undefined. No provider issues a token that starts with `$`.
 */
function unexpandedVariable(token) {
    const text = token.trim();
    const shell = /^\$\{?([A-Za-z_][A-Za-z0-9_]{0,99})\}?$/.exec(text);
    if (shell && (text[1] === '{') === text.endsWith('}'))
        return shell[1];
    const expression = /^\$\{\{\s*([^{}]{1,200}?)\s*\}\}$/.exec(text);
    return expression ? `\${{ ${expression[1]} }}` : undefined;
}
/** A token that names a variable instead of holding its value: what to write instead. */
function unexpandedTokenProblem(platform, label, token) {
    const name = unexpandedVariable(token);
    if (!name)
        return undefined;
    if (name.startsWith('${{'))
        return platform === 'pipe'
            ? `${label} is the GitHub Actions expression ${name} as written, not the token: a Bitbucket step writes ${label}: $NAME, NAME a secured variable; nothing was sent.`
            : `${label} is the expression ${name} as written: it was never evaluated, so it is not the token. Write it in the step's with: (token: \${{ secrets.NAME }}), where the runner replaces it; nothing was sent.`;
    return platform === 'pipe'
        ? `${label} is the text "$${name}": the variable ${name} was not expanded, so it is not the token. Define ${name} as a secured repository, workspace or deployment variable of that exact name where this step runs (in a shell, do not single-quote it); nothing was sent.`
        : `${label} is the text "$${name}": the variable ${name} was not expanded, so it is not the token. Write ${label}: \${{ secrets.${name} }}; nothing was sent.`;
}
/**
 * Why a required token is empty, and which secret to check: the front door's own ways of
 * losing one. `blank`: the option was set, to nothing (a secret that expanded to "").
 */
function emptyTokenProblem(platform, label, mode, { blank, githubTokenSet }) {
    const what = `${label} is ${blank ? 'empty' : 'not set'}; mode ${mode} needs the token to ${mode === 'sync' ? 'import' : 'check'}.`;
    if (platform === 'action')
        return `${what} Check the secret named in token: \${{ secrets.NAME }}: a secret that does not exist (a misspelt name, or one kept in an environment the job does not use) is empty, and workflows run for a pull request from a fork get no secrets at all.`;
    const github = githubTokenSet
        ? ` GITHUB_TOKEN is set, but this pipe reads the token from ${label}: set ${label}: $GITHUB_TOKEN.`
        : '';
    return `${what}${github} In a Bitbucket step, pass it in variables: (${label}: $MY_TOKEN), from a secured repository, workspace or deployment variable of that exact name (a deployment variable reaches only steps with that deployment:); a pipeline for a pull request from a fork may get no secured variables.`;
}

;// CONCATENATED MODULE: ./src/core/config/readers.ts
// The readers of the options that stand alone: names, the server and auth type, the token, and
// the switches. Each reads through one OptionReader, which collects the problems.




/** Names first: a misspelt option is refused, whatever else is wrong. */
function readNames(r) {
    const named = checkNames(r.source.names(), r.platform);
    r.problems.push(...named.problems);
    if (r.source.strangersMatter !== false)
        for (const w of named.warnings)
            r.warn(w);
    if (r.blank('dryRun')) {
        // `DRY_RUN: $UNSET_VARIABLE` would otherwise read as false, and write.
        r.problem(`${r.label('dryRun')} is set but empty: set it to true or false.`);
    }
}
/** The mode, the server type (or all of them, for `inventory`) and the auth type. */
function readServer(r) {
    const upper = (v) => v.toUpperCase().replace(/-/g, '_');
    const mode = r.oneOf('mode', base_options/* MODES */.FN, (v) => v.toLowerCase());
    const wantsAll = (r.raw('serverType') ?? '').toLowerCase() === 'all';
    const allServerTypes = wantsAll && mode === 'inventory';
    if (wantsAll && !allServerTypes)
        r.problem(`${r.label('serverType')} all is only for mode inventory; ${mode} works on one server type: github, github-enterprise or bitbucket.`);
    const shown = r.spec('serverType').values.filter((v) => v !== 'all' || mode === 'inventory');
    const serverType = wantsAll ? base_options/* SERVER_TYPES */.oT[0] : r.oneOf('serverType', base_options/* SERVER_TYPES */.oT, upper, shown);
    const username = r.raw('username');
    const authType = r.raw('authType')
        ? r.oneOf('authType', base_options/* AUTH_TYPES */.tG, upper)
        : serverType === 'BITBUCKET' && username
            ? 'BASIC_AUTH'
            : 'PERSONAL_ACCESS_TOKEN';
    const serverTypes = allServerTypes ? [...base_options/* SERVER_TYPES */.oT] : [serverType];
    return { mode, serverType, serverTypes, authType, username };
}
/** The token, checked as it arrived (never a part of it in a message), and its form. */
function readCredential(r, mode) {
    const token = (0,token_form/* trimToken */.A4)(r.given('token') ?? '');
    const label = r.label('token');
    const unexpanded = token ? unexpandedTokenProblem(r.platform, label, token) : undefined;
    if (!token && (mode === 'sync' || mode === 'check')) {
        r.problem(emptyTokenProblem(r.platform, label, mode, {
            blank: r.blank('token'),
            githubTokenSet: r.platform === 'pipe' && r.source.names().includes('GITHUB_TOKEN'),
        }));
    }
    else if (unexpanded) {
        r.problem(unexpanded);
    }
    else {
        // Never a part of the token, nor where in it: the message says what, not where.
        const length = token ? (0,token_form/* tokenLengthProblem */.Xb)(token) : undefined;
        const bad = length ? undefined : (0,token_form/* tokenCharacterProblem */.q_)(token);
        if (length)
            r.problem(`${label} ${length}. Copy the whole token again from its provider and update the secret.`);
        if (bad)
            r.problem(`${label} ${bad}: a token never does. Copy the token again from its provider and update the secret.`);
    }
    return { token, form: token && !unexpanded ? (0,token_form/* tokenForm */.qc)(token) : undefined };
}
/** `owner/repo` entries, for probing a fine-grained token's permissions. */
function readRepositories(r) {
    const repositories = r.list('repositories');
    for (const repo of repositories) {
        if (!/^[\w.-]+\/[\w.-]+$/.test(repo))
            r.problem(`${r.label('repositories')} has "${repo}"; each entry must be owner/repo.`);
    }
    return repositories;
}
/**
 * The options read alone, in the table's order (the problems come in that order). An option
 * the table gives one platform only is off on the other.
 */
function readSwitches(r) {
    return {
        shouldOverwrite: r.bool('shouldOverwrite'),
        dryRun: r.bool('dryRun'),
        failOnDrift: r.bool('failOnDrift'),
        expiryWarningDays: r.days('expiryWarningDays') ?? 14,
        githubApiUrl: r.url('githubApiUrl'),
        bitbucketApiUrl: r.url('bitbucketApiUrl'),
        requireVerifiedScopes: r.bool('requireVerifiedScopes'),
        reports: r.list('reports'),
        reportFile: r.raw('reportFile'),
        failOnExpiryWithinDays: r.days('failOnExpiryWithinDays'),
        driftIssue: r.onPlatform('driftIssue', () => r.bool('driftIssue'), false),
        inspectProjects: r.bool('inspectProjects'),
        githubToken: r.onPlatform('githubToken', () => r.raw('githubToken'), undefined),
        timeoutSeconds: r.seconds('timeoutSeconds', base_options/* MIN_TIMEOUT_SECONDS */.jN, base_options/* MAX_TIMEOUT_SECONDS */.Pe),
        debug: r.onPlatform('debug', () => r.bool('debug'), false),
        // Checked on the pipe too, not kept there: its HTTPS_PROXY is read where the calls are
        // made (proxy.ts), which would go direct, past a value it cannot read (socks5://, a typo).
        httpProxy: ((proxy) => r.onPlatform('httpProxy', () => proxy, undefined))(r.proxyUrl('httpProxy')),
        noProxy: r.onPlatform('noProxy', () => r.raw('noProxy'), undefined),
    };
}

;// CONCATENATED MODULE: ./src/core/config/config.ts
// The one typed Config, read from the options table: each concern has its reader (readers.ts,
// read-regions.ts, read-fleet.ts) over one OptionReader that collects every problem; then the
// checks across options (checks.ts); then one refusal naming them all.







/** Builds the Config, collecting every problem before failing, and makes no network call. */
function buildConfig(source) {
    const r = new OptionReader(source);
    readNames(r);
    const server = readServer(r);
    const { token, form } = readCredential(r, server.mode);
    const allowUnknownRegions = r.bool('allowUnknownRegions');
    const regions = readRegions(r, server.mode, allowUnknownRegions);
    const repositories = readRepositories(r);
    const rolesToAssume = readRoles(r, regions);
    const partition = resolvePartition(r, regions, rolesToAssume);
    const fleet = readFleet(r, rolesToAssume);
    const config = {
        platform: source.platform,
        ...server,
        token,
        regions: regions.regions,
        allRegions: regions.allRegions,
        partition,
        repositories,
        rolesToAssume,
        ...fleet,
        ...readSwitches(r),
        allowUnknownRegions,
        warnings: r.warnings,
        names: Object.fromEntries(base_options/* OPTIONS */.lw.map((o) => [o.key, source.label(o)])),
    };
    crossFieldProblems(config, r, {
        explicitAuthType: Boolean(r.raw('authType')),
        explicitServerType: Boolean(r.given('serverType')),
        form,
    });
    if (r.problems.length > 0)
        throw new errors/* ConfigError */.xL(r.problems);
    return config;
}

;// CONCATENATED MODULE: ./src/core/config/source.ts


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
                found.push({ label: `${name}_0..${name}_COUNT`, value: items, explicit: true });
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
        names: () => Object.keys(env),
        blank: (option) => sources(option).length === 0 &&
            option.env.some((name) => env[name] !== undefined && !env[name]?.trim()),
        runnerFiles: runnerFilesIn(env),
        // Bitbucket Pipelines sets BITBUCKET_BUILD_NUMBER in every step (and passes it to pipes).
        strangersMatter: platform !== 'pipe' || Boolean(env.BITBUCKET_BUILD_NUMBER),
        ...(platform === 'pipe'
            ? {
                parallelStep: (0,shard/* shardOfParallelStep */.BT)(env.BITBUCKET_PARALLEL_STEP, env.BITBUCKET_PARALLEL_STEP_COUNT),
            }
            : {}),
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

;// CONCATENATED MODULE: ./src/core/config/help.ts
// The CLI's `--help`: the pipe's variables, from the one options table, with their
// defaults and which are required. Printing it calls nothing.



/** A configuration that builds; an option is required when leaving it out fails. */
const MINIMAL_ENV = {
    TOKEN: 'placeholder-token',
    AWS_DEFAULT_REGION: 'us-east-1',
};
/** Whether the pipe refuses to run without this option (in its default mode). */
function isRequired(option) {
    const name = option.env[0];
    if (!(name in MINIMAL_ENV))
        return false;
    return refusedWithout(MINIMAL_ENV, name);
}
/** Whether the pipe, given `env` less the variable `name`, refuses naming that variable. */
function refusedWithout(env, name) {
    const less = { ...env };
    delete less[name];
    try {
        buildConfig(envSource(less));
        return false;
    }
    catch (error) {
        if (error instanceof errors/* ConfigError */.xL)
            return error.problems.some((p) => p.startsWith(name));
        throw error;
    }
}
/**
 * For each mode, the variables it cannot run without: a configuration that builds, less one
 * variable, that is refused naming that variable (delete needs no TOKEN, but a SERVER_TYPE).
 */
function requiredByMode() {
    const base = {
        TOKEN: 'placeholder-token',
        AWS_DEFAULT_REGION: 'us-east-1',
        SERVER_TYPE: 'bitbucket',
    };
    return base_options/* MODES */.FN.map((mode) => {
        // merge reads the shards' reports, and only merge takes them.
        const given = mode === 'merge' ? { ...base, REPORTS: 'shard-*/report.json' } : base;
        return {
            mode,
            names: Object.keys(given).filter((name) => refusedWithout({ ...given, MODE: mode }, name)),
        };
    });
}
/** The default in a word or two, for one line of `--help`; long ones are in the guide. */
function shortDefault(option) {
    const literal = (0,base_options/* defaultFor */.Pb)(option, 'pipe');
    const byMode = Object.entries(option.modeDefault ?? {}).map(([m, v]) => `${m}: ${v}`);
    const parts = [
        ...byMode,
        ...(literal !== undefined ? [byMode.length ? `else ${literal}` : literal] : []),
    ];
    const text = parts.join(', ');
    return text && text.length <= 30 ? ` [${text}]` : '';
}
const RUN = 'node dist/pipe/index.js';
/** `--help` for the pipe and CLI: at most 60 lines, every variable on one. */
function pipeHelp() {
    const options = (0,base_options/* optionsFor */.A5)('pipe');
    const width = Math.max(...options.map((o) => o.env[0].length), ...PIPE_AWS_VARIABLES.map((v) => v.name.length));
    const row = (name, text) => `  ${name.padEnd(width)}  ${text}`;
    const lines = [
        `codebuild-credential-sync ${(0,version/* runVersion */.yh)()}`,
        'Validates a GitHub or Bitbucket token with its provider, imports it into AWS CodeBuild in',
        'each region named, or checks for drift. Nothing is written before the token is proven good.',
        '',
        `Usage: VARIABLE=value ... ${RUN}   (the image: docker run -e VARIABLE=value IMAGE)`,
        `       ${RUN} --help | --version`,
        '',
        'Examples:',
        `  SERVER_TYPE=github TOKEN=ghp_... AWS_DEFAULT_REGION=us-east-1,eu-west-1 ${RUN}`,
        `  MODE=check SERVER_TYPE=github TOKEN=ghp_... AWS_DEFAULT_REGION=us-east-1 ${RUN}`,
        `  MODE=delete SERVER_TYPE=bitbucket AWS_DEFAULT_REGION=us-east-1 DRY_RUN=true ${RUN}`,
        '',
        'Required, by mode:',
        ...requiredByMode().map(({ mode, names }) => `  ${mode.padEnd(9)}  ${names.join(', ')}`),
        '',
        'Variables [default] (a list also in the YAML list form X_COUNT, X_0, ...):',
        ...options.map((o) => row(o.env[0], `${o.summary}${o.env[1] ? ` Or ${o.env.slice(1).join(', ')}.` : ''}${shortDefault(o)}`)),
        '',
        'AWS credentials (one source; otherwise the AWS SDK default chain):',
        ...PIPE_AWS_VARIABLES.map((v) => row(v.name, v.summary)),
        '',
        'Exit codes: 0 success, 1 failure, 2 invalid configuration (nothing was called), 3 drift.',
        'Full guide: docs/bitbucket-pipe.md (in the image: /pipe/README.md).',
    ];
    return lines.map((l) => l.trimEnd()).join('\n') + '\n';
}

// EXTERNAL MODULE: ./src/core/trust/secrets.ts + 1 modules
var trust_secrets = __nccwpck_require__(6812);
;// CONCATENATED MODULE: ./src/pipe/main.ts





/** The pipe and CLI: pipe variables in, ✔/✖ lines and the report out, the exit code as the result. */
async function runPipe(io) {
    const env = withoutSelfReferences(io.env);
    const args = io.argv ?? [];
    const stray = args.find((a) => !['--help', '-h', '--version'].includes(a));
    if (stray) {
        io.stdout(`codebuild-credential-sync ${(0,version/* runVersion */.yh)()}\n`);
        io.stderr(`✖ ${argumentProblem(stray)}\n`);
        return 2;
    }
    if (args.some((a) => a === '--help' || a === '-h')) {
        io.stdout(pipeHelp());
        return 0;
    }
    if (args.includes('--version')) {
        io.stdout(`codebuild-credential-sync ${(0,version/* runVersion */.yh)()}\n`);
        return 0;
    }
    // The release that ran, first, on every run.
    io.stdout(`codebuild-credential-sync ${(0,version/* runVersion */.yh)()}\n`);
    // Register secrets before anything can print.
    const secrets = new trust_secrets/* Secrets */.Sb();
    // A connection or secret ARN (CODECONNECTIONS, SECRETS_MANAGER) is not secret, nor the name of
    // a variable that was never expanded (refused, by name); anything else is.
    if (!/^arn:/.test(env.TOKEN?.trim() ?? '') && !unexpandedVariable(env.TOKEN ?? ''))
        secrets.addCredential(env.TOKEN, env.USERNAME);
    secrets.add(env.BITBUCKET_STEP_OIDC_TOKEN);
    secrets.add(env.AWS_SECRET_ACCESS_KEY);
    secrets.add(env.AWS_SESSION_TOKEN);
    (0,proxy/* addProxySecrets */.d)(secrets, env);
    // A token pasted into another variable (MODE, AWS_DEFAULT_REGION, ...) is as secret as one
    // in TOKEN: the message that refuses the value must not show it.
    for (const word of (0,token_form/* pastedTokens */.EE)(Object.values(env), strictValues(env)))
        secrets.add(word);
    // Every mistake, in the options and in the AWS credential variables, before any call.
    let config;
    const problems = [];
    try {
        config = buildConfig(envSource(env));
    }
    catch (error) {
        if (!(error instanceof errors/* ConfigError */.xL))
            throw error;
        problems.push(...error.problems);
    }
    // merge reads report files only: no AWS call, so no AWS credentials.
    if (config?.mode !== 'merge')
        problems.push(...(await (0,credentials/* awsCredentialProblems */.ru)(env)));
    if (!config || problems.length > 0) {
        // No random-looking word of what was set is shown: it may be a token with no prefix.
        const refusal = new errors/* ConfigError */.xL(problems, (0,random_words/* typedRuns */.ZU)(Object.entries(env).flat()));
        io.stderr(`${secrets.redactFor(outside/* forPlain */.qI, `✖ ${refusal.message}`)}\n`);
        // `docker run IMAGE` with nothing set: the list above is every problem; --help is the way in.
        if ((0,base_options/* optionsFor */.A5)('pipe').every((o) => o.env.every((name) => !env[name]?.trim())))
            io.stderr('No variable of this pipe is set. Run it with --help for the variables, the ones each mode needs, and examples.\n');
        return 2;
    }
    // Only a valid configuration loads the run (clients, providers, reports): a mistake
    // costs little more than starting Node (docs/performance.md). V8 keeps the code it
    // compiles for the run in a cache folder only this user can write (compile-cache.ts),
    // so that later runs on the machine skip parsing it; a mistake never touches the
    // cache, which would cost it more than it saves.
    enableOwnCompileCache();
    const { runConfigured } = await __nccwpck_require__.e(/* import() */ 111).then(__nccwpck_require__.bind(__nccwpck_require__, 2111));
    return runConfigured(config, secrets, io);
}
/** An argument the CLI does not take; when it names an option, the variable that sets it. */
function argumentProblem(arg) {
    // Nothing past a flag's name is ever shown: a value after `=` may be a token pasted in
    // the wrong place, and so may a bare argument or a flag's "name" with one glued on.
    const eq = arg.indexOf('=');
    const flag = (eq < 0 ? arg : arg.slice(0, eq)).replace(/^-+/, '');
    const isFlag = arg.startsWith('-');
    const hidden = eq >= 0 || mayBeSecret(flag);
    const shown = !hidden ? arg : isFlag && !mayBeSecret(flag) ? `${arg.slice(0, eq)}=…` : undefined;
    const options = (0,base_options/* optionsFor */.A5)('pipe');
    const byName = isFlag && !mayBeSecret(flag)
        ? options.filter((o) => (0,similar/* closest */.kp)(flag, [o.input, o.env[0]]).length > 0)
        : [];
    const byValue = isFlag || hidden
        ? []
        : options.filter((o) => o.values?.some((v) => v.toLowerCase() === arg.toLowerCase()));
    const sets = [
        ...byName.map((o) => `${o.env[0]}=${o.kind === 'boolean' && !hidden ? 'true' : '...'}`),
        ...byValue.map((o) => `${o.env[0]}=${arg}`),
    ];
    const instead = sets.length
        ? ` Options are environment variables: set ${sets.join(' or ')} instead.`
        : ' Options are environment variables (MODE=check, DRY_RUN=true, ...).';
    const what = shown ?? (isFlag ? 'An option with a value' : 'An argument that may be a token');
    const secret = hidden
        ? ' What was given is not shown: a token belongs in the TOKEN variable (a secured variable), never on the command line, where shell history and process lists keep it.'
        : '';
    return `${what} is not an argument: the command takes only --help and --version.${instead}${secret} Run it with --help to list them.`;
}
/**
 * Whether a command-line word may be a secret, and so is never shown: it has a token's
 * form, is long (no option name or value is), holds anything but plain word characters, or mixes letters and digits the way a
 * random string does.
 */
function mayBeSecret(word) {
    // Only plain words are shown: nothing that could carry an escape sequence or a line break.
    return word.length > 32 || token_form/* TOKEN_PREFIX */.xV.test(word) || /[^\w.,:-]/.test(word) || (0,random_words/* looksRandom */.EZ)(word);
}
/**
 * pipe.yml defaults the AWS variables to `$NAME` (Atlassian's form): where the repository,
 * workspace or deployment has no such variable, one that arrives as its own name, unexpanded,
 * is not set. Removed from the environment itself, which the AWS SDK reads too.
 */
function withoutSelfReferences(env) {
    for (const [name, value] of Object.entries(env))
        if (value?.trim() === `$${name}` || value?.trim() === `\${${name}}`)
            delete env[name];
    return env;
}
/** The values of options that take no free text (a mode, a flag, a number): no random word is valid there. */
function strictValues(env) {
    return (0,base_options/* strictOptionsFor */.xU)('pipe').flatMap((o) => o.env.map((name) => env[name]));
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

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

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

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

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

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

/***/ 8500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

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

//# sourceMappingURL=index.js.map