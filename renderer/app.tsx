/**
 * The app shell: top bar (search, views, notes toggle, reading settings),
 * library rail, and the current view (the reader with its Notes panel, or
 * All notes). Loads the library once and the routed document on demand.
 */
import { useCallback, useEffect, useMemo, useState } from 'react'
import type { AppInfo, NoteView } from '../shared/api-contract'
import type { DocumentSummary, LibraryDocument } from '../shared/document-model'
import type { FilterSelection } from '../shared/export-model'
import { documentIdFromUrn } from '../shared/notes/note-model'
import { ApiCallError, type ApiClient } from './api-client/api-client'
import { LibraryRail } from './library/library-rail'
import { ExportDialog } from './export/export-dialog'
import { ImportDialog } from './export/import-dialog'
import { AllNotesView } from './notes/all-notes-view'
import { UndoToast } from './notes/undo-toast'
import { useNotes } from './notes/use-notes'
import { ReaderScreen } from './reader/reader-screen'
import { useEditorial, useReference } from './reader/use-reference'
import { NOTES_ROUTE, parseRoute, readRoute, timelineRoute } from './routing/route'
import { TimelineView } from './timeline/timeline-view'
import { useRoute } from './routing/use-route'
import { SearchBox } from './search/search-box'
import { SettingsMenu } from './settings/settings-menu'
import { useMenuCommands } from './ui/use-menu-commands'
import { useReadingSettings } from './settings/use-reading-settings'
import './app.css'

type Loaded<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; message: string }

function failureMessage(error: unknown): string {
  return error instanceof ApiCallError ? error.message : 'Something went wrong while loading.'
}

/** The whole reader, given a connected API client. */
export function App({ client }: { client: ApiClient }) {
  const route = useRoute()
  const [settings, setSettings] = useReadingSettings()
  const notes = useNotes(client)
  const reference = useReference(client)
  const [library, setLibrary] = useState<Loaded<readonly DocumentSummary[]>>({ status: 'loading' })
  const [document, setDocument] = useState<Loaded<LibraryDocument>>({ status: 'loading' })
  const [panelOpen, setPanelOpen] = useState(true)
  const [focusNoteId, setFocusNoteId] = useState<string | null>(null)
  /** Bumped when search opens a note, so the reader makes it active even if already open. */
  const [focusKey, setFocusKey] = useState(0)
  const [undoDismissed, setUndoDismissed] = useState<string | null>(null)
  const [dialog, setDialog] = useState<{ kind: 'export'; filter: FilterSelection | null } | { kind: 'import' } | null>(null)
  const [mode, setMode] = useState<AppInfo['mode']>('browser')
  useMenuCommands(useCallback((command) => setDialog(command === 'export-notes' ? { kind: 'export', filter: null } : { kind: 'import' }), []))

  useEffect(() => {
    client.request('app.info', {}).then(
      (info) => setMode(info.mode),
      () => undefined,
    )
  }, [client])

  useEffect(() => {
    client.request('library.list', {}).then(
      ({ documents }) => setLibrary({ status: 'ready', value: documents }),
      (error: unknown) => setLibrary({ status: 'failed', message: failureMessage(error) }),
    )
  }, [client])

  const documents = useMemo(() => (library.status === 'ready' ? library.value : []), [library])
  const documentId = route.view === 'read' ? (route.documentId ?? documents[0]?.id ?? null) : null

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

  useEffect(() => {
    // Give the default document its own address, so reloading or sharing it keeps the place.
    if (route.view === 'read' && route.documentId === null && documentId) {
      // Effects run after paint: if the user went elsewhere meanwhile (Timeline while loading), keep that address.
      const now = parseRoute(window.location.hash)
      if (now.view === 'read' && now.documentId === null) window.history.replaceState(null, '', readRoute(documentId))
    }
  }, [route, documentId])

  const openDocument = document.status === 'ready' && document.value.id === documentId ? document.value : null
  const editorial = useEditorial(client, documentId ?? '', settings.publisherLayer && documentId !== null)
  const noteCounts = useMemo(() => {
    const counts = new Map<string, number>()
    for (const view of notes.views) {
      const id = documentIdFromUrn(view.note.target.source)
      if (id) counts.set(id, (counts.get(id) ?? 0) + 1)
    }
    return counts
  }, [notes.views])
  const documentTitles = useMemo(() => new Map(documents.map((summary) => [summary.id, summary.title])), [documents])
  const statementId = documents.find((summary) => summary.kind === 'statement')?.id ?? null

  useEffect(() => {
    window.document.title =
      route.view === 'notes' ? 'All notes — FOC Reader' : route.view === 'timeline' ? 'Timeline — FOC Reader' : openDocument ? `${openDocument.title} — FOC Reader` : 'FOC Reader'
  }, [openDocument, route.view])

  const showPassage = useCallback((view: NoteView) => {
    const target = documentIdFromUrn(view.note.target.source)
    if (!target) return
    setFocusNoteId(view.note.id)
    window.location.hash = readRoute(target, view.anchor.blockId)
  }, [])

  const openNote = useCallback(
    (noteId: string) => {
      setFocusNoteId(noteId)
      setFocusKey((key) => key + 1)
      setPanelOpen(true)
    },
    [],
  )

  const lastDeleted = notes.deleted[notes.deleted.length - 1]

  return (
    <div className={`app${route.view === 'read' && panelOpen ? ' has-notes-panel' : ''}`}>
      <a
        className="skip-link"
        href="#reading-column"
        onClick={(event) => {
          event.preventDefault()
          window.document.getElementById('reading-column')?.focus()
        }}
      >
        Skip to the text
      </a>
      <header className="top-bar">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true" />
          <span className="brand-name">FOC Reader</span>
        </div>
        <nav className="view-switch" aria-label="Views">
          <a href={documentId ? readRoute(documentId) : '#/'} aria-current={route.view === 'read' ? 'page' : undefined}>
            Reader
          </a>
          <a href={timelineRoute()} aria-current={route.view === 'timeline' ? 'page' : undefined}>
            Timeline
          </a>
          <a href={NOTES_ROUTE} aria-current={route.view === 'notes' ? 'page' : undefined}>
            All notes
          </a>
        </nav>
        <SearchBox client={client} documents={documents} onOpenNote={openNote} />
        {route.view === 'read' && (
          <button type="button" className="icon-button" aria-pressed={panelOpen} onClick={() => setPanelOpen((open) => !open)}>
            <span aria-hidden="true" className="icon-button-glyph">
              ✎
            </span>
            <span className="icon-button-label">Notes</span>
          </button>
        )}
        <SettingsMenu settings={settings} onChange={setSettings} />
      </header>
      <LibraryRail documents={documents} openDocument={route.view === 'read' ? openDocument : null} targetBlockId={route.view === 'read' ? route.blockId : null} />
      {route.view === 'notes' ? (
        <main id="reading-column" className="reading-column" tabIndex={-1}>
          <AllNotesView
            client={client}
            documents={documents}
            controller={notes}
            onShowPassage={showPassage}
            onExport={(filter) => setDialog({ kind: 'export', filter })}
            onImport={() => setDialog({ kind: 'import' })}
          />
        </main>
      ) : route.view === 'timeline' ? (
        <main id="reading-column" className="reading-column" tabIndex={-1}>
          <TimelineView entries={reference.timeline} selectedId={route.entryId} noteCounts={noteCounts} documentTitles={documentTitles} statementId={statementId} />
        </main>
      ) : openDocument ? (
        <ReaderScreen
          key={openDocument.id}
          client={client}
          document={openDocument}
          targetBlockId={route.blockId}
          controller={notes}
          panelOpen={panelOpen}
          focusNoteId={focusNoteId}
          focusKey={focusKey}
          editorial={editorial}
          glossary={reference.glossary}
          onPanelOpenChange={setPanelOpen}
          onExport={(filter) => setDialog({ kind: 'export', filter })}
          onImport={() => setDialog({ kind: 'import' })}
        />
      ) : (
        <main id="reading-column" className="reading-column" tabIndex={-1}>
          {library.status === 'failed' && <ErrorNotice message={library.message} />}
          {document.status === 'failed' && <ErrorNotice message={document.message} />}
        </main>
      )}
      {dialog?.kind === 'export' && (
        <ExportDialog
          client={client}
          mode={mode}
          document={route.view === 'read' && openDocument ? { id: openDocument.id, title: openDocument.title } : null}
          filter={dialog.filter}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'import' && <ImportDialog client={client} onImported={notes.reload} onClose={() => setDialog(null)} />}
      <UndoToast
        note={lastDeleted && lastDeleted.id !== undoDismissed ? lastDeleted : undefined}
        onUndo={() => void notes.undoDelete()}
        onDismiss={() => setUndoDismissed(lastDeleted?.id ?? null)}
      />
    </div>
  )
}

function ErrorNotice({ message }: { message: string }) {
  return (
    <div className="notice notice-error" role="alert">
      <p>{message}</p>
    </div>
  )
}
