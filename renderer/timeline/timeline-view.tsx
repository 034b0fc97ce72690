/**
 * The Timeline view: the cited texts on a proportional axis from 2011 to
 * 2018, one lane per body (colour plus a shape and a label), filters by body
 * and topic, a mark on entries the statement cites, the user's note count,
 * and a detail card for the selected entry. The markers are one ordered list
 * in date order: arrow keys move between them, Enter opens one. At narrow
 * widths the same list shows as a vertical list.
 */
import { useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { sortTimeline, TIMELINE_BODY_LABELS, type TimelineEntry } from '../../shared/timeline-model'
import { EntryDetail } from './entry-detail'
import { ALL_ENTRIES, filterTimeline, type TimelineFilter } from './timeline-filters'
import { TimelineFilterBar } from './timeline-filter-bar'
import { DEFAULT_AXIS, laneRows, layoutTimeline, TIMELINE_LANES } from './timeline-layout'
import { TimelineMarker } from './timeline-marker'
import './timeline-view.css'

/** Props of the view. */
export interface TimelineViewProps {
  readonly entries: readonly TimelineEntry[]
  readonly selectedId: string | null
  /** The user's notes per library document. */
  readonly noteCounts: ReadonlyMap<string, number>
  readonly documentTitles: ReadonlyMap<string, string>
  /** The statement's document id, to mark entries it cites. */
  readonly statementId: string | null
}

/** Pixel geometry of the chart: label rows per lane, padding, the year axis. */
const ROW_HEIGHT = 46
const LANE_PADDING = 10
const AXIS_HEIGHT = 28

function laneHeight(rows: number): number {
  return rows * ROW_HEIGHT + 2 * LANE_PADDING
}

function laneTop(rows: readonly number[], lane: number): number {
  return rows.slice(0, lane).reduce((sum, count) => sum + laneHeight(count), 0)
}

function plotHeight(rows: readonly number[]): number {
  return laneTop(rows, rows.length)
}

const YEARS = Array.from({ length: DEFAULT_AXIS.endYear - DEFAULT_AXIS.startYear }, (_, index) => DEFAULT_AXIS.startYear + index)

/** The timeline. */
export function TimelineView({ entries, selectedId, noteCounts, documentTitles, statementId }: TimelineViewProps) {
  const [filter, setFilter] = useState<TimelineFilter>(ALL_ENTRIES)
  const sorted = useMemo(() => sortTimeline(entries), [entries])
  const shown = useMemo(() => filterTimeline(sorted, filter), [sorted, filter])
  const placed = useMemo(() => layoutTimeline(shown), [shown])
  const rows = laneRows(placed)
  const selected = sorted.find((entry) => entry.id === selectedId) ?? null
  const [focusId, setFocusId] = useState<string | null>(null)
  const listRef = useRef<HTMLOListElement>(null)
  const rovingId = shown.some((entry) => entry.id === focusId) ? focusId : shown.some((entry) => entry.id === selectedId) ? selectedId : (shown[0]?.id ?? null)

  const onKeyDown = (event: KeyboardEvent<HTMLOListElement>) => {
    const index = shown.findIndex((entry) => entry.id === rovingId)
    const moves: Record<string, number> = { ArrowRight: index + 1, ArrowDown: index + 1, ArrowLeft: index - 1, ArrowUp: index - 1, Home: 0, End: shown.length - 1 }
    const target = moves[event.key]
    if (target === undefined) return
    event.preventDefault()
    const next = shown[Math.max(0, Math.min(shown.length - 1, target))]
    if (!next) return
    setFocusId(next.id)
    listRef.current?.querySelector<HTMLAnchorElement>(`[data-entry-id="${next.id}"]`)?.focus()
  }

  const cites = (entry: TimelineEntry) => entry.citedIn.some((citation) => citation.documentId === statementId)

  return (
    <div className="timeline-view">
      <header className="timeline-header">
        <h1>Timeline</h1>
        <p className="timeline-intro">The texts the statement cites, from the Hague Declaration (2011) to the Plenipotentiary Conference in Dubai (2018).</p>
      </header>

      <TimelineFilterBar filter={filter} shown={shown.length} total={sorted.length} onChange={setFilter} />
      <ul className="timeline-legend" aria-label="Legend">
        <li>
          <span className="entry-cited-mark" aria-hidden="true">
            ❝
          </span>
          Cited in the statement
        </li>
        <li>
          <span className="entry-notes" aria-hidden="true">
            2
          </span>
          Number of your notes on that text
        </li>
        <li>Hover over or focus an entry to see its date</li>
      </ul>

      <div className="timeline-chart">
        <div className="timeline-lane-labels" aria-hidden="true">
          <div className="axis-spacer" />
          {TIMELINE_LANES.map((body, lane) => (
            <div key={body} className="lane-label" data-body={body} style={{ height: laneHeight(rows[lane] ?? 1) }}>
              <span className="body-shape" />
              {TIMELINE_BODY_LABELS[body]}
            </div>
          ))}
        </div>
        <div className="timeline-plot" style={{ height: AXIS_HEIGHT + plotHeight(rows) }}>
          <div className="timeline-axis" aria-hidden="true">
            {YEARS.map((year) => (
              <span key={year} className="axis-year" style={{ left: `${((year - DEFAULT_AXIS.startYear) / YEARS.length) * 100}%` }}>
                {year}
              </span>
            ))}
          </div>
          {TIMELINE_LANES.map((body, lane) => (
            <div key={body} className="lane-band" data-body={body} aria-hidden="true" style={{ top: AXIS_HEIGHT + laneTop(rows, lane), height: laneHeight(rows[lane] ?? 1) }} />
          ))}
          <ol ref={listRef} className="timeline-entries" aria-label="Timeline entries, in date order" onKeyDown={onKeyDown}>
            {placed.map((placement) => (
              <TimelineMarker
                key={placement.entry.id}
                placed={placement}
                top={AXIS_HEIGHT + laneTop(rows, placement.lane) + LANE_PADDING + placement.row * ROW_HEIGHT}
                selected={placement.entry.id === selectedId}
                roving={placement.entry.id === rovingId}
                citedInStatement={cites(placement.entry)}
                noteCount={noteCounts.get(placement.entry.documentId) ?? 0}
                onFocus={setFocusId}
              />
            ))}
          </ol>
        </div>
      </div>

      {selected ? (
        <EntryDetail entry={selected} noteCount={noteCounts.get(selected.documentId) ?? 0} documentTitles={documentTitles} />
      ) : (
        <p className="timeline-hint">Choose an entry to see what it is, how it was adopted and where the statement cites it.</p>
      )}
    </div>
  )
}
