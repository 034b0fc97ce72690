/**
 * A notes list's filter, its text searched through the notes index: one
 * hook for the Notes panel (one document) and All notes (every document),
 * so both find, count, explain and export notes the same way.
 */
import { useMemo, useState } from 'react'
import type { NoteView } from '../../shared/api-contract'
import type { FilterSelection } from '../../shared/export-model'
import type { ApiClient } from '../api-client/api-client'
import { useNoteSearch } from '../search/use-search'
import {
  allTags,
  filterFoundNotes,
  filterSelection,
  isFiltering,
  NO_FILTER,
  notesRevision,
  noteSearchStatus,
  type NoteFilter,
  type NoteSearchAnswer,
  type NoteSearchStatus,
} from './note-filters'

/** A notes list's filter and what it shows. */
export interface NoteFilterState {
  readonly filter: NoteFilter
  /** Every tag in the notes, for the tag filter's choices. */
  readonly tags: readonly string[]
  /** The notes the filter shows, in the order given. */
  readonly filtered: readonly NoteView[]
  /** The latest search answer, or null while there is no text or no answer yet. */
  readonly found: NoteSearchAnswer | null
  /** The line under the search box, or null for none. */
  readonly status: NoteSearchStatus | null
  /** The export selection for exactly the notes shown, or null when the filter shows every note. */
  exportSelection(): FilterSelection | null
  setFilter(filter: NoteFilter): void
}

/**
 * Filters `views` (the notes of `documentId`, or of every document when it
 * is null) by category, tag and a search of the notes index.
 */
export function useNoteFilter(client: ApiClient, documentId: string | null, views: readonly NoteView[]): NoteFilterState {
  const [filter, setFilter] = useState<NoteFilter>(NO_FILTER)
  const tags = useMemo(() => allTags(views), [views])
  const revision = useMemo(() => notesRevision(views), [views])
  const search = useNoteSearch(client, documentId, filter.text, filter, revision)
  const filtered = useMemo(() => filterFoundNotes(views, filter, search.found), [views, filter, search.found])
  return {
    filter,
    tags,
    filtered,
    found: search.found,
    status: noteSearchStatus(filter.text, search.found, search.error, filtered.length),
    exportSelection: () => (isFiltering(filter) ? filterSelection(filter, documentId, { found: search.found, shown: filtered }) : null),
    setFilter,
  }
}
