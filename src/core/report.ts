import type { AuthType, Mode, ServerType } from './options.js';
import type { RepositoryProbe } from './providers/github-permissions.js';
import type { ScopeCheck } from './scopes.js';

/** What the provider told us about the token. Never holds the token itself. */
export interface TokenReport {
  /** e.g. `classic-pat`, `fine-grained-pat`, `access-token`, `app-password`. */
  kind: string;
  /** Human wording of the kind, e.g. "GitHub classic personal access token". */
  description: string;
  /** The provider accepted the token. */
  accepted: boolean;
  /** Who the token acts as (login, username), when the provider says. */
  identity?: string;
  /** Scopes exactly as the provider reports them; undefined when it does not say. */
  scopes?: string[];
  /** Each scope (or, for a probed fine-grained token, permission) CodeBuild needs: granted, missing or unknown. */
  required: ScopeCheck[];
  /** A fine-grained token's permissions, probed read-only on each repository of `repositories`. */
  repositories?: RepositoryProbe[];
  /** ISO-8601 UTC; undefined when the token does not expire or it is unknown. */
  expiresAt?: string;
  /** Why the provider rejected it, when it did. */
  problem?: string;
}

export type RegionAction =
  | 'imported'
  | 'would-import'
  | 'kept-existing'
  | 'checked'
  | 'deleted'
  | 'would-delete'
  | 'nothing-to-delete'
  | 'not-attempted'
  | 'failed';

export interface RegionReport {
  region: string;
  /** The AWS account, when known. */
  account?: string;
  action: RegionAction;
  status: 'ok' | 'drift' | 'error';
  arn?: string;
  /** The authType CodeBuild holds for the server type, when read. */
  authType?: string;
  detail: string;
}

export type DriftKind =
  | 'token-rejected'
  | 'token-expired'
  | 'scope-missing'
  | 'credential-missing'
  | 'auth-type-mismatch'
  | 'resource-mismatch'
  | 'connection-not-available'
  | 'token-expiring';

export interface DriftFinding {
  kind: DriftKind;
  region?: string;
  account?: string;
  message: string;
}

export type Outcome = 'success' | 'drift' | 'failure';

export interface Report {
  tool: 'codebuild-credential-sync';
  version: 1;
  mode: Mode;
  serverType: ServerType;
  authType: AuthType;
  dryRun: boolean;
  outcome: Outcome;
  drift: boolean;
  token?: TokenReport;
  regions: RegionReport[];
  findings: DriftFinding[];
  warnings: string[];
  errors: string[];
  /** Where it ran (workflow, repository, build number), when the entry point knows. */
  context?: Record<string, string>;
  generatedAt: string;
}

const ACTION_TEXT: Record<RegionAction, string> = {
  imported: 'imported',
  'would-import': 'would import',
  'kept-existing': 'kept existing',
  checked: 'checked',
  deleted: 'deleted',
  'would-delete': 'would delete',
  'nothing-to-delete': 'nothing to delete',
  'not-attempted': 'not attempted',
  failed: 'failed',
};

const STATUS_MARK = { ok: '✔', drift: '⚠', error: '✖' } as const;
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

/** One line: what ran and how it ended. */
export function summaryLine(report: Report): string {
  const subject = `${report.mode}${report.dryRun ? ' (dry run)' : ''} of the ${report.serverType} credential (${report.authType})`;
  const where = `${report.regions.length} region${report.regions.length === 1 ? '' : 's'}`;
  switch (report.outcome) {
    case 'success':
      return `${subject} succeeded in ${where}`;
    case 'drift':
      return `${subject} found drift: ${report.findings.length} finding${report.findings.length === 1 ? '' : 's'}`;
    case 'failure':
      return `${subject} failed`;
  }
}

function regionName(r: RegionReport): string {
  return r.account ? `${r.account}/${r.region}` : r.region;
}

/** Plain text for logs: the pipe prints this. */
export function renderText(report: Report): string {
  const lines: string[] = [];
  const t = report.token;
  if (t) {
    lines.push(
      `Token: ${t.description}${t.identity ? ` (${t.identity})` : ''}: ${t.accepted ? 'accepted' : 'REJECTED'}`,
    );
    if (t.problem) lines.push(`  Problem: ${t.problem}`);
    if (t.accepted) {
      lines.push(
        `  Scopes reported: ${t.scopes ? t.scopes.join(', ') || '(none)' : 'not reported by the provider'}`,
      );
      if (t.required.length) lines.push(`  CodeBuild needs: ${scopeLine(t)}`);
      for (const probe of t.repositories ?? []) {
        const checks = probe.checks
          .map((c) => `${SCOPE_MARK[c.status]} ${c.permission}`)
          .join(', ');
        lines.push(`  ${probe.repository}${probe.reachable ? '' : ' (not reachable)'}: ${checks}`);
      }
      lines.push(`  Expires: ${t.expiresAt ?? 'no expiry reported'}`);
    }
  }
  if (report.regions.length) {
    lines.push('Regions:');
    const width = Math.max(...report.regions.map((r) => regionName(r).length));
    for (const r of report.regions) {
      const arn = r.arn ? ` ${r.arn}` : '';
      lines.push(
        `  ${STATUS_MARK[r.status]} ${regionName(r).padEnd(width)}  ${ACTION_TEXT[r.action]}${arn}: ${r.detail}`,
      );
    }
  }
  for (const f of report.findings)
    lines.push(`Drift (${f.kind}${f.region ? `, ${f.region}` : ''}): ${f.message}`);
  for (const w of report.warnings) lines.push(`Warning: ${w}`);
  for (const e of report.errors) lines.push(`Error: ${e}`);
  return lines.join('\n');
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** Markdown for the job summary. */
export function renderMarkdown(report: Report): string {
  const icon = { success: '✅', drift: '⚠️', failure: '❌' }[report.outcome];
  const out: string[] = [`### ${icon} CodeBuild credential: ${summaryLine(report)}`, ''];
  const t = report.token;
  if (t) {
    out.push('| Token | |', '|---|---|');
    out.push(`| Kind | ${cell(t.description)} |`);
    if (t.identity) out.push(`| Identity | ${cell(t.identity)} |`);
    out.push(
      `| Accepted by provider | ${t.accepted ? 'yes' : `**no**: ${cell(t.problem ?? '')}`} |`,
    );
    out.push(
      `| Scopes granted | ${t.scopes ? cell(t.scopes.join(', ') || '(none)') : 'not reported'} |`,
    );
    const missing = missingScopes(t);
    out.push(`| Scopes missing | ${missing.length ? `**${missing.join(', ')}**` : 'none'} |`);
    const unknown = t.required.filter((s) => s.status === 'unknown').map((s) => s.scope);
    if (unknown.length) out.push(`| Scopes unverified | ${unknown.join(', ')} |`);
    out.push(`| Expires | ${t.expiresAt ?? 'no expiry reported'} |`, '');
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
  }
  if (report.regions.some((r) => r.account)) out.push(...accountMatrix(report), '');
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
        `${STATUS_MARK[r.status]} ${ACTION_TEXT[r.action]}`,
        r.arn ? `\`${r.arn}\`` : '',
        cell(r.detail),
      ];
      out.push(`| ${(withAccount ? [r.account ?? '', ...row] : row).join(' | ')} |`);
    }
    out.push('');
  }
  if (report.findings.length) {
    out.push('**Drift**', '');
    for (const f of report.findings)
      out.push(
        `- \`${f.kind}\`${f.region ? ` (${f.account ? `${f.account}/` : ''}${f.region})` : ''}: ${f.message}`,
      );
    out.push('');
  }
  if (report.warnings.length) {
    out.push('**Warnings**', '', ...report.warnings.map((w) => `- ${w}`), '');
  }
  if (report.errors.length) {
    out.push('**Errors**', '', ...report.errors.map((e) => `- ${e}`), '');
  }
  return out.join('\n');
}

/** Accounts down, regions across: where several accounts are checked, the shape of the problem at a glance. */
function accountMatrix(report: Report): string[] {
  const regions = [...new Set(report.regions.map((r) => r.region))];
  const accounts = [...new Set(report.regions.map((r) => r.account ?? ''))];
  const rows = accounts.map((account) => {
    const cells = regions.map((region) => {
      const r = report.regions.find((x) => x.region === region && (x.account ?? '') === account);
      return r ? `${STATUS_MARK[r.status]} ${ACTION_TEXT[r.action]}` : '';
    });
    return `| ${account} | ${cells.join(' | ')} |`;
  });
  return [
    `| Account | ${regions.join(' | ')} |`,
    `|---|${regions.map(() => '---|').join('')}`,
    ...rows,
  ];
}

export function renderJson(report: Report): string {
  return JSON.stringify(report, null, 2);
}
