/** Pieces the benchmarks share: a seeded random source and percentiles of measured times. */

/**
 * Small deterministic PRNG (mulberry32): the same seed gives the same sequence in [0, 1), so every
 * run measures the same synthetic corpus, memory and queries.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The p-th percentile (0–100) of values already sorted ascending: the value at floor(p% of the count). */
export function percentileOfSorted(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
