// Shared AWS plumbing: the access-key store (IAM stand-in), SigV4 authentication,
// IAM deny lists and the awsJson 1.0/1.1 wire format used by CodeBuild,
// CodeStar connections and Secrets Manager.
import { randomBytes } from 'node:crypto';
import { verifySigV4, type SigV4FailureKind } from './sigv4.js';
import {
  answerOf,
  Faults,
  isObject,
  requestId,
  type FaultSpec,
  type Reply,
  type RequestContext,
  echoed,
  type EchoForm,
} from './shared.js';

export interface AwsIdentity {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
  expiresAt?: Date;
  accountId: string;
  /** Principal ARN used in AccessDenied messages and GetCallerIdentity. */
  arn: string;
  userId: string;
  /** IAM actions this principal may not call: 'codebuild:ImportSourceCredentials', 'codebuild:*', '*'. */
  deny: string[];
  /**
   * When set, the only IAM actions this principal may call (an identity policy that
   * allows exactly these): every other action is refused as IAM refuses it.
   */
  allow?: string[];
}

export class AwsError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status = 400,
    /** STS (awsQuery) error <Type>. */
    readonly type: 'Sender' | 'Receiver' = status >= 500 ? 'Receiver' : 'Sender',
  ) {
    super(message);
  }
}

function randomId(prefix: string, length: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  const bytes = randomBytes(length);
  let out = prefix;
  for (let i = 0; out.length < length; i++) out += alphabet[bytes[i]! % alphabet.length];
  return out;
}

export class AwsKeys {
  private keys = new Map<string, AwsIdentity>();

  constructor(private readonly defaultAccountId: string) {}

  addAccessKey(
    id: string,
    secret: string,
    opts: { deny?: string[]; allow?: string[]; accountId?: string; arn?: string } = {},
  ): AwsIdentity {
    const accountId = opts.accountId ?? this.defaultAccountId;
    const identity: AwsIdentity = {
      accessKeyId: id,
      secretAccessKey: secret,
      accountId,
      arn: opts.arn ?? `arn:aws:iam::${accountId}:user/emulator`,
      userId: randomId('AIDA', 21),
      deny: opts.deny ?? [],
      ...(opts.allow ? { allow: opts.allow } : {}),
    };
    this.keys.set(id, identity);
    return identity;
  }

  /** Issues temporary ASIA... credentials (what STS hands out). */
  addTemporary(opts: {
    accountId: string;
    arn: string;
    userId: string;
    deny: string[];
    allow?: string[];
    ttlSeconds: number;
  }): AwsIdentity {
    const identity: AwsIdentity = {
      accessKeyId: randomId('ASIA', 20),
      secretAccessKey: randomBytes(30).toString('base64').slice(0, 40),
      sessionToken: `FwoGZXIvYXdzE${randomBytes(96).toString('base64')}`,
      expiresAt: new Date(Date.now() + opts.ttlSeconds * 1000),
      accountId: opts.accountId,
      arn: opts.arn,
      userId: opts.userId,
      deny: opts.deny,
      ...(opts.allow ? { allow: opts.allow } : {}),
    };
    this.keys.set(identity.accessKeyId, identity);
    return identity;
  }

  get(id: string): AwsIdentity | undefined {
    return this.keys.get(id);
  }

  list(): AwsIdentity[] {
    return [...this.keys.values()];
  }

  clear(): void {
    this.keys.clear();
  }
}

export type AuthResult =
  | { ok: true; identity: AwsIdentity; region: string }
  | { ok: false; kind: SigV4FailureKind; message: string };

/** Verifies SigV4 and fills the request log with the key and region (never the secret). */
export function authenticate(ctx: RequestContext, keys: AwsKeys, signingName: string): AuthResult {
  const result = verifySigV4(
    {
      method: ctx.method,
      path: ctx.url.pathname,
      query: ctx.url.search.replace(/^\?/, ''),
      headers: ctx.req.headers,
      body: ctx.body,
    },
    signingName,
    (id) => keys.get(id),
  );
  ctx.record.authScheme = result.ok || result.kind !== 'missing' ? 'sigv4' : 'none';
  if (result.accessKeyId) ctx.record.accessKeyId = result.accessKeyId;
  if (result.region) ctx.record.region = result.region;
  if (!result.ok) return { ok: false, kind: result.kind, message: result.message };
  return { ok: true, identity: keys.get(result.accessKeyId)!, region: result.region };
}

/** How awsJson services name SigV4 failures. */
export function jsonAuthError(kind: SigV4FailureKind, message: string): AwsError {
  switch (kind) {
    case 'missing':
      return new AwsError('MissingAuthenticationTokenException', message);
    case 'incomplete':
      return new AwsError('IncompleteSignatureException', message);
    case 'unknown-key':
      return new AwsError('UnrecognizedClientException', message);
    case 'expired-token':
      return new AwsError('ExpiredTokenException', message);
    case 'bad-signature':
    case 'skew':
    case 'wrong-service':
      return new AwsError('InvalidSignatureException', message);
  }
}

export function isDenied(identity: AwsIdentity, action: string): boolean {
  const service = action.split(':')[0];
  const matches = (pattern: string) =>
    pattern === '*' || pattern === action || pattern === `${service}:*`;
  // An explicit deny wins; with an allow list, what it does not name is implicitly denied.
  return (
    identity.deny.some(matches) || (identity.allow !== undefined && !identity.allow.some(matches))
  );
}

export function accessDenied(
  identity: AwsIdentity,
  action: string,
  code = 'AccessDeniedException',
) {
  return new AwsError(
    code,
    `User: ${identity.arn} is not authorized to perform: ${action} because no identity-based policy allows the ${action} action`,
  );
}

/**
 * The message of an `echo` fault: the token of an ImportSourceCredentials
 * request ("Invalid token <value>", as CodeBuild's InvalidInputException can
 * say), else the caller's own secret key and session token.
 */
export function echoMessage(
  body: Buffer,
  identity: AwsIdentity,
  form?: EchoForm,
  disguise?: (secret: string) => string,
): string {
  let token: unknown;
  try {
    token = (JSON.parse(body.toString('utf8')) as { token?: unknown }).token;
  } catch {
    token = undefined;
  }
  if (typeof token === 'string' && token) return `Invalid token ${echoed(token, form, disguise)}`;
  const session = identity.sessionToken ? ` with session token ${identity.sessionToken}` : '';
  return `The request signed with secret key ${identity.secretAccessKey}${session} is invalid`;
}

/** The error a fault stands for, in awsJson terms. */
export function faultError(
  fault: FaultSpec,
  identity: AwsIdentity,
  action: string,
  body: Buffer = Buffer.alloc(0),
): AwsError {
  switch (fault.kind) {
    case 'echo':
      return new AwsError(
        'InvalidInputException',
        echoMessage(body, identity, fault.form, fault.disguise),
        fault.status ?? 400,
      );
    case 'throttle':
      return new AwsError('ThrottlingException', 'Rate exceeded');
    case '5xx':
      return fault.status === 503
        ? new AwsError('ServiceUnavailableException', 'Service Unavailable', 503)
        : new AwsError('InternalFailure', 'An internal error has occurred.', fault.status ?? 500);
    default:
      return accessDenied(identity, action);
  }
}

export interface CallerContext {
  identity: AwsIdentity;
  accountId: string;
  region: string;
  /** An `unlisted` fault: answer as usual, keep nothing. */
  discard?: boolean;
}

/** One awsJson service: CodeBuild, CodeStar connections, Secrets Manager. */
export interface JsonService {
  /** Log name and fault `service` key. */
  name: string;
  targetPrefix: string;
  signingName: string;
  iamPrefix: string;
  jsonVersion: '1.0' | '1.1';
  handle(operation: string, input: Record<string, unknown>, caller: CallerContext): unknown;
}

function awsJsonReply(version: string, status: number, body: unknown, id: string): Reply {
  return {
    status,
    headers: {
      'content-type': `application/x-amz-json-${version}`,
      'x-amzn-requestid': id,
    },
    body: JSON.stringify(body),
  };
}

function awsJsonError(version: string, error: AwsError, id: string): Reply {
  const reply = awsJsonReply(
    version,
    error.status,
    { __type: error.code, message: error.message },
    id,
  );
  reply.headers['x-amzn-errortype'] = `${error.code}:`;
  return reply;
}

export async function handleJsonRequest(
  ctx: RequestContext,
  service: JsonService,
  keys: AwsKeys,
  faults: Faults,
  /** The organization's policies (SCPs): a refusal that no identity policy can lift. */
  guard?: (identity: AwsIdentity, action: string, region: string) => AwsError | undefined,
): Promise<Reply> {
  const id = requestId();
  const target = String(ctx.req.headers['x-amz-target'] ?? '');
  const operation = target.slice(service.targetPrefix.length);
  ctx.record.service = service.name;
  ctx.record.operation = operation;
  try {
    const auth = authenticate(ctx, keys, service.signingName);
    if (!auth.ok) throw jsonAuthError(auth.kind, auth.message);
    const { identity, region } = auth;
    const action = `${service.iamPrefix}:${operation}`;

    const fault = await faults.take(service.name, operation, region, ctx);
    if (fault) ctx.record.fault = fault.kind;
    if (fault?.kind === 'answer')
      return awsJsonReply(service.jsonVersion, 200, answerOf(fault), id);
    if (fault && fault.kind !== 'unlisted') throw faultError(fault, identity, action, ctx.body);
    const refused = guard?.(identity, action, region);
    if (refused) throw refused;
    if (isDenied(identity, action)) throw accessDenied(identity, action);

    let input: unknown;
    try {
      const text = ctx.body.toString('utf8');
      input = text.trim() === '' ? {} : JSON.parse(text);
    } catch {
      throw new AwsError(
        'SerializationException',
        'Start of structure or map found where not expected.',
      );
    }
    if (!isObject(input)) {
      throw new AwsError(
        'SerializationException',
        'Start of structure or map found where not expected.',
      );
    }
    const output = service.handle(operation, input, {
      identity,
      accountId: identity.accountId,
      region,
      ...(fault?.kind === 'unlisted' ? { discard: true } : {}),
    });
    return awsJsonReply(service.jsonVersion, 200, output, id);
  } catch (error) {
    if (error instanceof AwsError) return awsJsonError(service.jsonVersion, error, id);
    throw error;
  }
}

export function unknownOperation(operation: string): AwsError {
  return new AwsError('UnknownOperationException', `Unknown operation ${operation}`);
}

/** Validation helper in the style of AWS's "1 validation error detected" messages. */
export function requireString(
  input: Record<string, unknown>,
  member: string,
  code: string,
  minLength = 1,
): string {
  const value = input[member];
  if (value === undefined || value === null) {
    throw new AwsError(
      code,
      `1 validation error detected: Value null at '${member}' failed to satisfy constraint: Member must not be null`,
    );
  }
  if (typeof value !== 'string') {
    throw new AwsError('SerializationException', `Expected string for '${member}'`);
  }
  if (value.length < minLength) {
    throw new AwsError(
      code,
      `1 validation error detected: Value at '${member}' failed to satisfy constraint: Member must have length greater than or equal to ${minLength}`,
    );
  }
  return value;
}
