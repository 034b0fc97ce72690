/**
 * Converts a Markdown body into the document model's blocks. Only the
 * constructs the reader renders are accepted; anything else (raw HTML,
 * images, tables, code) is a content error, so nothing unreviewed reaches the
 * reader.
 */
import type { Heading, List, Paragraph, PhrasingContent, RootContent } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import type { Block, Inline, InlineMark } from '../../shared/document-model'
import { ContentError } from './content-error'

/** A block before its place in the document's plain text is known. */
export type UnplacedBlock = Block extends infer B ? (B extends Block ? Omit<B, 'range'> : never) : never

/**
 * Parses `body` and returns its blocks with stable ids. `lineOffset` maps the
 * body's lines back to the file's for error messages.
 */
export function markdownToBlocks(file: string, body: string, lineOffset: number): UnplacedBlock[] {
  const tree = fromMarkdown(body)
  const context: ConvertContext = { file, lineOffset }
  const ids = new BlockIdAllocator()
  const blocks: UnplacedBlock[] = []
  for (const node of tree.children) {
    const block = convertBlock(node, context, ids, blocks.length === 0)
    if (block) blocks.push(block)
  }
  if (blocks.length === 0) throw new ContentError(file, lineOffset, 'the document has no text')
  return blocks
}

interface ConvertContext {
  readonly file: string
  readonly lineOffset: number
}

function lineOf(node: { position?: { start: { line: number } } }, context: ConvertContext): number {
  return (node.position?.start.line ?? 1) + context.lineOffset - 1
}

function convertBlock(
  node: RootContent,
  context: ConvertContext,
  ids: BlockIdAllocator,
  isFirst: boolean,
): UnplacedBlock | null {
  switch (node.type) {
    case 'heading':
      return headingBlock(node, context, ids)
    case 'paragraph':
      // A leading paragraph of bold lines is the document's title block, as
      // statements are often typeset; the reader shows it as the title.
      if (isFirst && isTitleParagraph(node)) {
        const inlines = convertInlines(node.children, context, [])
        return { type: 'heading', level: 1, id: ids.title(), text: inlinesText(inlines), inlines }
      }
      return paragraphBlock(node, context, ids)
    case 'list':
      return listBlock(node, context, ids)
    case 'thematicBreak':
      return null
    default:
      throw new ContentError(context.file, lineOf(node, context), `unsupported Markdown: ${node.type}`)
  }
}

function headingBlock(node: Heading, context: ConvertContext, ids: BlockIdAllocator): UnplacedBlock {
  const inlines = convertInlines(node.children, context, [])
  const text = inlinesText(inlines)
  if (text.trim() === '') throw new ContentError(context.file, lineOf(node, context), 'empty heading')
  return { type: 'heading', level: node.depth, id: ids.heading(text), text, inlines }
}

function paragraphBlock(node: Paragraph, context: ConvertContext, ids: BlockIdAllocator): UnplacedBlock {
  const inlines = convertInlines(node.children, context, [])
  return { type: 'paragraph', id: ids.paragraph(), text: inlinesText(inlines), inlines }
}

function listBlock(node: List, context: ConvertContext, ids: BlockIdAllocator): UnplacedBlock {
  const items = node.children.map((item) => {
    const [first, ...rest] = item.children
    if (!first || first.type !== 'paragraph' || rest.length > 0) {
      throw new ContentError(context.file, lineOf(item, context), 'list items must be a single paragraph')
    }
    return convertInlines(first.children, context, [])
  })
  return {
    type: 'list',
    ordered: node.ordered === true,
    id: ids.list(),
    text: items.map(inlinesText).join('\n'),
    items,
  }
}

function isTitleParagraph(node: Paragraph): boolean {
  const meaningful = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''))
  return (
    meaningful.some((child) => child.type === 'break') &&
    meaningful.every((child) => child.type === 'strong' || child.type === 'break')
  )
}

function convertInlines(
  nodes: readonly PhrasingContent[],
  context: ConvertContext,
  marks: readonly InlineMark[],
): Inline[] {
  const out: Inline[] = []
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        rejectTable(node.value, context, lineOf(node, context))
        // Soft line breaks inside a paragraph read as spaces, as the reader shows them.
        out.push({ type: 'text', text: node.value.replace(/[ \t]*\r?\n[ \t]*/g, ' '), marks })
        break
      case 'strong':
        out.push(...convertInlines(node.children, context, withMark(marks, 'strong')))
        break
      case 'emphasis':
        out.push(...convertInlines(node.children, context, withMark(marks, 'emphasis')))
        break
      case 'break':
        out.push({ type: 'break' })
        break
      case 'link':
        out.push({ type: 'link', href: checkedHref(node.url, context, lineOf(node, context)), children: convertInlines(node.children, context, marks) })
        break
      default:
        throw new ContentError(context.file, lineOf(node, context), `unsupported Markdown: ${node.type}`)
    }
  }
  return trimBreaks(out)
}

/**
 * A GFM table's delimiter row ("| --- | :-: |"). The parser is plain
 * CommonMark, which reads a table as a paragraph of pipes; refuse it rather
 * than show that to readers.
 */
const TABLE_DELIMITER_ROW = /^(?=[^\n]*\|)(?=[^\n]*-)[ \t]*[|:\- \t]+$/m

function rejectTable(value: string, context: ConvertContext, line: number): void {
  const row = TABLE_DELIMITER_ROW.exec(value)
  if (!row) return
  const rowLine = line + (value.slice(0, row.index).match(/\n/g)?.length ?? 0)
  throw new ContentError(context.file, Math.max(line, rowLine - 1), 'unsupported Markdown: table')
}

function withMark(marks: readonly InlineMark[], mark: InlineMark): InlineMark[] {
  return marks.includes(mark) ? [...marks] : [...marks, mark]
}

function checkedHref(url: string, context: ConvertContext, line: number): string {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw new ContentError(context.file, line, `link "${url}" is not an absolute URL`)
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new ContentError(context.file, line, `link "${url}" must use http or https`)
  }
  return url
}

/** Hard breaks at either end of a block carry no meaning; drop them. */
function trimBreaks(inlines: Inline[]): Inline[] {
  let start = 0
  let end = inlines.length
  while (start < end && inlines[start]?.type === 'break') start++
  while (end > start && inlines[end - 1]?.type === 'break') end--
  return inlines.slice(start, end)
}

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
class BlockIdAllocator {
  private section = 'intro'
  private paragraphs = 0
  private lists = 0
  private readonly used = new Set<string>()

  /** The title block keeps paragraphs after it in the "intro" section. */
  title(): string {
    return this.unique('title')
  }

  heading(text: string): string {
    this.section = slugify(text) || 'section'
    this.paragraphs = 0
    this.lists = 0
    return this.unique(this.section)
  }

  paragraph(): string {
    this.paragraphs += 1
    return this.unique(`${this.section}-p${this.paragraphs}`)
  }

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
