/**
 * Lookups in a sorted list of index terms (sorted as Array.prototype.sort
 * sorts strings: by UTF-16 code units), by binary search.
 */

/** The first place in sorted `terms` whose term is not below `value` (terms.length if none). */
export function lowerBound(terms: readonly string[], value: string): number {
  let low = 0
  let high = terms.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((terms[middle] as string) < value) low = middle + 1
    else high = middle
  }
  return low
}

/** The place of `term` in sorted `terms`, or -1. */
export function indexOfTerm(terms: readonly string[], term: string): number {
  const at = lowerBound(terms, term)
  return terms[at] === term ? at : -1
}

/** The terms of sorted `terms` that start with `prefix`: one run of them. */
export function termsStartingWith(terms: readonly string[], prefix: string): string[] {
  const found: string[] = []
  for (let at = lowerBound(terms, prefix); at < terms.length && (terms[at] as string).startsWith(prefix); at++) found.push(terms[at] as string)
  return found
}
