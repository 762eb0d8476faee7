import { accessSync, constants, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UserError, errorMessage } from './errors.js';
import { renderJson, type Report } from './report.js';
import type { Secrets } from './secrets.js';

/**
 * Why the report could not be written to `path`, found before any call (so a
 * bad path never turns a finished import into a failure); undefined when it can.
 * Reads only: nothing is created here.
 */
export function reportPathProblem(path: string): string | undefined {
  const target = resolve(path);
  const existing = statOrUndefined(target);
  if (existing?.isDirectory()) return `is ${path}, which is a directory: name a file in it.`;
  if (existing) return writable(target) ? undefined : `is ${path}, which cannot be written.`;
  // The nearest existing folder above it must be a folder we may write in.
  let dir = dirname(target);
  while (!statOrUndefined(dir) && dirname(dir) !== dir) dir = dirname(dir);
  const found = statOrUndefined(dir);
  if (!found?.isDirectory())
    return `is ${path}, but ${dir} is a file, not a folder: name a path in a folder.`;
  if (!writable(dir)) return `is ${path}, but the folder ${dir} cannot be written.`;
  return undefined;
}

function statOrUndefined(path: string) {
  try {
    return statSync(path);
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

/** Writes the JSON report for later steps, redacted like every other output. */
export function writeReportFile(path: string, report: Report, secrets: Secrets): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, `${secrets.redact(renderJson(report))}\n`);
  } catch (error) {
    throw new UserError(`Could not write the report file ${path}: ${errorMessage(error)}`);
  }
}
