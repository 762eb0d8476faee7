import type {
  CodeBuildClient,
  AuthType as SdkAuthType,
  Project,
  ServerType as SdkServerType,
  SourceCredentialsInfo,
} from '@aws-sdk/client-codebuild';
import type { Agent as HttpAgent } from 'node:http';
import type { Agent as HttpsAgent } from 'node:https';
import type { AwsAccount, AwsCredentials } from './credentials.js';
import type { BoundedHttpHandler } from './http.js';
import {
  type CallLimits,
  callLimitsFor,
  describeNetworkFailure,
  networkFailure,
  whileSending,
} from '../wire/index.js';
import {
  allPages,
  type AuthType,
  LISTINGS,
  outside,
  type ServerType,
  USER_AGENT,
  UserError,
} from '../base/index.js';

export interface StoredCredential {
  arn: string;
  serverType: string;
  authType: string;
  resource?: string;
}

export interface ImportRequest {
  token: string;
  serverType: ServerType;
  authType: AuthType;
  username?: string;
  shouldOverwrite: boolean;
}

/** An AWS call that failed, re-thrown with what to do about it. */
export class AwsCallError extends UserError {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'AwsCallError';
  }
}

/**
 * The request handler that bounds every AWS call (aws-http.ts): time per attempt, answer
 * size and nesting. For any client, and for the STS client the credential chain makes (its
 * `clientConfig`). Loaded with the SDK, by dynamic import.
 */
export async function awsRequestHandler(
  limits: CallLimits,
  service: string,
  agents?: HttpAgents,
): Promise<{ requestHandler: BoundedHttpHandler }> {
  const http = await import('./http.js');
  return { requestHandler: http.awsRequestHandler(limits, service, agents) };
}

/** Options of one `send`: aborted with the run. */
export function sendOptions(limits: CallLimits): { abortSignal?: AbortSignal } {
  return limits.signal ? { abortSignal: limits.signal } : {};
}

type CodeBuildSdk = typeof import('@aws-sdk/client-codebuild');

/**
 * Loads the CodeBuild SDK (by dynamic import, so a run that ends before any AWS
 * call, such as a bad configuration, never evaluates it) and returns what makes
 * the client of one region in one account.
 */
export async function codeBuildClients(
  /** Where the policy that holds a denied action is (iam.ts), for the run's mode. */
  iamHint?: (action: string) => string,
): Promise<CodeBuildClients> {
  const [sdk, http, https, awsHttp] = await Promise.all([
    import('@aws-sdk/client-codebuild'),
    import('node:http'),
    import('node:https'),
    import('./http.js'),
  ]);
  // One pool of keep-alive sockets, and one request handler over it, for every client of the
  // run: the accounts of a region share its endpoint, so their calls reuse connections (and
  // TLS sessions), and a fleet of thousands of clients makes one handler, not one each.
  const options = { keepAlive: true, maxSockets: SOCKETS_PER_ENDPOINT };
  const agents = { httpAgent: new http.Agent(options), httpsAgent: new https.Agent(options) };
  const handlers = new Map<string, BoundedHttpHandler>();
  // A run's limits are the same for every client (only `waiting` differs, which the handler never reads).
  const handler = (limits: CallLimits, service: string) => {
    let made = handlers.get(service);
    if (!made)
      handlers.set(
        service,
        (made = awsHttp.awsRequestHandler(limits, service, limits.agents ?? agents)),
      );
    return made;
  };
  const make = (region: string, account: AwsAccount, limits: CallLimits) =>
    new CodeBuildRegion(
      sdk,
      region,
      account.credentials,
      limits,
      handler(limits, 'CodeBuild'),
      iamHint,
    );
  // The clients leave the pool alone when destroyed (each target's as it finishes): the run closes it.
  return Object.assign(make, {
    handler,
    close: () => {
      agents.httpAgent.destroy();
      agents.httpsAgent.destroy();
    },
  });
}

/** Makes the CodeBuild client of a region in an account; `close` ends the sockets they share. */
export type CodeBuildClients = ((
  region: string,
  account: AwsAccount,
  limits: CallLimits,
) => CodeBuildRegion) & {
  close?: () => void;
  /** The run's one request handler for a service's clients (`AWS`: STS, Account, SSM, Organizations), on the shared pool. */
  handler?: (limits: CallLimits, service: string) => BoundedHttpHandler;
};

/**
 * Twice the targets a run works on at once (targets.ts), as check reads two things of a
 * target at once: no call waits for a socket, even when every target is in one region.
 */
const SOCKETS_PER_ENDPOINT = 128;

/** Shared HTTP agents for the SDK's request handler. */
export interface HttpAgents {
  httpAgent: HttpAgent;
  httpsAgent: HttpsAgent;
}

/** The source-credential calls of CodeBuild in one region. */
export class CodeBuildRegion {
  private readonly client: CodeBuildClient;
  /**
   * A write (import or delete) reached CodeBuild (an attempt of it was connected to the
   * endpoint, its TLS handshake done): if the run stops now, its effect is unknown. A write
   * stuck at a proxy's CONNECT or a handshake carried nothing there (wire/reached.ts).
   */
  wrote = false;

  /** The command, marking `wrote` once an attempt of it reaches CodeBuild. */
  private write<C extends { middlewareStack: { add: (...args: never[]) => void } }>(command: C): C {
    type Add = (
      middleware: (
        next: (args: unknown) => Promise<unknown>,
      ) => (args: unknown) => Promise<unknown>,
      options: { step: 'deserialize'; name: string },
    ) => void;
    // The deserialize step wraps each attempt's transmission only (signing, and any STS call
    // for the account's credentials, happen before it).
    (command.middlewareStack.add as unknown as Add)(
      (next) => (args) =>
        whileSending(
          () => (this.wrote = true),
          () => next(args),
        ),
      { step: 'deserialize', name: 'reachedCodeBuild' },
    );
    return command;
  }

  constructor(
    private readonly sdk: CodeBuildSdk,
    readonly region: string,
    credentials?: AwsCredentials,
    private readonly limits: CallLimits = callLimitsFor(),
    /** Bounds every answer (aws-http.ts); the SDK's own handler when absent (unit tests). */
    requestHandler?: BoundedHttpHandler,
    private readonly iamHint?: (action: string) => string,
  ) {
    // The SDK retries throttling, 5xx and timed-out attempts with backoff.
    this.client = new sdk.CodeBuildClient({
      region,
      credentials,
      maxAttempts: 5,
      // Adaptive: the standard backoff plus a client-side rate limit that slows a client
      // down once it is throttled. One client per account and region, as CodeBuild's
      // limits are: under a throttling storm across 170 targets it let every target
      // through where standard mode failed some (docs/performance.md). AWS_RETRY_MODE
      // still chooses, for comparisons.
      retryMode: process.env.AWS_RETRY_MODE || 'adaptive',
      customUserAgent: USER_AGENT,
      requestHandler,
    });
  }

  async list(serverType?: ServerType): Promise<StoredCredential[]> {
    // Not paged by CodeBuild: one answer, under the listing's item cap.
    const infos = await allPages(async () => {
      const out = await this.call('ListSourceCredentials', () =>
        this.client.send(new this.sdk.ListSourceCredentialsCommand({}), sendOptions(this.limits)),
      );
      return { items: out.sourceCredentialsInfos ?? [] };
    }, LISTINGS.listSourceCredentials);
    return infos.map(toStored).filter((c) => !serverType || c.serverType === serverType);
  }

  async import(request: ImportRequest): Promise<string> {
    const out = await this.call('ImportSourceCredentials', () =>
      this.client.send(
        this.write(
          new this.sdk.ImportSourceCredentialsCommand({
            token: request.token,
            serverType: request.serverType as SdkServerType,
            authType: request.authType as SdkAuthType,
            username: request.authType === 'BASIC_AUTH' ? request.username : undefined,
            shouldOverwrite: request.shouldOverwrite,
          }),
        ),
        sendOptions(this.limits),
      ),
    );
    if (!out.arn)
      throw new AwsCallError(
        `CodeBuild in ${this.region} answered ImportSourceCredentials without an ARN.`,
        'NoArn',
      );
    return identifier(out.arn);
  }

  async delete(arn: string): Promise<void> {
    await this.call('DeleteSourceCredentials', () =>
      this.client.send(
        this.write(new this.sdk.DeleteSourceCredentialsCommand({ arn })),
        sendOptions(this.limits),
      ),
    );
  }

  /** One page of project names (CodeBuild answers at most 100 a page) and the token for the next. */
  async listProjectNames(nextToken?: string): Promise<{ names: string[]; nextToken?: string }> {
    const out = await this.call('ListProjects', () =>
      this.client.send(new this.sdk.ListProjectsCommand({ sortBy: 'NAME', nextToken })),
    );
    return { names: out.projects ?? [], nextToken: out.nextToken || undefined };
  }

  /** Reads up to 100 projects by name; names it does not know are left out. */
  async getProjects(names: string[]): Promise<Project[]> {
    if (names.length === 0) return [];
    if (names.length > 100) throw new Error('BatchGetProjects takes at most 100 names');
    const out = await this.call('BatchGetProjects', () =>
      this.client.send(new this.sdk.BatchGetProjectsCommand({ names })),
    );
    // Only the projects asked for, each once: an answer cannot add to the listing.
    const asked = new Set(names);
    return (out.projects ?? []).filter((p) => p.name !== undefined && asked.delete(p.name));
  }

  destroy(): void {
    this.client.destroy();
  }

  private async call<T>(operation: string, send: () => Promise<T>): Promise<T> {
    const what = `CodeBuild ${operation} in ${this.region}`;
    const waiting = this.limits.waiting;
    const gate = this.limits.gate;
    const gated = gate ? () => gate.run(send) : send;
    try {
      return await (waiting ? waiting.on(what, gated) : gated());
    } catch (error) {
      const action = `codebuild:${operation}`;
      throw describeAwsError(error, what, action, this.limits, this.iamHint?.(action));
    }
  }
}

/**
 * What CodeBuild says it holds, kept to the characters ARNs and its enums are made of:
 * it is compared, and shown, as an identifier.
 */
function toStored(info: SourceCredentialsInfo): StoredCredential {
  return {
    arn: identifier(info.arn),
    serverType: identifier(info.serverType),
    authType: identifier(info.authType),
    ...(info.resource ? { resource: identifier(info.resource) } : {}),
  };
}

/** An ARN or an enum value from AWS: only the characters they are made of (IAM's ARN alphabet), bounded. */
export function identifier(value: unknown): string {
  return String(value ?? '')
    .replace(/[^A-Za-z0-9:/_+=,.@-]/g, '')
    .slice(0, 2048);
}

interface SdkErrorLike {
  name?: string;
  message?: string;
  code?: string;
  $metadata?: { httpStatusCode?: number; attempts?: number };
}

/** Where AWS calls go, for messages about the network: the endpoint override, else the region's. */
function awsEndpointCheck(): { endpoint: string; check: string; url: string } {
  const override = process.env.AWS_ENDPOINT_URL;
  return override
    ? {
        endpoint: override,
        check: `AWS_ENDPOINT_URL ("${override}"), the region name`,
        url: override,
      }
    : {
        endpoint: "the region's AWS endpoint",
        check: 'the region name',
        // One like them, for the proxy that calls to AWS go through.
        url: 'https://codebuild.amazonaws.com',
      };
}

/** Turns an SDK error into a message that says what failed and what to fix. */
export function describeAwsError(
  error: unknown,
  what: string,
  iamAction: string,
  limits?: Pick<CallLimits, 'callTimeoutMs' | 'connectTimeoutMs'>,
  /** Where the policy with the action is, for an AccessDenied: "examples/iam-policy-check.json has ...". */
  iamHint?: string,
): AwsCallError {
  const e = (error ?? {}) as SdkErrorLike;
  const code = e.name ?? 'Error';
  // On the wire (no answer at all): say what happened there, never "HTTP 500". An answer
  // refused for what it is (wire.ts) carries the status the SDK saw, which is not the news.
  const wire = networkFailure(error);
  const failure =
    wire && (wire.kind === 'bad-answer' || !e.$metadata?.httpStatusCode) ? wire : undefined;
  if (failure) {
    return new AwsCallError(
      describeNetworkFailure(failure, {
        ...awsEndpointCheck(),
        what,
        timeoutMs:
          failure.kind === 'timeout'
            ? limits?.callTimeoutMs
            : failure.kind === 'connect-timeout'
              ? limits?.connectTimeoutMs
              : undefined,
        attempts: e.$metadata?.attempts,
      }),
      failure.kind === 'stopped' ? 'RunStopped' : failure.code,
    );
  }
  // AWS's own words, from its message field only, sealed; the code is shown sealed too. Its
  // messages often end without a full stop ("...allows the codebuild:ListProjects action").
  const aws = e.message
    ? ` AWS said: ${outside(e.message)
        .trim()
        .replace(/([^.!?])$/, '$1.')}`
    : '';
  const shownCode = outside(code, 100);
  if (/AccessDenied|UnauthorizedOperation|NotAuthorized/i.test(code)) {
    return new AwsCallError(
      `${what} was denied: the AWS identity lacks the IAM permission ${iamAction}.${aws} Add ${iamAction} to its policy (${iamHint ?? `the README's "Least-privilege IAM policy, per mode" lists what each mode calls`}).`,
      code,
    );
  }
  if (code === 'CredentialsProviderError' || /Could not load credentials/i.test(e.message ?? '')) {
    return new AwsCallError(
      `${what} could not start: no AWS credentials were found. Give the run AWS credentials (the README's IAM section says which).`,
      code,
    );
  }
  if (
    /UnrecognizedClient|InvalidSignature|InvalidClientTokenId|ExpiredToken|SignatureDoesNotMatch/i.test(
      code,
    )
  ) {
    return new AwsCallError(
      `${what} failed: AWS rejected the credentials (${shownCode}). Check the access key, secret and session token, or the role they come from.${aws}`,
      code,
    );
  }
  if (/Throttl|TooManyRequests|RequestLimitExceeded/i.test(code)) {
    const attempts = e.$metadata?.attempts ?? 1;
    return new AwsCallError(
      `${what} was still throttled after ${attempts} attempts (${shownCode}); run again later or in fewer regions at once.${aws}`,
      code,
    );
  }
  if (code === 'InvalidInputException')
    return new AwsCallError(`${what} rejected the request as invalid.${aws}`, code);
  if (code === 'AccountLimitExceededException')
    return new AwsCallError(`${what} failed: an account limit was reached.${aws}`, code);
  const status = e.$metadata?.httpStatusCode ? ` (HTTP ${e.$metadata.httpStatusCode})` : '';
  return new AwsCallError(`${what} failed: ${shownCode}${status}.${aws}`, code);
}
