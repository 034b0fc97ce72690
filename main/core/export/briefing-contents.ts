/**
 * The briefing's contents list, given when the briefing runs past three
 * pages: the group headings (a document's title in the by-document
 * structure, else the category or tag), then the annexes, each with the id
 * its heading carries so the PDF links to it.
 *
 * Whether a briefing runs past three pages is estimated from its content
 * (lines of text at the page's measure), not printed: the core has no
 * printer, and browser mode prints in the user's own print dialog, where a
 * second pass to read page numbers cannot run. The estimate is checked
 * against real prints in briefing-print.test.ts.
 */
import { quoteParagraphs, type BriefingContent } from './briefing-content'
import { changesHeading, redlineHeading, type RevisionChanges } from './briefing-revision-changes'

/** A briefing gets a contents list when it is estimated to run past this many pages. */
export const CONTENTS_FROM_PAGES = 3

/** One line of the contents. */
export interface ContentsEntry {
  /** The id of the heading it names, in the HTML page (the Word file makes bookmarks of its own). */
  readonly id: string
  readonly label: string
  /** How many notes it holds; null for an annex. */
  readonly notes: number | null
}

/** Id of the references annex's heading. */
export const REFERENCES_ANNEX_ID = 'annex-heading'

/** Id of the statement annex's heading. */
export const STATEMENT_ANNEX_ID = 'statement-annex-heading'

/** The heading text of the references annex. */
export const REFERENCES_ANNEX_HEADING = 'Annex: the cited texts'

/** The heading text of the statement annex. */
export const STATEMENT_ANNEX_HEADING = 'Annex: the statement'

/** Id of a document's "Changes in <revision> that touch my notes" heading. */
export function revisionChangesId(changes: Pick<RevisionChanges, 'documentId'>): string {
  return `revision-changes-${changes.documentId}`
}

/** Id of a document's redline annex heading. */
export function redlineAnnexId(changes: Pick<RevisionChanges, 'documentId'>): string {
  return `redline-annex-${changes.documentId}`
}

/** The id a group's heading carries: the group's own, or its one document's title's. */
export function groupHeadingId(group: BriefingContent['groups'][number]): string {
  if (group.heading !== null) return `group-${group.key}`
  return `document-${group.documents[0]?.documentId || 'unknown'}`
}

/** The contents list, or none when the briefing is estimated to fit on three pages. */
export function briefingContents(content: BriefingContent): ContentsEntry[] {
  if (content.documents.length === 0 || estimatePages(content) <= CONTENTS_FROM_PAGES) return []
  const groups = content.groups.map(
    (group): ContentsEntry => ({
      id: groupHeadingId(group),
      label: group.heading ?? group.documents[0]?.title ?? '',
      notes: group.documents.reduce((sum, document) => sum + document.notes.length, 0),
    }),
  )
  return [
    ...groups,
    ...content.revisionChanges.map((changes) => ({ id: revisionChangesId(changes), label: changesHeading(changes), notes: changes.notes.length })),
    ...(content.annex.length > 0 ? [{ id: REFERENCES_ANNEX_ID, label: REFERENCES_ANNEX_HEADING, notes: null }] : []),
    ...(content.statement !== null ? [{ id: STATEMENT_ANNEX_ID, label: STATEMENT_ANNEX_HEADING, notes: null }] : []),
    ...content.revisionChanges.flatMap((changes) => (changes.redline !== null ? [{ id: redlineAnnexId(changes), label: redlineHeading(changes), notes: null }] : [])),
  ]
}

/** Characters in a line of body text at the page's measure (A4, 10.5 pt serif). */
const LINE_CHARACTERS = 95
/** Lines of body text on a page (A4 less margins, 10.5 pt at 1.45 leading, less the space notes leave between them). */
const PAGE_LINES = 48

/**
 * About how many pages the briefing prints to, the last one's fraction
 * included. Checked against Chromium's prints of the test briefings (5 to
 * 100 notes, each structure, with and without the statement): within 10%,
 * most within 5%, rather short than long.
 */
export function estimatePages(content: BriefingContent): number {
  const lines = (text: string) => Math.max(1, Math.ceil([...text].length / LINE_CHARACTERS))
  let total = 14 + content.details.opening.reduce((sum, paragraph) => sum + lines(paragraph) + 0.5, 0) // title block
  total += 4 + content.keyPoints.reduce((sum, point) => sum + lines(point.line) + 0.3, 0) // summary
  for (const group of content.groups) {
    total += group.heading === null ? 0 : 3
    for (const document of group.documents) {
      total += 3.5
      for (const note of document.notes) {
        total += 3 // head, spacing, rule
        if (note.quote !== null) total += quoteParagraphs(note.quote).reduce((sum, paragraph) => sum + lines(paragraph.join(' ')) + 0.3, 0)
        total += note.content.text.split(/\n+/).reduce((sum, paragraph) => sum + (paragraph.trim() === '' ? 0 : lines(paragraph) + 0.4), 0)
        if (note.content.tags.length > 0) total += 1
        if (content.details.includeDates) total += 1
      }
    }
  }
  if (content.annex.length > 0) total += 4 + content.annex.length * 3.5
  if (content.statement !== null) {
    total += 5
    for (const block of content.statement.blocks) for (const item of block.items) total += lines(item.map((run) => run.text).join('')) + 0.6
  }
  for (const changes of content.revisionChanges) {
    total += 5 + changes.notes.reduce((sum, { runs, note }) => sum + 4 + (runs === null ? lines(note.quote ?? '') : 2 * lines(runs.map((run) => run.text).join(''))), 0)
    if (changes.redline !== null) total += 5 + changes.redline.reduce((sum, paragraph) => sum + lines(paragraph.runs.map((run) => run.text).join('')) + 0.6, 0)
  }
  return total / PAGE_LINES
}
