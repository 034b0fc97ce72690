/**
 * Finds passages (a quote and position pair, as user notes and editorial
 * annotations both carry) in the current text of library documents. One
 * code-point index per document is built on first use and kept.
 */
import type { NoteAnchor } from '../../shared/api-contract'
import { CodePointIndex } from '../../shared/anchoring/code-points'
import { reanchor } from '../../shared/anchoring/reanchor'
import type { LibraryDocument } from '../../shared/document-model'
import { blockPlaceLabel } from '../../shared/paragraph-numbers'
import type { TextPositionSelector, TextQuoteSelector } from '../../shared/notes/note-model'

/** Anchors passages in documents, caching each document's index. */
export class PassageAnchors {
  private readonly indexes = new Map<string, CodePointIndex>()

  /** Where the passage is now in `document`, with its status and block. */
  anchor(document: LibraryDocument, quote: TextQuoteSelector, position: TextPositionSelector): NoteAnchor {
    let index = this.indexes.get(document.id)
    if (!index || index.text !== document.plainText) {
      index = new CodePointIndex(document.plainText)
      this.indexes.set(document.id, index)
    }
    const result = reanchor(index, { quote, position })
    if (result.status === 'orphaned' || result.start === undefined || result.end === undefined) {
      return { status: 'orphaned', reason: 'The passage this note was made on is no longer in the text.' }
    }
    const blockId = blockAt(document, result.start)
    const place = blockId === undefined ? '' : blockPlaceLabel(document.blocks, blockId)
    return {
      status: result.status,
      start: result.start,
      end: result.end,
      blockId,
      ...(place !== '' ? { place } : {}),
      ...(result.status === 'needs-review' && result.currentText !== undefined ? { currentText: result.currentText } : {}),
    }
  }
}

/** The id of the block that contains code point `start`. */
export function blockAt(document: LibraryDocument, start: number): string | undefined {
  let found = document.blocks[0]?.id
  for (const block of document.blocks) {
    if (block.range.start > start) break
    found = block.id
  }
  return found
}
