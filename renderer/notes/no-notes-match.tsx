/** What a filtered notes list says when it shows nothing. */
import type { NoteFilter, NoteSearchAnswer } from './note-filters'
import './note-list.css'

/** Props of the message. */
export interface NoNotesMatchProps {
  readonly filter: NoteFilter
  /** The search's answer, to name the query it found nothing for. */
  readonly found: NoteSearchAnswer | null
  onClear(): void
}

/** "No notes match “…”." with a way back to every note. */
export function NoNotesMatch({ filter, found, onClear }: NoNotesMatchProps) {
  return (
    <p className="notes-empty">
      {found && filter.text.trim() !== '' ? `No notes match “${found.query}”.` : 'No notes match.'}{' '}
      <button type="button" className="link-button" onClick={onClear}>
        Clear filters
      </button>
    </p>
  )
}
