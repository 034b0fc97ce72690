import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { boundedEditDistance, contextSimilarity } from './text-similarity'

/** Plain O(m·n) Levenshtein distance, as the reference. */
function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
      )
    }
    previous = current
  }
  return previous[b.length] ?? 0
}

const smallText = fc.array(fc.constantFrom('a', 'b', 'c', ' ', 'é', '😀'), { maxLength: 24 }).map((parts) => parts.join(''))

describe('contextSimilarity', () => {
  it('is 1 for matching context and for no expected context', () => {
    expect(contextSimilarity('the right to ', 'Everyone has the right to ', 'prefix')).toBe(1)
    expect(contextSimilarity(' of expression.', ' of expression. This', 'suffix')).toBe(1)
    expect(contextSimilarity('', 'anything', 'prefix')).toBe(1)
    expect(contextSimilarity('', '', 'suffix')).toBe(1)
  })

  it('is 0 when nothing is there', () => {
    expect(contextSimilarity('abc', '', 'prefix')).toBe(0)
    expect(contextSimilarity('abc', 'xyz', 'suffix')).toBe(0)
  })

  it('charges one edit per changed character next to the passage', () => {
    // One letter changed in a 10-character prefix.
    expect(contextSimilarity('0123456789', 'xx0123456X89', 'prefix')).toBeCloseTo(0.9)
    // One character inserted into a suffix: the extra text read beyond absorbs the shift.
    expect(contextSimilarity('0123456789', '01234X56789yy', 'suffix')).toBeCloseTo(0.9)
    // One character deleted.
    expect(contextSimilarity('0123456789', '012346789', 'suffix')).toBeCloseTo(0.9)
  })

  it('rewards text touching the passage over the same text further away', () => {
    const adjacent = contextSimilarity('human rights ', 'xx human rights ', 'prefix')
    const displaced = contextSimilarity('human rights ', 'human rights xxx', 'prefix')
    expect(adjacent).toBe(1)
    expect(displaced).toBeLessThan(0.8)
  })

  it('reads a prefix backwards from the passage and a suffix forwards from it', () => {
    expect(contextSimilarity('abc', 'zzabc', 'prefix')).toBe(1)
    expect(contextSimilarity('abc', 'abczz', 'prefix')).toBeLessThan(1)
    expect(contextSimilarity('abc', 'abczz', 'suffix')).toBe(1)
    expect(contextSimilarity('abc', 'zzabc', 'suffix')).toBeLessThan(1)
  })

  it('stays within [0, 1] and is 1 exactly when the text touching the passage is the expectation', () => {
    fc.assert(
      fc.property(smallText, smallText, fc.constantFrom('prefix' as const, 'suffix' as const), (expected, actual, side) => {
        const score = contextSimilarity(expected, actual, side)
        expect(score).toBeGreaterThanOrEqual(0)
        expect(score).toBeLessThanOrEqual(1)
        const touches = side === 'prefix' ? actual.endsWith(expected) : actual.startsWith(expected)
        expect(score === 1).toBe(touches)
      }),
    )
  })
})

describe('boundedEditDistance', () => {
  it('computes Levenshtein distance within the bound', () => {
    expect(boundedEditDistance('kitten', 'sitting', 5)).toBe(3)
    expect(boundedEditDistance('same', 'same', 0)).toBe(0)
    expect(boundedEditDistance('', 'abc', 3)).toBe(3)
    expect(boundedEditDistance('abc', '', 3)).toBe(3)
    expect(boundedEditDistance('the right to freedom of expression', 'the right to freedom of opinion and expression', 17)).toBe(12)
  })

  it('returns null past the bound', () => {
    expect(boundedEditDistance('kitten', 'sitting', 2)).toBeNull()
    expect(boundedEditDistance('abc', 'abcdefgh', 4)).toBeNull()
    expect(boundedEditDistance('', 'abc', 2)).toBeNull()
  })

  it('handles long strings with a small bound quickly', () => {
    const long = 'lorem ipsum dolor sit amet '.repeat(800)
    const edited = `${long.slice(0, 9000)}XYZ${long.slice(9003)}`
    expect(boundedEditDistance(long, edited, 256)).toBe(3)
  })

  it('agrees with the reference', () => {
    fc.assert(
      fc.property(smallText, smallText, fc.nat(30), (a, b, max) => {
        const distance = levenshtein(a, b)
        expect(boundedEditDistance(a, b, max)).toBe(distance <= max ? distance : null)
      }),
      { numRuns: 500 },
    )
  })
})
