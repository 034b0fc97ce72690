/**
 * The passage a note is on, at the top of its card: a button back to the
 * passage with its paragraph's place ("¶2"), the quote alone while the note is being created, or a line saying
 * the note is on the whole document. Notes whose passage changed show the
 * review panel instead (note-review-panel.tsx).
 */
import type { NoteView } from '../../shared/api-contract'
import { truncateText } from './truncate-text'

/** The quote of `view` (null: a note still being created). */
export function NoteQuote({ quote, view, onShowPassage }: { quote: string | undefined; view: NoteView | null; onShowPassage(view: NoteView): void }) {
  if (!quote) return <p className="note-document-target">Note on the whole document</p>
  if (view === null) {
    return (
      <div className="note-quote is-static">
        <blockquote>{quote}</blockquote>
      </div>
    )
  }
  const orphaned = view.anchor.status === 'orphaned'
  // The paragraph's place in the one scheme the reader's margin, search and exports use ("¶2").
  const place = orphaned ? undefined : view.anchor.place
  return (
    <button
      type="button"
      className="note-quote"
      onClick={() => onShowPassage(view)}
      disabled={orphaned}
      aria-label={`Show in the text${place ? ` (${place})` : ''}: ${truncateText(quote, 80)}`}
      title={orphaned ? view.anchor.reason : 'Show this passage in the text'}
    >
      {place && <span className="note-place">{place}</span>}
      <blockquote>{quote}</blockquote>
    </button>
  )
}
