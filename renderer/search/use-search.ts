/**
 * Debounced search against the core. Typing never waits on a search; a
 * stale reply (for an older query or filter) is dropped; a query the engine
 * cannot read keeps the previous results and reports the problem.
 */
import { useEffect, useRef, useState } from 'react'
import type { SearchInput, SearchOutput } from '../../shared/api-contract'
import { ApiCallError, type ApiClient } from '../api-client/api-client'

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
  /** A message about the current input (for example a syntax problem), or null. */
  readonly error: string | null
  readonly pending: boolean
}

const EMPTY: SearchState = { key: '', query: '', output: null, error: null, pending: false }

/** Runs `input` with `filters` after a pause in typing. */
export function useSearch(client: ApiClient, input: string, filters: SearchFilters, limit = 20): SearchState {
  const [answer, setAnswer] = useState<SearchState>(EMPTY)
  const latest = useRef(0)
  const query = input.trim()
  const key = JSON.stringify([query, filters, limit])

  useEffect(() => {
    const ticket = ++latest.current
    if (query === '') return
    const request = { query, limit, ...(JSON.parse(key) as [string, SearchFilters])[1] }
    const timer = window.setTimeout(() => {
      client.request('search.query', request).then(
        (output) => {
          if (ticket === latest.current) setAnswer({ key, query, output, error: null, pending: false })
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
  }, [client, query, key, limit])

  if (query === '') return EMPTY
  return answer.key === key ? answer : { ...answer, error: null, pending: true }
}

/**
 * The ids of one document's notes that match `text`, for the Notes panel's
 * filter (null while there is no text, or before the first answer). Uses
 * the same index and syntax as the search box.
 */
export function useNoteSearch(client: ApiClient, documentId: string, text: string): { readonly noteIds: ReadonlySet<string> | null; readonly error: string | null } {
  const search = useSearch(client, text, { kinds: ['note'], documentId }, 200)
  const notes = search.output?.groups.find((group) => group.kind === 'note')?.results ?? []
  if (text.trim() === '' || !search.output) return { noteIds: null, error: search.error }
  return { noteIds: new Set(notes.flatMap((hit) => (hit.kind === 'note' ? [hit.noteId] : []))), error: search.error }
}
