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
  // /dev/stdout, /proc/self/fd/1: the system's folders of devices and processes hold no
  // report (a new file cannot be made there, and as root the write would replace the
  // system's own link).
  const system = systemFolder(target) ?? systemFolder(canonical(target));
  if (system)
    return `is ${path}, which is in ${system}, the system's folder of devices and processes, not of files: name a regular file in a folder you can write (e.g. report.json), and print it from there if you want it in the log.`;
  // A link is replaced by the report, never followed: one to something that is not a file
  // (a terminal, a pipe, a device) was surely meant to be written through, which it is not.
  const linked = existing?.isSymbolicLink() ? statOrUndefined(target) : undefined;
  if (linked && !linked.isFile())
    return `is ${path}, a link to ${kindOf(linked)}: the report replaces a link, it never writes through one. Name a regular file.`;
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

/** The system's virtual folders, which hold devices and processes, never a report. */
const SYSTEM_FOLDERS = ['/dev', '/proc', '/sys'];

/** The system folder `path` is in, if any. */
function systemFolder(path: string): string | undefined {
  return SYSTEM_FOLDERS.find((folder) => path === folder || path.startsWith(`${folder}/`));
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
