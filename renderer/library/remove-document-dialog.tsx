/**
 * Asks before an added document is removed, and says what happens to the
 * notes on it. A native modal dialog: it traps focus, Esc cancels.
 */
import { useEffect, useId, useRef } from 'react'
import type { DocumentSummary } from '../../shared/document-model'
import '../export/modal.css'

/** Props of the dialog. */
export interface RemoveDocumentDialogProps {
  readonly document: DocumentSummary
  onConfirm(): void
  /** Closed either way (after onConfirm too). */
  onClose(): void
}

/** The dialog, open while mounted. */
export function RemoveDocumentDialog({ document, onConfirm, onClose }: RemoveDocumentDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null)
  const titleId = useId()

  useEffect(() => {
    const dialog = dialogRef.current
    if (dialog && !dialog.open) dialog.showModal()
  }, [])

  return (
    <dialog ref={dialogRef} className="modal" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId}>Remove “{document.title}”?</h2>
      <p className="modal-text">
        The document leaves the library. Your notes on it are kept: they stay in All notes and in exports, listed under “Passage not found”.
      </p>
      <p className="modal-hint">The file you added is kept in the data folder’s documents/.removed folder.</p>
      <div className="modal-actions">
        <button type="button" className="button" onClick={() => dialogRef.current?.close()}>
          Cancel
        </button>
        <button
          type="button"
          className="button button-primary"
          onClick={() => {
            onConfirm()
            dialogRef.current?.close()
          }}
        >
          Remove document
        </button>
      </div>
    </dialog>
  )
}
