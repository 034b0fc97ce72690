/**
 * Why a note's latest text is not saved (a full disk, a folder it may not
 * write), under the text that is kept in the card, with "Try again".
 */
import { failedText } from './save-status'

/** Props of a failed save's message. */
export interface NoteSaveErrorProps {
  readonly error: string | null
  onRetry(): void
}

/** The reason and the way out; the text stays where it is. */
export function NoteSaveError({ error, onRetry }: NoteSaveErrorProps) {
  return (
    <div className="note-draft-error" role="alert">
      <p>{failedText(error)}</p>
      <div className="note-draft-actions">
        <button type="button" className="button button-small" onClick={onRetry}>
          Try again
        </button>
      </div>
    </div>
  )
}
