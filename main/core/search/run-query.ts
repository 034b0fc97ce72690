/**
 * Runs a parsed query against one Lunr index: builds Lunr's query object
 * directly (no second parse), requires every plain word in "all" mode and
 * any of them in "any" mode, and checks quoted phrases against the text.
 */
import lunr from 'lunr'
import { findPhrase } from './phrase'
import { isStopWord, type ParsedQuery, type QueryTerm } from './query'

/** All plain words must match, or any one of them. */
export type MatchMode = 'all' | 'any'

/** A confirmed hit: Lunr's result plus where phrases were found in the text. */
export interface QueryHit {
  readonly ref: string
  readonly score: number
  readonly matchData: lunr.MatchData
  /** [start, length] of each phrase occurrence in the item's text field. */
  readonly phrasePositions: ReadonlyArray<readonly [number, number]>
}

/**
 * Gives the texts a phrase may appear in, for an index ref: the snippet
 * text first (phrase positions are kept for it), then other fields (title).
 */
export type TextOf = (ref: string) => readonly string[]

/** Lunr's clause as 2.3.9 reads it; @types/lunr lacks `presence`. */
type Clause = Omit<lunr.Query.Clause, 'editDistance'> & { presence: number; editDistance?: number }

const PRESENCE = {
  required: lunr.Query.presence.REQUIRED,
  prohibited: lunr.Query.presence.PROHIBITED,
  optional: lunr.Query.presence.OPTIONAL,
}

/**
 * Runs `query` on `index`, whose fields are `fields`. A term naming a field
 * this index lacks is skipped, unless it is required: then nothing here matches.
 */
export function runQuery(index: lunr.Index, fields: readonly string[], query: ParsedQuery, mode: MatchMode, textOf: TextOf): QueryHit[] {
  const clauses: Clause[] = []
  for (const term of query.terms) {
    const presence = term.presence === 'default' ? (mode === 'all' ? 'required' : 'optional') : term.presence
    if (term.field !== null && !fields.includes(term.field)) {
      if (presence === 'required') return []
      continue
    }
    clauses.push(termClause(term, fields, presence))
  }
  for (const phrase of query.phrases) {
    if (phrase.presence === 'prohibited') continue
    for (const word of phrase.words) {
      if (!isStopWord(word)) clauses.push({ term: word, fields: [...fields], presence: PRESENCE.required, usePipeline: true, boost: 1, wildcard: lunr.Query.wildcard.NONE } as Clause)
    }
  }
  if (!clauses.some((clause) => clause.presence !== PRESENCE.prohibited)) return []
  // One clause alone is required anyway; marking it so makes Lunr union document sets per expanded term (slow for prefixes).
  if (clauses.length === 1 && clauses[0]?.presence === PRESENCE.required) clauses[0].presence = PRESENCE.optional
  const view = boundedView(index, clauses)
  if (!view) return []
  const results = view.query((built) => {
    for (const clause of clauses) built.clause(clause as lunr.Query.Clause)
  })
  if (query.phrases.length === 0) return results.map((result) => ({ ...result, phrasePositions: [] }))
  const hits: QueryHit[] = []
  for (const result of results) {
    const [text = '', ...others] = textOf(result.ref)
    const positions: Array<readonly [number, number]> = []
    let keep = true
    for (const phrase of query.phrases) {
      const found = findPhrase(text, phrase.words)
      const present = found.length > 0 || others.some((other) => findPhrase(other, phrase.words).length > 0)
      if ((phrase.presence === 'required') !== present) {
        keep = false
        break
      }
      positions.push(...found)
    }
    if (keep) hits.push({ ...result, phrasePositions: positions })
  }
  return hits
}

/** Most index terms one wildcard or fuzzy term expands to: its most frequent completions. */
export const MAX_EXPANSIONS = 32

/** What Lunr 2.3.9 reads from an index while querying, beyond its typings. */
interface IndexInternals {
  tokenSet: lunr.TokenSet
  invertedIndex: Record<string, Posting>
  pipeline: { runString(term: string, metadata?: object): string[] }
  fields: string[]
}
type Posting = Record<string, unknown> & { _index: number }
type FieldPosting = Record<string, unknown>

const frequencies = new WeakMap<lunr.Index, Map<string, number>>()

/** How many (document, field) pairs hold `term`; cached per index, which never changes once built. */
function frequency(index: lunr.Index, term: string): number {
  let cache = frequencies.get(index)
  if (!cache) {
    cache = new Map()
    frequencies.set(index, cache)
  }
  let count = cache.get(term)
  if (count === undefined) {
    count = 0
    const posting = (index as unknown as IndexInternals).invertedIndex[term]
    for (const field of (index as unknown as IndexInternals).fields) count += Object.keys((posting?.[field] as FieldPosting | undefined) ?? {}).length
    cache.set(term, count)
  }
  return count
}

/**
 * The index terms a clause matches, as Lunr expands them; a wildcard or fuzzy
 * term that may match keeps its MAX_EXPANSIONS most frequent (an excluded one
 * keeps all, so exclusion stays exact).
 */
function expand(index: lunr.Index, clause: Clause): string[] {
  const internals = index as unknown as IndexInternals
  const terms = clause.usePipeline ? internals.pipeline.runString(clause.term, { fields: clause.fields }) : [clause.term]
  const expanded: string[] = []
  for (const term of terms) {
    const pattern = (lunr.TokenSet as unknown as { fromClause(clause: object): lunr.TokenSet }).fromClause({ ...clause, term })
    let matches = internals.tokenSet.intersect(pattern).toArray()
    if (matches.length > MAX_EXPANSIONS && clause.presence !== PRESENCE.prohibited) {
      matches = matches
        .map((match) => [match, frequency(index, match)] as const)
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .slice(0, MAX_EXPANSIONS)
        .map(([match]) => match)
    }
    expanded.push(...matches)
  }
  return expanded
}

/**
 * The index as this query sees it: only the (bounded) expansions of its
 * terms, and, when some clauses are required, postings cut to the documents
 * that can meet them all, so Lunr scores and collects match data for those
 * alone. Lunr's scores come from the index's own vectors, so they do not
 * change. Null when no document can match.
 */
function boundedView(index: lunr.Index, clauses: readonly Clause[]): lunr.Index | null {
  const internals = index as unknown as IndexInternals
  const expansions = clauses.map((clause) => expand(index, clause))
  let candidates: Set<string> | null = null
  for (const [at, clause] of clauses.entries()) {
    if (clause.presence !== PRESENCE.required) continue
    const matching = new Set<string>()
    for (const term of expansions[at] ?? []) {
      const posting = internals.invertedIndex[term]
      for (const field of clause.fields ?? internals.fields) {
        const fieldPosting = posting?.[field] as FieldPosting | undefined
        if (!fieldPosting) continue
        for (const ref of Object.keys(fieldPosting)) if (candidates === null || candidates.has(ref)) matching.add(ref)
      }
    }
    candidates = matching
  }
  const required = candidates as Set<string> | null
  if (required !== null && required.size === 0) return null
  const terms = [...new Set(expansions.flat())].sort()
  const view = Object.create(index) as lunr.Index & IndexInternals
  view.tokenSet = (lunr.TokenSet as unknown as { fromArray(terms: string[]): lunr.TokenSet }).fromArray(terms)
  if (required !== null) {
    const invertedIndex: Record<string, Posting> = Object.create(null) as Record<string, Posting>
    for (const term of terms) {
      const posting = internals.invertedIndex[term]
      if (!posting) continue
      const cut: Posting = { _index: posting._index }
      for (const field of internals.fields) {
        const fieldPosting = (posting[field] as FieldPosting | undefined) ?? {}
        const kept: FieldPosting = {}
        for (const ref of required) if (ref in fieldPosting) kept[ref] = fieldPosting[ref]
        cut[field] = kept
      }
      invertedIndex[term] = cut
    }
    view.invertedIndex = invertedIndex
  }
  return view
}

function termClause(term: QueryTerm, fields: readonly string[], presence: keyof typeof PRESENCE): Clause {
  return {
    term: term.term,
    fields: term.field ? [term.field] : [...fields],
    presence: PRESENCE[presence],
    boost: term.boost,
    // Lunr reads any editDistance key (even 0) as fuzzy, which takes "*" literally.
    ...(term.editDistance > 0 ? { editDistance: term.editDistance } : {}),
    // Wildcard terms are matched as typed; stemming "priv*" would break it.
    usePipeline: !term.wildcard,
    wildcard: lunr.Query.wildcard.NONE,
  }
}
