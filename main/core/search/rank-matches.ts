/**
 * Finds every document a query matches and its Lunr score, from the scoring
 * table instead of Lunr's per-document vector walk. Matching follows Lunr
 * 2.3.9's rules exactly: a document must meet every required clause (any of
 * its terms, in any of its fields), else at least one optional clause, and
 * no prohibited one. Its score is Lunr's: per field, the dot product of the
 * query vector (clause boosts summed per expanded term) with the document's
 * weights, over the query vector's length, summed over fields.
 */
import type { FieldPostings, ScoringTable } from './scoring-table'

/** How a clause takes part, as Lunr's presence says. */
export type ClausePresence = 'required' | 'optional' | 'prohibited'

/** A clause with its terms already expanded against the index. */
export interface ExpandedClause {
  readonly terms: readonly string[]
  readonly fields: readonly string[]
  readonly presence: ClausePresence
  readonly boost: number
}

/** The matching documents (numbers into the table's refs) and their scores, unordered. */
export interface RankedDocuments {
  readonly docs: Int32Array
  readonly scores: Float64Array
  /** Per document, how many clauses (not prohibited) it meets in the primary field; only when one was named. */
  readonly inPrimary?: Int32Array
}

/**
 * Every document `clauses` match in `table`, with its score; with
 * `primaryField`, also how many clauses each meets in that field alone (a
 * passage whose own text has the words is a better match than one that has
 * them only in its page's title).
 */
export function rankDocuments(table: ScoringTable, clauses: readonly ExpandedClause[], primaryField?: string): RankedDocuments {
  const count = table.refs.length
  const required = clauses.filter((clause) => clause.presence === 'required')
  const state = new Int32Array(count)
  if (required.length > 0) {
    // state[doc] = how many required clauses, taken in order, the document meets.
    for (const [at, clause] of required.entries()) forEachPosting(table, clause, (doc) => (state[doc] === at ? (state[doc] = at + 1) : 0))
  } else {
    for (const clause of clauses) if (clause.presence === 'optional') forEachPosting(table, clause, (doc) => (state[doc] = 1))
  }
  const wanted = Math.max(required.length, 1)
  for (const clause of clauses) if (clause.presence === 'prohibited') forEachPosting(table, clause, (doc) => (state[doc] = -1))

  const scores = fieldScores(table, clauses)
  let matched = 0
  for (let doc = 0; doc < count; doc++) if (state[doc] === wanted) matched++
  const docs = new Int32Array(matched)
  const kept = new Float64Array(matched)
  let at = 0
  for (let doc = 0; doc < count; doc++) {
    if (state[doc] !== wanted) continue
    docs[at] = doc
    kept[at++] = scores[doc] as number
  }
  if (primaryField === undefined) return { docs, scores: kept }
  const met = clausesMetIn(table, clauses, primaryField)
  return { docs, scores: kept, inPrimary: docs.map((doc) => met[doc] as number) }
}

/** Per document, how many clauses (not prohibited) have a term in `field`. */
function clausesMetIn(table: ScoringTable, clauses: readonly ExpandedClause[], field: string): Int32Array {
  const met = new Int32Array(table.refs.length)
  const postings = table.postings[table.fields.indexOf(field)]
  if (!postings) return met
  // last[doc] = 1 + the last clause counted for it, so a clause with several terms counts once.
  const last = new Int32Array(table.refs.length)
  for (const [at, clause] of clauses.entries()) {
    if (clause.presence === 'prohibited' || !clause.fields.includes(field)) continue
    for (const term of clause.terms) {
      const number = table.termNumber(term)
      if (number < 0) continue
      for (let slot = postings.offsets[number] as number, end = postings.offsets[number + 1] as number; slot < end; slot++) {
        const doc = postings.docs[slot] as number
        if (last[doc] === at + 1) continue
        last[doc] = at + 1
        met[doc] = (met[doc] as number) + 1
      }
    }
  }
  return met
}

/** Lunr's score of every document (0 where nothing matched). */
function fieldScores(table: ScoringTable, clauses: readonly ExpandedClause[]): Float64Array {
  const total = new Float64Array(table.refs.length)
  const dot = new Float64Array(table.refs.length)
  for (const [fieldAt, field] of table.fields.entries()) {
    // Lunr's query vector for this field: each expanded term's boosts, summed.
    const query = new Map<number, number>()
    for (const clause of clauses) {
      if (clause.presence === 'prohibited' || !clause.fields.includes(field)) continue
      for (const term of clause.terms) {
        const number = table.termNumber(term)
        if (number >= 0) query.set(number, (query.get(number) ?? 0) + clause.boost)
      }
    }
    if (query.size === 0) continue
    // Ascending term order, as Lunr's sparse vectors add up, for the same rounding.
    const terms = [...query.keys()].sort((a, b) => a - b)
    let squares = 0
    for (const term of terms) squares += (query.get(term) as number) ** 2
    const length = Math.sqrt(squares)
    if (length === 0) continue
    const postings = table.postings[fieldAt] as FieldPostings
    const touched: number[] = []
    for (const term of terms) {
      const weight = query.get(term) as number
      for (let slot = postings.offsets[term] as number, end = postings.offsets[term + 1] as number; slot < end; slot++) {
        const doc = postings.docs[slot] as number
        if (dot[doc] === 0) touched.push(doc)
        dot[doc] = (dot[doc] as number) + weight * (postings.weights[slot] as number)
      }
    }
    for (const doc of touched) {
      total[doc] = (total[doc] as number) + (dot[doc] as number) / length
      dot[doc] = 0
    }
  }
  return total
}

function forEachPosting(table: ScoringTable, clause: ExpandedClause, visit: (doc: number) => unknown): void {
  for (const term of clause.terms) {
    const number = table.termNumber(term)
    if (number < 0) continue
    for (const field of clause.fields) {
      const postings = table.postings[table.fields.indexOf(field)]
      if (!postings) continue
      for (let slot = postings.offsets[number] as number, end = postings.offsets[number + 1] as number; slot < end; slot++) visit(postings.docs[slot] as number)
    }
  }
}
