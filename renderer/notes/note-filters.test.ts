import { describe, expect, it } from 'vitest'
import type { NoteView } from '../../shared/api-contract'
import type { NoteCategory } from '../../shared/notes/categories'
import { noteBodies } from '../../shared/notes/note-model'
import { MAX_SEARCH_LIMIT } from '../../shared/api-contract'
import { exportSelectionSchema, MAX_EXPORT_NOTE_IDS } from '../../shared/export-model'
import { allTags, filterFoundNotes, filterSelection, groupNotes, NO_FILTER, notesRevision, noteSearchStatus, type NoteSearchAnswer } from './note-filters'

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

function answer(query: string, views: readonly NoteView[], total = views.length, match: 'all' | 'any' = 'all'): NoteSearchAnswer {
  return { query, noteIds: new Set(views.map((each) => each.note.id)), total, match }
}

describe('filterFoundNotes', () => {
  const budget = view('Monitoring of the ITU budget', ['itu'], 'concern')
  const funding = view('Ask about funding', ['itu'], 'follow-up')
  const vote = view('Monitor the vote', [], 'concern')
  const notes = [budget, funding, vote]

  it('shows the notes the search found, in the order given, not the search order', () => {
    expect(filterFoundNotes(notes, { ...NO_FILTER, text: 'monitor' }, answer('monitor', [vote, budget]))).toEqual([budget, vote])
  })

  it('still applies category and tag to the answer, so a changed filter shows at once', () => {
    const found = answer('monitor', [budget, vote])
    expect(filterFoundNotes(notes, { category: 'concern', tag: 'itu', text: 'monitor' }, found)).toEqual([budget])
  })

  it('narrows nothing by text before the first answer, and ignores an answer once the text is cleared', () => {
    expect(filterFoundNotes(notes, { ...NO_FILTER, text: 'monitor' }, null)).toEqual(notes)
    expect(filterFoundNotes(notes, { ...NO_FILTER, category: 'follow-up', text: 'monitor' }, null)).toEqual([funding])
    expect(filterFoundNotes(notes, NO_FILTER, answer('monitor', []))).toEqual(notes)
  })

  it('shows nothing when the search found nothing', () => {
    expect(filterFoundNotes(notes, { ...NO_FILTER, text: 'zzz' }, answer('zzz', []))).toEqual([])
  })
})

describe('noteSearchStatus', () => {
  const notes = [view('a', [], null), view('b', [], null)]

  it('says nothing without text or before the first answer', () => {
    expect(noteSearchStatus('  ', answer('x', notes), null, 2)).toBeNull()
    expect(noteSearchStatus('monitor', null, null, 2)).toBeNull()
  })

  it('counts the notes shown', () => {
    expect(noteSearchStatus('monitor', answer('monitor', notes), null, 2)).toEqual({ tone: 'info', message: '2 notes match.' })
    expect(noteSearchStatus('monitor', answer('monitor', notes.slice(0, 1)), null, 1)?.message).toBe('1 note matches.')
    expect(noteSearchStatus('monitor', answer('monitor', []), null, 0)?.message).toBe('0 notes match.')
  })

  it('says when only the best notes are listed, and when they have only some of the words', () => {
    expect(noteSearchStatus('itu', answer('itu', notes, 340), null, 2)?.message).toBe(
      'Showing the best 2 of 340 matching notes, in reading order; add words to narrow the search.',
    )
    expect(noteSearchStatus('itu budget', answer('itu budget', notes, 2, 'any'), null, 2)?.message).toBe('2 notes match. No note has all the words; these have some of them.')
  })

  it('gives the engine’s message for a query it cannot read, and says the list stayed', () => {
    const status = noteSearchStatus('title:(', answer('monitor', notes), 'The search “title:(” could not be read. Why.', 2)
    expect(status).toEqual({ tone: 'error', message: 'The search “title:(” could not be read. Why. The list is unchanged.' })
  })
})

describe('filterSelection', () => {
  const monitoring = view('Monitoring', ['itu'], 'concern')
  const notes = [monitoring, view('Monitor the vote', [], 'concern')]

  it('keeps category and tag, and the document when the list has one', () => {
    expect(filterSelection({ category: 'concern', tag: 'itu', text: '' }, null, { found: null, shown: notes })).toEqual({ scope: 'filter', category: 'concern', tag: 'itu' })
    expect(filterSelection(NO_FILTER, 'doc', { found: null, shown: notes })).toEqual({ scope: 'filter', documentId: 'doc' })
  })

  it('names the notes All notes shows across documents, without a document', () => {
    const selection = filterSelection({ ...NO_FILTER, text: 'monitored' }, null, { found: answer('monitored', [monitoring]), shown: [monitoring] })
    expect(selection).toEqual({ scope: 'filter', text: 'monitored', noteIds: [monitoring.note.id] })
    expect(exportSelectionSchema.safeParse(selection).success).toBe(true)
  })

  it('names the notes the panel shows, with the query they answer', () => {
    const selection = filterSelection({ category: 'concern', tag: '', text: 'monitor x' }, 'doc', { found: answer('monitor', notes), shown: [monitoring] })
    expect(selection).toEqual({ scope: 'filter', documentId: 'doc', category: 'concern', text: 'monitor', noteIds: [monitoring.note.id] })
    expect(exportSelectionSchema.safeParse(selection).success).toBe(true)
  })

  it('says how many matched when only the best are shown', () => {
    expect(filterSelection({ ...NO_FILTER, text: 'itu' }, 'doc', { found: answer('itu', notes, 340), shown: notes })).toMatchObject({ noteIds: notes.map((each) => each.note.id), matchTotal: 340 })
  })

  it('leaves the text out while the list, waiting for its first answer, shows every note', () => {
    expect(filterSelection({ ...NO_FILTER, text: 'monitor' }, 'doc', { found: null, shown: notes })).toEqual({ scope: 'filter', documentId: 'doc' })
  })

  it('can always name every note the panel shows', () => {
    expect(MAX_EXPORT_NOTE_IDS).toBeGreaterThanOrEqual(MAX_SEARCH_LIMIT)
  })
})

describe('notesRevision', () => {
  it('changes when a note is added, edited or deleted, not when nothing changed', () => {
    const a = view('a', [], null)
    const b = view('b', [], null)
    const edited: NoteView = { ...a, note: { ...a.note, modified: '2026-11-29T10:00:00.000Z' } }
    expect(notesRevision([a, b])).toBe(notesRevision([a, b]))
    expect(new Set([notesRevision([a, b]), notesRevision([a]), notesRevision([edited, b]), notesRevision([])]).size).toBe(4)
  })
})
