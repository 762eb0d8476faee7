import {
  type AccountReport,
  forMarkdown,
  forPlain,
  type ProjectReport,
  type RegionAction,
  type RegionReport,
  type Report,
  type TokenReport,
  type WebhookHealth,
} from '../base/index.js';
import {
  breaksText,
  groupFindings,
  groupWarnings,
  plural,
  regionDetail,
  regionName,
  shortList,
} from './groups.js';

export { breaksText } from './groups.js';

// The report's shape (report-model.ts), for the modules that build or read one.
export { DRIFT_KINDS } from '../base/index.js';
export type {
  TokenReport,
  WebhookHealth,
  ProjectReport,
  HeldCredential,
  RegionAction,
  RegionReport,
  DriftKind,
  DriftFinding,
  AccountReport,
  OrganizationReport,
  Outcome,
  Report,
} from '../base/index.js';

const ACTION_TEXT: Record<RegionAction, string> = {
  imported: 'imported',
  'would-import': 'would import',
  'kept-existing': 'kept existing',
  checked: 'checked',
  deleted: 'deleted',
  'would-delete': 'would delete',
  'nothing-to-delete': 'nothing to delete',
  'not-attempted': 'not attempted',
  inventoried: 'inventoried',
  failed: 'failed',
};

const STATUS_MARK = { ok: '✔', drift: '⚠', error: '✖' } as const;

/** What the inventory's columns mean, under its table. */
const INVENTORY_LEGEND =
  "Account: the AWS account (none shown: the run's own). Each server type: the source credential CodeBuild holds for it there, and the projects that use it. Own credential: projects with a credential of their own (a connection or secret set on the project), which the account's credential does not affect.";

/** What a row did, in a word: a check that found no credential says "missing", not "checked". */
function actionText(r: RegionReport): string {
  if (r.action === 'checked' && r.status === 'drift') return r.arn ? 'drift' : 'missing';
  return ACTION_TEXT[r.action];
}
const SCOPE_MARK = { granted: '✔', missing: '✖', unknown: '?' } as const;

export function grantedScopes(token: TokenReport | undefined): string[] {
  return token?.scopes ?? [];
}

export function missingScopes(token: TokenReport | undefined): string[] {
  return (token?.required ?? [])
    .filter((s) => s.status === 'missing' && !s.optional)
    .map((s) => s.scope);
}

function scopeLine(token: TokenReport): string {
  return token.required
    .map(
      (s) =>
        `${SCOPE_MARK[s.status]} ${s.scope}${s.via ? ` (via ${s.via})` : ''}${s.optional ? ' (optional)' : ''}`,
    )
    .join(', ');
}

/** One line: what ran and how it ended, with counts. */
export function summaryLine(report: Report): string {
  // A delete removes whatever credential a region holds, so no auth type is named for it.
  const subject =
    report.mode === 'inventory'
      ? `inventory of the ${(report.serverTypes ?? [report.serverType]).join(', ')} source credentials`
      : `${report.mode}${report.dryRun ? ' (dry run)' : ''} of the ${report.serverType} credential${report.mode === 'delete' ? '' : ` (${report.authType})`}`;
  const total = report.regions.length;
  const where = `${total} region${total === 1 ? '' : 's'}`;
  switch (report.outcome) {
    case 'success':
      return `${subject} succeeded in ${where}`;
    case 'drift':
      return `${subject} found drift: ${report.findings.length} finding${report.findings.length === 1 ? '' : 's'}`;
    case 'failure': {
      const ok = report.regions.filter((r) => r.status === 'ok').length;
      return `${subject} failed (${ok} of ${where} done)`;
    }
  }
}

/** Why the run failed, first: a run-level error, else the first region that failed. */
export function firstCause(report: Report): string | undefined {
  if (report.errors[0]) return report.errors[0];
  const region = report.regions.find((r) => r.status === 'error');
  return region ? `${regionName(region)}: ${region.detail}` : undefined;
}

/** The token's problem when no run-level error already says it. */
function tokenProblem(report: Report): string | undefined {
  const problem = report.token?.problem;
  return problem && !report.errors.some((e) => e.includes(problem)) ? problem : undefined;
}

const WEBHOOK_TEXT: Record<WebhookHealth, string> = {
  ok: 'ok',
  missing: 'MISSING',
  inactive: 'INACTIVE',
  none: 'none',
  unknown: 'unknown',
};

/** Why a webhook is unknown, shortened where it was simply not looked at (the JSON keeps the reason). */
function webhookNote(p: ProjectReport): string | undefined {
  if (p.webhook !== 'unknown' || !p.webhookDetail) return undefined;
  return p.webhookDetail.startsWith('not checked') ? 'not checked' : p.webhookDetail;
}

function credentialText(p: ProjectReport): string {
  return p.credential === 'account' ? 'account' : `own (${p.authType ?? 'project'})`;
}

/** Targets a run's log lists one per line, at most; past it those that are fine are counted. */
export const FINE_LISTED_MAX = 50;

/** Each group of `rows` (by `key`) as one line: "N of ALL targets " and what `says` of the group. */
function countedLines(
  all: RegionReport[],
  rows: RegionReport[],
  key: (r: RegionReport) => string,
  says: (key: string) => string,
): string[] {
  const groups = new Map<string, number>();
  for (const r of rows) groups.set(key(r), (groups.get(key(r)) ?? 0) + 1);
  const n = (count: number) => count.toLocaleString('en-US');
  return [...groups].map(([k, count]) => `${n(count)} of ${n(all.length)} targets ${says(k)}`);
}

/** "3,395 of 3,400 targets ✔ checked": the fine targets counted, by what was done there. */
function fineCounts(all: RegionReport[], fine: RegionReport[]): string[] {
  return countedLines(
    all,
    fine,
    (r) => r.action,
    (action) => `${STATUS_MARK.ok} ${ACTION_TEXT[action as RegionAction]}`,
  );
}

/** "69,351 of 85,000 targets ✖ not attempted: not reached: …", one line per reason. */
function unreachedCounts(all: RegionReport[], unreached: RegionReport[]): string[] {
  return countedLines(
    all,
    unreached,
    (r) => r.detail,
    (detail) => `${STATUS_MARK.error} ${ACTION_TEXT['not-attempted']}: ${detail}`,
  );
}

/** Text rows shown per region before pointing at the JSON report. */
const TEXT_PROJECT_ROWS = 100;

function projectLines(r: RegionReport): string[] {
  const projects = r.projects ?? [];
  if (!r.projects) return [];
  // Each region's line already says "0 projects use it".
  if (projects.length === 0) return [];
  const lines = [`Projects in ${regionName(r)} (${projects.length}):`];
  const shown = projects.slice(0, TEXT_PROJECT_ROWS);
  const w = (f: (p: ProjectReport) => string) => Math.max(0, ...shown.map((p) => f(p).length));
  const [wn, wr, wc] = [w((p) => p.name), w((p) => p.repository), w(credentialText)];
  for (const p of shown)
    lines.push(
      `  ${p.name.padEnd(wn)}  ${p.repository.padEnd(wr)}  ${credentialText(p).padEnd(wc)}  webhook ${WEBHOOK_TEXT[p.webhook]}${webhookNote(p) ? ` (${webhookNote(p)})` : ''}`,
    );
  if (projects.length > shown.length)
    lines.push(`  … and ${projects.length - shown.length} more: see the JSON report`);
  return lines;
}

/** One cell of the inventory: the credential a region holds for a server type and how many projects use it. */
function inventoryCell(r: RegionReport, serverType: string): string {
  const held = r.credentials?.find((c) => c.serverType === serverType);
  const needing = (r.projects ?? []).filter(
    (p) => p.credential === 'account' && p.serverType === serverType,
  ).length;
  const count = (n: number) => `${n} project${n === 1 ? '' : 's'}`;
  if (held) return r.projects ? `${held.authType} · ${count(held.projects.length)}` : held.authType;
  if (r.status === 'error') return '?';
  return needing ? `none ⚠ ${count(needing)} need${needing === 1 ? 's' : ''} one` : '—';
}

function ownCell(r: RegionReport): string {
  if (!r.projects) return '';
  const n = r.projects.filter((p) => p.credential === 'project').length;
  return n ? `${n} project${n === 1 ? '' : 's'}` : '—';
}

function inventoryTypes(report: Report): string[] {
  return report.serverTypes ?? [report.serverType];
}

/** Accounts of a fleet run: the counts, then every account not worked on, with why. */
function accountLines(report: Report, markdown: boolean): string[] {
  const accounts = report.accounts;
  if (!accounts?.length)
    return report.shard ? [`Accounts (shard ${report.shard}): none in this shard.`] : [];
  const count = (status: AccountReport['status']) => accounts.filter((a) => a.status === status);
  const parts = (['worked', 'skipped', 'excluded', 'unreachable'] as const)
    .map((status) => [status, count(status).length] as const)
    .filter(([, n]) => n > 0)
    .map(([status, n]) => `${n} ${status}`);
  const organization = `${report.organization ? `, ${report.organization.id}` : ''}${report.shard ? `, shard ${report.shard}` : ''}${report.merged ? `, ${report.merged} shards merged` : ''}`;
  const head = `Accounts (${accounts[0]!.source}${organization}): ${accounts.length} listed, ${parts.join(', ')}`;
  const others = accounts.filter((a) => a.status !== 'worked');
  const line = (a: AccountReport) =>
    `${a.id}${a.name ? ` (${a.name})` : ''}${a.state ? ` ${a.state}` : ''}: ${a.status}${a.detail ? `, ${a.detail}` : ''}`;
  if (markdown) return [`**${head}**`, '', ...others.map((a) => `- ${cell(line(a))}`), ''];
  return [`${head}${others.length ? ':' : ''}`, ...others.map((a) => `  ${line(a)}`)];
}

export interface TextOptions {
  /** How many of the first errors the caller prints itself (the pipe's last line, the Action's failure). */
  errorsShownElsewhere?: number;
  /** The caller shows the warnings itself (the Action's annotations). */
  warningsShownElsewhere?: boolean;
  /** The caller shows the drift findings itself (the Action's failure or annotations). */
  findingsShownElsewhere?: boolean;
}

/** The token's lines of the plain-text report: verdict, problem, scopes, repositories. */
function tokenText(report: Report): string[] {
  const t = report.token;
  if (!t) return [];
  const lines: string[] = [];
  const expiry = t.accepted
    ? `, ${t.expiresAt ? `expires ${t.expiresAt}` : 'no expiry reported'}`
    : '';
  const problem = tokenProblem(report);
  // "accepted" then a refusal reads as a contradiction: the provider took it, this run did not.
  const verdict = t.accepted
    ? t.problem
      ? 'signs in, but is not usable'
      : 'accepted'
    : 'REJECTED';
  lines.push(`Token: ${t.description}${t.identity ? ` (${t.identity})` : ''}: ${verdict}${expiry}`);
  if (problem) lines.push(`  Problem: ${problem}`);
  if (t.accepted) {
    const reported = t.scopes ? t.scopes.join(', ') || '(none)' : 'not reported by the provider';
    lines.push(
      `  Scopes: ${reported}${t.required.length ? `; CodeBuild needs ${scopeLine(t)}` : ''}`,
    );
    for (const probe of t.repositories ?? []) {
      const checks = probe.checks.map((c) => `${SCOPE_MARK[c.status]} ${c.permission}`).join(', ');
      lines.push(`  ${probe.repository}${probe.reachable ? '' : ' (not reachable)'}: ${checks}`);
    }
  }
  return lines;
}

/** The inventory's matrix in plain text: a row per target, a column per credential type. */
function inventoryText(report: Report): string[] {
  const out: string[] = [];
  const types = inventoryTypes(report);
  const rows = [
    ['Account/region', ...types, 'Own credential'],
    ...report.regions.map((r) => [
      regionName(r),
      ...types.map((t) => inventoryCell(r, t)),
      ownCell(r),
    ]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  out.push('Inventory:');
  for (const row of rows)
    out.push(`  ${row.map((c, i) => c.padEnd(widths[i]!)).join('  ')}`.trimEnd());
  out.push(`  ${INVENTORY_LEGEND}`);
  return out;
}

/**
 * Plain text for logs: one line per region, then what is the same in many regions said
 * once (report-groups.ts). Each message appears once: the caller says which it prints itself.
 */
export function renderText(
  report: Report,
  {
    errorsShownElsewhere = 0,
    warningsShownElsewhere = false,
    findingsShownElsewhere = false,
  }: TextOptions = {},
): string {
  const lines: string[] = tokenText(report);
  lines.push(...accountLines(report, false));
  const inventory = report.mode === 'inventory' && report.regions.length > 0;
  // The inventory's matrix is its line per region; the list then names only regions that failed.
  const fine = report.regions.filter((r) => r.status === 'ok');
  // Past a few dozen targets, those that are fine are counted, not listed: the findings and
  // failures stay readable (the report file and the summary keep every row).
  const counted = !inventory && report.regions.length > FINE_LISTED_MAX;
  // So are the targets a stopped run never reached: one line per reason, not one per target.
  const unreached = counted ? report.regions.filter((r) => r.action === 'not-attempted') : [];
  const listed =
    inventory || counted
      ? report.regions.filter(
          (r) => r.status !== 'ok' && !(counted && r.action === 'not-attempted'),
        )
      : report.regions;
  if (counted)
    lines.push(...fineCounts(report.regions, fine), ...unreachedCounts(report.regions, unreached));
  if (listed.length) {
    lines.push(counted ? 'Targets that are not fine:' : 'Regions:');
    const width = Math.max(...listed.map((r) => regionName(r).length));
    for (const r of listed) {
      const arn = r.arn ? ` ${r.arn}` : '';
      lines.push(
        `  ${STATUS_MARK[r.status]} ${regionName(r).padEnd(width)}  ${actionText(r)}${arn}: ${regionDetail(r, report.findings)}`,
      );
    }
  }
  if (inventory) lines.push(...inventoryText(report));
  for (const r of counted ? listed : report.regions) lines.push(...projectLines(r));
  for (const g of findingsShownElsewhere ? [] : groupFindings(report.findings)) {
    if (g.places.length > 1) {
      lines.push(`Drift (${g.kind}): ${g.text}`);
      continue;
    }
    const f = g.findings[0]!;
    lines.push(`Drift (${f.kind}${f.region ? `, ${f.region}` : ''}): ${f.message}`);
    const breaks = breaksText(f.projects);
    if (breaks) lines.push(`  ${breaks}`);
  }
  if (!warningsShownElsewhere)
    for (const w of groupWarnings(report)) lines.push(`Warning: ${w.text}`);
  for (const e of report.errors.slice(errorsShownElsewhere)) lines.push(`Error: ${e}`);
  return forPlain(lines.join('\n'));
}

/** Regions whose projects were inspected and hold none on the server type: one line for all of them. */
function noProjects(report: Report): string[] {
  const none = report.regions.filter((r) => r.projects?.length === 0).map(regionName);
  if (none.length === 0) return [];
  if (none.length === 1) return [`**Projects in ${none[0]}**: none on this server type`];
  return [
    `**Projects in ${plural(none.length, 'region')}**: none on this server type (${shortList(none)})`,
  ];
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The token's tables of the Markdown report: what the provider said, then each repository probed. */
function tokenMarkdown(report: Report): string[] {
  const t = report.token;
  if (!t) return [];
  const out: string[] = [];
  out.push('| Token | |', '|---|---|');
  out.push(`| Kind | ${cell(t.description)} |`);
  if (t.identity) out.push(`| Identity | ${cell(t.identity)} |`);
  const problem = tokenProblem(report);
  out.push(
    `| Accepted by provider | ${t.accepted ? 'yes' : `**no**${problem ? `: ${cell(problem)}` : ' (see Errors)'}`} |`,
  );
  // A rejected token was never asked about its scopes or expiry: say nothing rather than "none".
  if (t.accepted) {
    out.push(
      `| Scopes granted | ${t.scopes ? cell(t.scopes.join(', ') || '(none)') : 'not reported'} |`,
    );
    const missing = missingScopes(t);
    out.push(`| Scopes missing | ${missing.length ? `**${missing.join(', ')}**` : 'none'} |`);
    const unknown = t.required.filter((s) => s.status === 'unknown').map((s) => s.scope);
    if (unknown.length) out.push(`| Scopes unverified | ${unknown.join(', ')} |`);
    out.push(`| Expires | ${t.expiresAt ?? 'no expiry reported'} |`);
  }
  out.push('');
  if (t.repositories?.length) {
    out.push('| Repository | Permission | Result | Evidence |', '|---|---|---|---|');
    for (const probe of t.repositories) {
      for (const c of probe.checks) {
        out.push(
          `| ${probe.repository} | ${c.permission} | ${SCOPE_MARK[c.status]} ${c.status} | ${cell(c.evidence)} |`,
        );
      }
    }
    out.push('');
  }
  return out;
}

/** Markdown for the job summary and the drift issue: outside text in code spans (forMarkdown). */
export function renderMarkdown(report: Report): string {
  const icon = { success: '✅', drift: '⚠️', failure: '❌' }[report.outcome];
  const out: string[] = [`### ${icon} CodeBuild credential: ${summaryLine(report)}`, ''];
  out.push(...tokenMarkdown(report));
  out.push(...accountLines(report, true));
  if (report.mode === 'inventory' && report.regions.length)
    out.push(...inventoryMatrix(report), '');
  else if (report.regions.some((r) => r.account)) out.push(...accountMatrix(report), '');
  if (report.regions.length) {
    const withAccount = report.regions.some((r) => r.account);
    out.push(
      withAccount
        ? '| Account | Region | Result | ARN | Detail |'
        : '| Region | Result | ARN | Detail |',
    );
    out.push(withAccount ? '|---|---|---|---|---|' : '|---|---|---|---|');
    for (const r of report.regions) {
      const row = [
        r.region,
        `${STATUS_MARK[r.status]} ${actionText(r)}`,
        r.arn ? `\`${r.arn}\`` : '',
        cell(regionDetail(r, report.findings)),
      ];
      out.push(`| ${(withAccount ? [r.account ?? '', ...row] : row).join(' | ')} |`);
    }
    out.push('');
  }
  if (report.findings.length) {
    out.push('**Drift**', '');
    for (const g of groupFindings(report.findings)) {
      if (g.places.length > 1) {
        out.push(`- \`${g.kind}\`: ${g.text}`);
        continue;
      }
      const f = g.findings[0]!;
      const breaks = breaksText(g.findings.flatMap((x) => x.projects ?? []));
      out.push(
        `- \`${f.kind}\`${g.places[0] ? ` (${g.places[0]})` : ''}: ${f.message}${f.projects && breaks ? ` **It ${breaks}.**` : ''}`,
      );
    }
    out.push('');
  }
  const none = noProjects(report);
  if (none.length) out.push(...none, '');
  for (const r of report.regions) out.push(...projectTable(r));
  const warnings = groupWarnings(report);
  if (warnings.length) {
    out.push('**Warnings**', '', ...warnings.map((w) => `- ${w.text}`), '');
  }
  if (report.errors.length) {
    out.push('**Errors**', '', ...report.errors.map((e) => `- ${e}`), '');
  }
  out.push(`<sub>codebuild-credential-sync ${report.tool.version}</sub>`, '');
  return forMarkdown(out.join('\n'));
}

/** Rows of a projects table shown before it is folded away. */
const OPEN_PROJECT_ROWS = 20;

const WEBHOOK_MARK: Record<WebhookHealth, string> = {
  ok: '✔ ok',
  missing: '✖ missing',
  inactive: '⚠ inactive',
  none: 'none',
  unknown: '? unknown',
};

/** A region's projects: open up to 20 rows, folded in <details> past that. */
function projectTable(r: RegionReport): string[] {
  if (!r.projects) return [];
  const title = `Projects in ${regionName(r)} (${r.projects.length})`;
  if (r.projects.length === 0) return []; // said once for all such regions (noProjects)
  const table = [
    '| Project | Repository | Credential | Webhook |',
    '|---|---|---|---|',
    ...r.projects.map(
      (p) =>
        `| ${cell(p.name)} | ${cell(p.repository)} | ${p.credential === 'account' ? 'account' : `own${p.resource ? ` (${cell(p.resource)})` : ''}`} | ${WEBHOOK_MARK[p.webhook]}${webhookNote(p) ? `: ${cell(webhookNote(p)!)}` : ''} |`,
    ),
  ];
  if (r.projects.length <= OPEN_PROJECT_ROWS) return [`**${title}**`, '', ...table, ''];
  return ['<details>', `<summary>${title}</summary>`, '', ...table, '', '</details>', ''];
}

/** Inventory: targets down, server types across, each cell the credential held and the projects using it. */
function inventoryMatrix(report: Report): string[] {
  const types = inventoryTypes(report);
  return [
    `| Account | Region | ${types.join(' | ')} | Own credential |`,
    `|---|---|${types.map(() => '---|').join('')}---|`,
    ...report.regions.map(
      (r) =>
        `| ${r.account ?? ''} | ${r.region} | ${types.map((t) => inventoryCell(r, t)).join(' | ')} | ${ownCell(r)} |`,
    ),
    '',
    INVENTORY_LEGEND,
  ];
}

/** Accounts down, regions across: where several accounts are checked, the shape of the problem at a glance. */
function accountMatrix(report: Report): string[] {
  const regions = [...new Set(report.regions.map((r) => r.region))];
  const accounts = [...new Set(report.regions.map((r) => r.account ?? ''))];
  // Each target's first row by account and region: a fleet's 85,000 rows are looked at once, not per cell.
  const byPlace = new Map<string, RegionReport>();
  for (const r of report.regions) {
    const place = `${r.account ?? ''}/${r.region}`;
    if (!byPlace.has(place)) byPlace.set(place, r);
  }
  const rows = accounts.map((account) => {
    const cells = regions.map((region) => {
      const r = byPlace.get(`${account}/${region}`);
      return r ? `${STATUS_MARK[r.status]} ${actionText(r)}` : '';
    });
    return `| ${account} | ${cells.join(' | ')} |`;
  });
  return [
    `| Account | ${regions.join(' | ')} |`,
    `|---|${regions.map(() => '---|').join('')}`,
    ...rows,
  ];
}

/** The report for machines (the `report` output, the report file): outside text unsealed. */
export function renderJson(report: Report): string {
  return forPlain(JSON.stringify(report, null, 2));
}
