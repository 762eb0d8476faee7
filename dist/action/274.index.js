export const id = 274;
export const ids = [274];
export const modules = {

/***/ 4274:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CONFIGURATION_ERROR: () => (/* binding */ CONFIGURATION_ERROR),
  failureMessage: () => (/* binding */ failureMessage),
  fitSummary: () => (/* binding */ fitSummary),
  run: () => (/* binding */ run),
  runContext: () => (/* binding */ runContext)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var lib_core = __webpack_require__(6421);
// EXTERNAL MODULE: ./src/core/aws/credentials.ts
var credentials = __webpack_require__(2167);
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

// EXTERNAL MODULE: ./src/core/base/options.ts
var base_options = __webpack_require__(3363);
// EXTERNAL MODULE: ./src/core/base/errors.ts
var errors = __webpack_require__(2074);
// EXTERNAL MODULE: ./src/core/trust/token-form.ts
var token_form = __webpack_require__(5610);
// EXTERNAL MODULE: ./src/core/wire/wire.ts
var wire = __webpack_require__(6232);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/base/file-kind.ts
var file_kind = __webpack_require__(6514);
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
var config_shard = __webpack_require__(7218);
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
    const read = text === undefined ? undefined : (0,config_shard/* parseShard */.uK)(text);
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
var config_regions = __webpack_require__(5190);
// EXTERNAL MODULE: ./src/core/aws/found.ts
var found = __webpack_require__(2973);
// EXTERNAL MODULE: ./src/core/aws/arn.ts
var aws_arn = __webpack_require__(6342);
// EXTERNAL MODULE: ./src/core/wire/proxy.ts
var wire_proxy = __webpack_require__(1245);
// EXTERNAL MODULE: ./src/core/base/random-words.ts
var random_words = __webpack_require__(2854);
// EXTERNAL MODULE: ./src/core/base/similar.ts
var similar = __webpack_require__(308);
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
        if (text && !(0,wire_proxy/* parseProxyUrl */.Pr)(text)) {
            const why = (0,wire_proxy/* proxyUserInfoProblem */.PW)(text);
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

// EXTERNAL MODULE: ./src/core/wire/deadline.ts + 1 modules
var wire_deadline = __webpack_require__(1319);
// EXTERNAL MODULE: ./src/core/base/version.ts + 1 modules
var version = __webpack_require__(5127);
;// CONCATENATED MODULE: ./src/core/base/source-maps.ts
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

// EXTERNAL MODULE: ./src/core/base/outside.ts
var outside = __webpack_require__(8858);
// EXTERNAL MODULE: ./src/core/base/markdown.ts
var base_markdown = __webpack_require__(1844);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
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

// EXTERNAL MODULE: ./src/core/report/groups.ts
var groups = __webpack_require__(2160);
;// CONCATENATED MODULE: ./src/core/report/index.ts




const loadDriftIssue = () => Promise.all(/* import() */[__webpack_require__.e(439), __webpack_require__.e(999)]).then(__webpack_require__.bind(__webpack_require__, 6999));

// EXTERNAL MODULE: ./src/core/report/fit.ts
var fit = __webpack_require__(5625);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
// EXTERNAL MODULE: ./src/core/base/children.ts
var children = __webpack_require__(9754);
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
    const option = base_options/* OPTIONS */.lw.find((o) => o.key === 'inspectProjects');
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
    const ambient = await (0,aws_accounts/* ambientCredentials */.ji)(deadline.limits, config.regions[0] ?? config_regions/* FLEET_HOME_REGION */.Qx[config.partition], deps.webIdentity);
    const noCredentials = await stoppable(deadline, 'AWS credentials (the SDK credential chain)', () => (0,aws_accounts/* checkAmbientCredentials */.fF)(ambient, deps.secrets, deadline.limits, deps.webIdentity ? true : undefined, (0,credentials/* awsCredentialsHelp */.r0)(config.platform)));
    // Wrong keys are found once, here, not in every region (nor in every role assumed with them).
    const refused = noCredentials
        ? undefined
        : await stoppable(deadline, 'AWS credentials (STS GetCallerIdentity)', () => (0,aws_accounts/* callerIdentityProblem */.pn)(ambient, config.regions[0] ?? config_regions/* FLEET_HOME_REGION */.Qx[config.partition], deadline.limits, (0,credentials/* awsCredentialsHelp */.r0)(config.platform)));
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

;// CONCATENATED MODULE: ./src/core/wire/web-fetch.ts


/**
 * `fetch`, bounded; a call stopped with the run fails as an AbortError (which Octokit and its
 * plugins never repeat). With `origin`, a request carrying Authorization goes only there (the
 * origin rule, wire.ts): elsewhere it is refused, and a redirect to another origin is refused,
 * never followed.
 */
function boundedWebFetch(fetch, limits, service, origin) {
    return async (input, init) => {
        const request = input instanceof Request ? input : undefined;
        const url = new URL(request ? request.url : input);
        const method = init?.method ?? request?.method ?? 'GET';
        if (limits.waiting)
            limits.waiting.what = `${service} ${method} ${url.pathname}`;
        // The headers fetch sends, in whatever shape they come (a Request's own, a Headers, pairs,
        // a record): `init.headers` replaces a Request's, as in fetch.
        const credentialed = new Headers(init?.headers ?? request?.headers).has('authorization');
        if (credentialed && origin !== undefined && url.origin !== origin)
            throw new TypeError('fetch failed', { cause: (0,wire/* originRefused */.b1)(service, url, origin) });
        const peer = credentialed && (0,wire/* clearTextPeer */.d2)(url.href);
        if (peer) {
            throw new TypeError('fetch failed', {
                cause: new wire/* WireError */.cC(`the request to ${service} was not sent: plain http would carry the credential in clear text to ${peer}; use ${url.href.replace(/^http:/i, 'https:')}`, 'CLEAR_TEXT_REFUSED'),
            });
        }
        const attempt = AbortSignal.timeout(limits.callTimeoutMs);
        const stop = [init?.signal ?? request?.signal, limits.signal].filter((s) => Boolean(s));
        const signal = AbortSignal.any([attempt, ...stop]);
        try {
            const response = await fetch(input, {
                ...init,
                signal,
                // Redirects are seen here, so that one to another origin is refused (below).
                ...(credentialed && origin !== undefined ? { redirect: 'manual' } : {}),
            });
            const location = response.headers.get('location');
            if (credentialed &&
                origin !== undefined &&
                response.status >= 300 &&
                response.status < 400 &&
                location) {
                // One on the API's own origin is handed back as it is (Octokit reports its status).
                const next = new URL(location, url);
                if (next.origin !== origin) {
                    await response.body?.cancel();
                    throw new TypeError('fetch failed', { cause: (0,wire/* originRefused */.b1)(service, next, origin) });
                }
            }
            const body = await readCapped(response, service);
            const capped = new Response([101, 204, 205, 304].includes(response.status) ? null : body, {
                status: response.status,
                statusText: response.statusText,
                headers: response.headers,
            });
            return Object.defineProperty(capped, 'url', { value: response.url });
        }
        catch (error) {
            // A stopped run's call fails as an AbortError; one attempt that ran out of time, as a
            // failure on the wire, which a read may repeat.
            const stopped = stop.find((s) => s.aborted);
            if (stopped) {
                throw Object.assign(new Error('The request was stopped', { cause: stopped.reason }), {
                    name: 'AbortError',
                });
            }
            // The cause is the attempt's timeout, on purpose: that, not the abort it raised, is what failed.
            // eslint-disable-next-line preserve-caught-error
            if (attempt.aborted)
                throw new TypeError('fetch failed', { cause: attempt.reason });
            throw proxyRefusal(error, url) ?? error;
        }
    };
}
/** The whole body; past MAX_ANSWER_BYTES, refused as a WireError (network-errors.ts names it). */
async function readCapped(response, service) {
    const chunks = [];
    let size = 0;
    const reader = response.body?.getReader();
    for (;;) {
        const { done, value } = reader ? await reader.read() : { done: true, value: undefined };
        if (done)
            break;
        size += value.byteLength;
        if (size > wire/* MAX_ANSWER_BYTES */.gB) {
            await reader.cancel();
            throw new TypeError('fetch failed', { cause: (0,wire/* answerTooLarge */.AU)(service) });
        }
        chunks.push(value);
    }
    return Buffer.concat(chunks);
}
/**
 * undici refuses a tunnel the proxy would not open with "Proxy response (407) !== 200 when
 * HTTP Tunneling": that is the proxy's answer, not the server's.
 */
function proxyRefusal(error, url) {
    for (let e = error; e; e = e.cause) {
        const status = /Proxy response \((\d{3})\) !== 200/.exec(e.message ?? '')?.[1];
        const proxy = status ? (0,wire_proxy/* proxyFor */.iJ)((0,wire_proxy/* proxySettings */.EM)(), url) : undefined;
        if (proxy)
            return new TypeError('fetch failed', {
                cause: new wire_proxy/* ProxyRefusedError */.Ne(proxy, `${url.hostname}:${url.port || (url.protocol === 'https:' ? 443 : 80)}`, Number(status), ''),
            });
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/action/github.ts


/**
 * What in the runner's variables would stop @actions/github from loading: it makes its proxy
 * agent for GITHUB_API_URL as it loads, and throws on one that is not a URL.
 */
function runnerVariableProblems(env) {
    const apiUrl = env.GITHUB_API_URL;
    return apiUrl && !URL.canParse(apiUrl)
        ? [
            `GITHUB_API_URL is "${(0,outside/* outside */.qY)(apiUrl)}", which is not a URL. The runner sets it to its GitHub's REST API (https://api.github.com, or https://HOST/api/v3 on GitHub Enterprise Server): unset it or correct it.`,
        ]
        : [];
}
/**
 * @actions/github's `context`. Its event file (GITHUB_EVENT_PATH) is the runner's; one that
 * is missing is said in our words, and one that is not JSON is a clear error, not a crash.
 */
async function workflowContext(env, logger) {
    // @actions/github reads the whole file as it loads, synchronously: a device, a pipe or a
    // huge file would hang or exhaust the run, and a missing one it reports with the path as
    // it is, past the Action's sealed output. Such a file is left unread.
    const eventPath = env.GITHUB_EVENT_PATH;
    const unread = eventPath ? eventFileProblem(eventPath) : undefined;
    if (unread) {
        logger.debug(`The workflow's event file (GITHUB_EVENT_PATH) ${unread}: ${(0,outside/* outside */.qY)(eventPath)}`);
        delete env.GITHUB_EVENT_PATH;
    }
    try {
        return (await Promise.all(/* import() */[__webpack_require__.e(439), __webpack_require__.e(351)]).then(__webpack_require__.bind(__webpack_require__, 1351))).context;
    }
    catch (error) {
        const unreadable = error.syscall === 'open';
        if (!(error instanceof SyntaxError) && !unreadable)
            throw error;
        throw new errors/* UserError */.yo(`The workflow's event file (GITHUB_EVENT_PATH) ${unreadable ? 'cannot be read' : 'is not JSON'} (${(0,outside/* outside */.qY)((0,errors/* errorMessage */.gJ)(error))}): it is the runner's, so run the Action in a GitHub Actions job, or point GITHUB_EVENT_PATH at a JSON file.`);
    }
}
/** GitHub's largest webhook payload is 25 MB; an event file is one. */
const MAX_EVENT_BYTES = 25 * 1024 * 1024;
/** Why the event file is not read, or undefined when it is a regular file of an event's size. */
function eventFileProblem(path) {
    const stat = (0,file_kind/* statOrUndefined */.md)(path);
    if (!stat)
        return 'does not exist or cannot be read';
    if (!stat.isFile())
        return 'is not a regular file';
    if (stat.size > MAX_EVENT_BYTES)
        return 'is larger than any event (25 MB)';
    return undefined;
}
/**
 * getOctokit for the drift issue. Each attempt is bounded as the core's own calls are
 * (web-fetch.ts); a rate limit is waited out only when its wait ends before the run's
 * deadline, twice at most; what plugin-retry repeats (no answer, 5xx) it repeats twice.
 */
async function driftIssueClient(token, apiUrl, logger, limits) {
    // One after another: the first loads what the second shares (and Jest's loader races otherwise).
    const { getOctokit } = await Promise.all(/* import() */[__webpack_require__.e(439), __webpack_require__.e(351)]).then(__webpack_require__.bind(__webpack_require__, 1351));
    const { defaults } = await Promise.all(/* import() */[__webpack_require__.e(439), __webpack_require__.e(32)]).then(__webpack_require__.bind(__webpack_require__, 2032));
    const [{ throttling }, { retry }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(856)]).then(__webpack_require__.bind(__webpack_require__, 6856)),
        Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(735)]).then(__webpack_require__.bind(__webpack_require__, 9735)),
    ]);
    const origin = new URL(apiUrl).origin;
    const waitOut = (limit) => (retryAfter, _options, _octokit, retryCount) => {
        const fits = Date.now() + retryAfter * 1000 < (limits.deadlineAt ?? Infinity);
        const retrying = fits && retryCount < 2;
        logger.debug(`GitHub: ${limit}; ${retrying ? `retrying in ${retryAfter} s` : `not waited out (${retryAfter} s asked)`}`);
        return retrying;
    };
    const octokit = getOctokit(token, {
        baseUrl: apiUrl,
        userAgent: version/* USER_AGENT */._O,
        // @actions/github's proxy-aware fetch for GITHUB_API_URL, bounded.
        // It attaches the credential only on the API's origin, as the core's fetch does (wire.ts).
        request: {
            fetch: boundedWebFetch(defaults.request?.fetch ?? fetch, limits, 'GitHub', origin),
        },
        throttle: {
            onRateLimit: waitOut('rate limit reached'),
            onSecondaryRateLimit: waitOut('secondary rate limit reached'),
        },
        // A 429 is plugin-throttling's: it waits as GitHub asks, where plugin-retry would not.
        retry: { retries: 2, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
        log: {
            debug: () => { },
            info: () => { },
            warn: (m) => logger.debug(m),
            // The caller reports every failure itself (drift-issue.ts).
            error: () => { },
        },
    }, throttling, retry);
    // Outermost: a request stops with the run, even while a plugin waits to repeat it; and
    // one pointed at another origin than the API's (a Link: rel="next" of a listing) is
    // refused before any plugin could repeat it: the origin rule (wire.ts).
    octokit.hook.wrap('request', (request, options) => {
        const target = new URL(octokit.request.endpoint(options).url);
        if (target.origin !== origin)
            return Promise.reject(new TypeError('fetch failed', { cause: (0,wire/* originRefused */.b1)('GitHub', target, origin) }));
        return (0,concurrency/* untilAborted */.Eu)(Promise.resolve(request(options)), limits.signal);
    });
    return octokit;
}

;// CONCATENATED MODULE: ./src/action/inputs.ts

/** Action inputs (INPUT_<NAME>) as an OptionSource; labels read `input 'server-type'`. */
function inputSource(core, env) {
    const sources = (option) => {
        const found = [];
        const value = core.getInput(option.input).trim();
        if (value)
            found.push({ label: `input '${option.input}'`, value, explicit: true });
        for (const name of option.actionEnvFallback ?? []) {
            const fallback = env[name]?.trim();
            if (fallback)
                found.push({ label: `env ${name}`, value: fallback });
        }
        return found;
    };
    return {
        platform: 'action',
        read: (option) => sources(option)[0]?.value,
        sources,
        label: (option) => `input '${option.input}'`,
        // The runner sets INPUT_<NAME> for every `with:` key, declared or not (upper case, spaces as _).
        names: () => Object.keys(env)
            .filter((name) => name.startsWith('INPUT_'))
            .map((name) => name.slice('INPUT_'.length).toLowerCase()),
        blank: (option) => {
            const value = env[`INPUT_${option.input.toUpperCase()}`];
            return value !== undefined && !value.trim();
        },
        runnerFiles: runnerFilesIn(env),
    };
}

;// CONCATENATED MODULE: ./src/action/outputs.ts

/** The Action's outputs: action.yml and docs/action.md are generated from this table. */
const OUTPUTS = [
    {
        name: 'arn',
        description: 'ARN of the CodeBuild source credential in the first region (empty when that region holds none).',
    },
    {
        name: 'arns',
        description: 'JSON object mapping each region that holds (or received) a credential to its ARN, e.g. `{"us-east-1":"arn:aws:codebuild:us-east-1:111122223333:token/github"}`. With `role-to-assume` the keys are `ACCOUNT/REGION`.',
    },
    {
        name: 'scopes',
        description: 'Comma-separated scopes the token has, exactly as the provider reports them (empty when it does not report them).',
    },
    {
        name: 'missing-scopes',
        description: 'Comma-separated scopes CodeBuild needs that the token lacks (empty when none).',
    },
    {
        name: 'token-expires-at',
        description: 'When the token expires, ISO-8601 UTC (e.g. `2026-11-25T10:00:00Z`); empty when it does not expire or the expiry is unknown.',
    },
    {
        name: 'drift',
        description: '`true` when `check` found drift (a missing or mismatched credential; a rejected, expired or under-scoped token), else `false`.',
    },
    {
        name: 'report',
        description: 'The full report as JSON: token, per-region results, drift findings, warnings and errors. Never contains the token. A report larger than GitHub takes in an output (1 MB) is cut to the first entries of each list, and its `shortened` field says what was left out; `report-file` keeps the whole report.',
    },
];
/**
 * Every output's value, derived from the report alone, each within GitHub's 1 MB: a
 * longer one is cut, and `notes` says which and where the whole report is (`reportFile`).
 */
function outputValues(report, reportFile, max = fit/* OUTPUT_MAX_BYTES */.zz) {
    const where = (0,fit/* wholeReport */.wA)(reportFile);
    const notes = [];
    const arns = report.regions
        .filter((r) => r.arn)
        .map((r) => [r.account ? `${r.account}/${r.region}` : r.region, r.arn]);
    // The first ARNs that fit: the output stays a JSON object.
    let room = max - 2;
    let count = 0;
    for (; count < arns.length; count++) {
        room -= (0,fit/* bytes */.ee)(JSON.stringify(arns[count][0])) + (0,fit/* bytes */.ee)(JSON.stringify(arns[count][1])) + 2;
        if (room < 0)
            break;
    }
    const kept = arns.slice(0, count);
    if (kept.length < arns.length)
        notes.push(`The arns output holds the first ${kept.length} of ${arns.length} ARNs (an output may hold 1 MB); ${where}.`);
    const { json, shortened } = (0,fit/* fitReportJson */.sr)(report, max, report_report/* renderJson */.hF, where);
    if (shortened)
        notes.push(`The report output is cut: ${shortened}`);
    const plain = (name, value) => {
        if ((0,fit/* bytes */.ee)(value) <= max)
            return value;
        notes.push(`The ${name} output is cut to 1 MB; ${where}.`);
        return (0,fit/* fitPlain */.UV)(value, max);
    };
    return {
        values: {
            arn: report.regions[0]?.arn ?? '',
            arns: JSON.stringify(Object.fromEntries(kept)),
            scopes: plain('scopes', (0,report_report/* grantedScopes */.By)(report.token).join(',')),
            'missing-scopes': plain('missing-scopes', (0,report_report/* missingScopes */["if"])(report.token).join(',')),
            'token-expires-at': report.token?.expiresAt ?? '',
            drift: String(report.drift),
            report: json,
        },
        notes,
    };
}

;// CONCATENATED MODULE: ./src/action/runner-files.ts
// The runner's own files, which @actions/core writes: GITHUB_OUTPUT synchronously (a named
// pipe there would block the run before any deadline could end it) and GITHUB_STEP_SUMMARY.
// The runner gives regular files; a named pipe is refused before any call.

const runner_files_RUNNER_FILES = ['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY'];
/** What is wrong with the runner's files, for the configuration mistakes (exit 2). */
function runnerFileProblems(env) {
    return runner_files_RUNNER_FILES.flatMap((name) => {
        const path = env[name];
        // Absent or unreadable: writing to it fails, which is reported where it happens.
        return path && (0,file_kind/* statOrUndefined */.md)(path)?.isFIFO()
            ? [
                `${name} is ${(0,outside/* outside */.qY)(path)}, a named pipe (FIFO), where the runner gives a file: writing to it could block the run. Point it at a file.`,
            ]
            : [];
    });
}

;// CONCATENATED MODULE: ./src/action/main.ts












/** The exit code of a configuration mistake, the pipe's: nothing was called. */
const CONFIGURATION_ERROR = 2;
/**
 * The Action: inputs in, outputs, annotations and the job summary out, one setFailed on
 * failure. Returns 2 for a configuration mistake (as the pipe exits), else nothing: the
 * exit code is then setFailed's 1, or 0.
 */
async function run(deps = { core: lib_core }) {
    const env = deps.env ?? process.env;
    const secrets = registerSecrets(deps.core, env);
    const core = redactingCore(deps.core, secrets);
    // The release that ran, first, on every run.
    core.info(`codebuild-credential-sync ${(0,version/* runVersion */.yh)(env)}`);
    try {
        const config = await readConfiguration(core, env);
        if (!config)
            return CONFIGURATION_ERROR;
        await runConfigured(deps, core, env, config, secrets);
    }
    catch (error) {
        if (error instanceof errors/* UserError */.yo) {
            core.setFailed(error.message);
            return;
        }
        core.setFailed(`Unexpected error: ${(0,errors/* errorMessage */.gJ)(error)}`);
        // A bug, not a mistake: its stack, mapped to src/ by the bundle's source maps, is what
        // a bug report needs.
        await loadSourceMaps();
        if (error instanceof Error && error.stack)
            core.info(error.stack);
    }
}
/**
 * Registers the secrets before anything can print: every form is masked by the
 * runner (setSecret) and redacted from everything written through `core`.
 */
function registerSecrets(rawCore, env) {
    const secrets = new trust_secrets/* Secrets */.Sb((form) => rawCore.setSecret(form));
    const rawToken = rawCore.getInput('token');
    // A connection or secret ARN (CODECONNECTIONS, SECRETS_MANAGER) is not secret, nor the name of
    // a variable that was never expanded (refused, by name); anything else is.
    if (!/^arn:/.test(rawToken.trim()) && !unexpandedVariable(rawToken))
        secrets.addCredential(rawToken, rawCore.getInput('username') || undefined);
    secrets.add(rawCore.getInput('github-token') || env.GITHUB_TOKEN);
    secrets.add(env.AWS_SECRET_ACCESS_KEY);
    secrets.add(env.AWS_SESSION_TOKEN);
    (0,wire_proxy/* addProxySecrets */.d)(secrets, env, rawCore.getInput('http-proxy'));
    // A token pasted into another input (mode, aws-region, ...) is as secret as one in
    // `token`: the message that refuses the value must not show it.
    // Read as the runner set them (not through getInput): nothing here may throw before the
    // run's own handler is in place.
    for (const word of (0,token_form/* pastedTokens */.EE)(Object.values(env), (0,base_options/* strictOptionsFor */.xU)('action').map((o) => env[`INPUT_${o.input.toUpperCase()}`])))
        secrets.add(word);
    return secrets;
}
/**
 * Every mistake, in the inputs and in the AWS credential variables, before any call: the
 * configuration, or undefined once the step has failed saying what to fix.
 */
async function readConfiguration(core, env) {
    let config;
    const mistakes = [];
    try {
        config = buildConfig(inputSource(core, env));
    }
    catch (error) {
        if (!(error instanceof errors/* ConfigError */.xL))
            throw error;
        mistakes.push(...error.problems);
    }
    // Without input 'github-api-url', GITHUB_API_URL was checked as its value (config.ts).
    if (core.getInput('github-api-url'))
        mistakes.push(...runnerVariableProblems(env));
    mistakes.push(...runnerFileProblems(env));
    // merge reads report files only: no AWS call, so no AWS credentials.
    if (config?.mode !== 'merge')
        mistakes.push(...(await (0,credentials/* awsCredentialProblems */.ru)(env, 'action')));
    if (!config || mistakes.length > 0) {
        // No random-looking word of what was set is shown: it may be a token with no prefix.
        core.setFailed(new errors/* ConfigError */.xL(mistakes, (0,random_words/* typedRuns */.ZU)(Object.entries(env).flat())).message);
        return undefined;
    }
    return config;
}
/** Runs a valid configuration within the run's deadline, then publishes what it found. */
async function runConfigured(deps, core, env, config, secrets) {
    useProxyInputs(env, config);
    const logger = {
        info: (m) => core.info(m),
        warn: (m) => core.warning(m),
        debug: (m) => core.debug(m),
    };
    logger.debug(`Configuration: mode=${config.mode} serverType=${config.serverType} authType=${config.authType} regions=${config.regions.join(',')} dryRun=${config.dryRun} githubApiUrl=${config.githubApiUrl}`);
    const context = deps.context ?? (await workflowContext(env, logger));
    // The run's deadline; a cancelled workflow (SIGINT, then SIGTERM) stops the run the same way.
    const deadline = deps.runDependencies?.deadline ?? new wire_deadline/* RunDeadline */.sQ(config.timeoutSeconds);
    const removeSignalHandlers = deadline.cancelOnSignals();
    // Outside the main thread: ends the process even when a synchronous read holds it.
    let watchdog;
    let file;
    try {
        if (deps.watchdog)
            watchdog = startWatchdog({
                deadlineAt: deadline.limits.deadlineAt ?? Date.now() + config.timeoutSeconds * 1000,
                timeoutSeconds: config.timeoutSeconds,
                reportFile: config.reportFile,
                // Field by field: a whole JSON text that quoted a secret would be hidden whole, not JSON.
                head: secrets.redactAll(JSON.parse(JSON.stringify(watchdogHead({ ...config, context: runContext(context) })))),
                platform: 'action',
            });
        // Written as the run goes (each row once final), renamed over the path at the end; the
        // watchdog's minimal report copies the rows written so far from it.
        file = openReportFile(config.reportFile, secrets);
        const rowsTo = file;
        const dog = watchdog;
        if (file && dog)
            file.onRows = (at) => dog.rows(at);
        // The run's progress lines fold into one group; the result and the summary stay outside.
        const where = config.mode === 'merge'
            ? `${config.reports.length} report path${config.reports.length === 1 ? '' : 's'}`
            : config.allRegions
                ? 'every enabled region'
                : config.regions.join(', ');
        const report = await inGroup(core, `${config.mode}${config.dryRun ? ' (dry run)' : ''} in ${where}`, () => (deps.runCredentialSync ?? runCredentialSync)(config, {
            ...deps.runDependencies,
            logger,
            secrets,
            context: runContext(context),
            deadline,
            onRowFinal: rowsTo && ((row) => rowsTo.row(row)),
        }));
        const outputProblem = await publish(core, env, config, report, logger);
        // A report file that cannot be written fails the step, after the outputs and summary.
        const reportProblem = tryWriteReport(file, report, core.info);
        for (const { text } of (0,groups/* groupWarnings */.PB)(report))
            core.warning(text, { title: 'CodeBuild credential' });
        // The drift issue is bookkeeping: its failure is reported, after the run's own result.
        const issueProblem = config.driftIssue
            ? await tryDriftIssue(core, context, config, report, logger, deadline, secrets)
            : undefined;
        conclude(core, config, report, { reportProblem, outputProblem, issueProblem });
    }
    finally {
        // A run that ended without a report (a bug) leaves no rows file behind.
        file?.abandon();
        watchdog?.stop();
        removeSignalHandlers();
        deadline.dispose();
    }
}
/**
 * The outputs, the log's text, the job summary and the notes, each within what GitHub takes
 * (fit.ts). Returns why the outputs could not be written, if they could not.
 */
async function publish(core, env, config, report, logger) {
    const outputs = outputValues(report, config.reportFile);
    let outputProblem;
    try {
        for (const [name, value] of Object.entries(outputs.values))
            core.setOutput(name, value);
    }
    catch (error) {
        // The runner's file could not take them (a full disk, say): the step fails, saying so.
        outputProblem = `Could not write the step's outputs to GITHUB_OUTPUT: ${(0,errors/* errorMessage */.gJ)(error)}`;
    }
    // A failed run's errors are said once, in the failure message below.
    const failing = exitCodeFor(report, config) !== 0;
    // Warnings and findings are annotations (below: a warning each, or the failure), which
    // the log shows too: the text leaves them out.
    core.info((0,report_report/* renderText */.S5)(report, {
        errorsShownElsewhere: failing ? report.errors.length : 0,
        warningsShownElsewhere: true,
        findingsShownElsewhere: true,
    }));
    if (core.isDebug())
        logger.debug(`Report: ${outputs.values.report}`);
    await writeSummary(core, env, fitSummary((0,report_report/* renderMarkdown */.Gc)(report), config.reportFile));
    for (const note of outputs.notes)
        core.warning(note, { title: 'CodeBuild credential' });
    return outputProblem;
}
/** The step's result: one setFailed saying every problem, or the drift as annotations and a summary line. */
function conclude(core, config, report, { reportProblem, outputProblem, issueProblem, }) {
    const code = exitCodeFor(report, config);
    const problems = [
        code !== 0
            ? failureMessage(report)
            : reportProblem || outputProblem
                ? `${(0,report_report/* summaryLine */.dC)(report)}.`
                : undefined,
        reportProblem,
        outputProblem,
        issueProblem,
    ];
    if (problems.some(Boolean)) {
        core.setFailed(problems.filter(Boolean).join('\n'));
        return;
    }
    // Drift that does not fail the job (fail-on-drift: false) still shows as annotations.
    for (const group of (0,groups/* groupFindings */.kG)(report.findings)) {
        core.warning(group.full, { title: `CodeBuild credential drift: ${group.kind}` });
    }
    core.info(`${report.outcome === 'success' ? '✔' : '⚠'} ${(0,report_report/* summaryLine */.dC)(report)}`);
}
/**
 * The toolkit with every way out sealed and redacted: log lines, annotations, outputs,
 * the failure message and the job summary. Everything the Action prints goes through
 * it, so no line it prints can begin a workflow command (`core.info` writes as it is
 * given) and outside text is set in code spans in the summary.
 */
function redactingCore(core, secrets) {
    const r = (text) => secrets.redactFor(outside/* forPlain */.qI, text);
    const summary = {
        addRaw: (text, addEOL) => {
            core.summary.addRaw(secrets.redactFor(base_markdown/* forMarkdown */.B, text), addEOL);
            return summary;
        },
        write: () => core.summary.write(),
    };
    return {
        getInput: (name, options) => core.getInput(name, options),
        setSecret: (value) => core.setSecret(value),
        isDebug: () => core.isDebug(),
        info: (message) => core.info(r(message)),
        debug: (message) => core.debug(r(message)),
        warning: (message, properties) => core.warning(typeof message === 'string' ? r(message) : r((0,errors/* errorMessage */.gJ)(message)), properties),
        setFailed: (message) => core.setFailed(typeof message === 'string' ? r(message) : r((0,errors/* errorMessage */.gJ)(message))),
        setOutput: (name, value) => core.setOutput(name, r(typeof value === 'string' ? value : JSON.stringify(value))),
        summary,
        group: core.group ? (name, fn) => core.group(r(name), fn) : undefined,
    };
}
/** Runs a long phase in a collapsible group of the log, where the toolkit has groups. */
function inGroup(core, name, fn) {
    return core.group ? core.group(name, fn) : fn();
}
/**
 * Opens, updates or closes the drift issue in the workflow's repository, in its own group of
 * the log; a failure (a UserError) is returned, not thrown.
 */
async function tryDriftIssue(core, context, config, report, logger, deadline, secrets) {
    try {
        await inGroup(core, 'The drift issue', async () => {
            const ctx = runContext(context);
            const apiUrl = context.apiUrl ?? 'https://api.github.com';
            if (!ctx?.repository) {
                throw new errors/* UserError */.yo("input 'drift-issue' needs the workflow's repository (GITHUB_REPOSITORY), which is not set.");
            }
            if (!config.githubToken) {
                throw new errors/* UserError */.yo("input 'drift-issue' needs input 'github-token' (default: the workflow's GITHUB_TOKEN with `permissions: issues: write`).");
            }
            // Loaded (with the rate-limit plugins) only by runs that keep a drift issue.
            const [{ syncDriftIssue }, client] = await Promise.all([
                loadDriftIssue(),
                driftIssueClient(config.githubToken, apiUrl, logger, deadline.limits),
            ]);
            // It says what it did, with the link, once (issue 17: the Action used to say it twice).
            await syncDriftIssue({
                apiUrl,
                client,
                repository: ctx.repository,
                report,
                runUrl: ctx.runUrl,
                logger,
                limits: deadline.limits,
                reportFile: config.reportFile,
                secrets,
            });
        });
        return undefined;
    }
    catch (error) {
        if (!(error instanceof errors/* UserError */.yo))
            throw error;
        return error.message;
    }
}
/**
 * The proxy inputs become this process's proxy variables, which every outbound call reads
 * (proxy.ts), as would any library that reads them (@actions/http-client). A variable given as
 * `host:port` is written back as `http://host:port`, which @actions/http-client would
 * otherwise not use.
 */
function useProxyInputs(env, config) {
    for (const name of ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY']) {
        const value = config.httpProxy ?? env[name];
        const url = value ? (0,wire_proxy/* parseProxyUrl */.Pr)(value.trim()) : undefined;
        if (url)
            env[name] = url.href;
    }
    if (config.noProxy)
        env.no_proxy = env.NO_PROXY = config.noProxy;
}
/** What to fix, in one message: the errors, the failed regions and the drift found. */
function failureMessage(report) {
    const lines = [`${(0,report_report/* summaryLine */.dC)(report)}.`];
    lines.push(...report.errors);
    if (report.errors.length === 0) {
        // A failure that is the same in many regions is said once, with the regions counted.
        const failed = report.regions.filter((r) => r.status === 'error');
        const said = failed.map((r) => `${r.account ? `${r.account}/` : ''}${r.region}: ${r.detail}`);
        lines.push(...(0,groups/* groupWarnings */.PB)({ warnings: said, regions: failed }).map((g) => g.text));
    }
    for (const group of (0,groups/* groupFindings */.kG)(report.findings))
        lines.push(group.full);
    if (report.outcome === 'drift') {
        lines.push('Set fail-on-drift: false to report drift without failing the job.');
    }
    return lines.join('\n');
}
/** The job summary within GitHub's 1 MiB, saying what was left out and where the whole report is. */
function fitSummary(markdown, reportFile) {
    return (0,fit/* fitMarkdown */.DJ)(markdown, fit/* SUMMARY_MAX_BYTES */.eR, fit/* bytes */.ee, (left, total) => `**This summary is cut here**: ${left.toLocaleString('en-US')} of its ${total.toLocaleString('en-US')} lines are left out, since GitHub shows a job summary only up to 1 MiB; ${(0,fit/* wholeReport */.wA)(reportFile, base_markdown/* codeSpan */.S)}.`);
}
async function writeSummary(core, env, markdown) {
    // Outside a runner (no GITHUB_STEP_SUMMARY) there is no summary to write.
    if (!env.GITHUB_STEP_SUMMARY)
        return;
    try {
        await core.summary.addRaw(markdown, true).write();
    }
    catch (error) {
        core.warning(`Could not write the job summary: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
}
/** Where the run happens, for the report; fields the runner did not set are left out. */
function runContext(context) {
    let repository;
    try {
        repository = `${context.repo.owner}/${context.repo.repo}`;
    }
    catch {
        repository = undefined; // context.repo throws outside a runner
    }
    const runUrl = context.serverUrl && repository && context.runId
        ? `${context.serverUrl}/${repository}/actions/runs/${context.runId}`
        : undefined;
    const fields = {
        repository,
        workflow: context.workflow,
        runId: context.runId,
        runNumber: context.runNumber,
        actor: context.actor,
        serverUrl: context.serverUrl,
        runUrl,
    };
    const present = Object.entries(fields)
        .filter(([, v]) => v !== undefined && v !== '' && !(typeof v === 'number' && Number.isNaN(v)))
        .map(([k, v]) => [k, String(v)]);
    return present.length ? Object.fromEntries(present) : undefined;
}


/***/ }),

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

/***/ 6342:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ ROLE_ARN)
/* harmony export */ });
// The shapes of the ARNs this product reads and builds.
/** An IAM role ARN in any partition (aws, aws-cn, aws-us-gov, …). */
const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/;


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

/***/ 2167:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mc: () => (/* binding */ identitySecrets),
/* harmony export */   r0: () => (/* binding */ awsCredentialsHelp),
/* harmony export */   ru: () => (/* binding */ awsCredentialProblems)
/* harmony export */ });
/* unused harmony export prepareAwsCredentials */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _arn_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6342);
/* harmony import */ var _base_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6514);
/* harmony import */ var _base_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8858);
/* harmony import */ var _base_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(308);






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
    const { loadSharedConfigFiles } = await __webpack_require__.e(/* import() */ 291).then(__webpack_require__.t.bind(__webpack_require__, 7291, 19));
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
    const { readFile } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1455, 23));
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
    const { loadSharedConfigFiles } = await __webpack_require__.e(/* import() */ 291).then(__webpack_require__.t.bind(__webpack_require__, 7291, 19));
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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JG: () => (/* binding */ isAccountId),
/* harmony export */   YM: () => (/* binding */ checkedNames),
/* harmony export */   i7: () => (/* binding */ checkedRegionNames),
/* harmony export */   jD: () => (/* binding */ isProjectName),
/* harmony export */   jG: () => (/* binding */ REGION_SHAPE),
/* harmony export */   po: () => (/* binding */ accountState)
/* harmony export */ });
/* unused harmony exports MAX_REGION_NAME, isRegionName, ACCOUNT_STATES, ACCOUNT_STATUSES */
/* harmony import */ var _base_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8858);
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
const loadProjects = () => Promise.all(/* import() */[__webpack_require__.e(439), __webpack_require__.e(579)]).then(__webpack_require__.bind(__webpack_require__, 579));
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

/***/ 2074:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   wd: () => (/* binding */ ProviderUnavailableError),
/* harmony export */   xL: () => (/* binding */ ConfigError),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
/* harmony import */ var _random_words_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2854);

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

/***/ 1844:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ forMarkdown),
/* harmony export */   S: () => (/* binding */ codeSpan)
/* harmony export */ });
/* harmony import */ var _outside_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8858);
// The Markdown sink (the job summary, the drift issue): sealed outside text (outside.ts) set
// in code spans, and nothing from outside turned into HTML, an image, a mention or a
// reference. Its own module, apart from the plain sink: the pipe never writes Markdown,
// and the Action's entry, which starts with a plain sink, does not parse it.

/**
 * Our own HTML, the only HTML a Markdown sink lets through: a few tags without attributes
 * (folding, small print, code) and a short comment (the drift issue's marker). Nothing in
 * them loads, runs or links.
 */
const OWN_HTML = /<\/?(?:details|summary|sub|code)>|<!-- [a-z0-9:-]{1,64} -->/y;
/**
 * A line on which an HTML block may start (CommonMark 4.6), also inside a list item or a
 * quote: in one, Markdown is not read, so code spans do not hold.
 */
const HTML_BLOCK_START = /<\/?(?:details|summary)>|<!--|^[\s>*+\-\d.)]*<\/?(?:sub|code)>\s*$/;
/**
 * Entities that stand for a character that can start nothing (HTML, a mention, a
 * reference, a link, a code span): what this sink writes itself. Any other entity's `&`
 * is escaped, so `&#64;octocat` stays text.
 */
const SAFE_ENTITY = /&(?:lt|gt|amp|quot|#(?:33|42|60|62|91|92|93|95|96|124|126));/y;
/** An entity or character reference (CommonMark 6.2), whatever it stands for. */
const ENTITY = /&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});/y;
/**
 * What GitHub turns into a notification or a link to another item: an `@` mention (of a
 * user or a team) and an issue reference (`#12`, `owner/repo#12` by its `#12`, `GH-12`).
 * Set in `<code>`, which GitHub's mention and reference filters skip; an escape
 * (`\@`, `&#64;`) does not stop them, since they read the rendered text.
 */
const TRIGGER = /@[A-Za-z0-9][A-Za-z0-9_-]*(?:\/[A-Za-z0-9_.-]+)?|#\d+|GH-\d+/giy;
/** The characters `inCode` writes as entities: all that Markdown reads inside inline HTML. */
const CODE_ESCAPES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '`': '&#96;',
    '[': '&#91;',
    ']': '&#93;',
    '\\': '&#92;',
    '|': '&#124;',
    '*': '&#42;',
    _: '&#95;',
    '~': '&#126;',
    '!': '&#33;',
};
/** Outside text as `<code>`, for a line in an HTML block: every character Markdown or HTML reads is an entity. */
function inCode(text) {
    if (text === '')
        return '';
    return `<code>${text.replace(/[&<>`[\]\\|*_~!]/g, (c) => CODE_ESCAPES[c])}</code>`;
}
/** Whether an odd number of backslashes stands right before `at`: the character there is escaped. */
function escapedAt(text, at) {
    let n = 0;
    for (let i = at - 1; i >= 0 && text.charCodeAt(i) === 92; i--)
        n++;
    return n % 2 === 1;
}
/**
 * What a line is written to: its pieces, and what its end holds, read without joining
 * them (joining at each look would make a long line quadratic).
 */
class Written {
    parts = [];
    /** The last characters written, at most 8. */
    tail = '';
    /** How many backslashes end what is written. */
    slashes = 0;
    add(text) {
        if (!text)
            return;
        this.parts.push(text);
        this.tail = (text.length >= 8 ? text : this.tail + text).slice(-8);
        let n = 0;
        while (n < text.length && text.charCodeAt(text.length - 1 - n) === 92)
            n++;
        this.slashes = n === text.length ? this.slashes + n : n;
    }
    endsWith(text) {
        return this.tail.endsWith(text);
    }
    /** Whether the next character would be escaped: an odd number of backslashes ends it. */
    get escaping() {
        return this.slashes % 2 === 1;
    }
    toString() {
        return this.parts.join('');
    }
}
/**
 * Text of ours, or from outside without a seal, where Markdown or HTML is read (not in
 * a code span): no HTML but ours (`<` as `&lt;`), no entity but the safe ones (`&` as
 * `&amp;`), no image, every mention and reference in `<code>`. Entities, not backslashes:
 * they hold in an HTML block too. Written to `out`.
 */
function inert(text, out) {
    for (let i = 0; i < text.length;) {
        const c = text[i];
        if (c === '<' || c === '&') {
            const own = c === '<' ? OWN_HTML : SAFE_ENTITY;
            own.lastIndex = i;
            const m = own.exec(text);
            if (m) {
                out.add(m[0]);
                i += m[0].length;
                continue;
            }
            ENTITY.lastIndex = i;
            if (c === '<' || ENTITY.test(text)) {
                // An entity, not a backslash: it holds in an HTML block too, and no autolink takes it.
                out.add(c === '<' ? '&lt;' : '&amp;');
                i++;
                continue;
            }
        }
        else if (c === '@' || c === '#' || c === 'G' || c === 'g') {
            TRIGGER.lastIndex = i;
            const m = TRIGGER.exec(text);
            const end = i + (m?.[0].length ?? 0);
            // Already in a `<code>` of its own (a second pass): as it is.
            if (m && !(out.endsWith('<code>') && text.startsWith('</code>', end))) {
                // `<code>` after a backslash would be text, and the mention live.
                out.add(`${out.escaping ? ' ' : ''}<code>${m[0]}</code>`);
                i += m[0].length;
                continue;
            }
        }
        else if (c === '!' && text[i + 1] === '[') {
            // No image: an entity cannot open a link, in Markdown or in an HTML block.
            out.add('!&#91;');
            i += 2;
            continue;
        }
        out.add(c);
        i++;
    }
}
/**
 * The code spans of a line of our text (CommonMark 6.1), with each piece of sealed text
 * standing as one placeholder: each run of backticks is paired with the next run of the
 * same length in its table cell, as a renderer pairs them. A run with no partner, or
 * escaped by a backslash, is returned as loose: the caller writes it as ˋ, so that no
 * backtick of ours, paired or not, can pair with another than the one found here.
 */
function codeSpans(line) {
    const runs = [];
    let cell = 0;
    for (let i = 0; i < line.length; i++) {
        const c = line.charCodeAt(i);
        // GitHub splits a table row at every `|` not after a backslash, before it reads code spans.
        if (c === 124 && line.charCodeAt(i - 1) !== 92)
            cell++;
        else if (c === 96) {
            const start = i;
            while (line.charCodeAt(i + 1) === 96)
                i++;
            runs.push({ start, length: i - start + 1, cell });
        }
    }
    // The next run of the same length in the same cell, found from the right: linear.
    const next = new Array(runs.length).fill(-1);
    const seen = new Map();
    for (let k = runs.length - 1; k >= 0; k--) {
        const key = `${runs[k].cell}:${runs[k].length}`;
        next[k] = seen.get(key) ?? -1;
        seen.set(key, k);
    }
    const spans = [];
    const loose = [];
    for (let k = 0; k < runs.length; k++) {
        const run = runs[k];
        const partner = next[k];
        if (partner < 0 || escapedAt(line, run.start)) {
            loose.push(run);
            continue;
        }
        const close = runs[partner];
        spans.push([run.start, close.start + close.length]);
        k = partner; // the runs between are inside the span
    }
    return { spans, loose };
}
/** A sealed piece of a line: one placeholder in the line's own text. */
const PLACE = '\uE000';
/** `text` with every `|` not after a backslash escaped: in a table cell, it cannot end the cell. */
function pipesEscaped(text) {
    return text.replace(/(^|[^\\])\|/g, '$1\\|').replace(/(^|[^\\])\|/g, '$1\\|');
}
/**
 * One line for a Markdown sink. Outside a code span, our text passes `inert` and each
 * piece of sealed text is set in a code span of its own (`codeSpan`), spaced from any
 * backtick or backslash beside it; inside a code span of ours it is inert already (its
 * backticks become ˋ). In an HTML block (`html`) no code span holds: sealed text is set
 * in `<code>` with entities (`inCode`), and all our text passes `inert`.
 */
function markdownLine(line, html) {
    const sealed = [];
    const text = line
        // A seal left open ends where the next one opens, or at the end of the line.
        .replace(/\uE000([^\uE000\uE001]*)(?:\uE001|(?=\uE000)|$)/g, (_, inner) => {
        sealed.push(inner);
        return PLACE;
    })
        .replace(/\uE001/g, '');
    // Where each placeholder is, found once: the pieces are written left to right, so one
    // pointer walks them (a search from each span would be quadratic in a line of spans).
    const places = [];
    for (let p = text.indexOf(PLACE); p >= 0; p = text.indexOf(PLACE, p + 1))
        places.push(p);
    let piece = 0;
    const next = () => pipesEscaped(sealed[piece++] ?? '');
    /** The next placeholder before `to`, or -1. */
    const placeBefore = (to) => piece < places.length && places[piece] < to ? places[piece] : -1;
    const out = new Written();
    /** Our text outside code spans, from `from` to `to`, each placeholder its sealed text. */
    const write = (source, from, to) => {
        let at = from;
        for (let p = placeBefore(to); p >= 0; p = placeBefore(to)) {
            inert(source.slice(at, p), out);
            if (html) {
                const code = inCode(next());
                out.add(`${code && out.escaping ? ' ' : ''}${code}`);
            }
            else {
                const span = codeSpan(next());
                // Spaced from a backtick or backslash beside it, which would join or escape its fence.
                if (span && (out.endsWith('`') || out.escaping))
                    out.add(' ');
                out.add(span);
            }
            at = p + 1;
        }
        inert(source.slice(at, to), out);
    };
    if (html) {
        write(text, 0, text.length);
        return out.toString();
    }
    const { spans, loose } = codeSpans(text);
    // Loose backticks become ˋ, one for one: the positions found stay right.
    const units = text.split('');
    for (const run of loose)
        for (let i = 0; i < run.length; i++)
            units[run.start + i] = '\u02cb';
    const source = loose.length ? units.join('') : text;
    let at = 0;
    for (const [start, end] of spans) {
        write(source, at, start);
        // Spaced from a fence or backslash before it, as a sealed span is.
        if (out.endsWith('`') || out.escaping)
            out.add(' ');
        // Inside a code span of ours: as it is, each sealed piece inert (no backtick, no `|`).
        let from = start;
        for (let p = placeBefore(end); p >= 0; p = placeBefore(end)) {
            out.add(source.slice(from, p) + next().replace(/`/g, '\u02cb'));
            from = p + 1;
        }
        out.add(source.slice(from, end));
        at = end;
    }
    write(source, at, source.length);
    return out.toString();
}
/**
 * A Markdown sink's last step (the job summary, the drift issue's body and comments):
 * `clean`, then each line by `markdownLine`, so that nothing from outside, sealed or
 * not, adds HTML, an image, an `@` mention or an issue reference: sealed text is set in
 * code spans, and outside a code span only our own HTML, safe entities and mentions in
 * `<code>` remain. Lines in what may be an HTML block (from a line with one of our block
 * tags to a blank line) are written for HTML. A second pass changes nothing that matters.
 */
function forMarkdown(markdown) {
    let html = false;
    return (0,_outside_js__WEBPACK_IMPORTED_MODULE_0__/* .clean */ .uH)(markdown)
        .split('\n')
        .map((line) => {
        if (/^[ \t]*$/.test(line)) {
            html = false;
            return line;
        }
        if (!html && HTML_BLOCK_START.test(line.replace(/[\uE000\uE001]/g, '')))
            html = true;
        return (0,_outside_js__WEBPACK_IMPORTED_MODULE_0__/* .breakCommands */ .ix)(markdownLine(line, html));
    })
        .join('\n');
}
/** `text` as a Markdown code span: a fence of backticks longer than any run inside it. */
function codeSpan(text) {
    if (text === '')
        return '';
    const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    // A span that starts or ends with a backtick (or a space) needs a space inside the fence.
    const pad = /^[` ]|[` ]$/.test(text) ? ' ' : '';
    return `${fence}${pad}${text}${pad}${fence}`;
}


/***/ }),

/***/ 3363:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A5: () => (/* binding */ optionsFor),
/* harmony export */   FN: () => (/* binding */ MODES),
/* harmony export */   KU: () => (/* binding */ DEFAULT_TIMEOUT_SECONDS),
/* harmony export */   Pe: () => (/* binding */ MAX_TIMEOUT_SECONDS),
/* harmony export */   jN: () => (/* binding */ MIN_TIMEOUT_SECONDS),
/* harmony export */   jx: () => (/* binding */ defaultIn),
/* harmony export */   lw: () => (/* binding */ OPTIONS),
/* harmony export */   oT: () => (/* binding */ SERVER_TYPES),
/* harmony export */   tG: () => (/* binding */ AUTH_TYPES),
/* harmony export */   xU: () => (/* binding */ strictOptionsFor)
/* harmony export */ });
/* unused harmony exports defaultTextFor, defaultFor */
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

/***/ 308:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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

/***/ 5127:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _O: () => (/* binding */ USER_AGENT),
  xv: () => (/* binding */ VERSION),
  yh: () => (/* binding */ runVersion)
});

// UNUSED EXPORTS: IS_RELEASE

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"1.1.0-dev"};
// EXTERNAL MODULE: ./src/core/base/file-kind.ts
var file_kind = __webpack_require__(6514);
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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
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
var similar = __webpack_require__(308);
// EXTERNAL MODULE: ./src/core/aws/found.ts
var found = __webpack_require__(2973);
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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Iw: () => (/* binding */ inShard),
/* harmony export */   eG: () => (/* binding */ shardText),
/* harmony export */   uK: () => (/* binding */ parseShard)
/* harmony export */ });
/* unused harmony exports MAX_SHARDS, SHARD_FORM, shardOfParallelStep, shardOf */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
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

/***/ 5625:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DJ: () => (/* binding */ fitMarkdown),
/* harmony export */   UV: () => (/* binding */ fitPlain),
/* harmony export */   WT: () => (/* binding */ ISSUE_BODY_MAX_CHARS),
/* harmony export */   Wn: () => (/* binding */ chars),
/* harmony export */   eR: () => (/* binding */ SUMMARY_MAX_BYTES),
/* harmony export */   ee: () => (/* binding */ bytes),
/* harmony export */   sr: () => (/* binding */ fitReportJson),
/* harmony export */   wA: () => (/* binding */ wholeReport),
/* harmony export */   zz: () => (/* binding */ OUTPUT_MAX_BYTES)
/* harmony export */ });
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


/***/ }),

/***/ 2160:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   Oc: () => (/* binding */ regionDetail),
/* harmony export */   PB: () => (/* binding */ groupWarnings),
/* harmony export */   S$: () => (/* binding */ breaksText),
/* harmony export */   gw: () => (/* binding */ regionName),
/* harmony export */   kG: () => (/* binding */ groupFindings),
/* harmony export */   pg: () => (/* binding */ shortList)
/* harmony export */ });
/* unused harmony exports NAMED, placeOf */
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
/* harmony export */   By: () => (/* binding */ grantedScopes),
/* harmony export */   Gc: () => (/* binding */ renderMarkdown),
/* harmony export */   S5: () => (/* binding */ renderText),
/* harmony export */   dC: () => (/* binding */ summaryLine),
/* harmony export */   hF: () => (/* binding */ renderJson),
/* harmony export */   "if": () => (/* binding */ missingScopes)
/* harmony export */ });
/* unused harmony exports firstCause, FINE_LISTED_MAX */
/* harmony import */ var _base_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8858);
/* harmony import */ var _base_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1844);
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
    return region ? `${regionName(region)}: ${region.detail}` : undefined;
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
    const none = report.regions.filter((r) => r.projects?.length === 0).map(_groups_js__WEBPACK_IMPORTED_MODULE_0__/* .regionName */ .gw);
    if (none.length === 0)
        return [];
    if (none.length === 1)
        return [`**Projects in ${none[0]}**: none on this server type`];
    return [
        `**Projects in ${(0,_groups_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(none.length, 'region')}**: none on this server type (${(0,_groups_js__WEBPACK_IMPORTED_MODULE_0__/* .shortList */ .pg)(none)})`,
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
                cell((0,_groups_js__WEBPACK_IMPORTED_MODULE_0__/* .regionDetail */ .Oc)(r, report.findings)),
            ];
            out.push(`| ${(withAccount ? [r.account ?? '', ...row] : row).join(' | ')} |`);
        }
        out.push('');
    }
    if (report.findings.length) {
        out.push('**Drift**', '');
        for (const g of (0,_groups_js__WEBPACK_IMPORTED_MODULE_0__/* .groupFindings */ .kG)(report.findings)) {
            if (g.places.length > 1) {
                out.push(`- \`${g.kind}\`: ${g.text}`);
                continue;
            }
            const f = g.findings[0];
            const breaks = (0,_groups_js__WEBPACK_IMPORTED_MODULE_0__/* .breaksText */ .S$)(g.findings.flatMap((x) => x.projects ?? []));
            out.push(`- \`${f.kind}\`${g.places[0] ? ` (${g.places[0]})` : ''}: ${f.message}${f.projects && breaks ? ` **It ${breaks}.**` : ''}`);
        }
        out.push('');
    }
    const none = noProjects(report);
    if (none.length)
        out.push(...none, '');
    for (const r of report.regions)
        out.push(...projectTable(r));
    const warnings = (0,_groups_js__WEBPACK_IMPORTED_MODULE_0__/* .groupWarnings */ .PB)(report);
    if (warnings.length) {
        out.push('**Warnings**', '', ...warnings.map((w) => `- ${w.text}`), '');
    }
    if (report.errors.length) {
        out.push('**Errors**', '', ...report.errors.map((e) => `- ${e}`), '');
    }
    out.push(`<sub>codebuild-credential-sync ${report.tool.version}</sub>`, '');
    return (0,_base_index_js__WEBPACK_IMPORTED_MODULE_2__/* .forMarkdown */ .B)(out.join('\n'));
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
    const title = `Projects in ${(0,_groups_js__WEBPACK_IMPORTED_MODULE_0__/* .regionName */ .gw)(r)} (${r.projects.length})`;
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
        const { introspectGitHub } = await Promise.all(/* import() */[__webpack_require__.e(439), __webpack_require__.e(837)]).then(__webpack_require__.bind(__webpack_require__, 2837));
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



const loadWebhooks = () => Promise.all(/* import() */[__webpack_require__.e(439), __webpack_require__.e(534)]).then(__webpack_require__.bind(__webpack_require__, 8534));

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

/***/ 6812:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RG: () => (/* binding */ HIDDEN),
  Sb: () => (/* binding */ Secrets),
  S: () => (/* binding */ redactingLogger)
});

// UNUSED EXPORTS: LOOK_ALIKES, SYMBOL_BLOCKS, WINDOW, skeleton, telling

// EXTERNAL MODULE: ./src/core/base/outside.ts
var outside = __webpack_require__(8858);
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
var token_form = __webpack_require__(5610);
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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A4: () => (/* binding */ trimToken),
/* harmony export */   EE: () => (/* binding */ pastedTokens),
/* harmony export */   Xb: () => (/* binding */ tokenLengthProblem),
/* harmony export */   q_: () => (/* binding */ tokenCharacterProblem),
/* harmony export */   qc: () => (/* binding */ tokenForm)
/* harmony export */ });
/* unused harmony exports TOKEN_PREFIX, MIN_TOKEN_LENGTH, MAX_TOKEN_LENGTH */
/* harmony import */ var _base_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2854);
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

/***/ 1245:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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
/* harmony import */ var _base_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8858);

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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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
/* harmony import */ var _proxy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1245);
/* harmony import */ var _base_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8858);
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


/***/ })

};

//# sourceMappingURL=274.index.js.map