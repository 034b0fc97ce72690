/**
 * Lunr's own term weights, laid out for ranking. A loaded Lunr index keeps
 * each (field, document) vector of BM25 weights, which Lunr walks in full
 * for every matching document; ranking 8,000 documents that hold a common
 * word that way costs hundreds of milliseconds. This table holds the same
 * weights the other way round: per field and term, the documents that hold
 * it and their weights, in typed arrays. Built once per index (an index
 * never changes once built), in one pass over Lunr's vectors.
 */
import type lunr from 'lunr'
import { lunrInternals } from './lunr-internals'

/** One field's postings in compressed-row form: term t's documents are docs[offsets[t]..offsets[t + 1]). */
export interface FieldPostings {
  readonly offsets: Int32Array
  readonly docs: Int32Array
  /** Lunr's weight of the term in that document's field, as in its field vectors. */
  readonly weights: Float64Array
}

/** The table for one index. */
export interface ScoringTable {
  /** Document refs by document number (numbers follow Lunr's vector order). */
  readonly refs: readonly string[]
  readonly fields: readonly string[]
  /** Postings per field, in the order of `fields`. */
  readonly postings: readonly FieldPostings[]
  /** The number of document `ref`, or -1 when the index lacks it. */
  docNumber(ref: string): number
  /** Lunr's number for `term`, or -1 when the index lacks it. */
  termNumber(term: string): number
  /** How many (document, field) pairs hold term number `term`. */
  frequency(term: number): number
}

const tables = new WeakMap<lunr.Index, ScoringTable>()

/** The scoring table of `index`, built on first use. */
export function scoringTableOf(index: lunr.Index): ScoringTable {
  let table = tables.get(index)
  if (!table) {
    table = buildScoringTable(index)
    tables.set(index, table)
  }
  return table
}

/** Builds `index`'s table now (at load), so the first search does not pay for it. */
export function prepareScoring(index: lunr.Index): void {
  scoringTableOf(index)
}

function buildScoringTable(index: lunr.Index): ScoringTable {
  const { fields, fieldVectors, invertedIndex } = lunrInternals(index)
  let termCount = 0
  for (const term in invertedIndex) termCount = Math.max(termCount, (invertedIndex[term]?._index ?? -1) + 1)
  const fieldNumbers = new Map(fields.map((field, at) => [field, at]))
  const refs: string[] = []
  const refNumbers = new Map<string, number>()
  // Vector keys are "field/ref"; a ref may itself hold "/", a field name cannot.
  const entries: Array<{ field: number; doc: number; elements: readonly number[] }> = []
  for (const key in fieldVectors) {
    const cut = key.indexOf('/')
    const field = fieldNumbers.get(key.slice(0, cut))
    if (field === undefined) continue
    const ref = key.slice(cut + 1)
    let doc = refNumbers.get(ref)
    if (doc === undefined) {
      doc = refs.length
      refs.push(ref)
      refNumbers.set(ref, doc)
    }
    entries.push({ field, doc, elements: fieldVectors[key]?.elements ?? [] })
  }
  const counts = fields.map(() => new Int32Array(termCount + 1))
  for (const { field, elements } of entries) {
    const count = counts[field] as Int32Array
    for (let at = 0; at < elements.length; at += 2) {
      const slot = (elements[at] as number) + 1
      count[slot] = (count[slot] as number) + 1
    }
  }
  const postings: FieldPostings[] = counts.map((count) => {
    for (let term = 1; term <= termCount; term++) count[term] = (count[term] as number) + (count[term - 1] as number)
    const total = count[termCount] as number
    return { offsets: count, docs: new Int32Array(total), weights: new Float64Array(total) }
  })
  const filled = postings.map((field) => field.offsets.slice(0, termCount))
  // Entries come in document order, so each term's documents end up sorted.
  for (const { field, doc, elements } of entries) {
    const target = postings[field] as FieldPostings
    const next = filled[field] as Int32Array
    for (let at = 0; at < elements.length; at += 2) {
      const term = elements[at] as number
      const slot = (next[term] as number)++
      target.docs[slot] = doc
      target.weights[slot] = elements[at + 1] as number
    }
  }
  return {
    refs,
    fields,
    postings,
    docNumber: (ref) => refNumbers.get(ref) ?? -1,
    termNumber: (term) => invertedIndex[term]?._index ?? -1,
    frequency: (term) => postings.reduce((sum, field) => sum + ((field.offsets[term + 1] ?? 0) - (field.offsets[term] ?? 0)), 0),
  }
}
