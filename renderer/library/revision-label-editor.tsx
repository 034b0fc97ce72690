/**
 * "Edit label" for one revision of a document the user added, in the
 * pattern of Rename: the button becomes a field (Enter saves, Esc cancels)
 * and focus returns to the button once the field is gone.
 */
import { useEffect, useRef, useState } from 'react'
import { MAX_REVISION_LABEL_LENGTH } from '../../shared/document-model'

/** Props of the editor. */
export interface RevisionLabelEditorProps {
  readonly documentTitle: string
  readonly label: string
  /** Resolves true once the new label is saved (false: the rail's status says why not). */
  onSave(label: string): Promise<boolean>
}

/** The button, or the field while editing. */
export function RevisionLabelEditor({ documentTitle, label, onSave }: RevisionLabelEditorProps) {
  const [editing, setEditing] = useState(false)
  const fieldRef = useRef<HTMLInputElement>(null)
  const buttonRef = useRef<HTMLButtonElement>(null)
  const returnFocus = useRef(false)

  useEffect(() => {
    if (editing) fieldRef.current?.select()
    else if (returnFocus.current) {
      returnFocus.current = false
      buttonRef.current?.focus()
    }
  }, [editing])

  const finish = () => {
    returnFocus.current = true
    setEditing(false)
  }

  if (!editing) {
    return (
      <button ref={buttonRef} type="button" className="link-button" aria-label={`Edit the label “${label}” of “${documentTitle}”`} onClick={() => setEditing(true)}>
        Edit label
      </button>
    )
  }
  return (
    <form
      className="your-document-rename"
      onSubmit={(event) => {
        event.preventDefault()
        void onSave(fieldRef.current?.value ?? '').then((saved) => saved && finish())
      }}
    >
      <input
        ref={fieldRef}
        className="field your-document-title-field"
        aria-label={`New label for “${label}” of “${documentTitle}”`}
        defaultValue={label}
        maxLength={MAX_REVISION_LABEL_LENGTH}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault()
            finish()
          }
        }}
      />
      <button type="submit" className="button button-small">
        Save
      </button>
      <button type="button" className="button button-small button-quiet" onClick={finish}>
        Cancel
      </button>
    </form>
  )
}
