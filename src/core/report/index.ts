// The report/ folder's face: what other folders may import from it (scripts/imports.ts).
// Modules loaded only when a run needs them are reached through a load…() function, so that
// importing this index does not load them.
export type { IssueClient } from './drift-issue.js';
export { openReportFile, tryWriteReport, type ReportFile } from './file.js';
export {
  OUTPUT_MAX_BYTES,
  SUMMARY_MAX_BYTES,
  bytes,
  fitMarkdown,
  fitPlain,
  fitReportJson,
  wholeReport,
} from './fit.js';
export { groupFindings, groupWarnings } from './groups.js';
export {
  firstCause,
  grantedScopes,
  missingScopes,
  renderJson,
  renderMarkdown,
  renderText,
  summaryLine,
} from './report.js';
export type {
  AccountReport,
  DriftFinding,
  DriftKind,
  OrganizationReport,
  Outcome,
  RegionReport,
  Report,
  TokenReport,
} from './report.js';
export const loadDriftIssue = () => import('./drift-issue.js');
