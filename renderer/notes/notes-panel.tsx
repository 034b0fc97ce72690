/**
 * The Notes panel beside the text: the open document's notes in reading
 * order, filters, and a note on the whole document. Its text box searches
 * the document's notes with the search box's index and syntax.
 */
import { useMemo, useRef, useState } from 'react'
import type { NoteView } from '../../shared/api-contract'
import type { FilterSelection } from '../../shared/export-model'
import type { ApiClient } from '../api-client/api-client'
import { NoNotesMatch } from './no-notes-match'
import { draftNoteId, unconfirmedDrafts, withNoteBeingWritten } from './note-drafts'
import { allTags, isFiltering, NO_FILTER, type NoteFilter } from './note-filters'
import { NoteFilterBar } from './note-filter-bar'
import { NoteList } from './note-list'
import { SaveStatus } from './save-status'
import { TagSuggestions } from './tag-suggestions'
import { useFollowReading } from './use-follow-reading'
import { useNoteFilter } from './use-note-filter'
import type { NotesController } from './use-notes'
import './notes-panel.css'

/** Props of the panel. */
export interface NotesPanelProps {
  readonly client: ApiClient
  readonly documentId: string
  readonly views: readonly NoteView[]
  readonly controller: NotesController
  readonly activeNoteId: string | null
  /** The reading column, which the panel's list follows as it scrolls. */
  getColumn(): HTMLElement | null
  onAddDocumentNote(): void
  onShowPassage(view: NoteView): void
  /** Opens "Export notes…", offering the notes the panel's filter shows when one is set. */
  onExport(filter: FilterSelection | null): void
  onImport(): void
  onClose(): void
}

/** The panel labelled "Notes". */
export function NotesPanel({ client, documentId, views, controller, activeNoteId, getColumn, onAddDocumentNote, onShowPassage, onExport, onImport, onClose }: NotesPanelProps) {
  const notesFilter = useNoteFilter(client, documentId, views)
  const { filter, filtered } = notesFilter
  const { drafts } = controller
  const documentDrafts = useMemo(() => drafts.filter((draft) => draft.input.documentId === documentId), [drafts, documentId])
  const unconfirmed = useMemo(() => unconfirmedDrafts(documentDrafts, documentId), [documentDrafts, documentId])
  // A note added under a filter stays listed until the filter changes: it rarely matches yet, and it is being typed in.
  const latestDraftKey = documentDrafts.at(-1)?.key ?? null
  // The newest draft when the filter was last set (or the panel opened): a newer one is the one being written.
  const [draftWhenFiltered, setDraftWhenFiltered] = useState(latestDraftKey)
  const unfilteredDraftKey = latestDraftKey !== draftWhenFiltered ? latestDraftKey : null
  const changeFilter = (next: NoteFilter) => {
    notesFilter.setFilter(next)
    setDraftWhenFiltered(latestDraftKey)
  }
  const shown = useMemo(() => withNoteBeingWritten(views, filtered, draftNoteId(drafts, unfilteredDraftKey)), [views, filtered, drafts, unfilteredDraftKey])
  const readOnly = controller.store?.readOnly ?? false
  const knownTags = useMemo(() => allTags(controller.views), [controller.views])
  const bodyRef = useRef<HTMLDivElement>(null)
  const follow = useFollowReading({ paneRef: bodyRef, getColumn, activeNoteId, filtering: isFiltering(filter), hasNotes: views.length > 0 })
  // The passage about to be shown scrolls the text: following it would carry the card just clicked away.
  const showPassage = (view: NoteView) => {
    follow.suspend()
    onShowPassage(view)
  }

  return (
    <aside id="notes-panel" className="notes-panel" aria-label="Notes">
      <TagSuggestions tags={knownTags}>
      <header className="notes-panel-header">
        <h2 className="notes-panel-title">
          Notes <span className="count">{views.length}</span>
        </h2>
        <SaveStatus state={controller.saveState} error={controller.saveError} />
        <button type="button" className="icon-close" aria-label="Hide notes" onClick={onClose}>
          ×
        </button>
      </header>
      <div className="notes-panel-actions">
        <button type="button" className="link-button" onClick={() => onExport(notesFilter.exportSelection())}>
          Export notes…
        </button>
        {!readOnly && (
          <button type="button" className="link-button" onClick={onImport}>
            Import notes…
          </button>
        )}
      </div>
      {views.length > 0 && <NoteFilterBar filter={filter} tags={notesFilter.tags} textLabel="Search this document’s notes" status={notesFilter.status} onChange={changeFilter} />}
      {!readOnly && (
        <button type="button" className="button button-quiet add-document-note" onClick={onAddDocumentNote}>
          + Note on this document
        </button>
      )}
      <div ref={bodyRef} className="notes-panel-body">
        {views.length === 0 && unconfirmed.length === 0 ? (
          <p className="notes-empty">Select a passage, then choose Highlight or Add note. Your notes stay on this computer.</p>
        ) : shown.length === 0 && unconfirmed.length === 0 && isFiltering(filter) ? (
          <NoNotesMatch filter={filter} found={notesFilter.found} onClear={() => changeFilter(NO_FILTER)} />
        ) : (
          <NoteList
            views={shown}
            activeNoteId={activeNoteId}
            readOnly={readOnly}
            drafts={documentDrafts}
            actions={controller}
            onShowPassage={showPassage}
          />
        )}
      </div>
      </TagSuggestions>
    </aside>
  )
}
