// AWS region names, checked against the partition metadata of the bundled AWS SDK
// (regions.generated.ts, from @aws-sdk/core): a misspelt region is caught before
// any call, with the closest real names suggested.
import { PARTITIONS } from './regions.generated.js';
import { editDistance, orList } from '../base/index.js';

/** What every AWS region name looks like: one pattern for configured and found names (found.ts). */
import { REGION_SHAPE } from '../aws/index.js';

export { REGION_SHAPE };

/** Every region the bundled SDK knows, in every partition. */
export const KNOWN_REGIONS: readonly string[] = PARTITIONS.flatMap((p) => p.regions);

export function isKnownRegion(region: string): boolean {
  return KNOWN_REGIONS.includes(region);
}

/** The partition whose naming pattern the region fits (`aws`, `aws-cn`, ...), if any. */
export function partitionOf(region: string): string | undefined {
  return (
    PARTITIONS.find((p) => p.regions.includes(region)) ??
    PARTITIONS.find((p) => new RegExp(p.regionRegex).test(region))
  )?.id;
}

/**
 * Where `aws-region: all` calls a partition's global services (Organizations, Account, the
 * public Systems Manager parameters): the partitions it works in, each with its home region.
 */
export const FLEET_HOME_REGION: Readonly<Record<string, string>> = {
  aws: 'us-east-1',
  'aws-cn': 'cn-northwest-1',
  'aws-us-gov': 'us-gov-west-1',
};

/** The known regions closest to a misspelt one (at most three, equally close, within 3 edits). */
export function suggestRegions(region: string): string[] {
  const scored = KNOWN_REGIONS.map((name) => ({ name, distance: editDistance(region, name) }));
  const best = Math.min(...scored.map((s) => s.distance));
  if (best > 3) return [];
  return scored
    .filter((s) => s.distance === best)
    .map((s) => s.name)
    .slice(0, 3);
}

/** "did you mean eu-west-1?" / "did you mean us-east-1 or us-east-2?" or "" when nothing is close. */
export function didYouMean(region: string): string {
  const names = suggestRegions(region);
  if (names.length === 0) return '';
  return ` Did you mean ${orList(names)}?`;
}

const letters = (text: string) => text.toLowerCase().replace(/[^a-z]/g, '');

/**
 * The regions a place name stands for, from the bundled SDK's descriptions ("Europe
 * (Frankfurt)"): `Frankfurt`, `frankfurt`, `N. Virginia`, `Virginia`, `Europe (Ireland)`.
 * Only words (no dash, no digit): `us-west` is a misspelt code, and gets the codes near it.
 */
export function regionsForPlace(text: string): string[] {
  if (!/^[a-z][a-z .()]*$/i.test(text.trim())) return [];
  const wanted = letters(text);
  if (wanted.length < 4) return [];
  return PARTITIONS.flatMap((p) =>
    Object.entries(p.descriptions)
      .filter(([, description]) => {
        const place = /\(([^)]*)\)/.exec(description)?.[1] ?? '';
        return (
          letters(description) === wanted ||
          letters(place) === wanted ||
          place.split(/[^A-Za-z]+/).some((word) => letters(word) === wanted)
        );
      })
      .map(([region, description]) => `${region} for ${description}`),
  ).slice(0, 4);
}

/** The suggestion for a region name that is not one: by place first, else by spelling. */
export function suggestFor(text: string): string {
  const places = regionsForPlace(text);
  if (places.length === 0) return didYouMean(text);
  return ` Region names are codes: did you mean ${orList(places)}?`;
}

/** `us-east-1;eu-west-1`: regions joined by a separator the list does not take, or undefined. */
export function wrongSeparator(text: string): { separator: string; parts: string[] } | undefined {
  const separator = /[;|/+&]/.exec(text)?.[0];
  if (!separator) return undefined;
  const parts = text.split(/[;|/+&]+/).filter(Boolean);
  return parts.length > 1 && parts.every((p) => REGION_SHAPE.test(p))
    ? { separator, parts }
    : undefined;
}
