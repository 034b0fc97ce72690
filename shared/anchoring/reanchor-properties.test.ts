/**
 * Re-anchoring at scale (1,000 notes on an edited ~300-paragraph document)
 * and as properties over random text.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CodePointIndex } from './code-points'
import { describeRange } from './describe-range'
import { reanchor, reanchorMany } from './reanchor'
import { syntheticWorkload, type PassageFate } from './synthetic-document'

describe('re-anchoring 1,000 notes on an edited document', () => {
  const workload = syntheticWorkload()
  const results = reanchorMany(workload.edited, workload.notes.map((note) => note.target))
  const edited = new CodePointIndex(workload.edited)
  const byFate = (fate: PassageFate) => workload.notes.flatMap((note, i) => (note.fate === fate ? [{ note, result: results[i] }] : []))

  it('has a workload with every kind of fate', () => {
    expect(workload.notes).toHaveLength(1000)
    expect(workload.original.split('\n\n')).toHaveLength(300)
    for (const fate of ['survived', 'respaced', 'altered', 'deleted'] as const) expect(byFate(fate).length).toBeGreaterThan(0)
    // The edit moved most notes: position alone would not find them.
    expect(byFate('survived').filter(({ result }) => result?.status === 'moved').length).toBeGreaterThan(500)
  })

  it('anchors every surviving passage on the same words', () => {
    for (const { note, result } of byFate('survived')) {
      expect(result?.status === 'exact' || result?.status === 'moved').toBe(true)
      expect({ start: result?.start, end: result?.end }).toEqual(note.expected)
      expect(edited.slice(result?.start ?? 0, result?.end)).toBe(note.target.quote.exact)
    }
  })

  it('anchors passages whose white space changed on the same words, as moved', () => {
    for (const { note, result } of byFate('respaced')) {
      expect(result).toMatchObject({ status: 'moved', ...note.expected })
      expect(result?.currentText?.split(/\s+/)).toEqual(note.target.quote.exact.split(' '))
    }
  })

  it('orphans every note whose passage was deleted', () => {
    for (const { result } of byFate('deleted')) expect(result?.status).toBe('orphaned')
  })

  it('sends altered passages to review, mostly on exactly the edited words, or orphans them', () => {
    const altered = byFate('altered')
    let exactRange = 0
    for (const { note, result } of altered) {
      expect(['needs-review', 'orphaned']).toContain(result?.status)
      if (result?.status !== 'needs-review') continue
      const expected = note.expected ?? { start: -1, end: -1 }
      // Never somewhere else: the range found overlaps the edited passage.
      expect(result.start ?? 0).toBeLessThan(expected.end)
      expect(result.end ?? 0).toBeGreaterThan(expected.start)
      if (result.start === expected.start && result.end === expected.end) exactRange++
    }
    expect(exactRange / altered.length).toBeGreaterThan(0.75)
  })

  it('is deterministic', () => {
    const again = syntheticWorkload()
    expect(again.edited).toBe(workload.edited)
    expect(reanchorMany(again.edited, again.notes.map((note) => note.target))).toEqual(results)
  })
})

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
