import { describe, expect, it } from 'vitest'
import type { NoteView } from '../../shared/api-contract'
import { noteBodies } from '../../shared/notes/note-model'
import {
  draftsByNoteId,
  draftNoteId,
  noteDraftsReducer,
  resolveDraftKey,
  unconfirmedDrafts,
  withNoteBeingWritten,
  type NoteDraft,
} from './note-drafts'

function draft(key: string, documentId = 'statement'): NoteDraft {
  return { key, input: { documentId, range: { start: 3, end: 9 }, motivation: 'commenting', category: 'concern' }, quote: 'passage', state: { phase: 'creating' } }
}

function view(n: number): NoteView {
  return {
    note: {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: noteId(n),
      type: 'Annotation',
      motivation: 'commenting',
      created: '2026-11-28T10:00:00.000Z',
      modified: '2026-11-28T10:00:00.000Z',
      body: noteBodies({ text: `note ${n}`, tags: [], category: null }),
      target: { source: 'urn:foc-reader:document:statement' },
    },
    anchor: { status: 'exact' },
  }
}

function noteId(n: number): string {
  return `urn:uuid:00000000-0000-4000-8000-${String(n).padStart(12, '0')}`
}

describe('noteDraftsReducer', () => {
  it('follows a draft from creating to created', () => {
    let drafts = noteDraftsReducer([], { type: 'start', draft: draft('draft-1') })
    expect(drafts.map((d) => d.state)).toEqual([{ phase: 'creating' }])
    drafts = noteDraftsReducer(drafts, { type: 'created', key: 'draft-1', noteId: noteId(1) })
    expect(drafts[0]?.state).toEqual({ phase: 'created', noteId: noteId(1) })
  })

  it('keeps a failed draft, with the reason, until it is retried or discarded', () => {
    let drafts = noteDraftsReducer([draft('draft-1')], { type: 'failed', key: 'draft-1', error: 'The disk is full.' })
    expect(drafts[0]?.state).toEqual({ phase: 'failed', error: 'The disk is full.' })
    drafts = noteDraftsReducer(drafts, { type: 'retry', key: 'draft-1' })
    expect(drafts[0]?.state).toEqual({ phase: 'creating' })
    drafts = noteDraftsReducer(drafts, { type: 'failed', key: 'draft-1', error: 'Still full.' })
    expect(noteDraftsReducer(drafts, { type: 'discard', key: 'draft-1' })).toEqual([])
  })

  it('does not discard a draft whose note may still be created', () => {
    const drafts = [draft('draft-1')]
    expect(noteDraftsReducer(drafts, { type: 'discard', key: 'draft-1' })).toBe(drafts)
  })

  it('ignores answers for a draft in another phase or no longer there', () => {
    const created = noteDraftsReducer([draft('draft-1')], { type: 'created', key: 'draft-1', noteId: noteId(1) })
    expect(noteDraftsReducer(created, { type: 'failed', key: 'draft-1', error: 'late' })).toBe(created)
    expect(noteDraftsReducer(created, { type: 'retry', key: 'draft-1' })).toBe(created)
    expect(noteDraftsReducer(created, { type: 'created', key: 'draft-9', noteId: noteId(9) })).toBe(created)
  })

  it('starts a draft once', () => {
    const drafts = [draft('draft-1')]
    expect(noteDraftsReducer(drafts, { type: 'start', draft: draft('draft-1') })).toBe(drafts)
  })
})

describe('selectors', () => {
  const drafts: NoteDraft[] = [
    { ...draft('draft-1'), state: { phase: 'created', noteId: noteId(1) } },
    { ...draft('draft-2'), state: { phase: 'failed', error: 'offline' } },
    draft('draft-3', 'other-document'),
    draft('draft-4'),
  ]

  it('lists a document’s drafts whose note does not exist yet', () => {
    expect(unconfirmedDrafts(drafts, 'statement').map((d) => d.key)).toEqual(['draft-2', 'draft-4'])
    expect(unconfirmedDrafts(drafts, 'other-document').map((d) => d.key)).toEqual(['draft-3'])
  })

  it('maps created notes back to their drafts', () => {
    expect([...draftsByNoteId(drafts).entries()].map(([id, d]) => [id, d.key])).toEqual([[noteId(1), 'draft-1']])
  })

  it('resolves a draft key to its note once it exists', () => {
    expect(resolveDraftKey(drafts, 'draft-1')).toBe(noteId(1))
    expect(resolveDraftKey(drafts, 'draft-4')).toBe('draft-4')
    expect(resolveDraftKey(drafts, noteId(7))).toBe(noteId(7))
    expect(resolveDraftKey(drafts, null)).toBeNull()
  })

  it('names the note a draft has become, once it has', () => {
    expect(draftNoteId(drafts, 'draft-1')).toBe(noteId(1))
    expect(draftNoteId(drafts, 'draft-2')).toBeNull()
    expect(draftNoteId(drafts, 'draft-9')).toBeNull()
    expect(draftNoteId(drafts, null)).toBeNull()
  })
})

describe('withNoteBeingWritten', () => {
  const views = [view(1), view(2), view(3)]

  it('adds the note being written where a filter hides it, in list order', () => {
    expect(withNoteBeingWritten(views, [views[2] as NoteView], noteId(2)).map((v) => v.note.id)).toEqual([noteId(2), noteId(3)])
  })

  it('leaves the list alone when the note is shown or there is none', () => {
    const shown = [views[0] as NoteView]
    expect(withNoteBeingWritten(views, shown, noteId(1))).toBe(shown)
    expect(withNoteBeingWritten(views, shown, null)).toBe(shown)
  })
})
