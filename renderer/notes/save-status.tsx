/** The quiet "saved" state of the user's notes, announced politely. */
import type { SaveState } from './use-notes'
import './save-status.css'

/**
 * "Saving…", "Saved" or "Not saved". A failure's reason is not repeated in
 * the header (the note it concerns says it, with Retry): it is in the tooltip
 * and, for screen readers, in the announcement.
 */
export function SaveStatus({ state, error }: { state: SaveState; error: string | null }) {
  if (state === 'failed') {
    const full = failedText(error)
    return (
      <span className="save-status save-status-failed" role="status" title={full}>
        Not saved
        {full !== 'Not saved.' && <span className="visually-hidden">{full.replace(/^Not saved/, '')}</span>}
      </span>
    )
  }
  const text = state === 'saving' ? 'Saving…' : state === 'saved' ? 'Saved' : ''
  return (
    <span className={`save-status save-status-${state}`} role="status">
      {text}
    </span>
  )
}

/** "Not saved: " and why; the core's write failures already begin so, and it is not said twice. */
export function failedText(error: string | null): string {
  if (error === null) return 'Not saved.'
  return error.startsWith('Not saved') ? error : `Not saved: ${error}`
}
