// Systems Manager public parameters (awsJson1_1, target prefix AmazonSSM., SigV4 service `ssm`):
// GetParametersByPath under /aws/service/global-infrastructure/services/codebuild/regions, the
// regions where CodeBuild is offered. As in AWS, that path answers only in some regions.
import {
  AwsError,
  requireString,
  unknownOperation,
  type CallerContext,
  type JsonService,
} from './aws.js';

export const CODEBUILD_REGIONS_PATH =
  '/aws/service/global-infrastructure/services/codebuild/regions';

/** Regions that serve the global-infrastructure public parameters (a subset, as documented). */
export const PUBLIC_PARAMETER_REGIONS = [
  'us-east-1',
  'us-east-2',
  'us-west-1',
  'us-west-2',
  'eu-west-1',
  'eu-central-1',
  'ap-southeast-1',
  'ap-northeast-1',
];

/** Where CodeBuild is offered, by default: the 17 regions on by default and four opt-in ones. */
export const DEFAULT_CODEBUILD_REGIONS = [
  'us-east-1',
  'us-east-2',
  'us-west-1',
  'us-west-2',
  'ca-central-1',
  'eu-west-1',
  'eu-west-2',
  'eu-west-3',
  'eu-central-1',
  'eu-north-1',
  'ap-south-1',
  'ap-northeast-1',
  'ap-northeast-2',
  'ap-northeast-3',
  'ap-southeast-1',
  'ap-southeast-2',
  'sa-east-1',
  'af-south-1',
  'ap-east-1',
  'eu-south-1',
  'me-south-1',
];

export class SsmState implements JsonService {
  readonly name = 'ssm';
  readonly targetPrefix = 'AmazonSSM.';
  readonly signingName = 'ssm';
  readonly iamPrefix = 'ssm';
  readonly jsonVersion = '1.1' as const;

  /** The regions the public parameters list for CodeBuild. */
  codebuildRegions = [...DEFAULT_CODEBUILD_REGIONS];

  reset(): void {
    this.codebuildRegions = [...DEFAULT_CODEBUILD_REGIONS];
  }

  handle(operation: string, input: Record<string, unknown>, caller: CallerContext): unknown {
    if (operation !== 'GetParametersByPath') throw unknownOperation(operation);
    const path = requireString(input, 'Path', 'ValidationException').replace(/\/+$/, '');
    const max = input.MaxResults ?? 10;
    if (typeof max !== 'number' || !Number.isInteger(max) || max < 1 || max > 10)
      throw new AwsError(
        'ValidationException',
        `1 validation error detected: Value '${String(max)}' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 10`,
      );
    // Outside the regions that serve it, the public path holds nothing.
    const served = PUBLIC_PARAMETER_REGIONS.includes(caller.region);
    const all =
      served && path === CODEBUILD_REGIONS_PATH
        ? [...this.codebuildRegions].sort().map((region) => ({
            Name: `${CODEBUILD_REGIONS_PATH}/${region}`,
            Type: 'String',
            Value: region,
            Version: 1,
            LastModifiedDate: Date.parse('2025-06-01T00:00:00Z') / 1000,
            ARN: `arn:aws:ssm:${caller.region}::parameter${CODEBUILD_REGIONS_PATH}/${region}`,
            DataType: 'text',
          }))
        : [];
    let start = 0;
    if (input.NextToken !== undefined) {
      const decoded = /^ssm:(\d+)$/.exec(Buffer.from(String(input.NextToken), 'base64').toString());
      if (!decoded) throw new AwsError('InvalidNextToken', 'The specified token is not valid.');
      start = Number(decoded[1]);
    }
    const end = start + max;
    return {
      Parameters: all.slice(start, end),
      ...(end < all.length ? { NextToken: Buffer.from(`ssm:${end}`).toString('base64') } : {}),
    };
  }
}
