/**
 * A search index as queries use it: Lunr's analysis (search pipeline and
 * token set, for stemming, wildcards and edit distance) and Lunr's weights
 * as a scoring table. Made from a Lunr index built in memory (the notes) or
 * loaded from the bundled file (see stored-index.ts); either way Lunr itself
 * explains the results shown, on an index made for just those.
 */
import lunr from 'lunr'
import { lunrInternals, tokenSetOf } from './lunr-internals'
import { createScoringTable, postingsFromVectors, type ScoringTable } from './scoring-table'

/** An index ready for queries. */
export interface SearchIndex {
  readonly fields: readonly string[]
  readonly table: ScoringTable
  /** Lunr's search pipeline, run on query terms. */
  readonly pipeline: lunr.Pipeline
  /** Every index term, sorted (made on first use). */
  terms(): readonly string[]
  /** Every index term as Lunr's token set, for edit distances and inner wildcards (made on first use). */
  tokenSet(): lunr.TokenSet
}

/** The query-side form of a Lunr index built in memory. */
export function searchIndexFromLunr(index: lunr.Index): SearchIndex {
  const { fields, fieldVectors, invertedIndex, tokenSet, pipeline } = lunrInternals(index)
  let termCount = 0
  for (const term in invertedIndex) termCount = Math.max(termCount, (invertedIndex[term]?._index ?? -1) + 1)
  const fieldNumbers = new Map(fields.map((field, at) => [field, at]))
  const refs: string[] = []
  const refNumbers = new Map<string, number>()
  const entries: Array<{ field: number; doc: number; elements: readonly number[] }> = []
  // Vector keys are "field/ref"; a ref may itself hold "/", a field name cannot. They come in document order.
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
  const table = createScoringTable({
    refs,
    fields,
    postings: postingsFromVectors(fields.length, termCount, entries),
    termNumber: (term) => invertedIndex[term]?._index ?? -1,
  })
  let terms: string[] | null = null
  return { fields, table, pipeline, terms: () => (terms ??= Object.keys(invertedIndex).sort()), tokenSet: () => tokenSet }
}

/**
 * A Lunr index over `refs` alone and the terms `terms` (sorted), with the
 * postings and vectors of `index`: Lunr's own query on it gives those
 * documents' scores and match data exactly as on the whole index.
 */
export function lunrIndexFor(index: SearchIndex, terms: readonly string[], refs: readonly string[]): lunr.Index {
  const { table } = index
  const docs = refs.map((ref) => [ref, table.docNumber(ref)] as const).filter(([, doc]) => doc >= 0)
  const invertedIndex: Record<string, Record<string, unknown>> = Object.create(null) as Record<string, Record<string, unknown>>
  for (const term of terms) {
    const number = table.termNumber(term)
    if (number < 0) continue
    const posting: Record<string, unknown> = { _index: number }
    for (const [field, name] of table.fields.entries()) {
      const holding: Record<string, object> = {}
      for (const [ref, doc] of docs) if (table.holds(field, number, doc)) holding[ref] = {}
      posting[name] = holding
    }
    invertedIndex[term] = posting
  }
  const fieldVectors: Record<string, lunr.Vector> = Object.create(null) as Record<string, lunr.Vector>
  for (const [field, name] of table.fields.entries()) {
    for (const [ref, doc] of docs) fieldVectors[`${name}/${ref}`] = new lunr.Vector(table.vector(field, doc))
  }
  const attributes = { invertedIndex, fieldVectors, tokenSet: tokenSetOf(terms), fields: [...table.fields], pipeline: index.pipeline }
  return new lunr.Index(attributes as unknown as lunr.Index.Attributes)
}
