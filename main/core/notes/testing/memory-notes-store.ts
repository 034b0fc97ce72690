/**
 * An in-memory NotesStore for unit tests of code above the store (the
 * service, the dispatch table). It validates like the real store but keeps
 * nothing on disk; the real store has its own tests, crash test included.
 */
import { noteSchema, type Note } from '../../../../shared/notes/note-model'
import { NotesStoreError, type NotesStore, type NotesStoreStatus } from '../notes-store'

/** A store holding `initial` notes in memory; `readOnly` refuses every change. */
export function createMemoryNotesStore(initial: readonly Note[] = [], readOnly = false): NotesStore {
  const notes = new Map(initial.map((note) => [note.id, note]))
  const status: NotesStoreStatus = { readOnly, notices: readOnly ? [{ kind: 'newer-version', message: 'Read-only test store.' }] : [] }
  const assertWritable = () => {
    if (readOnly) throw new NotesStoreError('read-only', 'Read-only test store.')
  }
  return {
    notesPath: ':memory:',
    backupPath: ':memory:',
    unsavedChanges: false,
    status,
    list: () => [...notes.values()],
    get: (id) => notes.get(id),
    put: async (note) => {
      assertWritable()
      const parsed = noteSchema.safeParse(note)
      if (!parsed.success) throw new NotesStoreError('invalid-note', parsed.error.issues[0]?.message ?? 'invalid note')
      notes.set(note.id, parsed.data)
    },
    remove: async (id) => {
      assertWritable()
      const note = notes.get(id)
      notes.delete(id)
      return note
    },
    flush: async () => undefined,
    close: async () => undefined,
  }
}
