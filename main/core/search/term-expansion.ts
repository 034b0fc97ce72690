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
import { lowerBound, termsStartingWith } from './sorted-terms'
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
  const all = new Set<string>()
  let complete = true
  for (const term of terms) complete = (yield* matchingTerms(index, term, pattern.editDistance, all, budget)) && complete
  const expansion = { ...bounded(index, [...all]), complete }
  if (!complete) return expansion
  cache.set(key, expansion)
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string)
  return expansion
}

/**
 * Adds the index terms one term matches to `found`, as Lunr's token sets
 * would find them; false if the budget ran out first. A plain term or one
 * ending in a single "*" is looked up in the sorted terms (the usual case);
 * other wildcards and edit distances examine each term that could match
 * (see term-patterns.ts).
 */
function* matchingTerms(index: SearchIndex, term: string, editDistance: number, found: Set<string>, budget: SearchBudget): Steps<boolean> {
  const star = term.indexOf('*')
  if (editDistance === 0 && star < 0) {
    if (index.table.termNumber(term) >= 0) found.add(term)
    return true
  }
  const terms = index.terms()
  if (editDistance === 0 && star === term.length - 1) {
    for (const match of termsStartingWith(terms, term.slice(0, -1))) found.add(match)
    return true
  }
  const pattern: CompiledPattern = editDistance > 0 ? fuzzyPattern(term, editDistance) : wildcardPattern(term)
  for (let at = lowerBound(terms, pattern.prefix); at < terms.length; at += SCAN_SLICE) {
    const end = Math.min(terms.length, at + SCAN_SLICE)
    for (let next = at; next < end; next++) {
      const candidate = terms[next] as string
      if (!candidate.startsWith(pattern.prefix)) return true
      if (pattern.matches(candidate)) found.add(candidate)
    }
    if (!budget.examine(end - at)) return false
    yield
  }
  return true
}

/** All of `list`, and the MAX_EXPANSIONS most frequent of it. */
function bounded(index: SearchIndex, list: readonly string[]): Omit<Expansion, 'complete'> {
  if (list.length <= MAX_EXPANSIONS) return { all: list, bounded: list }
  const { table } = index
  const best = list
    .map((term) => [term, table.frequency(table.termNumber(term))] as const)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, MAX_EXPANSIONS)
    .map(([term]) => term)
  return { all: list, bounded: best }
}
