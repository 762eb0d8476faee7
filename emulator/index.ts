// One HTTP server that speaks the wire protocols of every service the product calls.
// Routing: /github, /ghes/api/v3, /bitbucket/2.0 by path; AWS by X-Amz-Target
// (awsJson) or a form-encoded POST (STS awsQuery); /__emulator/ for test control.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AwsError, AwsKeys, handleJsonRequest, type AwsIdentity, type JsonService } from './aws.js';
import { BitbucketState, type BitbucketTokenOptions } from './bitbucket.js';
import {
  CodeBuildState,
  type EmulatedProject,
  type ProjectSeed,
  type SeedCredential,
  type StoredCredential,
} from './codebuild.js';
import { CodeConnectionsState, type Connection } from './codeconnections.js';
import { GitHubState, type GitHubTokenOptions, type HookSeed, type Issue } from './github.js';
import { SecretsManagerState, type Secret } from './secretsmanager.js';
import {
  Faults,
  InFlight,
  isObject,
  jsonReply,
  type FaultSpec,
  type Reply,
  type RequestContext,
  type RequestRecord,
} from './shared.js';
import { StsState, type AssumedRecord, type RoleConfig } from './sts.js';
import { OrganizationsState, type OrgAccountSeed } from './organizations.js';
import { SsmState } from './ssm.js';
import { AccountState, type RegionOptStatus } from './account.js';

export type { RequestRecord, FaultSpec, StoredCredential, Connection, Secret, Issue };
export { ECHO_FORMS, type EchoForm } from './shared.js';
export type { GitHubTokenOptions, BitbucketTokenOptions, AssumedRecord, RoleConfig };
export type { EmulatedProject, ProjectSeed, HookSeed, OrgAccountSeed, RegionOptStatus };

export interface EmulatorOptions {
  port?: number;
  host?: string;
  accountId?: string;
  /** Called after every logged request (the CLI prints them). */
  onRequest?: (record: RequestRecord) => void;
}

export interface Emulator {
  url: string;
  /** Env vars that point the product at the emulator. */
  env: Record<string, string>;
  /** GHES API base (url + '/ghes/api/v3'). */
  ghesUrl: string;
  accountId: string;
  aws: {
    addAccessKey(
      id: string,
      secret: string,
      opts?: { deny?: string[]; allow?: string[]; accountId?: string },
    ): void;
    defaultAccessKey: { id: string; secret: string };
  };
  codebuild: {
    credentials(region: string, accountId?: string): StoredCredential[];
    seed(region: string, cred: SeedCredential): string;
    /** A project as if created earlier (`webhook: true` gives it one); returned with its webhook's payloadUrl. */
    addProject(region: string, project: ProjectSeed): EmulatedProject;
    projects(region: string, accountId?: string): EmulatedProject[];
  };
  codeconnections: { add(connection: Connection): void };
  secretsmanager: { add(secret: Secret): string };
  github: {
    addToken(token: string, opts?: GitHubTokenOptions): void;
    /** Repositories are private unless added here. */
    addPublicRepository(repo: string): void;
    /** `owner/repo` with these webhooks (on github.com and GHES alike). */
    addRepository(repo: string, opts?: { hooks?: HookSeed[] }): void;
    /** `owner/repo` moved or deleted: 404 to everyone. */
    removeRepository(repo: string): void;
    issues(repo: string): Issue[];
  };
  bitbucket: {
    addToken(token: string, opts: BitbucketTokenOptions): void;
    appPasswordsRemoved: boolean;
    /** `workspace/slug` with these webhooks; a token sees it only when it is in its `repositories`. */
    addRepository(repo: string, opts?: { hooks?: HookSeed[] }): void;
  };
  sts: {
    readonly assumed: AssumedRecord[];
    addRole(roleArn: string, config?: RoleConfig): void;
    webIdentityTokens: 'any' | string[];
    ttlSecondsOverride: number | undefined;
  };
  /**
   * AWS Organizations: `create(managementAccountId?)` (the emulator's account by default; adding an
   * account creates it too), accounts with states in the root or an OU, and service control
   * policies that refuse a region to an account.
   */
  organizations: {
    readonly rootId: string;
    readonly organizationId: string;
    create(managementAccountId?: string): void;
    addAccount(account: OrgAccountSeed): void;
    addOrganizationalUnit(name: string, parentId?: string): string;
    /** May list the organization like the management account. */
    readonly delegatedAdministrators: Set<string>;
    denyRegion(accountId: string, region: string): void;
  };
  /** Systems Manager public parameters: the regions listed for CodeBuild. */
  ssm: { codebuildRegions: string[] };
  /** Account Management: an opt-in region's status for an account (DISABLED by default). */
  account: { setRegion(accountId: string, region: string, status: RegionOptStatus): void };
  faults: { add(fault: FaultSpec): void; clear(): void };
  /**
   * Service requests (not admin ones) being answered now, and the most at once since
   * the start, the last `reset()` or `resetPeak()`: how parallel a client really was.
   */
  inFlight: { readonly current: number; readonly peak: number; resetPeak(): void };
  requests: RequestRecord[];
  writeCalls(): RequestRecord[];
  reset(): void;
  stop(): Promise<void>;
}

export const DEFAULT_ACCOUNT_ID = '123456789012';
export const DEFAULT_ACCESS_KEY = {
  id: 'AKIAEMULATORDEFAULT1',
  secret: 'acq7WdKBO1cWo3iRQMgzZp2DZE2mjZKGPxmmjF3+',
};

const WRITE_OPERATIONS = new Set(['ImportSourceCredentials', 'DeleteSourceCredentials']);

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, reply: Reply): void {
  res.writeHead(reply.status, reply.headers);
  res.end(reply.body);
}

/** JSON admin bodies carry dates as strings and Infinity as "Infinity" or null. */
function faultFromJson(value: Record<string, unknown>): FaultSpec {
  const count = value.count;
  return {
    ...(value as unknown as FaultSpec),
    ...(count === 'Infinity' || count === null ? { count: Infinity } : {}),
  };
}

/** Only names, status and key ids are logged: never tokens, secrets or bodies. */
function recordOf(ctx: RequestContext, method: string, url: URL, status: number): RequestRecord {
  return {
    service: ctx.record.service ?? 'unknown',
    operation: ctx.record.operation ?? `${method} ${url.pathname}`,
    method,
    path: url.pathname,
    status,
    at: new Date().toISOString(),
    ...(ctx.record.region ? { region: ctx.record.region } : {}),
    ...(ctx.record.accessKeyId ? { accessKeyId: ctx.record.accessKeyId } : {}),
    ...(ctx.record.authScheme ? { authScheme: ctx.record.authScheme } : {}),
    ...(ctx.record.fault ? { fault: ctx.record.fault } : {}),
    ...(ctx.record.gathered ? { gathered: ctx.record.gathered } : {}),
    ...(userAgent(ctx) ? { userAgent: userAgent(ctx) } : {}),
  };
}

function userAgent(ctx: RequestContext): string {
  const h = ctx.req.headers;
  return [h['user-agent'], h['x-amz-user-agent']].filter(Boolean).join(' ');
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const accountId = options.accountId ?? DEFAULT_ACCOUNT_ID;
  const faults = new Faults();
  const keys = new AwsKeys(accountId);
  const codebuild = new CodeBuildState(accountId);
  const codeconnections = new CodeConnectionsState();
  const secretsmanager = new SecretsManagerState(accountId);
  const sts = new StsState(keys, faults);
  const github = new GitHubState(faults);
  const bitbucket = new BitbucketState(faults);
  const organizations = new OrganizationsState(accountId);
  const ssm = new SsmState();
  const account = new AccountState(
    keys,
    faults,
    (caller, target) =>
      (caller === organizations.snapshotManagement() ||
        organizations.delegatedAdministrators.has(caller)) &&
      organizations.isMember(target),
  );
  const jsonServices: JsonService[] = [
    codebuild,
    codeconnections,
    secretsmanager,
    organizations,
    ssm,
  ];
  // A region an SCP refuses to an account refuses every regional service there.
  // So does an opt-in region the account has not enabled (for accounts of an organization).
  const guard = (identity: AwsIdentity, action: string, region: string) => {
    if (action.startsWith('organizations:')) return undefined;
    if (organizations.isActive() && account.disabled(identity.accountId, region))
      return new AwsError(
        'UnrecognizedClientException',
        'The security token included in the request is invalid.',
      );
    return organizations.scpRefusal(identity, action, region);
  };
  const requests: RequestRecord[] = [];
  /** Resets so far: a request sent before the last one is not logged after it. */
  let resets = 0;
  const inFlight = new InFlight();

  const addDefaultKey = () => keys.addAccessKey(DEFAULT_ACCESS_KEY.id, DEFAULT_ACCESS_KEY.secret);
  addDefaultKey();

  async function route(ctx: RequestContext): Promise<Reply> {
    const path = ctx.url.pathname;
    const under = (prefix: string) => path === prefix || path.startsWith(`${prefix}/`);
    if (under('/github')) return github.handle(ctx, path.slice('/github'.length) || '/', false);
    if (under('/ghes/api/v3')) {
      return github.handle(ctx, path.slice('/ghes/api/v3'.length) || '/', true);
    }
    if (under('/bitbucket/2.0')) {
      return bitbucket.handle(ctx, path.slice('/bitbucket/2.0'.length) || '/');
    }
    const target = ctx.req.headers['x-amz-target'];
    if (typeof target === 'string') {
      const service = jsonServices.find((s) => target.startsWith(s.targetPrefix));
      if (service) return handleJsonRequest(ctx, service, keys, faults, guard);
      ctx.record.service = 'aws';
      ctx.record.operation = target;
      return {
        status: 400,
        headers: { 'content-type': 'application/x-amz-json-1.1' },
        body: JSON.stringify({
          __type: 'UnknownOperationException',
          message: `Unknown target ${target}`,
        }),
      };
    }
    if (ctx.method === 'POST' && path === '/listRegions') return account.handle(ctx);
    const contentType = String(ctx.req.headers['content-type'] ?? '');
    if (ctx.method === 'POST' && contentType.startsWith('application/x-www-form-urlencoded')) {
      return sts.handle(ctx);
    }
    ctx.record.service = 'unknown';
    ctx.record.operation = `${ctx.method} ${path}`;
    return jsonReply(404, { message: `No emulated service at ${ctx.method} ${path}` });
  }

  function state(): unknown {
    return {
      accountId,
      awsKeys: keys.list().map((k) => ({
        accessKeyId: k.accessKeyId,
        accountId: k.accountId,
        arn: k.arn,
        deny: k.deny,
        allow: k.allow,
        temporary: k.sessionToken !== undefined,
        expiresAt: k.expiresAt?.toISOString(),
      })),
      codebuild: codebuild.snapshot(),
      codebuildProjects: codebuild.projectsSnapshot(),
      codeconnections: codeconnections.list(),
      secretsmanager: secretsmanager.list(),
      sts: { assumed: sts.assumed, roles: Object.fromEntries(sts.roles) },
      organizations: organizations.snapshot(),
      github: github.snapshot(),
      bitbucket: bitbucket.snapshot(),
      faults: faults.pending(),
    };
  }

  async function admin(req: IncomingMessage, url: URL, body: Buffer): Promise<Reply> {
    const action = `${req.method} ${url.pathname.slice('/__emulator'.length)}`;
    let input: Record<string, unknown> = {};
    if (req.method === 'POST' && body.length > 0) {
      const parsed: unknown = JSON.parse(body.toString('utf8'));
      if (!isObject(parsed) && !Array.isArray(parsed)) throw new Error('body must be JSON');
      input = isObject(parsed) ? parsed : { items: parsed };
    }
    switch (action) {
      case 'GET /requests':
        return jsonReply(200, requests);
      case 'GET /state':
        return jsonReply(200, state());
      case 'POST /faults': {
        const items = Array.isArray(input.items) ? (input.items as unknown[]) : [input];
        for (const item of items) if (isObject(item)) faults.add(faultFromJson(item));
        return jsonReply(200, faults.pending());
      }
      case 'DELETE /faults':
        faults.clear();
        return jsonReply(200, []);
      case 'GET /in-flight':
        return jsonReply(200, { current: inFlight.current, peak: inFlight.peak });
      case 'DELETE /in-flight':
        inFlight.reset();
        return jsonReply(200, { current: inFlight.current, peak: inFlight.peak });
      case 'POST /github/tokens': {
        const { token, expiresAt, ...opts } = input;
        if (typeof token !== 'string') return jsonReply(400, { message: 'token is required' });
        github.addToken(token, {
          ...(opts as GitHubTokenOptions),
          ...(typeof expiresAt === 'string' ? { expiresAt: new Date(expiresAt) } : {}),
        });
        return jsonReply(201, { ok: true });
      }
      case 'POST /bitbucket/tokens': {
        const { token, ...opts } = input;
        if (typeof token !== 'string') return jsonReply(400, { message: 'token is required' });
        bitbucket.addToken(token, opts as unknown as BitbucketTokenOptions);
        return jsonReply(201, { ok: true });
      }
      case 'POST /codebuild/projects': {
        const { region, ...project } = input;
        if (
          typeof region !== 'string' ||
          typeof project.name !== 'string' ||
          !isObject(project.source)
        )
          return jsonReply(400, { message: 'region, name and source are required' });
        return jsonReply(201, codebuild.addProject(region, project as unknown as ProjectSeed));
      }
      case 'POST /github/repositories': {
        const { repository, hooks, removed } = input;
        if (typeof repository !== 'string')
          return jsonReply(400, { message: 'repository is required' });
        if (removed === true) github.removeRepository(repository);
        else github.addRepository(repository, { hooks: hooks as HookSeed[] | undefined });
        return jsonReply(201, { ok: true });
      }
      case 'POST /bitbucket/repositories': {
        const { repository, hooks } = input;
        if (typeof repository !== 'string')
          return jsonReply(400, { message: 'repository is required' });
        bitbucket.addRepository(repository, { hooks: hooks as HookSeed[] | undefined });
        return jsonReply(201, { ok: true });
      }
      case 'POST /reset':
        emulator.reset();
        return jsonReply(200, { ok: true });
      default:
        return jsonReply(404, { message: `unknown admin endpoint ${action}` });
    }
  }

  const server = createServer((req, res) => {
    void (async () => {
      const method = req.method ?? 'GET';
      const url = new URL(req.url ?? '/', 'http://emulator.local');
      const body = await readBody(req);
      if (url.pathname.startsWith('/__emulator/')) {
        try {
          send(res, await admin(req, url, body));
        } catch (error) {
          send(res, jsonReply(400, { message: (error as Error).message }));
        }
        return;
      }
      const ctx: RequestContext = { req, method, url, body, record: {} };
      // A request whose client went away unanswered (a hang, a reset, a client timeout) is logged with status 0.
      let logged = false;
      let concurrent = 0;
      const sentAfter = resets;
      const log = (status: number) => {
        if (logged || sentAfter !== resets) return;
        logged = true;
        const record = { ...recordOf(ctx, method, url, status), inFlight: concurrent };
        requests.push(record);
        options.onRequest?.(record);
      };
      res.on('close', () => {
        if (!res.writableFinished) log(0);
      });
      let reply: Reply;
      inFlight.enter();
      concurrent = inFlight.current;
      try {
        reply = await route(ctx);
      } catch (error) {
        reply = jsonReply(500, { message: `emulator bug: ${(error as Error).message}` });
      } finally {
        inFlight.leave();
      }
      if (res.destroyed) return log(0); // the client gave up while a latency fault held the answer
      log(reply.status);
      send(res, reply);
    })().catch((error: unknown) => {
      if (!res.headersSent) send(res, jsonReply(500, { message: String(error) }));
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${options.host ?? '127.0.0.1'}:${port}`;

  const emulator: Emulator = {
    url,
    ghesUrl: `${url}/ghes/api/v3`,
    accountId,
    env: {
      AWS_ENDPOINT_URL: url,
      AWS_ACCESS_KEY_ID: DEFAULT_ACCESS_KEY.id,
      AWS_SECRET_ACCESS_KEY: DEFAULT_ACCESS_KEY.secret,
      AWS_EC2_METADATA_DISABLED: 'true',
      GITHUB_API_URL: `${url}/github`,
      BITBUCKET_API_URL: `${url}/bitbucket/2.0`,
    },
    aws: {
      addAccessKey: (id, secret, opts) => void keys.addAccessKey(id, secret, opts),
      defaultAccessKey: { ...DEFAULT_ACCESS_KEY },
    },
    codebuild: {
      credentials: (region, account) => codebuild.credentials(region, account),
      seed: (region, cred) => codebuild.seed(region, cred),
      addProject: (region, project) => codebuild.addProject(region, project),
      projects: (region, account) => codebuild.projects(region, account),
    },
    codeconnections: { add: (c) => codeconnections.add(c) },
    secretsmanager: { add: (s) => secretsmanager.add(s) },
    github: {
      addToken: (token, opts) => github.addToken(token, opts),
      addPublicRepository: (repo) => github.addPublicRepository(repo),
      addRepository: (repo, opts) => void github.addRepository(repo, opts),
      removeRepository: (repo) => github.removeRepository(repo),
      issues: (repo) => github.issues(repo),
    },
    bitbucket,
    sts,
    organizations: {
      rootId: organizations.rootId,
      organizationId: organizations.organizationId,
      create: (id) => organizations.create(id),
      addAccount: (a) => organizations.addAccount(a),
      addOrganizationalUnit: (name, parent) => organizations.addOrganizationalUnit(name, parent),
      delegatedAdministrators: organizations.delegatedAdministrators,
      denyRegion: (id, region) => organizations.denyRegion(id, region),
    },
    ssm,
    account: { setRegion: (id, region, status) => account.setRegion(id, region, status) },
    faults: { add: (f) => faults.add(f), clear: () => faults.clear() },
    inFlight: {
      get current() {
        return inFlight.current;
      },
      get peak() {
        return inFlight.peak;
      },
      resetPeak: () => inFlight.reset(),
    },
    requests,
    writeCalls: () =>
      requests.filter((r) => r.service === 'codebuild' && WRITE_OPERATIONS.has(r.operation)),
    reset() {
      resets++;
      keys.clear();
      addDefaultKey();
      codebuild.reset();
      codeconnections.reset();
      secretsmanager.reset();
      sts.reset();
      github.reset();
      bitbucket.reset();
      organizations.reset();
      ssm.reset();
      account.reset();
      faults.clear();
      inFlight.reset();
      requests.length = 0;
    },
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
  return emulator;
}
