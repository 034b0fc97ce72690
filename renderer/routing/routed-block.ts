/** Which block a reader route's last segment names. */
import type { Block } from '../../shared/document-model'
import { blockIdForParagraph } from '../../shared/paragraph-numbers'

/**
 * The block a reader route names: a block id, or a paragraph as people quote
 * it ("p2", the form the margin's links carry); unknown names are passed on
 * (the reader says it cannot find them).
 */
export function routedBlockId(blocks: readonly Block[], name: string | null): string | null {
  if (name === null || blocks.some((block) => block.id === name)) return name
  return blockIdForParagraph(blocks, name) ?? name
}
