/**
 * Search over the documents the user added: one small index segment per
 * document, built like the bundled index (same fields, analysis and refs,
 * "documentId#blockId") when the document is first searched after it was
 * added, and dropped when it is removed. The bundled index is never
 * rebuilt. Segments are searched one after another, pausing between them.
 */
import type { LibraryDocument } from '../../../shared/document-model'
import type { AddedDocumentChange } from '../library'
import { blockSearchIndex } from './block-index'
import type { Steps } from './cooperative'
import type { SegmentSteps } from './notes-index'
import type { QueryHit, QueryMatches, RankedMatch } from './run-query'
import type { SearchIndex } from './search-index'

/** The added documents' segments. */
export class AddedDocumentsIndex {
  private readonly documents = new Map<string, LibraryDocument>()
  private readonly segments = new Map<string, SearchIndex>()

  constructor(documents: Iterable<LibraryDocument>) {
    for (const document of documents) this.documents.set(document.id, document)
  }

  /** Follows a change to the library's added documents. */
  apply(change: AddedDocumentChange): void {
    if (change.type === 'put') {
      this.documents.set(change.document.id, change.document)
      this.segments.delete(change.document.id)
    } else {
      this.documents.delete(change.id)
      this.segments.delete(change.id)
    }
  }

  /** How many documents are indexed. */
  get size(): number {
    return this.documents.size
  }

  /** Runs `search` on every segment and merges what they match. */
  *searchSteps(search: SegmentSteps): Steps<QueryMatches> {
    const results: QueryMatches[] = []
    for (const id of [...this.documents.keys()]) {
      const document = this.documents.get(id)
      if (!document) continue
      let segment = this.segments.get(id)
      if (!segment) {
        // A title change keeps the text but not the indexed title: built afresh after any put.
        segment = blockSearchIndex([document])
        this.segments.set(id, segment)
      }
      results.push(yield* search(segment))
      yield
    }
    return mergeMatches(results)
  }
}

/** One answer over several segments whose refs never overlap. */
function mergeMatches(results: readonly QueryMatches[]): QueryMatches {
  const owner = new Map<string, QueryMatches>()
  const matches: RankedMatch[] = []
  for (const result of results) {
    for (const match of result.matches) {
      owner.set(match.ref, result)
      matches.push(match)
    }
  }
  return {
    matches,
    complete: results.every((result) => result.complete !== false),
    explain(refs) {
      const bySegment = new Map<QueryMatches, string[]>()
      for (const ref of refs) {
        const segment = owner.get(ref)
        if (segment) bySegment.set(segment, [...(bySegment.get(segment) ?? []), ref])
      }
      const hits: QueryHit[] = []
      for (const [segment, wanted] of bySegment) hits.push(...segment.explain(wanted))
      return hits.sort((a, b) => b.score - a.score)
    },
  }
}
