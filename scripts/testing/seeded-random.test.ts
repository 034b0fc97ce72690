import { describe, expect, it } from 'vitest'
import { seededRandom } from './seeded-random'

describe('seededRandom', () => {
  it('gives the same sequence for the same seed, and another for another seed', () => {
    const take = (seed: number) => Array.from({ length: 5 }, seededRandom(seed))
    expect(take(42)).toEqual(take(42))
    expect(take(42)).not.toEqual(take(43))
  })

  it('stays in [0, 1) and spreads over it', () => {
    const next = seededRandom(7)
    const values = Array.from({ length: 10_000 }, () => next())
    expect(values.every((value) => value >= 0 && value < 1)).toBe(true)
    const low = values.filter((value) => value < 0.5).length
    expect(low).toBeGreaterThan(4_700)
    expect(low).toBeLessThan(5_300)
  })
})
