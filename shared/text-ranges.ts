/**
 * Half-open [start, end) ranges over a string, as used for search matches
 * and highlights. Pure: shared by the core (snippets) and the renderer (marks).
 */

/** A half-open range of UTF-16 offsets. */
export type TextRange = readonly [start: number, end: number]

/**
 * Clamps ranges to [0, length], drops empty ones, sorts them and merges
 * overlapping or touching ones, so each offset is covered at most once.
 */
export function mergeRanges(ranges: readonly TextRange[], length: number): Array<[number, number]> {
  const clamped = ranges
    .map(([start, end]): [number, number] => [Math.max(0, start), Math.min(length, end)])
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1])
  const merged: Array<[number, number]> = []
  for (const range of clamped) {
    const last = merged[merged.length - 1]
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1])
    else merged.push(range)
  }
  return merged
}
