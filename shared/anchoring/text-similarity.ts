/**
 * Edit-distance measures for anchoring. Context similarity says how well the
 * text next to a candidate passage matches the context a note remembered
 * (its prefix and suffix); it is used to choose between places a quote could
 * be, so it rewards text that touches the passage: the same words further
 * away are weaker evidence. A bounded edit distance compares a whole
 * candidate passage with the quote.
 */

/** Which end of a context string touches the passage. */
export type ContextSide = 'prefix' | 'suffix'

/**
 * Similarity in [0, 1] between the context a note expects on one side of
 * its passage and the text actually there: 1 - (edit distance / expected
 * length), in UTF-16 units. The alignment is pinned at the passage (the end
 * of a prefix, the start of a suffix) and free at the far end, so `actual`
 * may be longer than `expected` at no cost: callers pass a little extra
 * text so that a character inserted into the context costs one edit, not
 * one edit plus a character pushed out of the window. An empty expectation
 * says nothing, so it scores 1.
 */
export function contextSimilarity(expected: string, actual: string, side: ContextSide): number {
  const m = expected.length
  if (m === 0) return 1
  if (side === 'prefix' ? actual.endsWith(expected) : actual.startsWith(expected)) return 1
  const n = actual.length
  // Characters are read outwards from the passage: for a prefix, backwards.
  const expectedAt = side === 'prefix' ? (i: number) => expected.charCodeAt(m - 1 - i) : (i: number) => expected.charCodeAt(i)
  const actualAt = side === 'prefix' ? (j: number) => actual.charCodeAt(n - 1 - j) : (j: number) => actual.charCodeAt(j)
  // Row i holds the cost of aligning the first i expected characters with
  // the first j actual ones; text skipped next to the passage costs 1 each.
  let previous = new Uint32Array(n + 1)
  let current = new Uint32Array(n + 1)
  for (let j = 0; j <= n; j++) previous[j] = j
  for (let i = 1; i <= m; i++) {
    current[0] = i
    const e = expectedAt(i - 1)
    for (let j = 1; j <= n; j++) {
      const substitute = (previous[j - 1] ?? 0) + (e === actualAt(j - 1) ? 0 : 1)
      const skipExpected = (previous[j] ?? 0) + 1
      const skipActual = (current[j - 1] ?? 0) + 1
      current[j] = Math.min(substitute, skipExpected, skipActual)
    }
    ;[previous, current] = [current, previous]
  }
  // Free far end: the best alignment may stop anywhere in `actual`.
  let best = m
  for (let j = 0; j <= n; j++) best = Math.min(best, previous[j] ?? m)
  return 1 - best / m
}

/**
 * Levenshtein distance between `a` and `b` (UTF-16 units), or null if it is
 * over `max`. Only the diagonal band |i - j| <= max is computed, so the cost
 * is O(length × max) rather than O(length²): quotes may be 20,000
 * characters long, while the error budget is at most a few hundred.
 */
export function boundedEditDistance(a: string, b: string, max: number): number | null {
  const m = a.length
  const n = b.length
  if (Math.abs(m - n) > max) return null
  if (m === 0 || n === 0) return Math.max(m, n)
  // Any value over `max` means "too far"; capping keeps the arithmetic small.
  const tooFar = max + 1
  let previous = new Uint32Array(n + 1).fill(tooFar)
  let current = new Uint32Array(n + 1).fill(tooFar)
  for (let j = 0; j <= Math.min(n, max); j++) previous[j] = j
  for (let i = 1; i <= m; i++) {
    const from = Math.max(1, i - max)
    const to = Math.min(n, i + max)
    // The cell left of the band: column 0 is i deletions, anything else is out of reach.
    current[from - 1] = from === 1 && i <= max ? i : tooFar
    let rowBest = current[from - 1] ?? tooFar
    const unit = a.charCodeAt(i - 1)
    for (let j = from; j <= to; j++) {
      const substitute = (previous[j - 1] ?? tooFar) + (unit === b.charCodeAt(j - 1) ? 0 : 1)
      const value = Math.min(substitute, (previous[j] ?? tooFar) + 1, (current[j - 1] ?? tooFar) + 1, tooFar)
      current[j] = value
      if (value < rowBest) rowBest = value
    }
    // The cell right of the band is read by the next row.
    if (to < n) current[to + 1] = tooFar
    if (rowBest > max) return null
    ;[previous, current] = [current, previous]
  }
  const distance = previous[n] ?? tooFar
  return distance <= max ? distance : null
}
