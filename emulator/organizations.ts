// AWS Organizations (awsJson1_1, target prefix AWSOrganizationsV20161128., SigV4 service
// `organizations`, one global endpoint signed for us-east-1): the accounts of one organization
// with their State/Status, its OUs, and the reads a fleet run makes (DescribeOrganization,
// ListAccounts, ListChildren, ListAccountsForParent), paginated with NextToken/MaxResults.
// Also the organization's service control policies as far as a run can meet them: a region
// refused to an account (AccessDenied "with an explicit deny in a service control policy").
import {
  AwsError,
  requireString,
  unknownOperation,
  type AwsIdentity,
  type CallerContext,
  type JsonService,
} from './aws.js';

/** The newer field (all five) and the older one (three), as ListAccounts answers them. */
export type AccountState =
  'PENDING_ACTIVATION' | 'ACTIVE' | 'SUSPENDED' | 'PENDING_CLOSURE' | 'CLOSED';
type AccountStatus = 'ACTIVE' | 'SUSPENDED' | 'PENDING_CLOSURE';

export interface OrgAccountSeed {
  id: string;
  name?: string;
  email?: string;
  /** Default ACTIVE. */
  state?: AccountState;
  /** The OU (or root) it sits in; default the root. */
  parentId?: string;
  /** Answer only the older `Status` field, as before `State` existed. */
  statusOnly?: boolean;
}

interface OrgAccount {
  id: string;
  name: string;
  email: string;
  state: AccountState;
  parentId: string;
  statusOnly: boolean;
  joined: Date;
}

interface OrgUnit {
  id: string;
  name: string;
  parentId: string;
}

const INVALID = 'InvalidInputException';
/** ListAccounts, ListChildren and ListAccountsForParent answer at most 20 a page. */
const MAX_PAGE = 20;

export class OrganizationsState implements JsonService {
  readonly name = 'organizations';
  readonly targetPrefix = 'AWSOrganizationsV20161128.';
  readonly signingName = 'organizations';
  readonly iamPrefix = 'organizations';
  readonly jsonVersion = '1.1' as const;

  readonly organizationId = 'o-exampleorgid';
  readonly rootId = 'r-ex12';
  /** Accounts allowed to list (besides the management account): delegated administrators. */
  readonly delegatedAdministrators = new Set<string>();
  private accounts = new Map<string, OrgAccount>();
  private units = new Map<string, OrgUnit>();
  /** `${account}/${region}` refused by a service control policy. */
  private deniedRegions = new Set<string>();
  private ouCounter = 0;
  /** Set once an account is added: until then the caller belongs to no organization. */
  private active = false;

  constructor(private managementAccountId: string) {}

  /** Creates the organization with its management account (an ACTIVE member in the root). */
  create(managementAccountId = this.managementAccountId): void {
    this.managementAccountId = managementAccountId;
    this.active = true;
    if (!this.accounts.has(managementAccountId))
      this.addAccount({ id: managementAccountId, name: 'management' });
  }

  addAccount(seed: OrgAccountSeed): void {
    if (!/^\d{12}$/.test(seed.id)) throw new Error(`not an account ID: ${seed.id}`);
    if (!this.active) this.create();
    const parentId = seed.parentId ?? this.rootId;
    if (parentId !== this.rootId && !this.units.has(parentId)) throw new Error(`no OU ${parentId}`);
    this.accounts.set(seed.id, {
      id: seed.id,
      name: seed.name ?? `account-${seed.id}`,
      email: seed.email ?? `aws+${seed.id}@example.com`,
      state: seed.state ?? 'ACTIVE',
      parentId,
      statusOnly: seed.statusOnly ?? false,
      joined: new Date('2024-01-02T03:04:05Z'),
    });
  }

  /** Adds an OU under `parentId` (default the root); returns its ID (`ou-ex12-xxxxxxxx`). */
  addOrganizationalUnit(name: string, parentId = this.rootId): string {
    if (!this.active) this.create();
    if (parentId !== this.rootId && !this.units.has(parentId)) throw new Error(`no OU ${parentId}`);
    const id = `ou-ex12-${String(++this.ouCounter).padStart(8, '0')}`;
    this.units.set(id, { id, name, parentId });
    return id;
  }

  /** A service control policy that denies every action in `region` to `accountId`. */
  denyRegion(accountId: string, region: string): void {
    this.deniedRegions.add(`${accountId}/${region}`);
  }

  /** The SCP refusal of a call, if the organization's policies refuse it. */
  scpRefusal(identity: AwsIdentity, action: string, region: string): AwsError | undefined {
    if (!this.deniedRegions.has(`${identity.accountId}/${region}`)) return undefined;
    return new AwsError(
      'AccessDeniedException',
      `User: ${identity.arn} is not authorized to perform: ${action} with an explicit deny in a service control policy`,
    );
  }

  snapshotManagement(): string {
    return this.managementAccountId;
  }

  /** Whether an organization exists (opt-in regions are then enforced for its accounts). */
  isActive(): boolean {
    return this.active;
  }

  isMember(accountId: string): boolean {
    return this.accounts.has(accountId);
  }

  reset(): void {
    this.accounts.clear();
    this.units.clear();
    this.deniedRegions.clear();
    this.delegatedAdministrators.clear();
    this.ouCounter = 0;
    this.active = false;
  }

  snapshot(): unknown {
    return {
      active: this.active,
      managementAccountId: this.managementAccountId,
      accounts: [...this.accounts.values()],
      units: [...this.units.values()],
      deniedRegions: [...this.deniedRegions],
    };
  }

  handle(operation: string, input: Record<string, unknown>, caller: CallerContext): unknown {
    if (!this.active || !this.accounts.has(caller.accountId)) {
      throw new AwsError(
        'AWSOrganizationsNotInUseException',
        'Your account is not a member of an organization.',
      );
    }
    if (operation === 'DescribeOrganization') return { Organization: this.organization() };
    // Every other read is for the management account or a delegated administrator.
    if (
      caller.accountId !== this.managementAccountId &&
      !this.delegatedAdministrators.has(caller.accountId)
    ) {
      throw new AwsError(
        'AccessDeniedException',
        "You don't have permissions to access this resource.",
      );
    }
    switch (operation) {
      case 'ListAccounts':
        return this.page(
          input,
          'Accounts',
          [...this.accounts.values()].map((a) => this.shape(a)),
        );
      case 'ListAccountsForParent': {
        const parentId = this.parent(input);
        return this.page(
          input,
          'Accounts',
          [...this.accounts.values()]
            .filter((a) => a.parentId === parentId)
            .map((a) => this.shape(a)),
        );
      }
      case 'ListChildren': {
        const parentId = this.parent(input);
        const type = requireString(input, 'ChildType', INVALID);
        if (type !== 'ACCOUNT' && type !== 'ORGANIZATIONAL_UNIT')
          throw new AwsError(
            INVALID,
            `1 validation error detected: Value '${type}' at 'childType' failed to satisfy constraint: Member must satisfy enum value set: [ACCOUNT, ORGANIZATIONAL_UNIT]`,
          );
        const children =
          type === 'ACCOUNT'
            ? [...this.accounts.values()].filter((a) => a.parentId === parentId)
            : [...this.units.values()].filter((u) => u.parentId === parentId);
        return this.page(
          input,
          'Children',
          children.map((c) => ({ Id: c.id, Type: type })),
        );
      }
      default:
        throw unknownOperation(operation);
    }
  }

  private organization() {
    const management = this.accounts.get(this.managementAccountId)!;
    return {
      Id: this.organizationId,
      Arn: `arn:aws:organizations::${this.managementAccountId}:organization/${this.organizationId}`,
      FeatureSet: 'ALL',
      MasterAccountArn: `arn:aws:organizations::${this.managementAccountId}:account/${this.organizationId}/${this.managementAccountId}`,
      MasterAccountId: this.managementAccountId,
      MasterAccountEmail: management.email,
      AvailablePolicyTypes: [{ Type: 'SERVICE_CONTROL_POLICY', Status: 'ENABLED' }],
    };
  }

  private shape(a: OrgAccount) {
    return accountShape(a, this.managementAccountId, this.organizationId);
  }

  private parent(input: Record<string, unknown>): string {
    const parentId = requireString(input, 'ParentId', INVALID);
    if (!/^(r-[0-9a-z]{4,32}|ou-[0-9a-z]{4,32}-[a-z0-9]{8,32})$/.test(parentId))
      throw new AwsError(
        INVALID,
        `1 validation error detected: Value '${parentId}' at 'parentId' failed to satisfy constraint: Member must satisfy regular expression pattern: ^(r-[0-9a-z]{4,32})|(ou-[0-9a-z]{4,32}-[a-z0-9]{8,32})$`,
      );
    if (parentId !== this.rootId && !this.units.has(parentId))
      throw new AwsError(
        'ParentNotFoundException',
        "We can't find a root or OU with the ParentId that you specified.",
      );
    return parentId;
  }

  /** One page: MaxResults 1-20 (default 20); NextToken is opaque and only valid for this listing. */
  private page(input: Record<string, unknown>, member: string, items: unknown[]) {
    const max = input.MaxResults ?? MAX_PAGE;
    if (typeof max !== 'number' || !Number.isInteger(max) || max < 1 || max > MAX_PAGE)
      throw new AwsError(
        INVALID,
        `1 validation error detected: Value '${String(max)}' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to ${MAX_PAGE}`,
      );
    let start = 0;
    if (input.NextToken !== undefined) {
      const decoded = /^page:(\d+):(\d+)$/.exec(
        Buffer.from(String(input.NextToken), 'base64').toString('utf8'),
      );
      if (!decoded || Number(decoded[2]) !== items.length)
        throw new AwsError(INVALID, 'The provided pagination token is invalid.');
      start = Number(decoded[1]);
    }
    const end = start + max;
    return {
      [member]: items.slice(start, end),
      ...(end < items.length
        ? { NextToken: Buffer.from(`page:${end}:${items.length}`).toString('base64') }
        : {}),
    };
  }
}

function accountShape(a: OrgAccount, management: string, organization: string) {
  const status = statusOf(a.state);
  return {
    Id: a.id,
    Arn: `arn:aws:organizations::${management}:account/${organization}/${a.id}`,
    Email: a.email,
    Name: a.name,
    ...(status ? { Status: status } : {}),
    ...(a.statusOnly ? {} : { State: a.state }),
    JoinedMethod: 'CREATED',
    // awsJson timestamps are epoch seconds.
    JoinedTimestamp: a.joined.getTime() / 1000,
  };
}

/** The older field has three values; a closed account reads SUSPENDED, a pending one has none. */
function statusOf(state: AccountState): AccountStatus | undefined {
  if (state === 'CLOSED') return 'SUSPENDED';
  if (state === 'PENDING_ACTIVATION') return undefined;
  return state;
}
