import {
  CodeStarConnectionsClient,
  GetConnectionCommand,
} from '@aws-sdk/client-codestar-connections';
import { outside, type ServerType, type TokenReport, USER_AGENT } from '../base/index.js';
import { regionOfArn, type AwsCredentials } from './accounts.js';
import { awsRequestHandler, describeAwsError, sendOptions } from './codebuild.js';
import { callLimitsFor, type CallLimits } from '../wire/index.js';

const PROVIDER_FOR: Record<ServerType, string> = {
  GITHUB: 'GitHub',
  GITHUB_ENTERPRISE: 'GitHubEnterpriseServer',
  BITBUCKET: 'Bitbucket',
};

const CONSOLE_STEPS =
  'A connection created with the CLI or SDK stays PENDING until someone completes it in the console: open Developer Tools > Settings > Connections in the AWS console (in the connection\'s region), choose the connection, choose "Update pending connection" and authorize the provider.';

/**
 * Reads a CodeConnections connection (GetConnection) and judges whether CodeBuild
 * can use it: only an AVAILABLE connection of the right provider may be imported.
 */
export async function inspectConnection(
  connectionArn: string,
  serverType: ServerType,
  credentials?: AwsCredentials,
  limits: CallLimits = callLimitsFor(),
): Promise<{ token: TokenReport; status?: string }> {
  const region = regionOfArn(connectionArn) ?? 'us-east-1';
  const client = new CodeStarConnectionsClient({
    region,
    credentials,
    customUserAgent: USER_AGENT,
    ...(await awsRequestHandler(limits, 'CodeConnections')),
  });
  let connection;
  const send = () =>
    client.send(new GetConnectionCommand({ ConnectionArn: connectionArn }), sendOptions(limits));
  const what = `CodeConnections GetConnection in ${region}`;
  try {
    connection = (await (limits.waiting ? limits.waiting.on(what, send) : send())).Connection;
  } catch (error) {
    if ((error as { name?: string }).name === 'ResourceNotFoundException') {
      const token = rejected(
        `The connection ${connectionArn} does not exist (or is in another account or region).`,
      );
      return { token };
    }
    throw describeAwsError(
      error,
      `Reading connection ${connectionArn}`,
      'codestar-connections:GetConnection (or codeconnections:GetConnection)',
      limits,
    );
  } finally {
    client.destroy();
  }
  const status = connection?.ConnectionStatus;
  const provider = connection?.ProviderType;
  const name =
    connection?.ConnectionName === undefined ? undefined : outside(connection.ConnectionName);
  const base = {
    kind: 'codeconnection',
    description: `AWS CodeConnections connection${provider ? ` (${outside(provider)})` : ''}`,
    identity: name,
    required: [],
  };
  if (status === 'PENDING') {
    return {
      status,
      token: {
        ...base,
        accepted: false,
        problem: `The connection ${name ?? connectionArn} is PENDING. ${CONSOLE_STEPS}`,
      },
    };
  }
  if (status !== 'AVAILABLE') {
    return {
      status,
      token: {
        ...base,
        accepted: false,
        problem: `The connection ${name ?? connectionArn} is ${status ? outside(status) : 'in an unknown state'}: delete it and create a new one, then complete it in the console.`,
      },
    };
  }
  if (provider !== PROVIDER_FOR[serverType]) {
    return {
      status,
      token: {
        ...base,
        accepted: false,
        problem: `The connection ${name ?? connectionArn} is for ${outside(provider)}, but the server type is ${serverType} (needs a ${PROVIDER_FOR[serverType]} connection).`,
      },
    };
  }
  return { status, token: { ...base, accepted: true } };
}

function rejected(problem: string): TokenReport {
  return {
    kind: 'codeconnection',
    description: 'AWS CodeConnections connection',
    accepted: false,
    required: [],
    problem,
  };
}
