/**
 * The bundled search index: one Lunr document per library block, per
 * timeline entry and per glossary term, with term positions kept so snippets
 * and the reader can mark matched words. Built once by the content pipeline;
 * the app only loads it.
 */
import lunr from 'lunr'
import { blockRef, type LibraryDocument } from '../../../shared/document-model'
import type { GlossaryTerm, TimelineEntry } from '../../../shared/timeline-model'
import { glossaryFields, glossaryRef, timelineFields, timelineRef } from './reference-text'
import { compoundTokenizer } from './tokenize'

/** Fields of each indexed block; title and heading weigh more than body text. */
export const BLOCK_INDEX_FIELDS = [
  { name: 'title', boost: 3 },
  { name: 'heading', boost: 2 },
  { name: 'text', boost: 1 },
] as const

/**
 * Trims a token to its letters and digits and folds accents, on both the
 * index and the query side. Replaces Lunr's trimmer, whose ASCII \W cut
 * "José" to "Jos" (so "José" found nothing), and which the search pipeline
 * lacks (so "(ITU)" or "20/8," found nothing).
 */
export const normalizeTerm: lunr.PipelineFunction = (token) => {
  const term = token
    .toString()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
  // Punctuation alone ("—", "&") is not a term: drop it rather than index "".
  return term === '' ? null : token.update(() => term)
}

// Serialized indexes name their search pipeline's functions; loading needs them
// registered. Done by hand (as registerFunction does) to stay quiet when this
// module is evaluated again against the same lunr, as test runners do.
const pipelineRegistry = (lunr.Pipeline as unknown as { registeredFunctions: Record<string, lunr.PipelineFunction> }).registeredFunctions
Object.assign(normalizeTerm, { label: 'focNormalizeTerm' })
pipelineRegistry['focNormalizeTerm'] = normalizeTerm

/** The timeline and glossary, indexed beside the documents. */
export interface IndexedReference {
  readonly timeline: readonly TimelineEntry[]
  readonly glossary: readonly GlossaryTerm[]
}

/**
 * Builds the index for `documents` (each block's ref is "documentId#blockId")
 * and, if given, the timeline ("timeline:<id>") and glossary ("glossary:<id>").
 */
export function buildBlockIndex(documents: readonly LibraryDocument[], reference?: IndexedReference): lunr.Index {
  return lunr(function build() {
    this.pipeline.before(lunr.trimmer, normalizeTerm)
    this.pipeline.remove(lunr.trimmer)
    this.searchPipeline.before(lunr.stemmer, normalizeTerm)
    // Symbols ("A/HRC/RES/20/8", "PP-18") are findable whole and in parts; see tokenize.ts.
    ;(this as unknown as { tokenizer: typeof compoundTokenizer }).tokenizer = compoundTokenizer
    this.ref('ref')
    for (const field of BLOCK_INDEX_FIELDS) this.field(field.name, { boost: field.boost })
    this.metadataWhitelist = ['position']
    for (const document of documents) {
      let heading = ''
      for (const block of document.blocks) {
        if (block.type === 'heading') heading = block.text
        this.add({
          ref: blockRef(document.id, block.id),
          title: document.title,
          heading: block.type === 'heading' ? '' : heading,
          text: block.text,
        })
      }
    }
    for (const entry of reference?.timeline ?? []) this.add({ ref: timelineRef(entry.id), ...timelineFields(entry) })
    for (const term of reference?.glossary ?? []) this.add({ ref: glossaryRef(term.id), ...glossaryFields(term) })
  })
}

/** Loads a serialized index; throws if the JSON is not a Lunr index. */
export function loadBlockIndex(serialized: unknown): lunr.Index {
  if (typeof serialized !== 'object' || serialized === null || !('version' in serialized)) {
    throw new Error('search index file is not a serialized Lunr index')
  }
  return lunr.Index.load(serialized)
}
