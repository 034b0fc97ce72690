/**
 * A button that opens the system's file picker: a visible label tied to a
 * hidden file input, so it looks like any other button and the input keeps
 * its native keyboard and drop behaviour.
 */
import { useId } from 'react'

/** Props of the button. */
export interface FilePickerButtonProps {
  /** What the button says, and the input's name unless `accessibleName` is given. */
  readonly children: string
  /** The class of the visible label ("button button-small", "link-button", …). */
  readonly className: string
  /** File types offered, as for the input's `accept`. */
  readonly accept: string
  /** A fuller name for the input, when the visible words are not enough on their own ("Add a revision of “…”"). */
  readonly accessibleName?: string
  readonly disabled?: boolean
  /** Called with the chosen file; choosing the same file again calls it again. */
  onFile(file: File): void
}

/** The button. */
export function FilePickerButton({ children, className, accept, accessibleName, disabled = false, onFile }: FilePickerButtonProps) {
  const id = useId()
  return (
    <>
      <label className={className} htmlFor={id}>
        {children}
      </label>
      <input
        id={id}
        className="visually-hidden"
        type="file"
        accept={accept}
        aria-label={accessibleName}
        disabled={disabled}
        onChange={(event) => {
          const file = event.target.files?.[0]
          // Cleared, so choosing the same file again (after fixing it) is seen as a choice.
          event.target.value = ''
          if (file) onFile(file)
        }}
      />
    </>
  )
}
