/**
 * The detail card of the selected timeline entry: every verified fact, the
 * summary, sources (opened outside the app, only on click), and links to the
 * passages that cite it and to its reference page.
 */
import { useEffect, useRef } from 'react'
import { formatPartialDateRange } from '../../shared/partial-date-format'
import { TIMELINE_BODY_LABELS, TIMELINE_TOPIC_LABELS, type TimelineEntry } from '../../shared/timeline-model'
import { documentNotesRoute, readRoute } from '../routing/route'
import { searchTargetRendered } from '../search/search-marks'
import { revealInPane } from '../shell/reveal-in-pane'
import './entry-detail.css'

/** Props of the card. */
export interface EntryDetailProps {
  readonly entry: TimelineEntry
  readonly noteCount: number
  readonly documentTitles: ReadonlyMap<string, string>
}

/** The selected entry. */
export function EntryDetail({ entry, noteCount, documentTitles }: EntryDetailProps) {
  const cardRef = useRef<HTMLElement>(null)
  useEffect(() => {
    // The card opens below the chart: bring it into view (moving only the timeline's pane).
    if (cardRef.current) revealInPane(cardRef.current, 'nearest')
    // The entry is on screen: a search result opened here can mark its words now.
    searchTargetRendered()
  }, [entry.id])
  return (
    <section ref={cardRef} className="entry-detail" aria-labelledby="entry-detail-title" data-body={entry.body}>
      <p className="entry-detail-kicker">
        <span className="body-shape" aria-hidden="true" />
        {TIMELINE_BODY_LABELS[entry.body]}
        {entry.symbol && <span className="entry-symbol">{entry.symbol}</span>}
      </p>
      <h2 id="entry-detail-title" tabIndex={-1}>
        {entry.title}
      </h2>
      <dl className="entry-facts">
        <div>
          <dt>Date</dt>
          <dd>
            <time dateTime={entry.date}>{formatPartialDateRange(entry.date, entry.endDate)}</time>
          </dd>
        </div>
        {entry.place && (
          <div>
            <dt>Place</dt>
            <dd>{entry.place}</dd>
          </div>
        )}
        {entry.session && (
          <div>
            <dt>Meeting</dt>
            <dd>{entry.session}</dd>
          </div>
        )}
        <div>
          <dt>Adoption</dt>
          <dd>{entry.adoption.text}</dd>
        </div>
        {entry.draftSymbol && (
          <div>
            <dt>Draft</dt>
            <dd>{entry.draftSymbol}</dd>
          </div>
        )}
        {entry.sponsors && (
          <div>
            <dt>Main sponsors</dt>
            <dd>
              {sponsorsSentence(entry.sponsors)}
              {entry.sponsorsNote && <span className="entry-note"> {entry.sponsorsNote}</span>}
            </dd>
          </div>
        )}
        <div>
          <dt>Topics</dt>
          <dd>{entry.topics.map((topic) => TIMELINE_TOPIC_LABELS[topic]).join(' · ')}</dd>
        </div>
      </dl>
      <p className="entry-summary">{entry.summary}</p>
      {entry.unconfirmed && (
        <ul className="entry-unconfirmed" aria-label="Unconfirmed">
          {entry.unconfirmed.map((fact) => (
            <li key={fact}>
              <span className="badge badge-unconfirmed">Unconfirmed</span> {fact}
            </li>
          ))}
        </ul>
      )}
      {entry.citedIn.length > 0 && (
        <div className="entry-cited">
          <h3>Cited in</h3>
          <ul>
            {entry.citedIn.map((citation) => (
              <li key={citation.annotationId}>
                <a href={readRoute(citation.documentId, citation.blockId)}>
                  “{citation.quote}” in {documentTitles.get(citation.documentId) ?? citation.documentId}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <p className="entry-links">
        <a className="button button-small" href={readRoute(entry.documentId)}>
          Read the reference page
        </a>
        {noteCount === 0 ? (
          <span className="entry-note-count">No notes of yours on this text yet</span>
        ) : (
          <a className="entry-note-count" href={documentNotesRoute(entry.documentId)}>
            {noteCount === 1 ? '1 note of yours' : `${noteCount} notes of yours`}
          </a>
        )}
      </p>
      <div className="entry-sources">
        <h3>Sources</h3>
        <ul>
          {entry.sources.map((source) => (
            <li key={source.url}>
              <a className="external-link" href={source.url} target="_blank" rel="noopener noreferrer" title={`${source.url} (opens in your web browser)`}>
                {source.title}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </section>
  )
}

/** "Brazil and Germany." / "Sweden, Brazil and Nigeria.": the sponsors as one sentence, before any note. */
function sponsorsSentence(sponsors: readonly string[]): string {
  const list = sponsors.length <= 1 ? (sponsors[0] ?? '') : `${sponsors.slice(0, -1).join(', ')} and ${sponsors[sponsors.length - 1] ?? ''}`
  return list === '' ? '' : `${list}.`
}
