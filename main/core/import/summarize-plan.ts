/**
 * The summary the import preview shows for a merge plan: every item of the
 * file under one heading, each note named by its document, the start of its
 * quote and of its text, and whether its passage is in the bundled text (a
 * note whose passage is not is still imported, and kept under "Passage not
 * found", as the notes service shows every note it cannot anchor).
 */
import type { ImportEntry, ImportPassage, ImportSummary } from '../../../shared/import-model'
import { documentIdFromUrn, noteContent, type Note } from '../../../shared/notes/note-model'
import type { Library } from '../library'
import { PassageAnchors } from '../passage-anchors'
import type { MergeEntry, MergePlan } from './merge-plan'

/** Longest quote and text start the summary shows for a note, in characters. */
const EXCERPT_LENGTH = 80

/** The summary the user sees for `plan` (a file of `items` items); `skipped` are notes the user chose to leave out. */
export function summarizePlan(plan: MergePlan, items: number, library: Library, skipped: readonly MergeEntry[] = []): ImportSummary {
  const anchors = new PassageAnchors()
  const entry = (merge: MergeEntry, detail?: string): ImportEntry => ({
    id: merge.note.id,
    path: merge.path,
    item: merge.item,
    documentTitle: documentTitle(merge.note, library),
    quote: shorten(merge.note.target.selector?.[0].exact ?? ''),
    text: textStart(merge.note),
    passage: passageOf(merge.note, library, anchors),
    ...(detail ? { detail } : {}),
    ...(merge.futureTime === undefined ? {} : { futureTime: merge.futureTime }),
  })
  const unchangedDetail = { identical: 'the same as your note', 'store-is-newer': 'your note was changed more recently; it is kept', 'copy-exists': 'imported before as a copy' } as const
  return {
    items,
    new: plan.new.map((merge) => entry(merge)),
    updated: plan.updated.map((merge) => entry(merge)),
    unchanged: plan.unchanged.map((merge) => entry(merge, unchangedDetail[merge.reason])),
    conflicting: plan.conflicting.map((merge) => entry(merge, `differs from your note ${merge.existing.id} made at the same time; both are kept`)),
    rejected: plan.rejected.map((rejection) => ({ path: rejection.item.path, item: rejection.item.item, label: rejection.item.label, reason: rejection.reason })),
    skipped: skipped.map((merge) => entry(merge)),
  }
}

/** Whether the note's passage is in its document's current text, decided as the notes service will decide it once imported. */
export function passageOf(note: Note, library: Library, anchors: PassageAnchors): ImportPassage {
  const document = library.getDocument(documentIdFromUrn(note.target.source) ?? '')
  if (!document) return 'not-found'
  const selector = note.target.selector
  if (!selector) return 'whole-document'
  const status = anchors.anchor(document, selector[0], selector[1]).status
  if (status === 'exact') return 'found'
  if (status === 'orphaned') return 'not-found'
  return status === 'document' ? 'whole-document' : status
}

function documentTitle(note: Note, library: Library): string {
  const id = documentIdFromUrn(note.target.source) ?? note.target.source
  return library.getDocument(id)?.title ?? id
}

/** The start of the note's text, else its tags: "" for a bare highlight. */
function textStart(note: Note): string {
  const content = noteContent(note)
  return shorten(content.text || content.tags.join(', '))
}

/** `text` on one line, cut to EXCERPT_LENGTH code points with an ellipsis. */
function shorten(text: string): string {
  const points = [...text.replace(/\s+/g, ' ').trim()]
  return points.length > EXCERPT_LENGTH ? `${points.slice(0, EXCERPT_LENGTH - 1).join('')}…` : points.join('')
}
