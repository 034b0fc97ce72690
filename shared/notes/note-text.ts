/**
 * Note text: the small Markdown subset note bodies use (paragraphs, line
 * breaks, *emphasis*, **strong**, `-` and `1.` lists), parsed once into an
 * mdast tree that holds nothing else. Every view renders this tree: the
 * Notes panel, All notes and the hover preview, the briefing, and the
 * Markdown export. Anything outside the subset (raw HTML, links, images,
 * code, headings, quotes, rules, definitions) becomes the literal text the
 * user typed, so no renderer ever meets a node that could carry markup or a
 * link target. Pure: runs in the renderer and under Node alike.
 */
import type { Break, Emphasis, List, ListItem, Nodes, Paragraph, PhrasingContent, Root, RootContent, Strong, Text } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'

/** Emphasis whose content is note text. */
export interface NoteEmphasis extends Emphasis {
  children: NoteInline[]
}

/** Strong emphasis whose content is note text. */
export interface NoteStrong extends Strong {
  children: NoteInline[]
}

/** What a line of note text is made of. */
export type NoteInline = Text | Break | NoteEmphasis | NoteStrong

/** A paragraph of note text. */
export interface NoteParagraph extends Paragraph {
  children: NoteInline[]
}

/** A list item: paragraphs and nested lists. */
export interface NoteListItem extends ListItem {
  children: NoteBlock[]
}

/** A bulleted or numbered list. */
export interface NoteList extends List {
  children: NoteListItem[]
}

/** A block of note text. */
export type NoteBlock = NoteParagraph | NoteList

/** A whole note body, restricted to the subset (see parseNoteText). */
export interface NoteTextTree extends Root {
  children: NoteBlock[]
}

/**
 * Parses a note body into the subset's tree. Soft line breaks become
 * `break` nodes (people type notes line by line, and every view keeps their
 * lines); constructs outside the subset become text, line by line.
 */
export function parseNoteText(markdown: string): NoteTextTree {
  const source = markdown.replace(/\r\n?/g, '\n')
  return { type: 'root', children: blocksOf(fromMarkdown(source).children, source) }
}

function blocksOf(nodes: readonly RootContent[], source: string): NoteBlock[] {
  const blocks: NoteBlock[] = []
  const addParagraph = (children: NoteInline[]) => {
    if (children.length > 0) blocks.push({ type: 'paragraph', children })
  }
  for (const node of nodes) {
    if (node.type === 'paragraph') {
      addParagraph(inlinesOf(node.children, source))
    } else if (node.type === 'list') {
      blocks.push(listOf(node, source))
    } else {
      // Shown as typed; a blank line inside it (a fenced code block, an HTML block) still parts paragraphs.
      for (const part of sourceOf(node, source).split(/\n[ \t]*\n/)) addParagraph(appendText([], part.trim()))
    }
  }
  return blocks
}

function listOf(list: List, source: string): NoteList {
  const children = list.children.map((item): NoteListItem => {
    const blocks = blocksOf(item.children, source)
    // Two paragraphs in one item (a literal block split at a blank line) only stay apart in a loose item.
    const paragraphs = blocks.filter((block) => block.type === 'paragraph').length
    return { type: 'listItem', spread: item.spread === true || paragraphs > 1, children: blocks }
  })
  const ordered = list.ordered === true
  return { type: 'list', ordered, start: ordered ? (list.start ?? 1) : null, spread: list.spread === true || children.some((item) => item.spread), children }
}

function inlinesOf(nodes: readonly PhrasingContent[], source: string): NoteInline[] {
  const inlines: NoteInline[] = []
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        appendText(inlines, node.value)
        break
      case 'break':
        inlines.push({ type: 'break' })
        break
      case 'emphasis':
      case 'strong': {
        const children = inlinesOf(node.children, source)
        if (children.length > 0) inlines.push({ type: node.type, children })
        break
      }
      default:
        appendText(inlines, sourceOf(node, source))
    }
  }
  return inlines
}

/**
 * Adds text to a run of inlines: merged into a text node just before it,
 * line breaks as `break` nodes, white space around a break dropped (as
 * Markdown drops it), empty text left out.
 */
function appendText(inlines: NoteInline[], value: string): NoteInline[] {
  value.split('\n').forEach((line, index, lines) => {
    if (index > 0) inlines.push({ type: 'break' })
    let text = index > 0 ? line.trimStart() : line
    if (index < lines.length - 1) text = text.trimEnd()
    if (text === '') return
    const last = inlines.at(-1)
    if (last?.type === 'text') last.value += text
    else inlines.push({ type: 'text', value: text })
  })
  return inlines
}

/** The exact characters the user typed for a construct outside the subset. */
function sourceOf(node: Nodes, source: string): string {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  return start !== undefined && end !== undefined ? source.slice(start, end).trim() : ''
}

/** Where a truncation stands while it walks the tree. */
interface Budget {
  left: number
  cut: boolean
}

/**
 * The first `maxLength` visible characters of a note (a line break counts
 * as one), ending in "…" where text was left out; the tree itself when it
 * fits. Cut on the tree, so a preview never shows half a `**` marker.
 */
export function truncateNoteText(tree: NoteTextTree, maxLength: number): NoteTextTree {
  if (visibleLength(tree.children) <= maxLength) return tree
  const budget: Budget = { left: Math.max(0, maxLength - 1), cut: false }
  return { type: 'root', children: truncateBlocks(tree.children, budget) }
}

function visibleLength(nodes: ReadonlyArray<NoteBlock | NoteListItem | NoteInline>): number {
  let length = 0
  for (const node of nodes) {
    if (node.type === 'text') length += node.value.length
    else if (node.type === 'break') length += 1
    else length += visibleLength(node.children)
  }
  return length
}

function truncateBlocks(blocks: readonly NoteBlock[], budget: Budget): NoteBlock[] {
  const kept: NoteBlock[] = []
  for (const block of blocks) {
    if (budget.cut) break
    if (block.type === 'paragraph') {
      kept.push({ ...block, children: truncateInlines(block.children, budget) })
    } else {
      const items: NoteListItem[] = []
      for (const item of block.children) {
        if (budget.cut) break
        items.push({ ...item, children: truncateBlocks(item.children, budget) })
      }
      kept.push({ ...block, children: items })
    }
  }
  return kept
}

function truncateInlines(inlines: readonly NoteInline[], budget: Budget): NoteInline[] {
  const kept: NoteInline[] = []
  for (const inline of inlines) {
    if (budget.cut) break
    if (inline.type === 'text') {
      if (inline.value.length <= budget.left) {
        kept.push(inline)
        budget.left -= inline.value.length
      } else {
        kept.push({ type: 'text', value: `${cutAt(inline.value, budget.left)}…` })
        budget.cut = true
      }
    } else if (inline.type === 'break') {
      if (budget.left >= 1) {
        kept.push(inline)
        budget.left -= 1
      } else {
        kept.push({ type: 'text', value: '…' })
        budget.cut = true
      }
    } else {
      kept.push({ ...inline, children: truncateInlines(inline.children, budget) })
    }
  }
  return kept
}

/** The first `length` UTF-16 units, one fewer where that would split a surrogate pair. */
function cutAt(text: string, length: number): string {
  const code = text.charCodeAt(length - 1)
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? length - 1 : length)
}
