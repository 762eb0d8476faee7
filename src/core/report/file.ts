import { randomBytes } from 'node:crypto';
// The report file for later steps, written once the run is over.
import {
  closeSync,
  constants,
  fsyncSync,
  mkdirSync,
  openSync,
  renameSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { UserError, errorMessage } from '../base/index.js';
import { renderJson, type Report } from './report.js';
import type { Secrets } from '../trust/index.js';

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

/**
 * Writes the report file when one is asked for. A file that cannot be written fails the
 * run, after saying what the run did: its problem is returned, not thrown.
 */
export function tryWriteReport(
  path: string | undefined,
  report: Report,
  secrets: Secrets,
  say: (line: string) => void,
): string | undefined {
  if (!path) return undefined;
  try {
    writeReportFile(path, report, secrets);
    say(`Report written to ${path}`);
    return undefined;
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return error.message;
  }
}
