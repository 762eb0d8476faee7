// The processes a run leaves behind. We start none; the AWS SDK starts a profile's
// `credential_process` (through a shell) and, when the run stops first, leaves it running,
// re-parented, after we exit. On exit (and from the watchdog), every process below ours
// is sent SIGTERM. Linux only (it reads /proc); elsewhere SECURITY.md says what holds.
import { readdirSync, readFileSync } from 'node:fs';

/** Depth and count bounds: a fork bomb below us is not walked for ever. */
const MAX_DEPTH = 8;
const MAX_PROCESSES = 256;

/** The processes below `pid` (children, their children, ...), from /proc; [] where there is none. */
export function descendants(pid: number = process.pid): number[] {
  const found: number[] = [];
  const walk = (parent: number, depth: number) => {
    if (depth > MAX_DEPTH) return;
    let tasks: string[];
    try {
      tasks = readdirSync(`/proc/${parent}/task`);
    } catch {
      return;
    }
    for (const task of tasks) {
      let children: string;
      try {
        children = readFileSync(`/proc/${parent}/task/${task}/children`, 'utf8');
      } catch {
        continue;
      }
      for (const child of children.split(' ').filter(Boolean).map(Number)) {
        if (found.length >= MAX_PROCESSES || found.includes(child)) return;
        found.push(child);
        walk(child, depth + 1);
      }
    }
  };
  walk(pid, 0);
  return found;
}

/** How long the exit guard gives exit() before it ends the process with SIGKILL. */
export const EXIT_GUARD_MS = 2000;

/**
 * The exit guard, a Node script run as a process of its own: SIGKILL to the process that
 * started it (argv: its pid, then the milliseconds to wait) if it is still its parent then.
 * Once that process is gone, the guard has another parent and kills nothing.
 */
export const EXIT_GUARD = `const [pid, ms] = process.argv.slice(1).map(Number);
setTimeout(() => { if (process.ppid === pid) try { process.kill(pid, 'SIGKILL'); } catch {} }, ms);`;

/** The exit guard's pid, spared by endChildren. */
let guard: number | undefined;

/**
 * Ends the process with `code`, which nothing can hold. exit() waits for every request in
 * Node's thread pool: a read the AWS SDK started on a named pipe (a token cache swapped
 * after the checks) never returns, and the process would stay for ever, past its deadline.
 * When such a request is pending, a guard process is started first, which ends this one
 * with SIGKILL (status 137) if exit() has not within EXIT_GUARD_MS.
 */
export function exitProcess(code: number): never {
  // A file's open or read still in the pool (FSReqCallback, FSReqPromise) can wait for ever; a
  // handle's close (CloseReq: the Action's summary file, on every run) ends by itself.
  const pending = process.getActiveResourcesInfo().some((name) => /^FSReq/.test(name));
  if (pending && process.platform !== 'win32') {
    try {
      const { spawn } = process.getBuiltinModule('node:child_process');
      const child = spawn(
        process.execPath,
        ['-e', EXIT_GUARD, String(process.pid), String(EXIT_GUARD_MS)],
        // Nothing of the step's environment (NODE_OPTIONS could load anything).
        { stdio: 'ignore', detached: true, env: {} },
      );
      guard = child.pid;
      child.unref();
    } catch {
      // Not started: exit as before.
    }
  }
  return process.exit(code);
}

/** Sends SIGTERM to every process below ours: what the SDK started ends with the run. */
export function endChildren(): void {
  for (const pid of descendants()) {
    if (pid === guard) continue;
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}
