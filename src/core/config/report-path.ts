// Where the report file may go, checked while the configuration is read (before any
// call): only a regular file or a new path in a writable folder, never one of the
// runner's own files. Reads only: nothing here creates or opens a file.
import { accessSync, constants, lstatSync, realpathSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { kindOf, statOrUndefined } from '../base/index.js';

/** The runner's own files: a report written over one would replace the step's outputs, environment or summary. */
export const RUNNER_FILES = [
  'GITHUB_OUTPUT',
  'GITHUB_ENV',
  'GITHUB_STEP_SUMMARY',
  'GITHUB_PATH',
  'GITHUB_STATE',
] as const;

/** The runner's files this step has, by variable name, from the environment. */
export function runnerFilesIn(env: NodeJS.ProcessEnv): Record<string, string> {
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
export function reportPathProblem(
  path: string,
  runnerFiles: Record<string, string> = {},
): string | undefined {
  const target = resolve(path);
  const existing = lstatOrUndefined(target);
  if (existing && !existing.isFile() && !existing.isSymbolicLink()) {
    const what = kindOf(existing);
    return `is ${path}, which is ${what}: name a regular file${existing.isDirectory() ? ' in it' : ''}.`;
  }
  for (const [name, file] of Object.entries(runnerFiles)) {
    if (samePath(target, existing, file)) {
      return `is ${path}, which is the runner's ${name} file: writing the report there would replace what the step wrote to it. Name another file.`;
    }
  }
  // The report is written to a new file beside it and renamed over it: the nearest
  // existing folder above it must be a folder we may write in.
  let dir = dirname(target);
  while (!lstatOrUndefined(dir) && dirname(dir) !== dir) dir = dirname(dir);
  const found = statOrUndefined(dir);
  if (!found?.isDirectory())
    return `is ${path}, but ${dir} is a file, not a folder: name a path in a folder.`;
  if (!writable(dir)) return `is ${path}, but the folder ${dir} cannot be written.`;
  return undefined;
}

/** The same file: the same path once folders' links are resolved, or the same inode. */
function samePath(target: string, targetStats: Stats | undefined, other: string): boolean {
  const otherPath = resolve(other);
  if (canonical(otherPath) === canonical(target)) return true;
  const otherStats = statOrUndefined(otherPath);
  return Boolean(
    targetStats &&
    otherStats &&
    targetStats.isFile() &&
    targetStats.dev === otherStats.dev &&
    targetStats.ino === otherStats.ino,
  );
}

/** The path with its folder's links resolved (the file itself may not exist yet). */
function canonical(path: string): string {
  try {
    return join(realpathSync(dirname(path)), basename(path));
  } catch {
    return path;
  }
}

function lstatOrUndefined(path: string) {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
