/**
 * The briefing as Markdown: the same content as the PDF (title block and
 * counts, then per document its notes in reading order, each with its
 * quoted passage as a block quote, reference, category, tags, dates and
 * flags), written to read well as plain text and to render the same in any
 * CommonMark viewer. User text is escaped where Markdown would otherwise
 * read it as markup (see markdown-text.ts).
 */
import {
  FLAG_LABELS,
  formatDateTime,
  formatReference,
  plural,
  type BriefingContent,
  type BriefingDocument,
  type BriefingNote,
  type DateStyle,
} from './briefing-content'
import { documentMeta } from './briefing-html'
import { escapeMarkdownInline, escapeMarkdownText, noteBodyMarkdown } from './markdown-text'

/** The briefing as a Markdown document (ends with a newline). */
export function renderBriefingMarkdown(content: BriefingContent, style: DateStyle = {}): string {
  const blocks: string[] = [`# ${escapeMarkdownInline(content.title)}`, titleFacts(content, style)]
  const counts = countLines(content)
  if (counts.length > 0) blocks.push(counts.join('\n'))
  if (content.documents.length === 0) blocks.push('*No notes match this selection.*')
  for (const document of content.documents) blocks.push(...documentBlocks(document, style))
  return `${blocks.join('\n\n')}\n`
}

function titleFacts(content: BriefingContent, style: DateStyle): string {
  return [
    `Exported: ${escapeMarkdownInline(formatDateTime(content.generated, style), false)}`,
    `Selection: ${escapeMarkdownInline(content.selectionLabel, false)}`,
    `Contents: ${plural(content.counts.notes, 'note')} on ${plural(content.counts.documents, 'document')}`,
  ].join('\\\n')
}

function countLines(content: BriefingContent): string[] {
  const { counts } = content
  return [
    ...counts.byCategory.map(({ category, count }) => `- ${category ? `${escapeMarkdownInline(category.glyph, false)} ${category.label}` : 'No category'}: ${count}`),
    ...(counts.wholeDocument > 0 ? [`- On the whole document: ${counts.wholeDocument}`] : []),
    ...(counts.needsReview > 0 ? [`- ${FLAG_LABELS['needs-review']}: ${counts.needsReview}`] : []),
    ...(counts.orphaned > 0 ? [`- ${FLAG_LABELS.orphaned}: ${counts.orphaned}`] : []),
  ]
}

function documentBlocks(document: BriefingDocument, style: DateStyle): string[] {
  const blocks = [`## ${escapeMarkdownInline(document.title)}`]
  const meta = documentMeta(document, style)
  if (meta !== '') blocks.push(`*${escapeMarkdownInline(meta)}*`)
  for (const note of document.notes) blocks.push(...noteBlocks(note, document, style))
  return blocks
}

function noteBlocks(note: BriefingNote, document: BriefingDocument, style: DateStyle): string[] {
  const { view, content } = note
  const blocks = [`### ${note.number}. ${escapeMarkdownInline(noteHeading(note, document))}`]
  if (note.quote !== null) {
    blocks.push(blockQuote(note.quote))
    if (note.currentText !== null) blocks.push(`The text here now reads: “${escapeMarkdownInline(note.currentText, false)}”`)
  }
  if (note.orphanReason !== null) blocks.push(`*${escapeMarkdownInline(note.orphanReason)}*`)
  const body = noteBodyMarkdown(content.text)
  if (body !== '') blocks.push(body)
  // One paragraph, not a list: a list here would merge with a list that ends the note body.
  const facts = [
    ...note.flags.map((flag) => `**${FLAG_LABELS[flag]}**`),
    `Category: ${note.category ? `${escapeMarkdownInline(note.category.glyph, false)} ${note.category.label}` : 'none'}`,
    ...(content.tags.length > 0 ? [`Tags: ${content.tags.map((tag) => escapeMarkdownInline(tag, false)).join(', ')}`] : []),
  ]
  const dates = [
    `Created: ${escapeMarkdownInline(formatDateTime(view.note.created, style), false)}`,
    ...(Date.parse(view.note.modified) === Date.parse(view.note.created) ? [] : [`Modified: ${escapeMarkdownInline(formatDateTime(view.note.modified, style), false)}`]),
  ]
  blocks.push(`${facts.join(' · ')}\\\n${dates.join(' · ')}`)
  return blocks
}

/**
 * The note's heading: where its passage is ("About the Freedom Online
 * Coalition, ¶2"; the document's title stands in for a section before the
 * first heading), or what kind of note it is.
 */
function noteHeading(note: BriefingNote, document: BriefingDocument): string {
  if (note.reference !== null) {
    const where = formatReference(note.reference)
    if (where !== '') return note.reference.section === null && note.reference.heading === null ? `${document.title}, ${where}` : where
  }
  if (note.view.anchor.status === 'document') return 'On the whole document'
  if (note.flags.includes('orphaned')) return FLAG_LABELS.orphaned
  return 'Passage'
}

/** A passage as a block quote: every line, blank ones included, starts with ">". */
function blockQuote(text: string): string {
  return escapeMarkdownText(text)
    .split('\n')
    .map((line) => (line === '' ? '>' : `> ${line}`))
    .join('\n')
}
