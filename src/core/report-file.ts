import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { UserError, errorMessage } from './errors.js';
import { renderJson, type Report } from './report.js';

/** Writes the JSON report for later steps. The report never holds a token. */
export function writeReportFile(path: string, report: Report): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, `${renderJson(report)}\n`);
  } catch (error) {
    throw new UserError(`Could not write the report file ${path}: ${errorMessage(error)}`);
  }
}
