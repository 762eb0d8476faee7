// `shard`: one of n parts of the accounts, for runs split over the CI platform's own parallel
// jobs (a GitHub Actions matrix, a Bitbucket parallel group). An account's part depends on its
// ID alone, so the parts never overlap, together cover every account, and an account keeps its
// part as others come and go.
import { createHash } from 'node:crypto';

/** GitHub Actions runs at most 256 jobs of a matrix; Bitbucket, 100 steps of a parallel group. */
export const MAX_SHARDS = 256;

/** Part `index` of `count`, counted from 1. */
export interface Shard {
  index: number;
  count: number;
}

export const SHARD_FORM = `i/n counted from 1, such as 1/8 to 8/8 (n from 1 to ${MAX_SHARDS})`;

/** `3/8` as a shard, else why not (without the option's name, which the caller adds). */
export function parseShard(text: string): Shard | string {
  const match = /^\s*(\d{1,3})\s*\/\s*(\d{1,3})\s*$/.exec(text);
  if (!match) return `is "${text}": write ${SHARD_FORM}.`;
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (count < 1 || count > MAX_SHARDS)
    return `is "${text}": n is from 1 to ${MAX_SHARDS}; write ${SHARD_FORM}.`;
  if (index < 1 || index > count)
    return `is "${text}": i is from 1 to n (${count}); write ${SHARD_FORM}.`;
  return { index, count };
}

/** Bitbucket's parallel step (zero-based index, count) as a shard, when both are set and sound. */
export function shardOfParallelStep(
  step: string | undefined,
  count: string | undefined,
): Shard | undefined {
  if (!step?.trim() || !count?.trim()) return undefined;
  const parsed = parseShard(`${Number(step) + 1}/${count}`);
  return typeof parsed === 'string' ? undefined : parsed;
}

/** The shard (1 to count) a 12-digit account ID belongs to: its SHA-256, modulo count. */
export function shardOf(accountId: string, count: number): number {
  const digest = createHash('sha256').update(accountId).digest();
  // 48 bits: far more than any count, so the parts are even to within chance.
  return (digest.readUIntBE(0, 6) % count) + 1;
}

export function inShard(accountId: string, shard: Shard | undefined): boolean {
  return !shard || shardOf(accountId, shard.count) === shard.index;
}

export function shardText(shard: Shard): string {
  return `${shard.index}/${shard.count}`;
}
