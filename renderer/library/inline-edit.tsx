/**
 * A name edited in place in the rail (a document's title, a revision's
 * label): a button becomes a field with Save and Cancel; Enter saves, Esc
 * cancels, and focus goes back to the button, as after a dialog, once the
 * button is on the page again.
 */
import { useEffect, useRef, useState, type RefObject } from 'react'

/** Whether the field shows, and how it opens and closes. */
export interface InlineEdit {
  readonly editing: boolean
  start(): void
  /** Closes the field and puts focus back on the button. */
  finish(): void
}

/** The state of one in-place edit started by the button `buttonRef` holds. */
export function useInlineEdit(buttonRef: RefObject<HTMLButtonElement | null>): InlineEdit {
  const [editing, setEditing] = useState(false)
  const returnFocus = useRef(false)
  useEffect(() => {
    if (editing || !returnFocus.current) return
    returnFocus.current = false
    buttonRef.current?.focus()
  }, [editing, buttonRef])
  return {
    editing,
    start: () => setEditing(true),
    finish: () => {
      returnFocus.current = true
      setEditing(false)
    },
  }
}

/** Props of the field. */
export interface InlineEditFormProps {
  /** The field's accessible name ("New title for “…”"). */
  readonly fieldLabel: string
  readonly initial: string
  readonly maxLength: number
  /** A blank value is refused by the field itself (a title); else it is saved (a label goes back to its default). */
  readonly required?: boolean
  /** Resolves true once saved (false: the rail's status says why not, and the field stays). */
  onSave(value: string): Promise<boolean>
  onDone(): void
}

/** The field with Save and Cancel, its text selected when it opens. */
export function InlineEditForm({ fieldLabel, initial, maxLength, required = false, onSave, onDone }: InlineEditFormProps) {
  const fieldRef = useRef<HTMLInputElement>(null)
  useEffect(() => fieldRef.current?.select(), [])
  return (
    <form
      className="your-document-rename"
      onSubmit={(event) => {
        event.preventDefault()
        void onSave(fieldRef.current?.value ?? '').then((saved) => saved && onDone())
      }}
    >
      <input
        ref={fieldRef}
        className="field your-document-title-field"
        aria-label={fieldLabel}
        defaultValue={initial}
        maxLength={maxLength}
        required={required}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault()
            onDone()
          }
        }}
      />
      <button type="submit" className="button button-small">
        Save
      </button>
      <button type="button" className="button button-small button-quiet" onClick={onDone}>
        Cancel
      </button>
    </form>
  )
}
