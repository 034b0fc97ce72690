/**
 * Carries out a merge plan through the notes service: first a backup copy of
 * the notes file as it stands (notes.before-import-<time>.json beside it,
 * which the store never touches), then every new note, update and conflict
 * copy in one burst, which the store writes as one atomic save and the
 * service announces like any other change. Nothing is removed. Imported notes are anchored by the notes service when next
 * listed, as every note is: those whose passage is gone show as orphans.
 */
import path from 'node:path'
import { noteSchema } from '../../../shared/notes/note-model'
import { atomicWrite, freePath, syncDirectory } from '../notes/durable-files'
import { serializeNotesFile } from '../notes/notes-file'
import type { NotesService } from '../notes/notes-service'
import { NotesStoreError } from '../notes/notes-store'
import { notesToWrite, type MergePlan } from './merge-plan'
import { sameNote } from './note-identity'

/** What a merge writes through: the notes service (its store, its announcements). */
export type MergeTarget = Pick<NotesService, 'status' | 'notesPath' | 'flush' | 'storedNote' | 'storedNotes' | 'putAll'>

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
 * Applies `plan` to the notes through `notes`. Rejects without changing a note when the store
 * is read-only, when a pending save fails, when the backup cannot be
 * written, or when the plan has gone stale; rejects with the store's error
 * when the import's own save fails (the store then has none of them).
 */
export async function applyMerge(notes: MergeTarget, plan: MergePlan, now: Date = new Date()): Promise<AppliedMerge> {
  const written = notesToWrite(plan)
  if (written.length === 0) return { backupPath: null, written: 0 }
  if (notes.status.readOnly) throw new NotesStoreError('read-only', `Nothing was imported: notes are read-only right now. ${notes.status.notices[0]?.message ?? ''}`.trim())
  // Every note valid before any is put: a put refused half-way would leave half an import.
  for (const note of written) {
    const parsed = noteSchema.safeParse(note)
    if (!parsed.success) throw new NotesStoreError('invalid-note', `Nothing was imported: note ${note.id} is not valid (${parsed.error.issues[0]?.message ?? 'invalid'}).`)
  }
  // The file on disk should hold every change made so far before it is copied.
  await notes.flush()
  const backupPath = await backupNotesFile(notes, now)
  assertStillFits(notes, plan)
  await notes.putAll(written)
  return { backupPath, written: written.length }
}

/** Checks, after the awaits above, that no note the plan replaces or adds was changed meanwhile. */
function assertStillFits(notes: MergeTarget, plan: MergePlan): void {
  for (const entry of plan.updated) {
    const current = notes.storedNote(entry.note.id)
    if (current === undefined || !sameNote(current, entry.previous)) throw new StaleMergePlanError(entry.note.id)
  }
  for (const entry of [...plan.new, ...plan.conflicting]) if (notes.storedNote(entry.note.id) !== undefined) throw new StaleMergePlanError(entry.note.id)
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
export async function backupNotesFile(notes: Pick<NotesService, 'notesPath' | 'storedNotes'>, now: Date): Promise<string | null> {
  const stored = notes.storedNotes()
  if (!path.isAbsolute(notes.notesPath) || stored.length === 0) return null
  const dir = path.dirname(notes.notesPath)
  const backup = await freePath(dir, (attempt) => importBackupName(now, attempt))
  await atomicWrite(backup, Buffer.from(serializeNotesFile(stored, now), 'utf8'))
  await syncDirectory(dir)
  return backup
}
