/**
 * One entry on the timeline: a marker at its date in its body's lane, with
 * its short label, date, whether the statement cites it and the user's note
 * count; a link that opens its detail card.
 */
import { formatPartialDateRange } from '../../shared/partial-date-format'
import { TIMELINE_BODY_LABELS } from '../../shared/timeline-model'
import { timelineRoute } from '../routing/route'
import { LABEL_LEFT_FROM, type PlacedEntry } from './timeline-layout'

/** Props of a marker. */
export interface TimelineMarkerProps {
  readonly placed: PlacedEntry
  /** Its offset from the top of the chart, in pixels. */
  readonly top: number
  readonly selected: boolean
  /** Whether Tab reaches it (one marker of the list does). */
  readonly roving: boolean
  readonly citedInStatement: boolean
  readonly noteCount: number
  onFocus(entryId: string): void
}

/** The marker of `placed.entry`. */
export function TimelineMarker({ placed, top, selected, roving, citedInStatement, noteCount, onFocus }: TimelineMarkerProps) {
  const { entry, at, spanEnd } = placed
  return (
    <li
        className={`timeline-entry${selected ? ' is-selected' : ''}${at > LABEL_LEFT_FROM ? ' label-left' : ''}`}
      data-body={entry.body}
      style={{
        left: `${at * 100}%`,
        top,
        ['--span' as string]: `${Math.max(0, spanEnd - at) * 100}cqw`,
      }}
    >
      <span className="entry-span" aria-hidden="true" />
      <a
        href={timelineRoute(entry.id)}
        data-entry-id={entry.id}
        tabIndex={roving ? 0 : -1}
        aria-current={selected ? 'true' : undefined}
        onFocus={() => onFocus(entry.id)}
      >
        <span className="body-shape" aria-hidden="true" />
        <span className="entry-label">{entry.shortLabel}</span>
        <span className="entry-date">
          <span className="visually-hidden">, </span>
          {formatPartialDateRange(entry.date, entry.endDate)}
        </span>
        <span className="visually-hidden">, {TIMELINE_BODY_LABELS[entry.body]}</span>
        {citedInStatement && (
          <span className="entry-cited-mark" title="Cited in the statement">
            <span aria-hidden="true">❝</span>
            <span className="visually-hidden">, cited in the statement</span>
          </span>
        )}
        {noteCount > 0 && (
          <span className="entry-notes" title="Your notes on this text">
            <span className="visually-hidden">, </span>
            {noteCount}
            <span className="visually-hidden"> {noteCount === 1 ? 'note' : 'notes'} of yours</span>
          </span>
        )}
      </a>
    </li>
  )
}
