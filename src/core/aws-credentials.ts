import { chmodSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROLE_ARN } from './config.js';
import { UserError } from './errors.js';

/**
 * Prepares AWS credentials for the pipe. With AWS_OIDC_ROLE_ARN, Bitbucket's
 * step OIDC token is written to a private file and handed to the SDK's
 * web-identity provider (AWS_WEB_IDENTITY_TOKEN_FILE + AWS_ROLE_ARN); otherwise
 * the SDK's default chain (access keys, profiles) is used unchanged.
 * Returns a description of the source, for the log.
 */
export function prepareAwsCredentials(env: NodeJS.ProcessEnv): string {
  const roleArn = env.AWS_OIDC_ROLE_ARN?.trim();
  if (roleArn) {
    if (!ROLE_ARN.test(roleArn)) {
      throw new UserError(
        `AWS_OIDC_ROLE_ARN must be an IAM role ARN (arn:aws:iam::ACCOUNT:role/NAME); got "${roleArn}".`,
      );
    }
    const oidcToken = env.BITBUCKET_STEP_OIDC_TOKEN?.trim();
    if (!oidcToken) {
      throw new UserError(
        'AWS_OIDC_ROLE_ARN is set but BITBUCKET_STEP_OIDC_TOKEN is empty: add `oidc: true` to the pipeline step so Bitbucket provides the OIDC token.',
      );
    }
    const dir = mkdtempSync(join(tmpdir(), 'cbcs-oidc-'));
    const file = join(dir, 'token');
    writeFileSync(file, oidcToken, { mode: 0o600 });
    chmodSync(dir, 0o700);
    env.AWS_WEB_IDENTITY_TOKEN_FILE = file;
    env.AWS_ROLE_ARN = roleArn;
    env.AWS_ROLE_SESSION_NAME ||=
      `codebuild-credential-sync-${env.BITBUCKET_BUILD_NUMBER ?? 'local'}`
        .replace(/[^\w+=,.@-]/g, '-')
        .slice(0, 64);
    // Explicit keys would otherwise win over web identity in the SDK's chain.
    delete env.AWS_ACCESS_KEY_ID;
    delete env.AWS_SECRET_ACCESS_KEY;
    delete env.AWS_SESSION_TOKEN;
    return `OIDC web identity, role ${roleArn}`;
  }
  if (env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY)
    return 'access keys from AWS_ACCESS_KEY_ID';
  if (env.AWS_ACCESS_KEY_ID || env.AWS_SECRET_ACCESS_KEY) {
    throw new UserError(
      'AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY go together: set both, or use AWS_OIDC_ROLE_ARN.',
    );
  }
  const ambient = [
    'AWS_WEB_IDENTITY_TOKEN_FILE',
    'AWS_PROFILE',
    'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI',
    'AWS_CONTAINER_CREDENTIALS_FULL_URI',
    'AWS_SHARED_CREDENTIALS_FILE',
    'AWS_CONFIG_FILE',
  ];
  const found = ambient.find((name) => env[name]);
  if (found) return `the AWS SDK default chain (${found})`;
  const home = env.HOME ?? homedir();
  if (existsSync(join(home, '.aws', 'credentials')) || existsSync(join(home, '.aws', 'config'))) {
    return 'the AWS SDK default chain (~/.aws)';
  }
  throw new UserError(
    'No AWS credentials: set AWS_OIDC_ROLE_ARN (with `oidc: true` on the step), or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.',
  );
}
