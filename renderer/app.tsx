/**
 * The app shell: top bar (search, views, notes toggle, reading settings),
 * library rail, the current view (the reader with its Notes panel, the
 * timeline, or All notes) and the dialogs. The parts live in shell/.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import type { NoteView } from '../shared/api-contract'
import type { ListSelection } from '../shared/export-model'
import { documentIdFromUrn } from '../shared/notes/note-model'
import type { ApiClient } from './api-client/api-client'
import { LibraryRail } from './library/library-rail'
import { UndoLastDelete } from './notes/undo-last-delete'
import { useNotes } from './notes/use-notes'
import type { ReaderHandle } from './reader/reader-screen'
import { useEditorial, useReference } from './reader/use-reference'
import { useReadingState } from './reading-state/reading-state-context'
import { readRoute } from './routing/route'
import { useRoute } from './routing/use-route'
import { useReadingSettings } from './settings/use-reading-settings'
import { AppDialogs, type AppDialog } from './shell/app-dialogs'
import { CurrentView } from './shell/current-view'
import { preloadLazyParts } from './shell/lazy-views'
import { ReadingProgress } from './shell/reading-progress'
import { TopBar } from './shell/top-bar'
import { useDrawers } from './shell/use-drawers'
import { useLibrary } from './shell/use-library'
import { useMenuCommands } from './ui/use-menu-commands'
import { useShortcut } from './shortcuts/use-shortcut'
import './app.css'

/** The whole reader, given a connected API client. */
export function App({ client }: { client: ApiClient }) {
  const route = useRoute()
  const [settings, setSettings] = useReadingSettings()
  const notes = useNotes(client)
  const reference = useReference(client)
  const library = useLibrary(client, route, useReadingState().initial.lastDocumentId)
  const { documentId, openDocument } = library
  const editorial = useEditorial(client, documentId ?? '', settings.publisherLayer && documentId !== null)
  const drawers = useDrawers()
  const { notesOpen: panelOpen, setNotesOpen: setPanelOpen } = drawers
  // The note a reader opened next makes active; one already showing is told directly (readerRef).
  const [focusNoteId, setFocusNoteId] = useState<string | null>(null)
  const readerRef = useRef<ReaderHandle>(null)
  const [dialog, setDialog] = useState<AppDialog | null>(null)
  useMenuCommands(useCallback((command) => setDialog(command === 'export-notes' ? { kind: 'export', filter: null } : { kind: 'import' }), []))
  useShortcut('show-shortcuts', useCallback(() => setDialog((open) => open ?? { kind: 'shortcuts' }), []), { outsideTextFields: true })

  // The views and dialogs not on screen at start-up arrive while the browser is idle.
  useEffect(preloadLazyParts, [])

  useEffect(() => {
    window.document.title =
      route.view === 'notes' ? 'All notes — FOC Reader' : route.view === 'timeline' ? 'Timeline — FOC Reader' : route.view === 'compare' ? 'Compare two texts — FOC Reader' : openDocument ? `${openDocument.title} — FOC Reader` : 'FOC Reader'
  }, [openDocument, route.view])

  const showPassage = useCallback((view: NoteView) => {
    const target = documentIdFromUrn(view.note.target.source)
    if (!target) return
    setFocusNoteId(view.note.id)
    window.location.hash = readRoute(target, view.anchor.blockId)
  }, [])

  const openNote = useCallback((noteId: string) => {
    setFocusNoteId(noteId)
    readerRef.current?.activateNote(noteId)
    setPanelOpen(true)
  }, [setPanelOpen])

  const openExport = useCallback((filter: ListSelection | null) => setDialog({ kind: 'export', filter }), [])
  const openImport = useCallback(() => setDialog({ kind: 'import' }), [])
  const { reload: reloadLibrary } = library
  const { reload: reloadNotes } = notes
  // A document added or removed: the library lists it (or not), and notes on a removed one show as "Passage not found".
  const libraryChanged = useCallback(
    async (openToo?: boolean) => {
      reloadNotes()
      await reloadLibrary(openToo)
    },
    [reloadLibrary, reloadNotes],
  )

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
      <TopBar
        client={client}
        route={route}
        documents={library.documents}
        documentId={documentId}
        panelOpen={panelOpen}
        libraryOpen={drawers.libraryOpen}
        settings={settings}
        onToggleNotes={drawers.toggleNotes}
        onToggleLibrary={drawers.toggleLibrary}
        onSettingsChange={setSettings}
        onOpenNote={openNote}
      />
      <LibraryRail
        client={client}
        documents={library.documents}
        openDocument={route.view === 'read' ? openDocument : null}
        drawerOpen={drawers.libraryOpen}
        onNavigate={drawers.closeLibrary}
        onLibraryChanged={libraryChanged}
      />
      <CurrentView
        route={route}
        client={client}
        library={library}
        notes={notes}
        reference={reference}
        editorial={editorial}
        readerRef={readerRef}
        panelOpen={panelOpen}
        focusNoteId={focusNoteId}
        notesArrangement={{ sort: settings.notesSort, grouping: settings.notesGrouping }}
        onArrangeNotes={({ sort, grouping }) => setSettings({ ...settings, notesSort: sort, notesGrouping: grouping })}
        onPanelOpenChange={setPanelOpen}
        onShowPassage={showPassage}
        onExport={openExport}
        onImport={openImport}
      />
      {route.view === 'read' && <ReadingProgress document={openDocument} />}
      {drawers.covered && <div className="drawer-scrim" aria-hidden="true" onClick={drawers.closeDrawers} />}
      <AppDialogs
        dialog={dialog}
        client={client}
        mode={library.mode}
        document={route.view === 'read' ? openDocument : null}
        onImported={notes.reload}
        onClose={() => setDialog(null)}
      />
      <UndoLastDelete controller={notes} />
    </div>
  )
}

