/**
 * A seeded pseudo-random generator (mulberry32): the synthetic apps and corpora must be the same
 * on every machine and every run, so the numbers compare.
 */

/**
 * @typedef {object} Random
 * @property {() => number} next A float in [0, 1).
 * @property {(n: number) => number} int An integer in [0, n).
 * @property {(p: number) => boolean} chance True with probability p.
 * @property {<T>(items: readonly T[]) => T} pick One item, uniformly.
 * @property {<T>(entries: readonly (readonly [T, number])[]) => T} weighted One item by weight.
 */

/**
 * Creates a seeded generator.
 * @param {number} seed
 * @returns {Random}
 */
export function createRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)],
    weighted: (entries) => {
      const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
      let roll = next() * total;
      for (const [item, weight] of entries) {
        roll -= weight;
        if (roll < 0) return item;
      }
      return entries[entries.length - 1][0];
    },
  };
}
