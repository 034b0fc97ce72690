/**
 * The passage a note is on, at the top of its card: a button back to the
 * passage, the quote alone while the note is being created, or a line saying
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
  return (
    <button
      type="button"
      className="note-quote"
      onClick={() => onShowPassage(view)}
      disabled={orphaned}
      aria-label={`Show in the text: ${truncateText(quote, 80)}`}
      title={orphaned ? view.anchor.reason : 'Show this passage in the text'}
    >
      <blockquote>{quote}</blockquote>
    </button>
  )
}
