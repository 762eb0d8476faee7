// `accounts`, `role-name`, `exclude-accounts` and `shard`: checked alone and against
// `role-to-assume`.
import { parseShard, type Shard } from './shard.js';
import type { OptionReader } from './reader.js';
import type { AccountsSource, Config } from './types.js';

const ACCOUNT_ID = /^\d{12}$/;
const OU_ID = /^ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}$/;
const ROLE_NAME = /^([\w+=,.@-]+\/)*[\w+=,.@-]{1,64}$/;

type Fleet = Pick<Config, 'accounts' | 'roleName' | 'excludeAccounts' | 'shard'>;

export function readFleet(r: OptionReader, rolesToAssume: string[]): Fleet {
  const items = r.list('accounts');
  const shard = readShard(r, items.length > 0);
  const roleName = r.raw('roleName');
  const excludeAccounts = r.list('excludeAccounts');
  for (const id of excludeAccounts.filter((id) => !ACCOUNT_ID.test(id)))
    r.problem(`${r.label('excludeAccounts')} has "${id}", which is not a 12-digit AWS account ID.`);
  if (items.length === 0) {
    if (roleName)
      r.problem(
        `${r.label('roleName')} is only used with ${r.label('accounts')}: set ${r.set('accounts', 'organization')} (or account IDs, or ou:<ou-id>), or give whole role ARNs in ${r.label('rolesToAssume')}.`,
      );
    if (excludeAccounts.length)
      r.problem(`${r.label('excludeAccounts')} is only used with ${r.label('accounts')}.`);
    return { excludeAccounts };
  }
  const accounts = accountsSource(r, items);
  roleNameProblems(r, roleName);
  if (rolesToAssume.length)
    r.problem(
      `${r.label('rolesToAssume')} and ${r.label('accounts')} both name accounts: use one. ${r.label('accounts')} with ${r.label('roleName')} builds each role ARN.`,
    );
  return { accounts, roleName, excludeAccounts, ...(shard ? { shard } : {}) };
}

/** The part of the accounts this run works on: explicit, else (pipe) the parallel step's. */
function readShard(r: OptionReader, hasAccounts: boolean): Shard | undefined {
  const text = r.given('shard');
  const read = text === undefined ? undefined : parseShard(text);
  if (typeof read === 'string') r.problem(`${r.label('shard')} ${read}`);
  else if (read && !hasAccounts)
    r.problem(
      `${r.label('shard')} splits the accounts of ${r.label('accounts')}, which is not set: set ${r.set('accounts', 'organization')} (or account IDs, or ou:<ou-id>), or leave ${r.label('shard')} out. The ambient account and ${r.label('rolesToAssume')} are not split.`,
    );
  const chosen = typeof read === 'object' ? read : r.source.parallelStep;
  return chosen && chosen.count > 1 ? chosen : undefined;
}

/** Account IDs, `organization` or `ou:<ou-id>`: the last two stand alone. */
function accountsSource(r: OptionReader, items: string[]): AccountsSource | undefined {
  const label = r.label('accounts');
  const word = items.length === 1 ? items[0]!.toLowerCase() : undefined;
  if (word === 'organization') return { kind: 'organization' };
  if (word?.startsWith('ou:')) {
    const ou = items[0]!.slice(3);
    if (OU_ID.test(ou)) return { kind: 'ou', ou };
    r.problem(
      `${label} has "${items[0]}": an OU is written ou:<ou-id>, the ID as Organizations shows it (ou-ab12-34cd56ef).`,
    );
    return undefined;
  }
  const wrong = items.filter((id) => !ACCOUNT_ID.test(id));
  if (wrong.length === 0) return { kind: 'ids', ids: items };
  const valid = `12-digit account IDs, organization, or ou:<ou-id> (e.g. ou-ab12-34cd56ef)`;
  r.problem(
    `${label} has ${wrong.map((w) => `"${w}"`).join(', ')}: it takes ${valid}; organization and ou:<ou-id> stand alone.`,
  );
  return undefined;
}

/** With `accounts`, the role's name (not its ARN: that is built for each account). */
function roleNameProblems(r: OptionReader, roleName: string | undefined): void {
  if (!roleName)
    r.problem(
      `${r.label('roleName')} is required with ${r.label('accounts')}: the IAM role to assume in each account, e.g. ${r.set('roleName', 'codebuild-credential-sync')} (examples/cloudformation/member-role-stackset.yml creates it).`,
    );
  else if (!ROLE_NAME.test(roleName) || roleName.startsWith('arn:'))
    r.problem(
      `${r.label('roleName')} is "${roleName}": give the role's name (e.g. codebuild-credential-sync, or path/name), not an ARN; the ARN is built for each account.`,
    );
}
