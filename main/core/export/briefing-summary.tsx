/**
 * The briefing page's first-page summary (counts by category and flag, and
 * the key points in one line each with their paragraph references) and its
 * references annex (each cited text the notes touch, from the timeline).
 */
import type { ReactNode } from 'react'
import { annexFacts, type AnnexEntry } from './briefing-annex'
import { briefingLocale, FLAG_LABELS, keyPointPlace, type BriefingContent, type DateStyle } from './briefing-content'
import { Glyph } from './briefing-note'
import { REFERENCES_ANNEX_HEADING, REFERENCES_ANNEX_ID } from './briefing-contents'

/** Counts by category and flag, then the key points. */
export function Summary({ content }: { content: BriefingContent }) {
  return (
    <section className="summary" aria-labelledby="summary-heading">
      <h2 id="summary-heading">Summary</h2>
      <ul className="counts" aria-label="Notes by category and flag">
        <CountItems content={content} />
      </ul>
      {content.keyPoints.length > 0 ? (
        <>
          <h3>
            <Glyph glyph="★" /> Key points
          </h3>
          <ul className="key-points">
            {content.keyPoints.map(({ note, line }) => (
              <li key={note.number}>
                <span dir="auto">{line}</span> <span className="key-point-place">({keyPointPlace(note)})</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  )
}

function CountItems({ content }: { content: BriefingContent }) {
  const { counts } = content
  return [
    ...counts.byCategory.map(({ category, count }) => (
      <CountItem key={category?.id ?? 'none'} count={count}>
        {category ? (
          <>
            <Glyph glyph={category.glyph} /> {category.label}
          </>
        ) : (
          'No category'
        )}
      </CountItem>
    )),
    ...(counts.wholeDocument > 0 ? [<CountItem key="document" count={counts.wholeDocument}>On the whole document</CountItem>] : []),
    ...(counts.needsReview > 0 ? [<CountItem key="needs-review" count={counts.needsReview}>{FLAG_LABELS['needs-review']}</CountItem>] : []),
    ...(counts.orphaned > 0 ? [<CountItem key="orphaned" count={counts.orphaned}>{FLAG_LABELS.orphaned}</CountItem>] : []),
  ]
}

function CountItem({ count, children }: { count: number; children: ReactNode }) {
  return (
    <li>
      {children} <span className="count">{count}</span>
    </li>
  )
}

/** The cited texts, each with its facts and the notes that touch it. */
export function ReferencesAnnex({ annex, style }: { annex: readonly AnnexEntry[]; style: DateStyle }) {
  return (
    <section className="annex" aria-labelledby={REFERENCES_ANNEX_ID}>
      <h2 id={REFERENCES_ANNEX_ID}>{REFERENCES_ANNEX_HEADING}</h2>
      {annex.map((entry) => (
        <article key={entry.id} className="annex-entry">
          <h3>
            {entry.shortLabel}
            {entry.symbol !== null ? <span className="symbol"> · {entry.symbol}</span> : null}
          </h3>
          <p className="annex-title">{entry.title}</p>
          <p className="annex-facts">{annexFacts(entry, briefingLocale(style))}</p>
        </article>
      ))}
    </section>
  )
}
