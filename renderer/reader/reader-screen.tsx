/**
 * The reading screen: the document with its highlights, the selection
 * toolbar, the note peek, and the Notes panel beside the text. Moves between
 * a note and its passage both ways.
 */
import { useCallback, useImperativeHandle, useMemo, useRef, useState, type Ref } from 'react'
import type { NoteView } from '../../shared/api-contract'
import { parseRevisionDocumentId, type LibraryDocument } from '../../shared/document-model'
import { DEFAULT_CATEGORY, type NoteCategory } from '../../shared/notes/categories'
import { noteContent } from '../../shared/notes/note-model'
import type { FilterSelection } from '../../shared/export-model'
import type { GlossaryTerm, TimelineEntry } from '../../shared/timeline-model'
import type { ApiClient } from '../api-client/api-client'
import { resolveDraftKey } from '../notes/note-drafts'
import { NotesPanel } from '../notes/notes-panel'
import { StoreNotices } from '../notes/store-notices'
import type { NotesController } from '../notes/use-notes'
import { useReadingPosition } from '../reading-state/use-reading-position'
import { readRoute } from '../routing/route'
import { ViewBoundary } from '../ui/view-boundary'
import { documentIndex } from './document-ranges'
import { DocumentView } from './document-view'
import { GlossaryPeek } from './glossary-peek'
import type { MarkHandlers } from './highlight-marks'
import { NotePeek, type PeekContent } from './note-peek'
import { ReferenceHeader } from './reference-header'
import { revealBlock } from './reveal-block'
import { SelectionToolbar, type PassageRange } from './selection-toolbar'
import { usePeeks } from './use-peeks'
import { useLingeringPeek } from './use-lingering-peek'
import { focusActiveCard } from './focus-active-card'
import { useReaderLayers } from './use-reader-layers'
import type { EditorialAnnotations } from './use-reference'

/** What the app can ask of the reader while it is showing. */
export interface ReaderHandle {
  /** Makes a note active (from search), even if it already is. */
  activateNote(noteId: string): void
}

/** Props of the reading screen. */
export interface ReaderScreenProps {
  readonly ref?: Ref<ReaderHandle>
  /** For the Notes panel's search. */
  readonly client: ApiClient
  readonly document: LibraryDocument
  readonly targetBlockId: string | null
  readonly controller: NotesController
  readonly panelOpen: boolean
  /** The note to make active when the reader opens. */
  readonly focusNoteId: string | null
  /** The publisher's annotations of this document (empty when the layer is off). */
  readonly editorial: EditorialAnnotations
  readonly glossary: readonly GlossaryTerm[]
  /** The timeline, to give a reference page its facts and links. */
  readonly timeline: readonly TimelineEntry[]
  /** The statement's document id (the passages that cite a reference page are its). */
  readonly statementId: string | null
  onPanelOpenChange(open: boolean): void
  onExport(filter: FilterSelection | null): void
  onImport(): void
}

/** The reader with its notes. */
export function ReaderScreen({ ref, client, document, targetBlockId, controller, panelOpen, focusNoteId, editorial, glossary, timeline, statementId, onPanelOpenChange, onExport, onImport }: ReaderScreenProps) {
  const index = useMemo(() => documentIndex(document), [document])
  const layers = useReaderLayers(document, index, controller, editorial)
  const peeks = usePeeks()
  const [activeNoteId, setActiveNoteId] = useState<string | null>(focusNoteId)
  useImperativeHandle(ref, () => ({ activateNote: setActiveNoteId }), [])
  // The category last picked: shown (and changeable) in the editor "Add note" opens, never applied unseen.
  const [lastCategory, setLastCategory] = useState<NoteCategory>(DEFAULT_CATEGORY)
  const columnRef = useRef<HTMLElement>(null)
  const getArticle = useCallback(() => columnRef.current?.querySelector('article') ?? null, [])
  const getColumn = useCallback(() => columnRef.current, [])
  useReadingPosition(document.id, targetBlockId, getArticle)
  const lingering = useLingeringPeek(peeks.onPeek)
  const { onPeek } = lingering
  const { onGlossaryPeek } = peeks
  const markHandlers = useMemo<MarkHandlers>(
    () => ({
      onActivate: (noteId) => {
        setActiveNoteId(noteId)
        onPanelOpenChange(true)
        // The card is where the note is read and edited: show it and take focus there, as "Open in panel" does;
        // but not from words just selected in the highlight (a click ends a drag too): the toolbar acts on them.
        if (window.getSelection()?.isCollapsed !== false) focusActiveCard()
      },
      onPeek,
      onGlossaryPeek,
    }),
    [onPanelOpenChange, onPeek, onGlossaryPeek],
  )
  // An earlier revision of a document the user added is read-only: new notes go on the current text.
  const earlier = parseRevisionDocumentId(document.id)
  const readOnly = (controller.store?.readOnly ?? false) || earlier !== null

  const highlight = async (range: PassageRange, category: NoteCategory) => {
    setLastCategory(category)
    const view = await controller.create({ documentId: document.id, range, motivation: 'highlighting', category })
    if (!view) return
    setActiveNoteId(view.note.id)
    onPanelOpenChange(true)
  }

  // Opens the new note's editor at once, before the core has created it: people start typing straight away.
  const addNote = (range: PassageRange | undefined) => {
    const input = { documentId: document.id, ...(range ? { range } : {}), motivation: 'commenting' as const, category: range ? lastCategory : null }
    setActiveNoteId(controller.startDraft(input, range ? index.slice(range.start, range.end) : null))
    onPanelOpenChange(true)
  }
  // The draft's key names the note until it exists; then the note's own id does.
  const activeId = resolveDraftKey(controller.drafts, activeNoteId)

  const showPassage = (view: NoteView) => {
    setActiveNoteId(view.note.id)
    if (!view.anchor.blockId) return
    const route = readRoute(document.id, view.anchor.blockId)
    // A new route reveals its block as it renders; the route already showing is revealed again here.
    if (window.location.hash !== route) window.location.hash = route
    else revealBlock(getArticle(), view.anchor.blockId)
  }

  const entry = document.id === statementId ? undefined : timeline.find((candidate) => candidate.documentId === document.id)

  const openPeekInPanel = () => {
    if (!peeks.note) return
    setActiveNoteId(peeks.note.id)
    onPanelOpenChange(true)
    peeks.onPeek(null, null)
    focusActiveCard()
  }

  const peekView = peeks.note ? layers.views.find((view) => view.note.id === peeks.note?.id) : undefined
  const peekContent: PeekContent | null = peeks.note && peekView ? { ...noteContent(peekView.note), rect: peeks.note.rect } : null

  return (
    <>
      <main id="reading-column" ref={columnRef} className="reading-column" tabIndex={-1}>
        <StoreNotices store={controller.store} client={client} />
        {controller.loadError && (
          <div className="notice notice-error" role="alert">
            <p>Your notes could not be loaded: {controller.loadError}</p>
          </div>
        )}
        {earlier && (
          <div className="notice notice-info" role="note">
            <p>
              This is an earlier revision, kept read-only with the notes kept on it. <a href={readRoute(earlier.documentId)}>Read the current text</a>
            </p>
          </div>
        )}
        <DocumentView
          document={document}
          targetBlockId={targetBlockId}
          highlights={layers.highlights}
          editorial={layers.editorial}
          notes={layers.notes}
          activeNoteId={activeId}
          markHandlers={markHandlers}
          header={entry ? <ReferenceHeader document={document} entry={entry} statementId={statementId} /> : undefined}
        />
      </main>
      <SelectionToolbar
        document={document}
        index={index}
        getArticle={getArticle}
        disabled={readOnly}
        onHighlight={(range, category) => void highlight(range, category)}
        onAddNote={addNote}
      />
      <NotePeek content={peekContent} actions={{ onOpenInPanel: openPeekInPanel, onPointerEnter: lingering.onPeekEnter, onPointerLeave: lingering.onPeekLeave }} />
      <GlossaryPeek term={peeks.glossary ? (glossary.find((term) => term.id === peeks.glossary?.id) ?? null) : null} rect={peeks.glossary?.rect ?? null} />
      {panelOpen && (
        <ViewBoundary name="The Notes panel" frame={(message) => <aside id="notes-panel" className="notes-panel" aria-label="Notes">{message}</aside>}>
          <NotesPanel
            client={client}
            documentId={document.id}
            views={layers.views}
            controller={controller}
            activeNoteId={activeId}
            getColumn={getColumn}
            onAddDocumentNote={() => addNote(undefined)}
            onShowPassage={showPassage}
            onExport={onExport}
            onImport={onImport}
            onClose={() => onPanelOpenChange(false)}
          />
        </ViewBoundary>
      )}
    </>
  )
}
