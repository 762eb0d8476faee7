// CodeBuild projects (ListProjects, BatchGetProjects) per account and region, with the
// shapes of the real API: ListProjects pages of at most 100 names with an opaque
// nextToken, BatchGetProjects with 1 to 100 names answering `projects` and
// `projectsNotFound`. Projects carry primary and secondary sources, project-level
// `source.auth` and a webhook whose payloadUrl is what the provider's hook calls.
import { createHmac, randomBytes } from 'node:crypto';
import { AwsError } from './aws.js';

export interface EmulatedSource {
  type: string;
  location?: string;
  /** Project-level credential: `{ type: 'CODECONNECTIONS' | 'SECRETS_MANAGER' | 'OAUTH', resource? }`. */
  auth?: { type: string; resource?: string };
  sourceIdentifier?: string;
}

export interface EmulatedWebhook {
  /** The provider-side hook's API URL. */
  url?: string;
  /** What the provider's hook calls (CodeBuild's endpoint). */
  payloadUrl: string;
  buildType?: string;
  filterGroups?: Array<Array<{ type: string; pattern: string; excludeMatchedPattern?: boolean }>>;
  manualCreation?: boolean;
  scopeConfiguration?: { name: string; scope: string; domain?: string };
}

/** What a test gives: a name, a source, optional secondary sources and a webhook (`true` makes one). */
export interface ProjectSeed {
  name: string;
  source: EmulatedSource;
  secondarySources?: EmulatedSource[];
  webhook?: true | Partial<EmulatedWebhook>;
  accountId?: string;
}

export interface EmulatedProject {
  name: string;
  arn: string;
  source: EmulatedSource;
  secondarySources: EmulatedSource[];
  webhook?: EmulatedWebhook;
  created: Date;
  lastModified: Date;
}

/** ListProjects answers at most this many names a page; BatchGetProjects takes at most this many. */
export const PAGE = 100;
const INVALID = 'InvalidInputException';
/** Signs nextTokens so a made-up or altered one is refused, as the real API does. */
const TOKEN_KEY = randomBytes(16);

/** The API URL of the hook the provider holds for a source location (what CodeBuild shows as webhook.url). */
function hookApiUrl(location: string | undefined, id: number): string | undefined {
  const m = /^https?:\/\/(?:[^@/]+@)?([^/]+)\/([^/]+)\/([^/]+?)(?:\.git)?\/?$/.exec(location ?? '');
  if (!m) return undefined;
  const [, host, owner, repo] = m;
  if (/bitbucket\.org$/i.test(host!))
    return `https://api.bitbucket.org/2.0/repositories/${owner}/${repo}/hooks/{${id}}`;
  const api = /^github\.com$/i.test(host!) ? 'https://api.github.com' : `https://${host}/api/v3`;
  return `${api}/repos/${owner}/${repo}/hooks/${id}`;
}

export class ProjectStore {
  /** key `${account}/${region}` -> name -> project */
  private store = new Map<string, Map<string, EmulatedProject>>();
  private nextHookId = 400_000_001;

  private bucket(accountId: string, region: string): Map<string, EmulatedProject> {
    const key = `${accountId}/${region}`;
    let bucket = this.store.get(key);
    if (!bucket) {
      bucket = new Map();
      this.store.set(key, bucket);
    }
    return bucket;
  }

  add(region: string, accountId: string, seed: ProjectSeed): EmulatedProject {
    const now = new Date();
    let webhook: EmulatedWebhook | undefined;
    if (seed.webhook) {
      const given = seed.webhook === true ? {} : seed.webhook;
      const token = randomBytes(24).toString('base64url');
      webhook = {
        url: hookApiUrl(seed.source.location, this.nextHookId++),
        payloadUrl: `https://codebuild.${region}.amazonaws.com/webhooks?t=${token}&v=1`,
        buildType: 'BUILD',
        filterGroups: [[{ type: 'EVENT', pattern: 'PUSH' }]],
        ...given,
      };
    }
    const project: EmulatedProject = {
      name: seed.name,
      arn: `arn:aws:codebuild:${region}:${accountId}:project/${seed.name}`,
      source: seed.source,
      secondarySources: seed.secondarySources ?? [],
      ...(webhook ? { webhook } : {}),
      created: now,
      lastModified: now,
    };
    this.bucket(accountId, region).set(seed.name, project);
    return structuredClone(project);
  }

  list(region: string, accountId: string): EmulatedProject[] {
    return [...this.bucket(accountId, region).values()].map((p) => structuredClone(p));
  }

  snapshot(): Record<string, string[]> {
    const out: Record<string, string[]> = {};
    for (const [key, bucket] of this.store) if (bucket.size) out[key] = [...bucket.keys()];
    return out;
  }

  reset(): void {
    this.store.clear();
  }

  listProjects(input: Record<string, unknown>, accountId: string, region: string) {
    const sortBy = input.sortBy ?? 'NAME';
    const sortOrder = input.sortOrder ?? 'ASCENDING';
    if (!['NAME', 'CREATED_TIME', 'LAST_MODIFIED_TIME'].includes(String(sortBy)))
      throw new AwsError(
        INVALID,
        `1 validation error detected: Value '${String(sortBy)}' at 'sortBy' failed to satisfy constraint: Member must satisfy enum value set: [NAME, CREATED_TIME, LAST_MODIFIED_TIME]`,
      );
    if (!['ASCENDING', 'DESCENDING'].includes(String(sortOrder)))
      throw new AwsError(
        INVALID,
        `1 validation error detected: Value '${String(sortOrder)}' at 'sortOrder' failed to satisfy constraint: Member must satisfy enum value set: [ASCENDING, DESCENDING]`,
      );
    const key = (p: EmulatedProject) =>
      sortBy === 'NAME'
        ? p.name
        : (sortBy === 'CREATED_TIME' ? p.created : p.lastModified).toISOString() + p.name;
    const names = [...this.bucket(accountId, region).values()]
      .sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))
      .map((p) => p.name);
    if (sortOrder === 'DESCENDING') names.reverse();
    const offset = input.nextToken === undefined ? 0 : this.readToken(input.nextToken);
    const page = names.slice(offset, offset + PAGE);
    const next = offset + PAGE < names.length ? this.makeToken(offset + PAGE) : undefined;
    return { projects: page, ...(next ? { nextToken: next } : {}) };
  }

  batchGetProjects(input: Record<string, unknown>, accountId: string, region: string) {
    const names = input.names;
    if (names === undefined || names === null)
      throw new AwsError(
        INVALID,
        "1 validation error detected: Value null at 'names' failed to satisfy constraint: Member must not be null",
      );
    if (!Array.isArray(names) || names.some((n) => typeof n !== 'string'))
      throw new AwsError('SerializationException', "Expected list of strings for 'names'");
    if (names.length < 1 || names.length > PAGE)
      throw new AwsError(
        INVALID,
        `1 validation error detected: Value '[${(names as string[]).join(', ')}]' at 'names' failed to satisfy constraint: Member must have length ${names.length < 1 ? 'greater than or equal to 1' : `less than or equal to ${PAGE}`}`,
      );
    const bucket = this.bucket(accountId, region);
    const projects: unknown[] = [];
    const projectsNotFound: string[] = [];
    for (const given of names as string[]) {
      // A project may be named by its name or its ARN.
      const name = /^arn:aws[\w-]*:codebuild:/.test(given) ? given.split(':project/')[1] : given;
      const project = name ? bucket.get(name) : undefined;
      if (project) projects.push(projectJson(project, accountId, region));
      else projectsNotFound.push(given);
    }
    return { projects, projectsNotFound };
  }

  private makeToken(offset: number): string {
    const body = Buffer.from(JSON.stringify({ o: offset })).toString('base64url');
    const mac = createHmac('sha256', TOKEN_KEY).update(body).digest('base64url').slice(0, 16);
    return `${body}.${mac}`;
  }

  private readToken(token: unknown): number {
    const invalid = new AwsError(INVALID, 'Invalid pagination token');
    if (typeof token !== 'string') throw invalid;
    const [body, mac] = token.split('.');
    if (
      !body ||
      createHmac('sha256', TOKEN_KEY).update(body).digest('base64url').slice(0, 16) !== mac
    )
      throw invalid;
    const offset = (JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as { o?: unknown })
      .o;
    if (typeof offset !== 'number') throw invalid;
    return offset;
  }
}

const epoch = (d: Date) => d.getTime() / 1000;

function sourceJson(s: EmulatedSource) {
  return {
    type: s.type,
    ...(s.location !== undefined ? { location: s.location } : {}),
    ...(['GITHUB', 'GITHUB_ENTERPRISE', 'BITBUCKET'].includes(s.type)
      ? {
          gitCloneDepth: 1,
          gitSubmodulesConfig: { fetchSubmodules: false },
          reportBuildStatus: true,
        }
      : {}),
    ...(s.auth ? { auth: { ...s.auth } } : {}),
    ...(s.sourceIdentifier ? { sourceIdentifier: s.sourceIdentifier } : {}),
    insecureSsl: false,
  };
}

/** A project as BatchGetProjects returns it (awsJson: timestamps in epoch seconds; the secret never returned). */
function projectJson(p: EmulatedProject, accountId: string, region: string) {
  return {
    name: p.name,
    arn: p.arn,
    source: sourceJson(p.source),
    secondarySources: p.secondarySources.map(sourceJson),
    secondarySourceVersions: [],
    artifacts: { type: 'NO_ARTIFACTS' },
    secondaryArtifacts: [],
    cache: { type: 'NO_CACHE' },
    environment: {
      type: 'LINUX_CONTAINER',
      image: 'aws/codebuild/amazonlinux-x86_64-standard:5.0',
      computeType: 'BUILD_GENERAL1_SMALL',
      environmentVariables: [],
      privilegedMode: false,
      imagePullCredentialsType: 'CODEBUILD',
    },
    serviceRole: `arn:aws:iam::${accountId}:role/service-role/codebuild-${p.name}-service-role`,
    timeoutInMinutes: 60,
    queuedTimeoutInMinutes: 480,
    encryptionKey: `arn:aws:kms:${region}:${accountId}:alias/aws/s3`,
    tags: [],
    created: epoch(p.created),
    lastModified: epoch(p.lastModified),
    ...(p.webhook
      ? {
          webhook: {
            ...(p.webhook.url ? { url: p.webhook.url } : {}),
            payloadUrl: p.webhook.payloadUrl,
            filterGroups: p.webhook.filterGroups ?? [],
            buildType: p.webhook.buildType ?? 'BUILD',
            manualCreation: p.webhook.manualCreation ?? false,
            lastModifiedSecret: epoch(p.created),
            ...(p.webhook.scopeConfiguration
              ? { scopeConfiguration: p.webhook.scopeConfiguration }
              : {}),
            status: 'ACTIVE',
          },
        }
      : {}),
    badge: { badgeEnabled: false },
    logsConfig: {
      cloudWatchLogs: { status: 'ENABLED' },
      s3Logs: { status: 'DISABLED', encryptionDisabled: false },
    },
    projectVisibility: 'PRIVATE',
  };
}
