/**
 * The bundled search index: one Lunr document per library block, per
 * timeline entry and per glossary term. Built once by the content pipeline;
 * stored in the compact form of stored-index.ts; the app only loads it.
 */
import lunr from 'lunr'
import { blockRef, type LibraryDocument } from '../../../shared/document-model'
import type { GlossaryTerm, TimelineEntry } from '../../../shared/timeline-model'
import { glossaryFields, glossaryRef, timelineFields, timelineRef } from './reference-text'
import { searchIndexFromLunr, type SearchIndex } from './search-index'
import { loadSearchIndex, storeSearchIndex, type LoadOptions, type StoredIndex } from './stored-index'
import { applyTextAnalysis } from './text-analysis'

/** Fields of each indexed block; title and heading weigh more than body text. */
export const BLOCK_INDEX_FIELDS = [
  { name: 'title', boost: 3 },
  { name: 'heading', boost: 2 },
  { name: 'text', boost: 1 },
] as const

/**
 * Weight of a block under a "Sources" heading: a reference page's list of
 * links mentions the same words as its summary, and a reader looking for
 * "privacy" wants the summary first; the list is still found.
 */
export const SOURCES_BOOST = 0.3

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
    applyTextAnalysis(this)
    this.ref('ref')
    for (const field of BLOCK_INDEX_FIELDS) this.field(field.name, { boost: field.boost })
    for (const document of documents) {
      let heading = ''
      for (const block of document.blocks) {
        if (block.type === 'heading') heading = block.text
        this.add(
          {
            ref: blockRef(document.id, block.id),
            title: document.title,
            heading: block.type === 'heading' ? '' : heading,
            text: block.text,
          },
          { boost: block.type !== 'heading' && heading.trim() === 'Sources' ? SOURCES_BOOST : 1 },
        )
      }
    }
    for (const entry of reference?.timeline ?? []) this.add({ ref: timelineRef(entry.id), ...timelineFields(entry) })
    for (const term of reference?.glossary ?? []) this.add({ ref: glossaryRef(term.id), ...glossaryFields(term) })
  })
}

/** The same index, ready for queries without a trip through its file (tests, benchmarks). */
export function blockSearchIndex(documents: readonly LibraryDocument[], reference?: IndexedReference): SearchIndex {
  return searchIndexFromLunr(buildBlockIndex(documents, reference))
}

/** The bundled index's file content, for the content pipeline. */
export function storeBlockIndex(index: lunr.Index): StoredIndex {
  return storeSearchIndex(index)
}

/** Loads the bundled index's file content; throws an Error saying what is wrong with it. */
export function loadBlockIndex(stored: unknown, options?: LoadOptions): SearchIndex {
  return loadSearchIndex(stored, options)
}
