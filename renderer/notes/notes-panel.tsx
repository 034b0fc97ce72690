/**
 * The Notes panel beside the text: the open document's notes in reading
 * order, filters, and a note on the whole document.
 */
import { useMemo, useState } from 'react'
import type { NoteView } from '../../shared/api-contract'
import { allTags, filterNotes, isFiltering, NO_FILTER, type NoteFilter } from './note-filters'
import { NoteFilterBar } from './note-filter-bar'
import { NoteList } from './note-list'
import { SaveStatus } from './save-status'
import type { NotesController } from './use-notes'

/** Props of the panel. */
export interface NotesPanelProps {
  readonly documentId: string
  readonly views: readonly NoteView[]
  readonly controller: NotesController
  readonly activeNoteId: string | null
  readonly newNoteId: string | null
  onAddDocumentNote(): void
  onShowPassage(view: NoteView): void
  /** Opens "Export notes…", offering the panel's current filter when one is set. */
  onExport(filter: NoteFilter | null): void
  onImport(): void
  onClose(): void
}

/** The panel labelled "Notes". */
export function NotesPanel({ views, controller, activeNoteId, newNoteId, onAddDocumentNote, onShowPassage, onExport, onImport, onClose }: NotesPanelProps) {
  const [filter, setFilter] = useState<NoteFilter>(NO_FILTER)
  const tags = useMemo(() => allTags(views), [views])
  const shown = useMemo(() => filterNotes(views, filter), [views, filter])
  const readOnly = controller.store?.readOnly ?? false

  return (
    <aside className="notes-panel" aria-label="Notes">
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
        <button type="button" className="link-button" onClick={() => onExport(isFiltering(filter) ? filter : null)}>
          Export notes…
        </button>
        {!readOnly && (
          <button type="button" className="link-button" onClick={onImport}>
            Import notes…
          </button>
        )}
      </div>
      {views.length > 0 && <NoteFilterBar filter={filter} tags={tags} onChange={setFilter} />}
      {!readOnly && (
        <button type="button" className="button button-quiet add-document-note" onClick={onAddDocumentNote}>
          + Note on this document
        </button>
      )}
      <div className="notes-panel-body">
        {views.length === 0 ? (
          <p className="notes-empty">Select a passage, then choose Highlight or Add note. Your notes stay on this computer.</p>
        ) : shown.length === 0 && isFiltering(filter) ? (
          <p className="notes-empty">
            No notes match.{' '}
            <button type="button" className="link-button" onClick={() => setFilter(NO_FILTER)}>
              Clear filters
            </button>
          </p>
        ) : (
          <NoteList
            views={shown}
            activeNoteId={activeNoteId}
            newNoteId={newNoteId}
            readOnly={readOnly}
            onUpdate={controller.update}
            onDelete={controller.remove}
            onShowPassage={onShowPassage}
          />
        )}
      </div>
    </aside>
  )
}
