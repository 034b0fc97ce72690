/**
 * Splits text into plain and highlighted segments for rendering as React
 * text nodes and <mark> elements: matched words are marked without ever
 * treating the text as HTML.
 */
import { mergeRanges } from '../../shared/text-ranges'

/** A run of text, highlighted or not. */
export interface Segment {
  readonly text: string
  readonly highlighted: boolean
}

/** Splits `text` at `highlights` ([start, end) UTF-16 ranges; overlaps and out-of-range ends tolerated). */
export function highlightSegments(text: string, highlights: readonly { start: number; end: number }[]): Segment[] {
  const ranges = mergeRanges(
    highlights.map(({ start, end }) => [start, end] as const),
    text.length,
  )
  const segments: Segment[] = []
  let cursor = 0
  for (const [start, end] of ranges) {
    if (start > cursor) segments.push({ text: text.slice(cursor, start), highlighted: false })
    segments.push({ text: text.slice(start, end), highlighted: true })
    cursor = end
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), highlighted: false })
  return segments
}
