/**
 * The application service: everything the app does, independent of how it
 * is hosted. Electron and the browser-mode server both wrap one of these.
 */
import type { AppInfo } from '../../shared/api-contract'
import { EMPTY_READING_STATE } from '../../shared/reading-state'
import { checkDataDir } from './data-dir-check'
import { DocumentsService, restoreAddedDocuments } from './documents/documents-service'
import { DocumentsStore } from './documents/documents-store'
import { createParseRunner, type ParseFile } from './documents/parse-runner'
import { loadLibrary, type Library } from './library'
import { NotesService } from './notes/notes-service'
import { openNotesStore, type NotesStore } from './notes/notes-store'
import { PassageAnchors } from './passage-anchors'
import { BriefingOptionsStore } from './export/briefing-options-store'
import { BriefingPages } from './export/briefing-pages'
import { ExportService } from './export/export-service'
import type { ReaderHost } from './host'
import { ImportService } from './import/import-service'
import { SearchService } from './search/search-service'
import { openReadingStateStore, ReadingStateStore } from './reading/reading-state-store'

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
  /** What the host can do beyond the core (Electron: save dialogs, PDF printing). */
  readonly host?: ReaderHost
  /** The bundled worker that parses added files (dist/main/parse-worker.cjs); absent: parsed in this thread. */
  readonly parseWorkerPath?: string
}

/** The running core: the loaded library and facts about this run. */
export interface ReaderCore {
  readonly library: Library
  readonly info: AppInfo
  readonly notes: NotesService
  /** Search over the bundled index and the notes, kept in step with every saved change. */
  readonly search: SearchService
  /** Anchors for the publisher's annotations, found like user notes. */
  readonly passages: PassageAnchors
  readonly exports: ExportService
  readonly imports: ImportService
  /** Briefings rendered for printing, served by the host at /briefing/<id>. */
  readonly briefings: BriefingPages
  /** The briefing options of the last export, in the data folder. */
  readonly briefingOptions: BriefingOptionsStore
  readonly host: ReaderHost
  /** Reading settings, each document's place and the document open last (reading-state.json). */
  readonly reading: ReadingStateStore
  /** The documents the user adds (documents/ in the data folder). */
  readonly documents: DocumentsService
  /** Sentences about added documents that could not be loaded at start (skipped, left on disk). */
  readonly documentNotices: readonly string[]
  /** Flushes pending writes and releases the data-folder lock. */
  close(): Promise<void>
}

/**
 * Loads the bundled library and index and opens the notes; throws
 * LibraryLoadError naming a damaged file, or DataDirError for a data folder
 * that cannot hold notes.
 */
export async function createReaderCore(options: ReaderCoreOptions): Promise<ReaderCore> {
  await checkDataDir(options.dataDir)
  const library = await loadLibrary(options.contentDir)
  const store: NotesStore = await openNotesStore({ dataDir: options.dataDir, lock: options.lockDataDir })
  const reading = await openReadingStateStore(options.dataDir)
  const documentsStore = new DocumentsStore(options.dataDir)
  const documentNotices = await restoreAddedDocuments(library, documentsStore)
  for (const notice of documentNotices) console.warn(`[documents] ${notice}`)
  const core = assembleReaderCore(library, store, {
    reading,
    documents: { store: documentsStore, parse: createParseRunner(options.parseWorkerPath ? { workerPath: options.parseWorkerPath } : {}), notices: documentNotices },
    info: { name: 'FOC Reader', version: options.version, mode: options.mode, dataDir: options.dataDir },
    ...(options.host ? { host: options.host } : {}),
  })
  await core.documents.loadRevisions(store.list())
  return core
}

/** What {@link assembleReaderCore} needs beyond the library and the notes store. */
export interface CoreAssembly {
  readonly info: AppInfo
  readonly host?: ReaderHost
  /** The reading state; tests get one kept in memory. */
  readonly reading?: ReadingStateStore
  /** The clock notes and imports are stamped with (tests fix it). */
  readonly now?: () => Date
  /** Where added documents are kept and how files are parsed; by default documents/ in info.dataDir, parsed in this thread. */
  readonly documents?: { readonly store: DocumentsStore; readonly parse: ParseFile; readonly notices?: readonly string[] }
}

/**
 * Wires the services over a loaded library and an open store: the one place
 * that says which service sees what, for the app and for tests alike. Every
 * change to the notes, the user's or an import's, goes through `notes`.
 */
export function assembleReaderCore(library: Library, store: NotesStore, assembly: CoreAssembly): ReaderCore {
  const now = assembly.now ?? (() => new Date())
  let search: SearchService | undefined
  const reading = assembly.reading ?? new ReadingStateStore(EMPTY_READING_STATE)
  // Notes kept on an earlier revision find its text among the revisions the documents service has read.
  const notes = new NotesService(library, store, now, (id) => documents.loadedRevision(id))
  const documents: DocumentsService = new DocumentsService(
    library,
    assembly.documents?.store ?? new DocumentsStore(assembly.info.dataDir),
    assembly.documents?.parse ?? createParseRunner(),
    now,
  )
  // A document the user added came or went: its notes are anchored afresh (and the notes index hears of it).
  library.onAddedChange((change) => notes.documentChanged(change.type === 'put' ? change.document.id : change.id))
  return {
    library,
    info: assembly.info,
    notes,
    // Built on first use: indexing the notes anchors every one, which start-up need not wait for.
    get search() {
      search ??= new SearchService(library, notes)
      return search
    },
    passages: new PassageAnchors(),
    exports: new ExportService(library, notes, { appVersion: assembly.info.version, bundledFonts: true, revisions: (id) => documents.revision(id) }),
    imports: new ImportService(library, notes, now),
    briefings: new BriefingPages(),
    briefingOptions: new BriefingOptionsStore(assembly.info.dataDir),
    host: assembly.host ?? {},
    reading,
    documents,
    documentNotices: assembly.documents?.notices ?? [],
    close: async () => {
      await reading.flush()
      await store.close()
    },
  }
}
