// Webhook health on the provider: reads a repository's hooks (read-only, never creates or
// changes one) with the same clients validation uses, once per repository per run.
// GitHub and GHES: GET /repos/{owner}/{repo}/hooks (hook `config.url`, `active`).
// Bitbucket: GET /2.0/repositories/{workspace}/{slug}/hooks (hook `url`, `active`).
import {
  ListingError,
  LISTINGS,
  type Logger,
  outside,
  pagesOf,
  type ServerType,
} from '../base/index.js';
import { type CallLimits, type HttpResponse, withRetry } from '../wire/index.js';
import { bitbucketClient, type BitbucketClient } from './bitbucket.js';
import {
  githubClient,
  githubNetworkFailure,
  githubPages,
  githubRetry,
  githubRetryable,
  githubWait,
} from './github-client.js';

/** A hook on the provider: where it delivers, and whether it is on. */
export interface ProviderHook {
  url: string;
  active: boolean;
  /** GitHub's hook id (the last segment of CodeBuild's `webhook.url`). */
  id?: string;
}

export type HooksAnswer =
  | { kind: 'hooks'; hooks: ProviderHook[] }
  /** The token cannot read the repository at all (404 or 403): builds cannot clone it either. */
  | { kind: 'unreachable'; detail: string }
  /** Nothing certain was learnt (rate limit, no answer, the hooks alone refused). */
  | { kind: 'unknown'; detail: string };

/** The provider credential the hooks are read with: the token (inside the secret, for SECRETS_MANAGER). */
export interface ProviderCredential {
  token: string;
  /** Bitbucket app passwords (BASIC_AUTH) only. */
  username?: string;
}

export interface WebhookReaderOptions {
  serverType: ServerType;
  githubApiUrl: string;
  bitbucketApiUrl: string;
  credential: ProviderCredential;
  logger: Logger;
  sleep?: (ms: number) => Promise<void>;
  /** Time limits of each call, and the run's signal. */
  limits?: CallLimits;
  /** How the front door names the API URLs, for messages. */
  names?: { bitbucketApiUrl: string };
}

/** Reads hooks, one provider call (plus its pages) per repository per run, whatever the number of projects. */
export interface WebhookReader {
  hooksOf(repository: string): Promise<HooksAnswer>;
  /** Human name of the provider, for messages. */
  readonly provider: string;
}

interface RequestErrorLike {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | number | undefined>; data?: unknown };
}

export function webhookReader(options: WebhookReaderOptions): WebhookReader {
  const cache = new Map<string, Promise<HooksAnswer>>();
  const read = options.serverType === 'BITBUCKET' ? bitbucketHooks(options) : githubHooks(options);
  return {
    provider: options.serverType === 'BITBUCKET' ? 'Bitbucket' : 'GitHub',
    hooksOf(repository) {
      const key = repository.toLowerCase();
      let answer = cache.get(key);
      if (!answer) {
        answer = read(repository);
        cache.set(key, answer);
      }
      return answer;
    },
  };
}

function githubHooks(options: WebhookReaderOptions): (repository: string) => Promise<HooksAnswer> {
  const octokit = githubClient(
    options.credential.token,
    options.githubApiUrl,
    options.logger,
    options.limits,
  );
  const sleep = options.sleep;
  return async (repository) => {
    const [owner, repo] = repository.split('/') as [string, string];
    options.logger.debug(`GitHub: GET /repos/${repository}/hooks`);
    try {
      const hooks = await withRetry(
        () =>
          githubPages<{ id?: number; active?: boolean; config?: { url?: string } }>(
            octokit.request,
            'GET /repos/{owner}/{repo}/hooks',
            { owner, repo, per_page: 100 },
            LISTINGS.githubHooks,
          ),
        (e) => !(e instanceof ListingError) && githubRetryable(e),
        githubRetry(options.limits ?? {}, sleep),
      );
      return {
        kind: 'hooks',
        hooks: hooks.map((h) => ({
          url: h.config?.url ?? '',
          active: h.active !== false,
          id: String(h.id ?? ''),
        })),
      };
    } catch (error) {
      if (error instanceof ListingError) return { kind: 'unknown', detail: error.message };
      const refused = githubNetworkFailure(error);
      if (refused?.kind === 'other-origin')
        return {
          kind: 'unknown',
          detail: `GitHub GET /repos/${repository}/hooks was refused: ${refused.detail}`,
        };
      const e = error as RequestErrorLike;
      const said = `GitHub answered ${e.status ? `${e.status}` : 'nothing'} to GET /repos/${repository}/hooks`;
      if (e.status === 403 && githubWait(error))
        return { kind: 'unknown', detail: `${said} (rate limited)` };
      if (e.status !== 404 && e.status !== 403)
        return { kind: 'unknown', detail: `${said}${e.message ? ` (${outside(e.message)})` : ''}` };
      // GitHub hides hooks (404) from a token that may read the repository but not its hooks:
      // one read of the repository tells the two apart.
      try {
        await withRetry(
          () => octokit.rest.repos.get({ owner, repo }),
          githubRetryable,
          githubRetry(options.limits ?? {}, sleep),
        );
      } catch (repoError) {
        const status = (repoError as RequestErrorLike).status;
        if (status === 404 || status === 403)
          return {
            kind: 'unreachable',
            detail: `GitHub answered ${status} for ${repository}`,
          };
        return { kind: 'unknown', detail: said };
      }
      return {
        kind: 'unknown',
        detail: `${said}, though the token can read the repository: reading hooks needs the admin:repo_hook (or repo) scope, or Webhooks read for a fine-grained token, and admin rights on the repository`,
      };
    }
  };
}

interface BitbucketHookPage {
  values?: Array<{ url?: string; active?: boolean; uuid?: string }>;
  next?: string;
  error?: { message?: string };
}

/** Stops the listing with what is known: Bitbucket's answer about the hooks, carried out of the pager. */
class Answered extends Error {
  constructor(readonly answer: HooksAnswer) {
    super(answer.kind === 'hooks' ? 'hooks' : answer.detail);
  }
}

function bitbucketHooks(
  options: WebhookReaderOptions,
): (repository: string) => Promise<HooksAnswer> {
  const client: BitbucketClient = bitbucketClient(
    options.credential,
    options.bitbucketApiUrl,
    options.logger,
    options.sleep,
    options.limits,
    options.names?.bitbucketApiUrl,
  );
  const refusal = async (
    repository: string,
    response: HttpResponse,
    body: BitbucketHookPage,
    first: boolean,
  ): Promise<HooksAnswer> => {
    const said = `Bitbucket answered ${response.status} to GET /repositories/${repository}/hooks`;
    if (!first || (response.status !== 404 && response.status !== 403))
      return {
        kind: 'unknown',
        detail: `${said}${body.error?.message ? `: ${outside(body.error.message)}` : ''}`,
      };
    if (response.status === 403 && /privilege scopes/i.test(body.error?.message ?? ''))
      return {
        kind: 'unknown',
        detail: `${said}: the token lacks the webhook scope`,
      };
    // Tell a repository the token cannot read from hooks it may not read.
    let repoStatus: number;
    try {
      repoStatus = (await client.get(`/repositories/${repository}`)).status;
    } catch {
      return { kind: 'unknown', detail: said };
    }
    if (repoStatus === 404 || repoStatus === 403)
      return {
        kind: 'unreachable',
        detail: `Bitbucket answered ${repoStatus} for ${repository}`,
      };
    return {
      kind: 'unknown',
      detail: `${said}, though the token can read the repository: reading hooks needs the webhook scope and admin rights on the repository`,
    };
  };
  return async (repository) => {
    const hooks: ProviderHook[] = [];
    let first = true;
    try {
      const pages = pagesOf(async (next) => {
        let response: HttpResponse;
        try {
          response = await client.get(next ?? `/repositories/${repository}/hooks?pagelen=100`);
        } catch (error) {
          throw new Answered({
            kind: 'unknown',
            detail: `Bitbucket did not answer GET /repositories/${repository}/hooks (${outside((error as Error).message)})`,
          });
        }
        const body = (await response.json().catch(() => ({}))) as BitbucketHookPage;
        if (!response.ok) throw new Answered(await refusal(repository, response, body, first));
        first = false;
        return {
          items: body.values ?? [],
          next: typeof body.next === 'string' ? body.next : undefined,
        };
      }, LISTINGS.bitbucketHooks);
      for await (const items of pages)
        for (const h of items)
          hooks.push({ url: h.url ?? '', active: h.active !== false, id: h.uuid });
    } catch (error) {
      if (error instanceof Answered) return error.answer;
      if (error instanceof ListingError) return { kind: 'unknown', detail: error.message };
      throw error;
    }
    return { kind: 'hooks', hooks };
  };
}

/**
 * `owner/repo` (Bitbucket `workspace/slug`) from a source location: https clone URLs with or
 * without `.git`, a user in the URL, GHES hosts, `git@host:owner/repo.git`. Undefined when the
 * location names no repository (e.g. CodeBuild's organization-webhook placeholder).
 */
export function repositoryOf(location: string | undefined): string | undefined {
  if (!location) return undefined;
  const trimmed = location.trim();
  let path: string;
  const scp = /^[\w.-]+@([\w.-]+):(.+)$/.exec(trimmed);
  if (scp) path = scp[2]!;
  else {
    try {
      const url = new URL(trimmed);
      if (!/^(https?|ssh|git):$/.test(url.protocol)) return undefined;
      path = decodeURIComponent(url.pathname);
    } catch {
      return undefined;
    }
  }
  const parts = path.split('/').filter(Boolean);
  // GHES may serve git under a path prefix; the repository is the last two segments.
  if (parts.length < 2) return undefined;
  const owner = parts[parts.length - 2]!;
  const repo = parts[parts.length - 1]!.replace(/\.git$/i, '');
  if (!/^[\w.-]+$/.test(owner) || !/^[\w.-]+$/.test(repo) || repo === '' || /^\.+$/.test(repo))
    return undefined;
  return `${owner}/${repo}`;
}

/** Does a hook deliver to this payload URL? Compared as URLs: scheme and host case-insensitive, a trailing slash ignored. */
export function sameUrl(a: string, b: string): boolean {
  const norm = (u: string) => {
    try {
      const url = new URL(u.trim());
      return `${url.protocol}//${url.host.toLowerCase()}${url.pathname.replace(/\/+$/, '')}${url.search}`;
    } catch {
      return u.trim();
    }
  };
  return norm(a) === norm(b);
}
