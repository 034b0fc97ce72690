/**
 * What Lunr 2.3.9 keeps inside a loaded index and reads while querying,
 * beyond its typings. Read-only: the search code never changes an index.
 */
import lunr from 'lunr'

/** A term's postings: per field, the documents holding it (metadata unused). */
export type LunrPosting = Record<string, unknown> & { _index: number }

/** The parts of a lunr.Index the search code reads. */
export interface LunrInternals {
  readonly tokenSet: lunr.TokenSet
  readonly invertedIndex: Readonly<Record<string, LunrPosting | undefined>>
  readonly fieldVectors: Readonly<Record<string, { readonly elements: readonly number[] } | undefined>>
  readonly pipeline: lunr.Pipeline
  readonly fields: readonly string[]
}

/** `index` seen with its internals. */
export function lunrInternals(index: lunr.Index): LunrInternals {
  return index as unknown as LunrInternals
}

/**
 * Leaves out the token set a builder makes of every term: search examines
 * the sorted terms instead, and on many distinct terms the token set is
 * most of the build's time.
 */
export function skipTokenSet(builder: lunr.Builder): void {
  ;(builder as unknown as { createTokenSet(): void }).createTokenSet = () => undefined
}

/** Lunr's token set for a sorted list of terms. */
export function tokenSetOf(sortedTerms: readonly string[]): lunr.TokenSet {
  return (lunr.TokenSet as unknown as { fromArray(terms: readonly string[]): lunr.TokenSet }).fromArray(sortedTerms)
}

/** Lunr's token set for one query clause (wildcards, edit distance). */
export function tokenSetOfClause(clause: object): lunr.TokenSet {
  return (lunr.TokenSet as unknown as { fromClause(clause: object): lunr.TokenSet }).fromClause(clause)
}
