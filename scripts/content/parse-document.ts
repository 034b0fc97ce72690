/**
 * Turns one Markdown file with front matter into a library document: blocks
 * placed in the document's plain text, and a content hash as its version.
 */
import type { LibraryDocument } from '../../shared/document-model'
import { contentVersion, placeBlocks } from '../../main/core/documents/block-builder'
import { splitFrontMatter } from './front-matter'
import { markdownToBlocks } from './markdown-to-blocks'

/** Parses and validates `source`, the text of `file`. Throws ContentError. */
export function parseDocument(file: string, source: string): LibraryDocument {
  const { frontMatter, body, bodyStartLine } = splitFrontMatter(file, source)
  const { blocks, plainText } = placeBlocks(markdownToBlocks(file, body, bodyStartLine))
  return { ...frontMatter, version: contentVersion(plainText), blocks, plainText }
}

export { contentVersion, placeBlocks } from '../../main/core/documents/block-builder'
