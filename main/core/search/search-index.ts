/**
 * A search index as queries use it: Lunr's analysis (search pipeline, for
 * stemming), its sorted terms (for wildcards and edit distance) and Lunr's weights
 * as a scoring table. Made from a Lunr index built in memory (the notes) or
 * loaded from the bundled file (see stored-index.ts); either way Lunr itself
 * explains the results shown, on an index made for just those.
 */
import lunr from 'lunr'
import { lunrInternals, tokenSetOf } from './lunr-internals'
import { indexOfTerm } from './sorted-terms'
import { createScoringTable, postingsFromVectors, type ScoringTable } from './scoring-table'

/** An index ready for queries. */
export interface SearchIndex {
  readonly fields: readonly string[]
  readonly table: ScoringTable
  /** Lunr's search pipeline, run on query terms. */
  readonly pipeline: lunr.Pipeline
  /** Every index term, sorted (made on first use); wildcards and edit distances examine them (term-expansion.ts). */
  terms(): readonly string[]
}

/** The query-side form of a Lunr index built in memory. */
export function searchIndexFromLunr(index: lunr.Index): SearchIndex {
  const { fields, fieldVectors, invertedIndex, pipeline } = lunrInternals(index)
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
  // Sorted now rather than by the first wildcard search, which would pay it in one unbroken step.
  const terms = Object.keys(invertedIndex).sort()
  return { fields, table, pipeline, terms: () => terms }
}

/**
 * A Lunr index over `refs` alone and the terms `terms` (sorted), with the
 * postings and vectors of `index`: Lunr's own query on it gives those
 * documents' scores and match data exactly as on the whole index. A clause
 * whose term is a key of `aliases` (not run through the pipeline) expands
 * to that list: wildcard and fuzzy clauses arrive expanded already, since
 * Lunr's own expansion of them is unbounded (see term-patterns.ts).
 */
export function lunrIndexFor(index: SearchIndex, terms: readonly string[], refs: readonly string[], aliases: ReadonlyMap<string, readonly string[]> = new Map()): lunr.Index {
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
  const attributes = { invertedIndex, fieldVectors, tokenSet: viewTokenSet(terms, aliases), fields: [...table.fields], pipeline: index.pipeline }
  return new lunr.Index(attributes as unknown as lunr.Index.Attributes)
}

/**
 * What Lunr's query needs of a token set, for a view's few terms: each
 * clause's token set arrives as a chain of letters (plain terms and
 * aliases; never a wildcard or edit distance), which is read back and
 * looked up.
 */
function viewTokenSet(terms: readonly string[], aliases: ReadonlyMap<string, readonly string[]>): lunr.TokenSet {
  const intersect = (clause: lunr.TokenSet): lunr.TokenSet => {
    const word = chainWord(clause)
    if (word === null) throw new Error('search: a wildcard or fuzzy clause reached Lunr unexpanded')
    const alias = aliases.get(word)
    if (!alias) return tokenSetOf(indexOfTerm(terms, word) >= 0 ? [word] : [])
    const wanted = new Set(alias)
    return tokenSetOf(terms.filter((term) => wanted.has(term)))
  }
  return { intersect } as unknown as lunr.TokenSet
}

/** The word a chain-shaped token set spells, or null if it branches, loops or holds a wildcard. */
function chainWord(set: lunr.TokenSet): string | null {
  let word = ''
  let node = set as unknown as { edges: Record<string, unknown>; final: boolean }
  for (;;) {
    const edges = Object.keys(node.edges)
    if (edges.length === 0) return node.final ? word : null
    const [edge] = edges
    if (edges.length > 1 || edge === undefined || edge === '*' || node.final) return null
    word += edge
    node = node.edges[edge] as typeof node
  }
}
