import { describe, expect, it } from 'vitest'
import type { NoteView } from '../../shared/api-contract'
import type { NoteCategory } from '../../shared/notes/categories'
import { noteBodies } from '../../shared/notes/note-model'
import { allTags, filterNotes, groupNotes, NO_FILTER } from './note-filters'

let counter = 0
function view(text: string, tags: string[], category: NoteCategory | null, status: NoteView['anchor']['status'] = 'exact', quote = 'a quoted passage'): NoteView {
  counter += 1
  return {
    note: {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: `urn:uuid:00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
      type: 'Annotation',
      motivation: 'commenting',
      created: '2026-11-28T10:00:00.000Z',
      modified: '2026-11-28T10:00:00.000Z',
      body: noteBodies({ text, tags, category }),
      target: {
        source: 'urn:foc-reader:document:doc',
        selector: [
          { type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' },
          { type: 'TextPositionSelector', start: 0, end: quote.length },
        ],
      },
    },
    anchor: { status },
  }
}

describe('filterNotes', () => {
  const notes = [
    view('Raise with the Estonian delegation', ['Tallinn', 'bilateral'], 'follow-up'),
    view('Is this binding?', ['legal'], 'question'),
    view('', [], 'key-point', 'exact', 'multistakeholder engagement'),
  ]

  it('shows everything without a filter', () => {
    expect(filterNotes(notes, NO_FILTER)).toHaveLength(3)
  })

  it('filters by category', () => {
    expect(filterNotes(notes, { ...NO_FILTER, category: 'question' }).map((v) => v.note.id)).toEqual([notes[1]?.note.id])
  })

  it('filters by tag, ignoring case', () => {
    expect(filterNotes(notes, { ...NO_FILTER, tag: 'tallinn' })).toEqual([notes[0]])
  })

  it('matches text in the note, its tags and its quote, ignoring case and accents', () => {
    expect(filterNotes(notes, { ...NO_FILTER, text: 'ESTONIAN' })).toEqual([notes[0]])
    expect(filterNotes(notes, { ...NO_FILTER, text: 'legal' })).toEqual([notes[1]])
    expect(filterNotes(notes, { ...NO_FILTER, text: 'stakeholder' })).toEqual([notes[2]])
    expect(filterNotes([view('San José', [], null)], { ...NO_FILTER, text: 'jose' })).toHaveLength(1)
  })

  it('combines filters', () => {
    expect(filterNotes(notes, { category: 'follow-up', tag: 'legal', text: '' })).toEqual([])
  })
})

describe('allTags and groupNotes', () => {
  it('lists tags once, sorted', () => {
    expect(allTags([view('', ['b', 'A'], null), view('', ['a', 'c'], null)])).toEqual(['A', 'b', 'c'])
  })

  it('puts notes to review and orphans in their own sections, keeping order', () => {
    const a = view('a', [], null, 'exact')
    const b = view('b', [], null, 'needs-review')
    const c = view('c', [], null, 'orphaned')
    const d = view('d', [], null, 'moved')
    expect(groupNotes([a, b, c, d])).toEqual({ review: [b], anchored: [a, d], orphaned: [c] })
  })
})
