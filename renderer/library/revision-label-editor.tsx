/**
 * "Edit label" for one revision of a document the user added, edited in
 * place as Rename edits a title (see inline-edit.tsx).
 */
import { useRef } from 'react'
import { MAX_REVISION_LABEL_LENGTH } from '../../shared/document-model'
import { InlineEditForm, useInlineEdit } from './inline-edit'

/** Props of the editor. */
export interface RevisionLabelEditorProps {
  readonly documentTitle: string
  readonly label: string
  /** Resolves true once the new label is saved (false: the rail's status says why not). */
  onSave(label: string): Promise<boolean>
}

/** The button, or the field while editing. */
export function RevisionLabelEditor({ documentTitle, label, onSave }: RevisionLabelEditorProps) {
  const buttonRef = useRef<HTMLButtonElement>(null)
  const edit = useInlineEdit(buttonRef)
  if (!edit.editing) {
    return (
      <button ref={buttonRef} type="button" className="link-button" aria-label={`Edit the label “${label}” of “${documentTitle}”`} onClick={edit.start}>
        Edit label
      </button>
    )
  }
  return <InlineEditForm fieldLabel={`New label for “${label}” of “${documentTitle}”`} initial={label} maxLength={MAX_REVISION_LABEL_LENGTH} onSave={onSave} onDone={edit.finish} />
}
