/**
 * Runs a parsed query against one index in two steps. First every
 * matching item and its Lunr score, from the scoring table: enough to count
 * and rank them all. Then, for the few a caller shows, Lunr itself runs the
 * query on an index made of those items alone, which gives their match
 * data and confirms their scores. Plain words are all required ("all" mode)
 * or any of them will do ("any"); quoted phrases are checked in the text.
 */
import lunr from 'lunr'
import { findPhrase } from './phrase'
import { isStopWord, type ParsedQuery, type QueryTerm } from './query'
import { rankDocuments, type ClausePresence, type ExpandedClause } from './rank-matches'
import { lunrIndexFor, type SearchIndex } from './search-index'
import { expandTerm } from './term-expansion'

/** All plain words must match, or any one of them. */
export type MatchMode = 'all' | 'any'

/** A matching item and its Lunr score. */
export interface RankedMatch {
  readonly ref: string
  readonly score: number
}

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
  /** Every match, unordered. */
  readonly matches: readonly RankedMatch[]
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

/**
 * Runs `query` on `index`, whose fields are `fields`. A term naming a field
 * this index lacks is skipped, unless it is required: then nothing here matches.
 */
export function runQuery(index: SearchIndex, fields: readonly string[], query: ParsedQuery, mode: MatchMode, textOf: TextOf): QueryMatches {
  const planned = planClauses(index, fields, query, mode)
  if (!planned) return NO_MATCHES
  const { table } = index
  const ranked = rankDocuments(
    table,
    planned.map((clause) => clause.expanded),
  )
  const matches: RankedMatch[] = []
  const matched = new Uint8Array(table.refs.length)
  const phrasePositions = new Map<string, Array<readonly [number, number]>>()
  for (let at = 0; at < ranked.docs.length; at++) {
    const doc = ranked.docs[at] as number
    const ref = table.refs[doc] as string
    if (query.phrases.length > 0) {
      const positions = confirmPhrases(query, textOf(ref))
      if (!positions) continue
      phrasePositions.set(ref, positions)
    }
    matched[doc] = 1
    matches.push({ ref, score: ranked.scores[at] as number })
  }
  if (matches.length === 0) return NO_MATCHES
  return {
    matches,
    explain(refs) {
      const wanted = [...new Set(refs)].filter((ref) => matched[table.docNumber(ref)] === 1)
      if (wanted.length === 0) return []
      const terms = [...new Set(planned.flatMap((clause) => clause.expanded.terms))].sort()
      return lunrIndexFor(index, terms, wanted)
        .query((built) => {
          // Lunr writes the stemmed term back into a clause; each run gets fresh copies.
          for (const clause of planned) built.clause({ ...clause.lunr } as lunr.Query.Clause)
        })
        .map((result) => ({ ...result, phrasePositions: phrasePositions.get(result.ref) ?? [] }))
    },
  }
}

/**
 * The `limit` best of `matches`, best first; ties keep their order. One pass
 * with a short sorted list, since thousands may match and a few are shown.
 */
export function bestMatches<T extends RankedMatch>(matches: readonly T[], limit: number): T[] {
  const best: T[] = []
  if (limit <= 0) return best
  for (const match of matches) {
    if (best.length >= limit && match.score <= (best[best.length - 1] as T).score) continue
    let at = best.length
    while (at > 0 && (best[at - 1] as T).score < match.score) at--
    best.splice(at, 0, match)
    if (best.length > limit) best.pop()
  }
  return best
}

/** The query's clauses, expanded; null when nothing can match. */
function planClauses(index: SearchIndex, fields: readonly string[], query: ParsedQuery, mode: MatchMode): PlannedClause[] | null {
  const clauses: Clause[] = []
  for (const term of query.terms) {
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
  const expansions = clauses.map((clause) => expandTerm(index, { term: clause.term, usePipeline: clause.usePipeline, editDistance: clause.editDistance ?? 0 }))
  // An excluded term keeps every expansion, so exclusion stays exact.
  const kept = new Set(expansions.flatMap((expansion, at) => (clauses[at]?.presence === PRESENCE.prohibited ? expansion.all : expansion.bounded)))
  return clauses.map((clause, at) => ({
    lunr: clause,
    expanded: {
      // What Lunr finds for this clause among the kept terms: the view's token set holds exactly those.
      terms: (expansions[at]?.all ?? []).filter((term) => kept.has(term)),
      fields: clause.fields ?? fields,
      presence: presenceOf(clause.presence),
      boost: clause.boost ?? 1,
    },
  }))
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
