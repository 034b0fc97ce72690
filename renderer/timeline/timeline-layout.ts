/**
 * Where timeline entries go on a proportional axis: a horizontal position
 * from the date (a span for dates known only to the month or year), a lane
 * per body, and a label row within the lane so close labels do not collide.
 */
import { partialDateBounds } from '../../shared/partial-date'
import type { TimelineBody, TimelineEntry } from '../../shared/timeline-model'

/** The lanes, top to bottom. */
export const TIMELINE_LANES: readonly TimelineBody[] = ['foc', 'hrc', 'unga', 'itu']

/** The axis: from the first day of `startYear` to the first day of `endYear`. */
export interface TimelineAxis {
  readonly startYear: number
  readonly endYear: number
}

/** The axis the statement's history needs: 2011 (Hague Declaration) to 2018 (PP-18). */
export const DEFAULT_AXIS: TimelineAxis = { startYear: 2011, endYear: 2019 }

/** An entry placed on the axis; positions are fractions of the axis width (0–1). */
export interface PlacedEntry {
  readonly entry: TimelineEntry
  /** Where the marker sits: the first day the date can mean. */
  readonly at: number
  /** The span the date covers (to its last day, or to the end date). */
  readonly spanEnd: number
  readonly lane: number
  /** Label row within the lane (0 = nearest the marker). */
  readonly row: number
}

const DAY_MS = 86_400_000

/** Position (0–1) of an ISO day on the axis, clamped. */
export function axisPosition(isoDay: string, axis: TimelineAxis = DEFAULT_AXIS): number {
  const start = Date.UTC(axis.startYear, 0, 1)
  const end = Date.UTC(axis.endYear, 0, 1)
  const time = Date.parse(`${isoDay}T00:00:00Z`)
  return Math.min(1, Math.max(0, (time - start) / (end - start)))
}

/** Positions past this point put their label to the left of the marker, so it stays inside the axis. */
export const LABEL_LEFT_FROM = 0.84

/**
 * The fraction of the axis a marker's label needs, estimated from its
 * length on a plot about 880 px wide (marker, text, cited mark, note count).
 */
export function estimatedLabelWidth(entry: Pick<TimelineEntry, 'shortLabel'>): number {
  return (entry.shortLabel.length * 7.6 + 64) / 880
}

/**
 * Places `entries` (any order) on the axis: lane by body, row by greedy
 * packing left to right within each lane.
 */
export function layoutTimeline(entries: readonly TimelineEntry[], axis: TimelineAxis = DEFAULT_AXIS): PlacedEntry[] {
  const placed = entries.map((entry) => {
    const first = partialDateBounds(entry.date).first
    const last = partialDateBounds(entry.endDate ?? entry.date).last
    return {
      entry,
      at: axisPosition(first, axis),
      spanEnd: axisPosition(new Date(Date.parse(`${last}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10), axis),
      lane: Math.max(0, TIMELINE_LANES.indexOf(entry.body)),
      row: 0,
    }
  })
  const byPosition = [...placed].sort((a, b) => a.at - b.at)
  // Each row of a lane keeps the label intervals placed in it; an entry takes
  // the first row where its label overlaps none.
  const rowsByLane = new Map<number, Array<Array<[number, number]>>>()
  for (const item of byPosition) {
    const width = estimatedLabelWidth(item.entry)
    const interval: [number, number] = item.at > LABEL_LEFT_FROM ? [item.at - width, item.at] : [item.at, item.at + width]
    const rows = rowsByLane.get(item.lane) ?? []
    let row = rows.findIndex((taken) => taken.every(([start, end]) => interval[1] <= start || interval[0] >= end))
    if (row < 0) row = rows.push([]) - 1
    rows[row]?.push(interval)
    rowsByLane.set(item.lane, rows)
    item.row = row
  }
  return placed
}

/** How many label rows each lane needs. */
export function laneRows(placed: readonly PlacedEntry[]): number[] {
  return TIMELINE_LANES.map((_, lane) => 1 + Math.max(0, ...placed.filter((item) => item.lane === lane).map((item) => item.row)))
}
