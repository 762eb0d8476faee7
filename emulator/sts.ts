// AWS STS over the awsQuery protocol (form-encoded request, XML response), which is
// what @aws-sdk/client-sts 3.1169 still speaks (AwsQueryProtocol in its runtime config).
// AssumeRoleWithWebIdentity is unsigned; AssumeRole and GetCallerIdentity are SigV4-signed.
import { createHash } from 'node:crypto';
import { AwsError, AwsKeys, authenticate, echoMessage, isDenied, type AwsIdentity } from './aws.js';
import { Faults, requestId, type Reply, type RequestContext } from './shared.js';
import type { SigV4FailureKind } from './sigv4.js';

const XMLNS = 'https://sts.amazonaws.com/doc/2011-06-15/';
const ROLE_ARN = /^arn:aws[\w-]*:iam::(\d{12}):role\/(?:[\w+=,.@-]+\/)*([\w+=,.@-]{1,64})$/;
const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;

export interface RoleConfig {
  /** IAM actions the assumed role may not call (same syntax as access keys). */
  deny?: string[];
  /**
   * The role's whole identity policy, as actions (same syntax): what it does not name is
   * refused (an implicit deny), as for an access key with `allow`.
   */
  allow?: string[];
  /** false: every AssumeRole* for this role is refused with AccessDenied. */
  assumable?: boolean;
  /**
   * Why it is refused (AWS answers AccessDenied for each): the trust policy does not name the
   * caller (the default; also what a role that does not exist gets), or an SCP denies
   * sts:AssumeRole ("with an explicit deny in a service control policy").
   */
  refusal?: 'trust' | 'scp';
}

export interface AssumedRecord {
  roleArn: string;
  sessionName: string;
  kind: 'AssumeRoleWithWebIdentity' | 'AssumeRole';
  accessKeyId: string;
  /** `sub` of the web identity token, when it had one. */
  subject?: string;
  at: string;
}

function xmlEscape(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function xmlReply(status: number, xml: string, id: string): Reply {
  return {
    status,
    headers: { 'content-type': 'text/xml', 'x-amzn-requestid': id },
    body: xml,
  };
}

function errorReply(error: AwsError, id: string): Reply {
  return xmlReply(
    error.status,
    `<ErrorResponse xmlns="${XMLNS}">\n  <Error>\n    <Type>${error.type}</Type>\n    <Code>${xmlEscape(error.code)}</Code>\n    <Message>${xmlEscape(error.message)}</Message>\n  </Error>\n  <RequestId>${id}</RequestId>\n</ErrorResponse>\n`,
    id,
  );
}

function successReply(action: string, result: string, id: string): Reply {
  return xmlReply(
    200,
    `<${action}Response xmlns="${XMLNS}">\n  <${action}Result>\n${result}  </${action}Result>\n  <ResponseMetadata>\n    <RequestId>${id}</RequestId>\n  </ResponseMetadata>\n</${action}Response>\n`,
    id,
  );
}

/** How STS (awsQuery) names SigV4 failures; note the 403s, unlike the JSON services. */
function queryAuthError(kind: SigV4FailureKind, message: string): AwsError {
  switch (kind) {
    case 'missing':
      return new AwsError('MissingAuthenticationToken', message, 403);
    case 'incomplete':
      return new AwsError('IncompleteSignature', message, 400);
    case 'unknown-key':
      return new AwsError('InvalidClientTokenId', message, 403);
    case 'expired-token':
      return new AwsError('ExpiredToken', message, 400);
    case 'bad-signature':
    case 'skew':
    case 'wrong-service':
      return new AwsError('SignatureDoesNotMatch', message, 403);
  }
}

function decodeJwtPayload(token: string): Record<string, unknown> | undefined {
  const parts = token.split('.');
  if (parts.length !== 3 || parts.some((p) => !/^[A-Za-z0-9_-]*$/.test(p)) || !parts[1]) {
    return undefined;
  }
  try {
    const payload: unknown = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
    return typeof payload === 'object' && payload !== null
      ? (payload as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

export class StsState {
  readonly roles = new Map<string, RoleConfig>();
  readonly assumed: AssumedRecord[] = [];
  /** 'any': every JWT-shaped token is accepted; a list: only those tokens. */
  webIdentityTokens: 'any' | string[] = 'any';
  /** Overrides DurationSeconds, e.g. to test expiry with a few seconds. */
  ttlSecondsOverride: number | undefined;

  constructor(
    private readonly keys: AwsKeys,
    private readonly faults: Faults,
  ) {}

  addRole(roleArn: string, config: RoleConfig = {}): void {
    this.roles.set(roleArn, config);
  }

  reset(): void {
    this.roles.clear();
    this.assumed.length = 0;
    this.webIdentityTokens = 'any';
    this.ttlSecondsOverride = undefined;
  }

  async handle(ctx: RequestContext): Promise<Reply> {
    const id = requestId();
    const params = new URLSearchParams(ctx.body.toString('utf8'));
    const action = params.get('Action') ?? '';
    ctx.record.service = 'sts';
    ctx.record.operation = action;
    try {
      let caller: AwsIdentity | undefined;
      if (action !== 'AssumeRoleWithWebIdentity') {
        const auth = authenticate(ctx, this.keys, 'sts');
        if (!auth.ok) throw queryAuthError(auth.kind, auth.message);
        caller = auth.identity;
      } else {
        ctx.record.authScheme = 'none';
      }
      const fault = await this.faults.take('sts', action, ctx.record.region, ctx);
      if (fault) {
        ctx.record.fault = fault.kind;
        if (fault.kind === 'throttle') throw new AwsError('Throttling', 'Rate exceeded', 400);
        if (fault.kind === 'echo') {
          // The web identity token (OIDC), or the caller's own keys.
          const jwt = params.get('WebIdentityToken');
          throw new AwsError(
            jwt ? 'InvalidIdentityToken' : 'InvalidClientTokenId',
            jwt
              ? `Couldn't verify the web identity token ${jwt}`
              : echoMessage(Buffer.alloc(0), caller!),
            fault.status ?? 400,
          );
        }
        if (fault.kind === '5xx') {
          throw new AwsError(
            'InternalFailure',
            'An internal error has occurred.',
            fault.status ?? 500,
          );
        }
        throw new AwsError('AccessDenied', `Not authorized to perform sts:${action}`, 403);
      }
      // GetCallerIdentity needs no permission, and an explicit deny does not stop it (AWS STS
      // API reference, GetCallerIdentity): only the signature and the key are checked.
      if (caller && action !== 'GetCallerIdentity' && isDenied(caller, `sts:${action}`)) {
        throw new AwsError(
          'AccessDenied',
          `User: ${caller.arn} is not authorized to perform: sts:${action} because no identity-based policy allows the sts:${action} action`,
          403,
        );
      }
      switch (action) {
        case 'AssumeRoleWithWebIdentity':
          return successReply(action, this.assumeRole(action, params, undefined), id);
        case 'AssumeRole':
          return successReply(action, this.assumeRole(action, params, caller), id);
        case 'GetCallerIdentity':
          return successReply(
            action,
            `    <Arn>${xmlEscape(caller!.arn)}</Arn>\n    <UserId>${xmlEscape(caller!.userId)}</UserId>\n    <Account>${caller!.accountId}</Account>\n`,
            id,
          );
        default:
          throw new AwsError(
            'InvalidAction',
            `Could not find operation ${action} for version ${params.get('Version') ?? 'NO_VERSION_SPECIFIED'}`,
          );
      }
    } catch (error) {
      if (error instanceof AwsError) return errorReply(error, id);
      throw error;
    }
  }

  private assumeRole(
    action: 'AssumeRoleWithWebIdentity' | 'AssumeRole',
    params: URLSearchParams,
    caller: AwsIdentity | undefined,
  ): string {
    const roleArn = params.get('RoleArn');
    const sessionName = params.get('RoleSessionName');
    if (roleArn === null)
      throw validation(
        `Value null at 'roleArn' failed to satisfy constraint: Member must not be null`,
      );
    if (sessionName === null) {
      throw validation(
        `Value null at 'roleSessionName' failed to satisfy constraint: Member must not be null`,
      );
    }
    if (roleArn.length < 20) {
      throw validation(
        `Value '${roleArn}' at 'roleArn' failed to satisfy constraint: Member must have length greater than or equal to 20`,
      );
    }
    if (!SESSION_NAME.test(sessionName)) {
      throw validation(
        `Value '${sessionName}' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*`,
      );
    }
    const roleMatch = ROLE_ARN.exec(roleArn);
    if (!roleMatch) throw new AwsError('ValidationError', 'Request ARN is invalid');
    const [, accountId, roleName] = roleMatch as unknown as [string, string, string];

    const durationParam = params.get('DurationSeconds');
    const duration = durationParam === null ? 3600 : Number(durationParam);
    if (!Number.isInteger(duration) || duration < 900 || duration > 43200) {
      throw validation(
        `Value '${durationParam}' at 'durationSeconds' failed to satisfy constraint: Member must have value between 900 and 43200`,
      );
    }

    let subject: string | undefined;
    let audience: string | undefined;
    let provider: string | undefined;
    if (action === 'AssumeRoleWithWebIdentity') {
      const token = params.get('WebIdentityToken') ?? '';
      const payload = decodeJwtPayload(token);
      const listed = this.webIdentityTokens === 'any' || this.webIdentityTokens.includes(token);
      if (!payload || !listed) {
        throw new AwsError(
          'InvalidIdentityToken',
          'The web identity token that was passed could not be validated by AWS. Get a new identity token from the identity provider and then retry the request.',
        );
      }
      subject = typeof payload.sub === 'string' ? payload.sub : undefined;
      audience = typeof payload.aud === 'string' ? payload.aud : undefined;
      provider =
        typeof payload.iss === 'string' ? payload.iss.replace(/^https:\/\//, '') : undefined;
    }

    const role = this.roles.get(roleArn) ?? {};
    if (role.assumable === false) {
      throw new AwsError(
        'AccessDenied',
        action === 'AssumeRoleWithWebIdentity'
          ? 'Not authorized to perform sts:AssumeRoleWithWebIdentity'
          : `User: ${caller!.arn} is not authorized to perform: sts:AssumeRole on resource: ${roleArn}${role.refusal === 'scp' ? ' with an explicit deny in a service control policy' : ''}`,
        403,
      );
    }

    const roleId = `AROA${createHash('sha256').update(roleArn).digest('hex').slice(0, 17).toUpperCase()}`;
    const assumedArn = `arn:aws:sts::${accountId}:assumed-role/${roleName}/${sessionName}`;
    const creds = this.keys.addTemporary({
      accountId,
      arn: assumedArn,
      userId: `${roleId}:${sessionName}`,
      deny: role.deny ?? [],
      ...(role.allow ? { allow: role.allow } : {}),
      ttlSeconds: this.ttlSecondsOverride ?? duration,
    });
    this.assumed.push({
      roleArn,
      sessionName,
      kind: action,
      accessKeyId: creds.accessKeyId,
      ...(subject !== undefined ? { subject } : {}),
      at: new Date().toISOString(),
    });

    const expiration = creds.expiresAt!.toISOString().replace(/\.\d{3}Z$/, 'Z');
    let xml = '';
    if (subject !== undefined) {
      xml += `    <SubjectFromWebIdentityToken>${xmlEscape(subject)}</SubjectFromWebIdentityToken>\n`;
    }
    if (audience !== undefined) xml += `    <Audience>${xmlEscape(audience)}</Audience>\n`;
    xml +=
      `    <AssumedRoleUser>\n      <AssumedRoleId>${xmlEscape(`${roleId}:${sessionName}`)}</AssumedRoleId>\n      <Arn>${xmlEscape(assumedArn)}</Arn>\n    </AssumedRoleUser>\n` +
      `    <Credentials>\n      <AccessKeyId>${creds.accessKeyId}</AccessKeyId>\n      <SecretAccessKey>${xmlEscape(creds.secretAccessKey)}</SecretAccessKey>\n      <SessionToken>${xmlEscape(creds.sessionToken!)}</SessionToken>\n      <Expiration>${expiration}</Expiration>\n    </Credentials>\n`;
    if (provider !== undefined) xml += `    <Provider>${xmlEscape(provider)}</Provider>\n`;
    return xml;
  }
}

function validation(detail: string): AwsError {
  return new AwsError('ValidationError', `1 validation error detected: ${detail}`);
}
