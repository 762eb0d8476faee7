// Blast radius: which CodeBuild projects of a region depend on which source credential,
// and whether their webhooks still exist on the provider. Read-only everywhere.
//
// Cost: one ListProjects per 100 projects, one BatchGetProjects per 100 projects, one
// GetConnection per project-level connection and one hooks read per repository (the
// reader caches across regions and accounts), never one call per project.
import type { Project, ProjectSource } from '@aws-sdk/client-codebuild';
import type { CodeBuildRegion, StoredCredential } from './codebuild.js';
import { checkedNames, isProjectName } from './found.js';
import {
  type DriftFinding,
  type HeldCredential,
  LISTINGS,
  type Logger,
  mapLimit,
  outside,
  type OutsideText,
  pagesOf,
  type ProjectReport,
  type RegionReport,
  type Report,
  type ServerType,
  type TokenReport,
  userInfoIn,
  type WebhookHealth,
} from '../base/index.js';
import type { Secrets } from '../trust/index.js';
import { repositoryOf, sameUrl, type HooksAnswer, type WebhookReader } from '../providers/index.js';

/** BatchGetProjects takes 1 to 100 names (FACTS.md). */
export const BATCH_SIZE = 100;
/** Repositories whose hooks are read at once. */
const HOOK_CONCURRENCY = 4;

export interface Where {
  region: string;
  account?: string;
}

export interface InspectorOptions {
  /** The server types whose projects are looked at. */
  serverTypes: readonly ServerType[];
  /** Reads hooks with the token; absent when there is none to read them with (inventory, a connection, a bad token). */
  hooks?: WebhookReader;
  /** Why hooks are not read, when `hooks` is absent (shown as the webhook's detail). */
  noHooksBecause?: string;
  /** Judges a project-level connection (GetConnection), undefined when it could not; absent: not checked. */
  connection?: (arn: string, sourceType: ServerType) => Promise<TokenReport | undefined>;
  logger: Logger;
  /** The run's secrets: a password in a source location (`https://user:pw@host/…`) joins them. */
  secrets?: Secrets;
}

export interface RegionInspection {
  projects: ProjectReport[];
  /** Per server type, the projects that use the region's account credential for it. */
  dependents: Partial<Record<ServerType, OutsideText[]>>;
  /** Webhook, repository and project-connection findings of the region. */
  findings: DriftFinding[];
  warnings: string[];
}

/** BatchGetProjects calls in flight in one region while ListProjects pages on. */
const BATCHES_IN_FLIGHT = 4;

/**
 * All projects of a region: ListProjects page by page (each page needs the last one's
 * nextToken), each page read with one BatchGetProjects while the next page is listed. A
 * name that is not a project name CodeBuild could have is never asked for: the first page
 * holding such names is named in `warnings`.
 */
export async function readAllProjects(
  client: CodeBuildRegion,
  warnings: string[] = [],
): Promise<Project[]> {
  const batches: Array<Promise<Project[]>> = [];
  const inFlight = new Set<Promise<unknown>>();
  let warned = false;
  const listed = pagesOf(async (token) => {
    const page = await client.listProjectNames(token);
    return { items: page.names, next: page.nextToken };
  }, LISTINGS.listProjects);
  try {
    // Checked after the pager has counted the page as answered: malformed names count too.
    for await (const answered of listed) {
      const { names, problem } = checkedNames(answered, isProjectName, {
        items: 'project names',
        shape: 'a project name is 2 to 255 letters, digits, - and _',
        source: 'CodeBuild ListProjects',
      });
      if (problem && !warned) {
        warned = true;
        warnings.push(problem);
      }
      for (let i = 0; i < names.length; i += BATCH_SIZE) {
        while (inFlight.size >= BATCHES_IN_FLIGHT) await Promise.race(inFlight);
        const batch = client.getProjects(names.slice(i, i + BATCH_SIZE));
        const done = (): void => void inFlight.delete(settled);
        const settled: Promise<void> = batch.then(done, done);
        inFlight.add(settled);
        batches.push(batch);
      }
    }
  } catch (error) {
    // The listing failed: the batches in flight are abandoned with it.
    for (const batch of batches) batch.catch(() => undefined);
    throw error;
  }
  return (await Promise.all(batches)).flat();
}

interface Classified {
  report: ProjectReport;
  /** The primary source's webhook, when the primary source is on a looked-at server type. */
  webhook?: Project['webhook'];
  /** Project-level connections (ARN → source type). */
  connections: Map<string, ServerType>;
  /** `owner/repo` parsed from the location; undefined when it names none. */
  parsedRepository?: string;
  /** The server types whose account credential it uses. */
  accountServerTypes: ServerType[];
}

/** How a project relates to the server types: undefined when none of its sources is on one. */
export function classifyProject(
  project: Project,
  serverTypes: readonly ServerType[],
): Classified | undefined {
  const on = (s: ProjectSource | undefined): s is ProjectSource =>
    !!s && serverTypes.includes(s.type as ServerType);
  const sources = [project.source, ...(project.secondarySources ?? [])].filter(on);
  if (sources.length === 0) return undefined;
  const ownCredential = (s: ProjectSource) =>
    (s.auth?.type === 'CODECONNECTIONS' || s.auth?.type === 'SECRETS_MANAGER') && !!s.auth.resource;
  const usesAccount = sources.some((s) => !ownCredential(s));
  const connections = new Map<string, ServerType>();
  for (const s of sources)
    if (s.auth?.type === 'CODECONNECTIONS' && s.auth.resource)
      connections.set(s.auth.resource, s.type as ServerType);
  const main = sources[0]!;
  const primaryOn = on(project.source);
  const own = sources.find(ownCredential);
  const parsedRepository = repositoryOf(main.location);
  const accountServerTypes = [
    ...new Set(sources.filter((s) => !ownCredential(s)).map((s) => s.type as ServerType)),
  ];
  return {
    parsedRepository,
    accountServerTypes,
    report: {
      name: outside(project.name),
      repository: outside(parsedRepository ?? main.location),
      serverType: String(main.type),
      credential: usesAccount ? 'account' : 'project',
      ...(!usesAccount && own?.auth?.resource
        ? { authType: own.auth.type, resource: outside(own.auth.resource) }
        : {}),
      webhook: primaryOn && project.webhook ? 'unknown' : 'none',
    },
    ...(primaryOn && project.webhook ? { webhook: project.webhook } : {}),
    connections,
  };
}

/**
 * Inspects one region: every project on the server types, its credential, its connection
 * (checked AVAILABLE) and, for projects that depend on the account credential, its webhook.
 */
export async function inspectRegion(
  client: CodeBuildRegion,
  where: Where,
  options: InspectorOptions,
): Promise<RegionInspection> {
  const warnings: string[] = [];
  const all = await readAllProjects(client, warnings);
  for (const p of all)
    for (const s of [p.source, ...(p.secondarySources ?? [])])
      for (const secret of userInfoIn(s?.location ?? '')) options.secrets?.addFound(secret);
  const classified = all
    .map((p) => classifyProject(p, options.serverTypes))
    .filter((c): c is Classified => !!c)
    .sort((a, b) => a.report.name.localeCompare(b.report.name));
  options.logger.debug(
    `${place(where)}: ${all.length} projects, ${classified.length} on ${options.serverTypes.join(', ')}`,
  );
  const findings: DriftFinding[] = [];
  const base = { region: where.region, ...(where.account ? { account: where.account } : {}) };

  // Project-level connections: one GetConnection per connection, whatever the number of projects.
  if (options.connection) {
    const users = new Map<string, { type: ServerType; projects: string[] }>();
    for (const c of classified)
      for (const [arn, type] of c.connections) {
        const entry = users.get(arn) ?? { type, projects: [] };
        entry.projects.push(c.report.name);
        users.set(arn, entry);
      }
    for (const [arn, { type, projects }] of users) {
      const judged = await options.connection(arn, type);
      if (judged && !judged.accepted)
        findings.push({
          kind: 'connection-not-available',
          ...base,
          projects,
          message: `${projects.length === 1 ? `Project ${projects[0]} uses its` : `${projects.length} projects use their`} own connection (source auth CODECONNECTIONS) in ${place(where)}: ${judged.problem ?? arn}`,
        });
    }
  }

  // Webhooks: only of projects that depend on the account credential.
  const checked = classified.filter((c) => c.webhook && c.report.credential === 'account');
  for (const c of classified)
    if (c.webhook && c.report.credential !== 'account')
      c.report.webhookDetail =
        'not checked: the project uses its own credential, not the one this run checks';
  if (!options.hooks) {
    for (const c of checked) c.report.webhookDetail = options.noHooksBecause ?? 'not checked';
  } else {
    const reader = options.hooks;
    const repos = [
      ...new Set(checked.map((c) => c.parsedRepository).filter((r): r is string => !!r)),
    ];
    const answers = new Map<string, HooksAnswer>();
    await mapLimit(repos, HOOK_CONCURRENCY, async (repo) => {
      answers.set(repo, await reader.hooksOf(repo));
    });
    for (const c of checked) {
      const answer: HooksAnswer = (c.parsedRepository && answers.get(c.parsedRepository)) || {
        kind: 'unknown',
        detail: `the source location "${c.report.repository}" names no repository`,
      };
      const finding = judgeWebhook(c, answer, reader.provider, where);
      if (finding) findings.push({ ...base, ...finding });
    }
  }
  const dependents: Partial<Record<ServerType, OutsideText[]>> = {};
  for (const c of classified)
    for (const type of c.accountServerTypes) (dependents[type] ??= []).push(c.report.name);
  return { projects: classified.map((c) => c.report), dependents, findings, warnings };
}

function place(where: Where): string {
  return where.account ? `${where.account}/${where.region}` : where.region;
}

/** Sets the project's webhook health from the hooks its repository has, and returns its finding, if any. */
function judgeWebhook(
  c: Classified,
  answer: HooksAnswer,
  provider: string,
  where: Where,
): Omit<DriftFinding, 'region' | 'account'> | undefined {
  const { report } = c;
  const webhook = c.webhook!;
  const repo = report.repository;
  const project = `Project ${report.name} (${place(where)})`;
  const set = (health: WebhookHealth, detail?: string) => {
    report.webhook = health;
    if (detail) report.webhookDetail = detail;
  };
  if (webhook.scopeConfiguration) {
    set(
      'unknown',
      `an ${webhook.scopeConfiguration.scope ?? 'organization'} webhook lives on the organization, not the repository: not checked`,
    );
    return undefined;
  }
  if (answer.kind === 'unknown') {
    set('unknown', answer.detail);
    return undefined;
  }
  if (answer.kind === 'unreachable') {
    set('unknown', answer.detail);
    return {
      kind: 'repository-unreachable',
      projects: [report.name],
      repository: repo,
      message: `${project}: the token cannot read ${repo} (${answer.detail}): the repository was moved, renamed or deleted, or the token lost access to it, so builds cannot clone it either. Point the project's source at the repository's current location, or give the token access to it.`,
    };
  }
  const id = webhook.url ? /\/hooks\/([^/?#]+)\/?$/.exec(webhook.url)?.[1] : undefined;
  const match =
    answer.hooks.find((h) => webhook.payloadUrl && sameUrl(h.url, webhook.payloadUrl)) ??
    (!webhook.payloadUrl && id ? answer.hooks.find((h) => h.id === id) : undefined);
  if (!match) {
    set('missing');
    return {
      kind: 'webhook-missing',
      projects: [report.name],
      repository: repo,
      message: `${project}: ${repo} has no ${provider} webhook that calls the project's payload URL, so pushes and pull requests no longer start builds. Recreate it: in the CodeBuild console edit the project's primary source and turn the webhook off and on (or \`aws codebuild delete-webhook --project-name ${report.name}\`, then \`aws codebuild create-webhook --project-name ${report.name} ...\`). This check never creates or changes hooks.`,
    };
  }
  if (!match.active) {
    set('inactive');
    return {
      kind: 'webhook-inactive',
      projects: [report.name],
      repository: repo,
      message: `${project}: the ${provider} webhook on ${repo} that calls CodeBuild is inactive, so pushes and pull requests do not start builds. Activate it in the repository's settings (${provider === 'Bitbucket' ? 'Repository settings > Webhooks > edit > Active' : 'Settings > Webhooks > edit > Active'}).`,
    };
  }
  set('ok');
  return undefined;
}

type RegionResult = Omit<RegionReport, 'region' | 'account'>;

/** The region row with what the inspection found: its projects, and drift when it found any. */
export function withProjects(
  row: RegionResult,
  inspected: RegionInspection | undefined,
  serverType: string,
): RegionResult {
  if (!inspected) return row;
  const using = inspected.dependents[serverType as keyof RegionInspection['dependents']] ?? [];
  const problems = inspected.findings.length;
  return {
    ...row,
    status: row.status === 'ok' && problems > 0 ? 'drift' : row.status,
    detail: `${row.detail.replace(/\.$/, '')}; ${using.length} project${using.length === 1 ? '' : 's'} use${using.length === 1 ? 's' : ''} it${problems ? `, ${problems} project problem${problems === 1 ? '' : 's'}` : ''}`,
    projects: inspected.projects,
  };
}

/**
 * A finding about the token itself (no region) breaks every project that uses the account
 * credential, in every target: named `account/region/name` (`region/name` with one account).
 */
export function nameTokenFindingProjects(report: Report, serverType: ServerType): void {
  if (!report.regions.some((r) => r.projects)) return;
  const names = report.regions.flatMap((r) =>
    (r.projects ?? [])
      .filter((p) => p.credential === 'account' && p.serverType === serverType)
      .map((p) => `${r.account ? `${r.account}/` : ''}${r.region}/${p.name}`),
  );
  // Findings about the token itself; an unreachable account's projects were never read.
  for (const f of report.findings) if (!f.region && !f.account) f.projects = names;
}

/** An inventory row: the credentials a target holds for the server types, and who uses each. */
export function inventoryRow(
  held: StoredCredential[],
  inspected: RegionInspection | undefined,
  serverTypes: readonly ServerType[],
  place: string,
): { row: RegionResult; warnings: string[] } {
  const mine = held.filter((c) => (serverTypes as readonly string[]).includes(c.serverType));
  const credentials: HeldCredential[] = mine.map((c) => ({
    serverType: c.serverType,
    authType: c.authType,
    arn: c.arn,
    ...(c.resource ? { resource: c.resource } : {}),
    projects: inspected?.dependents[c.serverType as ServerType] ?? [],
  }));
  const warnings: string[] = [];
  for (const type of serverTypes) {
    const needing = inspected?.dependents[type] ?? [];
    if (needing.length && !mine.some((c) => c.serverType === type))
      warnings.push(
        `${place} holds no ${type} credential, yet ${needing.length} project${needing.length === 1 ? ' uses' : 's use'} it: ${needing.slice(0, 10).join(', ')}${needing.length > 10 ? ` … and ${needing.length - 10} more` : ''}. Run sync for that region.`,
      );
  }
  const projects = inspected?.projects;
  const own = projects?.filter((p) => p.credential === 'project').length ?? 0;
  const holds = mine.length
    ? mine.map((c) => `${c.serverType} (${c.authType})`).join(', ')
    : 'no source credential';
  const count = projects
    ? `; ${projects.length} project${projects.length === 1 ? '' : 's'}${own ? `, ${own} with their own credential` : ''}`
    : '';
  return {
    row: {
      action: 'inventoried',
      status: 'ok',
      detail: `${holds}${count}`,
      credentials,
      ...(projects ? { projects } : {}),
    },
    warnings,
  };
}
