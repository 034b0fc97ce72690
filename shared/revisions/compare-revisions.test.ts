import { describe, expect, it } from 'vitest'
import { compareRevisions, type RevisionBlock } from './compare-revisions'
import { sideText } from './word-runs'

const blocks = (...texts: string[]): RevisionBlock[] => texts.map((text, index) => ({ id: `p${index + 1}`, text }))

const KEPT = 'Member States recall resolution 20/8 on the promotion and protection of human rights on the Internet.'
const REWORDED_BEFORE = 'The Conference urges the Union to respect human rights in all its work on the Internet.'
const REWORDED_AFTER = 'The Conference encourages the Union to consider human rights in all its work on the Internet.'
const DROPPED = 'Delegations request a report on cybersecurity standards by the next session of the Council.'
const ADDED = 'A new working group will study artificial intelligence and telecommunications policy in 2019.'
const MOVER = 'The secretariat shall publish every draft of this text online, in all six official languages.'

describe('compareRevisions', () => {
  it('finds one reworded, one inserted and one deleted paragraph, and nothing else', () => {
    const comparison = compareRevisions(blocks(KEPT, REWORDED_BEFORE, DROPPED), blocks(KEPT, REWORDED_AFTER, ADDED))
    expect(comparison.paragraphs.map((paragraph) => paragraph.kind)).toEqual(['same', 'changed', 'deleted', 'inserted'])
    const changed = comparison.paragraphs[1]
    if (changed?.kind !== 'changed') throw new Error('expected a changed paragraph')
    expect(changed.runs.filter((run) => run.kind === 'deleted').map((run) => run.text)).toEqual(['urges', 'respect'])
    expect(changed.runs.filter((run) => run.kind === 'inserted').map((run) => run.text)).toEqual(['encourages', 'consider'])
    expect(sideText(changed.runs, 'before')).toBe(REWORDED_BEFORE)
    expect(sideText(changed.runs, 'after')).toBe(REWORDED_AFTER)
    expect(comparison.counts).toEqual({ insertions: 3, deletions: 3, changedParagraphs: 1, movedParagraphs: 0 })
  })

  it('shows a moved paragraph as moved, at both places, not as a deletion and an insertion', () => {
    const comparison = compareRevisions(blocks(MOVER, KEPT, DROPPED), blocks(KEPT, DROPPED, MOVER))
    expect(comparison.paragraphs).toEqual([
      { kind: 'moved-away', before: 0, after: 2 },
      { kind: 'same', before: 1, after: 0 },
      { kind: 'same', before: 2, after: 1 },
      { kind: 'moved', before: 0, after: 2, runs: null },
    ])
    expect(comparison.counts).toEqual({ insertions: 0, deletions: 0, changedParagraphs: 0, movedParagraphs: 1 })
  })

  it('keeps the redline of a paragraph that was moved and reworded', () => {
    const reworded = MOVER.replace('every draft', 'each draft')
    const comparison = compareRevisions(blocks(MOVER, KEPT, DROPPED), blocks(KEPT, DROPPED, reworded))
    const moved = comparison.paragraphs.find((paragraph) => paragraph.kind === 'moved')
    if (moved?.kind !== 'moved' || !moved.runs) throw new Error('expected a moved paragraph with a redline')
    expect(sideText(moved.runs, 'after')).toBe(reworded)
    expect(moved.runs.filter((run) => run.kind !== 'same').map((run) => run.text)).toEqual(['every', 'each'])
  })

  it('treats identical revisions as the same, paragraph by paragraph', () => {
    const comparison = compareRevisions(blocks(KEPT, DROPPED), blocks(KEPT, DROPPED))
    expect(comparison.paragraphs.every((paragraph) => paragraph.kind === 'same')).toBe(true)
    expect(comparison.counts).toEqual({ insertions: 0, deletions: 0, changedParagraphs: 0, movedParagraphs: 0 })
  })

  it('marks changes of spacing or punctuation alone as minor, and can hide them', () => {
    const spaced = KEPT.replace('resolution 20/8', 'resolution  20/8').replace('Internet.', 'Internet;')
    const shown = compareRevisions(blocks(KEPT), blocks(spaced))
    const changed = shown.paragraphs[0]
    if (changed?.kind !== 'changed') throw new Error('expected a changed paragraph')
    expect(changed.runs.filter((run) => run.kind !== 'same').every((run) => run.minor !== undefined)).toBe(true)
    expect(changed.runs.some((run) => run.minor === 'punctuation')).toBe(true)

    const hidden = compareRevisions(blocks(KEPT), blocks(spaced), { hideMinor: true })
    expect(hidden.paragraphs).toEqual([{ kind: 'same', before: 0, after: 0 }])
    expect(hidden.counts.changedParagraphs).toBe(0)
  })

  it('does not pair unrelated paragraphs as rewordings when a passage is replaced wholesale', () => {
    const comparison = compareRevisions(blocks(KEPT, DROPPED), blocks(KEPT, ADDED))
    expect(comparison.paragraphs.map((paragraph) => paragraph.kind)).toEqual(['same', 'deleted', 'inserted'])
  })

  it('handles an empty earlier or later revision', () => {
    expect(compareRevisions([], blocks(KEPT)).paragraphs).toEqual([{ kind: 'inserted', after: 0 }])
    expect(compareRevisions(blocks(KEPT), []).paragraphs).toEqual([{ kind: 'deleted', before: 0 }])
  })

  it('accounts for every paragraph of both revisions exactly once', () => {
    const before = blocks(MOVER, KEPT, REWORDED_BEFORE, DROPPED, 'A short closing line.')
    const after = blocks(KEPT, REWORDED_AFTER, ADDED, MOVER, 'A short closing line!')
    const { paragraphs } = compareRevisions(before, after)
    const seenBefore = paragraphs.flatMap((paragraph) => (paragraph.kind === 'inserted' || paragraph.kind === 'moved' ? [] : [paragraph.before]))
    const seenAfter = paragraphs.flatMap((paragraph) => (paragraph.kind === 'deleted' || paragraph.kind === 'moved-away' ? [] : [paragraph.after]))
    expect([...seenBefore].sort()).toEqual([0, 1, 2, 3, 4])
    expect([...seenAfter].sort()).toEqual([0, 1, 2, 3, 4])
    // In the later revision's reading order.
    expect(seenAfter).toEqual([0, 1, 2, 3, 4])
  })
})
