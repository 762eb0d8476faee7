import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@aws-sdk/types';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { ROLE_ARN } from './arn.js';
import {
  didYouMeanOneOf,
  extraCaCertsProblem,
  outside,
  type Platform,
  statOrUndefined,
  wholeFileProblem,
} from '../base/index.js';

/**
 * Mistakes in the AWS credential variables, found before any call: each one a
 * configuration error (exit 2), like a bad option. A named profile is looked up in the
 * shared config and credentials files the way the AWS SDK reads them. The Action's
 * credentials usually come from aws-actions/configure-aws-credentials, or the runner's
 * own role: only a half-set pair of keys and a missing profile are certain mistakes there.
 */
export async function awsCredentialProblems(
  env: NodeJS.ProcessEnv,
  platform: Platform = 'pipe',
): Promise<string[]> {
  const problems: string[] = awsFileProblems(env);
  if (problems.length === 0) problems.push(...(await profileFileProblems(env)));
  const roleArn = platform === 'pipe' ? env.AWS_OIDC_ROLE_ARN?.trim() : undefined;
  if (roleArn) {
    if (!ROLE_ARN.test(roleArn))
      problems.push(
        `AWS_OIDC_ROLE_ARN must be an IAM role ARN (arn:aws:iam::ACCOUNT:role/NAME); got "${roleArn}".`,
      );
    if (!env.BITBUCKET_STEP_OIDC_TOKEN?.trim())
      problems.push(
        'AWS_OIDC_ROLE_ARN is set but BITBUCKET_STEP_OIDC_TOKEN is empty: add `oidc: true` to the pipeline step so Bitbucket provides the OIDC token.',
      );
    // With OIDC, keys and profiles are not used (prepareAwsCredentials removes them).
    return problems;
  }
  const key = Boolean(env.AWS_ACCESS_KEY_ID?.trim());
  const secret = Boolean(env.AWS_SECRET_ACCESS_KEY?.trim());
  if (key !== secret) {
    const instead =
      platform === 'pipe'
        ? 'or use AWS_OIDC_ROLE_ARN'
        : 'or let aws-actions/configure-aws-credentials set them';
    problems.push(
      key
        ? `AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not: the two go together. Set both (${platform === 'pipe' ? 'the secret as a secured variable' : "the secret from the repository's secrets"}), ${instead}.`
        : `AWS_SECRET_ACCESS_KEY is set but AWS_ACCESS_KEY_ID is not: the two go together. Set both, ${instead}.`,
    );
  }
  const profile = env.AWS_PROFILE?.trim();
  if (profile) {
    if (key && secret)
      problems.push(
        'AWS_PROFILE and the access keys AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are both set, and the AWS SDK would use the profile: set only one.',
      );
    const missing = await missingProfile(env, profile);
    if (missing) problems.push(missing);
  }
  if (platform === 'pipe' && problems.length === 0 && !credentialSource(env)) {
    problems.push(
      'No AWS credentials: set AWS_OIDC_ROLE_ARN (with `oidc: true` on the step), or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.',
    );
  }
  return problems;
}

/** What a token file (web identity, container authorization, SSO cache) may weigh. */
const TOKEN_FILE_MAX = 1024 * 1024;

/**
 * The files the AWS SDK or Node read whole, some synchronously (the web identity token,
 * Node's extra CA certificates): a named pipe or a device there would hang the run before
 * any deadline could end it, or fill its memory. Each must be a regular file of a size
 * such a file has. The files a profile names are checked by profileFileProblems.
 */
function awsFileProblems(env: NodeJS.ProcessEnv): string[] {
  const home = env.HOME || homedir();
  const files: Array<[string, string | undefined, number]> = [
    ['AWS_WEB_IDENTITY_TOKEN_FILE', env.AWS_WEB_IDENTITY_TOKEN_FILE?.trim(), TOKEN_FILE_MAX],
    [
      'AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE',
      env.AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE?.trim(),
      TOKEN_FILE_MAX,
    ],
    [
      'AWS_SHARED_CREDENTIALS_FILE',
      env.AWS_SHARED_CREDENTIALS_FILE?.trim() || join(home, '.aws', 'credentials'),
      16 * 1024 * 1024,
    ],
    [
      'AWS_CONFIG_FILE',
      env.AWS_CONFIG_FILE?.trim() || join(home, '.aws', 'config'),
      16 * 1024 * 1024,
    ],
  ];
  const ca = extraCaCertsProblem(env);
  return [
    ...files.flatMap(([name, path, max]) => {
      if (!path) return [];
      const given = env[name]?.trim() ? name : `${name} (by default)`;
      const problem = wholeFileProblem(path, max, 'the AWS SDK');
      return problem ? [`${given} is ${problem}`] : [];
    }),
    ...(ca ? [ca] : []),
  ];
}

/**
 * The files the selected profile (AWS_PROFILE, else `default`) and the profiles it takes
 * credentials from (`source_profile`) make the AWS SDK read: `web_identity_token_file`
 * (read synchronously), the SSO token cache (~/.aws/sso/cache/<sha1 of the session or
 * start URL>.json) and the `aws login` token cache (AWS_LOGIN_CACHE_DIRECTORY, else
 * ~/.aws/login/cache, <sha256 of login_session>.json). Parsed only when a shared file exists (awsFileProblems has found it a
 * regular file of a sane size), so a run without one pays nothing.
 */
async function profileFileProblems(env: NodeJS.ProcessEnv): Promise<string[]> {
  const home = env.HOME || homedir();
  const problems: string[] = [];
  for (const [name, profile] of await profileChain(env)) {
    const tokenFile = profile.web_identity_token_file?.trim();
    const problem = tokenFile && wholeFileProblem(tokenFile, TOKEN_FILE_MAX, 'the AWS SDK');
    if (problem)
      problems.push(`The web_identity_token_file of AWS profile "${outside(name)}" is ${problem}`);
    for (const id of [profile.sso_session, profile.sso_start_url]) {
      if (!id?.trim()) continue;
      const cache = join(
        home,
        '.aws',
        'sso',
        'cache',
        `${createHash('sha1').update(id.trim()).digest('hex')}.json`,
      );
      const problem = wholeFileProblem(cache, TOKEN_FILE_MAX, 'the AWS SDK');
      if (problem)
        problems.push(`The SSO token cache of AWS profile "${outside(name)}" is ${problem}`);
    }
    // `aws login` sessions: the token cache the SDK reads (and rewrites) for login_session.
    const login = profile.login_session;
    if (login) {
      const cache = join(
        env.AWS_LOGIN_CACHE_DIRECTORY ?? join(home, '.aws', 'login', 'cache'),
        `${createHash('sha256').update(login, 'utf8').digest('hex')}.json`,
      );
      const problem = wholeFileProblem(cache, TOKEN_FILE_MAX, 'the AWS SDK');
      if (problem)
        problems.push(`The login token cache of AWS profile "${outside(name)}" is ${problem}`);
    }
  }
  return problems;
}

/**
 * The selected profile (AWS_PROFILE, else `default`) and the profiles it takes credentials
 * from (`source_profile`), each once however they loop, by name. Parsed only when a shared
 * file exists (awsFileProblems has found it a regular file of a sane size), so a run
 * without one pays nothing.
 */
async function profileChain(
  env: NodeJS.ProcessEnv,
): Promise<Array<[string, Record<string, string | undefined>]>> {
  const home = env.HOME || homedir();
  const configFilepath = env.AWS_CONFIG_FILE?.trim() || join(home, '.aws', 'config');
  const filepath = env.AWS_SHARED_CREDENTIALS_FILE?.trim() || join(home, '.aws', 'credentials');
  if (!statOrUndefined(configFilepath)?.isFile() && !statOrUndefined(filepath)?.isFile()) return [];
  const { loadSharedConfigFiles } = await import('@smithy/core/config');
  const files = await loadSharedConfigFiles({ filepath, configFilepath, ignoreCache: true });
  const chain: Array<[string, Record<string, string | undefined>]> = [];
  const seen = new Set<string>();
  let name: string | undefined = env.AWS_PROFILE?.trim() || 'default';
  while (name && !seen.has(name)) {
    seen.add(name);
    if (!files.credentialsFile[name] && !files.configFile[name]) break;
    const profile: Record<string, string | undefined> = {
      ...files.configFile[name],
      ...files.credentialsFile[name],
    };
    chain.push([name, profile]);
    name = profile.source_profile?.trim();
  }
  return chain;
}

/**
 * The secrets the AWS SDK sends for the run's own identity that no option holds: the web
 * identity token (AWS_WEB_IDENTITY_TOKEN_FILE, a profile's `web_identity_token_file`), which
 * STS may quote back in its refusal, and the container credentials endpoint's authorization
 * token (AWS_CONTAINER_AUTHORIZATION_TOKEN, or its file). Files are read only when they are
 * regular and of a token file's size (awsFileProblems refused anything else up front), and
 * without blocking the main thread.
 */
export async function identitySecrets(env: NodeJS.ProcessEnv): Promise<string[]> {
  const files = [
    env.AWS_WEB_IDENTITY_TOKEN_FILE,
    env.AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE,
    ...(await profileChain(env).catch(() => [])).map(([, p]) => p.web_identity_token_file),
  ];
  const { readFile } = await import('node:fs/promises');
  const read = await Promise.all(
    files.map(async (file) => {
      const path = file?.trim();
      const stat = path ? statOrUndefined(path) : undefined;
      if (!path || !stat?.isFile() || stat.size > TOKEN_FILE_MAX) return undefined;
      return readFile(path, 'utf8').catch(() => undefined);
    }),
  );
  return [env.AWS_CONTAINER_AUTHORIZATION_TOKEN, ...read].flatMap((v) =>
    v?.trim() ? [v.trim()] : [],
  );
}

/** The profile's absence, in words that name it and the files looked in; undefined when it is there. */
async function missingProfile(
  env: NodeJS.ProcessEnv,
  profile: string,
): Promise<string | undefined> {
  const home = env.HOME || homedir();
  const configFilepath = env.AWS_CONFIG_FILE?.trim() || join(home, '.aws', 'config');
  const filepath = env.AWS_SHARED_CREDENTIALS_FILE?.trim() || join(home, '.aws', 'credentials');
  // The SDK's own reader, loaded only when a profile is named.
  const { loadSharedConfigFiles } = await import('@smithy/core/config');
  const files = await loadSharedConfigFiles({ filepath, configFilepath, ignoreCache: true });
  const profiles = [
    ...new Set([...Object.keys(files.configFile), ...Object.keys(files.credentialsFile)]),
  ].filter((name) => !/^(sso-session|services)\./.test(name));
  if (profiles.includes(profile)) return undefined;
  const held = profiles.length
    ? `; they have ${profiles.length === 1 ? 'profile' : 'profiles'} ${profiles.join(', ')}`
    : existsSync(configFilepath) || existsSync(filepath)
      ? '; they have no profiles'
      : '; neither file exists';
  return `AWS_PROFILE is "${profile}", which is not a profile in ${configFilepath} or ${filepath}${held}.${didYouMeanOneOf(profile, profiles)} Set AWS_PROFILE to one of them, or unset it.`;
}

/** Where the SDK's default chain would find credentials, when the environment says. */
function credentialSource(env: NodeJS.ProcessEnv): string | undefined {
  if (env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY && !env.AWS_PROFILE)
    return 'access keys from AWS_ACCESS_KEY_ID';
  const ambient = [
    'AWS_PROFILE',
    'AWS_WEB_IDENTITY_TOKEN_FILE',
    'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI',
    'AWS_CONTAINER_CREDENTIALS_FULL_URI',
    'AWS_SHARED_CREDENTIALS_FILE',
    'AWS_CONFIG_FILE',
  ];
  const found = ambient.find((name) => env[name]);
  if (found) return `the AWS SDK default chain (${found})`;
  const home = env.HOME ?? homedir();
  if (existsSync(join(home, '.aws', 'credentials')) || existsSync(join(home, '.aws', 'config')))
    return 'the AWS SDK default chain (~/.aws)';
  return undefined;
}

export type AwsCredentials = AwsCredentialIdentity | AwsCredentialIdentityProvider;

/** An AWS account to work in: the ambient one, or one reached through a role. */
export interface AwsAccount {
  /** The 12-digit account ID, when known (from the role ARN). */
  id?: string;
  roleArn?: string;
  /** Undefined: the SDK's default credential chain. */
  credentials?: AwsCredentials;
  /**
   * Values of this account's own that must never be printed (an assumed role's secret key and
   * session token): hidden in what its targets produce when they are done (targets.ts), rather
   * than held in the run's redaction for all of it, which grew with every account of a fleet.
   */
  confidential?: string[];
}

/** How each front door is given AWS credentials, for messages that say what to do. */
export function awsCredentialsHelp(platform: Platform): string {
  return platform === 'action'
    ? 'Add a step with aws-actions/configure-aws-credentials before this one (OIDC with role-to-assume), or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY in the env of this step.'
    : 'Set AWS_OIDC_ROLE_ARN (with `oidc: true` on the step), or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (secured variables).';
}

/** Bitbucket's step OIDC token and the role to assume with it: held in memory only. */
export interface WebIdentity {
  roleArn: string;
  token: string;
  sessionName: string;
}

/**
 * Prepares AWS credentials for the pipe, once awsCredentialProblems found none. With
 * AWS_OIDC_ROLE_ARN, Bitbucket's step OIDC token is returned as a WebIdentity, which the
 * run hands to the SDK's web-identity provider in memory (aws-accounts.ts): it never
 * touches the disk, so no exit path can leave it behind. Otherwise the SDK's default
 * chain (access keys, profiles) is used unchanged. Returns a description of the source,
 * for the log.
 */
export function prepareAwsCredentials(env: NodeJS.ProcessEnv): {
  description: string;
  webIdentity?: WebIdentity;
} {
  const roleArn = env.AWS_OIDC_ROLE_ARN?.trim();
  const oidcToken = env.BITBUCKET_STEP_OIDC_TOKEN?.trim();
  if (roleArn && oidcToken) {
    const sessionName = (
      env.AWS_ROLE_SESSION_NAME ||
      `codebuild-credential-sync-${env.BITBUCKET_BUILD_NUMBER ?? 'local'}`
    )
      .replace(/[^\w+=,.@-]/g, '-')
      .slice(0, 64);
    // Nothing else in the run may pick up other credentials from the environment.
    delete env.AWS_ACCESS_KEY_ID;
    delete env.AWS_SECRET_ACCESS_KEY;
    delete env.AWS_SESSION_TOKEN;
    delete env.AWS_PROFILE;
    return {
      description: `OIDC web identity, role ${roleArn}`,
      webIdentity: { roleArn, token: oidcToken, sessionName },
    };
  }
  return { description: credentialSource(env) ?? 'the AWS SDK default chain' };
}
