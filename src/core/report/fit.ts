// What the platforms take, and how a text too long for one is cut. GitHub drops a job
// summary over 1 MiB, refuses a step output over 1 MB and an issue body over 65,536
// characters. Past a limit the text is cut where a line ends and says what was left out
// and where the whole report is: the report file, which is never cut.
import type { Report } from './report.js';

/** A job summary, in bytes: GitHub shows up to 1 MiB (1,048,576) and drops a larger one. */
export const SUMMARY_MAX_BYTES = 1_000_000;
/** One step output, in bytes: GitHub takes up to 1 MB. */
export const OUTPUT_MAX_BYTES = 990_000;
/** An issue body, in characters: GitHub refuses more than 65,536. */
export const ISSUE_BODY_MAX_CHARS = 65_536;

export const bytes = (text: string): number => Buffer.byteLength(text);
export const chars = (text: string): number => text.length;

/** Where the whole report is, for a note: the report file, or how to get one. */
export function wholeReport(reportFile: string | undefined, show = (path: string) => path): string {
  return reportFile
    ? `the whole report is in the report file ${show(reportFile)}`
    : 'set report-file to keep the whole report';
}

/**
 * Markdown cut to `max` (as `size` counts) at a line break, with `note(left, total)` as
 * its last paragraph. The Warnings and Errors at its end are kept when they take at
 * most a quarter of it; a `<details>` left open is closed, and a table ends before the note.
 */
export function fitMarkdown(
  markdown: string,
  max: number,
  size: (text: string) => number,
  note: (left: number, total: number) => string,
): string {
  if (size(markdown) <= max) return markdown;
  const lines = markdown.split('\n');
  const from = lines.findIndex((l) => /^\*\*(Warnings|Errors)\*\*$/.test(l));
  let tail = from === -1 ? [] : lines.slice(from);
  if (size(tail.join('\n')) > max / 4) tail = [];
  const body = lines.slice(0, lines.length - tail.length);
  // The room left for the head: the note as long as it can be, and the lines we may add.
  let room = max - size(note(lines.length, lines.length)) - size(tail.join('\n')) - 20;
  let kept = 0;
  for (; kept < body.length; kept++) {
    const s = size(body[kept]!) + 1;
    if (s > room) break;
    room -= s;
  }
  const head = body.slice(0, kept);
  const open = head.filter((l) => l === '<details>').length;
  const closed = head.filter((l) => l === '</details>').length;
  return [
    ...head,
    ...(open > closed ? ['', '</details>'] : []),
    '',
    note(body.length - kept, lines.length),
    '',
    ...tail,
  ].join('\n');
}

/** Every list of a report that grows with the run, cut to its first `keep` entries. */
function cutLists(report: Report, keep: number): Report {
  const cut = <T>(list: T[] | undefined): T[] | undefined => list?.slice(0, keep);
  return {
    ...report,
    ...(report.token && {
      token: {
        ...report.token,
        scopes: cut(report.token.scopes),
        repositories: cut(report.token.repositories),
      },
    }),
    regions: report.regions.slice(0, keep).map((r) => ({
      ...r,
      projects: cut(r.projects),
      credentials: r.credentials?.map((c) => ({ ...c, projects: c.projects.slice(0, keep) })),
    })),
    accounts: cut(report.accounts),
    findings: report.findings.slice(0, keep).map((f) => ({ ...f, projects: cut(f.projects) })),
    warnings: report.warnings.slice(0, keep),
    errors: report.errors.slice(0, keep),
  };
}

/** The longest list of a report, nested ones included: how many entries a cut may keep at most. */
function longestList(report: Report): number {
  const lengths = [
    report.regions.length,
    report.findings.length,
    report.warnings.length,
    report.errors.length,
    report.accounts?.length ?? 0,
    report.token?.scopes?.length ?? 0,
    report.token?.repositories?.length ?? 0,
    ...report.findings.map((f) => f.projects?.length ?? 0),
    ...report.regions.flatMap((r) => [
      r.projects?.length ?? 0,
      ...(r.credentials ?? []).map((c) => c.projects.length),
    ]),
  ];
  return Math.max(0, ...lengths);
}

/**
 * The report as JSON in at most `max` bytes: whole when it fits, else every list cut to
 * as many first entries as fit, and `shortened` saying what was left out and where the
 * whole report is. Still the report's schema, so `fromJSON` reads it as before.
 */
export function fitReportJson(
  report: Report,
  max: number,
  render: (report: Report) => string,
  where: string,
): { json: string; shortened?: string } {
  const whole = render(report);
  if (bytes(whole) <= max) return { json: whole };
  const shortened = (keep: number) => {
    const kept = report.regions.slice(0, keep).length;
    const findings = report.findings.slice(0, keep).length;
    return `This report is cut to fit in ${max.toLocaleString('en-US')} bytes: it holds the first ${keep.toLocaleString('en-US')} entries of each list (${kept.toLocaleString('en-US')} of ${report.regions.length.toLocaleString('en-US')} regions, ${findings.toLocaleString('en-US')} of ${report.findings.length.toLocaleString('en-US')} findings); ${where}.`;
  };
  const attempt = (keep: number) =>
    render({ ...cutLists(report, keep), shortened: shortened(keep) });
  // The most entries that fit, found by halving.
  let [lo, hi] = [0, longestList(report)];
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (bytes(attempt(mid)) <= max) lo = mid;
    else hi = mid - 1;
  }
  const json = attempt(lo);
  if (bytes(json) <= max) return { json, shortened: shortened(lo) };
  // Even with every list empty it does not fit (a huge token report): only what the run did.
  const { tool, version, mode, serverType, authType, dryRun, outcome, drift, generatedAt } = report;
  const note = `This report is cut to fit in ${max.toLocaleString('en-US')} bytes: only its outcome is kept; ${where}.`;
  return {
    json: render({
      tool,
      version,
      mode,
      serverType,
      authType,
      dryRun,
      outcome,
      drift,
      regions: [],
      findings: [],
      warnings: [],
      errors: [],
      generatedAt,
      shortened: note,
    }),
    shortened: note,
  };
}

/** Plain text cut to `max` bytes at a character boundary, ending with `…`. */
export function fitPlain(text: string, max: number): string {
  if (bytes(text) <= max) return text;
  const cut = Buffer.from(text)
    .subarray(0, max - 3)
    .toString('utf8');
  // A character cut in two decodes as U+FFFD: leave it out.
  return `${cut.replace(/\uFFFD$/, '')}…`;
}
