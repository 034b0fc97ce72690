/**
 * The two texts a comparison needs, fetched from the core together; the
 * answer for an older pair never replaces a newer one.
 */
import { useEffect, useState } from 'react'
import type { LibraryDocument } from '../../shared/document-model'
import type { ApiClient } from '../api-client/api-client'

/** Where fetching the pair stands. */
export type DocumentPair =
  | { readonly state: 'none' }
  | { readonly state: 'loading' }
  | { readonly state: 'failed'; readonly message: string }
  | { readonly state: 'ready'; readonly before: LibraryDocument; readonly after: LibraryDocument }

/** Fetches documents `beforeId` and `afterId` (nothing while either is null), again whenever `stamp` changes. */
export function useDocumentPair(client: ApiClient, beforeId: string | null, afterId: string | null, stamp = ''): DocumentPair {
  const key = beforeId === null || afterId === null ? null : `${beforeId}\0${afterId}\0${stamp}`
  // The answer for the pair it was asked for: a pair asked for since shows as loading until its own answer.
  const [answer, setAnswer] = useState<{ readonly key: string; readonly pair: DocumentPair } | null>(null)
  useEffect(() => {
    if (key === null || beforeId === null || afterId === null) return
    let current = true
    Promise.all([client.request('document.get', { id: beforeId }), client.request('document.get', { id: afterId })]).then(
      ([before, after]) => {
        if (current) setAnswer({ key, pair: { state: 'ready', before: before.document, after: after.document } })
      },
      (error: unknown) => {
        if (current) setAnswer({ key, pair: { state: 'failed', message: `Could not open the texts to compare: ${error instanceof Error ? error.message : String(error)}` } })
      },
    )
    return () => {
      current = false
    }
  }, [client, key, beforeId, afterId])
  if (key === null) return { state: 'none' }
  return answer?.key === key ? answer.pair : { state: 'loading' }
}
