import {
  bytes,
  fitPlain,
  fitReportJson,
  grantedScopes,
  missingScopes,
  OUTPUT_MAX_BYTES,
  renderJson,
  type Report,
  wholeReport,
} from '../core/report/index.js';

/** The Action's outputs: action.yml and docs/action.md are generated from this table. */
export const OUTPUTS = [
  {
    name: 'arn',
    description:
      'ARN of the CodeBuild source credential in the first region (empty when that region holds none).',
  },
  {
    name: 'arns',
    description:
      'JSON object mapping each region that holds (or received) a credential to its ARN, e.g. `{"us-east-1":"arn:aws:codebuild:us-east-1:111122223333:token/github"}`. With `role-to-assume` the keys are `ACCOUNT/REGION`.',
  },
  {
    name: 'scopes',
    description:
      'Comma-separated scopes the token has, exactly as the provider reports them (empty when it does not report them).',
  },
  {
    name: 'missing-scopes',
    description: 'Comma-separated scopes CodeBuild needs that the token lacks (empty when none).',
  },
  {
    name: 'token-expires-at',
    description:
      'When the token expires, ISO-8601 UTC (e.g. `2026-11-25T10:00:00Z`); empty when it does not expire or the expiry is unknown.',
  },
  {
    name: 'drift',
    description:
      '`true` when `check` found drift (a missing or mismatched credential; a rejected, expired or under-scoped token), else `false`.',
  },
  {
    name: 'report',
    description:
      'The full report as JSON: token, per-region results, drift findings, warnings and errors. Never contains the token. A report larger than GitHub takes in an output (1 MB) is cut to the first entries of each list, and its `shortened` field says what was left out; `report-file` keeps the whole report.',
  },
] as const;

export type OutputName = (typeof OUTPUTS)[number]['name'];

/**
 * Every output's value, derived from the report alone, each within GitHub's 1 MB: a
 * longer one is cut, and `notes` says which and where the whole report is (`reportFile`).
 */
export function outputValues(
  report: Report,
  reportFile?: string,
  max = OUTPUT_MAX_BYTES,
): { values: Record<OutputName, string>; notes: string[] } {
  const where = wholeReport(reportFile);
  const notes: string[] = [];
  const arns = report.regions
    .filter((r) => r.arn)
    .map((r) => [r.account ? `${r.account}/${r.region}` : r.region, r.arn as string] as const);
  // The first ARNs that fit: the output stays a JSON object.
  let room = max - 2;
  let count = 0;
  for (; count < arns.length; count++) {
    room -= bytes(JSON.stringify(arns[count]![0])) + bytes(JSON.stringify(arns[count]![1])) + 2;
    if (room < 0) break;
  }
  const kept = arns.slice(0, count);
  if (kept.length < arns.length)
    notes.push(
      `The arns output holds the first ${kept.length} of ${arns.length} ARNs (an output may hold 1 MB); ${where}.`,
    );
  const { json, shortened } = fitReportJson(report, max, renderJson, where);
  if (shortened) notes.push(`The report output is cut: ${shortened}`);
  const plain = (name: OutputName, value: string) => {
    if (bytes(value) <= max) return value;
    notes.push(`The ${name} output is cut to 1 MB; ${where}.`);
    return fitPlain(value, max);
  };
  return {
    values: {
      arn: report.regions[0]?.arn ?? '',
      arns: JSON.stringify(Object.fromEntries(kept)),
      scopes: plain('scopes', grantedScopes(report.token).join(',')),
      'missing-scopes': plain('missing-scopes', missingScopes(report.token).join(',')),
      'token-expires-at': report.token?.expiresAt ?? '',
      drift: String(report.drift),
      report: json,
    },
    notes,
  };
}
