/* source maps: lazily */         import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 218:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _core_base_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6514);
/* harmony import */ var _core_base_index_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8858);
/* harmony import */ var _core_base_index_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2975);
/* harmony import */ var _core_base_index_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(9754);

// A NODE_EXTRA_CA_CERTS that Node cannot read whole holds the process as soon as node:tls
// is loaded (@actions/core loads it), even at exit: refused before, as a configuration
// mistake (exit 2), in the words and form setFailed would use.
const ca = (0,_core_base_index_js__WEBPACK_IMPORTED_MODULE_0__/* .extraCaCertsProblem */ .HA)(process.env);
if (ca) {
    const text = (0,_core_base_index_js__WEBPACK_IMPORTED_MODULE_1__/* .forPlain */ .qI)(`Invalid configuration:\n- ${ca}`);
    process.stdout.write(`::error::${text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}\n`);
    process.exit(2);
}
// Node's compile cache (see src/pipe/main.ts), in a folder only this user can write:
// compiled code is kept for later runs on the same machine (a self-hosted runner, or
// `act`); everything else is loaded after this.
(0,_core_base_index_js__WEBPACK_IMPORTED_MODULE_2__/* .enableOwnCompileCache */ .n)();
// What the AWS SDK started (a profile's credential_process) ends with the run.
process.on('exit', _core_base_index_js__WEBPACK_IMPORTED_MODULE_3__/* .endChildren */ .PH);
const [{ run }, actionsCore] = await Promise.all([Promise.all(/* import() */[__nccwpck_require__.e(421), __nccwpck_require__.e(274)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4274)), __nccwpck_require__.e(/* import() */ 421).then(__nccwpck_require__.bind(__nccwpck_require__, 6421))]);
// The shipped entry starts the watchdog (core/run/watchdog.ts); tests of run() do not.
const code = await run({ core: actionsCore, watchdog: true });
// Outputs, summary and report are written: exit now (2 for a configuration mistake, else
// the code setFailed set), so that a call abandoned at the deadline or on cancellation
// cannot keep the job alive, even one held in Node's thread pool.
// (process.exit(undefined) would exit 0 under Node 24, whatever setFailed set.)
(0,_core_base_index_js__WEBPACK_IMPORTED_MODULE_3__/* .exitProcess */ ._p)(typeof code === 'number' ? code : (process.exitCode ?? 0));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

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

/***/ 2975:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  n: () => (/* binding */ enableOwnCompileCache)
});

// UNUSED EXPORTS: ownCompileCacheDir

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

/***/ 8858:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Nd: () => (/* binding */ CLOSE),
/* harmony export */   ex: () => (/* binding */ safeDecode),
/* harmony export */   ix: () => (/* binding */ breakCommands),
/* harmony export */   qI: () => (/* binding */ forPlain),
/* harmony export */   qY: () => (/* binding */ outside),
/* harmony export */   sl: () => (/* binding */ withoutUserInfo),
/* harmony export */   tF: () => (/* binding */ outsideAll),
/* harmony export */   uH: () => (/* binding */ clean),
/* harmony export */   vP: () => (/* binding */ OPEN),
/* harmony export */   xm: () => (/* binding */ userInfoIn)
/* harmony export */ });
/* unused harmony exports LINE_BREAK, OUTSIDE_MAX */
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

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

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

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

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

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

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

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

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

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

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
/******/ var __webpack_exports__ = __nccwpck_require__(218);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

//# sourceMappingURL=index.js.map