/**
 * The bundled index on disk. Lunr's own JSON keeps each posting as an
 * object keyed by document ref, which V8 parses slowly (every posting is a
 * new object shape): 281 KB took 15 ms to parse cold. This form keeps what
 * a query needs, as Lunr built it: the fields, the search pipeline's names,
 * the refs, the sorted terms and, per field, each term's documents and
 * Lunr's weights as plain number arrays. Loading checks every part and
 * names what is wrong.
 */
import lunr from 'lunr'
import { z } from 'zod'
import { createScoringTable, type FieldPostings } from './scoring-table'
import { searchIndexFromLunr, type SearchIndex } from './search-index'
import { indexOfTerm } from './sorted-terms'

/** What the file says it is. */
export const STORED_INDEX_FORMAT = 'foc-search-index'

/** Bumped when the layout changes; a file of another version is refused. */
export const STORED_INDEX_VERSION = 1

/** One field's postings as stored: term t's documents are docs[offsets[t]..offsets[t + 1]). */
export interface StoredPostings {
  readonly offsets: number[]
  readonly docs: number[]
  readonly weights: number[]
}

/** The file's content. */
export interface StoredIndex {
  readonly format: typeof STORED_INDEX_FORMAT
  readonly version: typeof STORED_INDEX_VERSION
  /** The Lunr version that built it (for the record). */
  readonly lunrVersion: string
  readonly fields: string[]
  /** Names of the search pipeline's functions, as Lunr serializes them. */
  readonly pipeline: string[]
  readonly refs: string[]
  /** Every term, sorted; a term's number is its place here. */
  readonly terms: string[]
  /** Per field, in the order of `fields`. */
  readonly postings: StoredPostings[]
}

/** The stored form of a Lunr index built in memory. */
export function storeSearchIndex(index: lunr.Index): StoredIndex {
  const inMemory = searchIndexFromLunr(index)
  const { table, fields, pipeline } = inMemory
  const terms = [...inMemory.terms()]
  const postings = table.postings.map((field) => {
    const stored: StoredPostings = { offsets: [0], docs: [], weights: [] }
    for (const term of terms) {
      const number = table.termNumber(term)
      for (let slot = field.offsets[number] as number; slot < (field.offsets[number + 1] as number); slot++) {
        stored.docs.push(field.docs[slot] as number)
        stored.weights.push(field.weights[slot] as number)
      }
      stored.offsets.push(stored.docs.length)
    }
    return stored
  })
  return {
    format: STORED_INDEX_FORMAT,
    version: STORED_INDEX_VERSION,
    lunrVersion: lunr.version,
    fields: [...fields],
    pipeline: pipeline.toJSON() as unknown as string[],
    refs: [...table.refs],
    terms,
    postings,
  }
}

const numbers = z.custom<number[]>((value) => Array.isArray(value), 'must be a list of numbers')

const storedIndexSchema = z.object({
  format: z.literal(STORED_INDEX_FORMAT, `“format” must be "${STORED_INDEX_FORMAT}"`),
  version: z.literal(STORED_INDEX_VERSION, `“version” must be ${STORED_INDEX_VERSION}; rebuild the content (npm run build:content)`),
  lunrVersion: z.string(),
  fields: z.array(z.string().min(1)).min(1),
  pipeline: z.array(z.string()),
  refs: z.array(z.string()),
  terms: z.array(z.string()),
  postings: z.array(z.object({ offsets: numbers, docs: numbers, weights: numbers })),
})

/** How far to check a stored index. */
export interface LoadOptions {
  /**
   * The file's bytes matched the checksum its build recorded, so each
   * number need not be checked again (the shape and sizes still are).
   */
  readonly verified?: boolean
}

/** Loads a stored index; throws an Error that says what is wrong with it. */
export function loadSearchIndex(value: unknown, options: LoadOptions = {}): SearchIndex {
  const parsed = storedIndexSchema.safeParse(value)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new Error(`search index file is not a stored search index: ${issue ? `${issue.path.join('.') || 'file'}: ${issue.message}` : 'unreadable'}`)
  }
  const stored = parsed.data
  const { refs, terms, fields } = stored
  for (let at = 1; at < terms.length && options.verified !== true; at++) {
    if (!((terms[at - 1] as string) < (terms[at] as string))) throw new Error(`search index file is damaged: terms are not sorted at term ${at} (“${terms[at]}”)`)
  }
  if (stored.postings.length !== fields.length) throw new Error(`search index file is damaged: ${fields.length} fields but postings for ${stored.postings.length}`)
  const postings = stored.postings.map((field, at) => checkedPostings(field, fields[at] as string, terms.length, refs.length, options.verified === true))
  let pipeline: lunr.Pipeline
  try {
    pipeline = lunr.Pipeline.load(stored.pipeline)
  } catch (error) {
    throw new Error(`search index file names a pipeline this app lacks: ${error instanceof Error ? error.message : String(error)}`, { cause: error })
  }
  const table = createScoringTable({ refs, fields, postings, termNumber: (term) => indexOfTerm(terms, term) })
  return { fields, table, pipeline, terms: () => terms }
}

/** The field's postings as typed arrays, after checking that every number fits. */
function checkedPostings(stored: StoredPostings, field: string, termCount: number, docCount: number, verified: boolean): FieldPostings {
  const where = `search index file is damaged: postings of field “${field}”`
  const { offsets, docs, weights } = stored
  if (offsets.length !== termCount + 1) throw new Error(`${where} need ${termCount + 1} offsets, found ${offsets.length}`)
  if (docs.length !== weights.length) throw new Error(`${where} have ${docs.length} documents but ${weights.length} weights`)
  if (offsets[0] !== 0 || offsets[termCount] !== docs.length) throw new Error(`${where} must start at 0 and end at ${docs.length}`)
  for (let term = 0; term < termCount && !verified; term++) {
    const start = offsets[term] as number
    const end = offsets[term + 1] as number
    if (!Number.isInteger(end) || end < start) throw new Error(`${where}: offset ${term + 1} is not a count at or above the one before`)
    for (let slot = start; slot < end; slot++) {
      const doc = docs[slot] as number
      if (!Number.isInteger(doc) || doc < 0 || doc >= docCount || (slot > start && doc <= (docs[slot - 1] as number))) {
        throw new Error(`${where}: document number ${String(doc)} at ${slot} is not one of ${docCount} in ascending order`)
      }
      if (typeof weights[slot] !== 'number' || !Number.isFinite(weights[slot])) throw new Error(`${where}: weight at ${slot} is not a number`)
    }
  }
  return { offsets, docs, weights }
}
