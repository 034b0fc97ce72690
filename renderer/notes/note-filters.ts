/**
 * Filtering notes by category, tag and text, and grouping them for the
 * panel: notes to review first, then the rest in reading order, orphans last.
 * The text is a search through the notes index (its answer comes from the
 * core), in the Notes panel and All notes alike; category and tag are
 * applied here too, so a changed filter shows at once.
 */
import type { NoteView } from '../../shared/api-contract'
import type { FilterSelection } from '../../shared/export-model'
import type { NoteCategory } from '../../shared/notes/categories'
import { noteContent } from '../../shared/notes/note-model'
import { foldTag } from './all-notes/tag-changes'

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

/** What a search of the notes (one document's or all) answered. */
export interface NoteSearchAnswer {
  /** The query this answers (the box may already hold a newer one). */
  readonly query: string
  /** The notes the search listed: the best of them when more matched. */
  readonly noteIds: ReadonlySet<string>
  /** How many notes matched in all. */
  readonly total: number
  /** 'any': no note had every word, so these have some of them. */
  readonly match: 'all' | 'any'
}

/**
 * The notes a notes list shows, in the order given: those passing the
 * category and tag and, once a search has answered, found by it. Until the
 * first answer the text narrows nothing, so the list never flashes empty.
 */
export function filterFoundNotes(views: readonly NoteView[], filter: NoteFilter, found: NoteSearchAnswer | null): NoteView[] {
  const searching = found !== null && filter.text.trim() !== ''
  return views.filter((view) => passesCategoryAndTag(view, filter) && (!searching || found.noteIds.has(view.note.id)))
}

/** A line under a notes search box: a problem with the query, or what the list holds. */
export interface NoteSearchStatus {
  readonly tone: 'error' | 'info'
  readonly message: string
}

/**
 * What to say under the search box: the engine's message for a query it
 * cannot read (the list keeps its previous notes), else how many notes
 * match, and whether only some words matched or only the best are listed.
 */
export function noteSearchStatus(text: string, found: NoteSearchAnswer | null, error: string | null, shownCount: number): NoteSearchStatus | null {
  if (text.trim() === '') return null
  if (error !== null) return { tone: 'error', message: `${error} The list is unchanged.` }
  if (found === null) return null
  const parts: string[] = []
  if (found.total > found.noteIds.size) {
    parts.push(`Showing the best ${found.noteIds.size} of ${found.total} matching notes, in reading order; add words to narrow the search.`)
  } else {
    parts.push(shownCount === 1 ? '1 note matches.' : `${shownCount} notes match.`)
  }
  if (found.match === 'any' && found.total > 0) parts.push('No note has all the words; these have some of them.')
  return { tone: 'info', message: parts.join(' ') }
}

/** Every tag in use, sorted, without case duplicates. */
export function allTags(views: readonly NoteView[]): string[] {
  const byKey = new Map<string, string>()
  for (const view of views) for (const tag of noteContent(view.note).tags) if (!byKey.has(foldTag(tag))) byKey.set(foldTag(tag), tag)
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

function passesCategoryAndTag(view: NoteView, filter: NoteFilter): boolean {
  const content = noteContent(view.note)
  if (filter.category !== 'all' && content.category !== filter.category) return false
  return filter.tag === '' || content.tags.some((tag) => foldTag(tag) === foldTag(filter.tag))
}

/**
 * The export selection for the notes a filter shows (in one document, or
 * all). Once the search has answered, the selection names the notes shown
 * by id, so the export holds exactly what the list shows, and its text
 * only describes the search that chose them; before that answer the text
 * narrows nothing in the list, so it is left out here too.
 */
export function filterSelection(
  filter: NoteFilter,
  documentId: string | null,
  search: { readonly found: NoteSearchAnswer | null; readonly shown: readonly NoteView[] },
): FilterSelection {
  const base: FilterSelection = {
    scope: 'filter',
    ...(documentId !== null ? { documentId } : {}),
    ...(filter.category !== 'all' ? { category: filter.category } : {}),
    ...(filter.tag !== '' ? { tag: filter.tag } : {}),
  }
  const { found, shown } = search
  if (filter.text.trim() === '' || !found) return base
  return {
    ...base,
    text: found.query,
    noteIds: shown.map((view) => view.note.id),
    ...(found.total > found.noteIds.size ? { matchTotal: found.total } : {}),
  }
}

/**
 * A key that changes whenever a note is added, edited or deleted, so a
 * search runs again over the notes as they are now.
 */
export function notesRevision(views: readonly NoteView[]): string {
  return views.map((view) => `${view.note.id}@${view.note.modified}`).join(' ')
}
