/**
 * The briefing as a Word document (.docx), made with the `docx` package from
 * the same content as the PDF. It uses Word's built-in styles (Title,
 * Heading 1–3, Quote, List Paragraph with bullets), never direct formatting
 * for structure, so a ministry's template re-styles it: the groups are
 * Heading 1, documents Heading 2 under them, each note a line with its
 * number, category as a short prefix ("★ Key point"), paragraph reference
 * and flags, then its quote (Quote style), text and tags. The marking and
 * title run in the page header, "Page x of y" in the footer. A long
 * briefing starts with a contents list, and the statement may be annexed
 * (see briefing-docx-annex.ts), as may the changes in a revised document
 * that touch the notes and its redline (briefing-docx-changes.ts).
 */
import { formatPlace } from '../../../shared/paragraph-numbers'
import { AlignmentType, Document, Footer, Header, HeadingLevel, Packer, PageNumber, Paragraph, TextRun, type ParagraphChild } from 'docx'
import type { PaperSize } from '../../../shared/export-model'
import { parseNoteText, type NoteBlock, type NoteInline } from '../../../shared/notes/note-text'
import { annexFacts } from './briefing-annex'
import { briefingContents, groupHeadingId, redlineAnnexId, REFERENCES_ANNEX_HEADING, REFERENCES_ANNEX_ID, revisionChangesId, STATEMENT_ANNEX_ID } from './briefing-contents'
import { bookmarked, contentsBookmark, contentsParagraphs, statementAnnexParagraphs } from './briefing-docx-annex'
import { redlineAnnexParagraphs, revisionChangesParagraphs } from './briefing-docx-changes'
import { revisionMark } from './note-revision'
import {
  briefingDate,
  briefingLocale,
  documentMeta,
  FLAG_LABELS,
  formatDateTime,
  keyPointPlace,
  plural,
  quoteParagraphs,
  type BriefingContent,
  type BriefingDocument,
  type BriefingNote,
  type DateStyle,
} from './briefing-content'

/** How to render the Word briefing. */
export interface BriefingDocxOptions extends DateStyle {
  readonly paper?: PaperSize
  /** The app's name and version, for the document's properties. */
  readonly generator?: string
}

/** Page sizes in twentieths of a point. */
const PAGE_SIZES: Readonly<Record<PaperSize, { width: number; height: number }>> = {
  A4: { width: 11906, height: 16838 },
  Letter: { width: 12240, height: 15840 },
}

/** 20 mm in twentieths of a point. */
const MARGIN = 1134

/** Grey for secondary lines (meta, tags, dates), as the PDF sets them. */
const QUIET = '555555'

/** Heading levels by depth: the group, then the document under it. */
const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const

/** The briefing as .docx bytes. */
export async function renderBriefingDocx(content: BriefingContent, options: BriefingDocxOptions = {}): Promise<Buffer> {
  const contents = briefingContents(content)
  // Each heading the contents list names carries a bookmark the entry links to.
  const bookmarks = new Map(contents.map((entry, index) => [entry.id, contentsBookmark(index)]))
  const bookmark = (id: string) => bookmarks.get(id) ?? null
  const children = [
    ...titleBlock(content, options),
    ...summary(content),
    ...contentsParagraphs(contents, (_, index) => contentsBookmark(index)),
    ...body(content, options, bookmark),
    ...content.revisionChanges.flatMap((changes) => revisionChangesParagraphs(changes, bookmark(revisionChangesId(changes)))),
    ...annex(content, options, bookmark(REFERENCES_ANNEX_ID)),
    ...(content.statement !== null ? statementAnnexParagraphs(content.statement, bookmark(STATEMENT_ANNEX_ID)) : []),
    ...content.revisionChanges.flatMap((changes) => (changes.redline !== null ? redlineAnnexParagraphs(changes, bookmark(redlineAnnexId(changes))) : [])),
  ]
  const document = new Document({
    title: content.title,
    creator: content.details.preparedBy ?? options.generator ?? 'FOC Reader',
    description: content.selectionLabel,
    styles: {
      paragraphStyles: [
        // "Quote" is Word's own style name: a ministry template's Quote replaces this look.
        { id: 'Quote', name: 'Quote', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { italics: true, color: '333333' }, paragraph: { indent: { left: 567 }, spacing: { after: 80 } } },
      ],
    },
    sections: [
      {
        properties: { page: { size: PAGE_SIZES[options.paper ?? 'A4'], margin: { top: MARGIN, right: MARGIN, bottom: MARGIN, left: MARGIN } } },
        headers: { default: new Header({ children: [runningHeader(content)] }) },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [quiet(`${briefingDate(content, options)}    Page `), pageField(PageNumber.CURRENT), quiet(' of '), pageField(PageNumber.TOTAL_PAGES)],
              }),
            ],
          }),
        },
        children,
      },
    ],
  })
  return Packer.toBuffer(document)
}

function runningHeader(content: BriefingContent): Paragraph {
  const marking = content.details.marking
  return new Paragraph({
    children: [
      ...(marking !== null ? [new TextRun({ text: marking.toUpperCase(), bold: true, color: '8A1C12', size: 16 }), quiet('    ')] : []),
      new TextRun({ text: content.title, italics: true, color: QUIET, size: 16 }),
    ],
  })
}

function titleBlock(content: BriefingContent, style: DateStyle): Paragraph[] {
  const { details, counts } = content
  const facts: Array<[string, string]> = [
    ...(details.occasion !== null ? [['Occasion', details.occasion] as [string, string]] : []),
    ...(details.preparedBy !== null ? [['Prepared by', details.preparedBy] as [string, string]] : []),
    ['Date', briefingDate(content, style)],
    ['Selection', content.selectionLabel],
    ['Contents', `${plural(counts.notes, 'note')} on ${plural(counts.documents, 'document')}`],
  ]
  return [
    ...(details.marking !== null ? [new Paragraph({ children: [new TextRun({ text: details.marking.toUpperCase(), bold: true, color: '8A1C12' })] })] : []),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(content.title)] }),
    ...facts.map(([term, value]) => new Paragraph({ children: [new TextRun({ text: `${term}: `, color: QUIET }), new TextRun(value)] })),
    ...details.opening.map((opening) => new Paragraph({ spacing: { before: 160 }, bidirectional: isRightToLeft(opening), children: [new TextRun(opening)] })),
  ]
}

function summary(content: BriefingContent): Paragraph[] {
  if (content.documents.length === 0) return [new Paragraph({ children: [new TextRun({ text: 'No notes match this selection.', italics: true })] })]
  const { counts } = content
  const countLine = [
    ...counts.byCategory.map(({ category, count }) => `${category ? `${category.glyph} ${category.label}` : 'No category'}: ${count}`),
    ...(counts.wholeDocument > 0 ? [`On the whole document: ${counts.wholeDocument}`] : []),
    ...(counts.needsReview > 0 ? [`${FLAG_LABELS['needs-review']}: ${counts.needsReview}`] : []),
    ...(counts.orphaned > 0 ? [`${FLAG_LABELS.orphaned}: ${counts.orphaned}`] : []),
  ].join(' · ')
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Summary')] }),
    new Paragraph({ children: [new TextRun(countLine)] }),
    ...(content.keyPoints.length > 0
      ? [
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('★ Key points')] }),
          ...content.keyPoints.map(
            ({ note, line }) => new Paragraph({ bullet: { level: 0 }, bidirectional: isRightToLeft(line), children: [new TextRun(line), quiet(` (${keyPointPlace(note)})`)] }),
          ),
        ]
      : []),
  ]
}

function body(content: BriefingContent, style: DateStyle, bookmark: (id: string) => string | null): Paragraph[] {
  return content.groups.flatMap((group) => {
    const mark = bookmark(groupHeadingId(group))
    if (group.heading === null) return group.documents.flatMap((document) => documentPart(document, 0, content.details.includeDates, style, mark))
    const text = group.category ? `${group.category.glyph} ${group.heading}` : group.heading
    const heading = new Paragraph({ heading: HEADINGS[0], children: bookmarked(mark, [new TextRun(text)]) })
    return [heading, ...group.documents.flatMap((document) => documentPart(document, 1, content.details.includeDates, style, null))]
  })
}

function documentPart(document: BriefingDocument, depth: number, includeDates: boolean, style: DateStyle, mark: string | null): Paragraph[] {
  const meta = documentMeta(document, style)
  return [
    new Paragraph({ heading: HEADINGS[depth] ?? HeadingLevel.HEADING_3, bidirectional: isRightToLeft(document.title), children: bookmarked(mark, [new TextRun(document.title)]) }),
    ...(meta !== '' ? [new Paragraph({ children: [new TextRun({ text: meta, italics: true, color: QUIET, size: 18 })] })] : []),
    ...document.notes.flatMap((note) => notePart(note, includeDates, style)),
  ]
}

function notePart(note: BriefingNote, includeDates: boolean, style: DateStyle): Paragraph[] {
  const { view, content } = note
  const where = note.reference === null ? (view.anchor.status === 'document' ? 'On the whole document' : '') : formatPlace(note.reference)
  const head: ParagraphChild[] = [
    new TextRun({ text: `${note.number}. `, bold: true }),
    new TextRun({ text: note.category ? `${note.category.glyph} ${note.category.label}` : 'No category', bold: true }),
    ...(where !== '' ? [new TextRun(` · ${where}`)] : []),
    ...(note.revision ? [new TextRun(` · ${revisionMark(note.revision)}`)] : []),
    ...note.flags.map((flag) => new TextRun({ text: ` · ${FLAG_LABELS[flag].toUpperCase()}`, bold: true })),
  ]
  const paragraphs: Paragraph[] = [new Paragraph({ keepNext: true, spacing: { before: 200 }, children: head })]
  if (note.quote !== null) {
    for (const lines of quoteParagraphs(note.quote)) {
      paragraphs.push(new Paragraph({ style: 'Quote', keepNext: true, bidirectional: isRightToLeft(lines.join(' ')), children: withBreaks(lines) }))
    }
    if (note.currentText !== null) paragraphs.push(new Paragraph({ children: [quiet(`The text here now reads: “${note.currentText}”`)] }))
  }
  if (note.orphanReason !== null) paragraphs.push(new Paragraph({ children: [new TextRun({ text: note.orphanReason, italics: true })] }))
  const rtl = isRightToLeft(content.text)
  for (const block of parseNoteText(content.text).children) paragraphs.push(...noteBlock(block, 0, rtl))
  if (content.tags.length > 0) paragraphs.push(new Paragraph({ children: [quiet(`Tags: ${content.tags.join(', ')}`)] }))
  if (includeDates) {
    const modified = Date.parse(view.note.modified) === Date.parse(view.note.created) ? '' : ` · Modified ${formatDateTime(view.note.modified, style)}`
    paragraphs.push(new Paragraph({ children: [quiet(`Created ${formatDateTime(view.note.created, style)}${modified}`)] }))
  }
  return paragraphs
}

/** A block of note text: a paragraph, or a list as bullet paragraphs (nested lists one level deeper). */
function noteBlock(block: NoteBlock, level: number, rtl: boolean): Paragraph[] {
  if (block.type === 'paragraph') return [new Paragraph({ bidirectional: rtl, children: block.children.flatMap((inline) => inlineRuns(inline, {})) })]
  return block.children.flatMap((item) =>
    item.children.flatMap((child, index) =>
      child.type === 'paragraph'
        ? [new Paragraph({ bidirectional: rtl, ...(index === 0 ? { bullet: { level: Math.min(level, 8) } } : { indent: { left: 720 * (level + 1) } }), children: child.children.flatMap((inline) => inlineRuns(inline, {})) })]
        : noteBlock(child, level + 1, rtl),
    ),
  )
}

function inlineRuns(node: NoteInline, marks: { bold?: boolean; italics?: boolean }): TextRun[] {
  switch (node.type) {
    case 'text':
      return [new TextRun({ text: node.value, ...marks })]
    case 'break':
      return [new TextRun({ text: '', break: 1 })]
    case 'emphasis':
      return node.children.flatMap((child) => inlineRuns(child, { ...marks, italics: true }))
    case 'strong':
      return node.children.flatMap((child) => inlineRuns(child, { ...marks, bold: true }))
  }
}

function annex(content: BriefingContent, style: DateStyle, mark: string | null): Paragraph[] {
  if (content.annex.length === 0) return []
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: bookmarked(mark, [new TextRun(REFERENCES_ANNEX_HEADING)]) }),
    ...content.annex.flatMap((entry) => [
      new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(entry.symbol !== null ? `${entry.shortLabel} · ${entry.symbol}` : entry.shortLabel)] }),
      new Paragraph({ children: [new TextRun({ text: entry.title, italics: true })] }),
      new Paragraph({ children: [quiet(annexFacts(entry, briefingLocale(style)))] }),
    ]),
  ]
}

/** Lines joined by line breaks within one paragraph. */
function withBreaks(lines: readonly string[]): TextRun[] {
  return lines.map((line, index) => new TextRun({ text: line, ...(index > 0 ? { break: 1 } : {}) }))
}

function quiet(text: string): TextRun {
  return new TextRun({ text, color: QUIET, size: 18 })
}

function pageField(field: (typeof PageNumber)[keyof typeof PageNumber]): TextRun {
  return new TextRun({ children: [field], color: QUIET, size: 18 })
}

/** True when the first strongly directional letter of `text` is Hebrew or Arabic script. */
function isRightToLeft(text: string): boolean {
  const first = /[\p{L}]/u.exec(text)?.[0]
  return first !== undefined && /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]/u.test(first)
}
