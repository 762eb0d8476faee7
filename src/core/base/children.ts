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

/** Sends SIGTERM to every process below ours: what the SDK started ends with the run. */
export function endChildren(): void {
  for (const pid of descendants()) {
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}
