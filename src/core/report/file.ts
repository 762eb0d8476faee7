import { randomBytes } from 'node:crypto';
import {
  accessSync,
  closeSync,
  constants,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  realpathSync,
  renameSync,
  unlinkSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { UserError, errorMessage } from '../base/errors.js';
import { kindOf, statOrUndefined } from '../base/file-kind.js';
import { renderJson, type Report } from './report.js';
import type { Secrets } from '../trust/secrets.js';

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

/**
 * Writes the JSON report for later steps, redacted like every other output: to a new
 * file beside it (mode 0600, created exclusively and never through a link, so the open
 * cannot block or land elsewhere), then renamed over the path. A reader sees the old
 * report or the new one, never half of one; a symlink at the path is replaced, not
 * followed.
 */
export function writeReportFile(path: string, report: Report, secrets: Secrets): void {
  const text = `${secrets.redact(renderJson(report))}\n`;
  const dir = dirname(resolve(path));
  // A short name of its own, so that any name the path may have also fits here.
  const temp = join(dir, `.report-${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    mkdirSync(dir, { recursive: true });
    fd = openSync(
      temp,
      constants.O_WRONLY |
        constants.O_CREAT |
        constants.O_EXCL |
        constants.O_NOFOLLOW |
        constants.O_NONBLOCK,
      0o600,
    );
    const bytes = Buffer.from(text);
    for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, path);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(temp);
    } catch {
      // not created
    }
    throw new UserError(`Could not write the report file ${path}: ${errorMessage(error)}`);
  }
}
