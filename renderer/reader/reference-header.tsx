/**
 * The head of a reference page (a text the statement cites): its title as
 * the page's h1, the key facts from its timeline entry, the passages of the
 * statement that cite it, and a way to the timeline with it selected.
 */
import type { ReactNode } from 'react'
import { DOCUMENT_KIND_LABELS, type LibraryDocument } from '../../shared/document-model'
import { formatPartialDateRange } from '../../shared/partial-date-format'
import { TIMELINE_BODY_LABELS, type TimelineEntry } from '../../shared/timeline-model'
import { readRoute, timelineRoute } from '../routing/route'
import './reference-header.css'

/** Props of the header. */
export interface ReferenceHeaderProps {
  readonly document: LibraryDocument
  /** The timeline entry whose reference page `document` is. */
  readonly entry: TimelineEntry
  /** The statement's document id; its citations are the ones listed. */
  readonly statementId: string | null
}

/** Title, facts and the ways back to the statement and the timeline. */
export function ReferenceHeader({ document, entry, statementId }: ReferenceHeaderProps) {
  const citations = entry.citedIn.filter((citation) => citation.documentId === statementId)
  return (
    <header className="reference-header" data-body={entry.body}>
      <p className="reference-kicker">
        <span className="body-shape" aria-hidden="true" />
        {TIMELINE_BODY_LABELS[entry.body]} · {DOCUMENT_KIND_LABELS[document.kind]}
      </p>
      <h1 className="reference-title">{document.title}</h1>
      <dl className="reference-facts">
        {entry.symbol && <Fact term="Symbol">{entry.symbol}</Fact>}
        <Fact term="Body">{document.issuingBody}</Fact>
        {entry.session && <Fact term="Meeting">{entry.session}</Fact>}
        <Fact term="Date">
          <time dateTime={entry.date}>{formatPartialDateRange(entry.date, entry.endDate)}</time>
        </Fact>
        <Fact term="Adoption">{entry.adoption.text}</Fact>
      </dl>
      <nav className="reference-links" aria-label="This text elsewhere">
        {statementId && citations.length > 0 && (
          <div className="reference-cited">
            <h2 className="reference-links-heading">Where the statement cites this</h2>
            <ul>
              {citations.map((citation, index) => (
                <li key={citation.annotationId}>
                  <a href={readRoute(statementId, citation.blockId)}>
                    The passage citing “{citation.quote}”{citations.length > 1 ? ` (passage ${index + 1} of ${citations.length})` : ''}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        )}
        <a className="button button-small reference-timeline-link" href={timelineRoute(entry.id)}>
          On the timeline
        </a>
      </nav>
    </header>
  )
}

/** One term and its value in the facts list. */
function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  )
}
