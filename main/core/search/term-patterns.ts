/**
 * Whether one index term matches a wildcard or fuzzy query term, with
 * exactly the answers Lunr 2.3.9's token sets give, at a bounded cost.
 *
 * Lunr intersects the index's token set with an automaton built from the
 * query term, and neither step is bounded: the intersection follows every
 * path through the automaton without remembering the states it has seen
 * ("*e*" against one 99k-letter word took minutes; "*a*a*a*" grows with the
 * number of ways to place the a's), and the fuzzy automaton of a 64-letter
 * word takes over a second to build. Here each term is matched on its own:
 * a wildcard by the usual two-pointer glob walk (at most pattern × term
 * steps), a fuzzy term by a walk over (term position, query position,
 * edits left), which visits each state once.
 */

/** A compiled query term: tells whether an index term matches it. */
export interface TermPattern {
  /** Index terms matching it all start with this (narrows the scan of sorted terms). */
  readonly prefix: string
  matches(term: string): boolean
}

/** A pattern with "*" standing for any run of characters (none included), as Lunr's wildcards. */
export function wildcardPattern(pattern: string): TermPattern {
  const star = pattern.indexOf('*')
  const literals = pattern.replace(/\*/g, '').length
  return {
    prefix: star < 0 ? pattern : pattern.slice(0, star),
    matches: (term) => term.length >= literals && globMatches(pattern, term),
  }
}

/** Lunr's fuzzy match of `query` within `editDistance` edits. */
export function fuzzyPattern(query: string, editDistance: number): TermPattern {
  return { prefix: '', matches: (term) => fuzzyMatches(query, term, editDistance) }
}

/** True if `term` matches `pattern`, whose "*" match any run of characters. */
export function globMatches(pattern: string, term: string): boolean {
  let at = 0
  let of = 0
  // Where the last star was, and the term position it is now taken to cover up to.
  let star = -1
  let resume = 0
  while (of < term.length) {
    const char = pattern.charCodeAt(at)
    if (at < pattern.length && char !== 42 && char === term.charCodeAt(of)) {
      at++
      of++
    } else if (at < pattern.length && char === 42) {
      star = at++
      resume = of
    } else if (star >= 0) {
      at = star + 1
      of = ++resume
    } else {
      return false
    }
  }
  while (at < pattern.length && pattern.charCodeAt(at) === 42) at++
  return at === pattern.length
}

/**
 * True if Lunr's fuzzy token set for `query` accepts `term`. Lunr builds
 * that set from edits of the query (insert any letter, delete one, swap one
 * for any letter, swap two neighbours), each costing one of `editDistance`;
 * the term matches when some sequence of them spells it. The walk follows
 * Lunr's rules as written, including where a match may end: after the
 * query's last letter, after deleting it, or after one letter more.
 *
 * A state is what is left of the query: query[at..], after a letter held
 * back by a swap of neighbours (`held`, or -1). Each state is visited once.
 */
export function fuzzyMatches(query: string, term: string, editDistance: number): boolean {
  const length = query.length
  const size = term.length
  // Each edit changes the length by at most one.
  if (Math.abs(size - length) > editDistance || length === 0) return false
  visited.clear()
  // States as [term position, query position, edits left, held letter], flattened.
  const stack: number[] = []
  const push = (i: number, at: number, edits: number, held: number) => {
    const key = ((i * (length + 1) + at) * (editDistance + 1) + edits) * (length + 1) + held + 1
    if (visited.has(key)) return
    visited.add(key)
    stack.push(i, at, edits, held)
  }
  push(0, 0, editDistance, -1)
  while (stack.length > 0) {
    const held = stack.pop() as number
    const edits = stack.pop() as number
    const at = stack.pop() as number
    const i = stack.pop() as number
    const left = length - at + (held >= 0 ? 1 : 0)
    const more = i < size
    // The query left with its first letter dropped.
    const restAt = held >= 0 ? at : at + 1
    if (left > 0 && more && term.charCodeAt(i) === query.charCodeAt(held >= 0 ? held : at)) {
      if (left === 1 && i + 1 === size) return true
      push(i + 1, restAt, edits, -1)
    }
    if (edits === 0) continue
    if (more) {
      // Insert any letter.
      if (left === 0 && i + 1 === size) return true
      push(i + 1, at, edits - 1, held)
    }
    // Delete a letter; deleting the last one may end the match here.
    if (left > 1) push(i, restAt, edits - 1, -1)
    if (left === 1 && i === size) return true
    if (left >= 1 && more) {
      // Swap a letter for any letter.
      if (left === 1 && i + 1 === size) return true
      push(i + 1, restAt, edits - 1, -1)
    }
    if (left > 1 && more) {
      // Swap two neighbours: the second comes first and the first is held back.
      const second = held >= 0 ? at : at + 1
      if (term.charCodeAt(i) === query.charCodeAt(second)) push(i + 1, second + 1, edits - 1, held >= 0 ? held : at)
    }
  }
  return false
}

/** States seen by the current fuzzy match (one at a time: matching never yields mid-term). */
const visited = new Set<number>()
