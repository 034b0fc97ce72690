/**
 * Why a note could not be created, under the editor that keeps its text,
 * with "Try again" and "Discard".
 */

/** Props of the draft's error. */
export interface NoteDraftErrorProps {
  readonly id: string
  readonly error: string
  onRetry(): void
  onDiscard(): void
}

/** The reason and the ways out. */
export function NoteDraftError({ id, error, onRetry, onDiscard }: NoteDraftErrorProps) {
  return (
    <div id={id} className="note-draft-error" role="alert">
      <p>This note could not be created: {error} Your text is kept here, so you can copy it or try again.</p>
      <div className="note-draft-actions">
        <button type="button" className="button button-small" onClick={onRetry}>
          Try again
        </button>
        <button type="button" className="link-button link-button-danger" onClick={onDiscard}>
          Discard
        </button>
      </div>
    </div>
  )
}
