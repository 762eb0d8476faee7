// Fine-grained GitHub tokens cannot list their permissions: probe them, read-only,
// against the repositories CodeBuild will build (FACTS.md, "Token permissions CodeBuild
// needs" and "Reading a token's scopes"; docs/fine-grained-tokens.md).
import {
  type Logger,
  mapLimit,
  outside,
  type PermissionCheck,
  type PermissionStatus,
  type RepositoryProbe,
  UserError,
} from '../base/index.js';
import {
  githubClient,
  githubNetworkFailure,
  githubRetry,
  githubRetryable,
} from './github-client.js';
import { type CallLimits, callLimitsFor, withRetry } from '../wire/index.js';

export type { PermissionCheck, PermissionStatus, RepositoryProbe };

type Level = 'read' | 'write';

interface Need {
  /** GitHub's name for the permission (`repository_hooks`, not "Webhooks"). */
  name: string;
  /** How GitHub's settings page names it. */
  label: string;
  levels: Level[];
  /** Needed only for FILE_PATH webhook filters. */
  optional?: boolean;
  /** Anyone may read it on a public repository, so a 200 there proves nothing. */
  publicRead: boolean;
}

/** What CodeBuild needs from a fine-grained token (FACTS.md), in report order. */
const NEEDS: readonly Need[] = [
  { name: 'metadata', label: 'Metadata', levels: ['read'], publicRead: true },
  { name: 'contents', label: 'Contents', levels: ['read'], publicRead: true },
  { name: 'statuses', label: 'Commit statuses', levels: ['read', 'write'], publicRead: true },
  { name: 'repository_hooks', label: 'Webhooks', levels: ['read', 'write'], publicRead: false },
  {
    name: 'pull_requests',
    label: 'Pull requests',
    levels: ['read'],
    optional: true,
    publicRead: true,
  },
];

const OPTIONAL_NOTE = 'Optional, needed only for FILE_PATH webhook filters';

/** Repositories probed at once; each sends up to four requests together. */
const CONCURRENCY = 2;

// GitHub: owner up to 39 characters of letters, digits and single hyphens; repo up to 100 of [A-Za-z0-9._-].
const REPOSITORY = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;

/** The answer to one GET: a status (0 = no answer), its headers and GitHub's message. */
interface Answer {
  status: number;
  headers: Record<string, string | number | undefined>;
  message?: string;
  data?: unknown;
}

interface RequestErrorLike {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | number | undefined>; data?: unknown };
}

function validate(repositories: string[]): string[] {
  const bad = repositories.filter((r) => !REPOSITORY.test(r) || /\/\.\.?$/.test(r));
  if (bad.length) {
    const list = bad.map((r) => `"${r}"`).join(', ');
    throw new UserError(
      `The input \`repositories\` has ${list}: each entry must be owner/repo, e.g. octo-org/app.`,
    );
  }
  const seen = new Set<string>();
  return repositories.filter((r) => {
    const key = r.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function header(answer: Answer, name: string): string | undefined {
  const value = answer.headers[name];
  return value === undefined ? undefined : String(value);
}

function rateLimited(answer: Answer): boolean {
  return (
    answer.status === 429 ||
    (answer.status === 403 &&
      (header(answer, 'x-ratelimit-remaining') === '0' || /rate limit/i.test(answer.message ?? '')))
  );
}

/** `contents=read; organization_x=admin` to the sets of `name=level` pairs it lists. */
function acceptedPermissions(answer: Answer): string[][] {
  const value = header(answer, 'x-accepted-github-permissions') ?? '';
  return value
    .split(';')
    .map((set) =>
      set
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean),
    )
    .filter((set) => set.length > 0);
}

/** The 403 says this permission is what the endpoint wants (header) or that the token may not (message). */
function refusedFor(answer: Answer, name: string): boolean {
  const named = acceptedPermissions(answer).some((set) =>
    set.some((p) => p.split('=')[0] === name),
  );
  return named || /not accessible by/i.test(answer.message ?? '');
}

function described(answer: Answer): string {
  if (answer.status === 0) return `got no answer${answer.message ? ` (${answer.message})` : ''}`;
  const accepted = header(answer, 'x-accepted-github-permissions');
  const message = answer.status >= 400 && answer.message ? ` "${answer.message}"` : '';
  return `answered ${answer.status}${message}${accepted && answer.status >= 400 ? ` (needs ${accepted})` : ''}`;
}

function check(
  need: Need,
  level: Level,
  status: PermissionStatus,
  evidence: string,
): PermissionCheck {
  return {
    permission: `${need.name}:${level}`,
    status,
    evidence: need.optional ? `${OPTIONAL_NOTE}: ${evidence}` : evidence,
    ...(need.optional ? { optional: true } : {}),
  };
}

/** Every permission with one status and one reason (the repository itself could not be read). */
function allChecks(status: PermissionStatus, evidence: string): PermissionCheck[] {
  return NEEDS.flatMap((need) => need.levels.map((level) => check(need, level, status, evidence)));
}

/** What a read answer shows about `need` on a repository that GET /repos/{o}/{r} reached. */
function readCheck(
  need: Need,
  request: string,
  answer: Answer,
  isPublic: boolean,
): PermissionCheck {
  const what = `${request} ${described(answer)}`;
  const unknown = (why: string) => check(need, 'read', 'unknown', `${what}: ${why}.`);
  const missing = (why: string) => check(need, 'read', 'missing', `${what}: ${why}.`);
  if (answer.status >= 200 && answer.status < 300) {
    if (isPublic && need.publicRead) {
      return unknown(
        `the repository is public and anyone may read it, so this proves nothing about the token`,
      );
    }
    return check(need, 'read', 'granted', `${what}, so the token can read ${need.label}.`);
  }
  if (rateLimited(answer)) return unknown('rate limited, so nothing was learnt');
  if (answer.status === 403) {
    return refusedFor(answer, need.name)
      ? missing(`the token lacks ${need.label} read`)
      : unknown('a refusal that does not name a permission');
  }
  if (answer.status === 404 && need.name === 'repository_hooks') {
    // GitHub hides webhooks from callers that may not read them (they also need admin on the repository).
    return missing(
      `GitHub hides webhooks from tokens without Webhooks read or without admin rights on the repository`,
    );
  }
  if (answer.status === 404 || answer.status === 409) {
    return unknown('the repository is probably empty (no commits), so there was nothing to read');
  }
  return unknown('GitHub did not give a usable answer');
}

/** A write can only be proven by writing; a refused read of the same permission proves it missing. */
function writeCheck(need: Need, read: PermissionCheck): PermissionCheck {
  if (read.status === 'missing') {
    return check(
      need,
      'write',
      'missing',
      `${need.label} read was refused, and write includes read.`,
    );
  }
  return check(need, 'write', 'unknown', `${need.label} write cannot be proven without a write.`);
}

/** A repository GET /repos/{owner}/{repo} did not answer: refused (missing), or unknown. */
function unreachable(repository: string, what: string, answer: Answer): RepositoryProbe {
  if (answer.status === 404 || (answer.status === 403 && !rateLimited(answer))) {
    const why =
      answer.status === 404
        ? "the repository does not exist or is not in the token's repository selection (an organization's repository needs the organization as the token's resource owner)"
        : 'GitHub refuses this token for the repository';
    return { repository, reachable: false, checks: allChecks('missing', `${what}: ${why}.`) };
  }
  return {
    repository,
    reachable: false,
    checks: allChecks('unknown', `${what}: nothing could be learnt about the repository.`),
  };
}

/**
 * Probes, with GET requests only, whether a fine-grained token has on each repository
 * the permissions CodeBuild needs: Metadata read (implicit in every fine-grained token),
 * Contents read, Commit statuses read and write, Webhooks read and write and, optional
 * (FILE_PATH filters only), Pull requests read. Checks are named as GitHub names the
 * permissions in `X-Accepted-GitHub-Permissions`: `metadata:read`, `contents:read`,
 * `statuses:read`, `statuses:write`, `repository_hooks:read`, `repository_hooks:write`,
 * `pull_requests:read`.
 *
 * What is proven:
 * - `granted` (read only): a 200 from an endpoint on a PRIVATE (or internal) repository
 *   that needs the permission. GET .../hooks is never public, so its 200 proves Webhooks
 *   read on public repositories too.
 * - `missing`: a 403 on the endpoint ("Resource not accessible by personal access token",
 *   `X-Accepted-GitHub-Permissions` naming the permission); a 404 from GET .../hooks on a
 *   repository the token can see (no Webhooks read, or the owner is not a repository admin);
 *   a 404 or 403 from GET /repos/{owner}/{repo} (not in the token's selection, or the
 *   organization is not its resource owner): `reachable` false and everything missing.
 *   A write is `missing` when the read of the same permission is.
 *
 * What is not proven (`unknown`, with the reason in `evidence`):
 * - Any write: it cannot be proven without a write, and this never writes.
 * - Reads on a PUBLIC repository: anyone may read it, so a 200 says nothing about the token.
 * - Contents and statuses of an empty repository (404/409), rate-limited or unanswered
 *   requests (after retries), and 403s that name no permission (e.g. SAML SSO).
 *   `reachable` false with `unknown` checks means GitHub did not answer about the repository.
 *
 * A 401 means the token itself was rejected: that throws (as does an invalid `owner/repo`).
 * Repositories come back in input order; a repeated one (case-insensitive) is probed once.
 */
export async function probeRepositoryPermissions(
  token: string,
  apiUrl: string,
  repositories: string[],
  logger: Logger,
  sleep?: (ms: number) => Promise<void>,
  limits: CallLimits = callLimitsFor(),
): Promise<RepositoryProbe[]> {
  const unique = validate(repositories);
  const octokit = githubClient(token, apiUrl, logger, limits);

  const get = async (route: string, params: Record<string, string | number>): Promise<Answer> => {
    try {
      const response = await withRetry(
        () => octokit.request(route, params),
        githubRetryable,
        githubRetry(limits, sleep),
      );
      return { status: response.status, headers: response.headers, data: response.data };
    } catch (error) {
      const e = error as RequestErrorLike;
      const data = e.response?.data as { message?: unknown } | undefined;
      // GitHub's own words from its message field, sealed.
      const said = typeof data?.message === 'string' ? data.message : e.message;
      const message = said === undefined ? undefined : outside(said);
      const failure = githubNetworkFailure(error);
      if (failure) return { status: 0, headers: {}, message: `${failure.kind}: ${failure.code}` };
      if (e.status === 401) {
        throw new UserError(
          'GitHub rejected the token (401 Bad credentials) while probing repository permissions: it is wrong, expired or revoked.',
        );
      }
      return { status: e.status ?? 0, headers: e.response?.headers ?? {}, message };
    }
  };

  const probe = async (repository: string): Promise<RepositoryProbe> => {
    const [owner, repo] = repository.split('/') as [string, string];
    const base = `GET /repos/${owner}/${repo}`;
    logger.debug(`GitHub: probing ${repository}`);
    const answer = await get('GET /repos/{owner}/{repo}', { owner, repo });

    if (answer.status !== 200)
      return unreachable(repository, `${base} ${described(answer)}`, answer);

    const data = (answer.data ?? {}) as {
      private?: boolean;
      visibility?: string;
      default_branch?: string;
    };
    const isPublic = data.visibility ? data.visibility === 'public' : data.private === false;
    const ref = data.default_branch ?? 'HEAD';
    const [metadata, contents, statuses, hooks, pulls] = NEEDS as [Need, Need, Need, Need, Need];

    const [contentsAnswer, statusesAnswer, hooksAnswer, pullsAnswer] = await Promise.all([
      get('GET /repos/{owner}/{repo}/contents/{path}', { owner, repo, path: '' }),
      get('GET /repos/{owner}/{repo}/commits/{ref}/statuses', { owner, repo, ref, per_page: 1 }),
      get('GET /repos/{owner}/{repo}/hooks', { owner, repo, per_page: 1 }),
      get('GET /repos/{owner}/{repo}/pulls', { owner, repo, state: 'all', per_page: 1 }),
    ]);
    const statusesRead = readCheck(
      statuses,
      `${base}/commits/${ref}/statuses`,
      statusesAnswer,
      isPublic,
    );
    const hooksRead = readCheck(hooks, `${base}/hooks`, hooksAnswer, isPublic);
    const checks = [
      readCheck(metadata, base, answer, isPublic),
      readCheck(contents, `${base}/contents`, contentsAnswer, isPublic),
      statusesRead,
      writeCheck(statuses, statusesRead),
      hooksRead,
      writeCheck(hooks, hooksRead),
      readCheck(pulls, `${base}/pulls`, pullsAnswer, isPublic),
    ];
    logger.debug(
      `GitHub: ${repository}: ${checks.map((c) => `${c.permission}=${c.status}`).join(', ')}`,
    );
    return { repository, reachable: true, checks };
  };

  return mapLimit(unique, CONCURRENCY, probe);
}
