/**
 * Debounced search against the core. Typing never waits on a search; a
 * stale reply (for an older query) is dropped; a query the engine cannot
 * read keeps the previous results and reports the problem.
 */
import { useEffect, useRef, useState } from 'react'
import type { SearchResult } from '../../shared/api-contract'
import { ApiCallError, type ApiClient } from '../api-client/api-client'

/** How long typing must pause before a search runs. */
export const SEARCH_DEBOUNCE_MS = 120

/** What the search panel shows. */
export interface SearchState {
  /** The query the results belong to. */
  readonly query: string
  readonly results: readonly SearchResult[]
  readonly total: number
  /** A message about the current input (for example a syntax problem), or null. */
  readonly error: string | null
  readonly pending: boolean
}

const EMPTY: SearchState = { query: '', results: [], total: 0, error: null, pending: false }

/** Runs `input` against the index after a pause in typing. */
export function useSearch(client: ApiClient, input: string): SearchState {
  const [answer, setAnswer] = useState<SearchState>(EMPTY)
  const latest = useRef(0)
  const query = input.trim()

  useEffect(() => {
    const ticket = ++latest.current
    if (query === '') return
    const timer = window.setTimeout(() => {
      client.request('search.query', { query, limit: 30 }).then(
        ({ results, total }) => {
          if (ticket === latest.current) setAnswer({ query, results, total, error: null, pending: false })
        },
        (error: unknown) => {
          if (ticket !== latest.current) return
          const message = error instanceof ApiCallError ? error.message : 'Search failed unexpectedly.'
          // Keep the previous results: a half-typed query must not blank the list.
          setAnswer((previous) => ({ ...previous, query, error: message, pending: false }))
        },
      )
    }, SEARCH_DEBOUNCE_MS)
    return () => window.clearTimeout(timer)
  }, [client, query])

  if (query === '') return EMPTY
  return answer.query === query ? answer : { ...answer, error: null, pending: true }
}
