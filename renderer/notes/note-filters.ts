/**
 * Filtering notes by category, tag and text, and grouping them for the
 * panel: notes to review first, then the rest in reading order, orphans last.
 */
import type { NoteView } from '../../shared/api-contract'
import type { ExportSelection } from '../../shared/export-model'
import type { NoteCategory } from '../../shared/notes/categories'
import { noteContent } from '../../shared/notes/note-model'

/** What the user filters by; empty values match everything. */
export interface NoteFilter {
  readonly category: NoteCategory | 'all'
  readonly tag: string
  readonly text: string
}

/** The filter that shows every note. */
export const NO_FILTER: NoteFilter = { category: 'all', tag: '', text: '' }

/** True if `filter` narrows anything. */
export function isFiltering(filter: NoteFilter): boolean {
  return filter.category !== 'all' || filter.tag !== '' || filter.text.trim() !== ''
}

/** The notes that pass `filter`; text matches the note, its tags and its quote, ignoring case and accents. */
export function filterNotes(views: readonly NoteView[], filter: NoteFilter): NoteView[] {
  const needle = fold(filter.text.trim())
  return views.filter((view) => {
    const content = noteContent(view.note)
    if (filter.category !== 'all' && content.category !== filter.category) return false
    if (filter.tag !== '' && !content.tags.some((tag) => fold(tag) === fold(filter.tag))) return false
    if (needle === '') return true
    const quote = view.note.target.selector?.[0].exact ?? ''
    return [content.text, quote, ...content.tags].some((value) => fold(value).includes(needle))
  })
}

/** Every tag in use, sorted, without case duplicates. */
export function allTags(views: readonly NoteView[]): string[] {
  const byKey = new Map<string, string>()
  for (const view of views) for (const tag of noteContent(view.note).tags) if (!byKey.has(fold(tag))) byKey.set(fold(tag), tag)
  return [...byKey.values()].sort((a, b) => a.localeCompare(b))
}

/** The panel's sections. */
export interface NoteGroups {
  readonly review: NoteView[]
  readonly anchored: NoteView[]
  readonly orphaned: NoteView[]
}

/** Splits notes into the panel's sections, keeping their order. */
export function groupNotes(views: readonly NoteView[]): NoteGroups {
  const groups: NoteGroups = { review: [], anchored: [], orphaned: [] }
  for (const view of views) {
    if (view.anchor.status === 'needs-review') groups.review.push(view)
    else if (view.anchor.status === 'orphaned') groups.orphaned.push(view)
    else groups.anchored.push(view)
  }
  return groups
}

function fold(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLocaleLowerCase()
}

/** The export selection for the notes a filter shows (in one document, or all). */
export function filterSelection(filter: NoteFilter, documentId: string | null): Extract<ExportSelection, { scope: 'filter' }> {
  return {
    scope: 'filter',
    ...(documentId ? { documentId } : {}),
    ...(filter.category !== 'all' ? { category: filter.category } : {}),
    ...(filter.tag !== '' ? { tag: filter.tag } : {}),
    ...(filter.text.trim() !== '' ? { text: filter.text.trim() } : {}),
  }
}
