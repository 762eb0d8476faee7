// Secrets Manager (awsJson1_1, target prefix secretsmanager.): GetSecretValue and DescribeSecret.
import { randomBytes, randomUUID } from 'node:crypto';
import {
  AwsError,
  requireString,
  unknownOperation,
  type CallerContext,
  type JsonService,
} from './aws.js';

export interface Secret {
  /** Defaults to arn:aws:secretsmanager:<region>:<account>:secret:<name>-XXXXXX. */
  arn?: string;
  name: string;
  secretString: string;
  tags?: Array<{ Key: string; Value: string }>;
  region?: string;
  accountId?: string;
}

interface StoredSecret {
  arn: string;
  name: string;
  secretString: string;
  tags: Array<{ Key: string; Value: string }>;
  region: string;
  accountId: string;
  versionId: string;
  created: Date;
}

const SECRET_ARN = /^arn:aws[\w-]*:secretsmanager:([a-z0-9-]+):(\d{12}):secret:(.+)$/;

export class SecretsManagerState implements JsonService {
  readonly name = 'secretsmanager';
  readonly targetPrefix = 'secretsmanager.';
  readonly signingName = 'secretsmanager';
  readonly iamPrefix = 'secretsmanager';
  readonly jsonVersion = '1.1' as const;

  private secrets: StoredSecret[] = [];

  constructor(private readonly defaultAccountId: string) {}

  /** Registers a secret; returns its ARN. */
  add(secret: Secret): string {
    const fromArn = secret.arn ? SECRET_ARN.exec(secret.arn) : null;
    if (secret.arn && !fromArn) throw new Error(`not a secret ARN: ${secret.arn}`);
    const region = fromArn?.[1] ?? secret.region ?? 'us-east-1';
    const accountId = fromArn?.[2] ?? secret.accountId ?? this.defaultAccountId;
    // Real ARNs end in '-' plus 6 random characters.
    const suffix = randomBytes(6).toString('base64url').slice(0, 6);
    const arn =
      secret.arn ?? `arn:aws:secretsmanager:${region}:${accountId}:secret:${secret.name}-${suffix}`;
    this.secrets = this.secrets.filter((s) => s.arn !== arn);
    this.secrets.push({
      arn,
      name: secret.name,
      secretString: secret.secretString,
      tags: secret.tags ?? [],
      region,
      accountId,
      versionId: randomUUID(),
      created: new Date(),
    });
    return arn;
  }

  list(): Array<{ arn: string; name: string; tags: Array<{ Key: string; Value: string }> }> {
    return this.secrets.map((s) => ({ arn: s.arn, name: s.name, tags: s.tags }));
  }

  reset(): void {
    this.secrets = [];
  }

  private find(secretId: string, caller: CallerContext): StoredSecret {
    const secret = this.secrets.find(
      (s) =>
        s.region === caller.region &&
        s.accountId === caller.accountId &&
        (s.arn === secretId || s.name === secretId),
    );
    if (!secret) {
      throw new AwsError(
        'ResourceNotFoundException',
        "Secrets Manager can't find the specified secret.",
      );
    }
    return secret;
  }

  handle(operation: string, input: Record<string, unknown>, caller: CallerContext): unknown {
    switch (operation) {
      case 'GetSecretValue': {
        const s = this.find(requireString(input, 'SecretId', 'ValidationException'), caller);
        return {
          ARN: s.arn,
          Name: s.name,
          SecretString: s.secretString,
          VersionId: s.versionId,
          VersionStages: ['AWSCURRENT'],
          CreatedDate: s.created.getTime() / 1000,
        };
      }
      case 'DescribeSecret': {
        const s = this.find(requireString(input, 'SecretId', 'ValidationException'), caller);
        return {
          ARN: s.arn,
          Name: s.name,
          Tags: s.tags,
          CreatedDate: s.created.getTime() / 1000,
          LastChangedDate: s.created.getTime() / 1000,
          VersionIdsToStages: { [s.versionId]: ['AWSCURRENT'] },
        };
      }
      default:
        throw unknownOperation(operation);
    }
  }
}
