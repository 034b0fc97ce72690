/**
 * For tests: a query run on a bundled-style index (every word required),
 * and the refs it finds, best first, as the search service ranks them.
 */
import { BLOCK_INDEX_FIELDS } from '../search/block-index'
import { parseQuery } from '../search/query'
import { bestMatches, runQuery, type QueryMatches } from '../search/run-query'
import type { SearchIndex } from '../search/search-index'

/** Runs `query` on `index` over the bundled index's fields. */
export function runBlockQuery(index: SearchIndex, query: string): QueryMatches {
  const fields = BLOCK_INDEX_FIELDS.map((field) => field.name)
  return runQuery(index, fields, parseQuery(query), 'all', () => [])
}

/** The refs `query` finds in `index`, best first. */
export function searchRefs(index: SearchIndex, query: string): string[] {
  const found = runBlockQuery(index, query)
  return bestMatches(found.matches, found.matches.length).map((match) => match.ref)
}
