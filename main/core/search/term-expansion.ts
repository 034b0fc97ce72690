/**
 * Expands a query term against an index's terms as Lunr does (pipeline,
 * then the token set for wildcards and edit distance), bounded: a wildcard
 * or fuzzy term keeps its MAX_EXPANSIONS most frequent completions. Answers
 * are kept per index, since typing repeats the same terms keystroke after
 * keystroke and an index never changes once built.
 */
import { tokenSetOfClause } from './lunr-internals'
import type { SearchIndex } from './search-index'
import { termsStartingWith } from './sorted-terms'

/** Most index terms one wildcard or fuzzy term expands to: its most frequent completions. */
export const MAX_EXPANSIONS = 32

/** A term as a clause asks for it. */
export interface TermPattern {
  readonly term: string
  /** Stem and fold it first (plain words); wildcard terms are matched as typed. */
  readonly usePipeline: boolean
  readonly editDistance: number
}

/** What a term expands to. */
export interface Expansion {
  /** Every index term it matches. */
  readonly all: readonly string[]
  /** The ones a search uses: all of them, or the MAX_EXPANSIONS most frequent. */
  readonly bounded: readonly string[]
}

/** Expansions kept per index; older ones are dropped first. */
const CACHE_SIZE = 512

const caches = new WeakMap<SearchIndex, Map<string, Expansion>>()

/** The index terms `pattern` matches in `index`. */
export function expandTerm(index: SearchIndex, pattern: TermPattern): Expansion {
  let cache = caches.get(index)
  if (!cache) {
    cache = new Map()
    caches.set(index, cache)
  }
  const key = `${pattern.usePipeline ? 1 : 0}${pattern.editDistance}\0${pattern.term}`
  const cached = cache.get(key)
  if (cached) return cached
  const expansion = computeExpansion(index, pattern)
  cache.set(key, expansion)
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string)
  return expansion
}

/**
 * The index terms one term matches, as Lunr's token sets find them. A plain
 * term or one ending in a single "*" is looked up in the sorted terms
 * (the usual case, and no token set to build); other wildcards and edit
 * distances go through Lunr's token set.
 */
function matchingTerms(index: SearchIndex, term: string, editDistance: number): string[] {
  const star = term.indexOf('*')
  if (editDistance === 0 && star < 0) return index.table.termNumber(term) >= 0 ? [term] : []
  if (editDistance === 0 && star === term.length - 1) return termsStartingWith(index.terms(), term.slice(0, -1))
  // Lunr reads any editDistance key (even 0) as fuzzy, which takes "*" literally.
  const clause = { term, wildcard: 0, ...(editDistance > 0 ? { editDistance } : {}) }
  return index.tokenSet().intersect(tokenSetOfClause(clause)).toArray()
}

function computeExpansion(index: SearchIndex, pattern: TermPattern): Expansion {
  const terms = pattern.usePipeline ? index.pipeline.runString(pattern.term) : [pattern.term]
  const all = new Set<string>()
  for (const term of terms) for (const match of matchingTerms(index, term, pattern.editDistance)) all.add(match)
  const list = [...all]
  if (list.length <= MAX_EXPANSIONS) return { all: list, bounded: list }
  const { table } = index
  const bounded = list
    .map((term) => [term, table.frequency(table.termNumber(term))] as const)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, MAX_EXPANSIONS)
    .map(([term]) => term)
  return { all: list, bounded }
}
