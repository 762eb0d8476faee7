// CodeStar connections / CodeConnections (awsJson1_0, target prefix CodeStar_connections_20191201.).
import {
  AwsError,
  requireString,
  unknownOperation,
  type CallerContext,
  type JsonService,
} from './aws.js';

export interface Connection {
  arn: string;
  name: string;
  status: 'AVAILABLE' | 'PENDING' | 'ERROR';
  providerType: 'Bitbucket' | 'GitHub' | 'GitHubEnterpriseServer' | 'GitLab' | 'GitLabSelfManaged';
  /** Defaults to the account in the ARN. */
  ownerAccountId?: string;
  hostArn?: string;
}

const CONNECTION_ARN =
  /^arn:aws[\w-]*:(codeconnections|codestar-connections):([a-z0-9-]+):(\d{12}):connection\/[\w-]+$/;

export class CodeConnectionsState implements JsonService {
  readonly name = 'codeconnections';
  readonly targetPrefix = 'CodeStar_connections_20191201.';
  readonly signingName = 'codestar-connections';
  readonly iamPrefix = 'codestar-connections';
  readonly jsonVersion = '1.0' as const;

  private connections = new Map<string, Connection>();

  add(connection: Connection): void {
    if (!CONNECTION_ARN.test(connection.arn)) {
      throw new Error(`not a connection ARN: ${connection.arn}`);
    }
    this.connections.set(connection.arn, { ...connection });
  }

  list(): Connection[] {
    return [...this.connections.values()].map((c) => ({ ...c }));
  }

  reset(): void {
    this.connections.clear();
  }

  handle(operation: string, input: Record<string, unknown>, caller: CallerContext): unknown {
    if (operation !== 'GetConnection') throw unknownOperation(operation);
    const arn = requireString(input, 'ConnectionArn', 'ValidationException');
    const match = CONNECTION_ARN.exec(arn);
    if (!match) {
      throw new AwsError(
        'ValidationException',
        `1 validation error detected: Value '${arn}' at 'connectionArn' failed to satisfy constraint: Member must satisfy regular expression pattern: arn:aws(-[\\w]+)*:.+:.+:[0-9]{12}:.+`,
      );
    }
    // The service only sees connections of the caller's account in the caller's region.
    const connection = this.connections.get(arn);
    if (!connection || match[2] !== caller.region || match[3] !== caller.accountId) {
      throw new AwsError('ResourceNotFoundException', `Connection ${arn} does not exist`);
    }
    const out: Record<string, string> = {
      ConnectionArn: connection.arn,
      ConnectionName: connection.name,
      ConnectionStatus: connection.status,
      OwnerAccountId: connection.ownerAccountId ?? match[3]!,
      ProviderType: connection.providerType,
    };
    if (connection.hostArn) out.HostArn = connection.hostArn;
    return { Connection: out };
  }
}
