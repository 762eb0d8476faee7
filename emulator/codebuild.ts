// CodeBuild source credentials (awsJson1_1, target prefix CodeBuild_20161006.).
// State is one credential per serverType, per account, per region.
import {
  AwsError,
  requireString,
  unknownOperation,
  type CallerContext,
  type JsonService,
} from './aws.js';
import { ProjectStore, type EmulatedProject, type ProjectSeed } from './codebuild-projects.js';

export type { EmulatedProject, ProjectSeed };

export const SERVER_TYPES = [
  'GITHUB',
  'BITBUCKET',
  'GITHUB_ENTERPRISE',
  'GITLAB',
  'GITLAB_SELF_MANAGED',
] as const;
export const AUTH_TYPES = [
  'OAUTH',
  'BASIC_AUTH',
  'PERSONAL_ACCESS_TOKEN',
  'CODECONNECTIONS',
  'SECRETS_MANAGER',
] as const;

export interface StoredCredential {
  arn: string;
  serverType: string;
  authType: string;
  /** The secret as imported. Never returned over the API. */
  token: string;
  username?: string;
  /** Connection or secret ARN for CODECONNECTIONS / SECRETS_MANAGER. */
  resource?: string;
}

const INVALID = 'InvalidInputException';

function enumValue(input: Record<string, unknown>, member: string, allowed: readonly string[]) {
  const value = requireString(input, member, INVALID);
  if (!allowed.includes(value)) {
    throw new AwsError(
      INVALID,
      `1 validation error detected: Value '${value}' at '${member}' failed to satisfy constraint: Member must satisfy enum value set: [${allowed.join(', ')}]`,
    );
  }
  return value;
}

/** A credential put in place directly, as if imported earlier (tests and demos). */
export interface SeedCredential {
  serverType: string;
  authType: string;
  token: string;
  username?: string;
  accountId?: string;
}

export class CodeBuildState implements JsonService {
  readonly name = 'codebuild';
  readonly targetPrefix = 'CodeBuild_20161006.';
  readonly signingName = 'codebuild';
  readonly iamPrefix = 'codebuild';
  readonly jsonVersion = '1.1' as const;

  /** key `${account}/${region}` -> serverType -> credential */
  private store = new Map<string, Map<string, StoredCredential>>();
  private readonly projectStore = new ProjectStore();

  constructor(private readonly defaultAccountId: string) {}

  /** A project put in place directly, as if created earlier; returns it with its webhook's payloadUrl. */
  addProject(region: string, seed: ProjectSeed): EmulatedProject {
    return this.projectStore.add(region, seed.accountId ?? this.defaultAccountId, seed);
  }

  projects(region: string, accountId = this.defaultAccountId): EmulatedProject[] {
    return this.projectStore.list(region, accountId);
  }

  projectsSnapshot(): Record<string, string[]> {
    return this.projectStore.snapshot();
  }

  private bucket(accountId: string, region: string): Map<string, StoredCredential> {
    const key = `${accountId}/${region}`;
    let bucket = this.store.get(key);
    if (!bucket) {
      bucket = new Map();
      this.store.set(key, bucket);
    }
    return bucket;
  }

  static arn(region: string, accountId: string, serverType: string): string {
    return `arn:aws:codebuild:${region}:${accountId}:token/${serverType.toLowerCase()}`;
  }

  credentials(region: string, accountId = this.defaultAccountId): StoredCredential[] {
    return [...this.bucket(accountId, region).values()].map((c) => ({ ...c }));
  }

  seed(region: string, cred: SeedCredential): string {
    const accountId = cred.accountId ?? this.defaultAccountId;
    const arn = CodeBuildState.arn(region, accountId, cred.serverType);
    const stored: StoredCredential = {
      arn,
      serverType: cred.serverType,
      authType: cred.authType,
      token: cred.token,
    };
    if (cred.username !== undefined) stored.username = cred.username;
    if (cred.authType === 'CODECONNECTIONS' || cred.authType === 'SECRETS_MANAGER') {
      stored.resource = cred.token;
    }
    this.bucket(accountId, region).set(cred.serverType, stored);
    return arn;
  }

  /** All regions/accounts, tokens redacted: for /__emulator/state. */
  snapshot(): Record<string, Array<Omit<StoredCredential, 'token'> & { token: string }>> {
    const out: Record<string, Array<Omit<StoredCredential, 'token'> & { token: string }>> = {};
    for (const [key, bucket] of this.store) {
      if (bucket.size === 0) continue;
      out[key] = [...bucket.values()].map((c) => ({ ...c, token: '<redacted>' }));
    }
    return out;
  }

  reset(): void {
    this.store.clear();
    this.projectStore.reset();
  }

  handle(operation: string, input: Record<string, unknown>, caller: CallerContext): unknown {
    switch (operation) {
      case 'ImportSourceCredentials':
        return this.importSourceCredentials(input, caller);
      case 'ListSourceCredentials':
        return {
          sourceCredentialsInfos: this.credentials(caller.region, caller.accountId).map((c) => {
            const info: Record<string, string> = {
              arn: c.arn,
              serverType: c.serverType,
              authType: c.authType,
            };
            if (c.resource) info.resource = c.resource;
            return info;
          }),
        };
      case 'ListProjects':
        return this.projectStore.listProjects(input, caller.accountId, caller.region);
      case 'BatchGetProjects':
        return this.projectStore.batchGetProjects(input, caller.accountId, caller.region);
      case 'DeleteSourceCredentials': {
        const arn = requireString(input, 'arn', INVALID);
        const bucket = this.bucket(caller.accountId, caller.region);
        for (const [serverType, cred] of bucket) {
          if (cred.arn === arn) {
            bucket.delete(serverType);
            return { arn };
          }
        }
        throw new AwsError(
          'ResourceNotFoundException',
          `Could not find source credentials with arn ${arn}`,
        );
      }
      default:
        throw unknownOperation(operation);
    }
  }

  private importSourceCredentials(input: Record<string, unknown>, caller: CallerContext) {
    const token = requireString(input, 'token', INVALID);
    const serverType = enumValue(input, 'serverType', SERVER_TYPES);
    const authType = enumValue(input, 'authType', AUTH_TYPES);
    const username = input.username;
    const shouldOverwrite = input.shouldOverwrite ?? true;
    if (username !== undefined && typeof username !== 'string') {
      throw new AwsError('SerializationException', "Expected string for 'username'");
    }
    if (typeof shouldOverwrite !== 'boolean') {
      throw new AwsError('SerializationException', "Expected boolean for 'shouldOverwrite'");
    }

    if (authType === 'OAUTH') {
      throw new AwsError(
        INVALID,
        'OAuth credentials cannot be imported. Connect to the source provider with OAuth in the AWS CodeBuild console.',
      );
    }
    if (authType === 'BASIC_AUTH' && !username) {
      throw new AwsError(INVALID, 'Username is required for BASIC_AUTH auth type');
    }
    if (authType !== 'BASIC_AUTH' && username !== undefined) {
      throw new AwsError(INVALID, `Username is only supported for BASIC_AUTH auth type`);
    }
    if (
      authType === 'CODECONNECTIONS' &&
      !/^arn:aws[\w-]*:(codeconnections|codestar-connections):[a-z0-9-]+:\d{12}:connection\/[\w-]+$/.test(
        token,
      )
    ) {
      throw new AwsError(
        INVALID,
        'Token must be a valid connection ARN for CODECONNECTIONS auth type',
      );
    }
    if (
      authType === 'SECRETS_MANAGER' &&
      !/^arn:aws[\w-]*:secretsmanager:[a-z0-9-]+:\d{12}:secret:.+$/.test(token)
    ) {
      throw new AwsError(INVALID, 'Token must be a valid secret ARN for SECRETS_MANAGER auth type');
    }
    if (
      (serverType === 'GITLAB' || serverType === 'GITLAB_SELF_MANAGED') &&
      authType !== 'CODECONNECTIONS' &&
      authType !== 'SECRETS_MANAGER'
    ) {
      throw new AwsError(INVALID, `${authType} is not supported for server type ${serverType}`);
    }

    // Accepted, and never kept: ListSourceCredentials will not show it.
    if (caller.discard)
      return { arn: CodeBuildState.arn(caller.region, caller.accountId, serverType) };
    const bucket = this.bucket(caller.accountId, caller.region);
    const existing = bucket.get(serverType);
    if (existing && !shouldOverwrite) {
      throw new AwsError(
        'ResourceAlreadyExistsException',
        `Source credentials for server type ${serverType} already exist: ${existing.arn}`,
      );
    }
    const arn = this.seed(caller.region, {
      serverType,
      authType,
      token,
      accountId: caller.accountId,
      ...(username !== undefined ? { username } : {}),
    });
    return { arn };
  }
}
