import type { AwsCredentialIdentityProvider } from '@aws-sdk/types';
import type { AwsAccount, AwsCredentials, WebIdentity } from './credentials.js';
import { identitySecrets } from './credentials.js';
import { outside, USER_AGENT } from '../base/index.js';
import type { Secrets } from '../trust/index.js';
import type { BoundedHttpHandler } from './http.js';
import { awsRequestHandler, describeAwsError, sendOptions } from './codebuild.js';
import { type CallLimits, callLimitsFor, networkFailure } from '../wire/index.js';

// The account types live with the credentials (aws-credentials.ts), where codebuild.ts reads them too.
export type { AwsAccount, AwsCredentials } from './credentials.js';

export function accountOfArn(arn: string): string | undefined {
  return arn.split(':')[4] || undefined;
}

export function regionOfArn(arn: string): string | undefined {
  return arn.split(':')[3] || undefined;
}

/** The account an AssumeRole answer gives: its short-lived credentials, or an error without them. */
export function assumedAccount(
  roleArn: string,
  c:
    | { AccessKeyId?: string; SecretAccessKey?: string; SessionToken?: string; Expiration?: Date }
    | undefined,
): AwsAccount {
  if (!c?.AccessKeyId || !c.SecretAccessKey) throw new Error('STS answered without credentials');
  return {
    id: accountOfArn(roleArn),
    roleArn,
    credentials: {
      accessKeyId: c.AccessKeyId,
      secretAccessKey: c.SecretAccessKey,
      sessionToken: c.SessionToken,
      expiration: c.Expiration,
    },
  };
}

/** Assumes roles (sts:AssumeRole) with one STS client; AWS's error is thrown as it came. */
export interface RoleAssumer {
  assume(roleArn: string): Promise<AwsAccount>;
  destroy(): void;
}

/**
 * The run's one way to assume a role: one STS client with `source`'s credentials, for one
 * role (role-to-assume) or every account of a fleet. Each session lasts 15 minutes, named
 * for the tool. Its callers word a refusal for their own case.
 */
export async function roleAssumer(
  region: string,
  source: AwsCredentials | undefined,
  limits: CallLimits,
  options: { requestHandler?: BoundedHttpHandler; maxAttempts?: number } = {},
): Promise<RoleAssumer> {
  // Loaded only by runs that assume roles.
  const { AssumeRoleCommand, STSClient } = await import('@aws-sdk/client-sts');
  const sts = new STSClient({
    region,
    credentials: source,
    customUserAgent: USER_AGENT,
    ...(options.maxAttempts ? { maxAttempts: options.maxAttempts } : {}),
    ...(options.requestHandler
      ? { requestHandler: options.requestHandler }
      : await awsRequestHandler(limits, 'STS')),
  });
  return {
    destroy: () => sts.destroy(),
    async assume(roleArn) {
      const out = await sts.send(
        new AssumeRoleCommand({
          RoleArn: roleArn,
          RoleSessionName: 'codebuild-credential-sync',
          DurationSeconds: 900,
        }),
        sendOptions(limits),
      );
      return assumedAccount(roleArn, out.Credentials);
    },
  };
}

/** Assumes a role with the ambient credentials (sts:AssumeRole), for one account of a multi-account run. */
export async function assumeRole(
  roleArn: string,
  region: string,
  source?: AwsCredentials,
  limits: CallLimits = callLimitsFor(),
): Promise<AwsAccount> {
  const sts = await roleAssumer(region, source, limits);
  try {
    return await sts.assume(roleArn);
  } catch (error) {
    throw describeAwsError(
      error,
      `Assuming role ${roleArn}`,
      'sts:AssumeRole (and a trust policy on the role that lets the ambient identity assume it)',
      limits,
    );
  } finally {
    sts.destroy();
  }
}

/** Why a fleet's role could not be assumed: no role, its trust policy, an SCP, or the caller's own policy. */
export function whyUnassumable(error: unknown, roleArn: string, limits?: CallLimits): string {
  const e = error as { name?: string; message?: string };
  const said = e.message ? ` AWS said: ${e.message}` : '';
  if (/AccessDenied/i.test(e.name ?? '')) {
    if (/service control policy/i.test(e.message ?? ''))
      return `a service control policy (SCP) denies sts:AssumeRole on ${roleArn}.${said}`;
    if (/no identity-based policy allows/i.test(e.message ?? ''))
      return `the caller's own policy does not allow sts:AssumeRole on ${roleArn}.${said}`;
    return `the role ${roleArn} does not exist there, or its trust policy does not let the caller assume it (AWS answers the same for both): deploy the member role (examples/cloudformation/member-role-stackset.yml) or fix its trust policy.${said}`;
  }
  return describeAwsError(error, `Assuming role ${roleArn}`, 'sts:AssumeRole', limits).message;
}

/**
 * One sts:GetCallerIdentity with the run's own credentials (never a role's: a bad base key
 * would fail every AssumeRole the same way), made while the provider checks the token. A key
 * AWS does not know, a secret that does not match it, or an expired session becomes one
 * sentence naming the fix, instead of one failure per region. The call needs no IAM
 * permission (AWS: "No permissions are required to perform this operation", and an explicit
 * deny does not stop it). Any other failure (the network, a throttle) is left to the
 * regions' own calls, which say it in their words; undefined then, as when all is well.
 */
export async function callerIdentityProblem(
  credentials: AwsCredentials,
  region: string,
  limits: CallLimits,
  /** How the front door is given credentials, in its own words (awsCredentialsHelp). */
  help: string,
): Promise<string | undefined> {
  const { GetCallerIdentityCommand, STSClient } = await import('@aws-sdk/client-sts');
  const sts = new STSClient({
    region,
    credentials,
    customUserAgent: USER_AGENT,
    maxAttempts: 2,
    ...(await awsRequestHandler(limits, 'STS')),
  });
  try {
    await sts.send(new GetCallerIdentityCommand({}), sendOptions(limits));
    return undefined;
  } catch (error) {
    const code = (error as { name?: string }).name ?? '';
    const said = `STS GetCallerIdentity: ${code}`;
    if (/^(InvalidClientTokenId|UnrecognizedClient(Exception)?)$/.test(code))
      return `AWS does not know the access key this run signs with (${said}): it was deleted, deactivated or mistyped, or is of another partition than ${region}. Nothing was called in any region. ${help}`;
    if (code === 'SignatureDoesNotMatch')
      return `AWS refused the signature of this run's calls (${said}): the secret access key is not the one of the access key ID (copied short, or from another key). Nothing was called in any region. ${help}`;
    if (/^(ExpiredToken|ExpiredTokenException|RequestExpired)$/.test(code))
      return `The AWS session this run was given has expired (${said}): temporary credentials (with a session token) last from 15 minutes to 12 hours; get new ones for this run. Nothing was called in any region. ${help}`;
    return undefined;
  } finally {
    sts.destroy();
  }
}

/**
 * Resolves the ambient credentials once, up front, so a failure is reported as
 * what it is (no credentials, a refused web identity) rather than as a
 * CodeBuild permission problem.
 */
export async function checkAmbientCredentials(
  credentials: AwsCredentials,
  secrets?: Secrets,
  limits?: CallLimits,
  /** The identity comes from web identity (OIDC): the pipe's, or a workflow's token file. */
  viaWebIdentity = Boolean(process.env.AWS_WEB_IDENTITY_TOKEN_FILE),
  /** How the front door is given credentials, in its own words (awsCredentialsHelp). */
  help = 'Give the run AWS credentials.',
): Promise<string | undefined> {
  if (typeof credentials !== 'function') return undefined;
  // What the SDK sends for this identity (a web identity token read from a file) is as
  // secret as any key: STS may quote it back in its refusal.
  for (const value of await identitySecrets(process.env)) secrets?.add(value);
  try {
    // Keys resolved at run time (web identity, SSO, a container role) are as secret as given ones.
    const resolved = await credentials();
    secrets?.add(resolved.secretAccessKey);
    secrets?.add(resolved.sessionToken);
    return undefined;
  } catch (error) {
    const e = error as { name?: string; message?: string; $metadata?: { httpStatusCode?: number } };
    const wire = networkFailure(error);
    if (wire && (wire.kind === 'bad-answer' || !e.$metadata?.httpStatusCode)) {
      // STS (web identity) could not be reached: the same words as any AWS call on the wire.
      return describeAwsError(
        error,
        'Getting AWS credentials (STS)',
        'sts:AssumeRoleWithWebIdentity',
        limits,
      ).message;
    }
    if (/Could not load credentials from any providers/i.test(e.message ?? ''))
      return `No AWS credentials were found.${setButEmpty(process.env)} ${help}`;
    // A source that is set but failed (a container endpoint's 401, a profile's process): its words.
    if (e.name === 'CredentialsProviderError')
      return `AWS credentials could not be loaded: ${outside(e.message ?? 'no message')} ${help}`;
    const webIdentity = viaWebIdentity
      ? ' through web identity (OIDC): check the role ARN and its trust policy (identity provider, audience, subject)'
      : '';
    return `Could not get AWS credentials${webIdentity}. AWS said: ${outside(e.name ?? 'Error', 100)}: ${e.message === undefined ? 'no message' : outside(e.message)}`;
  }
}

/** The sources of credentials that are set yet gave none: the SDK's chain says only that none did. */
function setButEmpty(env: NodeJS.ProcessEnv): string {
  const set = [
    'AWS_CONTAINER_CREDENTIALS_FULL_URI',
    'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI',
    'AWS_WEB_IDENTITY_TOKEN_FILE',
  ].filter((name) => env[name]);
  return set.length === 0
    ? ''
    : ` ${set.join(' and ')} ${set.length === 1 ? 'is' : 'are'} set, but gave none: check the endpoint or file and the role behind it.`;
}

/**
 * The run's own AWS identity: the pipe's OIDC web identity, held in memory, else the SDK's
 * default credential chain. Either's STS client is bounded like every other AWS call and in the run's first region
 * (else the SDK picks us-east-1, and says so).
 * Resolve it once per run: with OIDC that is one AssumeRoleWithWebIdentity.
 * Loaded by dynamic import only once a run needs AWS.
 */
export async function ambientCredentials(
  limits: CallLimits,
  region: string,
  webIdentity?: WebIdentity,
): Promise<AwsCredentialIdentityProvider> {
  const clientConfig = { ...(await awsRequestHandler(limits, 'STS')), maxAttempts: 3, region };
  if (webIdentity) {
    const { fromWebToken } = await import('@aws-sdk/credential-provider-web-identity');
    return reused(
      fromWebToken({
        roleArn: webIdentity.roleArn,
        webIdentityToken: webIdentity.token,
        roleSessionName: webIdentity.sessionName,
        clientConfig,
      }),
    );
  }
  const { defaultProvider } = await import('@aws-sdk/credential-provider-node');
  return defaultProvider({ clientConfig });
}

/** One resolution shared by every client, renewed only when it is about to expire. */
function reused(provider: AwsCredentialIdentityProvider): AwsCredentialIdentityProvider {
  let pending: ReturnType<AwsCredentialIdentityProvider> | undefined;
  return async (options) => {
    if (pending) {
      const held = await pending;
      if (!held.expiration || held.expiration.getTime() - Date.now() > 5 * 60_000) return held;
    }
    pending = provider(options);
    return pending;
  };
}
