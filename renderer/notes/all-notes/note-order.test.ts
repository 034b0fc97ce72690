import { describe, expect, it } from 'vitest'
import { sortNotes } from './note-order'
import { numbers, testView } from './testing/note-views'

const DOCUMENTS = ['doc-a', 'doc-b']
const views = [
  testView({ n: 1, document: 'doc-b', at: 5, created: '2026-01-05T00:00:00Z', modified: '2026-02-01T00:00:00Z', category: 'question' }),
  testView({ n: 2, document: 'doc-a', at: 50, created: '2026-01-01T00:00:00Z', modified: '2026-01-01T00:00:00Z', category: 'key-point' }),
  testView({ n: 3, document: 'doc-a', at: 'orphaned', created: '2026-01-03T00:00:00Z', modified: '2026-03-01T00:00:00Z' }),
  testView({ n: 4, document: 'gone', at: 1, created: '2026-01-02T00:00:00Z', modified: '2026-01-02T00:00:00Z', category: 'concern' }),
  testView({ n: 5, document: 'doc-a', at: 'document', created: '2026-01-04T00:00:00Z', modified: '2026-01-04T00:00:00Z', category: 'question' }),
]

describe('sortNotes', () => {
  it('by position: library order, whole-document notes first, then reading order, lost passages last, documents gone at the end', () => {
    expect(numbers(sortNotes(views, 'position', DOCUMENTS))).toEqual([5, 2, 3, 1, 4])
  })

  it('by date created or modified: newest first', () => {
    expect(numbers(sortNotes(views, 'created', DOCUMENTS))).toEqual([1, 5, 3, 4, 2])
    expect(numbers(sortNotes(views, 'modified', DOCUMENTS))).toEqual([3, 1, 5, 4, 2])
  })

  it('by category: in the menu’s order, notes without one last, each in reading order', () => {
    expect(numbers(sortNotes(views, 'category', DOCUMENTS))).toEqual([2, 4, 5, 1, 3])
  })

  it('does not depend on the order it is given', () => {
    for (const sort of ['position', 'created', 'modified', 'category'] as const) {
      expect(numbers(sortNotes([...views].reverse(), sort, DOCUMENTS))).toEqual(numbers(sortNotes(views, sort, DOCUMENTS)))
    }
  })
})
