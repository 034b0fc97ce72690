/**
 * The left rail: the bundled documents, and the open document's contents.
 */
import { DOCUMENT_KIND_LABELS, type DocumentSummary, type LibraryDocument } from '../../shared/document-model'
import { readRoute } from '../routing/route'
import { formatPartialDate } from '../../shared/partial-date-format'
import './library-rail.css'

/** Library list and table of contents. */
export function LibraryRail({
  documents,
  openDocument,
  targetBlockId,
}: {
  documents: readonly DocumentSummary[]
  openDocument: LibraryDocument | null
  targetBlockId: string | null
}) {
  const headings = openDocument?.blocks.filter((block) => block.type === 'heading') ?? []
  return (
    <aside className="rail">
      <nav aria-label="Library" className="rail-section">
        <h2 className="rail-heading">Library</h2>
        <ul className="rail-list">
          {documents.map((document) => (
            <li key={document.id}>
              <a
                className="rail-document"
                href={readRoute(document.id)}
                aria-current={document.id === openDocument?.id ? 'page' : undefined}
              >
                <span className="rail-document-title">{document.title}</span>
                <span className="rail-document-meta">
                  {DOCUMENT_KIND_LABELS[document.kind]} · {formatPartialDate(document.date)}
                </span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {openDocument && headings.length > 0 && (
        <nav aria-label="Contents" className="rail-section">
          <h2 className="rail-heading">Contents</h2>
          <ul className="rail-list">
            {headings.map((block) => (
              <li key={block.id}>
                <a
                  className={`rail-contents-link level-${block.type === 'heading' ? block.level : 2}`}
                  href={readRoute(openDocument.id, block.id)}
                  aria-current={block.id === targetBlockId ? 'location' : undefined}
                >
                  {block.text.split('\n').join(' ')}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </aside>
  )
}
