/**
 * The left rail: the open document's contents first, then the bundled
 * documents in a list that folds away. In narrow windows the rail is a
 * drawer over the text (see shell/use-drawers.ts).
 */
import { useState, type MouseEvent } from 'react'
import { DOCUMENT_KIND_LABELS, type DocumentSummary, type LibraryDocument } from '../../shared/document-model'
import { formatPartialDate } from '../../shared/partial-date-format'
import { readRoute } from '../routing/route'
import { DocumentContents } from './document-contents'
import './library-rail.css'

/** The rail's id, which the top bar's Library button controls. */
export const LIBRARY_RAIL_ID = 'library-rail'

/** Props of the rail. */
export interface LibraryRailProps {
  readonly documents: readonly DocumentSummary[]
  /** The document being read, whose contents lead the rail (null outside the reader). */
  readonly openDocument: LibraryDocument | null
  /** Whether the rail shows as a drawer (narrow windows only; wide windows always show it). */
  readonly drawerOpen: boolean
  /** A link in the rail was followed: a drawer closes. */
  onNavigate(): void
}

/** Contents and library. */
export function LibraryRail({ documents, openDocument, drawerOpen, onNavigate }: LibraryRailProps) {
  const [listOpen, setListOpen] = useState(true)
  const followLink = (event: MouseEvent<HTMLElement>) => {
    if (event.target instanceof Element && event.target.closest('a[href]')) onNavigate()
  }
  return (
    <aside id={LIBRARY_RAIL_ID} className={`rail${drawerOpen ? ' is-open' : ''}`} aria-label="Library and contents" tabIndex={-1} onClick={followLink}>
      {openDocument && <DocumentContents document={openDocument} />}
      <nav aria-label="Library" className="rail-section">
        <h2 className="rail-heading">
          <button type="button" className="rail-fold" aria-expanded={listOpen} aria-controls="library-list" onClick={() => setListOpen(!listOpen)}>
            <span className="rail-fold-mark" aria-hidden="true" />
            Library
            <span className="rail-count">{documents.length}</span>
          </button>
        </h2>
        <ul id="library-list" className="rail-list" hidden={!listOpen}>
          {documents.map((document) => (
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
