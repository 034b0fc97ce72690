/**
 * One of "Your documents" in the rail: its link (title, kind, current
 * revision, date added) with Rename (the title becomes a field; Enter
 * saves, Esc cancels), Add revision… (a file picker) and Remove (which asks
 * first, see remove-document-dialog.tsx) and Edit label (of the current
 * revision); below, for each earlier revision, "Compare with Rev. N",
 * "Open Rev. N" (read-only, in the reader) and its own Edit label.
 */
import { useEffect, useRef, useState } from 'react'
import { ADDED_DOCUMENT_EXTENSIONS, MAX_DOCUMENT_TITLE_LENGTH } from '../../shared/added-documents'
import { defaultRevisionLabel, DOCUMENT_KIND_LABELS, type DocumentSummary } from '../../shared/document-model'
import { compareRoute, readRoute } from '../routing/route'
import { FilePickerButton } from '../ui/file-picker-button'
import { RevisionLabelEditor } from './revision-label-editor'

/** Props of an item. */
export interface YourDocumentItemProps {
  readonly document: DocumentSummary
  readonly open: boolean
  /** Whether a change is under way (the file pickers wait). */
  readonly busy: boolean
  onRename(title: string): Promise<boolean>
  onAddRevision(file: File): void
  /** Resolves true once revision `number`'s new label is saved. */
  onSetRevisionLabel(number: number, label: string): Promise<boolean>
  onRemove(): void
}

/** The item. */
export function YourDocumentItem({ document, open, busy, onRename, onAddRevision, onSetRevisionLabel, onRemove }: YourDocumentItemProps) {
  const currentLabel = document.added?.revision?.label ?? defaultRevisionLabel(1)
  const [editing, setEditing] = useState(false)
  const fieldRef = useRef<HTMLInputElement>(null)
  const renameRef = useRef<HTMLButtonElement>(null)

  // Focus returns to the button that started the rename, as after a dialog, once that button is back on the page.
  const returnFocus = useRef(false)
  useEffect(() => {
    if (editing) fieldRef.current?.select()
    else if (returnFocus.current) {
      returnFocus.current = false
      renameRef.current?.focus()
    }
  }, [editing])

  const finish = () => {
    returnFocus.current = true
    setEditing(false)
  }

  if (editing) {
    return (
      <li className="your-document">
        <form
          className="your-document-rename"
          onSubmit={(event) => {
            event.preventDefault()
            void onRename(fieldRef.current?.value ?? '').then((saved) => saved && finish())
          }}
        >
          <input
            ref={fieldRef}
            className="field your-document-title-field"
            aria-label={`New title for “${document.title}”`}
            defaultValue={document.title}
            maxLength={MAX_DOCUMENT_TITLE_LENGTH}
            required
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
      </li>
    )
  }

  return (
    <li className="your-document">
      <a className="rail-document" href={readRoute(document.id)} aria-current={open ? 'page' : undefined}>
        <span className="rail-document-title">{document.title}</span>
        <span className="rail-document-meta">
          {DOCUMENT_KIND_LABELS[document.kind]} · {currentLabel} · added {formatAdded(document.added?.addedAt)}
        </span>
      </a>
      <span className="your-document-actions">
        <button ref={renameRef} type="button" className="link-button" aria-label={`Rename “${document.title}”`} onClick={() => setEditing(true)}>
          Rename
        </button>
        <FilePickerButton className="link-button" accessibleName={`Add a revision of “${document.title}”`} accept={ADDED_DOCUMENT_EXTENSIONS.join(',')} disabled={busy} onFile={onAddRevision}>
          Add revision…
        </FilePickerButton>
        <RevisionLabelEditor documentTitle={document.title} label={currentLabel} onSave={(label) => onSetRevisionLabel(document.added?.revision?.number ?? 1, label)} />
        <button type="button" className="link-button" aria-label={`Remove “${document.title}”`} onClick={onRemove}>
          Remove
        </button>
      </span>
      {(document.added?.earlierRevisions?.length ?? 0) > 0 && (
        <ul className="your-document-revisions" aria-label={`Earlier revisions of “${document.title}”`}>
          {document.added?.earlierRevisions?.map((revision) => (
            <li key={revision.id}>
              <a href={compareRoute(revision.id, document.id)} title={`Added ${formatAdded(revision.addedAt)}`}>
                Compare with {revision.label}
              </a>{' '}
              <a href={readRoute(revision.id)}>Open {revision.label}</a>{' '}
              <RevisionLabelEditor documentTitle={document.title} label={revision.label} onSave={(label) => onSetRevisionLabel(revision.number, label)} />
            </li>
          ))}
        </ul>
      )}
    </li>
  )
}

function formatAdded(iso: string | undefined): string {
  if (!iso) return ''
  return new Date(iso).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' })
}
