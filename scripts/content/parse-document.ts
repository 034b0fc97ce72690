/**
 * Turns one Markdown file with front matter into a library document: blocks
 * placed in the document's plain text, and a content hash as its version.
 */
import { createHash } from 'node:crypto'
import { BLOCK_SEPARATOR, type Block, type LibraryDocument } from '../../shared/document-model'
import { splitFrontMatter } from './front-matter'
import { markdownToBlocks, type UnplacedBlock } from './markdown-to-blocks'

/** Parses and validates `source`, the text of `file`. Throws ContentError. */
export function parseDocument(file: string, source: string): LibraryDocument {
  const { frontMatter, body, bodyStartLine } = splitFrontMatter(file, source)
  const { blocks, plainText } = placeBlocks(markdownToBlocks(file, body, bodyStartLine))
  return { ...frontMatter, version: contentVersion(plainText), blocks, plainText }
}

/**
 * Joins block texts into the document's plain text and records each block's
 * range in code points, the unit W3C TextPositionSelectors count in.
 */
export function placeBlocks(unplaced: readonly UnplacedBlock[]): { blocks: Block[]; plainText: string } {
  const separatorLength = codePointLength(BLOCK_SEPARATOR)
  let offset = 0
  const blocks = unplaced.map((block, index) => {
    if (index > 0) offset += separatorLength
    const start = offset
    offset += codePointLength(block.text)
    return { ...block, range: { start, end: offset } } as Block
  })
  return { blocks, plainText: unplaced.map((block) => block.text).join(BLOCK_SEPARATOR) }
}

/** A short, stable hash of a document's plain text. */
export function contentVersion(plainText: string): string {
  return createHash('sha256').update(plainText, 'utf8').digest('hex').slice(0, 16)
}

function codePointLength(text: string): number {
  let count = 0
  for (const _ of text) count++
  return count
}
