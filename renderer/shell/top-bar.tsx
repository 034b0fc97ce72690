/**
 * The top bar: the app's name, the view switch, search, the Notes toggle and
 * reading settings; in narrow windows also the Library button, since the
 * library is then a drawer.
 */
import type { DocumentSummary } from '../../shared/document-model'
import type { ApiClient } from '../api-client/api-client'
import { NOTES_ROUTE, readRoute, timelineRoute, type Route } from '../routing/route'
import { SearchBox } from '../search/search-box'
import type { ReadingSettings } from '../settings/reading-settings'
import { SettingsMenu } from '../settings/settings-menu'
import { DRAWER_IDS } from './use-drawers'

/** Props of the top bar. */
export interface TopBarProps {
  readonly client: ApiClient
  readonly route: Route
  readonly documents: readonly DocumentSummary[]
  /** The document the Reader link opens. */
  readonly documentId: string | null
  readonly panelOpen: boolean
  readonly libraryOpen: boolean
  readonly settings: ReadingSettings
  onToggleNotes(): void
  onToggleLibrary(): void
  onSettingsChange(settings: ReadingSettings): void
  onOpenNote(noteId: string): void
}

/** The bar across the top of the window. */
export function TopBar({ client, route, documents, documentId, panelOpen, libraryOpen, settings, onToggleNotes, onToggleLibrary, onSettingsChange, onOpenNote }: TopBarProps) {
  return (
    <header className="top-bar">
      <button
        type="button"
        id={DRAWER_IDS.library.button}
        className="icon-button panel-button library-button"
        aria-expanded={libraryOpen}
        aria-controls={DRAWER_IDS.library.drawer}
        onClick={onToggleLibrary}
      >
        <span aria-hidden="true" className="icon-button-glyph">
          ☰
        </span>
        <span className="icon-button-label">Library</span>
      </button>
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
      <SearchBox client={client} documents={documents} onOpenNote={onOpenNote} />
      {route.view === 'read' && (
        <button
          type="button"
          id={DRAWER_IDS.notes.button}
          className="icon-button panel-button"
          aria-expanded={panelOpen}
          aria-controls={DRAWER_IDS.notes.drawer}
          onClick={onToggleNotes}
        >
          <span aria-hidden="true" className="icon-button-glyph">
            ✎
          </span>
          <span className="icon-button-label">Notes</span>
        </button>
      )}
      <SettingsMenu settings={settings} onChange={onSettingsChange} />
    </header>
  )
}
