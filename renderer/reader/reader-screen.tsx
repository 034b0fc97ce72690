/**
 * The reading screen: the document with its highlights, the selection
 * toolbar, the note peek, and the Notes panel beside the text. Moves between
 * a note and its passage both ways.
 */
import { useCallback, useMemo, useRef, useState } from 'react'
import type { NoteView } from '../../shared/api-contract'
import type { LibraryDocument } from '../../shared/document-model'
import { DEFAULT_CATEGORY, type NoteCategory } from '../../shared/notes/categories'
import { documentIdFromUrn, noteContent } from '../../shared/notes/note-model'
import type { FilterSelection } from '../../shared/export-model'
import type { ApiClient } from '../api-client/api-client'
import { resolveDraftKey, unconfirmedDrafts } from '../notes/note-drafts'
import { NotesPanel } from '../notes/notes-panel'
import { StoreNotices } from '../notes/store-notices'
import type { NotesController } from '../notes/use-notes'
import { readRoute } from '../routing/route'
import type { GlossaryTerm } from '../../shared/timeline-model'
import { timelineRoute } from '../routing/route'
import { blockHighlights, blockSpans, documentIndex, type DocumentSpan } from './document-ranges'
import { GlossaryPeek } from './glossary-peek'
import { DocumentView } from './document-view'
import type { EditorialSpan, MarkedNote, MarkHandlers } from './highlight-marks'
import { NotePeek, type PeekContent } from './note-peek'
import { SelectionToolbar, type PassageRange } from './selection-toolbar'
import type { EditorialAnnotations } from './use-reference'

/** Props of the reading screen. */
export interface ReaderScreenProps {
  /** For the Notes panel's search. */
  readonly client: ApiClient
  readonly document: LibraryDocument
  readonly targetBlockId: string | null
  readonly controller: NotesController
  readonly panelOpen: boolean
  readonly focusNoteId: string | null
  /** Changes when the same note is asked to be focused again (from search). */
  readonly focusKey?: number
  /** The publisher's annotations of this document (empty when the layer is off). */
  readonly editorial: EditorialAnnotations
  readonly glossary: readonly GlossaryTerm[]
  onPanelOpenChange(open: boolean): void
  onExport(filter: FilterSelection | null): void
  onImport(): void
}

/** The reader with its notes. */
export function ReaderScreen({ client, document, targetBlockId, controller, panelOpen, focusNoteId, focusKey, editorial, glossary, onPanelOpenChange, onExport, onImport }: ReaderScreenProps) {
  const index = useMemo(() => documentIndex(document), [document])
  const views = useMemo(() => controller.views.filter((view) => documentIdFromUrn(view.note.target.source) === document.id), [controller.views, document.id])
  // A note being created is drawn on its passage at once: the selection it was made from is gone.
  const creating = useMemo(() => unconfirmedDrafts(controller.drafts, document.id).filter((draft) => draft.state.phase === 'creating'), [controller.drafts, document.id])
  const highlights = useMemo(() => {
    const pending: DocumentSpan[] = creating.flatMap((draft) => (draft.input.range ? [{ id: draft.key, ...draft.input.range }] : []))
    return blockHighlights(document, index, views, pending)
  }, [document, index, views, creating])
  const editorialSpans = useMemo(() => {
    const targets = new Map<string, Pick<EditorialSpan, 'kind' | 'target'>>()
    const spans = []
    for (const { annotation, anchor } of editorial) {
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
  }, [document, index, editorial])
  const [glossaryPeek, setGlossaryPeek] = useState<{ termId: string; rect: { top: number; bottom: number; left: number } } | null>(null)
  const notes = useMemo(() => {
    const map = new Map<string, MarkedNote>()
    for (const view of views) {
      const content = noteContent(view.note)
      map.set(view.note.id, { category: content.category, label: content.text })
    }
    for (const draft of creating) map.set(draft.key, { category: draft.input.category ?? null, label: '' })
    return map
  }, [views, creating])

  const [activeNoteId, setActiveNoteId] = useState<string | null>(focusNoteId)
  const [seenFocusKey, setSeenFocusKey] = useState(focusKey)
  if (focusKey !== seenFocusKey) {
    // A note opened from search while this document is already showing (state adjusted during render, as React advises).
    setSeenFocusKey(focusKey)
    if (focusNoteId) setActiveNoteId(focusNoteId)
  }
  const [peek, setPeek] = useState<{ noteId: string; rect: PeekContent['rect'] } | null>(null)
  const [category, setCategory] = useState<NoteCategory>(DEFAULT_CATEGORY)
  const [targetKey, setTargetKey] = useState(0)
  const columnRef = useRef<HTMLElement>(null)
  const getArticle = useCallback(() => columnRef.current?.querySelector('article') ?? null, [])

  const markHandlers = useMemo<MarkHandlers>(
    () => ({
      onActivate: (noteId) => {
        setActiveNoteId(noteId)
        onPanelOpenChange(true)
      },
      onPeek: (noteId, anchor) => {
        if (!noteId || !anchor) return setPeek(null)
        const rect = anchor.getBoundingClientRect()
        setPeek({ noteId, rect: { top: rect.top, bottom: rect.bottom, left: rect.left } })
      },
      onGlossaryPeek: (termId, anchor) => {
        if (!termId || !anchor) return setGlossaryPeek(null)
        const rect = anchor.getBoundingClientRect()
        setGlossaryPeek({ termId, rect: { top: rect.top, bottom: rect.bottom, left: rect.left } })
      },
    }),
    [onPanelOpenChange],
  )

  const readOnly = controller.store?.readOnly ?? false

  const highlight = useCallback(
    async (range: PassageRange) => {
      const view = await controller.create({ documentId: document.id, range, motivation: 'highlighting', category })
      if (!view) return
      setActiveNoteId(view.note.id)
      onPanelOpenChange(true)
    },
    [controller, document.id, category, onPanelOpenChange],
  )

  // Opens the new note's editor at once, before the core has created it: people start typing straight away.
  const addNote = useCallback(
    (range: PassageRange | undefined) => {
      const input = { documentId: document.id, ...(range ? { range } : {}), motivation: 'commenting' as const, category: range ? category : null }
      const key = controller.startDraft(input, range ? index.slice(range.start, range.end) : null)
      setActiveNoteId(key)
      onPanelOpenChange(true)
    },
    [controller, document.id, index, category, onPanelOpenChange],
  )
  // The draft's key names the note until it exists; then the note's own id does.
  const activeId = resolveDraftKey(controller.drafts, activeNoteId)

  const showPassage = useCallback(
    (view: NoteView) => {
      setActiveNoteId(view.note.id)
      if (!view.anchor.blockId) return
      const route = readRoute(document.id, view.anchor.blockId)
      if (window.location.hash !== route) window.location.hash = route
      setTargetKey((key) => key + 1)
    },
    [document.id],
  )

  const peekView = peek ? views.find((view) => view.note.id === peek.noteId) : undefined
  const peekContent: PeekContent | null = peek && peekView ? { ...noteContent(peekView.note), rect: peek.rect } : null

  return (
    <>
      <main id="reading-column" ref={columnRef} className="reading-column" tabIndex={-1}>
        <StoreNotices store={controller.store} client={client} />
        {controller.loadError && (
          <div className="notice notice-error" role="alert">
            <p>Your notes could not be loaded: {controller.loadError}</p>
          </div>
        )}
        <DocumentView
          document={document}
          targetBlockId={targetBlockId}
          targetKey={targetKey}
          highlights={highlights}
          editorial={editorialSpans}
          notes={notes}
          activeNoteId={activeId}
          markHandlers={markHandlers}
        />
      </main>
      <SelectionToolbar
        document={document}
        index={index}
        getArticle={getArticle}
        category={category}
        disabled={readOnly}
        onCategoryChange={setCategory}
        onHighlight={(range) => void highlight(range)}
        onAddNote={addNote}
      />
      <NotePeek content={peekContent} />
      <GlossaryPeek term={glossaryPeek ? (glossary.find((term) => term.id === glossaryPeek.termId) ?? null) : null} rect={glossaryPeek?.rect ?? null} />
      {panelOpen && (
        <NotesPanel
          client={client}
          documentId={document.id}
          views={views}
          controller={controller}
          activeNoteId={activeId}
          onAddDocumentNote={() => addNote(undefined)}
          onShowPassage={showPassage}
          onExport={onExport}
          onImport={onImport}
          onClose={() => onPanelOpenChange(false)}
        />
      )}
    </>
  )
}
