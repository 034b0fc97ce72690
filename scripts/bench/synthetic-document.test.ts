/**
 * Re-anchoring at scale: 1,000 notes on the anchoring benchmark's edited
 * ~300-paragraph synthetic document, each checked against what the edit did
 * to its passage.
 */
import { describe, expect, it } from 'vitest'
import { CodePointIndex } from '../../shared/anchoring/code-points'
import { reanchorMany } from '../../shared/anchoring/reanchor'
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
