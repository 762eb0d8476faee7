// AWS Account Management (restJson1, SigV4 service `account`, one global endpoint signed for
// us-east-1): POST /listRegions, the regions of an account with their opt-in status. Opt-in
// regions are DISABLED until enabled for the account; the rest are ENABLED_BY_DEFAULT.
import { AwsError, authenticate, isDenied, jsonAuthError, type AwsIdentity } from './aws.js';
import {
  answerOf,
  isObject,
  requestId,
  type Faults,
  type Reply,
  type RequestContext,
} from './shared.js';

export type RegionOptStatus =
  'ENABLED' | 'ENABLING' | 'DISABLING' | 'DISABLED' | 'ENABLED_BY_DEFAULT';

/** Regions every account has. */
export const DEFAULT_REGIONS = [
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
];
/** Regions an account must opt in to. */
export const OPT_IN_REGIONS = [
  'af-south-1',
  'ap-east-1',
  'ap-south-2',
  'ap-southeast-3',
  'ap-southeast-4',
  'ca-west-1',
  'eu-central-2',
  'eu-south-1',
  'eu-south-2',
  'il-central-1',
  'me-central-1',
  'me-south-1',
];
const STATUSES: RegionOptStatus[] = [
  'ENABLED',
  'ENABLING',
  'DISABLING',
  'DISABLED',
  'ENABLED_BY_DEFAULT',
];

export class AccountState {
  /** `${account}/${region}` -> status, for opt-in regions not DISABLED. */
  private optIn = new Map<string, RegionOptStatus>();

  constructor(
    private readonly keys: import('./aws.js').AwsKeys,
    private readonly faults: Faults,
    /** Who may name another account (AccountId): the management account or a delegated administrator. */
    private readonly mayManage: (caller: string, target: string) => boolean,
  ) {}

  /** Sets an opt-in region's status for an account (ENABLED, ENABLING, DISABLING, DISABLED). */
  setRegion(accountId: string, region: string, status: RegionOptStatus): void {
    this.optIn.set(`${accountId}/${region}`, status);
  }

  /** An opt-in region the account has not enabled: AWS does not accept its credentials there. */
  disabled(accountId: string, region: string): boolean {
    if (!OPT_IN_REGIONS.includes(region)) return false;
    const status = this.optIn.get(`${accountId}/${region}`) ?? 'DISABLED';
    return status === 'DISABLED' || status === 'ENABLING';
  }

  reset(): void {
    this.optIn.clear();
  }

  regions(accountId: string): Array<{ RegionName: string; RegionOptStatus: RegionOptStatus }> {
    return [
      ...DEFAULT_REGIONS.map((r) => ({
        RegionName: r,
        RegionOptStatus: 'ENABLED_BY_DEFAULT' as const,
      })),
      ...OPT_IN_REGIONS.map((r) => ({
        RegionName: r,
        RegionOptStatus: this.optIn.get(`${accountId}/${r}`) ?? ('DISABLED' as const),
      })),
    ].sort((a, b) => a.RegionName.localeCompare(b.RegionName));
  }

  async handle(ctx: RequestContext): Promise<Reply> {
    const id = requestId();
    ctx.record.service = 'account';
    ctx.record.operation = 'ListRegions';
    try {
      const auth = authenticate(ctx, this.keys, 'account');
      if (!auth.ok) throw jsonAuthError(auth.kind, auth.message);
      const fault = await this.faults.take('account', 'ListRegions', auth.region, ctx);
      if (fault) ctx.record.fault = fault.kind;
      if (fault?.kind === 'answer') return reply(200, answerOf(fault), id);
      if (fault) {
        if (fault.kind === 'throttle')
          throw new AwsError('TooManyRequestsException', 'Rate exceeded', 429);
        if (fault.kind === '5xx')
          throw new AwsError('InternalServerException', 'An internal error has occurred.', 500);
        throw denied(auth.identity);
      }
      if (isDenied(auth.identity, 'account:ListRegions')) throw denied(auth.identity);
      let input: unknown;
      try {
        input = JSON.parse(ctx.body.toString('utf8') || '{}');
      } catch {
        throw new AwsError('ValidationException', 'The request body is not valid JSON.');
      }
      if (!isObject(input)) throw new AwsError('ValidationException', 'Expected a JSON object.');
      return reply(200, this.listRegions(input, auth.identity), id);
    } catch (error) {
      if (!(error instanceof AwsError)) throw error;
      return {
        ...reply(error.status, { message: error.message }, id),
        headers: {
          'content-type': 'application/json',
          'x-amzn-requestid': id,
          'x-amzn-errortype': error.code,
        },
      };
    }
  }

  private listRegions(input: Record<string, unknown>, caller: AwsIdentity) {
    const accountId = input.AccountId === undefined ? caller.accountId : String(input.AccountId);
    if (!/^\d{12}$/.test(accountId))
      throw new AwsError('ValidationException', 'Invalid AccountId: must be 12 digits.');
    if (accountId !== caller.accountId && !this.mayManage(caller.accountId, accountId))
      throw denied(caller);
    const max = input.MaxResults ?? 20;
    if (typeof max !== 'number' || !Number.isInteger(max) || max < 1 || max > 50)
      throw new AwsError('ValidationException', 'MaxResults must be between 1 and 50.');
    const filter = input.RegionOptStatusContains;
    if (
      filter !== undefined &&
      (!Array.isArray(filter) || filter.some((s) => !STATUSES.includes(s as RegionOptStatus)))
    )
      throw new AwsError(
        'ValidationException',
        `RegionOptStatusContains must hold values of ${STATUSES.join(', ')}.`,
      );
    const all = this.regions(accountId).filter(
      (r) => !filter || (filter as string[]).includes(r.RegionOptStatus),
    );
    let start = 0;
    if (input.NextToken !== undefined) {
      const decoded = /^regions:(\d+)$/.exec(
        Buffer.from(String(input.NextToken), 'base64').toString(),
      );
      if (!decoded) throw new AwsError('ValidationException', 'The NextToken is not valid.');
      start = Number(decoded[1]);
    }
    const end = start + max;
    return {
      Regions: all.slice(start, end),
      ...(end < all.length ? { NextToken: Buffer.from(`regions:${end}`).toString('base64') } : {}),
    };
  }
}

function denied(identity: AwsIdentity): AwsError {
  return new AwsError(
    'AccessDeniedException',
    `User: ${identity.arn} is not authorized to perform: account:ListRegions`,
    403,
  );
}

function reply(status: number, body: unknown, id: string): Reply {
  return {
    status,
    headers: { 'content-type': 'application/json', 'x-amzn-requestid': id },
    body: JSON.stringify(body),
  };
}
