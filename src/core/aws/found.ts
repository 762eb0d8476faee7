// Names AWS gives at run time (region names from Systems Manager and account:ListRegions,
// account IDs and states from Organizations), checked where they are read: only a value of
// the documented shape is used, to build an ARN, a client or a request; anything else is
// reported as malformed (sanitised, outside.ts) and left out. Each list is de-duplicated.
import { outside } from '../base/index.js';

/**
 * What every AWS region name looks like (us-east-1, us-gov-west-1, eu-isoe-west-1, and the
 * European Sovereign Cloud's eusc-de-east-1); at most 32 characters.
 */
export const REGION_SHAPE = /^[a-z]{2,4}(-[a-z]+)+-\d{1,2}$/;
export const MAX_REGION_NAME = 32;

export function isRegionName(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_REGION_NAME && REGION_SHAPE.test(value);
}

/** An AWS account ID: exactly 12 digits. */
export function isAccountId(value: unknown): value is string {
  return typeof value === 'string' && /^\d{12}$/.test(value);
}

/** A CodeBuild project name, as CreateProject takes it: 2 to 255 letters, digits, `-` and `_`. */
export function isProjectName(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9][A-Za-z0-9_-]{1,254}$/.test(value);
}

/** Organizations' `State` (Account.State), and the older `Status` it replaces. */
export const ACCOUNT_STATES = [
  'PENDING_ACTIVATION',
  'ACTIVE',
  'SUSPENDED',
  'PENDING_CLOSURE',
  'CLOSED',
] as const;
export const ACCOUNT_STATUSES = ['ACTIVE', 'SUSPENDED', 'PENDING_CLOSURE'] as const;
export type AccountState = (typeof ACCOUNT_STATES)[number];

/** The account's state as read: one of the documented values, else `unreadable`; undefined when neither field is there. */
export function accountState(account: {
  State?: unknown;
  Status?: unknown;
}): AccountState | 'unreadable' | undefined {
  if (account.State !== undefined && account.State !== null)
    return (ACCOUNT_STATES as readonly unknown[]).includes(account.State)
      ? (account.State as AccountState)
      : 'unreadable';
  if (account.Status !== undefined && account.Status !== null)
    return (ACCOUNT_STATUSES as readonly unknown[]).includes(account.Status)
      ? (account.Status as AccountState)
      : 'unreadable';
  return undefined;
}

/** The region names of a listing (`source`) that have AWS's shape, each once, and a sentence about the rest. */
export function checkedRegionNames(
  values: readonly unknown[],
  source: string,
): { names: string[]; problem?: string } {
  return checkedNames(values, isRegionName, {
    items: 'region names',
    shape: 'a region name is like us-east-1, at most 32 characters',
    source,
  });
}

/** The values of a list that pass `valid`, each once in first-seen order, and a sentence about those left out. */
export function checkedNames(
  values: readonly unknown[],
  valid: (value: unknown) => value is string,
  what: { items: string; shape: string; source: string },
): { names: string[]; problem?: string } {
  const names = new Set<string>();
  const malformed: unknown[] = [];
  for (const value of values) {
    if (valid(value)) names.add(value);
    else malformed.push(value);
  }
  if (malformed.length === 0) return { names: [...names] };
  const shown = malformed
    .slice(0, 3)
    .map((v) => `"${outside(v, 40)}"`)
    .join(', ');
  const more = malformed.length > 3 ? ` and ${malformed.length - 3} more` : '';
  return {
    names: [...names],
    problem: `${what.source} answered ${malformed.length} malformed ${what.items} (${shown}${more}): ${what.shape}, so ${malformed.length === 1 ? 'it was' : 'they were'} left out.`,
  };
}
