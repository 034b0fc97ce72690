/**
 * The library (loaded once) and the document the route opens: the routed
 * one, or the first in the library, which is then given its own address.
 */
import { useCallback, useEffect, useMemo, useState } from 'react'
import type { AppInfo } from '../../shared/api-contract'
import type { DocumentSummary, LibraryDocument } from '../../shared/document-model'
import type { ApiClient } from '../api-client/api-client'
import { parseRoute, readRoute, type Route } from '../routing/route'
import { loadFailureMessage, type Loaded } from './loaded'

/** The library and the open document. */
export interface LibraryState {
  readonly documents: readonly DocumentSummary[]
  /** Why the library could not be loaded, or null. */
  readonly libraryError: string | null
  /** The document the reader shows (null outside the reader, or while it loads). */
  readonly documentId: string | null
  readonly openDocument: LibraryDocument | null
  /** Why the routed document could not be loaded, or null. */
  readonly documentError: string | null
  /** Whether the app runs in Electron or in a browser. */
  readonly mode: AppInfo['mode']
  /** Loads the library list again (a document was added, renamed or removed), and with `openToo` the open document; resolves once the list is in. */
  reload(openToo?: boolean): Promise<void>
}

/**
 * Loads the library once and the routed document whenever the route names
 * another; a route naming none opens `startDocumentId` (the one open last)
 * if the library has it, else the first.
 */
export function useLibrary(client: ApiClient, route: Route, startDocumentId: string | null = null): LibraryState {
  const [library, setLibrary] = useState<Loaded<readonly DocumentSummary[]>>({ status: 'loading' })
  const [document, setDocument] = useState<Loaded<LibraryDocument>>({ status: 'loading' })
  const [mode, setMode] = useState<AppInfo['mode']>('browser')
  // Bumped to load the open document again (its title changed).
  const [documentGeneration, setDocumentGeneration] = useState(0)

  const loadList = useCallback(
    () =>
      client.request('library.list', {}).then(
        ({ documents }) => setLibrary({ status: 'ready', value: documents }),
        (error: unknown) => setLibrary({ status: 'failed', message: loadFailureMessage(error) }),
      ),
    [client],
  )

  const reload = useCallback(
    (openToo = false) => {
      if (openToo) setDocumentGeneration((generation) => generation + 1)
      return loadList()
    },
    [loadList],
  )

  useEffect(() => {
    client.request('app.info', {}).then(
      (info) => setMode(info.mode),
      () => undefined,
    )
    void loadList()
  }, [client, loadList])

  const documents = useMemo(() => (library.status === 'ready' ? library.value : []), [library])
  const startId = documents.some((document) => document.id === startDocumentId) ? startDocumentId : null
  const documentId = route.view === 'read' ? (route.documentId ?? startId ?? documents[0]?.id ?? null) : null

  useEffect(() => {
    if (!documentId) return
    let current = true
    client.request('document.get', { id: documentId }).then(
      (result) => current && setDocument({ status: 'ready', value: result.document }),
      (error: unknown) => current && setDocument({ status: 'failed', message: loadFailureMessage(error) }),
    )
    return () => {
      current = false
    }
  }, [client, documentId, documentGeneration])

  useEffect(() => {
    // Give the default document its own address, so reloading or sharing it keeps the place.
    if (route.view === 'read' && route.documentId === null && documentId) {
      // Effects run after paint: if the user went elsewhere meanwhile (Timeline while loading), keep that address.
      const now = parseRoute(window.location.hash)
      if (now.view === 'read' && now.documentId === null) window.history.replaceState(null, '', readRoute(documentId))
    }
  }, [route, documentId])

  return {
    documents,
    libraryError: library.status === 'failed' ? library.message : null,
    documentId,
    openDocument: document.status === 'ready' && document.value.id === documentId ? document.value : null,
    documentError: document.status === 'failed' ? document.message : null,
    mode,
    reload,
  }
}
