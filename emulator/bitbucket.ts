// Bitbucket Cloud REST 2.0 under /bitbucket/2.0: Bearer access tokens, Basic app
// passwords (gone since 2026-07-28) and Basic API tokens, with the scope headers
// and the 403 "lack one or more required privilege scopes" body.
import { randomUUID } from 'node:crypto';
import {
  Faults,
  htmlPageReply,
  redirectReply,
  signInRedirectReply,
  jsonReply,
  parseAuthorizationHeader,
  type Reply,
  type RequestContext,
  echoed,
} from './shared.js';

export interface BitbucketTokenOptions {
  /** 'api-token' is Basic with the Atlassian account email as the user name. */
  kind: 'access-token' | 'app-password' | 'api-token';
  /** User name for app passwords, email for API tokens. */
  username?: string;
  /** Bitbucket scope names; undefined => no x-oauth-scopes header. */
  scopes?: string[];
  /** For access tokens: what they are bound to (sets x-credential-type). Default 'repository'. */
  accessTokenType?: 'repository' | 'project' | 'workspace';
  /** workspace/slug the token can see; default ['emulator/demo-repo']. */
  repositories?: string[];
}

/** A repository webhook as a test gives it. */
export interface BitbucketHookSeed {
  /** Where the hook delivers: CodeBuild's payloadUrl for a CodeBuild hook. */
  url: string;
  /** Default true. */
  active?: boolean;
  events?: string[];
}

interface StoredHook {
  uuid: string;
  url: string;
  active: boolean;
  events: string[];
  createdAt: string;
}

interface StoredToken extends BitbucketTokenOptions {
  repositories: string[];
}

interface Route {
  pattern: RegExp;
  /** Scope the endpoint requires (sent as x-accepted-oauth-scopes). */
  scope?: string;
  handler: (params: string[], token: StoredToken, ctx: RequestContext) => Reply;
}

/** Scope implications from "Bitbucket Cloud REST API scopes". admin does not imply read. */
const IMPLIES: Record<string, string[]> = {
  'repository:write': ['repository'],
  'repository:delete': [],
  pullrequest: ['repository'],
  'pullrequest:write': ['pullrequest', 'repository', 'repository:write'],
  'account:write': ['account'],
  'project:admin': ['project'],
  'pipeline:write': ['pipeline'],
};

function expand(scopes: string[]): Set<string> {
  const out = new Set<string>();
  const visit = (s: string) => {
    if (out.has(s)) return;
    out.add(s);
    for (const implied of IMPLIES[s] ?? []) visit(implied);
  };
  scopes.forEach(visit);
  return out;
}

function error(status: number, message: string, extra: Record<string, unknown> = {}): Reply {
  return jsonReply(status, { type: 'error', error: { message, ...extra } });
}

export class BitbucketState {
  private tokens = new Map<string, StoredToken>();
  /** workspace/slug -> its webhooks. */
  private hookStore = new Map<string, StoredHook[]>();
  /** After 2026-07-28 Basic auth with an app password gets 401. */
  appPasswordsRemoved = true;
  private readonly routes: Route[];

  constructor(private readonly faults: Faults) {
    this.routes = [
      { pattern: /^\/user$/, scope: 'account', handler: (_p, t) => this.getUser(t) },
      {
        pattern: /^\/repositories$/,
        scope: 'repository',
        handler: (_p, t) => this.page(t.repositories),
      },
      {
        pattern: /^\/repositories\/([^/]+)$/,
        scope: 'repository',
        handler: ([ws], t) => this.page(t.repositories.filter((r) => r.split('/')[0] === ws)),
      },
      {
        pattern: /^\/repositories\/([^/]+)\/([^/]+)$/,
        scope: 'repository',
        handler: ([ws, slug], t) => this.getRepo(`${ws}/${slug}`, t),
      },
      {
        pattern: /^\/repositories\/([^/]+)\/([^/]+)\/hooks$/,
        scope: 'webhook',
        handler: ([ws, slug], t, ctx) => this.listHooks(`${ws}/${slug}`, t, ctx),
      },
      {
        pattern: /^\/repositories\/([^/]+)\/([^/]+)\/pullrequests$/,
        scope: 'pullrequest',
        handler: ([ws, slug], t) => this.repoList(`${ws}/${slug}`, t),
      },
    ];
  }

  addToken(token: string, opts: BitbucketTokenOptions): void {
    if (opts.kind !== 'access-token' && !opts.username) {
      throw new Error(`${opts.kind} needs a username`);
    }
    this.tokens.set(token, { ...opts, repositories: opts.repositories ?? ['emulator/demo-repo'] });
  }

  /** Gives `workspace/slug` these webhooks (replacing any). A token still needs it in its `repositories` to see it. */
  addRepository(repo: string, opts: { hooks?: BitbucketHookSeed[] } = {}): void {
    this.hookStore.set(
      repo,
      (opts.hooks ?? []).map((h) => ({
        uuid: `{${randomUUID()}}`,
        url: h.url,
        active: h.active ?? true,
        events: h.events ?? ['repo:push', 'pullrequest:created', 'pullrequest:updated'],
        createdAt: new Date().toISOString(),
      })),
    );
  }

  snapshot(): unknown {
    return {
      hooks: Object.fromEntries(this.hookStore),
      appPasswordsRemoved: this.appPasswordsRemoved,
      tokens: [...this.tokens.entries()].map(([token, t]) => ({
        token: `${token.slice(0, 4)}…<redacted>`,
        kind: t.kind,
        username: t.username,
        scopes: t.scopes,
        repositories: t.repositories,
      })),
    };
  }

  reset(): void {
    this.tokens.clear();
    this.hookStore.clear();
    this.appPasswordsRemoved = true;
  }

  /** Resolves the Authorization header to a token, or the 401 to send. */
  private authenticate(ctx: RequestContext): StoredToken | Reply {
    const auth = parseAuthorizationHeader(ctx.req);
    ctx.record.authScheme = auth?.scheme ?? 'none';
    const unauthorized = (message: string) => {
      const reply = error(401, message);
      reply.headers['www-authenticate'] = 'Basic realm="Bitbucket.org HTTP"';
      return reply;
    };
    if (!auth) return unauthorized('Unauthorized');
    if (auth.scheme === 'bearer') {
      const token = this.tokens.get(auth.credentials);
      if (!token || token.kind !== 'access-token') {
        return unauthorized('Token is invalid, expired, or not supported for this endpoint.');
      }
      return token;
    }
    if (auth.scheme === 'basic') {
      const decoded = Buffer.from(auth.credentials, 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      const user = decoded.slice(0, colon);
      const secret = decoded.slice(colon + 1);
      const token = colon === -1 ? undefined : this.tokens.get(secret);
      if (!token || token.kind === 'access-token' || token.username !== user) {
        return unauthorized('Unauthorized');
      }
      if (token.kind === 'app-password' && this.appPasswordsRemoved) {
        return unauthorized(
          'App passwords are no longer supported. Use an API token or an access token instead.',
        );
      }
      return token;
    }
    return unauthorized('Unauthorized');
  }

  async handle(ctx: RequestContext, subpath: string): Promise<Reply> {
    ctx.record.service = 'bitbucket';
    ctx.record.operation = `${ctx.method} ${subpath}`;
    // Something in between (a proxy, a portal, a gateway) answers before Bitbucket sees the request.
    const fault = await this.faults.take('bitbucket', ctx.record.operation, undefined, ctx);
    if (fault) ctx.record.fault = fault.kind;
    if (fault?.kind === 'html') return htmlPageReply(fault.status);
    if (fault?.kind === 'redirect') return signInRedirectReply(fault.status);
    if (fault?.kind === 'elsewhere' && (fault.status ?? 200) >= 300)
      return redirectReply(fault.status!, fault.location ?? 'http://127.0.0.1:9/');
    if (fault?.kind === 'echo') {
      const credentials = parseAuthorizationHeader(ctx.req)?.credentials ?? '';
      return error(
        fault.status ?? 400,
        `Could not parse the credentials "${echoed(credentials, fault.form, fault.disguise)}" of this request.`,
      );
    }

    const token = this.authenticate(ctx);
    if (!('kind' in token)) return token;

    const headers: Record<string, string> = {
      'x-credential-type':
        token.kind === 'access-token'
          ? `${token.accessTokenType === 'project' ? 'project' : token.accessTokenType === 'workspace' ? 'workspace' : 'repo'}_access_token`
          : token.kind === 'app-password'
            ? 'app_password'
            : 'api_token',
      'x-request-id': randomUUID(),
    };
    if (token.scopes) headers['x-oauth-scopes'] = token.scopes.join(', ');
    const finish = (reply: Reply) => {
      // A proxy that forwards the body but not Bitbucket's headers.
      if (fault?.kind !== 'proxy') reply.headers = { ...reply.headers, ...headers };
      return reply;
    };

    if (fault && fault.kind !== 'proxy' && fault.kind !== 'elsewhere') {
      if (fault.kind === 'throttle') {
        headers['retry-after'] = String(fault.retryAfter ?? 1);
        return finish(error(429, 'Rate limit for this resource has been exceeded'));
      }
      if (fault.kind === '5xx') return finish(error(fault.status ?? 500, 'Something went wrong'));
      return finish(error(403, 'You do not have access to this resource.'));
    }

    const route =
      ctx.method === 'GET' ? this.routes.find((r) => r.pattern.test(subpath)) : undefined;
    if (!route) return finish(error(404, 'Resource not found'));
    if (route.scope) headers['x-accepted-oauth-scopes'] = route.scope;

    // Access tokens have no user behind them; Bitbucket refuses /user for them.
    if (subpath === '/user' && token.kind === 'access-token') {
      return finish(error(401, 'Token is invalid, expired, or not supported for this endpoint.'));
    }
    if (route.scope && token.scopes && !expand(token.scopes).has(route.scope)) {
      return finish(
        error(403, 'Your credentials lack one or more required privilege scopes.', {
          detail: { granted: token.scopes, required: [route.scope] },
        }),
      );
    }
    const params = route.pattern.exec(subpath)!.slice(1);
    const reply = route.handler(params, token, ctx);
    if (fault?.kind === 'elsewhere' && reply.status === 200) {
      const page = JSON.parse(reply.body) as Record<string, unknown>;
      reply.body = JSON.stringify({ ...page, next: fault.location });
    }
    return finish(reply);
  }

  private page(values: unknown[]): Reply {
    return jsonReply(200, {
      pagelen: 10,
      size: values.length,
      values: values.map((v) => (typeof v === 'string' ? this.repoJson(v) : v)),
      page: 1,
    });
  }

  private repoJson(fullName: string) {
    const [workspace, slug] = fullName.split('/') as [string, string];
    return {
      type: 'repository',
      full_name: fullName,
      name: slug,
      slug,
      is_private: true,
      workspace: { type: 'workspace', slug: workspace },
      links: { html: { href: `https://bitbucket.org/${fullName}` } },
    };
  }

  private getRepo(fullName: string, token: StoredToken): Reply {
    if (!token.repositories.includes(fullName)) {
      return error(404, `Repository ${fullName} not found`);
    }
    return jsonReply(200, this.repoJson(fullName));
  }

  private repoList(fullName: string, token: StoredToken): Reply {
    if (!token.repositories.includes(fullName)) {
      return error(404, `Repository ${fullName} not found`);
    }
    return this.page([]);
  }

  /** GET .../hooks: `pagelen` (default 10, at most 100), `page`, and a `next` link while more remain. */
  private listHooks(fullName: string, token: StoredToken, ctx: RequestContext): Reply {
    if (!token.repositories.includes(fullName)) {
      return error(404, `Repository ${fullName} not found`);
    }
    const hooks = this.hookStore.get(fullName) ?? [];
    const q = ctx.url.searchParams;
    const pagelen = Math.min(100, Math.max(1, Number(q.get('pagelen') ?? 10) || 10));
    const page = Math.max(1, Number(q.get('page') ?? 1) || 1);
    const base = `http://${ctx.req.headers.host ?? 'localhost'}/bitbucket/2.0/repositories/${fullName}/hooks`;
    const values = hooks.slice((page - 1) * pagelen, page * pagelen).map((h) => ({
      type: 'webhook_subscription',
      uuid: h.uuid,
      url: h.url,
      description: 'AWS CodeBuild',
      subject_type: 'repository',
      subject: { type: 'repository', full_name: fullName },
      active: h.active,
      created_at: h.createdAt,
      events: h.events,
      secret_set: true,
      skip_cert_verification: false,
      links: { self: { href: `${base}/${encodeURIComponent(h.uuid)}` } },
    }));
    return jsonReply(200, {
      pagelen,
      size: hooks.length,
      page,
      values,
      ...(page * pagelen < hooks.length
        ? { next: `${base}?pagelen=${pagelen}&page=${page + 1}` }
        : {}),
    });
  }

  private getUser(token: StoredToken): Reply {
    const username = token.username ?? 'emulator';
    return jsonReply(200, {
      type: 'user',
      username: token.kind === 'api-token' ? username.split('@')[0] : username,
      display_name: username,
      account_id: '557058:00000000-0000-0000-0000-000000000000',
      uuid: '{00000000-0000-0000-0000-000000000001}',
    });
  }
}
