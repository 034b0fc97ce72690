/**
 * The All notes view: every note across documents, grouped by document in
 * the order the notes come, with the same filters and search as the panel,
 * the search running over every document's notes.
 */
import type { NoteView } from '../../shared/api-contract'
import type { DocumentSummary } from '../../shared/document-model'
import type { FilterSelection } from '../../shared/export-model'
import { documentIdFromUrn } from '../../shared/notes/note-model'
import type { ApiClient } from '../api-client/api-client'
import { NoNotesMatch } from './no-notes-match'
import { isFiltering, NO_FILTER } from './note-filters'
import { NoteFilterBar } from './note-filter-bar'
import { NoteList } from './note-list'
import { SaveStatus } from './save-status'
import { useNoteFilter } from './use-note-filter'
import type { NotesController } from './use-notes'
import './notes-panel.css'
import './all-notes-view.css'

/** Every note, by document. */
export function AllNotesView({
  client,
  documents,
  controller,
  onShowPassage,
  onExport,
  onImport,
}: {
  client: ApiClient
  documents: readonly DocumentSummary[]
  controller: NotesController
  onShowPassage: (view: NoteView) => void
  onExport: (filter: FilterSelection | null) => void
  onImport: () => void
}) {
  const notesFilter = useNoteFilter(client, null, controller.views)
  const { filter, filtered: shown } = notesFilter
  const readOnly = controller.store?.readOnly ?? false
  const titles = new Map(documents.map((document) => [document.id, document.title]))
  const groups = new Map<string, NoteView[]>()
  for (const view of shown) {
    const documentId = documentIdFromUrn(view.note.target.source) ?? ''
    groups.set(documentId, [...(groups.get(documentId) ?? []), view])
  }

  return (
    <section className="all-notes" aria-labelledby="all-notes-title">
      <header className="all-notes-header">
        <h1 id="all-notes-title">All notes</h1>
        <p className="all-notes-summary">
          {controller.views.length === 1 ? '1 note' : `${controller.views.length} notes`} <SaveStatus state={controller.saveState} error={controller.saveError} />
        </p>
        <div className="notes-panel-actions">
          <button type="button" className="button button-small" onClick={() => onExport(notesFilter.exportSelection())}>
            Export notes…
          </button>
          {!readOnly && (
            <button type="button" className="button button-small" onClick={onImport}>
              Import notes…
            </button>
          )}
        </div>
      </header>
      {controller.views.length > 0 && (
        <NoteFilterBar filter={filter} tags={notesFilter.tags} textLabel="Search all notes" status={notesFilter.status} onChange={notesFilter.setFilter} />
      )}
      {controller.views.length === 0 && <p className="notes-empty">No notes yet. Open a document, select a passage and choose Highlight or Add note.</p>}
      {controller.views.length > 0 && shown.length === 0 && isFiltering(filter) && (
        <NoNotesMatch filter={filter} found={notesFilter.found} onClear={() => notesFilter.setFilter(NO_FILTER)} />
      )}
      {[...groups.entries()].map(([documentId, views]) => (
        <section key={documentId} className="all-notes-document" aria-label={titles.get(documentId) ?? 'Document no longer in the library'}>
          <h2>{titles.get(documentId) ?? 'Document no longer in the library'}</h2>
          <NoteList views={views} activeNoteId={null} readOnly={readOnly} actions={controller} onShowPassage={onShowPassage} />
        </section>
      ))}
    </section>
  )
}
