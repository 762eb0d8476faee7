import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@aws-sdk/types';
import { describeAwsError } from './codebuild.js';
import { USER_AGENT } from './version.js';

export type AwsCredentials = AwsCredentialIdentity | AwsCredentialIdentityProvider;

/** An AWS account to work in: the ambient one, or one reached through a role. */
export interface AwsAccount {
  /** The 12-digit account ID, when known (from the role ARN). */
  id?: string;
  roleArn?: string;
  /** Undefined: the SDK's default credential chain. */
  credentials?: AwsCredentials;
}

export function accountOfArn(arn: string): string | undefined {
  return arn.split(':')[4] || undefined;
}

export function regionOfArn(arn: string): string | undefined {
  return arn.split(':')[3] || undefined;
}

/** Assumes a role with the ambient credentials (sts:AssumeRole), for one account of a multi-account run. */
export async function assumeRole(
  roleArn: string,
  region: string,
  source?: AwsCredentials,
): Promise<AwsAccount> {
  const sts = new STSClient({ region, credentials: source, customUserAgent: USER_AGENT });
  try {
    const out = await sts.send(
      new AssumeRoleCommand({
        RoleArn: roleArn,
        RoleSessionName: 'codebuild-credential-sync',
        DurationSeconds: 900,
      }),
    );
    const c = out.Credentials;
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
  } catch (error) {
    throw describeAwsError(
      error,
      `Assuming role ${roleArn}`,
      'sts:AssumeRole (and a trust policy on the role that lets the ambient identity assume it)',
    );
  } finally {
    sts.destroy();
  }
}
