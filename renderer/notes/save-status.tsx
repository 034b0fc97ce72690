/** The quiet "saved" state of the user's notes, announced politely. */
import type { SaveState } from './use-notes'
import './save-status.css'

/** "Saving…", "Saved" or what went wrong. */
export function SaveStatus({ state, error }: { state: SaveState; error: string | null }) {
  const text = state === 'saving' ? 'Saving…' : state === 'saved' ? 'Saved' : state === 'failed' ? failedText(error) : ''
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
