// The regions, the roles to assume and the one AWS partition they all live in.
import {
  didYouMean,
  FLEET_HOME_REGION,
  suggestFor,
  wrongSeparator,
  isKnownRegion,
  partitionOf,
  REGION_SHAPE,
} from './regions.js';
import { ROLE_ARN } from '../aws/index.js';
import type { Mode, Platform } from '../base/index.js';
import { listItems, type OptionReader } from './reader.js';

export interface Regions {
  /** Empty with `all`. */
  regions: string[];
  allRegions: boolean;
  /** How the source the regions were read from is named: `AWS_REGION`, `input 'aws-region'`. */
  regionLabel: string;
  /** The regions named, by partition. */
  partitions: Map<string, string[]>;
}

/** The regions from the first source that sets them, each checked; `all` alone. */
export function readRegions(r: OptionReader, mode: Mode, allowUnknown: boolean): Regions {
  const { regions: named, regionLabel } = regionsFromSources(r);
  const allRegions = named.some((region) => region.toLowerCase() === 'all');
  if (allRegions && named.length > 1)
    r.problem(
      `${regionLabel} is "${named.join(', ')}": all stands alone (every region where CodeBuild is offered and the account has enabled), or name the regions without it.`,
    );
  const regions = allRegions ? [] : named;
  if (regions.length === 0 && !allRegions && mode !== 'merge') {
    r.problem(
      `${r.label('regions')} is required: name one or more AWS regions, separated by commas, spaces or newlines (e.g. us-east-1,eu-west-1).`,
    );
  }
  for (const region of regions) {
    const problem = regionProblem(r, regionLabel, region, allowUnknown);
    if (problem) r.problem(problem);
  }
  // One set of AWS credentials lives in one partition (aws, aws-cn, aws-us-gov, ...): it cannot
  // reach the regions of another, and a role ARN names its partition.
  const partitions = partitionsOf(regions, partitionOf);
  if (partitions.size > 1) {
    r.problem(
      `${regionLabel} names regions of ${partitions.size} AWS partitions: ${byPartition(partitions)}. One set of AWS credentials reaches one partition only: name the regions of one, and run once per partition with its own credentials.`,
    );
  }
  return { regions, allRegions, regionLabel, partitions };
}

/** The regions from the first source that sets them; a warning when another one disagrees. */
function regionsFromSources(r: OptionReader): { regions: string[]; regionLabel: string } {
  const [first, ...others] = r.sources('regions');
  if (!first) return { regions: [], regionLabel: r.label('regions') };
  // Region codes are lower case; `US-EAST-1` means us-east-1 (as `ALL` means all).
  const chosen = r.list('regions', foldRegionCase(first.value), first.label);
  const key = (items: string[]) => [...new Set(items)].sort().join(',');
  // configure-aws-credentials exports AWS_REGION and AWS_DEFAULT_REGION for every later step,
  // and a pipe's AWS_DEFAULT_REGION may be the repository's: an explicit setting simply wins.
  const differing = others.filter(
    (o) => key(listItems(o.value.toLowerCase())) !== key(chosen) && (!first.explicit || o.explicit),
  );
  if (differing.length > 0) {
    const ignored = differing.map((o) => `${o.label} (${listItems(o.value).join(', ')})`);
    r.warn(
      `${first.label} (${chosen.join(', ')}) is used; ${ignored.join(' and ')} ${differing.length === 1 ? 'is' : 'are'} ignored. Regions are read from ${regionPrecedence(r.platform)}; the first one set wins. Set only one.`,
    );
  }
  return { regions: chosen, regionLabel: first.label };
}

/** What is wrong with one region's name, if anything: its separator, its shape, its partition. */
function regionProblem(
  r: OptionReader,
  regionLabel: string,
  region: string,
  allowUnknown: boolean,
): string | undefined {
  const joined = wrongSeparator(region);
  if (joined)
    return `${regionLabel} has "${region}": separate regions with commas (or spaces, or newlines), not "${joined.separator}": ${joined.parts.join(',')}.`;
  if (!REGION_SHAPE.test(region))
    return `${regionLabel} has "${region}", which is not an AWS region name (e.g. us-east-1, eu-west-1).${suggestFor(region)}`;
  if (isKnownRegion(region)) return undefined;
  if (!allowUnknown)
    return `${regionLabel} has "${region}", which is not a region this release's AWS SDK knows.${didYouMean(region)} If it is a region newer than this release, set ${r.set('allowUnknownRegions', 'true')}.`;
  if (!partitionOf(region))
    return `${regionLabel} has "${region}", which fits no AWS partition's naming (us-, eu-, ap-, cn-, us-gov-, ...).${didYouMean(region)}`;
  return undefined;
}

/** The items by the partition `partitionOfItem` gives them (the ones it gives none, left out). */
function partitionsOf(
  items: string[],
  partitionOfItem: (item: string) => string | undefined,
): Map<string, string[]> {
  const partitions = new Map<string, string[]>();
  for (const item of items) {
    const partition = partitionOfItem(item);
    if (partition) partitions.set(partition, [...(partitions.get(partition) ?? []), item]);
  }
  return partitions;
}

function byPartition(map: Map<string, string[]>): string {
  return [...map].map(([p, items]) => `${items.join(', ')} (${p})`).join('; ');
}

/** Role ARNs, each in the regions' partition. */
export function readRoles(r: OptionReader, { partitions }: Regions): string[] {
  const label = r.label('rolesToAssume');
  const roles = r.list('rolesToAssume');
  for (const role of roles.filter((arn) => !ROLE_ARN.test(arn)))
    r.problem(
      `${label} has "${role}", which is not an IAM role ARN (arn:aws:iam::123456789012:role/NAME).`,
    );
  const regionPartition = partitions.size === 1 ? [...partitions.keys()][0] : undefined;
  const elsewhere = partitionsOf(roles, (role) => {
    const partition = ROLE_ARN.test(role) ? role.split(':')[1] : undefined;
    return regionPartition && partition !== regionPartition ? partition : undefined;
  });
  if (elsewhere.size > 0) {
    r.problem(
      `${label} has roles of another AWS partition than the regions (${regionPartition}): ${byPartition(elsewhere)}. A role is assumed in its own partition only: run once per partition, with its regions.`,
    );
  }
  return roles;
}

/**
 * The partition roles are built in and, with `all`, the global services are called in: the
 * regions', else the caller's (the roles to assume, then its own region: AWS_REGION,
 * AWS_DEFAULT_REGION), else aws.
 */
export function resolvePartition(r: OptionReader, regions: Regions, roles: string[]): string {
  const caller = regions.regions[0] ? undefined : callerPartition(r, roles);
  const partition =
    (regions.regions[0] && partitionOf(regions.regions[0])) || caller?.partition || 'aws';
  if (regions.allRegions && !FLEET_HOME_REGION[partition])
    r.problem(
      `${regions.regionLabel} is all, which works in the ${Object.keys(FLEET_HOME_REGION).join(', ')} partitions (where this release calls AWS Organizations, account:ListRegions and the public Systems Manager parameters); the caller is in ${partition}${caller?.from ? `, from ${caller.from}` : ''}. Name the regions instead.`,
    );
  return partition;
}

function callerPartition(r: OptionReader, roles: string[]): { partition: string; from?: string } {
  const role = roles.find((arn) => ROLE_ARN.test(arn));
  if (role) return { partition: role.split(':')[1]!, from: role };
  for (const other of r.sources('regions').slice(1))
    for (const region of listItems(other.value)) {
      const found = partitionOf(region);
      if (found) return { partition: found, from: `${other.label} (${region})` };
    }
  return { partition: 'aws' };
}

/** `US-EAST-1` is us-east-1 and `ALL` is all; anything else is kept as typed, for messages. */
function foldRegionCase(text: string): string {
  return text
    .split(/([\s,]+)/)
    .map((item) => {
      const folded = item.toLowerCase();
      return REGION_SHAPE.test(folded) || folded === 'all' ? folded : item;
    })
    .join('');
}

/** Where regions come from, in order, for messages (the same order as the options table says). */
function regionPrecedence(platform: Platform): string {
  return platform === 'action'
    ? "input 'aws-region', then AWS_REGION, then AWS_DEFAULT_REGION"
    : 'AWS_REGION, then AWS_DEFAULT_REGION (a list form X_0.. before the plain X)';
}
