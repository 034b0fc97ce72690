/** The quiet "saved" state of the user's notes, announced politely. */
import type { SaveState } from './use-notes'
import './save-status.css'

/** "Saving…", "Saved" or what went wrong. */
export function SaveStatus({ state, error }: { state: SaveState; error: string | null }) {
  const text = state === 'saving' ? 'Saving…' : state === 'saved' ? 'Saved' : state === 'failed' ? `Not saved: ${error ?? 'unknown error'}` : ''
  return (
    <span className={`save-status save-status-${state}`} role="status">
      {text}
    </span>
  )
}
