/**
 * The orders All notes can list notes in: where they sit in the library
 * (document by document, in reading order), newest created or modified
 * first, or by category. Every order ends in the same tie-breaks, so it is
 * total and a list never reshuffles between renders.
 */
import type { NoteView } from '../../../shared/api-contract'
import { NOTE_CATEGORY_IDS } from '../../../shared/notes/categories'
import { documentIdFromUrn, noteContent } from '../../../shared/notes/note-model'
import type { ReadingSettings } from '../../../shared/reading-state'

/** How All notes orders its notes. */
export type NoteSort = ReadingSettings['notesSort']

/** The sorts, with their labels, in the order the menu offers them. */
export const NOTE_SORTS: ReadonlyArray<readonly [NoteSort, string]> = [
  ['position', 'Position in the document'],
  ['created', 'Date created (newest first)'],
  ['modified', 'Date modified (newest first)'],
  ['category', 'Category'],
]

interface SortKey {
  readonly view: NoteView
  readonly document: number
  readonly position: number
  readonly created: number
  readonly modified: number
  readonly category: number
}

/**
 * `views` sorted by `sort`; `documentIds` is the library's order (documents
 * no longer in it come after, by id). Ties fall back to reading order.
 */
export function sortNotes(views: readonly NoteView[], sort: NoteSort, documentIds: readonly string[]): NoteView[] {
  const documentOrder = new Map(documentIds.map((id, index) => [id, index]))
  // Keys computed once per note: a 10,000-note sort must not parse dates inside the comparator.
  const keys: SortKey[] = views.map((view) => {
    const category = noteContent(view.note).category
    return {
      view,
      document: documentOrder.get(documentIdFromUrn(view.note.target.source) ?? '') ?? Number.MAX_SAFE_INTEGER,
      position: view.anchor.status === 'document' ? -1 : (view.anchor.start ?? Number.MAX_SAFE_INTEGER),
      created: Date.parse(view.note.created),
      modified: Date.parse(view.note.modified),
      category: category === null ? NOTE_CATEGORY_IDS.length : NOTE_CATEGORY_IDS.indexOf(category),
    }
  })
  const byPosition = (a: SortKey, b: SortKey): number =>
    a.document - b.document ||
    compareText(documentIdFromUrn(a.view.note.target.source) ?? '', documentIdFromUrn(b.view.note.target.source) ?? '') ||
    a.position - b.position ||
    a.created - b.created ||
    compareText(a.view.note.id, b.view.note.id)
  const compare: Record<NoteSort, (a: SortKey, b: SortKey) => number> = {
    position: byPosition,
    created: (a, b) => b.created - a.created || byPosition(a, b),
    modified: (a, b) => b.modified - a.modified || byPosition(a, b),
    category: (a, b) => a.category - b.category || byPosition(a, b),
  }
  return keys.sort(compare[sort]).map((key) => key.view)
}

/** Code-unit order: the same on every machine. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
