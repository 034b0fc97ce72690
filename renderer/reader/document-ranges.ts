/**
 * Conversions between note anchors (code points over a document's plain
 * text, as W3C selectors count) and what the DOM counts (UTF-16 offsets
 * inside each block's text).
 */
import type { NoteView } from '../../shared/api-contract'
import { CodePointIndex } from '../../shared/anchoring/code-points'
import type { LibraryDocument } from '../../shared/document-model'
import type { BlockHighlight } from './highlight-runs'

/** A point in the DOM text of a block. */
export interface BlockPoint {
  readonly blockId: string
  /** UTF-16 offset in the block's text. */
  readonly offset: number
}

/** Code-point index of a document's plain text, built once per document. */
export function documentIndex(document: LibraryDocument): CodePointIndex {
  return new CodePointIndex(document.plainText)
}

/** A passage of the document to draw, in code points. */
export interface DocumentSpan {
  readonly id: string
  readonly start: number
  readonly end: number
}

/**
 * Cuts passages at block edges and converts them to each block's UTF-16
 * offsets, so a passage that spans blocks is drawn in each of them.
 */
export function blockSpans(document: LibraryDocument, index: CodePointIndex, spans: readonly DocumentSpan[]): Map<string, BlockHighlight[]> {
  const byBlock = new Map<string, BlockHighlight[]>()
  for (const span of spans) {
    const start = index.toUtf16(span.start)
    const end = index.toUtf16(span.end)
    for (const block of document.blocks) {
      const blockStart = index.toUtf16(block.range.start)
      const blockEnd = index.toUtf16(block.range.end)
      if (blockEnd <= start || blockStart >= end) continue
      const list = byBlock.get(block.id) ?? []
      list.push({ noteId: span.id, start: Math.max(start, blockStart) - blockStart, end: Math.min(end, blockEnd) - blockStart })
      byBlock.set(block.id, list)
    }
  }
  return byBlock
}

/** The highlights to draw in each block, for notes anchored in the text and `extra` passages (notes still being created). */
export function blockHighlights(document: LibraryDocument, index: CodePointIndex, views: readonly NoteView[], extra: readonly DocumentSpan[] = []): Map<string, BlockHighlight[]> {
  const spans: DocumentSpan[] = []
  for (const { note, anchor } of views) {
    if (anchor.start === undefined || anchor.end === undefined || anchor.status === 'orphaned') continue
    spans.push({ id: note.id, start: anchor.start, end: anchor.end })
  }
  return blockSpans(document, index, [...spans, ...extra])
}

/**
 * The document range (code points) between two DOM points, with white space
 * trimmed from both ends; null if nothing but white space is selected.
 */
export function rangeBetween(document: LibraryDocument, index: CodePointIndex, from: BlockPoint, to: BlockPoint): { start: number; end: number } | null {
  const absolute = (point: BlockPoint): number | null => {
    const block = document.blocks.find((candidate) => candidate.id === point.blockId)
    return block ? index.toUtf16(block.range.start) + point.offset : null
  }
  const a = absolute(from)
  const b = absolute(to)
  if (a === null || b === null) return null
  let start = Math.min(a, b)
  let end = Math.max(a, b)
  const text = document.plainText
  while (start < end && /\s/.test(text[start] ?? '')) start++
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--
  if (end <= start) return null
  return { start: index.toCodePoint(start, 'floor'), end: index.toCodePoint(end, 'ceil') }
}

/** The block range (code points) of a whole block, for highlighting a focused paragraph. */
export function blockRange(document: LibraryDocument, blockId: string): { start: number; end: number } | null {
  const block = document.blocks.find((candidate) => candidate.id === blockId)
  return block && block.range.end > block.range.start ? { start: block.range.start, end: block.range.end } : null
}
