/**
 * What is drawn over the open document's text: the user's highlights (and
 * those of notes still being created, drawn at once because the selection
 * they came from is gone), and the publisher's layer of citations and
 * glossary terms (each term once per section: quiet-terms.ts), each cut to
 * the blocks they cover.
 */
import { useMemo } from 'react'
import type { NoteView } from '../../shared/api-contract'
import type { LibraryDocument } from '../../shared/document-model'
import type { CodePointIndex } from '../../shared/anchoring/code-points'
import { documentIdFromUrn, noteContent } from '../../shared/notes/note-model'
import { unconfirmedDrafts } from '../notes/note-drafts'
import type { NotesController } from '../notes/use-notes'
import { timelineRoute } from '../routing/route'
import { blockHighlights, blockSpans, type DocumentSpan } from './document-ranges'
import type { BlockHighlight } from './highlight-runs'
import type { EditorialSpan, MarkedNote } from './highlight-marks'
import { quietEditorial } from './quiet-terms'
import type { EditorialAnnotations } from './use-reference'

/** The layers of one document. */
export interface ReaderLayers {
  /** The document's notes. */
  readonly views: readonly NoteView[]
  readonly highlights: ReadonlyMap<string, BlockHighlight[]>
  readonly notes: ReadonlyMap<string, MarkedNote>
  readonly editorial: ReadonlyMap<string, EditorialSpan[]>
}

/** The layers over `document`, from the notes in `controller` and the publisher's `editorial` annotations. */
export function useReaderLayers(document: LibraryDocument, index: CodePointIndex, controller: Pick<NotesController, 'views' | 'drafts'>, editorial: EditorialAnnotations): ReaderLayers {
  const views = useMemo(() => controller.views.filter((view) => documentIdFromUrn(view.note.target.source) === document.id), [controller.views, document.id])
  const creating = useMemo(() => unconfirmedDrafts(controller.drafts, document.id).filter((draft) => draft.state.phase === 'creating'), [controller.drafts, document.id])
  const highlights = useMemo(() => {
    const pending: DocumentSpan[] = creating.flatMap((draft) => (draft.input.range ? [{ id: draft.key, ...draft.input.range }] : []))
    return blockHighlights(document, index, views, pending)
  }, [document, index, views, creating])
  const notes = useMemo(() => {
    const map = new Map<string, MarkedNote>()
    for (const view of views) {
      const content = noteContent(view.note)
      map.set(view.note.id, { category: content.category, label: content.text })
    }
    for (const draft of creating) map.set(draft.key, { category: draft.input.category ?? null, label: '' })
    return map
  }, [views, creating])
  const editorialSpans = useMemo(() => editorialByBlock(document, index, editorial), [document, index, editorial])
  return { views, highlights, notes, editorial: editorialSpans }
}

function editorialByBlock(document: LibraryDocument, index: CodePointIndex, editorial: EditorialAnnotations): Map<string, EditorialSpan[]> {
  const targets = new Map<string, Pick<EditorialSpan, 'kind' | 'target'>>()
  const spans = []
  for (const { annotation, anchor } of quietEditorial(document.blocks, editorial)) {
    if (anchor.start === undefined || anchor.end === undefined) continue
    targets.set(annotation.id, annotation.kind === 'citation' ? { kind: 'citation', target: timelineRoute(annotation.entryId) } : { kind: 'glossary', target: annotation.termId })
    spans.push({ id: annotation.id, start: anchor.start, end: anchor.end })
  }
  const byBlock = new Map<string, EditorialSpan[]>()
  for (const [blockId, list] of blockSpans(document, index, spans)) {
    byBlock.set(
      blockId,
      list.flatMap((span) => {
        const target = targets.get(span.noteId)
        return target ? [{ ...span, ...target }] : []
      }),
    )
  }
  return byBlock
}
