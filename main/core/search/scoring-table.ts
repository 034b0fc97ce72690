/**
 * Lunr's own term weights, laid out for ranking. A Lunr index keeps each
 * (field, document) vector of BM25 weights, which Lunr walks in full for
 * every matching document; ranking 8,000 documents that hold a common word
 * that way costs hundreds of milliseconds. This table holds the same
 * weights the other way round: per field and term, the documents that hold
 * it and their weights, in typed arrays. The vectors Lunr needs to explain
 * a few results are rebuilt from it on demand.
 */

/**
 * One field's postings in compressed-row form: term t's documents are
 * docs[offsets[t]..offsets[t + 1]), ascending. Typed arrays when built
 * here; the plain arrays JSON.parse made when loaded from the file.
 */
export interface FieldPostings {
  readonly offsets: ArrayLike<number>
  readonly docs: ArrayLike<number>
  /** Lunr's weight of the term in that document's field, as in its field vectors. */
  readonly weights: ArrayLike<number>
}

/** The table for one index. */
export interface ScoringTable {
  /** Document refs by document number. */
  readonly refs: readonly string[]
  readonly fields: readonly string[]
  /** Postings per field, in the order of `fields`. */
  readonly postings: readonly FieldPostings[]
  /** The number of document `ref`, or -1 when the index lacks it. */
  docNumber(ref: string): number
  /** The number of `term`, or -1 when the index lacks it. */
  termNumber(term: string): number
  /** How many (document, field) pairs hold term number `term`. */
  frequency(term: number): number
  /** True if document `doc` holds term `term` in field number `field`. */
  holds(field: number, term: number, doc: number): boolean
  /** Lunr's vector of document `doc` in field number `field`: [term, weight, term, weight, …], terms ascending. */
  vector(field: number, doc: number): number[]
}

/** What a table is made of. */
export interface ScoringTableParts {
  readonly refs: readonly string[]
  readonly fields: readonly string[]
  readonly postings: readonly FieldPostings[]
  termNumber(term: string): number
}

/** A table over `parts`. */
export function createScoringTable(parts: ScoringTableParts): ScoringTable {
  const { refs, fields, postings } = parts
  const refNumbers = new Map(refs.map((ref, at) => [ref, at]))
  // Per-document vectors, made on first use: only results being explained need them.
  let byDocument: Array<{ offsets: Int32Array; terms: Int32Array; weights: Float64Array }> | null = null
  const transpose = () =>
    postings.map((field) => {
      const offsets = new Int32Array(refs.length + 1)
      for (let slot = 0; slot < field.docs.length; slot++) {
        const doc = field.docs[slot] as number
        offsets[doc + 1] = (offsets[doc + 1] as number) + 1
      }
      for (let doc = 1; doc <= refs.length; doc++) offsets[doc] = (offsets[doc] as number) + (offsets[doc - 1] as number)
      const terms = new Int32Array(field.docs.length)
      const weights = new Float64Array(field.docs.length)
      const next = offsets.slice(0, refs.length)
      // Terms in ascending order, so each vector comes out sorted as Lunr's are.
      for (let term = 0; term + 1 < field.offsets.length; term++) {
        for (let slot = field.offsets[term] as number; slot < (field.offsets[term + 1] as number); slot++) {
          const doc = field.docs[slot] as number
          const at = (next[doc] as number)++
          terms[at] = term
          weights[at] = field.weights[slot] as number
        }
      }
      return { offsets, terms, weights }
    })
  return {
    refs,
    fields,
    postings,
    termNumber: parts.termNumber,
    docNumber: (ref) => refNumbers.get(ref) ?? -1,
    frequency: (term) => postings.reduce((sum, field) => sum + ((field.offsets[term + 1] ?? 0) - (field.offsets[term] ?? 0)), 0),
    holds(field, term, doc) {
      const list = postings[field]
      if (!list || term < 0) return false
      let low = list.offsets[term] ?? 0
      let high = (list.offsets[term + 1] ?? 0) - 1
      while (low <= high) {
        const middle = (low + high) >>> 1
        const found = list.docs[middle] as number
        if (found === doc) return true
        if (found < doc) low = middle + 1
        else high = middle - 1
      }
      return false
    },
    vector(field, doc) {
      byDocument ??= transpose()
      const list = byDocument[field]
      if (!list) return []
      const elements: number[] = []
      for (let at = list.offsets[doc] as number; at < (list.offsets[doc + 1] as number); at++) elements.push(list.terms[at] as number, list.weights[at] as number)
      return elements
    },
  }
}

/**
 * Compressed-row postings from (field, document, vector) entries, where each
 * vector is [term, weight, …]. Entries must come in document order.
 */
export function postingsFromVectors(fieldCount: number, termCount: number, entries: Iterable<{ field: number; doc: number; elements: ArrayLike<number> }>): FieldPostings[] {
  const list = [...entries]
  const counts = Array.from({ length: fieldCount }, () => new Int32Array(termCount + 1))
  for (const { field, elements } of list) {
    const count = counts[field] as Int32Array
    for (let at = 0; at < elements.length; at += 2) {
      const slot = (elements[at] as number) + 1
      count[slot] = (count[slot] as number) + 1
    }
  }
  const postings = counts.map((count) => {
    for (let term = 1; term <= termCount; term++) count[term] = (count[term] as number) + (count[term - 1] as number)
    const total = count[termCount] as number
    return { offsets: count, docs: new Int32Array(total), weights: new Float64Array(total) }
  })
  const filled = counts.map((count) => count.slice(0, termCount))
  for (const { field, doc, elements } of list) {
    const target = postings[field] as { docs: Int32Array; weights: Float64Array }
    const next = filled[field] as Int32Array
    for (let at = 0; at < elements.length; at += 2) {
      const term = elements[at] as number
      const slot = (next[term] as number)++
      target.docs[slot] = doc
      target.weights[slot] = elements[at + 1] as number
    }
  }
  return postings
}
