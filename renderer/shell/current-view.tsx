/**
 * The view the route names (the reader, the timeline or All notes), each in
 * its own error boundary, so a view that fails leaves the rest of the app
 * working and can be reloaded on its own.
 */
import type { ReactElement, Ref } from 'react'
import type { NoteView } from '../../shared/api-contract'
import type { ListSelection } from '../../shared/export-model'
import type { ApiClient } from '../api-client/api-client'
import type { NoteGrouping } from '../notes/all-notes/note-grouping'
import type { NoteSort } from '../notes/all-notes/note-order'
import type { NotesController } from '../notes/use-notes'
import { ReaderScreen, type ReaderHandle } from '../reader/reader-screen'
import type { EditorialAnnotations, ReferenceData } from '../reader/use-reference'
import type { Route } from '../routing/route'
import { routedBlockId } from '../routing/routed-block'
import { ErrorNotice } from '../ui/error-notice'
import { ViewBoundary } from '../ui/view-boundary'
import { AllNotesView, CompareView, LazyPart, TimelineView } from './lazy-views'
import type { LibraryState } from './use-library'
import { useTimelineCounts } from './use-timeline-counts'

/** Props of the current view. */
export interface CurrentViewProps {
  readonly route: Route
  readonly client: ApiClient
  readonly library: LibraryState
  readonly notes: NotesController
  readonly reference: ReferenceData
  readonly editorial: EditorialAnnotations
  readonly readerRef: Ref<ReaderHandle>
  readonly panelOpen: boolean
  readonly focusNoteId: string | null
  /** All notes' sort and grouping, from the reading settings. */
  readonly notesArrangement: { readonly sort: NoteSort; readonly grouping: NoteGrouping }
  onArrangeNotes(next: { sort: NoteSort; grouping: NoteGrouping }): void
  onPanelOpenChange(open: boolean): void
  onShowPassage(view: NoteView): void
  onExport(filter: ListSelection | null): void
  onImport(): void
}

/** The main column's landmark, which a failed view keeps so the layout and "Skip to the text" hold. */
function column(content: ReactElement) {
  return (
    <main id="reading-column" className="reading-column" tabIndex={-1}>
      {content}
    </main>
  )
}

/** The routed view. */
export function CurrentView({ route, client, library, notes, reference, editorial, readerRef, panelOpen, focusNoteId, notesArrangement, onArrangeNotes, onPanelOpenChange, onShowPassage, onExport, onImport }: CurrentViewProps) {
  const timeline = useTimelineCounts(library.documents, notes.views)
  const { openDocument } = library
  if (route.view === 'notes') {
    return (
      <ViewBoundary key={`notes-${route.documentId ?? 'all'}`} name="All notes" frame={column}>
        {column(
          <LazyPart name="All notes">
            <AllNotesView client={client} documents={library.documents} documentId={route.documentId} arrangement={notesArrangement} onArrange={onArrangeNotes} controller={notes} onShowPassage={onShowPassage} onExport={onExport} onImport={onImport} />
          </LazyPart>,
        )}
      </ViewBoundary>
    )
  }
  if (route.view === 'compare') {
    return (
      <ViewBoundary key={`compare-${route.beforeId ?? ''}-${route.afterId ?? ''}`} name="The comparison" frame={column}>
        {column(
          <LazyPart name="the comparison">
            <CompareView client={client} documents={library.documents} beforeId={route.beforeId} afterId={route.afterId} notes={notes.views} onOpenNote={onShowPassage} onNotesChanged={notes.reload} />
          </LazyPart>,
        )}
      </ViewBoundary>
    )
  }
  if (route.view === 'timeline') {
    return (
      <ViewBoundary key="timeline" name="The timeline" frame={column}>
        {column(
          <LazyPart name="the timeline">
            <TimelineView entries={reference.timeline} selectedId={route.entryId} {...timeline} />
          </LazyPart>,
        )}
      </ViewBoundary>
    )
  }
  if (!openDocument) {
    return column(
      <>
        {library.libraryError && <ErrorNotice message={library.libraryError} />}
        {library.documentError && <ErrorNotice message={library.documentError} />}
      </>,
    )
  }
  return (
    <ViewBoundary key={`read:${openDocument.id}`} name="The reader" frame={column}>
      <ReaderScreen
        ref={readerRef}
        client={client}
        document={openDocument}
        targetBlockId={route.view === 'read' ? routedBlockId(openDocument.blocks, route.blockId) : null}
        controller={notes}
        panelOpen={panelOpen}
        focusNoteId={focusNoteId}
        editorial={editorial}
        glossary={reference.glossary}
        timeline={reference.timeline}
        statementId={timeline.statementId}
        onPanelOpenChange={onPanelOpenChange}
        onExport={onExport}
        onImport={onImport}
      />
    </ViewBoundary>
  )
}

