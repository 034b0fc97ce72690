/**
 * "Changes in <revision> that touch my notes", the briefing's section for an
 * added document with revisions, and its redline annex: the latest
 * revision compared with the one before it (shared/revisions, the same
 * comparison the reader shows), then each exported note whose passage sits
 * on changed text with the old and the new wording of its paragraph. A note
 * touches a change when re-anchoring could not place it exactly (needs
 * review, passage not found) or when it was made on an earlier revision and
 * its paragraph was reworded, inserted or moved with new words. Notes made
 * (or accepted) on the current text were written against it and are left
 * out. The annex lists every changed paragraph of the revision, with or
 * without notes. Worked out once, rendered by the HTML, Word and Markdown
 * briefings alike.
 */
import { blockPlaceLabel } from '../../../shared/paragraph-numbers'
import type { LibraryDocument } from '../../../shared/document-model'
import { compareRevisions, type ChangeCounts, type ParagraphChange } from '../../../shared/revisions/compare-revisions'
import { wordRuns, type WordRun } from '../../../shared/revisions/word-runs'
import type { Library } from '../library'
import { blockAt } from '../passage-anchors'
import type { BriefingDocument, BriefingNote } from './briefing-content'
import { currentRevision, type EarlierTexts, type RevisionName } from './note-revision'

/** Why a note is listed. */
export type ChangeReason = 'needs-review' | 'orphaned' | 'changed'

/** The words for each reason, in every rendering. */
export const CHANGE_REASON_LABELS: Readonly<Record<ChangeReason, string>> = {
  'needs-review': 'Needs review',
  orphaned: 'Passage not found',
  changed: 'Paragraph changed',
}

/** A note on changed text, with its paragraph's wording before and after. */
export interface ChangedNote {
  readonly note: BriefingNote
  readonly reason: ChangeReason
  /** The paragraph's redline: same and deleted runs give the old wording, same and inserted the new; null when it cannot be told (a note carried over several revisions whose passage is gone). */
  readonly runs: readonly WordRun[] | null
}

/** One changed paragraph of the redline annex. */
export interface RedlineParagraph {
  readonly kind: 'changed' | 'inserted' | 'deleted' | 'moved'
  /** Where it is ("¶3"): in the new revision, or for a deleted one in the old; '' when it has no number (a heading). */
  readonly place: string
  readonly runs: readonly WordRun[]
}

/** The changes section of one document. */
export interface RevisionChanges {
  readonly documentId: string
  readonly title: string
  readonly revision: RevisionName
  readonly previous: RevisionName
  readonly counts: ChangeCounts
  /** In the briefing's note order. */
  readonly notes: readonly ChangedNote[]
  /** Every changed paragraph, in reading order; null unless the redline annex was asked for. */
  readonly redline: readonly RedlineParagraph[] | null
}

/** The heading of a document's changes section: "Changes in Rev. 2 that touch my notes". */
export function changesHeading(changes: RevisionChanges): string {
  return `Changes in ${changes.revision.label} that touch my notes`
}

/** The heading of a document's redline annex. */
export function redlineHeading(changes: RevisionChanges): string {
  return `Annex: redline of ${changes.revision.label}`
}

/** "Draft resolution L.7, compared with Rev. 1: 1 paragraph reworded, 1 inserted, 1 deleted." */
export function changesSummary(changes: RevisionChanges): string {
  const { counts } = changes
  const parts = [
    `${counts.changedParagraphs} ${counts.changedParagraphs === 1 ? 'paragraph' : 'paragraphs'} reworded`,
    ...(counts.movedParagraphs > 0 ? [`${counts.movedParagraphs} moved`] : []),
    `${counts.insertions} ${counts.insertions === 1 ? 'insertion' : 'insertions'}`,
    `${counts.deletions} ${counts.deletions === 1 ? 'deletion' : 'deletions'}`,
  ]
  return `${changes.title}, compared with ${changes.previous.label}: ${parts.join(', ')}.`
}

/** What a paragraph of the redline annex is, for people. */
export const REDLINE_KIND_LABELS: Readonly<Record<RedlineParagraph['kind'], string>> = {
  changed: 'Reworded',
  inserted: 'Inserted',
  deleted: 'Deleted',
  moved: 'Moved',
}

/** The runs of one side: 'before' keeps same and deleted runs, 'after' same and inserted. */
export function sideRuns(runs: readonly WordRun[], side: 'before' | 'after'): WordRun[] {
  const skip = side === 'before' ? 'inserted' : 'deleted'
  return runs.filter((run) => run.kind !== skip)
}

/**
 * The changes sections of the exported `documents` that are added
 * documents with an earlier revision read for this export, in their order.
 */
export function buildRevisionChanges(documents: readonly BriefingDocument[], library: Library, earlier: EarlierTexts, withRedline: boolean): RevisionChanges[] {
  return documents.flatMap((document) => {
    const current = library.getDocument(document.documentId)
    const revision = currentRevision(current)
    const listed = current?.added?.earlierRevisions?.at(-1)
    const previous = listed ? earlier.get(listed.id) : undefined
    if (!current || !revision || !listed || !previous) return []
    const comparison = compareRevisions(previous.blocks, current.blocks)
    const located = locate(comparison.paragraphs, previous, current)
    const notes = document.notes.flatMap((note) => changedNote(note, located, previous, current))
    return [
      {
        documentId: document.documentId,
        title: current.title,
        revision,
        previous: { number: listed.number, label: listed.label },
        counts: comparison.counts,
        notes,
        redline: withRedline ? redline(comparison.paragraphs, previous, current) : null,
      },
    ]
  })
}

/** The comparison's paragraphs by the block of each revision they stand for. */
interface Located {
  readonly byAfter: ReadonlyMap<string, ParagraphChange>
  readonly byBefore: ReadonlyMap<string, ParagraphChange>
}

function locate(paragraphs: readonly ParagraphChange[], previous: LibraryDocument, current: LibraryDocument): Located {
  const byAfter = new Map<string, ParagraphChange>()
  const byBefore = new Map<string, ParagraphChange>()
  for (const paragraph of paragraphs) {
    if (paragraph.kind !== 'deleted' && paragraph.kind !== 'moved-away') {
      const id = current.blocks[paragraph.after]?.id
      if (id !== undefined) byAfter.set(id, paragraph)
    }
    if (paragraph.kind !== 'inserted' && paragraph.kind !== 'moved') {
      const id = previous.blocks[paragraph.before]?.id
      if (id !== undefined) byBefore.set(id, paragraph)
    }
  }
  return { byAfter, byBefore }
}

function changedNote(note: BriefingNote, located: Located, previous: LibraryDocument, current: LibraryDocument): ChangedNote[] {
  const { anchor } = note.view
  if (anchor.status === 'document') return []
  const carried = (note.revision?.carriedTo ?? null) !== null
  if (anchor.status === 'orphaned') {
    // Gone from the new text: where it stood in the old one, if the note was made there.
    const start = note.view.note.target.selector?.[1].start
    const madeOnPrevious = note.revision?.number === previous.added?.revision?.number
    const block = madeOnPrevious && start !== undefined ? blockAt(previous, start) : undefined
    const paragraph = block === undefined ? undefined : located.byBefore.get(block)
    return [{ note, reason: 'orphaned', runs: paragraph ? runsOf(paragraph, previous, current) : null }]
  }
  const paragraph = anchor.blockId === undefined ? undefined : located.byAfter.get(anchor.blockId)
  const runs = paragraph ? runsOf(paragraph, previous, current) : null
  if (anchor.status === 'needs-review') {
    // Its paragraph the same between these two revisions: it changed before them; its own words say how.
    const own = note.quote !== null && note.currentText !== null ? wordRuns(note.quote, note.currentText) : null
    return [{ note, reason: 'needs-review', runs: runs ?? own }]
  }
  return carried && runs !== null ? [{ note, reason: 'changed', runs }] : []
}

/** A paragraph's redline; null for one that did not change. */
function runsOf(paragraph: ParagraphChange, previous: LibraryDocument, current: LibraryDocument): WordRun[] | null {
  switch (paragraph.kind) {
    case 'changed':
      return [...paragraph.runs]
    case 'moved':
      return paragraph.runs ? [...paragraph.runs] : null
    case 'inserted':
      return [{ kind: 'inserted', text: current.blocks[paragraph.after]?.text ?? '' }]
    case 'deleted':
      return [{ kind: 'deleted', text: previous.blocks[paragraph.before]?.text ?? '' }]
    default:
      return null
  }
}

function redline(paragraphs: readonly ParagraphChange[], previous: LibraryDocument, current: LibraryDocument): RedlineParagraph[] {
  return paragraphs.flatMap((paragraph): RedlineParagraph[] => {
    if (paragraph.kind === 'same' || paragraph.kind === 'moved-away') return []
    if (paragraph.kind === 'deleted') {
      return [{ kind: 'deleted', place: blockPlaceLabel(previous.blocks, previous.blocks[paragraph.before]?.id ?? ''), runs: runsOf(paragraph, previous, current) ?? [] }]
    }
    const block = current.blocks[paragraph.after]
    // A paragraph moved word for word is shown as it stands.
    const runs = runsOf(paragraph, previous, current) ?? [{ kind: 'same' as const, text: block?.text ?? '' }]
    return [{ kind: paragraph.kind, place: blockPlaceLabel(current.blocks, block?.id ?? ''), runs }]
  })
}
