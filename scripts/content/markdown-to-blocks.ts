/**
 * Converts a bundled document's Markdown body into the document model's
 * blocks, strictly: only the constructs the reader renders are accepted;
 * anything else (raw HTML, images, tables, code) is a content error naming
 * the file and line, so nothing unreviewed reaches the reader. The
 * conversion itself is shared with documents a user adds
 * (main/core/documents/mdast-to-blocks.ts, lenient there).
 */
import { fromMarkdown } from 'mdast-util-from-markdown'
import { mdastToBlocks, type Positioned } from '../../main/core/documents/mdast-to-blocks'
import type { UnplacedBlock } from '../../main/core/documents/block-builder'
import { ContentError } from './content-error'

export { inlinesText, slugify, type UnplacedBlock } from '../../main/core/documents/block-builder'

/**
 * Parses `body` and returns its blocks with stable ids. `lineOffset` maps the
 * body's lines back to the file's for error messages.
 */
export function markdownToBlocks(file: string, body: string, lineOffset: number): UnplacedBlock[] {
  const lineOf = (node: Positioned | undefined): number => (node?.position?.start.line ?? 1) + lineOffset - 1
  return mdastToBlocks(fromMarkdown(body), {
    strict: true,
    fail(node, detail, extraLines = 0): never {
      throw new ContentError(file, lineOf(node) + extraLines, detail)
    },
  })
}
