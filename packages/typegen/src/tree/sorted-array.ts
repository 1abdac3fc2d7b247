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
