/**
 * Expands a query term against an index's terms as Lunr does (pipeline,
 * then wildcards and edit distance, with Lunr's answers), bounded twice: a
 * wildcard or fuzzy term keeps its MAX_EXPANSIONS most frequent completions,
 * and the terms it examines count against the search's budget. Answers
 * are kept per index, since typing repeats the same terms keystroke after
 * keystroke and an index never changes once built.
 */
import { runToEnd, type Steps } from './cooperative'
import { SearchBudget } from './search-budget'
import type { SearchIndex } from './search-index'
import { lowerBound } from './sorted-terms'
import { fuzzyPattern, wildcardPattern, type TermPattern as CompiledPattern } from './term-patterns'

/** Most index terms one wildcard or fuzzy term expands to: its most frequent completions. */
export const MAX_EXPANSIONS = 32

/** Index terms examined between two checks of the budget (and chances to yield). */
const SCAN_SLICE = 2048

/** A term as a clause asks for it. */
export interface TermPattern {
  readonly term: string
  /** Stem and fold it first (plain words); wildcard terms are matched as typed. */
  readonly usePipeline: boolean
  readonly editDistance: number
}

/** What a term expands to. */
export interface Expansion {
  /** Every index term it matches (those found before the budget ran out, if it did). */
  readonly all: readonly string[]
  /** The ones a search uses: all of them, or the MAX_EXPANSIONS most frequent. */
  readonly bounded: readonly string[]
  /** False when the budget ran out before every index term was examined. */
  readonly complete: boolean
}

/** Expansions kept per index; older ones are dropped first. */
const CACHE_SIZE = 512

const caches = new WeakMap<SearchIndex, Map<string, Expansion>>()

/** The index terms `pattern` matches in `index`, at once (no budget unless given). */
export function expandTerm(index: SearchIndex, pattern: TermPattern, budget = SearchBudget.unlimited()): Expansion {
  return runToEnd(expansionSteps(index, pattern, budget))
}

/**
 * The same, as steps that yield every SCAN_SLICE terms examined and stop
 * when `budget` runs out. Complete answers are kept per index.
 */
export function* expansionSteps(index: SearchIndex, pattern: TermPattern, budget: SearchBudget): Steps<Expansion> {
  let cache = caches.get(index)
  if (!cache) {
    cache = new Map()
    caches.set(index, cache)
  }
  const key = `${pattern.usePipeline ? 1 : 0}${pattern.editDistance}\0${pattern.term}`
  const cached = cache.get(key)
  if (cached) return cached
  const terms = pattern.usePipeline ? index.pipeline.runString(pattern.term) : [pattern.term]
  const found = new Map<string, number>()
  let complete = true
  for (const term of terms) complete = (yield* matchingTerms(index, term, pattern.editDistance, found, budget)) && complete
  const expansion = { ...mostFrequent(found), complete }
  if (!complete) return expansion
  cache.set(key, expansion)
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string)
  return expansion
}

/**
 * Adds the index terms one term matches to `found`, with their frequency,
 * as Lunr's token sets would find them; false if the budget ran out first.
 * A plain term is looked up; a wildcard or edit distance examines each
 * term that could match, in slices (see term-patterns.ts): a prefix
 * ("priv*") only the run of terms that start with it.
 */
function* matchingTerms(index: SearchIndex, term: string, editDistance: number, found: Map<string, number>, budget: SearchBudget): Steps<boolean> {
  const { table } = index
  if (editDistance === 0 && !term.includes('*')) {
    const number = table.termNumber(term)
    if (number >= 0) found.set(term, table.frequency(number))
    return true
  }
  const terms = index.terms()
  const pattern: CompiledPattern = editDistance > 0 ? fuzzyPattern(term, editDistance) : wildcardPattern(term)
  for (let at = lowerBound(terms, pattern.prefix); at < terms.length; at += SCAN_SLICE) {
    const end = Math.min(terms.length, at + SCAN_SLICE)
    for (let next = at; next < end; next++) {
      const candidate = terms[next] as string
      if (!candidate.startsWith(pattern.prefix)) return true
      if (pattern.matches(candidate)) found.set(candidate, table.frequency(table.termNumber(candidate)))
    }
    if (!budget.examine(end - at)) return false
    yield
  }
  return true
}

/** All the terms `found`, and the MAX_EXPANSIONS most frequent of them. */
function mostFrequent(found: ReadonlyMap<string, number>): Omit<Expansion, 'complete'> {
  const all = [...found.keys()]
  if (all.length <= MAX_EXPANSIONS) return { all, bounded: all }
  const best = [...found]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, MAX_EXPANSIONS)
    .map(([term]) => term)
  return { all, bounded: best }
}
