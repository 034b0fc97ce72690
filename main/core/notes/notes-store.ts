/**
 * The notes store: the user's notes in `notes.json` in the data folder.
 *
 * Losing a note is the worst bug this product can have, so:
 * - every write is atomic (temp file, fsync, rename, then an fsync of the
 *   folder so the rename itself survives a power cut), and a put or remove
 *   resolves only once a write containing it has done all of that;
 * - before `notes.json` is replaced, `notes.backup.json` becomes the file
 *   `notes.json` was (the last state this process read and parsed, or wrote
 *   and checked): a hard link to it, or an atomic write of its bytes, so the
 *   backup is always a complete, parseable earlier file;
 * - a damaged file is renamed aside (never overwritten or deleted) and the
 *   backup loaded; a file from a newer schema version is never written;
 * - with `lock: true` a lock directory keeps a second process from writing.
 *
 * A failed write leaves the change in memory and marks the store unsaved
 * (`unsavedChanges`); the failed put rejects, and the next put or flush
 * writes the whole state again, the earlier change included.
 */
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { noteSchema, type Note } from '../../../shared/notes/note-model'
import { atomicWrite, errorMessage, linkAsBackup, removeStaleTempFiles, syncDirectory, type FileStamp } from './durable-files'
import { notesFileText, serializeNote, formatJsonPath } from './notes-file'
import { acquireNotesLock, isLockLost, type NotesLock } from './notes-lock'
import { loadInitialState, NOTES_BACKUP_FILE_NAME, NOTES_FILE_NAME, type InitialState, type StoreNotice } from './notes-recovery'

export { NOTES_BACKUP_FILE_NAME, NOTES_FILE_NAME, type StoreNotice, type StoreNoticeKind } from './notes-recovery'

/** Whether the store can write, and what happened when it opened. */
export interface NotesStoreStatus {
  readonly readOnly: boolean
  readonly notices: StoreNotice[]
}

/** How to open a store. */
export interface NotesStoreOptions {
  /** The data folder; created when missing. */
  readonly dataDir: string
  /** Take the inter-process lock (browser mode); Electron relies on its single-instance lock. */
  readonly lock: boolean
}

/** Why a store call was refused. */
export type NotesStoreErrorCode = 'invalid-note' | 'read-only' | 'closed' | 'write-failed'

/** A refused or failed store call; `message` is a sentence fit for the UI. */
export class NotesStoreError extends Error {
  constructor(
    readonly code: NotesStoreErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options)
    this.name = 'NotesStoreError'
  }
}

/** The notes of one data folder. */
export interface NotesStore {
  readonly notesPath: string
  readonly backupPath: string
  /** A snapshot: read-only or not, and the notices from opening (and from losing the lock). */
  readonly status: NotesStoreStatus
  /** True when memory holds a change no completed write contains (after a failed write). */
  readonly unsavedChanges: boolean
  /** Every note, in the order first added (a replaced note keeps its place). Includes unsaved changes. */
  list(): readonly Note[]
  /** One note by id (including an unsaved change). */
  get(id: string): Note | undefined
  /**
   * Validates, inserts or replaces, and resolves once a write holding it is
   * durable. Rejects with a NotesStoreError: 'invalid-note', 'read-only' or
   * 'closed' change nothing; 'write-failed' keeps the change in memory
   * (`unsavedChanges` is true) and the next put, remove or flush writes it.
   */
  put(note: Note): Promise<void>
  /** Removes a note and resolves with it once the removal is durable; undefined (no write) if absent. */
  remove(id: string): Promise<Note | undefined>
  /** Resolves once everything changed so far is durable; retries after a failed write. */
  flush(): Promise<void>
  /** Refuses further changes, flushes and releases the lock (even if the flush fails, which it rethrows). */
  close(): Promise<void>
}

/** Opens (and if need be recovers) the notes in `dataDir`. Throws only when notes.json exists but cannot be read at all. */
export async function openNotesStore(options: NotesStoreOptions): Promise<NotesStore> {
  const dataDir = path.resolve(options.dataDir)
  await mkdir(dataDir, { recursive: true })
  const notices: StoreNotice[] = []
  let store: FileNotesStore | null = null
  let lock: NotesLock | null = null
  let readOnlyReason: string | null = null
  let lostWhileOpening: string | null = null

  if (options.lock) {
    const attempt = await acquireNotesLock(dataDir, (reason) => {
      if (store) store.lockLost(reason)
      else lostWhileOpening = reason
    })
    if (attempt.kind === 'acquired') {
      lock = attempt.lock
    } else {
      readOnlyReason = attempt.reason
      notices.push({ kind: 'locked', message: attempt.message, path: attempt.lockPath })
    }
  }

  try {
    const state = await loadInitialState(dataDir, readOnlyReason === null, notices)
    store = new FileNotesStore(dataDir, state, readOnlyReason ?? state.readOnlyReason, notices, lock)
    if (lostWhileOpening !== null) store.lockLost(lostWhileOpening)
    if (!store.status.readOnly) {
      await removeStaleTempFiles(dataDir)
      if (state.restoreFromBackup !== null) await store.restoreNotesFile(state.restoreFromBackup)
    }
    return store
  } catch (error) {
    await lock?.release()
    throw error
  }
}

interface Waiter {
  readonly resolve: () => void
  readonly reject: (error: Error) => void
}

class FileNotesStore implements NotesStore {
  readonly notesPath: string
  readonly backupPath: string
  /** Each note with its line in the file, serialised once when first needed. */
  private readonly notes = new Map<string, { readonly note: Note; line: string | null }>()
  /** Bumped by every change; `savedVersion` is the last one a completed write held. */
  private version = 0
  private savedVersion = 0
  /** What notes.json holds, known good (read and parsed, or written and size-checked); null when missing or unknown. */
  private onDisk: { readonly bytes: Buffer; readonly stamp: FileStamp } | null
  /** What notes.backup.json holds, when known (same Buffer object as an earlier `onDisk.bytes`). */
  private inBackup: Buffer | null
  private waiters: Waiter[] = []
  private draining = false
  private closing = false

  constructor(
    private readonly dataDir: string,
    state: InitialState,
    private readOnlyReason: string | null,
    private readonly notices: StoreNotice[],
    private lock: NotesLock | null,
  ) {
    this.notesPath = path.join(dataDir, NOTES_FILE_NAME)
    this.backupPath = path.join(dataDir, NOTES_BACKUP_FILE_NAME)
    this.onDisk = state.onDisk
    this.inBackup = state.inBackup
    for (const note of state.notes) this.notes.set(note.id, { note: deepFreeze(note), line: null })
  }

  get status(): NotesStoreStatus {
    return { readOnly: this.readOnlyReason !== null, notices: [...this.notices] }
  }

  get unsavedChanges(): boolean {
    return this.version !== this.savedVersion
  }

  list(): readonly Note[] {
    return Array.from(this.notes.values(), (entry) => entry.note)
  }

  get(id: string): Note | undefined {
    return this.notes.get(id)?.note
  }

  put(note: Note): Promise<void> {
    const refused = this.refusal()
    if (refused) return Promise.reject(refused)
    const parsed = noteSchema.safeParse(note)
    if (!parsed.success) {
      const [first] = parsed.error.issues
      const more = parsed.error.issues.length > 1 ? ` (and ${parsed.error.issues.length - 1} more problems)` : ''
      const detail = first ? `${formatJsonPath(first.path)}: ${first.message}${more}` : 'it does not match the note format'
      return Promise.reject(new NotesStoreError('invalid-note', `Note not saved: ${detail}`))
    }
    // The parsed copy, frozen: a caller mutating its object later cannot change what is stored.
    this.notes.set(parsed.data.id, { note: deepFreeze(parsed.data), line: null })
    this.version += 1
    return this.requestWrite()
  }

  async remove(id: string): Promise<Note | undefined> {
    const refused = this.refusal()
    if (refused) throw refused
    const existing = this.notes.get(id)
    if (existing === undefined) return undefined
    this.notes.delete(id)
    this.version += 1
    await this.requestWrite()
    return existing.note
  }

  flush(): Promise<void> {
    if (!this.unsavedChanges && !this.draining) return Promise.resolve()
    return this.requestWrite()
  }

  async close(): Promise<void> {
    if (this.closing) return
    this.closing = true
    try {
      await this.flush()
    } finally {
      const lock = this.lock
      this.lock = null
      await lock?.release()
    }
  }

  /** Called when the lock was lost (another process broke it): stop writing at once. */
  lockLost(reason: string): void {
    this.lock = null
    if (this.readOnlyReason !== null) return
    this.readOnlyReason = 'this window lost its lock on the notes folder'
    this.notices.push({
      kind: 'locked',
      path: this.dataDir,
      message: `FOC Reader lost its lock on the notes folder ${this.dataDir} (${reason}), so another window may be using it. Notes are read-only here now; reopen FOC Reader to edit them.`,
    })
  }

  /** After a recovery: puts the backup's bytes back as notes.json, so the next start needs no recovery. */
  async restoreNotesFile(bytes: Buffer): Promise<void> {
    try {
      const stamp = await atomicWrite(this.notesPath, bytes)
      await syncDirectory(this.dataDir)
      this.onDisk = { bytes, stamp }
    } catch {
      // The backup still holds these notes; mark them unsaved so the next write retries.
      this.version += 1
    }
  }

  private refusal(): NotesStoreError | null {
    if (this.closing) return new NotesStoreError('closed', 'Note not saved: the notes store is closed.')
    if (this.readOnlyReason !== null) return new NotesStoreError('read-only', `Note not saved: notes are read-only because ${this.readOnlyReason}.`)
    return null
  }

  private requestWrite(): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.waiters.push({ resolve, reject })
      if (!this.draining) void this.drain()
    })
  }

  /**
   * Writes until no caller waits. Each round snapshots the whole state, so
   * every waiter in the round is covered by that write; callers arriving
   * during a write wait for the next round (coalesced into one write).
   */
  private async drain(): Promise<void> {
    this.draining = true
    try {
      // Lets the rest of a synchronous burst of puts join the first write.
      await Promise.resolve()
      while (this.waiters.length > 0) {
        const round = this.waiters.splice(0)
        if (!this.unsavedChanges) {
          for (const waiter of round) waiter.resolve()
          continue
        }
        const refused = this.readOnlyReason === null ? null : new NotesStoreError('read-only', `Note not saved: notes are read-only because ${this.readOnlyReason}.`)
        if (refused) {
          for (const waiter of round) waiter.reject(refused)
          continue
        }
        const version = this.version
        try {
          // Never write once another process owns the folder: stop, keep the change in memory, turn read-only.
          await this.lock?.assertHeld()
          await this.writeState(Buffer.from(this.fileText(), 'utf8'))
          this.savedVersion = version
          for (const waiter of round) waiter.resolve()
        } catch (error) {
          if (isLockLost(error)) {
            this.lockLost(error.message)
            const refusedNow = new NotesStoreError('read-only', `Note not saved: notes are read-only because ${this.readOnlyReason ?? 'this window lost its lock on the notes folder'}.`)
            for (const waiter of round) waiter.reject(refusedNow)
            continue
          }
          const failure = new NotesStoreError(
            'write-failed',
            `Could not save your notes to ${this.notesPath}: ${errorMessage(error)}. The change is kept in this window and will be saved again with the next change.`,
            { cause: error },
          )
          for (const waiter of round) waiter.reject(failure)
        }
      }
    } finally {
      this.draining = false
    }
  }

  private fileText(): string {
    const lines: string[] = []
    for (const entry of this.notes.values()) {
      entry.line ??= serializeNote(entry.note)
      lines.push(entry.line)
    }
    return notesFileText(lines)
  }

  private async writeState(bytes: Buffer): Promise<void> {
    const current = this.onDisk
    // The backup becomes what notes.json holds now, before it is replaced: a
    // hard link to that very file when it is unchanged since we read or wrote
    // it (no copying), else an atomic write of the bytes we know were there.
    if (current !== null && this.inBackup !== current.bytes) {
      if (!(await linkAsBackup(this.notesPath, this.backupPath, current.stamp))) await atomicWrite(this.backupPath, current.bytes)
      this.inBackup = current.bytes
    }
    const stamp = await atomicWrite(this.notesPath, bytes)
    this.onDisk = { bytes, stamp }
    // One folder fsync makes the backup's and the notes file's renames durable.
    await syncDirectory(this.dataDir)
  }
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const child of Object.values(value)) deepFreeze(child)
  }
  return value
}
