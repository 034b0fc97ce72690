/**
 * Asks for the label of a revision about to be added, once its file is
 * chosen: the field starts as "Rev. <n>" and takes the document's own
 * symbol ("Rev.1 (A/CONF/…/L.3/Rev.1)"). A native modal dialog: it traps
 * focus, Esc cancels and nothing is added.
 */
import { useEffect, useId, useRef } from 'react'
import { MAX_REVISION_LABEL_LENGTH, type DocumentSummary } from '../../shared/document-model'
import '../export/modal.css'

/** Props of the dialog. */
export interface AddRevisionDialogProps {
  readonly document: DocumentSummary
  readonly fileName: string
  /** The label the field starts with. */
  readonly defaultLabel: string
  onConfirm(label: string): void
  /** Closed either way (after onConfirm too). */
  onClose(): void
}

/** The dialog, open while mounted. */
export function AddRevisionDialog({ document, fileName, defaultLabel, onConfirm, onClose }: AddRevisionDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null)
  const fieldRef = useRef<HTMLInputElement>(null)
  const titleId = useId()
  const fieldId = useId()

  useEffect(() => {
    const dialog = dialogRef.current
    if (dialog && !dialog.open) dialog.showModal()
    fieldRef.current?.select()
  }, [])

  return (
    <dialog ref={dialogRef} className="modal" aria-labelledby={titleId} onClose={onClose}>
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault()
          onConfirm(fieldRef.current?.value ?? '')
          dialogRef.current?.close()
        }}
      >
        <h2 id={titleId}>Add a revision of “{document.title}”</h2>
        <p className="modal-text">“{fileName}” becomes the document’s text; the text it replaces stays readable and can be compared with it.</p>
        <label className="modal-text" htmlFor={fieldId}>
          Label of this revision
        </label>
        <input ref={fieldRef} id={fieldId} className="field" defaultValue={defaultLabel} maxLength={MAX_REVISION_LABEL_LENGTH} />
        <p className="modal-hint">For example the document’s symbol, such as “Rev.1 (A/CONF/…/L.3/Rev.1)”.</p>
        <div className="modal-actions">
          <button type="button" className="button" onClick={() => dialogRef.current?.close()}>
            Cancel
          </button>
          <button type="submit" className="button button-primary">
            Add revision
          </button>
        </div>
      </form>
    </dialog>
  )
}
