/**
 * A calmer publisher's layer: a glossary term is marked at its first mention
 * in each section only (a section is the text under one heading), and never
 * in a heading, so that one paragraph is not underlined from end to end and
 * the title reads as a title. Citations are all kept: each one leads to its
 * own text.
 */
import type { Block } from '../../shared/document-model'

/** What the filter needs of an annotation and its anchor. */
export interface PlacedEditorial {
  readonly annotation: { readonly kind: 'citation' } | { readonly kind: 'glossary'; readonly termId: string }
  readonly anchor: { readonly start?: number | undefined }
}

/** The annotations to draw, in their given order: citations, and each glossary term's first mention per section outside headings. */
export function quietEditorial<T extends PlacedEditorial>(blocks: readonly Pick<Block, 'type' | 'range'>[], annotations: readonly T[]): T[] {
  const sections = sectionOfBlocks(blocks)
  const seen = new Set<string>()
  const keep = new Set<T>()
  const glossary = annotations.filter((item) => item.annotation.kind === 'glossary' && item.anchor.start !== undefined)
  for (const item of [...glossary].sort((a, b) => (a.anchor.start ?? 0) - (b.anchor.start ?? 0))) {
    if (item.annotation.kind !== 'glossary') continue
    const at = blockIndexAt(blocks, item.anchor.start ?? 0)
    if (at < 0 || blocks[at]?.type === 'heading') continue
    const key = `${item.annotation.termId}\u0000${sections[at] ?? 0}`
    if (seen.has(key)) continue
    seen.add(key)
    keep.add(item)
  }
  return annotations.filter((item) => item.annotation.kind === 'citation' || keep.has(item))
}

/** For each block, the number of the section it is in: 0 before the first heading, then one more at each heading. */
function sectionOfBlocks(blocks: readonly Pick<Block, 'type'>[]): number[] {
  let section = 0
  return blocks.map((block) => (block.type === 'heading' ? ++section : section))
}

/** The index of the block whose range holds code point `at`, or -1. */
function blockIndexAt(blocks: readonly Pick<Block, 'range'>[], at: number): number {
  return blocks.findIndex((block) => block.range.start <= at && at < block.range.end)
}
