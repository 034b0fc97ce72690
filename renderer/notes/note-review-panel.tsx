/**
 * "Needs review": the text a note was made on changed and similar words were
 * found. Shows the old and the new passage side by side, with a button that
 * keeps the note on the new one.
 */

/** Props of the review panel. */
export interface NoteReviewPanelProps {
  /** The passage as the note quotes it. */
  readonly quote: string
  /** The passage found now. */
  readonly currentText: string | undefined
  readonly readOnly: boolean
  onKeepHere(): void
}

/** Before and now, and the way to accept now. */
export function NoteReviewPanel({ quote, currentText, readOnly, onKeepHere }: NoteReviewPanelProps) {
  return (
    <div className="note-review">
      <p className="note-review-intro">The text changed here. Compare and keep the note on the new passage, or leave it for later.</p>
      <div className="note-review-columns">
        <figure>
          <figcaption>Before</figcaption>
          <blockquote>{quote}</blockquote>
        </figure>
        <figure>
          <figcaption>Now</figcaption>
          <blockquote>{currentText}</blockquote>
        </figure>
      </div>
      {!readOnly && (
        <button type="button" className="button button-small" onClick={onKeepHere}>
          Keep note on the new passage
        </button>
      )}
    </div>
  )
}
