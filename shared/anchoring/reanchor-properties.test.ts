/**
 * Re-anchoring as properties over random text (at scale, on the benchmark's
 * synthetic document: scripts/bench/synthetic-document.test.ts).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CodePointIndex } from './code-points'
import { describeRange } from './describe-range'
import { reanchor } from './reanchor'

/** Random text of words, spaces, non-ASCII and astral characters. */
const text = fc
  .array(fc.constantFrom('the ', 'right ', 'to ', 'freedom', 'of ', 'a', 'b', ' ', '\n', 'é', 'Ж', 'ع', '中', '😀', '𝒳', '.'), { minLength: 1, maxLength: 80 })
  .map((parts) => parts.join(''))

/** A random non-empty code-point range of a text. */
function range(length: number, a: number, b: number): [number, number] {
  const start = a % length
  return [start, start + 1 + (b % (length - start))]
}

describe('re-anchoring properties', () => {
  it('finds a freshly described range exactly where it was in the unchanged text', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (value, a, b) => {
        const [start, end] = range(Array.from(value).length, a, b)
        const [quote, position] = describeRange(value, start, end)
        expect(reanchor(value, { quote, position })).toEqual({ status: 'exact', start, end, score: 1, currentText: quote.exact })
      }),
      { numRuns: 300 },
    )
  })

  it('finds the same words after text is inserted anywhere before the quote', () => {
    fc.assert(
      fc.property(text, text, fc.nat(), fc.nat(), fc.nat(), (value, insertion, a, b, c) => {
        const points = Array.from(value)
        const [start, end] = range(points.length, a, b)
        const [quote, position] = describeRange(value, start, end)
        const at = c % (start + 1)
        const edited = [...points.slice(0, at), insertion, ...points.slice(at)].join('')
        const result = reanchor(edited, { quote, position })
        expect(['exact', 'moved']).toContain(result.status)
        expect(result.currentText).toBe(quote.exact)
        expect(new CodePointIndex(edited).slice(result.start ?? 0, result.end)).toBe(quote.exact)
        // Where the quote is unambiguous, it is found where it went.
        if (edited.indexOf(quote.exact) === edited.lastIndexOf(quote.exact)) {
          expect(result.start).toBe(start + Array.from(insertion).length)
        }
      }),
      { numRuns: 300 },
    )
  })

  it('finds the same place after text is appended after the quote', () => {
    fc.assert(
      fc.property(text, text, fc.nat(), fc.nat(), (value, appended, a, b) => {
        const [start, end] = range(Array.from(value).length, a, b)
        const [quote, position] = describeRange(value, start, end)
        expect(reanchor(value + appended, { quote, position })).toMatchObject({ status: 'exact', start, end })
      }),
      { numRuns: 200 },
    )
  })

  it('never throws and returns offsets inside the text', () => {
    fc.assert(
      fc.property(text, text, text, text, fc.option(fc.tuple(fc.integer({ min: -5, max: 100 }), fc.integer({ min: -5, max: 100 }))), (value, exact, prefix, suffix, position) => {
        const target = { quote: { exact, prefix, suffix }, ...(position ? { position: { start: position[0], end: position[1] } } : {}) }
        const result = reanchor(value, target)
        if (result.status === 'orphaned') {
          expect(result.start).toBeUndefined()
        } else {
          expect(result.start).toBeGreaterThanOrEqual(0)
          expect(result.end).toBeGreaterThan(result.start ?? 0)
          expect(result.end).toBeLessThanOrEqual(Array.from(value).length)
          expect(new CodePointIndex(value).slice(result.start ?? 0, result.end)).toBe(result.currentText)
        }
        expect(result.score).toBeGreaterThanOrEqual(0)
        expect(result.score).toBeLessThanOrEqual(1)
      }),
      { numRuns: 300 },
    )
  })
})
