/**
 * The left rail: the open document's contents first, then the bundled
 * documents in a list that folds away, then "Your documents" (the ones the
 * user added). A file dropped on the rail, or anywhere on the window, or
 * chosen with Ctrl/Cmd+O (File › Add Document… in the desktop app), is added. In narrow
 * windows the rail is a drawer over the text (see shell/use-drawers.ts).
 */
import { useCallback, useState, type DragEvent, type MouseEvent } from 'react'
import { DOCUMENT_KIND_LABELS, type AddedDocumentKind, type DocumentSummary, type LibraryDocument } from '../../shared/document-model'
import { formatPartialDate } from '../../shared/partial-date-format'
import type { ApiClient } from '../api-client/api-client'
import { readRoute } from '../routing/route'
import { DocumentContents } from './document-contents'
import { useAddDocumentCommand } from './use-add-document-command'
import { useAddedDocuments } from './use-added-documents'
import { useWindowFileDrop } from './use-window-file-drop'
import { YourDocuments } from './your-documents'
import './library-rail.css'

/** The rail's id, which the top bar's Library button controls. */
export const LIBRARY_RAIL_ID = 'library-rail'

/** Props of the rail. */
export interface LibraryRailProps {
  readonly client: ApiClient
  readonly documents: readonly DocumentSummary[]
  /** The document being read, whose contents lead the rail (null outside the reader). */
  readonly openDocument: LibraryDocument | null
  /** Whether the rail shows as a drawer (narrow windows only; wide windows always show it). */
  readonly drawerOpen: boolean
  /** A link in the rail was followed: a drawer closes. */
  onNavigate(): void
  /** A document was added, renamed or removed: the library (and the notes; with `openToo` the open document) load again. */
  onLibraryChanged(openToo?: boolean): Promise<void>
}

/** Contents and library. */
export function LibraryRail({ client, documents, openDocument, drawerOpen, onNavigate, onLibraryChanged }: LibraryRailProps) {
  const [listOpen, setListOpen] = useState(true)
  const [dropping, setDropping] = useState(false)
  const [kind, setKind] = useState<AddedDocumentKind>('draft')
  const actions = useAddedDocuments(client, onLibraryChanged)
  const { add } = actions
  const addFile = useCallback((file: File) => void add(file, kind), [add, kind])
  useWindowFileDrop(addFile)
  useAddDocumentCommand(addFile)
  const bundled = documents.filter((document) => !document.added)
  const added = documents.filter((document) => document.added)
  const followLink = (event: MouseEvent<HTMLElement>) => {
    if (event.target instanceof Element && event.target.closest('a[href]')) onNavigate()
  }
  const carriesFile = (event: DragEvent<HTMLElement>) => event.dataTransfer.types.includes('Files')
  return (
    <aside
      id={LIBRARY_RAIL_ID}
      className={`rail${drawerOpen ? ' is-open' : ''}${dropping ? ' is-dropping' : ''}`}
      aria-label="Library and contents"
      tabIndex={-1}
      onClick={followLink}
      onDragOver={(event) => {
        if (!carriesFile(event)) return
        event.preventDefault()
        event.dataTransfer.dropEffect = 'copy'
        setDropping(true)
      }}
      onDragLeave={(event) => {
        if (!(event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget))) setDropping(false)
      }}
      onDrop={(event) => {
        if (!carriesFile(event)) return
        event.preventDefault()
        setDropping(false)
        const file = event.dataTransfer.files[0]
        if (file) void actions.add(file, kind)
      }}
    >
      {openDocument && <DocumentContents document={openDocument} />}
      {/* The delegate's own drafts come before the background texts: they are what the day's work is on. */}
      <YourDocuments documents={added} openDocumentId={openDocument?.id ?? null} actions={actions} kind={kind} onKindChange={setKind} />
      <nav aria-label="Library" className="rail-section">
        <h2 className="rail-heading">
          <button type="button" className="rail-fold" aria-expanded={listOpen} aria-controls="library-list" onClick={() => setListOpen(!listOpen)}>
            <span className="rail-fold-mark" aria-hidden="true" />
            Library
            <span className="rail-count">{bundled.length}</span>
          </button>
        </h2>
        <ul id="library-list" className="rail-list" hidden={!listOpen}>
          {bundled.map((document) => (
            <li key={document.id}>
              <a className="rail-document" href={readRoute(document.id)} aria-current={document.id === openDocument?.id ? 'page' : undefined}>
                <span className="rail-document-title">{document.title}</span>
                <span className="rail-document-meta">
                  {DOCUMENT_KIND_LABELS[document.kind]} · {formatPartialDate(document.date)}
                </span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </aside>
  )
}
