// The shape of a shard's report, checked where a merge reads it. The report is a file
// another job wrote: anyone who can change it controls every value in it, and the
// renderers take each field for what the report model says it is (a string, a list of
// objects). One table of the fields a merge carries into its own report; a value of
// another type, a list item that is not an object, or a missing field the renderers need
// refuses the file, naming the field, never its value.
import { DRIFT_KINDS } from '../../base/index.js';
import type { Report } from '../../report/index.js';

/** A field's type: a string, a boolean, a list of strings, one of these words, an object, a list of objects. */
type Field = 'string' | 'boolean' | 'strings' | readonly string[] | Shape | readonly [Shape];
/** An object's fields; a name ending in `?` may be absent. */
interface Shape {
  readonly [name: string]: Field;
}

const STATUS3 = ['granted', 'missing', 'unknown'] as const;
const SCOPE: Shape = { scope: 'string', status: STATUS3, 'via?': 'string', 'optional?': 'boolean' };
const PERMISSION: Shape = {
  permission: 'string',
  status: STATUS3,
  evidence: 'string',
  'optional?': 'boolean',
};
const TOKEN: Shape = {
  kind: 'string',
  description: 'string',
  accepted: 'boolean',
  'identity?': 'string',
  'scopes?': 'strings',
  'required?': [SCOPE],
  'repositories?': [{ repository: 'string', reachable: 'boolean', 'checks?': [PERMISSION] }],
  'expiresAt?': 'string',
  'problem?': 'string',
};
const PROJECT: Shape = {
  name: 'string',
  repository: 'string',
  serverType: 'string',
  credential: ['account', 'project'],
  'authType?': 'string',
  'resource?': 'string',
  webhook: ['ok', 'missing', 'inactive', 'none', 'unknown'],
  'webhookDetail?': 'string',
};
const REGION: Shape = {
  region: 'string',
  'account?': 'string',
  action: [
    'imported',
    'would-import',
    'kept-existing',
    'checked',
    'deleted',
    'would-delete',
    'nothing-to-delete',
    'not-attempted',
    'inventoried',
    'failed',
  ],
  status: ['ok', 'drift', 'error'],
  'arn?': 'string',
  'authType?': 'string',
  detail: 'string',
  'projects?': [PROJECT],
  'credentials?': [
    {
      serverType: 'string',
      authType: 'string',
      arn: 'string',
      'resource?': 'string',
      'projects?': 'strings',
    },
  ],
};
const FINDING: Shape = {
  kind: DRIFT_KINDS,
  'region?': 'string',
  'account?': 'string',
  message: 'string',
  'projects?': 'strings',
  'repository?': 'string',
};
const ACCOUNT: Shape = {
  id: 'string',
  'name?': 'string',
  'state?': 'string',
  'source?': 'string',
  status: ['worked', 'skipped', 'excluded', 'unreachable'],
  'detail?': 'string',
  'regions?': 'strings',
  'regionsDone?': 'strings',
  'regionsUnreachable?': 'strings',
};
/** What a merge carries from a shard's report into its own. */
const SHARD: Shape = {
  outcome: ['success', 'drift', 'failure'],
  'drift?': 'boolean',
  'stopped?': ['timeout', 'SIGTERM', 'SIGINT'],
  'token?': TOKEN,
  regions: [REGION],
  'accounts?': [ACCOUNT],
  'organization?': { id: 'string', 'managementAccount?': 'string' },
  findings: [FINDING],
  warnings: 'strings',
  errors: 'strings',
};

const kind = (value: unknown): string =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'a list'
      : typeof value === 'object'
        ? 'an object'
        : `a ${typeof value}`;

function fieldProblem(value: unknown, field: Field, at: string): string | undefined {
  if (field === 'string' || field === 'boolean')
    return typeof value === field ? undefined : `${at} is ${kind(value)}, not a ${field}`;
  if (field === 'strings') {
    if (!Array.isArray(value)) return `${at} is ${kind(value)}, not a list of strings`;
    const i = value.findIndex((v) => typeof v !== 'string');
    return i < 0 ? undefined : `${at}[${i}] is ${kind(value[i])}, not a string`;
  }
  if (Array.isArray(field) && typeof field[0] === 'string')
    return typeof value === 'string' && (field as readonly string[]).includes(value)
      ? undefined
      : `${at} is not one of ${(field as readonly string[]).join(', ')}`;
  if (Array.isArray(field)) {
    if (!Array.isArray(value)) return `${at} is ${kind(value)}, not a list`;
    for (let i = 0; i < value.length; i++) {
      const problem = shapeProblem(value[i], field[0] as Shape, `${at}[${i}]`);
      if (problem) return problem;
    }
    return undefined;
  }
  return shapeProblem(value, field as Shape, at);
}

function shapeProblem(value: unknown, shape: Shape, at: string): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return `${at} is ${kind(value)}, not an object`;
  const fields = value as Record<string, unknown>;
  for (const [spec, field] of Object.entries(shape)) {
    const optional = spec.endsWith('?');
    const name = optional ? spec.slice(0, -1) : spec;
    const path = at ? `${at}.${name}` : name;
    if (fields[name] === undefined) {
      if (optional) continue;
      return `${path} is missing`;
    }
    const problem = fieldProblem(fields[name], field, path);
    if (problem) return problem;
  }
  return undefined;
}

/** What is wrong with a shard's report, by the first field that is (never its value), or undefined. */
export function shardShapeProblem(report: Report): string | undefined {
  return shapeProblem(report, SHARD, '');
}
