/**
 * Runs a query against the bundled block index and turns Lunr's hits into
 * results the renderer can show: document, block, heading and a snippet.
 */
import lunr from 'lunr'
import type { SearchResult } from '../../../shared/api-contract'
import { parseBlockRef } from '../../../shared/document-model'
import { ApiFailure } from '../api-failure'
import type { Library } from '../library'
import { BLOCK_INDEX_FIELDS } from './block-index'
import { buildSnippet, type MatchPosition } from './snippet'

/** Default number of results returned. */
export const DEFAULT_RESULT_LIMIT = 20

/** Searches `library` for `query`; a query Lunr cannot parse fails as user input. */
export function searchBlocks(library: Library, query: string, limit = DEFAULT_RESULT_LIMIT): { results: SearchResult[]; total: number } {
  const trimmed = query.trim()
  if (trimmed === '') return { results: [], total: 0 }
  let hits: lunr.Index.Result[]
  try {
    assertSearchableTerms(trimmed)
    hits = library.index.search(trimmed)
  } catch (error) {
    if (error instanceof lunr.QueryParseError) {
      throw new ApiFailure('user-input', `The search "${trimmed}" could not be read: ${error.message}.`)
    }
    throw error
  }
  const results: SearchResult[] = []
  for (const hit of hits) {
    if (results.length >= limit) break
    const result = toResult(library, hit)
    if (result) results.push(result)
  }
  return { results, total: hits.length }
}

/** Lunr's query parser: exported at run time but missing from @types/lunr. */
const QueryParser = (lunr as unknown as { QueryParser: new (query: string, target: lunr.Query) => { parse(): lunr.Query } }).QueryParser

/**
 * Lunr silently matches nothing for a clause made only of punctuation (as
 * in `title:(`); say so instead of showing an empty list.
 */
function assertSearchableTerms(query: string): void {
  const parsed = new lunr.Query(BLOCK_INDEX_FIELDS.map((field) => field.name))
  new QueryParser(query, parsed).parse()
  const empty = parsed.clauses.find((clause) => !/[\p{L}\p{N}*]/u.test(clause.term))
  if (empty) {
    throw new ApiFailure('user-input', `The search "${query}" could not be read: "${empty.term}" is not a word to search for.`)
  }
}

function toResult(library: Library, hit: lunr.Index.Result): SearchResult | null {
  const ref = parseBlockRef(hit.ref)
  const found = ref ? library.findBlock(ref.documentId, ref.blockId) : undefined
  if (!ref || !found) return null
  const positions = textPositions(hit.matchData).map((position) => trimToWord(found.block.text, position))
  return {
    documentId: ref.documentId,
    documentTitle: found.document.title,
    blockId: ref.blockId,
    heading: found.heading,
    score: hit.score,
    snippet: buildSnippet(found.block.text, positions),
    matchedTerms: [...new Set(positions.map(([start, length]) => found.block.text.slice(start, start + length)))],
  }
}

/** Positions of matches in the block's own text field (titles and headings are not in the snippet). */
function textPositions(matchData: lunr.MatchData): MatchPosition[] {
  const positions: MatchPosition[] = []
  for (const fields of Object.values(matchData.metadata)) {
    const text = (fields as Record<string, { position?: unknown } | undefined>)['text']
    if (!text || !Array.isArray(text.position)) continue
    for (const position of text.position) {
      if (Array.isArray(position) && typeof position[0] === 'number' && typeof position[1] === 'number') {
        positions.push([position[0], position[1]])
      }
    }
  }
  return positions
}

/**
 * Lunr's positions cover the raw token, punctuation included ("20/8,",
 * "(ITU)"); narrow each to its letters and digits so highlights and matched
 * terms are the word itself.
 */
function trimToWord(text: string, [start, length]: MatchPosition): MatchPosition {
  const token = text.slice(start, start + length)
  const lead = /^[^\p{L}\p{M}\p{N}]*/u.exec(token)?.[0].length ?? 0
  const trail = /[^\p{L}\p{M}\p{N}]*$/u.exec(token.slice(lead))?.[0].length ?? 0
  return [start + lead, Math.max(0, length - lead - trail)]
}
