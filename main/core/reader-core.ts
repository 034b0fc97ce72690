/**
 * The application service: everything the app does, independent of how it
 * is hosted. Electron and the browser-mode server both wrap one of these.
 */
import type { AppInfo } from '../../shared/api-contract'
import { loadLibrary, type Library } from './library'
import { NotesService } from './notes/notes-service'
import { openNotesStore, type NotesStore } from './notes/notes-store'
import { PassageAnchors } from './passage-anchors'

/** How the core was started. */
export interface ReaderCoreOptions {
  /** Folder holding the built library.json and search-index.json. */
  readonly contentDir: string
  /** Folder holding the user's data (notes, settings). */
  readonly dataDir: string
  readonly mode: AppInfo['mode']
  readonly version: string
  /** Take a lock on the data folder so only one process writes notes (off only in tests). */
  readonly lockDataDir: boolean
}

/** The running core: the loaded library and facts about this run. */
export interface ReaderCore {
  readonly library: Library
  readonly info: AppInfo
  readonly notes: NotesService
  /** Anchors for the publisher's annotations, found like user notes. */
  readonly passages: PassageAnchors
  /** Flushes pending writes and releases the data-folder lock. */
  close(): Promise<void>
}

/** Loads the bundled library and index; throws LibraryLoadError naming a damaged file. */
export async function createReaderCore(options: ReaderCoreOptions): Promise<ReaderCore> {
  const library = await loadLibrary(options.contentDir)
  const store: NotesStore = await openNotesStore({ dataDir: options.dataDir, lock: options.lockDataDir })
  return {
    library,
    info: { name: 'FOC Reader', version: options.version, mode: options.mode, dataDir: options.dataDir },
    notes: new NotesService(library, store),
    passages: new PassageAnchors(),
    close: () => store.close(),
  }
}
