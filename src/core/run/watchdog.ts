// The deadline the process cannot outlive. The run's own deadline (wire/deadline.ts) is a
// timer on the main thread: a synchronous read that never returns (a file swapped for a
// named pipe after the checks, a library's blocking call) or a loop that never yields
// keeps it from firing, and SIGTERM's handler from running. The watchdog is a worker
// thread with a timer of its own: at the deadline plus WATCHDOG_GRACE_SECONDS it writes
// a minimal report (`"aborted": "deadline"`, the targets finished so far) when a report
// file was asked for, says so on stderr, and ends the whole process with exit code 1.
// A run that ends by itself never hears from it.
import { readdirSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';
import { SHARE_ENV, Worker } from 'node:worker_threads';
import { EXIT_GUARD, EXIT_GUARD_MS, VERSION } from '../base/index.js';

/** How long after the run's deadline the watchdog ends a process that is still there (documented in SECURITY.md). */
export const WATCHDOG_GRACE_SECONDS = 5;

/**
 * How much lower the watchdog thread's priority is than the run's (Linux nice values, 19 at
 * most): its start, a Node environment of its own (about 0.1 s of CPU), gives way to the
 * run's main thread on a machine whose cores are busy. It still runs whenever the main
 * thread waits or is blocked, which is when it is needed; on a core shared with a busy
 * thread it gets about a tenth of it, far more than its timer and report take.
 */
export const WATCHDOG_NICE = 10;

/** This process's threads (Linux: one folder each in /proc/self/task), none elsewhere. */
function threadIds(): string[] {
  try {
    return readdirSync('/proc/self/task');
  } catch {
    return [];
  }
}

export interface WatchdogPlan {
  /** When the run's deadline passes (epoch ms). */
  deadlineAt: number;
  /** The run's `timeout-seconds`, for the message. */
  timeoutSeconds: number;
  /** Where the minimal report goes; undefined: none was asked for. */
  reportFile?: string;
  /** The report's first fields (mode, server type, ...), redacted and JSON-safe. */
  head: Record<string, unknown>;
  /** The Action also says it as an error annotation. */
  platform: 'action' | 'pipe';
}

/** Where the report file's rows are so far (report/file.ts): its rows file, by descriptor. */
export interface RowsSoFar {
  fd: number;
  /** The file it must be (a descriptor closed meanwhile may name another). */
  dev: number;
  ino: number;
  /** Bytes of whole rows, already rendered and redacted, each but the last followed by a comma. */
  bytes: number;
}

export interface Watchdog {
  /** The rows written so far: the minimal report lists them (read from the file, never held). */
  rows(at: RowsSoFar): void;
  /** The run ended by itself: the watchdog goes. */
  stop(): void;
}

/**
 * The worker's code, CommonJS, run from this string (nothing to ship beside the bundle).
 * It touches only node: built-ins and writes only to the report file and fd 1/2.
 */
const WORKER = String.raw`
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
export function startWatchdog(plan: WatchdogPlan): Watchdog {
  const before = threadIds();
  const worker = new Worker(WORKER, {
    eval: true,
    workerData: {
      ...plan,
      graceSeconds: WATCHDOG_GRACE_SECONDS,
      guard: EXIT_GUARD,
      guardMs: EXIT_GUARD_MS,
    },
    env: SHARE_ENV,
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
        setPriority(Number(id), Math.min(19, getPriority() + WATCHDOG_NICE));
      } catch {
        // Not allowed here: it starts at the run's priority, as before.
      }
  // Never what keeps the process alive; an error in it must not end the run.
  worker.unref();
  worker.on('error', () => {});
  return {
    rows: (at) => worker.postMessage(at),
    stop: () => void worker.terminate().catch(() => {}),
  };
}

/** The minimal report's first fields, as the full report has them. */
export function watchdogHead(fields: {
  mode: string;
  serverType: string;
  authType: string;
  dryRun: boolean;
  context?: Record<string, string>;
}): Record<string, unknown> {
  return {
    tool: { name: 'codebuild-credential-sync', version: VERSION },
    version: 2,
    mode: fields.mode,
    serverType: fields.serverType,
    authType: fields.authType,
    dryRun: fields.dryRun,
    ...(fields.context ? { context: fields.context } : {}),
  };
}
