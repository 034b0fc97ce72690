/**
 * The Word briefing's contents list and statement annex. The contents are
 * the group headings and annexes, each a link to a bookmark on its heading
 * (a plain list rather than a TOC field: a field is empty until Word
 * updates it, and asking Word to update on opening brings up a prompt).
 * The annex sets the statement paragraph by paragraph in Word's own styles,
 * each with its number ("¶2") hanging in the margin, and each highlighted
 * passage shaded with its category's tint, its glyph and note number before it.
 */
import { Bookmark, HeadingLevel, InternalHyperlink, Paragraph, ShadingType, Tab, TabStopType, TextRun, type ParagraphChild } from 'docx'
import { plural } from './briefing-content'
import { STATEMENT_ANNEX_HEADING, type ContentsEntry } from './briefing-contents'
import { annexIntro, highlightMark, opensWithTitle, highlightTint, runTint, type StatementAnnex, type StatementBlock, type StatementRun } from './statement-annex'

/** Where a paragraph's text starts, its number hanging before it: 12 mm in twentieths of a point. */
const HANG = 680

/** Grey of the paragraph numbers, as the PDF sets them. */
const QUIET = '666666'

/** A Word bookmark name for contents entry `index`: letters, digits and underscores, starting with a letter. */
export function contentsBookmark(index: number): string {
  return `contents_${index + 1}`
}

/** The heading's children inside the bookmark the contents links to, when it has one. */
export function bookmarked(bookmark: string | null, children: ParagraphChild[]): ParagraphChild[] {
  return bookmark === null ? children : [new Bookmark({ id: bookmark, children })]
}

/** "Contents" and a line per entry, linked to the bookmark on its heading. */
export function contentsParagraphs(entries: readonly ContentsEntry[], bookmarkOf: (entry: ContentsEntry, index: number) => string): Paragraph[] {
  if (entries.length === 0) return []
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Contents')] }),
    ...entries.map(
      (entry, index) =>
        new Paragraph({
          spacing: { after: 40 },
          children: [
            new InternalHyperlink({ anchor: bookmarkOf(entry, index), children: [new TextRun({ text: entry.label, style: 'Hyperlink' })] }),
            ...(entry.notes !== null ? [new TextRun({ text: `  ${plural(entry.notes, 'note')}`, color: QUIET, size: 16 })] : []),
          ],
        }),
    ),
  ]
}

/** The statement annex: its heading (bookmarked when the contents list it), a line on what is marked, then the text. */
export function statementAnnexParagraphs(annex: StatementAnnex, bookmark: string | null): Paragraph[] {
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: bookmarked(bookmark, [new TextRun(STATEMENT_ANNEX_HEADING)]) }),
    new Paragraph({
      children: [
        ...(opensWithTitle(annex) ? [] : [new TextRun({ text: `${annex.title}. `, italics: true, size: 18 })]),
        new TextRun({ text: annexIntro(annex.highlightCount, 'shaded'), color: '444444', size: 18 }),
      ],
    }),
    ...annex.blocks.flatMap(blockParagraphs),
  ]
}

function blockParagraphs(block: StatementBlock): Paragraph[] {
  if (block.type === 'heading') {
    return [new Paragraph({ heading: HeadingLevel.HEADING_2, children: block.items.flatMap((runs) => runs.flatMap(runParts)) })]
  }
  return block.items.map((runs, index) => {
    const label = index === 0 && block.label !== null ? block.label : ''
    const bullet = block.type === 'list' ? [new TextRun(block.ordered ? `${index + 1}. ` : '• ')] : []
    return new Paragraph({
      indent: { left: HANG, hanging: HANG },
      tabStops: [{ type: TabStopType.LEFT, position: HANG }],
      spacing: { after: block.type === 'list' && index < block.items.length - 1 ? 40 : 120 },
      children: [new TextRun({ children: [label, new Tab()], color: QUIET, size: 16 }), ...bullet, ...runs.flatMap(runParts)],
    })
  })
}

/** A run as Word runs: the marks of highlights starting here, then its text (shaded when highlighted), line breaks kept. */
function runParts(run: StatementRun): TextRun[] {
  const tint = runTint(run)
  const shading = tint === null ? {} : { shading: { type: ShadingType.CLEAR, fill: tint.tint, color: 'auto' } }
  const marks = run.starts.map((highlight) => new TextRun({ text: `${highlightMark(highlight)} `, bold: true, size: 14, superScript: true, color: highlightTint(highlight).ink }))
  const lines = run.text.split('\n').map((line, index) => new TextRun({ text: line, ...shading, ...(index > 0 ? { break: 1 } : {}) }))
  return [...marks, ...lines]
}
