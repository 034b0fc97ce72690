/**
 * Which notes an export holds, in what order: the notes the user chose (all,
 * one document's, those ticked in All notes, or those a notes filter shows), grouped by
 * document in library order and, within a document, in reading order, with
 * notes on the whole document first and orphans last, as the reader lists
 * them.
 */
import type { NoteView } from '../../../shared/api-contract'
import type { LibraryDocument } from '../../../shared/document-model'
import { describeFilter, type ExportSelection } from '../../../shared/export-model'
import { documentIdFromUrn, noteContent } from '../../../shared/notes/note-model'
import type { Library } from '../library'

export { exportSelectionSchema, type ExportSelection } from '../../../shared/export-model'

/** The selected notes of one document. */
export interface ExportGroup {
  readonly documentId: string
  /** The bundled document; undefined when the notes' document is no longer in the library. */
  readonly document: LibraryDocument | undefined
  readonly notes: readonly NoteView[]
}

/**
 * The notes of `views` that `selection` names, grouped by document: library
 * order first, then documents no longer in the library (by id), each group
 * in reading order. Does not depend on the order of `views`.
 */
export function selectNotes(views: readonly NoteView[], selection: ExportSelection, library: Library): ExportGroup[] {
  const matches = selectionMatcher(selection)
  const groups = new Map<string, NoteView[]>()
  for (const view of views) {
    if (!matches(view)) continue
    const documentId = noteDocumentId(view)
    const group = groups.get(documentId)
    if (group) group.push(view)
    else groups.set(documentId, [view])
  }
  const order = new Map(library.documents.map((document, index) => [document.id, index]))
  return [...groups.entries()]
    .sort(([a], [b]) => (order.get(a) ?? Number.MAX_SAFE_INTEGER) - (order.get(b) ?? Number.MAX_SAFE_INTEGER) || compareText(a, b))
    .map(([documentId, notes]) => ({ documentId, document: library.getDocument(documentId), notes: notes.sort(compareReadingOrder) }))
}

/**
 * A test for the notes `selection` names. A filter naming notes by id (a
 * notes list's search) keeps exactly those, still within its document,
 * category and tag; its text only describes them, since the index decided
 * what matched (the schema refuses text without ids).
 */
export function selectionMatcher(selection: ExportSelection): (view: NoteView) => boolean {
  switch (selection.scope) {
    case 'all':
      return () => true
    case 'document':
      return (view) => noteDocumentId(view) === selection.documentId
    case 'notes': {
      const ids = new Set(selection.noteIds)
      return (view) => ids.has(view.note.id)
    }
    case 'filter': {
      const tag = fold(selection.tag?.trim() ?? '')
      const ids = selection.noteIds === undefined ? null : new Set(selection.noteIds)
      return (view) => {
        if (selection.documentId !== undefined && noteDocumentId(view) !== selection.documentId) return false
        if (ids && !ids.has(view.note.id)) return false
        const content = noteContent(view.note)
        if (selection.category !== undefined && content.category !== selection.category) return false
        return tag === '' || content.tags.some((candidate) => fold(candidate) === tag)
      }
    }
  }
}

/** What was exported, for people: "All notes", "Notes on ‘…’", "Notes in category Concern, tagged ‘itu’". */
export function describeSelection(selection: ExportSelection, library: Library): string {
  const title = (id: string): string => `“${library.getDocument(id)?.title ?? id}”`
  switch (selection.scope) {
    case 'all':
      return 'All notes'
    case 'document':
      return `Notes on ${title(selection.documentId)}`
    case 'notes':
      return selection.noteIds.length === 1 ? 'One selected note' : `${selection.noteIds.length.toLocaleString('en')} selected notes`
    case 'filter': {
      const parts = [...(selection.documentId !== undefined ? [`on ${title(selection.documentId)}`] : []), ...describeFilter(selection)]
      return parts.length === 0 ? 'All notes' : `Notes ${parts.join(', ')}`
    }
  }
}

/** The id of the document a note is on ('' for a target this app cannot read). */
export function noteDocumentId(view: NoteView): string {
  return documentIdFromUrn(view.note.target.source) ?? ''
}

/** Whole-document notes first, then by where the passage starts, orphans last; ties by creation, then id, so the order is total. */
function compareReadingOrder(a: NoteView, b: NoteView): number {
  return readingPosition(a) - readingPosition(b) || compareText(a.note.created, b.note.created) || compareText(a.note.id, b.note.id)
}

function readingPosition(view: NoteView): number {
  if (view.anchor.status === 'document') return -1
  return view.anchor.start ?? Number.MAX_SAFE_INTEGER
}

/** Code-unit order: the same on every machine, unlike localeCompare. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Case- and accent-insensitive form, as the notes lists' tag filter uses. */
function fold(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLocaleLowerCase()
}
