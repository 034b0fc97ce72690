/**
 * Debounced search against the core. Typing never waits on a search; a
 * stale reply (for an older query or filter) is dropped; a query the engine
 * cannot read keeps the previous results and reports the problem.
 */
import { useEffect, useMemo, useRef, useState } from 'react'
import { MAX_SEARCH_LIMIT, type SearchInput, type SearchOutput } from '../../shared/api-contract'
import type { NoteCategory } from '../../shared/notes/categories'
import { ApiCallError, type ApiClient } from '../api-client/api-client'
import type { NoteSearchAnswer } from '../notes/note-filters'

/** How long typing must pause before a search runs. */
export const SEARCH_DEBOUNCE_MS = 120

/** Filters the search panel offers. */
export type SearchFilters = Omit<SearchInput, 'query' | 'limit'>

/** What the search panel shows. */
export interface SearchState {
  /** The query (and filters) the results belong to. */
  readonly key: string
  readonly query: string
  readonly output: SearchOutput | null
  /** The query `output` answers: an older one while the latest could not be read. */
  readonly outputQuery: string
  /** A message about the latest query answered (for example a syntax problem), or null. */
  readonly error: string | null
  readonly pending: boolean
}

const EMPTY: SearchState = { key: '', query: '', output: null, outputQuery: '', error: null, pending: false }

/**
 * Runs `input` with `filters` after a pause in typing. A change of
 * `revision` (the searched data changed) runs the search again, keeping the
 * current answer until the new one arrives.
 */
export function useSearch(client: ApiClient, input: string, filters: SearchFilters, limit = 20, revision = ''): SearchState {
  const [answer, setAnswer] = useState<SearchState>(EMPTY)
  const latest = useRef(0)
  const query = input.trim()
  const key = JSON.stringify([query, filters, limit])
  if (query === '' && answer !== EMPTY) {
    // Cleared: forget the old answer, so the next query does not show it while it waits (state adjusted during render, as React advises).
    setAnswer(EMPTY)
  }

  useEffect(() => {
    const ticket = ++latest.current
    if (query === '') return
    const request = { query, limit, ...(JSON.parse(key) as [string, SearchFilters])[1] }
    const timer = window.setTimeout(() => {
      client.request('search.query', request).then(
        (output) => {
          if (ticket === latest.current) setAnswer({ key, query, output, outputQuery: query, error: null, pending: false })
        },
        (error: unknown) => {
          if (ticket !== latest.current) return
          const message = error instanceof ApiCallError ? error.message : 'Search failed unexpectedly.'
          // Keep the previous results: a half-typed query must not blank the list.
          setAnswer((previous) => ({ ...previous, key, query, error: message, pending: false }))
        },
      )
    }, SEARCH_DEBOUNCE_MS)
    return () => window.clearTimeout(timer)
  }, [client, query, key, limit, revision])

  if (query === '') return EMPTY
  // A newer query is waiting: keep the last answer and its message (which names its query), so neither flickers while typing.
  return answer.key === key ? answer : { ...answer, pending: true }
}

/** What a notes search narrows by besides its text. */
export interface NoteSearchFilters {
  readonly category: NoteCategory | 'all'
  readonly tag: string
}

/** A notes list's search: the latest answer, and a message when the latest query could not be read. */
export interface NoteSearchState {
  /** Null while there is no text, or before the first answer. */
  readonly found: NoteSearchAnswer | null
  readonly error: string | null
}

/**
 * The notes that match `text`, with the same index and syntax as the search
 * box: one document's (the Notes panel) or, with `documentId` null, every
 * document's (All notes). Category and tag go to the search too, so "the
 * best 200" are the best of the notes the list can show. `revision` changes
 * when the notes change, so edits are searched again without the list
 * going blank meanwhile.
 */
export function useNoteSearch(client: ApiClient, documentId: string | null, text: string, filters: NoteSearchFilters, revision: string): NoteSearchState {
  const search = useSearch(
    client,
    text,
    {
      kinds: ['note'],
      ...(documentId !== null ? { documentId } : {}),
      ...(filters.category !== 'all' ? { noteCategory: filters.category } : {}),
      ...(filters.tag !== '' ? { noteTag: filters.tag } : {}),
    },
    MAX_SEARCH_LIMIT,
    revision,
  )
  const { output, outputQuery } = search
  // One answer object per reply, so what is built from it is not rebuilt on every render.
  const found = useMemo((): NoteSearchAnswer | null => {
    if (!output) return null
    const group = output.groups.find((each) => each.kind === 'note')
    const noteIds = new Set((group?.results ?? []).flatMap((hit) => (hit.kind === 'note' ? [hit.noteId] : [])))
    return { query: outputQuery, noteIds, total: group?.total ?? 0, match: output.match }
  }, [output, outputQuery])
  return { found: text.trim() === '' ? null : found, error: search.error }
}
