/**
 * Which notes an export holds, in what order: the notes the user chose (all,
 * one document's, or those passing the Notes panel's filter), grouped by
 * document in library order and, within a document, in reading order, with
 * notes on the whole document first and orphans last, as the reader lists
 * them.
 */
import type { NoteView } from '../../../shared/api-contract'
import type { LibraryDocument } from '../../../shared/document-model'
import type { ExportSelection } from '../../../shared/export-model'
import { NOTE_CATEGORIES } from '../../../shared/notes/categories'
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
  const groups = new Map<string, NoteView[]>()
  for (const view of views) {
    if (!matchesSelection(view, selection)) continue
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

/** True if `view` is one of the notes `selection` names; the filter matches as the Notes panel's does. */
export function matchesSelection(view: NoteView, selection: ExportSelection): boolean {
  switch (selection.scope) {
    case 'all':
      return true
    case 'document':
      return noteDocumentId(view) === selection.documentId
    case 'filter': {
      if (selection.documentId !== undefined && noteDocumentId(view) !== selection.documentId) return false
      const content = noteContent(view.note)
      if (selection.category !== undefined && content.category !== selection.category) return false
      const tag = fold(selection.tag?.trim() ?? '')
      if (tag !== '' && !content.tags.some((candidate) => fold(candidate) === tag)) return false
      const needle = fold(selection.text?.trim() ?? '')
      if (needle === '') return true
      const quote = view.note.target.selector?.[0].exact ?? ''
      return [content.text, quote, ...content.tags].some((value) => fold(value).includes(needle))
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
    case 'filter': {
      const parts: string[] = []
      if (selection.documentId !== undefined) parts.push(`on ${title(selection.documentId)}`)
      if (selection.category !== undefined) parts.push(`in category ${NOTE_CATEGORIES[selection.category].label}`)
      if (selection.tag?.trim()) parts.push(`tagged “${selection.tag.trim()}”`)
      if (selection.text?.trim()) parts.push(`containing “${selection.text.trim()}”`)
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

/** Case- and accent-insensitive form, as the Notes panel's filter uses. */
function fold(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLocaleLowerCase()
}
