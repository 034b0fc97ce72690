/**
 * The parts of building a document's blocks that the content pipeline
 * (bundled Markdown) and the app (documents a user adds) share: stable
 * block ids, a block's plain text, placing blocks in the document's plain
 * text, and the version hash notes are anchored to.
 */
import { createHash } from 'node:crypto'
import { BLOCK_SEPARATOR, type Block, type Inline } from '../../../shared/document-model'

/** A block before its place in the document's plain text is known. */
export type UnplacedBlock = Block extends infer B ? (B extends Block ? Omit<B, 'range'> : never) : never

/** The plain text of inline content: marks dropped, breaks as "\n". */
export function inlinesText(inlines: readonly Inline[]): string {
  return inlines
    .map((inline) => {
      if (inline.type === 'text') return inline.text
      if (inline.type === 'break') return '\n'
      return inlinesText(inline.children)
    })
    .join('')
}

/**
 * Gives blocks ids that stay stable while a section's own paragraphs do:
 * headings by slug, other blocks numbered within their section.
 */
export class BlockIdAllocator {
  private section = 'intro'
  private paragraphs = 0
  private lists = 0
  private readonly used = new Set<string>()

  /** The title block keeps paragraphs after it in the "intro" section. */
  title(): string {
    return this.unique('title')
  }

  /** A heading's id: its slug; paragraphs after it are numbered from 1 again. */
  heading(text: string): string {
    this.section = slugify(text) || 'section'
    this.paragraphs = 0
    this.lists = 0
    return this.unique(this.section)
  }

  /** The next paragraph's id in the current section. */
  paragraph(): string {
    this.paragraphs += 1
    return this.unique(`${this.section}-p${this.paragraphs}`)
  }

  /** The next list's id in the current section. */
  list(): string {
    this.lists += 1
    return this.unique(`${this.section}-list${this.lists}`)
  }

  private unique(candidate: string): string {
    let id = candidate
    for (let n = 2; this.used.has(id); n++) id = `${candidate}-${n}`
    this.used.add(id)
    return id
  }
}

/** Lower-case ASCII slug of a heading; accents are folded. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '')
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
