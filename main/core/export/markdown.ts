/**
 * The briefing as Markdown: the same content as the PDF (title block and
 * counts, then per document its notes in reading order, each with its
 * quoted passage as a block quote, reference, category, tags, dates and
 * flags), written to read well as plain text and to render the same in any
 * CommonMark viewer. The whole file is an mdast tree serialised by
 * mdast-util-to-markdown, so user text is escaped by construction: plain
 * text (titles, quotes, tags) is text nodes, note bodies are the app's one
 * note-text tree, and line breaks are hard breaks, as the app shows them.
 */
import type { Heading, Paragraph, PhrasingContent, Root, RootContent } from 'mdast'
import { toMarkdown, type Options } from 'mdast-util-to-markdown'
import { parseNoteText, type NoteBlock, type NoteInline } from '../../../shared/notes/note-text'
import { isolateBidiText } from '../../../shared/text-hygiene'
import { annexFacts } from './briefing-annex'
import { summaryLine } from './briefing-groups'
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
import { formatPlace } from '../../../shared/paragraph-numbers'
import { revisionMark } from './note-revision'
import { CHANGE_REASON_LABELS, changesHeading, changesSummary, REDLINE_KIND_LABELS, redlineHeading, sideRuns, type RevisionChanges } from './briefing-revision-changes'
import type { WordRun } from '../../../shared/revisions/word-runs'

/** `-` bullets and `*` emphasis, as people type notes in the app. */
const MARKDOWN_OPTIONS: Options = { bullet: '-', emphasis: '*', strong: '*' }

/** The briefing as a Markdown document (ends with a newline). */
export function renderBriefingMarkdown(content: BriefingContent, style: DateStyle = {}): string {
  return toMarkdown(briefingMarkdownTree(content, style), MARKDOWN_OPTIONS)
}

/** The briefing as an mdast tree. */
export function briefingMarkdownTree(content: BriefingContent, style: DateStyle = {}): Root {
  const { counts, details } = content
  const blocks: RootContent[] = [
    ...(details.marking !== null ? [paragraph({ type: 'strong', children: [text(details.marking.toUpperCase())] })] : []),
    heading(1, content.title),
    paragraph(
      ...lines([
        ...(details.occasion !== null ? [`Occasion: ${details.occasion}`] : []),
        ...(details.preparedBy !== null ? [`Prepared by: ${details.preparedBy}`] : []),
        `Date: ${briefingDate(content, style)}`,
        `Selection: ${oneLine(content.selectionLabel)}`,
        `Contents: ${plural(counts.notes, 'note')} on ${plural(counts.documents, 'document')}`,
      ]),
    ),
    ...details.opening.map((opening) => paragraph(text(opening))),
  ]
  if (content.documents.length > 0) blocks.push(heading(2, 'Summary'))
  const countItems = [
    ...counts.byCategory.map(({ category, count }) => `${category ? `${category.glyph} ${category.label}` : 'No category'}: ${count}`),
    ...(counts.wholeDocument > 0 ? [`On the whole document: ${counts.wholeDocument}`] : []),
    ...(counts.needsReview > 0 ? [`${FLAG_LABELS['needs-review']}: ${counts.needsReview}`] : []),
    ...(counts.orphaned > 0 ? [`${FLAG_LABELS.orphaned}: ${counts.orphaned}`] : []),
  ]
  if (countItems.length > 0) blocks.push(bulletList(countItems))
  if (content.keyPoints.length > 0) {
    blocks.push(heading(3, '★ Key points'), bulletList(content.keyPoints.map(({ note, line }) => `${line} (${keyPointPlace(note)})`)))
  }
  if (content.documents.length === 0) blocks.push(paragraph({ type: 'emphasis', children: [text('No notes match this selection.')] }))
  for (const group of content.groups) {
    if (group.heading !== null) blocks.push(heading(2, group.category ? `${group.category.glyph} ${group.heading}` : group.heading))
    const depth = group.heading === null ? 2 : 3
    for (const document of group.documents) blocks.push(...documentBlocks(document, depth, details.includeDates, style))
  }
  for (const changes of content.revisionChanges) blocks.push(...changesBlocks(changes))
  if (content.annex.length > 0) {
    blocks.push(heading(2, 'Annex: the cited texts'))
    for (const entry of content.annex) {
      blocks.push(heading(3, entry.symbol !== null ? `${entry.shortLabel} · ${entry.symbol}` : entry.shortLabel))
      blocks.push(paragraph({ type: 'emphasis', children: [text(entry.title)] }, { type: 'break' }, text(annexFacts(entry, briefingLocale(style)))))
    }
  }
  for (const changes of content.revisionChanges) if (changes.redline !== null) blocks.push(...redlineBlocks(changes))
  return { type: 'root', children: blocks }
}

function bulletList(items: readonly string[]): RootContent {
  return { type: 'list', ordered: false, spread: false, children: items.map((item) => ({ type: 'listItem', spread: false, children: [paragraph(text(item))] })) }
}

function documentBlocks(document: BriefingDocument, depth: 2 | 3, includeDates: boolean, style: DateStyle): RootContent[] {
  const blocks: RootContent[] = [heading(depth, document.title)]
  const meta = documentMeta(document, style)
  if (meta !== '') blocks.push(paragraph({ type: 'emphasis', children: [text(oneLine(meta))] }))
  for (const note of document.notes) blocks.push(...noteBlocks(note, (depth + 1) as 3 | 4, includeDates, style))
  return blocks
}

function noteBlocks(note: BriefingNote, depth: 3 | 4, includeDates: boolean, style: DateStyle): RootContent[] {
  const { view, content } = note
  const blocks: RootContent[] = [heading(depth, `${note.number}. ${noteHeading(note)}`)]
  if (note.quote !== null) {
    blocks.push({ type: 'blockquote', children: quoteParagraphs(note.quote).map((quoteLines) => paragraph(...lines(quoteLines))) })
    if (note.currentText !== null) blocks.push(paragraph(text(`The text here now reads: “${oneLine(note.currentText)}”`)))
  }
  if (note.orphanReason !== null) blocks.push(paragraph({ type: 'emphasis', children: [text(oneLine(note.orphanReason))] }))
  blocks.push(...parseNoteText(content.text).children.map(isolateBlock))
  // One paragraph, not a list: a list here would merge with a list that ends the note body.
  const facts: PhrasingContent[] = [
    ...note.flags.flatMap((flag): PhrasingContent[] => [{ type: 'strong', children: [text(FLAG_LABELS[flag])] }, text(' · ')]),
    text(
      [
        ...(note.revision ? [revisionMark(note.revision)] : []),
        `Category: ${note.category ? `${note.category.glyph} ${note.category.label}` : 'none'}`,
        ...(content.tags.length > 0 ? [`Tags: ${content.tags.map(oneLine).join(', ')}`] : []),
      ].join(' · '),
    ),
    ...(includeDates
      ? [
          { type: 'break' } as const,
          text(
            [
              `Created: ${formatDateTime(view.note.created, style)}`,
              ...(Date.parse(view.note.modified) === Date.parse(view.note.created) ? [] : [`Modified: ${formatDateTime(view.note.modified, style)}`]),
            ].join(' · '),
          ),
        ]
      : []),
  ]
  blocks.push(paragraph(...facts))
  return blocks
}

/**
 * The note's heading: where its passage is ("About the Freedom Online
 * Coalition, ¶2"; the document's title heads the notes, so it is not
 * repeated), or what kind of note it is.
 */
function noteHeading(note: BriefingNote): string {
  if (note.reference !== null) {
    const where = formatPlace(note.reference)
    if (where !== '') return where
  }
  if (note.view.anchor.status === 'document') return 'On the whole document'
  if (note.flags.includes('orphaned')) return FLAG_LABELS.orphaned
  return 'Passage'
}

/**
 * A document's changes that touch the notes. Plain CommonMark has no
 * strike-through or underline, so a change is written in words:
 * "[deleted: shall]", "[inserted: should]".
 */
function changesBlocks(changes: RevisionChanges): RootContent[] {
  const blocks: RootContent[] = [heading(2, changesHeading(changes)), paragraph({ type: 'emphasis', children: [text(changesSummary(changes))] })]
  if (changes.notes.length === 0) blocks.push(paragraph(text('None of these notes sit on text that changed.')))
  for (const { note, reason, runs } of changes.notes) {
    const where = note.reference === null ? '' : formatPlace(note.reference)
    blocks.push(heading(3, [`Note ${note.number}`, where, CHANGE_REASON_LABELS[reason]].filter((part) => part !== '').join(' · ')))
    const line = summaryLine(note.content.text, note.quote)
    if (line !== '') blocks.push(paragraph(text(line)))
    if (runs === null) {
      if (note.quote !== null) blocks.push({ type: 'blockquote', children: [paragraph(text(oneLine(note.quote)))] })
      continue
    }
    const after = sideRuns(runs, 'after')
    blocks.push(
      paragraph({ type: 'strong', children: [text(`${changes.previous.label}:`)] }, text(` ${redlineText(sideRuns(runs, 'before'))}`)),
      paragraph({ type: 'strong', children: [text(`${changes.revision.label}:`)] }, text(` ${after.length > 0 ? redlineText(after) : '(no longer in the text)'}`)),
    )
  }
  return blocks
}

/** A document's redline annex: each changed paragraph with its place and what happened to it. */
function redlineBlocks(changes: RevisionChanges): RootContent[] {
  return [
    heading(2, redlineHeading(changes)),
    paragraph({ type: 'emphasis', children: [text(changesSummary(changes))] }),
    ...(changes.redline ?? []).map((entry) =>
      paragraph({ type: 'strong', children: [text(`${[entry.place, REDLINE_KIND_LABELS[entry.kind]].filter((part) => part !== '').join(' ')}:`)] }, text(` ${redlineText(entry.runs)}`)),
    ),
  ]
}

/** Runs on one line, each change in words. */
function redlineText(runs: readonly WordRun[]): string {
  const words = runs.map((run) => {
    if (run.kind === 'same') return run.text
    // A change of spacing alone is written as the new spacing.
    if (run.text.trim() === '') return run.kind === 'inserted' ? run.text : ''
    return `[${run.kind}: ${run.text.trim()}]`
  })
  return oneLine(words.join(''))
}

function heading(depth: Heading['depth'], value: string): Heading {
  return { type: 'heading', depth, children: [text(oneLine(value))] }
}

function paragraph(...children: PhrasingContent[]): Paragraph {
  return { type: 'paragraph', children }
}

/** A text node; bidirectional controls in user text stay inside it, so they cannot reorder the Markdown around it. */
function text(value: string): PhrasingContent {
  return { type: 'text', value: isolateBidiText(value) }
}

function isolateBlock<T extends NoteBlock | NoteInline>(node: T): T {
  if (node.type === 'text') return { ...node, value: isolateBidiText(node.value) }
  if (!('children' in node)) return node
  return { ...node, children: (node.children as readonly (NoteBlock | NoteInline)[]).map(isolateBlock) }
}

/** Lines of text joined by hard breaks. */
function lines(values: readonly string[]): PhrasingContent[] {
  return values.flatMap((value, index) => (index === 0 ? [text(value)] : [{ type: 'break' }, text(value)]))
}

/** Text on one line (a heading, a fact in a line of facts): line breaks and runs of white space become one space. */
function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim()
}
