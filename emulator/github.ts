// GitHub REST (github.com under /github, GHES under /ghes/api/v3): token auth, the
// scope/permission headers GitHub sends, a few repository probes and issues.
import { randomBytes } from 'node:crypto';
import {
  answerOf,
  Faults,
  type FaultSpec,
  htmlPageReply,
  isObject,
  redirectReply,
  signInRedirectReply,
  jsonReply,
  parseAuthorizationHeader,
  parseJsonBody,
  type Reply,
  type RequestContext,
  echoed,
} from './shared.js';

export type Permission = 'read' | 'write';

export interface GitHubTokenOptions {
  /** Classic scopes; undefined => no X-OAuth-Scopes header (fine-grained / app tokens). */
  scopes?: string[];
  expiresAt?: Date;
  login?: string;
  /** Only valid on the GHES prefix (and only there). */
  enterprise?: boolean;
  /** Fine-grained / app permissions: contents, statuses, repository_hooks (alias hooks, webhooks), pull_requests, issues, metadata. Undefined => unrestricted. */
  permissions?: Record<string, Permission>;
  /** owner/repo the token can see (scope-less tokens); undefined => every repository. */
  repositories?: string[];
}

/** A repository webhook as a test gives it. */
export interface HookSeed {
  /** Where the hook delivers (`config.url`): CodeBuild's payloadUrl for a CodeBuild hook. */
  url: string;
  /** Default true. */
  active?: boolean;
  events?: string[];
}

interface StoredHook {
  id: number;
  url: string;
  active: boolean;
  events: string[];
  createdAt: string;
}

interface StoredToken extends GitHubTokenOptions {
  login: string;
  userId: number;
  used: number;
  resetAt: number;
}

export interface Issue {
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  stateReason: string | null;
  labels: string[];
  user: string;
  comments: Array<{ id: number; body: string; user: string; createdAt: string }>;
  createdAt: string;
  updatedAt: string;
}

interface Route {
  method: string;
  pattern: RegExp;
  /** Fine-grained permission the endpoint needs, as GitHub names it in X-Accepted-GitHub-Permissions. */
  permission?: [string, Permission];
  /** Classic scopes that satisfy the endpoint (X-Accepted-OAuth-Scopes); empty = any token. */
  acceptedScopes: string[];
  handler: (ctx: Call) => Reply;
}

interface Call {
  ctx: RequestContext;
  token: StoredToken | undefined;
  params: string[];
  base: string;
  docs: string;
}

const RATE_LIMIT = 5000;
const ANONYMOUS_RATE_LIMIT = 60;
/** Permissions whose GET endpoints anyone may call on a public repository (webhooks are never public). */
const PUBLIC_READ = new Set(['metadata', 'contents', 'statuses', 'pull_requests', 'issues']);
const PERMISSION_ALIASES: Record<string, string> = {
  hooks: 'repository_hooks',
  webhooks: 'repository_hooks',
};

/** `2026-11-25 10:00:00 UTC`, the format of github-authentication-token-expiration. */
function expirationHeader(date: Date): string {
  return date
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d{3}Z$/, ' UTC');
}

function integrationName(token: string): string {
  return token.startsWith('ghs_') || token.startsWith('ghu_')
    ? 'integration'
    : 'personal access token';
}

export class GitHubState {
  private tokens = new Map<string, StoredToken>();
  private issueStore = new Map<string, Issue[]>();
  /** owner/repo (lower case) that are public; every other repository is private. */
  private publicRepos = new Set<string>();
  /** owner/repo (lower case) -> its hooks. */
  private hookStore = new Map<string, StoredHook[]>();
  /** owner/repo (lower case) moved away or deleted: every request about it answers 404. */
  private removedRepos = new Set<string>();
  private nextHookId = 500_000_001;
  private anonymousUsed = 0;
  private nextUserId = 1000;
  private nextCommentId = 1;
  private readonly routes: Route[];

  constructor(private readonly faults: Faults) {
    const repo = '/repos/([^/]+)/([^/]+)';
    const write = ['repo', 'public_repo'];
    this.routes = [
      { method: 'GET', pattern: /^\/user$/, acceptedScopes: [], handler: (c) => this.getUser(c) },
      {
        method: 'GET',
        pattern: /^\/rate_limit$/,
        acceptedScopes: [],
        handler: (c) => this.getRateLimit(c),
      },
      {
        method: 'GET',
        pattern: new RegExp(`^${repo}$`),
        permission: ['metadata', 'read'],
        acceptedScopes: ['repo'],
        handler: (c) => this.getRepo(c),
      },
      {
        method: 'GET',
        pattern: new RegExp(`^${repo}/hooks$`),
        permission: ['repository_hooks', 'read'],
        acceptedScopes: ['admin:repo_hook', 'read:repo_hook', 'repo', 'write:repo_hook'],
        handler: (c) => this.listHooks(c),
      },
      {
        method: 'GET',
        pattern: new RegExp(`^${repo}/commits/(.+)/statuses$`),
        permission: ['statuses', 'read'],
        acceptedScopes: ['repo', 'repo:status'],
        handler: () => jsonReply(200, []),
      },
      {
        method: 'GET',
        pattern: new RegExp(`^${repo}/contents(?:/(.*))?$`),
        permission: ['contents', 'read'],
        acceptedScopes: [],
        handler: (c) => this.getContents(c),
      },
      {
        method: 'GET',
        pattern: new RegExp(`^${repo}/pulls$`),
        permission: ['pull_requests', 'read'],
        acceptedScopes: [],
        handler: () => jsonReply(200, []),
      },
      {
        method: 'GET',
        pattern: new RegExp(`^${repo}/issues$`),
        permission: ['issues', 'read'],
        acceptedScopes: [],
        handler: (c) => this.listIssues(c),
      },
      {
        method: 'POST',
        pattern: new RegExp(`^${repo}/issues$`),
        permission: ['issues', 'write'],
        acceptedScopes: write,
        handler: (c) => this.createIssue(c),
      },
      {
        method: 'PATCH',
        pattern: new RegExp(`^${repo}/issues/(\\d+)$`),
        permission: ['issues', 'write'],
        acceptedScopes: write,
        handler: (c) => this.updateIssue(c),
      },
      {
        method: 'GET',
        pattern: new RegExp(`^${repo}/issues/(\\d+)/comments$`),
        permission: ['issues', 'read'],
        acceptedScopes: [],
        handler: (c) => this.listComments(c),
      },
      {
        method: 'POST',
        pattern: new RegExp(`^${repo}/issues/(\\d+)/comments$`),
        permission: ['issues', 'write'],
        acceptedScopes: write,
        handler: (c) => this.createComment(c),
      },
    ];
  }

  addToken(token: string, opts: GitHubTokenOptions = {}): void {
    const login = opts.login ?? (token.startsWith('ghs_') ? 'github-actions[bot]' : 'octocat');
    this.tokens.set(token, {
      ...opts,
      login,
      userId: this.nextUserId++,
      used: 0,
      resetAt: Math.floor(Date.now() / 1000) + 3600,
    });
  }

  /** Makes `owner/repo` public: anyone may read it (but not its webhooks), in or out of a token's selection. */
  addPublicRepository(repo: string): void {
    this.publicRepos.add(repo.toLowerCase());
  }

  /** Gives `owner/repo` these webhooks (replacing any it had); returns them with their ids. */
  addRepository(repo: string, opts: { hooks?: HookSeed[] } = {}): StoredHook[] {
    const key = repo.toLowerCase();
    this.removedRepos.delete(key);
    const hooks = (opts.hooks ?? []).map((h) => ({
      id: this.nextHookId++,
      url: h.url,
      active: h.active ?? true,
      events: h.events ?? ['push', 'pull_request'],
      createdAt: new Date().toISOString(),
    }));
    this.hookStore.set(key, hooks);
    return hooks.map((h) => ({ ...h }));
  }

  /** `owner/repo` is gone (moved, renamed or deleted): 404 for every caller. */
  removeRepository(repo: string): void {
    this.removedRepos.add(repo.toLowerCase());
  }

  /** Issues of `owner/repo`, oldest first. */
  issues(repo: string): Issue[] {
    return (this.issueStore.get(repo.toLowerCase()) ?? []).map((i) => ({ ...i }));
  }

  snapshot(): unknown {
    return {
      tokens: [...this.tokens.entries()].map(([token, t]) => ({
        token: `${token.slice(0, 4)}…<redacted>`,
        login: t.login,
        scopes: t.scopes,
        permissions: t.permissions,
        repositories: t.repositories,
        enterprise: t.enterprise ?? false,
        expiresAt: t.expiresAt?.toISOString(),
      })),
      issues: Object.fromEntries(this.issueStore),
      hooks: Object.fromEntries(this.hookStore),
      removedRepositories: [...this.removedRepos],
    };
  }

  reset(): void {
    this.tokens.clear();
    this.issueStore.clear();
    this.publicRepos.clear();
    this.hookStore.clear();
    this.removedRepos.clear();
    this.anonymousUsed = 0;
  }

  /** `subpath` is the path after the API prefix; `enterprise` says which prefix it came in on. */
  async handle(ctx: RequestContext, subpath: string, enterprise: boolean): Promise<Reply> {
    const service = enterprise ? 'ghes' : 'github';
    ctx.record.service = service;
    ctx.record.operation = `${ctx.method} ${subpath}`;
    const docs = enterprise
      ? 'https://docs.github.com/enterprise-server@3.14/rest'
      : 'https://docs.github.com/rest';
    const base = `http://${ctx.req.headers.host ?? 'localhost'}${enterprise ? '/ghes/api/v3' : '/github'}`;

    // Something in between (a proxy, a portal, a gateway) answers before GitHub sees the request.
    const fault = await this.faults.take(service, ctx.record.operation, undefined, ctx);
    if (fault) ctx.record.fault = fault.kind;
    if (fault?.kind === 'html') return htmlPageReply(fault.status);
    if (fault?.kind === 'redirect') return signInRedirectReply(fault.status);
    if (fault?.kind === 'elsewhere' && (fault.status ?? 200) >= 300)
      return redirectReply(fault.status!, fault.location ?? 'http://127.0.0.1:9/');

    const auth = parseAuthorizationHeader(ctx.req);
    if (fault?.kind === 'echo') {
      return jsonReply(fault.status ?? 400, {
        message: `Problems parsing the Authorization header: unexpected credentials "${echoed(auth?.credentials ?? '', fault.form, fault.disguise)}"`,
        documentation_url: docs,
        status: String(fault.status ?? 400),
      });
    }
    let tokenValue: string | undefined;
    if (auth && (auth.scheme === 'token' || auth.scheme === 'bearer')) {
      ctx.record.authScheme = auth.scheme;
      tokenValue = auth.credentials;
    } else {
      ctx.record.authScheme = auth ? auth.scheme : 'none';
    }
    const token = tokenValue !== undefined ? this.tokens.get(tokenValue) : undefined;

    const headers: Record<string, string> = {
      'x-github-media-type': 'github.v3; format=json',
      'x-github-request-id': randomBytes(10)
        .toString('hex')
        .toUpperCase()
        .replace(/(.{4})(.{4})(.{6})(.{6})/, '$1:$2:$3:$4'),
      'x-github-api-version-selected': '2022-11-28',
    };
    if (enterprise) headers['x-github-enterprise-version'] = '3.14.0';
    const finish = (reply: Reply): Reply => {
      // A proxy that forwards the body but not GitHub's headers.
      if (fault?.kind !== 'proxy') reply.headers = { ...reply.headers, ...headers };
      return reply;
    };

    // Unknown, expired or wrong-host tokens are all just "Bad credentials".
    if (auth) {
      const valid =
        token !== undefined &&
        (token.enterprise ?? false) === enterprise &&
        (!token.expiresAt || token.expiresAt.getTime() > Date.now());
      if (!valid) {
        this.rateHeaders(headers, undefined, true);
        return finish(
          jsonReply(401, { message: 'Bad credentials', documentation_url: docs, status: '401' }),
        );
      }
    }
    this.rateHeaders(headers, token, subpath !== '/rate_limit');
    if (token?.scopes) {
      headers['x-oauth-scopes'] = token.scopes.join(', ');
    }
    if (token?.expiresAt) {
      headers['github-authentication-token-expiration'] = expirationHeader(token.expiresAt);
    }

    // A hostile GitHub's listing, to an authenticated request: what a test gives.
    if (fault?.kind === 'answer') return finish(jsonReply(200, answerOf(fault)));
    if (fault && fault.kind !== 'proxy' && fault.kind !== 'elsewhere') {
      return finish(this.faultReply(fault, headers, token, tokenValue ?? '', docs));
    }

    const route = this.routes.find((r) => r.method === ctx.method && r.pattern.test(subpath));
    if (!route) {
      return finish(
        jsonReply(404, { message: 'Not Found', documentation_url: docs, status: '404' }),
      );
    }
    const params = route.pattern
      .exec(subpath)!
      .slice(1)
      .map((p) => (p === undefined ? '' : decodeURIComponent(p)));
    if (token?.scopes) headers['x-accepted-oauth-scopes'] = route.acceptedScopes.join(', ');
    else if (token) {
      headers['x-accepted-github-permissions'] = route.permission
        ? `${route.permission[0]}=${route.permission[1]}`
        : 'allows_permissionless_access=true';
    }

    const denied = this.authorize(route, token, tokenValue ?? '', params, docs, subpath);
    if (denied) return finish(denied);
    const reply = route.handler({ ctx, token, params, base, docs });
    if (fault?.kind === 'elsewhere')
      reply.headers = { ...reply.headers, link: `<${fault.location}>; rel="next"` };
    return finish(reply);
  }

  private rateHeaders(
    headers: Record<string, string>,
    token: StoredToken | undefined,
    count: boolean,
  ) {
    const limit = token ? RATE_LIMIT : ANONYMOUS_RATE_LIMIT;
    if (count) {
      if (token) token.used++;
      else this.anonymousUsed++;
    }
    const used = token ? token.used : this.anonymousUsed;
    headers['x-ratelimit-limit'] = String(limit);
    headers['x-ratelimit-remaining'] = String(Math.max(0, limit - used));
    headers['x-ratelimit-reset'] = String(token?.resetAt ?? Math.floor(Date.now() / 1000) + 3600);
    headers['x-ratelimit-used'] = String(used);
    headers['x-ratelimit-resource'] = 'core';
  }

  private faultReply(
    { kind, status, retryAfter, resetAfter }: FaultSpec,
    headers: Record<string, string>,
    token: StoredToken | undefined,
    tokenValue: string,
    docs: string,
  ): Reply {
    if (kind === 'throttle') {
      // A secondary rate limit: a 429, or a 403 with Retry-After (GitHub sends both).
      if (status === 429 || retryAfter !== undefined) {
        headers['retry-after'] = String(retryAfter ?? 1);
        return jsonReply(status ?? 403, {
          message:
            'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
          documentation_url: `${docs}/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits`,
          status: String(status ?? 403),
        });
      }
      headers['x-ratelimit-remaining'] = '0';
      if (resetAfter !== undefined)
        headers['x-ratelimit-reset'] = String(Math.floor(Date.now() / 1000) + resetAfter);
      return jsonReply(403, {
        message: `API rate limit exceeded for user ID ${token?.userId ?? 0}.`,
        documentation_url: `${docs}/overview/rate-limits-for-the-rest-api#about-primary-rate-limits`,
        status: '403',
      });
    }
    if (kind === '5xx') {
      return jsonReply(status ?? 500, { message: 'Server Error' });
    }
    return jsonReply(403, {
      message: `Resource not accessible by ${integrationName(tokenValue)}`,
      documentation_url: docs,
      status: '403',
    });
  }

  /** Returns an error reply when the token may not call the route, else undefined. */
  private authorize(
    route: Route,
    token: StoredToken | undefined,
    tokenValue: string,
    params: string[],
    docs: string,
    subpath: string,
  ): Reply | undefined {
    const notFound = jsonReply(404, {
      message: 'Not Found',
      documentation_url: docs,
      status: '404',
    });
    if (subpath === '/rate_limit') return undefined;
    if (params.length >= 2 && this.removedRepos.has(`${params[0]}/${params[1]}`.toLowerCase()))
      return notFound;
    // Public repositories: reads other than webhooks need no token, scope, permission or selection.
    if (
      route.method === 'GET' &&
      route.permission &&
      PUBLIC_READ.has(route.permission[0]) &&
      params.length >= 2 &&
      this.publicRepos.has(`${params[0]}/${params[1]}`.toLowerCase())
    ) {
      return undefined;
    }
    if (!token) {
      // Anonymous callers see no (private) repositories and no user.
      if (subpath === '/user') {
        return jsonReply(401, {
          message: 'Requires authentication',
          documentation_url: `${docs}/users/users#get-the-authenticated-user`,
          status: '401',
        });
      }
      return notFound;
    }
    if (token.scopes) {
      // Classic tokens: a missing scope looks like a missing resource.
      const ok =
        route.acceptedScopes.length === 0 ||
        route.acceptedScopes.some((s) => token.scopes!.includes(s));
      return ok ? undefined : notFound;
    }
    // Installation tokens (ghs_) have no user behind them.
    if (subpath === '/user' && tokenValue.startsWith('ghs_')) {
      return jsonReply(403, {
        message: 'Resource not accessible by integration',
        documentation_url: `${docs}/users/users#get-the-authenticated-user`,
        status: '403',
      });
    }
    if (params.length >= 2 && token.repositories) {
      const fullName = `${params[0]}/${params[1]}`.toLowerCase();
      if (!token.repositories.some((r) => r.toLowerCase() === fullName)) return notFound;
    }
    if (route.permission && token.permissions && route.permission[0] !== 'metadata') {
      const [name, level] = route.permission;
      const granted = Object.entries(token.permissions)
        .filter(([key]) => (PERMISSION_ALIASES[key] ?? key) === name)
        .map(([, value]) => value);
      const ok = level === 'read' ? granted.length > 0 : granted.includes('write');
      if (!ok) {
        return jsonReply(403, {
          message: `Resource not accessible by ${integrationName(tokenValue)}`,
          documentation_url: docs,
          status: '403',
        });
      }
    }
    return undefined;
  }

  private getUser({ token, base }: Call): Reply {
    const t = token!;
    return jsonReply(200, {
      login: t.login,
      id: t.userId,
      node_id: `U_${Buffer.from(String(t.userId)).toString('base64')}`,
      type: t.login.endsWith('[bot]') ? 'Bot' : 'User',
      site_admin: false,
      name: t.login,
      url: `${base}/users/${t.login}`,
      html_url: `https://github.com/${t.login}`,
    });
  }

  private getRateLimit({ token }: Call): Reply {
    const limit = token ? RATE_LIMIT : ANONYMOUS_RATE_LIMIT;
    const used = token ? token.used : this.anonymousUsed;
    const core = {
      limit,
      used,
      remaining: Math.max(0, limit - used),
      reset: token?.resetAt ?? Math.floor(Date.now() / 1000) + 3600,
    };
    return jsonReply(200, { resources: { core }, rate: core });
  }

  private getRepo({ params, token, base }: Call): Reply {
    const [owner, repo] = params as [string, string];
    const isPublic = this.publicRepos.has(`${owner}/${repo}`.toLowerCase());
    const push = token?.scopes
      ? token.scopes.includes('repo')
      : !token?.permissions || token.permissions.contents === 'write';
    return jsonReply(200, {
      id: 100000 + (owner.length + repo.length),
      name: repo,
      full_name: `${owner}/${repo}`,
      private: !isPublic,
      visibility: isPublic ? 'public' : 'private',
      owner: { login: owner, type: 'User' },
      html_url: `https://github.com/${owner}/${repo}`,
      url: `${base}/repos/${owner}/${repo}`,
      default_branch: 'main',
      permissions: { admin: false, maintain: false, push, triage: push, pull: true },
    });
  }

  /** GET /repos/{owner}/{repo}/hooks: `per_page` (default 30, at most 100), `page`, and a Link header as GitHub sends. */
  private listHooks({ ctx, params, base }: Call): Reply {
    const [owner, repo] = params as [string, string];
    const hooks = this.hookStore.get(`${owner}/${repo}`.toLowerCase()) ?? [];
    const q = ctx.url.searchParams;
    const perPage = Math.min(100, Math.max(1, Number(q.get('per_page') ?? 30) || 30));
    const page = Math.max(1, Number(q.get('page') ?? 1) || 1);
    const last = Math.max(1, Math.ceil(hooks.length / perPage));
    const slice = hooks.slice((page - 1) * perPage, page * perPage);
    const link = (n: number, rel: string) =>
      `<${base}/repos/${owner}/${repo}/hooks?per_page=${perPage}&page=${n}>; rel="${rel}"`;
    const links: string[] = [];
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
    if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'));
    const hookUrl = (h: StoredHook) => `${base}/repos/${owner}/${repo}/hooks/${h.id}`;
    return jsonReply(
      200,
      slice.map((h) => ({
        type: 'Repository',
        id: h.id,
        name: 'web',
        active: h.active,
        events: h.events,
        config: { content_type: 'json', insecure_ssl: '0', url: h.url },
        updated_at: h.createdAt,
        created_at: h.createdAt,
        url: hookUrl(h),
        test_url: `${hookUrl(h)}/test`,
        ping_url: `${hookUrl(h)}/pings`,
        deliveries_url: `${hookUrl(h)}/deliveries`,
        last_response: { code: null, status: 'unused', message: null },
      })),
      links.length ? { link: links.join(', ') } : {},
    );
  }

  private getContents({ params }: Call): Reply {
    const path = params[2] ?? '';
    if (path === '') return jsonReply(200, []);
    const content = Buffer.from('emulated file\n').toString('base64');
    return jsonReply(200, {
      type: 'file',
      encoding: 'base64',
      name: path.split('/').pop(),
      path,
      size: 14,
      content,
    });
  }

  private repoIssues(owner: string, repo: string): Issue[] {
    const key = `${owner}/${repo}`.toLowerCase();
    let list = this.issueStore.get(key);
    if (!list) {
      list = [];
      this.issueStore.set(key, list);
    }
    return list;
  }

  private issueJson(owner: string, repo: string, issue: Issue, base: string) {
    return {
      id: issue.number + 5000000,
      number: issue.number,
      title: issue.title,
      body: issue.body,
      state: issue.state,
      state_reason: issue.stateReason,
      labels: issue.labels.map((name) => ({ name })),
      user: { login: issue.user },
      comments: issue.comments.length,
      url: `${base}/repos/${owner}/${repo}/issues/${issue.number}`,
      html_url: `https://github.com/${owner}/${repo}/issues/${issue.number}`,
      created_at: issue.createdAt,
      updated_at: issue.updatedAt,
    };
  }

  private listIssues({ ctx, params, base }: Call): Reply {
    const [owner, repo] = params as [string, string];
    const q = ctx.url.searchParams;
    const state = q.get('state') ?? 'open';
    const labels = (q.get('labels') ?? '')
      .split(',')
      .map((l) => l.trim())
      .filter(Boolean);
    const creator = q.get('creator');
    const list = this.repoIssues(owner, repo)
      .filter((i) => state === 'all' || i.state === state)
      .filter((i) => labels.every((l) => i.labels.includes(l)))
      .filter((i) => !creator || i.user === creator)
      .sort((a, b) => b.number - a.number);
    return jsonReply(
      200,
      list.map((i) => this.issueJson(owner, repo, i, base)),
    );
  }

  private invalid(docs: string, message: string): Reply {
    return jsonReply(422, { message, documentation_url: docs, status: '422' });
  }

  private readBody(ctx: RequestContext): Record<string, unknown> | undefined {
    try {
      const body = parseJsonBody(ctx.body);
      return isObject(body) ? body : undefined;
    } catch {
      return undefined;
    }
  }

  private static labelNames(value: unknown): string[] {
    if (!Array.isArray(value)) return [];
    return value
      .map((l) =>
        typeof l === 'string' ? l : isObject(l) && typeof l.name === 'string' ? l.name : '',
      )
      .filter(Boolean);
  }

  private createIssue({ ctx, params, token, base, docs }: Call): Reply {
    const [owner, repo] = params as [string, string];
    const body = this.readBody(ctx);
    if (!body)
      return jsonReply(400, {
        message: 'Problems parsing JSON',
        documentation_url: docs,
        status: '400',
      });
    if (typeof body.title !== 'string' || body.title === '') {
      return this.invalid(docs, 'Invalid request.\n\n"title" wasn\'t supplied.');
    }
    const list = this.repoIssues(owner, repo);
    const now = new Date().toISOString();
    const issue: Issue = {
      number: list.length + 1,
      title: body.title,
      body: typeof body.body === 'string' ? body.body : null,
      state: 'open',
      stateReason: null,
      labels: GitHubState.labelNames(body.labels),
      user: token!.login,
      comments: [],
      createdAt: now,
      updatedAt: now,
    };
    list.push(issue);
    const json = this.issueJson(owner, repo, issue, base);
    return jsonReply(201, json, { location: json.url });
  }

  private findIssue(params: string[]): Issue | undefined {
    const [owner, repo, n] = params as [string, string, string];
    return this.repoIssues(owner, repo).find((i) => i.number === Number(n));
  }

  private updateIssue({ ctx, params, base, docs }: Call): Reply {
    const [owner, repo] = params as [string, string];
    const issue = this.findIssue(params);
    if (!issue)
      return jsonReply(404, { message: 'Not Found', documentation_url: docs, status: '404' });
    const body = this.readBody(ctx);
    if (!body)
      return jsonReply(400, {
        message: 'Problems parsing JSON',
        documentation_url: docs,
        status: '400',
      });
    if (body.state !== undefined && body.state !== 'open' && body.state !== 'closed') {
      return this.invalid(docs, `Validation Failed`);
    }
    if (typeof body.title === 'string') issue.title = body.title;
    if (typeof body.body === 'string' || body.body === null) issue.body = body.body;
    if (body.labels !== undefined) issue.labels = GitHubState.labelNames(body.labels);
    if (body.state === 'open' || body.state === 'closed') {
      issue.state = body.state;
      issue.stateReason =
        body.state === 'closed'
          ? typeof body.state_reason === 'string'
            ? body.state_reason
            : 'completed'
          : 'reopened';
    }
    issue.updatedAt = new Date().toISOString();
    return jsonReply(200, this.issueJson(owner, repo, issue, base));
  }

  private commentJson(params: string[], c: Issue['comments'][number], base: string) {
    const [owner, repo, n] = params as [string, string, string];
    return {
      id: c.id,
      body: c.body,
      user: { login: c.user },
      created_at: c.createdAt,
      url: `${base}/repos/${owner}/${repo}/issues/comments/${c.id}`,
      html_url: `https://github.com/${owner}/${repo}/issues/${n}#issuecomment-${c.id}`,
    };
  }

  private listComments({ params, base, docs }: Call): Reply {
    const issue = this.findIssue(params);
    if (!issue)
      return jsonReply(404, { message: 'Not Found', documentation_url: docs, status: '404' });
    return jsonReply(
      200,
      issue.comments.map((c) => this.commentJson(params, c, base)),
    );
  }

  private createComment({ ctx, params, token, base, docs }: Call): Reply {
    const issue = this.findIssue(params);
    if (!issue)
      return jsonReply(404, { message: 'Not Found', documentation_url: docs, status: '404' });
    const body = this.readBody(ctx);
    if (!body || typeof body.body !== 'string' || body.body === '') {
      return this.invalid(docs, 'Invalid request.\n\n"body" wasn\'t supplied.');
    }
    const comment = {
      id: this.nextCommentId++,
      body: body.body,
      user: token!.login,
      createdAt: new Date().toISOString(),
    };
    issue.comments.push(comment);
    issue.updatedAt = comment.createdAt;
    return jsonReply(201, this.commentJson(params, comment, base));
  }
}
