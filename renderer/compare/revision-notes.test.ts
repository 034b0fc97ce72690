import { describe, expect, it } from 'vitest'
import type { NoteView } from '../../shared/api-contract'
import { ANNOTATION_CONTEXT, documentUrn } from '../../shared/notes/note-model'
import { sideText } from '../../shared/revisions/word-runs'
import { revisionNotes } from './revision-notes'

function view(id: number, documentId: string, quote: string | null, anchor: NoteView['anchor']): NoteView {
  return {
    note: {
      '@context': ANNOTATION_CONTEXT,
      id: `urn:uuid:00000000-0000-4000-8000-${String(id).padStart(12, '0')}`,
      type: 'Annotation',
      motivation: 'commenting',
      created: '2026-01-01T00:00:00.000Z',
      modified: '2026-01-01T00:00:00.000Z',
      body: [],
      target: {
        source: documentUrn(documentId),
        ...(quote === null
          ? {}
          : {
              selector: [
                { type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' },
                { type: 'TextPositionSelector', start: 0, end: quote.length },
              ],
            }),
      },
    },
    anchor,
  }
}

describe('revisionNotes', () => {
  it('groups one document’s notes by where they sit, with the changed words of each reworded passage', () => {
    const views = [
      view(1, 'my-draft', 'States shall protect journalists', { status: 'needs-review', start: 0, end: 10, currentText: 'States should protect journalists' }),
      view(2, 'my-draft', 'open internet', { status: 'exact', start: 0, end: 13 }),
      view(3, 'my-draft', 'spectrum auctions', { status: 'orphaned', reason: 'gone' }),
      view(4, 'my-draft', 'moved words', { status: 'moved', start: 40, end: 51 }),
      view(5, 'my-draft', null, { status: 'document' }),
      view(6, 'my-draft--rev-1', 'kept on the old text', { status: 'exact', start: 0, end: 20 }),
      view(7, 'other', 'open internet', { status: 'exact', start: 0, end: 13 }),
    ]
    const grouped = revisionNotes(views, 'my-draft')
    expect(grouped.unchanged.map((each) => each.note.id.slice(-1))).toEqual(['2', '4'])
    expect(grouped.lost.map((each) => each.note.id.slice(-1))).toEqual(['3'])
    expect(grouped.changed).toHaveLength(1)
    const [changed] = grouped.changed
    expect(changed?.before).toBe('States shall protect journalists')
    expect(changed?.after).toBe('States should protect journalists')
    expect(changed?.runs.filter((run) => run.kind !== 'same').map((run) => `${run.kind}:${run.text}`)).toEqual(['deleted:shall', 'inserted:should'])
    expect(sideText(changed?.runs ?? [], 'after')).toBe('States should protect journalists')
  })
})
