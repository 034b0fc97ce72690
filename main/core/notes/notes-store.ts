/**
 * The notes store: the user's notes in a data folder, as a snapshot
 * (`notes.json`) and an append-only journal of the changes since
 * (`notes.journal.<n>`), so a save costs the same with 10 notes or 10,000.
 *
 * Losing a note is the worst bug this product can have, so:
 * - a put or remove resolves only once its journal record is fsynced; its
 *   length and checksum let the next start tell a complete record from one a
 *   crash cut off (a torn tail, ignored and cut away);
 * - a change is applied in memory only once it is on disk: a failed write
 *   (full disk, I/O error, no permission) leaves memory and disk as they were
 *   and rejects with an error naming the cause;
 * - compaction writes a fresh snapshot in the background once the journal is
 *   long (and at start after a session): appends move to a new journal at
 *   once, the snapshot is written to a temp file, verified, and renamed over
 *   notes.json, and the old snapshot becomes `notes.backup.json`; the journals
 *   the backup needs are kept, so recovering from it loses nothing;
 * - a damaged file is renamed aside (never overwritten or deleted), invalid
 *   notes are set aside in a file of their own, and a file from a newer
 *   version is never written; a version 1 notes.json is kept as
 *   notes.v1-backup.json when it is migrated;
 * - with `lock: true` a lock file keeps a second process from writing,
 *   and every write first checks the lock is still ours.
 */
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { noteSchema, type Note } from '../../../shared/notes/note-model'
import { freePath, removeStaleTempFiles } from './durable-files'
import { changeJson, encodeRecord, journalGeneration } from './journal-file'
import { JournalWriter } from './journal-writer'
import { notesFileBytes, serializeNote, formatJsonPath } from './notes-file'
import { acquireNotesLock, isLockLost, type NotesLock } from './notes-lock'
import { loadInitialState, NOTES_BACKUP_FILE_NAME, NOTES_FILE_NAME, NOTES_V1_BACKUP_FILE_NAME, type InitialState, type StoreNotice } from './notes-recovery'
import { replaceByCopy, writeSnapshot } from './snapshot-writer'
import { writeFailureKind, writeFailureMessage, type WriteFailureKind } from './store-failure'
import { nodeStoreFs, type StoreFs } from './store-fs'

export { NOTES_BACKUP_FILE_NAME, NOTES_FILE_NAME, type StoreNotice, type StoreNoticeKind } from './notes-recovery'

/** Whether the store can write, and what happened when it opened. */
export interface NotesStoreStatus {
  readonly readOnly: boolean
  readonly notices: StoreNotice[]
}

/** When the journal is long enough to compact into a fresh snapshot. */
export interface CompactionLimits {
  readonly records: number
  readonly bytes: number
}

/** Compacts after 1,000 changes or 4 MB of journal, whichever comes first. */
export const DEFAULT_COMPACTION_LIMITS: CompactionLimits = { records: 1_000, bytes: 4 * 1024 * 1024 }

/** How to open a store. */
export interface NotesStoreOptions {
  /** The data folder; created when missing. */
  readonly dataDir: string
  /** Take the inter-process lock (browser mode); Electron relies on its single-instance lock. */
  readonly lock: boolean
  /** The file system writes go through; tests pass one that fails on cue. */
  readonly fs?: StoreFs
  readonly compaction?: CompactionLimits
}

/** Why a store call was refused. */
export type NotesStoreErrorCode = 'invalid-note' | 'read-only' | 'closed' | 'write-failed'

/** A refused or failed store call; `message` is a sentence fit for the UI. */
export class NotesStoreError extends Error {
  /** For 'write-failed': the cause in the user's terms. */
  readonly failure: WriteFailureKind | null

  constructor(
    readonly code: NotesStoreErrorCode,
    message: string,
    options?: { cause?: unknown; failure?: WriteFailureKind },
  ) {
    super(message, options)
    this.name = 'NotesStoreError'
    this.failure = options?.failure ?? null
  }
}

/** The notes of one data folder. */
export interface NotesStore {
  readonly notesPath: string
  readonly backupPath: string
  /** A snapshot: read-only or not, and the notices from opening (and from losing the lock). */
  readonly status: NotesStoreStatus
  /** True when memory holds changes no write contains: made just as the lock was lost, kept for "Save a copy". */
  readonly unsavedChanges: boolean
  /** Every note, in the order first added (a replaced note keeps its place). */
  list(): readonly Note[]
  /** One note by id. */
  get(id: string): Note | undefined
  /**
   * Validates, and inserts or replaces once the change is durable. Rejects
   * with a NotesStoreError: 'invalid-note', 'read-only', 'closed' and
   * 'write-failed' (with its `failure`) leave the notes as they were.
   */
  put(note: Note): Promise<void>
  /** Removes a note and resolves with it once the removal is durable; undefined (no write) if absent. */
  remove(id: string): Promise<Note | undefined>
  /** Resolves once every change asked for so far has been written (or has failed). */
  flush(): Promise<void>
  /** Refuses further changes, waits for pending writes and compaction, and releases the lock. */
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
    store = new FileNotesStore(dataDir, state, readOnlyReason ?? state.readOnlyReason, notices, lock, options.fs ?? nodeStoreFs, options.compaction ?? DEFAULT_COMPACTION_LIMITS)
    if (lostWhileOpening !== null) store.lockLost(lostWhileOpening)
    if (!store.status.readOnly) await store.start(state)
    return store
  } catch (error) {
    await lock?.release()
    throw error
  }
}

/** A change waiting to be written. */
interface PendingChange {
  readonly id: string
  /** The new note, or null for a removal. */
  readonly note: Note | null
  readonly resolve: () => void
  readonly reject: (error: Error) => void
}

interface Entry {
  readonly note: Note
  /** The note's JSON, serialised once when first needed. */
  line: string | null
}

class FileNotesStore implements NotesStore {
  readonly notesPath: string
  readonly backupPath: string
  private readonly notes = new Map<string, Entry>()
  private readonly journal: JournalWriter
  private queue: PendingChange[] = []
  /** The round being written now: not yet in `notes`, no longer in `queue`. */
  private writing: readonly PendingChange[] = []
  private idleWaiters: Array<() => void> = []
  private draining = false
  private closing = false
  private unsaved = false
  /** Set when a fresh snapshot is due; the drain loop starts it between appends. */
  private compactionWanted = false
  private compaction: Promise<void> | null = null
  /** The generation of the snapshot on disk, and the journals older than any snapshot or backup needs. */
  private snapshotGeneration: number
  private staleJournals: string[]
  /** A version 1 notes.json not yet kept as notes.v1-backup.json must not be replaced. */
  private migrationBlocked = false

  constructor(
    private readonly dataDir: string,
    state: InitialState,
    private readOnlyReason: string | null,
    private readonly notices: StoreNotice[],
    private lock: NotesLock | null,
    private readonly fs: StoreFs,
    private readonly limits: CompactionLimits,
  ) {
    this.notesPath = path.join(dataDir, NOTES_FILE_NAME)
    this.backupPath = path.join(dataDir, NOTES_BACKUP_FILE_NAME)
    this.snapshotGeneration = state.generation
    this.staleJournals = state.staleJournals
    this.journal = JournalWriter.resume(fs, dataDir, state.journal, Math.max(state.generation, 1))
    // Shallow: deep-freezing 10,000 loaded notes cost ~20 ms of every start; the types keep callers from reaching inside.
    for (const note of state.notes) this.notes.set(note.id, { note: Object.freeze(note), line: null })
  }

  get status(): NotesStoreStatus {
    return { readOnly: this.readOnlyReason !== null, notices: [...this.notices] }
  }

  get unsavedChanges(): boolean {
    return this.unsaved
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
    return this.enqueue(parsed.data.id, deepFreeze(parsed.data))
  }

  async remove(id: string): Promise<Note | undefined> {
    const refused = this.refusal()
    if (refused) throw refused
    const existing = this.latest(id)
    if (existing === undefined) return undefined
    await this.enqueue(id, null)
    return existing
  }

  async flush(): Promise<void> {
    if (this.draining || this.queue.length > 0) await new Promise<void>((resolve) => this.idleWaiters.push(resolve))
  }

  async close(): Promise<void> {
    if (this.closing) return
    this.closing = true
    try {
      await this.flush()
      await this.compaction
    } finally {
      // Cutting a failed record from the journal is a write: only while the folder is still ours.
      const mayWrite = this.readOnlyReason === null && (await this.assertLockHeld().then(() => true, () => false))
      await this.journal.close(mayWrite).catch(() => {})
      const lock = this.lock
      this.lock = null
      await lock?.release()
    }
  }

  /** Called when the lock was lost (another process took it): stop writing at once. */
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

  /** After opening writable: keeps a version 1 file before it is migrated, tidies up, and compacts if due. */
  async start(state: InitialState): Promise<void> {
    await removeStaleTempFiles(this.dataDir)
    if (state.migrateFrom !== null) {
      try {
        const target = await freePath(this.dataDir, (attempt) => (attempt === 0 ? NOTES_V1_BACKUP_FILE_NAME : `notes.v1-backup-${attempt}.json`))
        await replaceByCopy(this.fs, state.migrateFrom, target, () => this.assertLockHeld())
      } catch (error) {
        // Not fatal: the journal works on top of a version 1 snapshot; migration waits for the next start.
        this.migrationBlocked = true
        console.error(`[notes] could not keep ${state.migrateFrom} before migrating it:`, error)
      }
    }
    // Journals older than both the snapshot and the backup: nothing can need them.
    for (const file of this.staleJournals.splice(0)) await this.fs.remove(file).catch(() => {})
    if (state.compactNow) this.requestCompaction()
  }

  private refusal(): NotesStoreError | null {
    if (this.closing) return new NotesStoreError('closed', 'Note not saved: the notes store is closed.')
    if (this.readOnlyReason !== null) return new NotesStoreError('read-only', `Note not saved: notes are read-only because ${this.readOnlyReason}.`)
    return null
  }

  /** The note `id` will be once the changes queued and being written are written. */
  private latest(id: string): Note | undefined {
    for (const changes of [this.queue, this.writing]) {
      for (let index = changes.length - 1; index >= 0; index -= 1) {
        const change = changes[index]
        if (change?.id === id) return change.note ?? undefined
      }
    }
    return this.get(id)
  }

  private enqueue(id: string, note: Note | null): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ id, note, resolve, reject })
      if (!this.draining) void this.drain()
    })
  }

  private requestCompaction(): void {
    if (this.migrationBlocked || this.readOnlyReason !== null) return
    this.compactionWanted = true
    if (!this.draining) void this.drain()
  }

  /**
   * Writes queued changes until none is left: each round appends every
   * change queued so far as one record with one fsync (callers arriving during
   * a write join the next round). Between rounds it starts a compaction when
   * one is due, so no change is appended while the journal is switched.
   */
  private async drain(): Promise<void> {
    this.draining = true
    try {
      // Lets the rest of a synchronous burst of puts join the first write.
      await Promise.resolve()
      while (this.queue.length > 0 || (this.compactionWanted && this.compaction === null && this.readOnlyReason === null)) {
        if (this.queue.length > 0) {
          this.writing = this.queue.splice(0)
          try {
            await this.writeRound(this.writing)
          } finally {
            this.writing = []
          }
        }
        const size = this.journal.size
        if (size.records >= this.limits.records || size.bytes >= this.limits.bytes) this.compactionWanted = true
        if (this.compactionWanted && this.compaction === null && !this.migrationBlocked && this.readOnlyReason === null) await this.startCompaction()
        else this.compactionWanted = this.compactionWanted && this.compaction !== null
      }
    } finally {
      this.draining = false
      for (const resolve of this.idleWaiters.splice(0)) resolve()
    }
  }

  private async writeRound(round: readonly PendingChange[]): Promise<void> {
    const refused = this.readOnlyReason === null ? null : new NotesStoreError('read-only', `Note not saved: notes are read-only because ${this.readOnlyReason}.`)
    if (refused) {
      for (const change of round) change.reject(refused)
      return
    }
    const entries = round.map((change) => (change.note === null ? null : { note: change.note, line: serializeNote(change.note) }))
    const record = encodeRecord(
      round.map((change, index) => {
        const entry = entries[index]
        return entry ? changeJson({ op: 'put', note: entry.note }, entry.line ?? undefined) : changeJson({ op: 'remove', id: change.id })
      }),
    )
    try {
      await this.assertLockHeld()
      await this.journal.append(record)
    } catch (error) {
      if (isLockLost(error)) {
        // Never written, and never to be written here: kept in memory so the user can save a copy.
        this.apply(round, entries)
        this.unsaved = true
        this.lockLost(error instanceof Error ? error.message : String(error))
        const lost = new NotesStoreError('read-only', `Note not saved: this window lost its lock on the notes folder ${this.dataDir}. The change is kept in this window only.`, { cause: error })
        for (const change of round) change.reject(lost)
        return
      }
      const failure = writeFailureKind(error)
      const failed = new NotesStoreError('write-failed', writeFailureMessage(failure, this.dataDir, error), { cause: error, failure })
      for (const change of round) change.reject(failed)
      return
    }
    this.apply(round, entries)
    for (const change of round) change.resolve()
  }

  private apply(round: readonly PendingChange[], entries: ReadonlyArray<Entry | null>): void {
    for (const [index, change] of round.entries()) {
      const entry = entries[index]
      if (entry) this.notes.set(change.id, entry)
      else this.notes.delete(change.id)
    }
  }

  /**
   * Switches appends to a new journal (here, between rounds, so the notes
   * captured now are exactly the old snapshot plus every journal before the
   * new one), then writes the snapshot in the background.
   */
  private async startCompaction(): Promise<void> {
    this.compactionWanted = false
    const generation = this.journal.generation + 1
    try {
      await this.assertLockHeld()
      await this.journal.rotate(generation)
    } catch (error) {
      this.compactionFailed(error)
      return
    }
    const captured = Array.from(this.notes.values())
    this.compaction = this.writeCompacted(captured, generation)
      .catch((error: unknown) => this.compactionFailed(error))
      .finally(() => {
        this.compaction = null
      })
  }

  private async writeCompacted(captured: readonly Entry[], generation: number): Promise<void> {
    const lines: string[] = []
    for (const [index, entry] of captured.entries()) {
      entry.line ??= serializeNote(entry.note)
      lines.push(entry.line)
      // Serialising thousands of notes at once would hold up every other call: let them in now and then.
      if (index % 500 === 499) await new Promise((resolve) => setImmediate(resolve))
    }
    const previous = this.snapshotGeneration
    await writeSnapshot({ fs: this.fs, dir: this.dataDir, bytes: notesFileBytes(lines, generation), generation, noteCount: lines.length, beforeWrite: () => this.assertLockHeld() })
    this.snapshotGeneration = generation
    // The backup is now the snapshot of `previous`: only journals before it are no longer needed.
    const stale = [...this.staleJournals, ...(await this.journalsBefore(previous))]
    this.staleJournals = []
    for (const file of stale) await this.fs.remove(file).catch(() => {})
  }

  private async journalsBefore(generation: number): Promise<string[]> {
    const names = await this.fs.list(this.dataDir)
    return names.filter((name) => (journalGeneration(name) ?? generation) < generation).map((name) => path.join(this.dataDir, name))
  }

  private compactionFailed(error: unknown): void {
    if (isLockLost(error)) {
      this.lockLost(error instanceof Error ? error.message : String(error))
      return
    }
    // Nothing is lost: the journals still hold every change. The next long journal tries again.
    console.error('[notes] compaction failed; the journal keeps every change:', error)
  }

  private async assertLockHeld(): Promise<void> {
    await this.lock?.assertHeld()
  }
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const child of Object.values(value)) deepFreeze(child)
  }
  return value
}
