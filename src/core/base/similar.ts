// "Did you mean": the candidates a misspelt name or value is close to. One rule for
// option names and enumerated values alike, so that suggestions read the same everywhere.

const squashed = new Map<string, string>();

/** Upper case, without `_`, `-`, spaces or dots: DRY-RUN, dry_run and DryRun are one word. */
export function squash(text: string): string {
  // Every variable's name is compared with every option's spellings: remember each.
  let word = squashed.get(text);
  if (word === undefined) {
    word = text.toUpperCase().replace(/[\s_.-]+/g, '');
    if (squashed.size < 4096) squashed.set(text, word);
  }
  return word;
}

/**
 * Edits allowed for a word of this length: none below 4 letters (every 3-letter word is
 * one edit from dozens of others), one up to 7, two beyond.
 */
function allowedEdits(length: number): number {
  return length < 4 ? 0 : length < 8 ? 1 : 2;
}

/**
 * Whether `typed` reads as a misspelling of `target`: the same letters once `_`, `-` and
 * case are ignored, or within a few edits (a swap of two letters counting as one). A short
 * word must also start with the same letter, so that NODE is not taken for MODE.
 */
export function isCloseTo(typed: string, target: string): boolean {
  const a = squash(typed);
  const b = squash(target);
  if (!a || !b) return false;
  if (a === b) return true;
  const edits = allowedEdits(Math.min(a.length, b.length));
  if (edits === 0 || Math.abs(a.length - b.length) > edits) return false;
  if (b.length < 8 && a[0] !== b[0]) return false;
  // Every name in the environment meets every spelling of every option at start: most
  // pairs are far apart, and the table stops as soon as a row shows it.
  return distanceWithin(a, b, edits) <= edits;
}

/** The candidates `typed` is closest to (the nearest first; an exact squashed match alone). */
export function closest(typed: string, candidates: readonly string[]): string[] {
  const close = candidates.filter((c) => isCloseTo(typed, c));
  const exact = close.filter((c) => squash(c) === squash(typed));
  if (exact.length) return [...new Set(exact)];
  const distance = (c: string) => editDistance(squash(typed), squash(c));
  const best = Math.min(...close.map(distance));
  return [...new Set(close.filter((c) => distance(c) === best))];
}

/** " Did you mean check?" / " Did you mean X or Y?", or "" when nothing is close. */
export function didYouMeanOneOf(typed: string, candidates: readonly string[]): string {
  const names = closest(typed, candidates);
  return names.length ? ` Did you mean ${orList(names)}?` : '';
}

// "a, b or c": no comma before the last item, the wording of every message. Written out, not
// Intl.ListFormat: its first use loads ICU's locale data, about 18 ms, which every
// configuration mistake would pay (a list of valid values): 15 % of that exit
// (docs/performance.md). The wording is pinned by a unit test.
function joined(items: readonly string[], last: 'or' | 'and'): string {
  if (items.length < 2) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${last} ${items.at(-1)!}`;
}

/** "a", "a or b", "a, b or c". */
export function orList(items: readonly string[]): string {
  return joined(items, 'or');
}

/** "a", "a and b", "a, b and c". */
export function andList(items: readonly string[]): string {
  return joined(items, 'and');
}

/** Levenshtein distance where swapping two neighbouring letters is one edit (MDOE, MODE). */
export function editDistance(a: string, b: string): number {
  return distanceWithin(a, b, Infinity);
}

/** The table's three rows, kept between calls (grown when a word is longer). */
let rows = new Uint16Array(3 * 64);

/**
 * editDistance, or any number above `limit` as soon as every cell of a row is above it
 * (the distance can only grow from there).
 */
function distanceWithin(a: string, b: string, limit: number): number {
  // Three rows of the table are all it needs: the one before the last, the last, this one.
  const width = b.length + 1;
  if (rows.length < 3 * width) rows = new Uint16Array(3 * width);
  let before = 0;
  let last = width;
  let row = 2 * width;
  for (let j = 0; j < width; j++) rows[last + j] = j;
  for (let i = 1; i <= a.length; i++) {
    const ai = a.charCodeAt(i - 1);
    rows[row] = i;
    let least = i;
    for (let j = 1; j < width; j++) {
      const bj = b.charCodeAt(j - 1);
      const cost = ai === bj ? 0 : 1;
      let d = Math.min(rows[last + j]! + 1, rows[row + j - 1]! + 1, rows[last + j - 1]! + cost);
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj)
        d = Math.min(d, rows[before + j - 2]! + 1);
      rows[row + j] = d;
      if (d < least) least = d;
    }
    if (least > limit) return least;
    [before, last, row] = [last, row, before];
  }
  return rows[last + b.length]!;
}
