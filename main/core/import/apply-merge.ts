/**
 * Carries out a merge plan on the notes store: first a backup copy of the
 * notes as they stand (notes.before-import-<time>.json beside it, which
 * the store never touches), then every new note, update and conflict copy
 * in one burst of puts, which the store writes as one journal record. Nothing
 * is removed. Imported notes are anchored by the notes service when next
 * listed, as every note is: those whose passage is gone show as orphans.
 */
import path from 'node:path'
import { noteSchema } from '../../../shared/notes/note-model'
import { atomicWrite, freePath, syncDirectory } from '../notes/durable-files'
import { serializeNotesFile } from '../notes/notes-file'
import { NotesStoreError, type NotesStore } from '../notes/notes-store'
import { notesToWrite, type MergePlan } from './merge-plan'
import { sameNote } from './note-identity'

/** What applying a plan did. */
export interface AppliedMerge {
  /** The backup of the notes file taken first; null when nothing was written or there was no file yet. */
  readonly backupPath: string | null
  /** How many notes were written (new, updated and conflict copies). */
  readonly written: number
}

/** The plan no longer fits the store: a note it replaces, or an id it adds, changed while the backup was written. */
export class StaleMergePlanError extends Error {
  constructor(id: string) {
    super(`Your notes changed while the import was being saved (note ${id}); nothing was imported. Import the file again to see what it would change now.`)
    this.name = 'StaleMergePlanError'
  }
}

/**
 * Applies `plan` to `store`. Rejects without changing a note when the store
 * is read-only, when a pending save fails, when the backup cannot be
 * written, or when the plan has gone stale; rejects with the store's error
 * when the import's own save fails (the store then has none of them).
 */
export async function applyMerge(store: NotesStore, plan: MergePlan, now: Date = new Date()): Promise<AppliedMerge> {
  const notes = notesToWrite(plan)
  if (notes.length === 0) return { backupPath: null, written: 0 }
  if (store.status.readOnly) throw new NotesStoreError('read-only', `Nothing was imported: notes are read-only right now. ${store.status.notices[0]?.message ?? ''}`.trim())
  // Every note valid before any is put: a put refused half-way would leave half an import.
  for (const note of notes) {
    const parsed = noteSchema.safeParse(note)
    if (!parsed.success) throw new NotesStoreError('invalid-note', `Nothing was imported: note ${note.id} is not valid (${parsed.error.issues[0]?.message ?? 'invalid'}).`)
  }
  // The backup should hold every change made so far.
  await store.flush()
  const backupPath = await backupNotesFile(store, now)
  assertStillFits(store, plan)
  // Issued together, without awaiting in between: the store writes them in one save.
  await Promise.all(notes.map((note) => store.put(note)))
  return { backupPath, written: notes.length }
}

/** Checks, after the awaits above, that no note the plan replaces or adds was changed meanwhile. */
function assertStillFits(store: NotesStore, plan: MergePlan): void {
  for (const entry of plan.updated) {
    const current = store.get(entry.note.id)
    if (current === undefined || !sameNote(current, entry.previous)) throw new StaleMergePlanError(entry.note.id)
  }
  for (const entry of [...plan.new, ...plan.conflicting]) if (store.get(entry.note.id) !== undefined) throw new StaleMergePlanError(entry.note.id)
}

/** The backup's file name: sortable, and legal on every file system (no colons). */
export function importBackupName(now: Date, attempt = 0): string {
  const stamp = now.toISOString().replace(/:/g, '-').replace(/\.(\d{3})Z$/, '-$1Z')
  return `notes.before-import-${stamp}${attempt > 0 ? `-${attempt}` : ''}.json`
}

/**
 * Writes every note the store holds to a new backup file beside its notes
 * (a complete notes file, which Import can open), durably (atomic write, then
 * a folder fsync); never overwrites an earlier backup. Returns null when
 * there is nothing to back up (no notes yet, or an in-memory store).
 */
export async function backupNotesFile(store: NotesStore, now: Date): Promise<string | null> {
  if (!path.isAbsolute(store.notesPath) || store.list().length === 0) return null
  const dir = path.dirname(store.notesPath)
  const backup = await freePath(dir, (attempt) => importBackupName(now, attempt))
  await atomicWrite(backup, Buffer.from(serializeNotesFile(store.list(), now), 'utf8'))
  await syncDirectory(dir)
  return backup
}
