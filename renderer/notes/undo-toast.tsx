/** After a delete: a message with Undo, until dismissed or undone. */
import { formatShortcut } from '../../shared/keyboard-shortcuts'
import type { Note } from '../../shared/notes/note-model'
import { isMac } from '../ui/platform'
import './undo-toast.css'

/** Offers to restore the most recently deleted note. */
export function UndoToast({ note, onUndo, onDismiss }: { note: Note | undefined; onUndo: () => void; onDismiss: () => void }) {
  if (!note) return null
  return (
    <div className="toast" role="status">
      <span>Note deleted.</span>
      <button type="button" className="button button-small" onClick={onUndo} title={`Undo (${formatShortcut('undo-delete', isMac())})`}>
        Undo
      </button>
      <button type="button" className="icon-close" aria-label="Dismiss" onClick={onDismiss}>
        ×
      </button>
    </div>
  )
}
