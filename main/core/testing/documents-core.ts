/** For tests of added documents: a core over the test library whose documents live in a real data folder. */
import { DocumentsStore } from '../documents/documents-store'
import type { Library } from '../library'
import { createParseRunner } from '../documents/parse-runner'
import { createMemoryNotesStore } from '../notes/testing/memory-notes-store'
import type { NotesStore } from '../notes/notes-store'
import { assembleReaderCore, type ReaderCore } from '../reader-core'
import { buildTestLibrary } from './test-library'

/** A core over `library` keeping added documents in `dataDir` (parsed in this thread) and notes in `notes`. */
export function documentsCoreOnDisk(dataDir: string, notes: NotesStore = createMemoryNotesStore(), library: Library = buildTestLibrary()): ReaderCore {
  return assembleReaderCore(library, notes, {
    info: { name: 'FOC Reader', version: '0.0.0-test', mode: 'browser', dataDir },
    documents: { store: new DocumentsStore(dataDir), parse: createParseRunner() },
  })
}

/** `text` as UTF-8 bytes in base64, as documents.add takes a file. */
export function base64Text(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64')
}
