/**
 * The top bar: the app's name, the view switch, search, the Notes toggle and
 * reading settings; in narrow windows also the Library button, since the
 * library is then a drawer.
 */
import type { DocumentSummary } from '../../shared/document-model'
import type { ApiClient } from '../api-client/api-client'
import { compareRoute, NOTES_ROUTE, readRoute, timelineRoute, type Route } from '../routing/route'
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
      <DrawerButton drawer="library" open={libraryOpen} glyph="☰" label="Library" className="library-button" onToggle={onToggleLibrary} />
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
        <a href={compareRoute()} aria-current={route.view === 'compare' ? 'page' : undefined}>
          Compare
        </a>
      </nav>
      <SearchBox client={client} documents={documents} onOpenNote={onOpenNote} />
      {route.view === 'read' && <DrawerButton drawer="notes" open={panelOpen} glyph="✎" label="Notes" onToggle={onToggleNotes} />}
      <SettingsMenu settings={settings} onChange={onSettingsChange} />
    </header>
  )
}

/** The top-bar button that opens and closes one drawer (a side panel). */
function DrawerButton({ drawer, open, glyph, label, className, onToggle }: { drawer: keyof typeof DRAWER_IDS; open: boolean; glyph: string; label: string; className?: string; onToggle(): void }) {
  return (
    <button
      type="button"
      id={DRAWER_IDS[drawer].button}
      className={`icon-button panel-button${className ? ` ${className}` : ''}`}
      aria-expanded={open}
      aria-controls={DRAWER_IDS[drawer].drawer}
      onClick={onToggle}
    >
      <span aria-hidden="true" className="icon-button-glyph">
        {glyph}
      </span>
      <span className="icon-button-label">{label}</span>
    </button>
  )
}
