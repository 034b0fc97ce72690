/**
 * Runs a parsed query against one index in two steps. First every
 * matching item and its Lunr score, from the scoring table: enough to count
 * and rank them all. Then, for the few a caller shows, Lunr itself runs the
 * query on an index made of those items alone, which gives their match
 * data and confirms their scores. Plain words are all required ("all" mode)
 * or any of them will do ("any"); quoted phrases are checked in the text.
 */
import lunr from 'lunr'
import { runToEnd, type Steps } from './cooperative'
import { findPhrase } from './phrase'
import { isStopWord, type ParsedQuery, type QueryTerm } from './query'
import { rankDocuments, type ClausePresence, type ExpandedClause } from './rank-matches'
import { MAX_PATTERN_WORDS, SearchBudget } from './search-budget'
import { lunrIndexFor, type SearchIndex } from './search-index'
import { expansionSteps, type Expansion } from './term-expansion'

/** All plain words must match, or any one of them. */
export type MatchMode = 'all' | 'any'

/** A matching item and its Lunr score. */
export interface RankedMatch {
  readonly ref: string
  readonly score: number
  /** How many of the query's words (clauses) the item's own text field has; absent when unknown. */
  readonly inText?: number
}

/** The field that holds an item's own text, in every index searched here. */
export const OWN_TEXT_FIELD = 'text'

/** A hit as a result shows it: Lunr's result plus where phrases were found in the text. */
export interface QueryHit {
  readonly ref: string
  readonly score: number
  readonly matchData: lunr.MatchData
  /** [start, length] of each phrase occurrence in the item's text field. */
  readonly phrasePositions: ReadonlyArray<readonly [number, number]>
}

/** Everything a query matches in one index. */
export interface QueryMatches {
  /** Every match, unordered (those found before the budget ran out, if it did). */
  readonly matches: readonly RankedMatch[]
  /** False when the search's budget ran out before this index was fully searched. */
  readonly complete?: boolean
  /** Lunr's hits for those of `refs` that match, best first. */
  explain(refs: Iterable<string>): QueryHit[]
}

/**
 * Gives the texts a phrase may appear in, for an index ref: the snippet
 * text first (phrase positions are kept for it), then other fields (title).
 */
export type TextOf = (ref: string) => readonly string[]

/** A query that matches nothing. */
export const NO_MATCHES: QueryMatches = { matches: [], explain: () => [] }

/** Lunr's clause as 2.3.9 reads it; @types/lunr lacks `presence`. */
type Clause = Omit<lunr.Query.Clause, 'editDistance'> & { presence: number; editDistance?: number }

const PRESENCE: Record<ClausePresence, number> = {
  required: lunr.Query.presence.REQUIRED,
  prohibited: lunr.Query.presence.PROHIBITED,
  optional: lunr.Query.presence.OPTIONAL,
}

/** A clause for both steps: Lunr's form and its expansion. */
interface PlannedClause {
  readonly lunr: Clause
  readonly expanded: ExpandedClause
}

/** Phrase candidates checked between two checks of the budget. */
const PHRASE_SLICE = 64

/**
 * Runs `query` on `index`, whose fields are `fields`. A term naming a field
 * this index lacks is skipped, unless it is required: then nothing here
 * matches. Without a budget it runs to the end, however long that takes.
 */
export function runQuery(index: SearchIndex, fields: readonly string[], query: ParsedQuery, mode: MatchMode, textOf: TextOf, budget = SearchBudget.unlimited()): QueryMatches {
  return runToEnd(runQuerySteps(index, fields, query, mode, textOf, budget))
}

/** {@link runQuery} as steps that yield now and then and stop, with what they have, when `budget` runs out. */
export function* runQuerySteps(index: SearchIndex, fields: readonly string[], query: ParsedQuery, mode: MatchMode, textOf: TextOf, budget: SearchBudget): Steps<QueryMatches> {
  const plan = yield* planClauses(index, fields, query, mode, budget)
  if (!plan) return NO_MATCHES
  const { clauses: planned, complete: expanded } = plan
  const { table } = index
  const ranked = rankDocuments(
    table,
    planned.map((clause) => clause.expanded),
    fields.includes(OWN_TEXT_FIELD) ? OWN_TEXT_FIELD : undefined,
  )
  const matches: RankedMatch[] = []
  const matched = new Uint8Array(table.refs.length)
  const phrasePositions = new Map<string, Array<readonly [number, number]>>()
  let complete = expanded
  for (let at = 0; at < ranked.docs.length; at++) {
    const doc = ranked.docs[at] as number
    const ref = table.refs[doc] as string
    if (query.phrases.length > 0) {
      if (at % PHRASE_SLICE === PHRASE_SLICE - 1) {
        if (!budget.left()) {
          complete = false
          break
        }
        yield
      }
      const positions = confirmPhrases(query, textOf(ref))
      if (!positions) continue
      phrasePositions.set(ref, positions)
    }
    matched[doc] = 1
    const inText = ranked.inPrimary?.[at]
    matches.push(inText === undefined ? { ref, score: ranked.scores[at] as number } : { ref, score: ranked.scores[at] as number, inText })
  }
  if (matches.length === 0) return complete ? NO_MATCHES : { ...NO_MATCHES, complete }
  return {
    matches,
    complete,
    explain(refs) {
      const wanted = [...new Set(refs)].filter((ref) => matched[table.docNumber(ref)] === 1)
      if (wanted.length === 0) return []
      const terms = [...new Set(planned.flatMap((clause) => clause.expanded.terms))].sort()
      const aliases = new Map<string, readonly string[]>()
      const clauses = planned.map((clause, at) => {
        if (!isPattern(clause.lunr)) return clause.lunr
        // Lunr would expand it again, unbounded: give it the expansion under a name no term has.
        const alias = `\0${at}`
        aliases.set(alias, clause.expanded.terms)
        const { editDistance: _fuzzy, ...plain } = clause.lunr
        return { ...plain, term: alias, usePipeline: false }
      })
      return lunrIndexFor(index, terms, wanted, aliases)
        .query((built) => {
          // Lunr writes the stemmed term back into a clause; each run gets fresh copies.
          for (const clause of clauses) built.clause({ ...clause } as lunr.Query.Clause)
        })
        .map((result) => ({ ...result, phrasePositions: phrasePositions.get(result.ref) ?? [] }))
    },
  }
}

/** True for a clause with a wildcard or an edit distance. */
function isPattern(clause: Clause): boolean {
  return (clause.editDistance ?? 0) > 0 || clause.term.includes('*')
}

/** Positive when `a` should be listed after `b`: by score, higher first. */
export function byScore(a: RankedMatch, b: RankedMatch): number {
  return b.score - a.score
}

/**
 * The `limit` best of `matches`, best first in `order` (by score unless
 * given); ties keep their order. One pass with a short sorted list, since
 * thousands may match and a few are shown.
 */
export function bestMatches<T extends RankedMatch>(matches: readonly T[], limit: number, order: (a: T, b: T) => number = byScore): T[] {
  const best: T[] = []
  if (limit <= 0) return best
  for (const match of matches) {
    if (best.length >= limit && order(match, best[best.length - 1] as T) >= 0) continue
    let at = best.length
    while (at > 0 && order(match, best[at - 1] as T) < 0) at--
    best.splice(at, 0, match)
    if (best.length > limit) best.pop()
  }
  return best
}

/**
 * The query's clauses, expanded, and whether every expansion was complete;
 * null when nothing can match. Wildcard and fuzzy words past
 * MAX_PATTERN_WORDS are left out, and the budget notes it.
 */
function* planClauses(index: SearchIndex, fields: readonly string[], query: ParsedQuery, mode: MatchMode, budget: SearchBudget): Steps<{ clauses: PlannedClause[]; complete: boolean } | null> {
  const clauses: Clause[] = []
  let patterns = 0
  for (const term of query.terms) {
    if (term.wildcard || term.editDistance > 0) {
      if (++patterns > MAX_PATTERN_WORDS) {
        budget.note('work')
        continue
      }
    }
    const presence = term.presence === 'default' ? (mode === 'all' ? 'required' : 'optional') : term.presence
    if (term.field !== null && !fields.includes(term.field)) {
      if (presence === 'required') return null
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
  if (!clauses.some((clause) => clause.presence !== PRESENCE.prohibited)) return null
  // One clause alone is required anyway; marking it optional spares Lunr a union of document sets per expanded term.
  if (clauses.length === 1 && clauses[0]?.presence === PRESENCE.required) clauses[0].presence = PRESENCE.optional
  const expansions: Expansion[] = []
  let complete = true
  for (const clause of clauses) {
    if (isPattern(clause) && !budget.left()) {
      // Out of budget: the wildcard and fuzzy words not yet expanded match nothing.
      expansions.push({ all: [], bounded: [], complete: false })
      complete = false
      continue
    }
    const expansion = yield* expansionSteps(index, { term: clause.term, usePipeline: clause.usePipeline, editDistance: clause.editDistance ?? 0 }, budget)
    complete &&= expansion.complete
    expansions.push(expansion)
  }
  // An excluded term keeps every expansion, so exclusion stays exact.
  const kept = new Set(expansions.flatMap((expansion, at) => (clauses[at]?.presence === PRESENCE.prohibited ? expansion.all : expansion.bounded)))
  const planned = clauses.map((clause, at) => ({
    lunr: clause,
    expanded: {
      // What Lunr finds for this clause among the kept terms: the view's token set holds exactly those.
      terms: (expansions[at]?.all ?? []).filter((term) => kept.has(term)),
      fields: clause.fields ?? fields,
      presence: presenceOf(clause.presence),
      boost: clause.boost ?? 1,
    },
  }))
  return { clauses: planned, complete }
}

/** The phrase positions in the snippet text if every phrase is as required, else null. */
function confirmPhrases(query: ParsedQuery, texts: readonly string[]): Array<readonly [number, number]> | null {
  const [text = '', ...others] = texts
  const positions: Array<readonly [number, number]> = []
  for (const phrase of query.phrases) {
    const found = findPhrase(text, phrase.words)
    const present = found.length > 0 || others.some((other) => findPhrase(other, phrase.words).length > 0)
    if ((phrase.presence === 'required') !== present) return null
    positions.push(...found)
  }
  return positions
}

function presenceOf(presence: number): ClausePresence {
  if (presence === PRESENCE.required) return 'required'
  return presence === PRESENCE.prohibited ? 'prohibited' : 'optional'
}

function termClause(term: QueryTerm, fields: readonly string[], presence: ClausePresence | 'required'): Clause {
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
