/**
 * The app shell: top bar (search, reading settings), library rail and the
 * reading column. Loads the library once and the routed document on demand.
 */
import { useEffect, useState } from 'react'
import type { DocumentSummary, LibraryDocument } from '../shared/document-model'
import { ApiCallError, type ApiClient } from './api-client/api-client'
import { LibraryRail } from './library/library-rail'
import { DocumentView } from './reader/document-view'
import { useRoute } from './routing/use-route'
import { SearchBox } from './search/search-box'
import { SettingsMenu } from './settings/settings-menu'
import { useReadingSettings } from './settings/use-reading-settings'

type Loaded<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; message: string }

function failureMessage(error: unknown): string {
  return error instanceof ApiCallError ? error.message : 'Something went wrong while loading.'
}

/** The whole reader, given a connected API client. */
export function App({ client }: { client: ApiClient }) {
  const route = useRoute()
  const [settings, setSettings] = useReadingSettings()
  const [library, setLibrary] = useState<Loaded<readonly DocumentSummary[]>>({ status: 'loading' })
  const [document, setDocument] = useState<Loaded<LibraryDocument>>({ status: 'loading' })

  useEffect(() => {
    client.request('library.list', {}).then(
      ({ documents }) => setLibrary({ status: 'ready', value: documents }),
      (error: unknown) => setLibrary({ status: 'failed', message: failureMessage(error) }),
    )
  }, [client])

  const documents = library.status === 'ready' ? library.value : []
  const documentId = route.documentId ?? documents[0]?.id ?? null

  useEffect(() => {
    if (!documentId) return
    let current = true
    client.request('document.get', { id: documentId }).then(
      (result) => current && setDocument({ status: 'ready', value: result.document }),
      (error: unknown) => current && setDocument({ status: 'failed', message: failureMessage(error) }),
    )
    return () => {
      current = false
    }
  }, [client, documentId])

  const openDocument = document.status === 'ready' && document.value.id === documentId ? document.value : null

  useEffect(() => {
    window.document.title = openDocument ? `${openDocument.title} — FOC Reader` : 'FOC Reader'
  }, [openDocument])

  return (
    <div className="app">
      <a className="skip-link" href="#reading-column" onClick={(event) => {
        event.preventDefault()
        window.document.getElementById('reading-column')?.focus()
      }}>
        Skip to the text
      </a>
      <header className="top-bar">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true" />
          <span className="brand-name">FOC Reader</span>
        </div>
        <SearchBox client={client} />
        <SettingsMenu settings={settings} onChange={setSettings} />
      </header>
      <LibraryRail documents={documents} openDocument={openDocument} targetBlockId={route.blockId} />
      <main id="reading-column" className="reading-column" tabIndex={-1}>
        {library.status === 'failed' && <ErrorNotice message={library.message} />}
        {document.status === 'failed' && <ErrorNotice message={document.message} />}
        {openDocument && <DocumentView document={openDocument} targetBlockId={route.blockId} />}
      </main>
    </div>
  )
}

function ErrorNotice({ message }: { message: string }) {
  return (
    <div className="notice notice-error" role="alert">
      {message}
    </div>
  )
}
