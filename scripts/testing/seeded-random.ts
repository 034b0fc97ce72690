/**
 * A small seeded generator (mulberry32) for tests and benchmarks: the same
 * seed gives the same numbers on every run and machine, so a failing round
 * or a benchmark corpus can be reproduced exactly. Not for anything secret.
 */

/** Floats in [0, 1) from `seed`, the same sequence every time. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
