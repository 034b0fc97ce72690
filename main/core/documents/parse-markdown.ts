/**
 * A user's Markdown or plain-text file as blocks, leniently: what the
 * reader cannot show (images, tables, code, raw HTML) keeps its words or is
 * dropped, never an error. Plain text is paragraphs split on blank lines.
 */
import type { Root } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import type { UnplacedBlock } from './block-builder'
import { mdastToBlocks } from './mdast-to-blocks'

/** Blocks and, when the file names one, its title. */
export interface ParsedBlocks {
  readonly blocks: UnplacedBlock[]
  /** The file's own title (front matter, <title>), if it has one. */
  readonly title?: string
}

const FRONT_MATTER = /^(?:\uFEFF)?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/

/** A Markdown file's blocks; YAML front matter is read for a title and otherwise left out. */
export function markdownBlocks(text: string): ParsedBlocks {
  const front = FRONT_MATTER.exec(text)
  const body = front ? text.slice(front[0].length) : text
  const title = front?.[1] ? /^title:[ \t]*(.+)$/m.exec(front[1])?.[1]?.trim().replace(/^(["'])(.*)\1$/, '$2') : undefined
  return { blocks: mdastToBlocks(fromMarkdown(body), { strict: false }), ...(title ? { title } : {}) }
}

/** A plain-text file's blocks: one paragraph per run of lines between blank lines. */
export function plainTextBlocks(text: string): ParsedBlocks {
  const paragraphs = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n[ \t\f\v\u00a0]*(?:\r?\n[ \t\f\v\u00a0]*)+/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph !== '')
  const tree: Root = {
    type: 'root',
    children: paragraphs.map((value) => ({ type: 'paragraph', children: [{ type: 'text', value }] })),
  }
  return { blocks: mdastToBlocks(tree, { strict: false }) }
}
