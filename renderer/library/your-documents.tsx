/**
 * "Your documents" in the library rail: the documents the user added (kind,
 * revision and date added; each can be renamed, revised and removed), an "Add document…"
 * file picker with the kind to give the next one; removing asks first. A file dropped on the
 * rail is added the same way (see library-rail.tsx).
 */
import { useId, useState } from 'react'
import { ADDED_DOCUMENT_EXTENSIONS, MAX_DOCUMENT_SIZE_LABEL } from '../../shared/added-documents'
import { defaultRevisionLabel, DOCUMENT_KIND_LABELS, type AddedDocumentKind, type DocumentSummary } from '../../shared/document-model'
import { AddRevisionDialog, LazyPart, RemoveDocumentDialog } from '../shell/lazy-views'
import { FilePickerButton } from '../ui/file-picker-button'
import type { AddedDocuments } from './use-added-documents'
import { YourDocumentItem } from './your-document-item'
import './your-documents.css'

/** The kinds offered, in the order shown. */
const KINDS: readonly AddedDocumentKind[] = ['draft', 'revision', 'position-paper', 'other']

/** Props of the section. */
export interface YourDocumentsProps {
  readonly documents: readonly DocumentSummary[]
  readonly openDocumentId: string | null
  readonly actions: AddedDocuments
  /** The kind the next added document gets. */
  readonly kind: AddedDocumentKind
  onKindChange(kind: AddedDocumentKind): void
}

/** The section. */
export function YourDocuments({ documents, openDocumentId, actions, kind, onKindChange }: YourDocumentsProps) {
  const headingId = useId()
  const kindId = useId()
  const [removing, setRemoving] = useState<DocumentSummary | null>(null)
  // A revision's file is chosen; its label is asked for before it is added.
  const [revising, setRevising] = useState<{ readonly document: DocumentSummary; readonly file: File } | null>(null)
  const { status } = actions
  return (
    <section aria-labelledby={headingId} className="rail-section your-documents">
      <h2 className="rail-heading" id={headingId}>
        Your documents <span className="rail-count">{documents.length}</span>
      </h2>
      {documents.length === 0 ? (
        <p className="your-documents-empty">Drafts and papers you add appear here. Drop a file on this column or choose one.</p>
      ) : (
        <ul className="rail-list" aria-label="Your documents">
          {documents.map((document) => (
            <YourDocumentItem
              key={document.id}
              document={document}
              open={document.id === openDocumentId}
              busy={status.kind === 'busy'}
              onRename={(title) => actions.rename(document, title)}
              onAddRevision={(file) => setRevising({ document, file })}
              onSetRevisionLabel={(number, label) => actions.setRevisionLabel(document, number, label)}
              onRemove={() => setRemoving(document)}
            />
          ))}
        </ul>
      )}
      <div className="your-documents-add">
        <label htmlFor={kindId} className="your-documents-kind-label">
          Kind
        </label>
        <select id={kindId} className="field field-small" value={kind} onChange={(event) => onKindChange(event.target.value as AddedDocumentKind)}>
          {KINDS.map((each) => (
            <option key={each} value={each}>
              {DOCUMENT_KIND_LABELS[each]}
            </option>
          ))}
        </select>
        <FilePickerButton className="button button-small" accept={ADDED_DOCUMENT_EXTENSIONS.join(',')} disabled={status.kind === 'busy'} onFile={(file) => void actions.add(file, kind)}>
          Add document…
        </FilePickerButton>
      </div>
      <p className="your-documents-hint">PDF (with text, not scans), Word (.docx), Markdown, plain text and web pages (.html), up to {MAX_DOCUMENT_SIZE_LABEL}.</p>
      {status.kind === 'failed' ? (
        <p className="your-documents-status is-error" role="alert">
          {status.message}
        </p>
      ) : (
        <p className="your-documents-status" role="status">
          {status.kind === 'idle' ? '' : status.message}
          {status.kind === 'done' && status.link && (
            <>
              {' '}
              <a href={status.link.href}>{status.link.text}</a>
            </>
          )}
        </p>
      )}
      {actions.notices.map((notice) => (
        <p key={notice} className="your-documents-status is-error">
          {notice}
        </p>
      ))}
      {revising && (
        <LazyPart name="the revision dialog">
          <AddRevisionDialog
            document={revising.document}
            fileName={revising.file.name}
            defaultLabel={defaultRevisionLabel((revising.document.added?.revision?.number ?? 1) + 1)}
            onConfirm={(label) => void actions.addRevision(revising.document, revising.file, label)}
            onClose={() => setRevising(null)}
          />
        </LazyPart>
      )}
      {removing && (
        <LazyPart name="the remove dialog">
          <RemoveDocumentDialog document={removing} onConfirm={() => void actions.remove(removing)} onClose={() => setRemoving(null)} />
        </LazyPart>
      )}
    </section>
  )
}
