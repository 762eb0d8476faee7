import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { UserError, errorMessage } from './errors.js';
import { renderJson, type Report } from './report.js';
import type { Secrets } from './secrets.js';

/** Writes the JSON report for later steps, redacted like every other output. */
export function writeReportFile(path: string, report: Report, secrets: Secrets): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, `${secrets.redact(renderJson(report))}\n`);
  } catch (error) {
    throw new UserError(`Could not write the report file ${path}: ${errorMessage(error)}`);
  }
}
