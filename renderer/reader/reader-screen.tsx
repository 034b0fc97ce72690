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
import { NotesPanel } from '../notes/notes-panel'
import { StoreNotices } from '../notes/store-notices'
import type { NotesController } from '../notes/use-notes'
import { readRoute } from '../routing/route'
import { blockHighlights, documentIndex } from './document-ranges'
import { DocumentView } from './document-view'
import type { MarkedNote, MarkHandlers } from './highlight-marks'
import { NotePeek, type PeekContent } from './note-peek'
import { SelectionToolbar, type PassageRange } from './selection-toolbar'

/** Props of the reading screen. */
export interface ReaderScreenProps {
  readonly document: LibraryDocument
  readonly targetBlockId: string | null
  readonly controller: NotesController
  readonly panelOpen: boolean
  readonly focusNoteId: string | null
  onPanelOpenChange(open: boolean): void
}

/** The reader with its notes. */
export function ReaderScreen({ document, targetBlockId, controller, panelOpen, focusNoteId, onPanelOpenChange }: ReaderScreenProps) {
  const index = useMemo(() => documentIndex(document), [document])
  const views = useMemo(() => controller.views.filter((view) => documentIdFromUrn(view.note.target.source) === document.id), [controller.views, document.id])
  const highlights = useMemo(() => blockHighlights(document, index, views), [document, index, views])
  const notes = useMemo(() => {
    const map = new Map<string, MarkedNote>()
    for (const view of views) {
      const content = noteContent(view.note)
      map.set(view.note.id, { category: content.category, label: content.text })
    }
    return map
  }, [views])

  const [activeNoteId, setActiveNoteId] = useState<string | null>(focusNoteId)
  const [newNoteId, setNewNoteId] = useState<string | null>(null)
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
    }),
    [onPanelOpenChange],
  )

  const readOnly = controller.store?.readOnly ?? false

  const create = useCallback(
    async (range: PassageRange | undefined, motivation: 'highlighting' | 'commenting') => {
      const view = await controller.create({ documentId: document.id, ...(range ? { range } : {}), motivation, category: range ? category : null })
      if (!view) return
      setActiveNoteId(view.note.id)
      if (motivation === 'commenting') setNewNoteId(view.note.id)
      onPanelOpenChange(true)
    },
    [controller, document.id, category, onPanelOpenChange],
  )

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
        <StoreNotices store={controller.store} />
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
          notes={notes}
          activeNoteId={activeNoteId}
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
        onHighlight={(range) => void create(range, 'highlighting')}
        onAddNote={(range) => void create(range, 'commenting')}
      />
      <NotePeek content={peekContent} />
      {panelOpen && (
        <NotesPanel
          documentId={document.id}
          views={views}
          controller={controller}
          activeNoteId={activeNoteId}
          newNoteId={newNoteId}
          onAddDocumentNote={() => void create(undefined, 'commenting')}
          onShowPassage={showPassage}
          onClose={() => onPanelOpenChange(false)}
        />
      )}
    </>
  )
}
