/** After a delete or a bulk edit: a message with Undo, until dismissed or undone. */
import { formatShortcut } from '../../shared/keyboard-shortcuts'
import { isMac } from '../ui/platform'
import './undo-toast.css'

/** Offers to take back the latest change, described by `message` ("Note deleted."); nothing while it is undefined. */
export function UndoToast({ message, onUndo, onDismiss }: { message: string | undefined; onUndo: () => void; onDismiss: () => void }) {
  if (message === undefined) return null
  return (
    <div className="toast" role="status">
      <span>{message}</span>
      <button type="button" className="button button-small" onClick={onUndo} title={`Undo (${formatShortcut('undo-delete', isMac())})`}>
        Undo
      </button>
      <button type="button" className="icon-close" aria-label="Dismiss" onClick={onDismiss}>
        ×
      </button>
    </div>
  )
}
