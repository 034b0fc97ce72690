/** The foot of a note card: when the note was made and edited, and Delete. */
import type { Note } from '../../shared/notes/note-model'
import { formatNoteDate } from './format-date'

/** Dates and Delete; `label` names the note for assistive technology ("Note on …"). */
export function NoteCardFooter({ note, readOnly, label, onDelete }: { note: Note; readOnly: boolean; label: string; onDelete(): void }) {
  return (
    <footer className="note-card-footer">
      <span className="note-dates">
        <span title={`Created ${formatNoteDate(note.created)}`}>{formatNoteDate(note.created)}</span>
        {note.modified !== note.created && <span> · edited {formatNoteDate(note.modified)}</span>}
      </span>
      {!readOnly && (
        <button type="button" className="link-button link-button-danger" onClick={onDelete} aria-label={`Delete ${label.charAt(0).toLowerCase()}${label.slice(1)}`}>
          Delete
        </button>
      )}
    </footer>
  )
}
