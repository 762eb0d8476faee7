import {
  DescribeSecretCommand,
  GetSecretValueCommand,
  SecretsManagerClient,
} from '@aws-sdk/client-secrets-manager';
import { regionOfArn, type AwsCredentials } from './accounts.js';
import { awsRequestHandler, describeAwsError, sendOptions } from './codebuild.js';
import { callLimitsFor, type CallLimits } from '../wire/index.js';
import { outside, type ServerType, USER_AGENT } from '../base/index.js';

/** The token inside a CodeBuild secret, and what is wrong with the secret's shape or tags. */
export interface CodeBuildSecret {
  token?: string;
  authType?: string;
  username?: string;
  /**
   * Every string value in the secret (however it is named or nested) but CodeBuild's own
   * constants, and the whole SecretString: all secrets for the run, whichever field the
   * token was put in.
   */
  values: string[];
  /** The SecretString as it is: hidden whole. */
  whole?: string;
  problems: string[];
  warnings: string[];
}

const PROVIDER_TAG: Record<ServerType, string> = {
  GITHUB: 'github',
  GITHUB_ENTERPRISE: 'github_enterprise',
  BITBUCKET: 'bitbucket',
};
const TYPE_TAG: Record<string, string> = {
  PERSONAL_ACCESS_TOKEN: 'personal_access_token',
  BASIC_AUTH: 'basic_auth',
};

/** CodeBuild's own words in a secret (its server and auth types): not secret, and named in messages. */
const CONSTANTS = new Set([
  'GITHUB',
  'GITHUB_ENTERPRISE',
  'BITBUCKET',
  'PERSONAL_ACCESS_TOKEN',
  'BASIC_AUTH',
]);

/**
 * A field's value as a message may show it: only one of CodeBuild's own words; anything
 * else may be the token in the wrong field, and is never shown.
 */
function shownValue(value: string | undefined): string {
  if (value === undefined) return 'is missing';
  return CONSTANTS.has(value) ? `is ${value}` : 'holds a value CodeBuild does not take (not shown)';
}

/** Every string in a parsed secret, at any depth (a secret is at most 64 KB: bounded). */
function stringsIn(value: unknown, depth = 0): string[] {
  if (typeof value === 'string') return [value];
  if (!value || typeof value !== 'object' || depth > 16) return [];
  return Object.values(value).flatMap((v) => stringsIn(v, depth + 1));
}

/** The secret's fields as CodeBuild reads them: Token, AuthType, Username and ServerType. */
function checkFields(
  result: CodeBuildSecret,
  body: Record<string, unknown>,
  serverType: ServerType,
): void {
  const field = (name: string) =>
    typeof body[name] === 'string' ? (body[name] as string).trim() : undefined;
  result.token = field('Token');
  result.authType = field('AuthType');
  result.username = field('Username');
  if (result.token && CONSTANTS.has(result.token)) {
    // Not a token: CodeBuild's own word, so the fields are likely swapped.
    result.token = undefined;
    result.problems.push(
      `The secret's "Token" field holds ${field('Token')}, not a token: are the secret's fields swapped?`,
    );
  } else if (!result.token) result.problems.push('The secret has no "Token" field.');
  if (field('ServerType') !== serverType) {
    result.problems.push(
      `The secret's "ServerType" ${shownValue(field('ServerType'))}; it must be ${serverType}.`,
    );
  }
  if (!result.authType || !TYPE_TAG[result.authType]) {
    result.problems.push(
      `The secret's "AuthType" ${shownValue(result.authType)}; it must be PERSONAL_ACCESS_TOKEN or BASIC_AUTH.`,
    );
  } else if (result.authType === 'BASIC_AUTH' && (serverType !== 'BITBUCKET' || !result.username)) {
    result.problems.push(
      'The secret\'s "AuthType" is BASIC_AUTH: that is only for Bitbucket app passwords, with a "Username" field.',
    );
  }
}

/** The tags CodeBuild reads to list the secret and match it to a source. */
function checkTags(
  result: CodeBuildSecret,
  tags: Map<string, string>,
  serverType: ServerType,
): void {
  const provider = tags.get('codebuild:source:provider');
  if (provider !== PROVIDER_TAG[serverType]) {
    result.problems.push(
      `The secret's tag codebuild:source:provider is ${provider === undefined ? 'missing' : `"${outside(provider, 60)}"`}; it must be "${PROVIDER_TAG[serverType]}".`,
    );
  }
  const type = tags.get('codebuild:source:type');
  const expectedType = result.authType ? TYPE_TAG[result.authType] : undefined;
  if (expectedType && type !== expectedType) {
    result.problems.push(
      `The secret's tag codebuild:source:type is ${type === undefined ? 'missing' : `"${outside(type, 60)}"`}; it must be "${expectedType}".`,
    );
  }
  if (!tags.has('codebuild:source'))
    result.warnings.push(
      'The secret lacks the tag codebuild:source (empty value), which the CodeBuild console uses to list it.',
    );
}

/**
 * Reads a secret CodeBuild is to use (SECRETS_MANAGER auth type) and checks it
 * against CodeBuild's user guide ("Create and store a token in a Secrets Manager
 * secret"): JSON with ServerType, AuthType, Token (and Username for BASIC_AUTH),
 * tagged codebuild:source:provider and codebuild:source:type.
 */
export async function readCodeBuildSecret(
  secretArn: string,
  serverType: ServerType,
  credentials?: AwsCredentials,
  limits: CallLimits = callLimitsFor(),
): Promise<CodeBuildSecret> {
  const client = new SecretsManagerClient({
    region: regionOfArn(secretArn) ?? 'us-east-1',
    credentials,
    customUserAgent: USER_AGENT,
    ...(await awsRequestHandler(limits, 'Secrets Manager')),
  });
  const result: CodeBuildSecret = { values: [], problems: [], warnings: [] };
  const region = regionOfArn(secretArn) ?? 'us-east-1';
  const call = <T>(operation: string, send: () => Promise<T>): Promise<T> => {
    const what = `Secrets Manager ${operation} in ${region}`;
    return limits.waiting ? limits.waiting.on(what, send) : send();
  };
  try {
    const described = await call('DescribeSecret', () =>
      client.send(new DescribeSecretCommand({ SecretId: secretArn }), sendOptions(limits)),
    );
    const tags = new Map((described.Tags ?? []).map((t) => [t.Key ?? '', t.Value ?? '']));
    const value = await call('GetSecretValue', () =>
      client.send(new GetSecretValueCommand({ SecretId: secretArn }), sendOptions(limits)),
    );
    let body: Record<string, unknown> = {};
    result.whole = value.SecretString;
    try {
      body = JSON.parse(value.SecretString ?? '') as Record<string, unknown>;
      if (!body || typeof body !== 'object' || Array.isArray(body))
        throw new TypeError('not an object');
      result.values = stringsIn(body).filter((v) => !CONSTANTS.has(v.trim()));
    } catch {
      // A plain-text secret may be the token itself.
      if (value.SecretString) result.values = [value.SecretString];
      result.problems.push(
        'The secret is not JSON: CodeBuild expects {"ServerType": ..., "AuthType": ..., "Token": ...}.',
      );
      return result;
    }
    checkFields(result, body, serverType);
    checkTags(result, tags, serverType);
    return result;
  } catch (error) {
    if ((error as { name?: string }).name === 'ResourceNotFoundException') {
      result.problems.push(
        `The secret ${secretArn} does not exist (or is in another account or region).`,
      );
      return result;
    }
    throw describeAwsError(
      error,
      `Reading secret ${secretArn}`,
      'secretsmanager:DescribeSecret and secretsmanager:GetSecretValue',
      limits,
    );
  } finally {
    client.destroy();
  }
}
