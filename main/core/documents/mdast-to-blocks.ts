/**
 * Converts a Markdown syntax tree (mdast) into the document model's blocks,
 * for the content pipeline and for documents a user adds alike. Strict mode
 * (bundled content) refuses anything the reader does not render (raw HTML,
 * images, tables, code), so nothing unreviewed reaches the reader; lenient
 * mode (a user's file) keeps the text of such things or drops them, and
 * never fails.
 */
import type { Heading, List, ListItem, Nodes, Paragraph, PhrasingContent, Root, RootContent } from 'mdast'
import type { Inline, InlineMark } from '../../../shared/document-model'
import { BlockIdAllocator, inlinesText, type UnplacedBlock } from './block-builder'

/** Something in the tree with a source position (mdast nodes have one when parsed from text). */
export interface Positioned {
  readonly position?: { readonly start: { readonly line: number } } | undefined
}

/** How the conversion treats what the reader cannot show. */
export type ConversionMode =
  /** Throws through `fail` (which names the file and line) for anything unsupported. */
  | { readonly strict: true; fail(node: Positioned | undefined, detail: string, extraLines?: number): never }
  /** Keeps the text of what it can and drops the rest (a user's file). */
  | { readonly strict: false }

/** The blocks of `tree`; in strict mode a tree with none fails, in lenient mode it gives []. */
export function mdastToBlocks(tree: Root, mode: ConversionMode): UnplacedBlock[] {
  const converter = new Converter(mode)
  for (const node of tree.children) converter.block(node, true)
  if (converter.blocks.length === 0 && mode.strict) mode.fail(undefined, 'the document has no text')
  return converter.blocks
}

/** Link protocols a user's document may keep; bundled content allows only the web ones. */
const LENIENT_PROTOCOLS = new Set(['http:', 'https:', 'mailto:'])

class Converter {
  readonly blocks: UnplacedBlock[] = []
  private readonly ids = new BlockIdAllocator()

  constructor(private readonly mode: ConversionMode) {}

  block(node: RootContent, topLevel: boolean): void {
    switch (node.type) {
      case 'heading':
        return this.heading(node)
      case 'paragraph':
        return this.paragraph(node, topLevel)
      case 'list':
        return this.list(node)
      case 'thematicBreak':
        return
      case 'blockquote':
        if (this.mode.strict) break
        for (const child of node.children) this.block(child, false)
        return
      case 'code':
        if (this.mode.strict) break
        return this.push('paragraph', linesAsInlines(node.value))
      case 'table':
        if (this.mode.strict) break
        // Each row reads as one paragraph of its cells.
        for (const row of node.children) {
          const cells = row.children.map((cell) => this.inlines(cell.children, [])).filter((cell) => inlinesText(cell).trim() !== '')
          this.push('paragraph', cells.flatMap((cell, at) => (at === 0 ? cell : [{ type: 'text', text: ' · ', marks: [] } as Inline, ...cell])))
        }
        return
      default:
        // Raw HTML, images, definitions, front matter: dropped from a user's file.
        if (!this.mode.strict) return
    }
    this.fail(node, `unsupported Markdown: ${node.type}`)
  }

  private heading(node: Heading): void {
    const inlines = this.inlines(node.children, [])
    const text = inlinesText(inlines)
    if (text.trim() === '') {
      if (this.mode.strict) this.fail(node, 'empty heading')
      return
    }
    this.blocks.push({ type: 'heading', level: node.depth, id: this.ids.heading(text), text, inlines })
  }

  private paragraph(node: Paragraph, topLevel: boolean): void {
    // A leading paragraph of bold lines is the document's title block, as
    // statements are often typeset; the reader shows it as the title.
    if (topLevel && this.blocks.length === 0 && isTitleParagraph(node)) {
      const inlines = this.inlines(node.children, [])
      this.blocks.push({ type: 'heading', level: 1, id: this.ids.title(), text: inlinesText(inlines), inlines })
      return
    }
    this.push('paragraph', this.inlines(node.children, []))
  }

  private push(type: 'paragraph', inlines: Inline[]): void {
    const text = inlinesText(inlines)
    if (!this.mode.strict && text.trim() === '') return
    this.blocks.push({ type, id: this.ids.paragraph(), text, inlines })
  }

  private list(node: List): void {
    const items = this.mode.strict ? node.children.map((item) => this.strictItem(item)) : node.children.flatMap((item) => this.lenientItems(item))
    if (items.length === 0) return
    this.blocks.push({ type: 'list', ordered: node.ordered === true, id: this.ids.list(), text: items.map(inlinesText).join('\n'), items })
  }

  private strictItem(item: ListItem): Inline[] {
    const [first, ...rest] = item.children
    if (!first || first.type !== 'paragraph' || rest.length > 0) this.fail(item, 'list items must be a single paragraph')
    return this.inlines(first.children, [])
  }

  /** A user's list item: its own text as one item, the items of lists inside it after it. */
  private lenientItems(item: ListItem): Inline[][] {
    const own: Inline[] = []
    const nested: Inline[][] = []
    const visit = (node: Nodes): void => {
      if (node.type === 'list') {
        for (const child of node.children) nested.push(...this.lenientItems(child))
      } else if (node.type === 'paragraph' || node.type === 'heading') {
        if (own.length > 0) own.push({ type: 'text', text: ' ', marks: [] })
        own.push(...this.inlines(node.children, []))
      } else if (node.type === 'code') {
        own.push({ type: 'text', text: node.value.replace(/\s+/g, ' '), marks: [] })
      } else if ('children' in node) {
        for (const child of node.children) visit(child)
      }
    }
    for (const child of item.children) visit(child)
    const items = inlinesText(own).trim() === '' ? [] : [trimInlines(own)]
    return [...items, ...nested]
  }

  private inlines(nodes: readonly PhrasingContent[], marks: readonly InlineMark[]): Inline[] {
    const out: Inline[] = []
    for (const node of nodes) {
      switch (node.type) {
        case 'text':
          if (this.mode.strict) {
            rejectTable(node, this.mode)
            // Soft line breaks inside a paragraph read as spaces, as the reader shows them.
            out.push({ type: 'text', text: node.value.replace(/[ \t]*\r?\n[ \t]*/g, ' '), marks })
          } else if (node.value !== '') {
            out.push({ type: 'text', text: node.value.replace(/\s+/g, ' '), marks })
          }
          break
        case 'strong':
          out.push(...this.inlines(node.children, withMark(marks, 'strong')))
          break
        case 'emphasis':
          out.push(...this.inlines(node.children, withMark(marks, 'emphasis')))
          break
        case 'break':
          out.push({ type: 'break' })
          break
        case 'link':
          out.push(...this.link(node, node.url, marks))
          break
        case 'inlineCode':
          if (this.mode.strict) this.fail(node, `unsupported Markdown: ${node.type}`)
          out.push({ type: 'text', text: node.value.replace(/\s+/g, ' '), marks })
          break
        case 'delete':
        case 'linkReference':
          if (this.mode.strict) this.fail(node, `unsupported Markdown: ${node.type}`)
          out.push(...this.inlines(node.children, marks))
          break
        default:
          // Images, raw HTML, footnote marks: dropped from a user's file.
          if (this.mode.strict) this.fail(node, `unsupported Markdown: ${node.type}`)
      }
    }
    return this.mode.strict ? trimBreaks(out) : trimInlines(out)
  }

  private link(node: PhrasingContent & { children: PhrasingContent[] }, url: string, marks: readonly InlineMark[]): Inline[] {
    let parsed: URL | null = null
    try {
      parsed = new URL(url)
    } catch {
      if (this.mode.strict) this.fail(node, `link "${url}" is not an absolute URL`)
    }
    if (this.mode.strict) {
      if (parsed?.protocol !== 'https:' && parsed?.protocol !== 'http:') this.fail(node, `link "${url}" must use http or https`)
      return [{ type: 'link', href: url, children: this.inlines(node.children, marks) }]
    }
    const children = this.inlines(node.children, marks)
    // A user's file keeps only web and mail links; any other (javascript:, file:, relative) leaves its words.
    return parsed && LENIENT_PROTOCOLS.has(parsed.protocol) && children.length > 0 ? [{ type: 'link', href: parsed.href, children }] : children
  }

  private fail(node: Positioned | undefined, detail: string): never {
    if (!this.mode.strict) throw new Error(`mdast-to-blocks: ${detail}`)
    return this.mode.fail(node, detail)
  }
}

function isTitleParagraph(node: Paragraph): boolean {
  const meaningful = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''))
  return (
    meaningful.some((child) => child.type === 'break') &&
    meaningful.every((child) => child.type === 'strong' || child.type === 'break')
  )
}

/** A code block's lines, joined by hard breaks. */
function linesAsInlines(value: string): Inline[] {
  return value.split(/\r?\n/).flatMap((line, at): Inline[] => {
    const text: Inline = { type: 'text', text: line.replace(/\s+/g, ' '), marks: [] }
    return at === 0 ? [text] : [{ type: 'break' }, text]
  })
}

/**
 * A GFM table's delimiter row ("| --- | :-: |"). The parser is plain
 * CommonMark, which reads a table as a paragraph of pipes; refuse it rather
 * than show that to readers.
 */
const TABLE_DELIMITER_ROW = /^(?=[^\n]*\|)(?=[^\n]*-)[ \t]*[|:\- \t]+$/m

function rejectTable(node: { value: string } & Positioned, mode: Extract<ConversionMode, { strict: true }>): void {
  const row = TABLE_DELIMITER_ROW.exec(node.value)
  if (!row) return
  const newlines = node.value.slice(0, row.index).match(/\n/g)?.length ?? 0
  mode.fail(node, 'unsupported Markdown: table', Math.max(0, newlines - 1))
}

function withMark(marks: readonly InlineMark[], mark: InlineMark): InlineMark[] {
  return marks.includes(mark) ? [...marks] : [...marks, mark]
}

/** Hard breaks at either end of a block carry no meaning; drop them. */
function trimBreaks(inlines: Inline[]): Inline[] {
  let start = 0
  let end = inlines.length
  while (start < end && inlines[start]?.type === 'break') start++
  while (end > start && inlines[end - 1]?.type === 'break') end--
  return inlines.slice(start, end)
}

/** Breaks and white space at either end of a user's block, doubled spaces between runs, and empty runs, dropped. */
function trimInlines(inlines: Inline[]): Inline[] {
  let afterSpace = true
  const collapsed = inlines.map((inline): Inline => {
    if (inline.type !== 'text') {
      afterSpace = inline.type === 'break'
      return inline
    }
    const text = afterSpace ? inline.text.replace(/^ +/, '') : inline.text
    if (text !== '') afterSpace = text.endsWith(' ')
    return text === inline.text ? inline : { ...inline, text }
  })
  const out = trimBreaks(collapsed.filter((inline) => inline.type !== 'text' || inline.text !== ''))
  const first = out[0]
  if (first?.type === 'text') out[0] = { ...first, text: first.text.trimStart() }
  const last = out[out.length - 1]
  if (last?.type === 'text') out[out.length - 1] = { ...last, text: last.text.trimEnd() }
  const kept = out.filter((inline) => inline.type !== 'text' || inline.text !== '')
  return kept.length === out.length ? kept : trimInlines(kept)
}
