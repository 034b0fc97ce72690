/**
 * A filtered list of note cards in the panel's sections: notes to review,
 * notes in reading order, and notes whose passage was not found.
 */
import type { ApiInput, NoteView } from '../../shared/api-contract'
import { NoteCard } from './note-card'
import { groupNotes } from './note-filters'

/** Props shared by every card in the list. */
export interface NoteListProps {
  readonly views: readonly NoteView[]
  readonly activeNoteId: string | null
  readonly newNoteId: string | null
  readonly readOnly: boolean
  onUpdate(input: ApiInput<'notes.update'>): void
  onDelete(id: string): void
  onShowPassage(view: NoteView): void
}

/** The notes, grouped. */
export function NoteList(props: NoteListProps) {
  const groups = groupNotes(props.views)
  return (
    <>
      {groups.review.length > 0 && (
        <section className="note-section" aria-label="Needs review">
          <h3 className="note-section-heading">Needs review ({groups.review.length})</h3>
          <Cards {...props} views={groups.review} />
        </section>
      )}
      {groups.anchored.length > 0 && (
        <section className="note-section" aria-label="In reading order">
          {(groups.review.length > 0 || groups.orphaned.length > 0) && <h3 className="note-section-heading">In the text</h3>}
          <Cards {...props} views={groups.anchored} />
        </section>
      )}
      {groups.orphaned.length > 0 && (
        <section className="note-section" aria-label="Passage not found">
          <h3 className="note-section-heading">Passage not found ({groups.orphaned.length})</h3>
          <p className="note-section-hint">The text these notes were made on has changed or gone. They are kept here.</p>
          <Cards {...props} views={groups.orphaned} />
        </section>
      )}
    </>
  )
}

function Cards({ views, activeNoteId, newNoteId, readOnly, onUpdate, onDelete, onShowPassage }: NoteListProps) {
  return (
    <ol className="note-cards">
      {views.map((view) => (
        <li key={view.note.id}>
          <NoteCard
            view={view}
            active={view.note.id === activeNoteId}
            readOnly={readOnly}
            startEditing={view.note.id === newNoteId}
            onUpdate={onUpdate}
            onDelete={onDelete}
            onShowPassage={onShowPassage}
          />
        </li>
      ))}
    </ol>
  )
}
