/**
 * Splits a run of block text at highlight boundaries, so each piece knows
 * which notes cover it. Offsets are block-local UTF-16, as the DOM counts.
 */

/** A highlight inside one block. */
export interface BlockHighlight {
  readonly noteId: string
  readonly start: number
  readonly end: number
}

/** A piece of a text run and the notes covering it (empty: not highlighted). */
export interface HighlightPiece {
  readonly start: number
  readonly end: number
  readonly noteIds: readonly string[]
}

/**
 * Cuts [start, end) into pieces at every highlight edge inside it. Pieces are
 * contiguous and cover the run exactly; overlapping highlights list all notes,
 * the most recently listed last.
 */
export function splitRun(start: number, end: number, highlights: readonly BlockHighlight[]): HighlightPiece[] {
  if (end <= start) return []
  const cuts = new Set<number>([start, end])
  for (const highlight of highlights) {
    if (highlight.start > start && highlight.start < end) cuts.add(highlight.start)
    if (highlight.end > start && highlight.end < end) cuts.add(highlight.end)
  }
  const points = [...cuts].sort((a, b) => a - b)
  const pieces: HighlightPiece[] = []
  for (let index = 0; index < points.length - 1; index++) {
    const from = points[index] as number
    const to = points[index + 1] as number
    const noteIds = highlights.filter((highlight) => highlight.start <= from && highlight.end >= to).map((highlight) => highlight.noteId)
    const last = pieces[pieces.length - 1]
    if (last && sameIds(last.noteIds, noteIds)) pieces[pieces.length - 1] = { ...last, end: to }
    else pieces.push({ start: from, end: to, noteIds })
  }
  return pieces
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, index) => id === b[index])
}
