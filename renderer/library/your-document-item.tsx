/**
 * One of "Your documents" in the rail: its link (title, kind, current
 * revision, date added) with Rename (the title becomes a field; Enter
 * saves, Esc cancels), Add revision… (a file picker) and Remove (which asks
 * first, see remove-document-dialog.tsx) and Edit label (of the current
 * revision); below, for each earlier revision, "Compare with Rev. N",
 * "Open Rev. N" (read-only, in the reader) and its own Edit label.
 */
import { useRef } from 'react'
import { ADDED_DOCUMENT_EXTENSIONS, MAX_DOCUMENT_TITLE_LENGTH } from '../../shared/added-documents'
import { defaultRevisionLabel, DOCUMENT_KIND_LABELS, type DocumentSummary } from '../../shared/document-model'
import { compareRoute, readRoute } from '../routing/route'
import { FilePickerButton } from '../ui/file-picker-button'
import { InlineEditForm, useInlineEdit } from './inline-edit'
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
  const buttonRef = useRef<HTMLButtonElement>(null)
  const rename = useInlineEdit(buttonRef)

  if (rename.editing) {
    return (
      <li className="your-document">
        <InlineEditForm fieldLabel={`New title for “${document.title}”`} initial={document.title} maxLength={MAX_DOCUMENT_TITLE_LENGTH} required onSave={onRename} onDone={rename.finish} />
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
        <button ref={buttonRef} type="button" className="link-button" aria-label={`Rename “${document.title}”`} onClick={rename.start}>
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
