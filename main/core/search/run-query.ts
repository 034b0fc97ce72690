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
  const results = index.query((built) => {
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
