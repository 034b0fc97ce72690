/**
 * Rebuilds a PDF's paragraphs, headings and bulleted lists from its lines,
 * which is all a PDF's text layer says about structure:
 * - the body size is the font size most characters have; a line clearly
 *   larger (by a fifth) is a heading, its level the rank of its size;
 * - lines of one paragraph follow at the usual line spacing; a clearly
 *   larger gap, an indented first line, a heading or a list marker starts a
 *   new block. At a page or column break the paragraph goes on unless the
 *   line before ended a sentence and the next starts with a capital;
 * - a word hyphenated at a line's end is joined when the next line goes on
 *   in lower case ("inter-" + "national" → "international"); before a
 *   capital or a digit the hyphen is kept ("Asia-" + "Pacific" →
 *   "Asia-Pacific");
 * - a line starting with a bullet (•, -, – …) is a list item; numbered and
 *   lettered items ("1.", "(a)") stay paragraphs that keep their number,
 *   because their numbering is the document's own and is cited.
 */
import type { Heading, List, Paragraph, Root, RootContent } from 'mdast'
import { bodySize, mostCommon, type PdfLine } from './pdf-lines'

/** How much larger than the body text a heading's font is. */
const HEADING_RATIO = 1.2

/** Longest heading: a longer run of large text is a paragraph in a large font. */
const MAX_HEADING_LENGTH = 200

/** A gap between baselines this much larger than the usual one is a paragraph break. */
const PARAGRAPH_GAP_RATIO = 1.3

/** A first line this far (in ems) to the right of the line before starts a paragraph. */
const INDENT_EMS = 0.8

/** A line ending this share of the text's width short of its right edge is short. */
const SHORT_LINE_SHARE = 0.15

/** A line ending this share short is a block's last line even without a full stop. */
const VERY_SHORT_LINE_SHARE = 0.35

const BULLET = /^[•◦▪‣●○■□➢►✓–—*-]\s+/
const NUMBERED = /^(?:\d{1,3}[.)]|\(\d{1,3}\)|\(?[a-z][.)]|\([ivx]{1,6}\))\s+/

type Kind = 'heading' | 'paragraph' | 'item'

interface OpenBlock {
  kind: Kind
  size: number
  text: string
  left: number
  last: PdfLine
}

/** The document tree of `lines` (in reading order, running headers and footers already removed). */
export function linesToTree(lines: readonly PdfLine[]): Root {
  const body = bodySize(lines)
  const headingSizes = [...new Set(lines.filter((line) => isHeadingSize(line, body)).map((line) => round(line.size)))].sort((a, b) => b - a)
  const spacing = lineSpacing(lines, body)
  const rightEdges = rightEdgesOf(lines, body)
  const blocks: OpenBlock[] = []
  let open: OpenBlock | undefined
  for (const line of lines) {
    const kind: Kind = isHeadingSize(line, body) ? 'heading' : BULLET.test(line.text) ? 'item' : 'paragraph'
    if (open && continues(open, line, kind, spacing, rightEdges.get(line.page) ?? line.right)) {
      open.text = joinLines(open.text, line.text)
      open.left = Math.min(open.left, line.x)
      open.last = line
      continue
    }
    open = { kind, size: round(line.size), text: kind === 'item' ? line.text.replace(BULLET, '') : line.text, left: line.x, last: line }
    blocks.push(open)
  }
  return { type: 'root', children: toNodes(blocks, headingSizes) }
}

/** Whether `line` goes on the open block rather than starting one. */
function continues(open: OpenBlock, line: PdfLine, kind: Kind, spacing: number, rightEdge: number): boolean {
  const previous = open.last
  if (kind === 'item' && !/-$/.test(previous.text)) return false
  if (NUMBERED.test(line.text) && open.kind !== 'heading' && !/-$/.test(previous.text)) return false
  if (kind === 'heading' || open.kind === 'heading') {
    // A heading wraps onto lines of its own size; anything else after it is new.
    return kind === open.kind && round(line.size) === open.size && line.page === previous.page && gap(previous, line) <= line.size * 1.6
  }
  if (line.page !== previous.page || line.y > previous.y + previous.size / 2) return goesOnAfterBreak(previous.text, line.text)
  if (gap(previous, line) > Math.max(spacing, line.size) * PARAGRAPH_GAP_RATIO) return false
  // An indented first line; a list item's following lines are indented under its marker, so they go on.
  if (open.kind === 'paragraph' && line.x - previous.x > line.size * INDENT_EMS) return false
  // A line that ends well short of the text's right edge, then a capital: a block with no space or indent before the
  // next (a sentence ended, or a list whose bullets are drawn rather than written).
  const width = rightEdge - open.left
  const shortBy = width > 0 ? (rightEdge - previous.right) / width : 0
  const capital = /^[\p{Lu}\d"“(]/u.test(line.text)
  return !(capital && (shortBy > VERY_SHORT_LINE_SHARE || (shortBy > SHORT_LINE_SHARE && sentenceEnded(previous.text))))
}

/** At a page or column break: the paragraph goes on unless a sentence ended and a new one starts with a capital. */
function goesOnAfterBreak(before: string, after: string): boolean {
  return !sentenceEnded(before) || /^\p{Ll}/u.test(after)
}

function sentenceEnded(text: string): boolean {
  return /[.!?:;]["'”’)\]]*$/.test(text)
}

/** Joins two lines of one block, undoing a hyphenation at the first one's end. */
export function joinLines(before: string, after: string): string {
  if (before.endsWith('\u00ad')) return before.slice(0, -1) + after
  if (/\p{L}-$/u.test(before)) return /^\p{Ll}/u.test(after) ? before.slice(0, -1) + after : before + after
  return `${before} ${after}`
}

function toNodes(blocks: readonly OpenBlock[], headingSizes: readonly number[]): RootContent[] {
  const nodes: RootContent[] = []
  for (const block of blocks) {
    const text = block.text.trim()
    if (text === '') continue
    if (block.kind === 'heading' && text.length <= MAX_HEADING_LENGTH) {
      const depth = Math.min(6, headingSizes.indexOf(block.size) + 1) as Heading['depth']
      nodes.push({ type: 'heading', depth, children: [{ type: 'text', value: text }] })
      continue
    }
    const paragraph: Paragraph = { type: 'paragraph', children: [{ type: 'text', value: text }] }
    if (block.kind !== 'item') {
      nodes.push(paragraph)
      continue
    }
    const previous = nodes[nodes.length - 1]
    const list: List = previous?.type === 'list' ? previous : { type: 'list', ordered: false, spread: false, children: [] }
    list.children.push({ type: 'listItem', spread: false, children: [paragraph] })
    if (list !== previous) nodes.push(list)
  }
  return nodes
}

function isHeadingSize(line: PdfLine, body: number): boolean {
  return line.size >= body * HEADING_RATIO
}

/** The usual distance between the baselines of consecutive body lines. */
function lineSpacing(lines: readonly PdfLine[], body: number): number {
  const weights = new Map<number, number>()
  for (let index = 1; index < lines.length; index++) {
    const previous = lines[index - 1]
    const line = lines[index]
    if (!previous || !line || previous.page !== line.page || round(line.size) !== body || round(previous.size) !== body) continue
    const distance = round(previous.y - line.y)
    if (distance > 0) weights.set(distance, (weights.get(distance) ?? 0) + 1)
  }
  return mostCommon(weights) ?? body * 1.2
}

/** Each page's right edge of body text: where its full lines end. */
function rightEdgesOf(lines: readonly PdfLine[], body: number): Map<number, number> {
  const edges = new Map<number, number>()
  for (const line of lines) if (round(line.size) === body) edges.set(line.page, Math.max(edges.get(line.page) ?? -Infinity, line.right))
  return edges
}

function gap(previous: PdfLine, line: PdfLine): number {
  return previous.y - line.y
}

function round(size: number): number {
  return Math.round(size * 2) / 2
}
