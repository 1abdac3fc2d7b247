/** Binary-search helpers for arrays kept sorted in place, so one change costs a search and a splice. */

export type Compare<T> = (a: T, b: T) => number;

/** Where `item` is, or would go, in `sorted`: the first index whose element is not below it. */
export function lowerBound<T>(sorted: readonly T[], item: T, compare: Compare<T>): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compare(sorted[middle]!, item) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Inserts `item` at its place (after any equal elements' first position). */
export function insertSorted<T>(sorted: T[], item: T, compare: Compare<T>): void {
  sorted.splice(lowerBound(sorted, item, compare), 0, item);
}

/** Removes the element equal to `item` (by `compare`); returns whether there was one. */
export function removeSorted<T>(sorted: T[], item: T, compare: Compare<T>): boolean {
  const index = lowerBound(sorted, item, compare);
  if (index >= sorted.length || compare(sorted[index]!, item) !== 0) return false;
  sorted.splice(index, 1);
  return true;
}

/** Strings in the order `<` gives (UTF-16 code units), the order of every path sort in the tree. */
export const byString: Compare<string> = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A copy of `sorted` with `item` at its place: for the many small lists (the files of one route,
 * of one slot folder), whose exact-size copies take less memory than arrays grown by splice.
 */
export function withInserted<T>(sorted: readonly T[], item: T, compare: Compare<T>): T[] {
  const index = lowerBound(sorted, item, compare);
  const copy = new Array<T>(sorted.length + 1);
  for (let i = 0; i < index; i++) copy[i] = sorted[i]!;
  copy[index] = item;
  for (let i = index; i < sorted.length; i++) copy[i + 1] = sorted[i]!;
  return copy;
}

/** A copy of `sorted` without the element equal to `item`, or undefined when it holds none. */
export function withRemoved<T>(sorted: readonly T[], item: T, compare: Compare<T>): T[] | undefined {
  const index = lowerBound(sorted, item, compare);
  if (index >= sorted.length || compare(sorted[index]!, item) !== 0) return undefined;
  const copy = new Array<T>(sorted.length - 1);
  for (let i = 0; i < index; i++) copy[i] = sorted[i]!;
  for (let i = index + 1; i < sorted.length; i++) copy[i - 1] = sorted[i]!;
  return copy;
}

/**
 * Below this length a list is copied to its exact size on change; from it on it is changed in
 * place, so a long list grows amortized (a reset that appends thousands of paths to one list stays
 * linear, not quadratic).
 */
const COPY_BELOW = 8;

/** `sorted` with `item` at its place: a new exact-size array while short, the same array once long. */
export function sortedWith<T>(sorted: readonly T[], item: T, compare: Compare<T>): readonly T[] {
  if (sorted.length < COPY_BELOW) return withInserted(sorted, item, compare);
  insertSorted(sorted as T[], item, compare);
  return sorted;
}

/** `sorted` without the element equal to `item` (see `sortedWith`), or undefined when it holds none. */
export function sortedWithout<T>(sorted: readonly T[], item: T, compare: Compare<T>): readonly T[] | undefined {
  if (sorted.length <= COPY_BELOW) return withRemoved(sorted, item, compare);
  return removeSorted(sorted as T[], item, compare) ? sorted : undefined;
}
