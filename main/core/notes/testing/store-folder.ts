/**
 * For the notes-store tests: a fresh data folder for each test, and every
 * store a test opens there closed (and the folder removed) after it. Call
 * once at the top of a test file; it registers the hooks.
 */
import { afterEach, beforeEach } from 'vitest'
import { openNotesStore, type NotesStore, type NotesStoreOptions } from '../notes-store'
import { makeTempDir } from './note-fixtures'

/** The current test's data folder, and a way to open stores in it. */
export interface StoreFolder {
  /** The data folder of the test now running. */
  readonly dir: string
  /** Opens a store on the folder (or on `dataDir`), closed after the test. */
  open(lock?: boolean, dataDir?: string, options?: Partial<NotesStoreOptions>): Promise<NotesStore>
}

/** Registers the hooks; `dir` changes for each test. */
export function withStoreFolder(): StoreFolder {
  let dir = ''
  let cleanup: () => Promise<void> = async () => {}
  const opened: NotesStore[] = []
  beforeEach(async () => {
    ;({ dir, cleanup } = await makeTempDir())
  })
  afterEach(async () => {
    for (const store of opened.splice(0)) await store.close().catch(() => {})
    await cleanup()
  })
  return {
    get dir() {
      return dir
    },
    async open(lock = false, dataDir = dir, options = {}) {
      const store = await openNotesStore({ ...options, dataDir, lock })
      opened.push(store)
      return store
    },
  }
}
