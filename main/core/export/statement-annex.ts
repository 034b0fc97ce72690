/**
 * The briefing's optional annex: the statement itself, block by block, so a
 * minister reads the notes against the text. Each paragraph and list carries
 * its number in the reader's one scheme (shared/paragraph-numbers.ts, the
 * labels the notes show), and the passages the exported notes highlight are
 * cut out as runs that know which notes cover them. Pure: both renderings
 * (HTML for the PDF, Word) draw from this.
 */
import type { Block, Inline, LibraryDocument } from '../../../shared/document-model'
import type { CategoryStyle, NoteCategory } from '../../../shared/notes/categories'
import { paragraphLabel, paragraphPlaces } from '../../../shared/paragraph-numbers'

/**
 * Each category's tint (the highlight) and ink (its glyph), as the briefing
 * sets its notes; hex without '#', which is how Word wants them.
 */
export const CATEGORY_TINTS: Readonly<Record<NoteCategory, { readonly tint: string; readonly ink: string }>> = {
  'key-point': { tint: 'fbf1d0', ink: '7a5000' },
  concern: { tint: 'fbe6e4', ink: '9a2a20' },
  'follow-up': { tint: 'e5f2e8', ink: '25603a' },
  question: { tint: 'e6eefa', ink: '26528c' },
  reference: { tint: 'efe9f8', ink: '553a8f' },
}

/** The tint of a highlight without a category. */
export const UNCATEGORIZED_TINT = { tint: 'ececec', ink: '444444' } as const

/** An exported note's highlight, where it is in the statement's plain text (code points, as anchors count). */
export interface HighlightSource {
  /** The note's number in the briefing. */
  readonly number: number
  readonly category: CategoryStyle | null
  readonly start: number
  readonly end: number
}

/** A highlight as a run shows it: which note, which category. */
export interface RunHighlight {
  readonly number: number
  readonly category: CategoryStyle | null
}

/** A stretch of a block's text and the highlights covering it. */
export interface StatementRun {
  /** The text; "\n" is a line break inside the paragraph or list item. */
  readonly text: string
  /** The highlights covering the run, the one starting last (the innermost) last; empty for plain text. */
  readonly highlights: readonly RunHighlight[]
  /** The highlights whose passage starts here: their glyph and number go before the run. */
  readonly starts: readonly RunHighlight[]
}

/** One block of the statement. */
export interface StatementBlock {
  readonly id: string
  readonly type: Block['type']
  /** A heading's level; 0 for a paragraph or list. */
  readonly level: number
  /** For a list: numbered or bulleted. */
  readonly ordered: boolean
  /** "¶2" for a paragraph or list, as the reader shows it; null for a heading. */
  readonly label: string | null
  /** A paragraph's or heading's runs as one item; a list's, one item per list item. */
  readonly items: readonly (readonly StatementRun[])[]
}

/** The annexed statement. */
export interface StatementAnnex {
  readonly documentId: string
  readonly title: string
  readonly blocks: readonly StatementBlock[]
  /** How many of the exported notes are marked in it. */
  readonly highlightCount: number
}

/** The statement with `highlights` marked; highlights outside its text are left out. */
export function buildStatementAnnex(document: LibraryDocument, highlights: readonly HighlightSource[]): StatementAnnex {
  const places = paragraphPlaces(document.blocks)
  const sorted = [...highlights].filter((highlight) => highlight.end > highlight.start).sort((a, b) => a.start - b.start || b.end - a.end || a.number - b.number)
  // A passage across blocks is tinted in each, but its glyph and number go only where it starts.
  const labelled = new Set<number>()
  const marked = new Set<number>()
  const blocks = document.blocks.map((block): StatementBlock => {
    const local = sorted.flatMap((highlight) => {
      const start = Math.max(highlight.start, block.range.start) - block.range.start
      const end = Math.min(highlight.end, block.range.end) - block.range.start
      return end > start ? [{ highlight, start, end }] : []
    })
    for (const { highlight } of local) marked.add(highlight.number)
    const characters = [...block.text]
    const items = itemRanges(block, characters.length).map(([from, to]) => itemRuns(characters, from, to, local, labelled))
    const place = places.get(block.id)
    return {
      id: block.id,
      type: block.type,
      level: block.type === 'heading' ? block.level : 0,
      ordered: block.type === 'list' && block.ordered,
      label: place !== undefined && place.number !== null ? paragraphLabel(place.number) : null,
      items,
    }
  })
  return { documentId: document.id, title: document.title, blocks, highlightCount: marked.size }
}

/** A block's items as [start, end) in its text (code points): one for a paragraph or heading, one per list item. */
function itemRanges(block: Block, length: number): Array<[number, number]> {
  if (block.type !== 'list') return [[0, length]]
  const ranges: Array<[number, number]> = []
  let at = 0
  for (const item of block.items) {
    const itemLength = [...inlineText(item)].length
    ranges.push([at, at + itemLength])
    at += itemLength + 1 // the "\n" between items
  }
  // A list whose items do not add up to its text (never built so, but read from disk): one item, not a wrong cut.
  return at - 1 === length ? ranges : [[0, length]]
}

/** The runs of [from, to) of a block's characters, cut at every highlight edge inside it. */
function itemRuns(
  characters: readonly string[],
  from: number,
  to: number,
  local: ReadonlyArray<{ highlight: HighlightSource; start: number; end: number }>,
  labelled: Set<number>,
): StatementRun[] {
  const cuts = new Set([from, to])
  for (const { start, end } of local) {
    if (start > from && start < to) cuts.add(start)
    if (end > from && end < to) cuts.add(end)
  }
  const points = [...cuts].sort((a, b) => a - b)
  const runs: StatementRun[] = []
  for (let index = 0; index < points.length - 1; index++) {
    const start = points[index] as number
    const end = points[index + 1] as number
    const covering = local.filter((span) => span.start <= start && span.end >= end).map((span) => span.highlight)
    const starts = covering.filter((highlight) => !labelled.has(highlight.number))
    for (const highlight of starts) labelled.add(highlight.number)
    runs.push({ text: characters.slice(start, end).join(''), highlights: covering.map(runHighlight), starts: [...starts].sort((a, b) => a.number - b.number).map(runHighlight) })
  }
  return runs
}

function runHighlight(highlight: HighlightSource): RunHighlight {
  return { number: highlight.number, category: highlight.category }
}

/** An item's plain text as the content pipeline makes it: marks dropped, breaks as "\n". */
function inlineText(inlines: readonly Inline[]): string {
  return inlines.map((inline) => (inline.type === 'text' ? inline.text : inline.type === 'break' ? '\n' : inlineText(inline.children))).join('')
}

/** The tint and ink of the highlight a run shows: its innermost one's category. */
export function runTint(run: StatementRun): { readonly tint: string; readonly ink: string } | null {
  const innermost = run.highlights.at(-1)
  return innermost === undefined ? null : highlightTint(innermost)
}

/** A highlight's tint and ink, by its category. */
export function highlightTint(highlight: RunHighlight): { readonly tint: string; readonly ink: string } {
  return highlight.category ? CATEGORY_TINTS[highlight.category.id] : UNCATEGORIZED_TINT
}

/** What goes before a highlighted passage: its category glyph and note number, "★3". */
export function highlightMark(highlight: RunHighlight): string {
  return `${highlight.category?.glyph ?? '•'}${highlight.number}`
}

/** Whether the statement opens with its own title (a level-1 heading): then the annex need not name it before it. */
export function opensWithTitle(annex: StatementAnnex): boolean {
  const first = annex.blocks[0]
  return first !== undefined && first.type === 'heading' && first.level === 1
}

/** What the annex shows, in a sentence; `marked` says how passages are marked ("tinted" in the PDF, "shaded" in Word). */
export function annexIntro(highlightCount: number, marked: string): string {
  const how = `${marked} by category, with the category's glyph and the note's number before it`
  const passages =
    highlightCount === 0
      ? 'No passage of it is highlighted by the notes in this briefing.'
      : highlightCount === 1
        ? `The passage the notes in this briefing are on is ${how}.`
        : `The ${highlightCount.toLocaleString('en')} passages the notes in this briefing are on are ${how}.`
  return `${passages} Paragraph numbers (¶) as in the reader.`
}
