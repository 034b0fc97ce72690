/**
 * One of "Your documents" in the rail: its link (title, kind, date added)
 * with Rename (the title becomes a field; Enter saves, Esc cancels) and
 * Remove (which asks first, see remove-document-dialog.tsx).
 */
import { useEffect, useRef, useState } from 'react'
import { MAX_DOCUMENT_TITLE_LENGTH } from '../../shared/added-documents'
import { DOCUMENT_KIND_LABELS, type DocumentSummary } from '../../shared/document-model'
import { readRoute } from '../routing/route'

/** Props of an item. */
export interface YourDocumentItemProps {
  readonly document: DocumentSummary
  readonly open: boolean
  onRename(title: string): Promise<boolean>
  onRemove(): void
}

/** The item. */
export function YourDocumentItem({ document, open, onRename, onRemove }: YourDocumentItemProps) {
  const [editing, setEditing] = useState(false)
  const fieldRef = useRef<HTMLInputElement>(null)
  const renameRef = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    if (editing) fieldRef.current?.select()
  }, [editing])

  const finish = () => {
    setEditing(false)
    // Focus returns to the button that started it, as after a dialog.
    requestAnimationFrame(() => renameRef.current?.focus())
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
          {DOCUMENT_KIND_LABELS[document.kind]} · added {formatAdded(document.added?.addedAt)}
        </span>
      </a>
      <span className="your-document-actions">
        <button ref={renameRef} type="button" className="link-button" aria-label={`Rename “${document.title}”`} onClick={() => setEditing(true)}>
          Rename
        </button>
        <button type="button" className="link-button" aria-label={`Remove “${document.title}”`} onClick={onRemove}>
          Remove
        </button>
      </span>
    </li>
  )
}

function formatAdded(iso: string | undefined): string {
  if (!iso) return ''
  return new Date(iso).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' })
}
