/**
 * What the notes store does on opening a folder: read the snapshot
 * (notes.json), replay the journals after it, and when the snapshot is
 * missing, damaged, partly invalid, from an older version (to migrate) or a
 * newer one, decide what to load and what to tell the user. Damaged files are
 * renamed aside, never overwritten or deleted; invalid notes are set aside in
 * a file of their own; nothing on disk changes unless the store may write.
 */
import { open } from 'node:fs/promises'
import path from 'node:path'
import type { Note } from '../../../shared/notes/note-model'
import { errorMessage, moveAside, readWithStamp } from './durable-files'
import { replayJournals, type OpenJournal } from './journal-replay'
import { parseNotesFile, peekNotesFileGeneration, type NotesFileParseResult } from './notes-file'
import { describeSetAside, writeSetAsideFile } from './set-aside-file'

/** File names inside the data folder. */
export const NOTES_FILE_NAME = 'notes.json'
export const NOTES_BACKUP_FILE_NAME = 'notes.backup.json'
/** Where a version 1 notes.json is kept, unchanged, when it is migrated. */
export const NOTES_V1_BACKUP_FILE_NAME = 'notes.v1-backup.json'

/** What a notice is about; the UI shows `message` as is. */
export type StoreNoticeKind = 'recovered-from-backup' | 'damaged-moved-aside' | 'newer-version' | 'locked' | 'started-empty' | 'salvaged'

/** Something the user should be told about their notes file. */
export interface StoreNotice {
  readonly kind: StoreNoticeKind
  /** A plain sentence for the UI, naming the files involved. */
  readonly message: string
  /** The file the notice is about (the moved-aside file, the backup used, ...). */
  readonly path?: string
}

/** The store's starting point, as decided on opening. */
export interface InitialState {
  readonly notes: readonly Note[]
  /** The generation of the snapshot the state was built on (0: a version 1 file or none). */
  readonly generation: number
  /** The newest journal, to append to; null when there is none yet. */
  readonly journal: OpenJournal | null
  /** Journal files no snapshot or backup needs any more. */
  readonly staleJournals: string[]
  /** Completes "notes are read-only because ..."; null when writable. */
  readonly readOnlyReason: string | null
  /** Write a fresh snapshot at once: journal records were replayed, or the snapshot was migrated, salvaged or restored. */
  readonly compactNow: boolean
  /** The version 1 notes.json to keep as notes.v1-backup.json before it is replaced; null when it is not one. */
  readonly migrateFrom: string | null
}

/** Why a store that found a newer file will not write. */
export const NEWER_VERSION_REASON = 'the notes file was written by a newer version of FOC Reader'

type FileRead = { readonly kind: 'missing' } | { readonly kind: 'read'; readonly bytes: Buffer; readonly result: NotesFileParseResult }
type Good = Extract<NotesFileParseResult, { kind: 'ok' }>

async function readNotesFile(file: string): Promise<FileRead> {
  let read
  try {
    read = await readWithStamp(file)
  } catch (error) {
    // Not "missing": treating an unreadable file as empty would overwrite it on the next save.
    throw new Error(`Could not read the notes file ${file}: ${errorMessage(error)}`, { cause: error })
  }
  if (read === null) return { kind: 'missing' }
  return { kind: 'read', bytes: read.bytes, result: parseNotesFile(read.bytes) }
}

function newerVersionNotice(file: string, result: Extract<NotesFileParseResult, { kind: 'newer-version' }>): StoreNotice {
  const shown =
    result.readableNotes.length === result.noteCount
      ? `All ${result.noteCount} notes are shown`
      : `${result.readableNotes.length} of its ${result.noteCount} notes could be read and are shown`
  return {
    kind: 'newer-version',
    path: file,
    message: `${file} was saved by a newer version of FOC Reader (notes format ${result.schemaVersion}). ${shown}, read-only: this version will not change the file. Update FOC Reader to edit your notes.`,
  }
}

/** The snapshot to build on, before journals: its notes, generation, and how it was found. */
interface Base {
  readonly good: Good | null
  readonly readOnlyReason: string | null
  /** Not the plain snapshot: recovered, salvaged or restored, so a fresh snapshot is due. */
  readonly repaired: boolean
  readonly newer: boolean
}

/**
 * Reads the folder's notes and decides the starting state, appending a
 * notice for anything the user should know. `writable` is false when another
 * process holds the lock: then nothing is moved or written. Throws only when
 * notes.json exists but cannot be read at all (permissions, a folder in its place).
 */
export async function loadInitialState(dataDir: string, writable: boolean, notices: StoreNotice[]): Promise<InitialState> {
  const notesPath = path.join(dataDir, NOTES_FILE_NAME)
  const main = await readNotesFile(notesPath)
  const base = await chooseBase(dataDir, main, writable, notices)
  if (base.newer) {
    return { notes: base.good?.notes ?? [], generation: 0, journal: null, staleJournals: [], readOnlyReason: base.readOnlyReason, compactNow: false, migrateFrom: null }
  }
  let good = base.good
  let readOnlyReason = base.readOnlyReason
  if (good !== null && good.invalid.length > 0) {
    const source = main.kind === 'read' && main.result === good ? notesPath : path.join(dataDir, NOTES_BACKUP_FILE_NAME)
    readOnlyReason ??= await salvage(dataDir, good, source, writable && readOnlyReason === null, notices)
    good = { ...good, invalid: [] }
  }

  const generation = good?.generation ?? 0
  const notes = new Map((good?.notes ?? []).map((note) => [note.id, note]))
  const canWrite = writable && readOnlyReason === null
  // The backup is the snapshot before this one: journals from its generation on are kept so it can be replayed.
  const backupGeneration = base.repaired ? generation : await backupGenerationOf(dataDir, generation)
  const replay = await replayJournals(dataDir, notes, generation, Math.min(generation, backupGeneration), canWrite, notices)
  const migrateFrom = main.kind === 'read' && main.result === base.good && good !== null && good.schemaVersion < 2 ? notesPath : null
  return {
    notes: [...notes.values()],
    generation,
    journal: replay.journal,
    staleJournals: replay.stale,
    readOnlyReason: readOnlyReason ?? replay.readOnlyReason,
    compactNow: base.repaired || replay.applied > 0 || migrateFrom !== null || good !== base.good,
    migrateFrom,
  }
}

/**
 * The generation of notes.backup.json, or `fallback` when it is missing or
 * unreadable. Its header says so in its first bytes: the backup is as large
 * as the notes, and parsing it whole would double the time to open.
 */
async function backupGenerationOf(dataDir: string, fallback: number): Promise<number> {
  const file = path.join(dataDir, NOTES_BACKUP_FILE_NAME)
  const start = await readStart(file, HEADER_BYTES).catch(() => null)
  if (start === null) return fallback
  const peeked = peekNotesFileGeneration(start)
  if (peeked !== null) return peeked
  const backup = await readNotesFile(file).catch(() => null)
  return backup?.kind === 'read' && backup.result.kind === 'ok' ? backup.result.generation : fallback
}

/** Enough of a notes file to hold its header. */
const HEADER_BYTES = 1024

async function readStart(file: string, length: number): Promise<Buffer> {
  const handle = await open(file, 'r')
  try {
    const buffer = Buffer.alloc(length)
    const { bytesRead } = await handle.read(buffer, 0, length, 0)
    return buffer.subarray(0, bytesRead)
  } finally {
    await handle.close()
  }
}

/**
 * Sets the invalid notes aside in a file (when it may write) and adds a
 * notice listing them. Returns a read-only reason when they could not be set
 * aside: writing a fresh snapshot then would drop them.
 */
async function salvage(dataDir: string, good: Good, source: string, writable: boolean, notices: StoreNotice[]): Promise<string | null> {
  const count = good.invalid.length
  const what = `${count} of the ${count + good.notes.length} notes in ${source} ${count === 1 ? 'is' : 'are'} not valid (${describeSetAside(good.invalid)})`
  if (!writable) {
    notices.push({ kind: 'salvaged', path: source, message: `${what}. Every valid note was loaded; the others are not shown. Nothing was changed on disk.` })
    return null
  }
  try {
    const file = await writeSetAsideFile(dataDir, good.invalid, source)
    notices.push({ kind: 'salvaged', path: file, message: `${what}. Every valid note was loaded; the ${count === 1 ? 'invalid one was' : `${count} invalid ones were`} set aside, unchanged, in ${file}. Open it with Import to see them.` })
    return null
  } catch (error) {
    const reason = `the invalid notes in ${source} could not be set aside (${errorMessage(error)})`
    notices.push({ kind: 'salvaged', path: source, message: `${what}. Every valid note was loaded, but notes are read-only because ${reason}.` })
    return reason
  }
}

async function chooseBase(dataDir: string, main: FileRead, writable: boolean, notices: StoreNotice[]): Promise<Base> {
  const notesPath = path.join(dataDir, NOTES_FILE_NAME)
  const backupPath = path.join(dataDir, NOTES_BACKUP_FILE_NAME)
  if (main.kind === 'read' && main.result.kind === 'ok') return { good: main.result, readOnlyReason: null, repaired: false, newer: false }
  if (main.kind === 'read' && main.result.kind === 'newer-version') {
    notices.push(newerVersionNotice(notesPath, main.result))
    return { good: readableAsGood(main.result), readOnlyReason: NEWER_VERSION_REASON, repaired: false, newer: true }
  }

  let why = `${notesPath} was missing`
  let moveFailure: string | null = null
  if (main.kind === 'read' && main.result.kind === 'damaged') {
    why = `${notesPath} could not be read (${main.result.reason})`
    if (writable) {
      try {
        const aside = await moveAside(notesPath, 'notes.damaged')
        notices.push({
          kind: 'damaged-moved-aside',
          path: aside,
          message: `Your notes file ${notesPath} could not be read: ${main.result.reason}. It was moved, unchanged, to ${aside}.`,
        })
        // The moved-aside notice gives the reason; the next one need not repeat it.
        why = `${notesPath} could not be read`
      } catch (error) {
        // Writing would replace the damaged file: stay read-only instead.
        moveFailure = `the damaged notes file ${notesPath} could not be moved aside (${errorMessage(error)})`
      }
    }
  }
  const canWrite = (): boolean => writable && moveFailure === null
  const nothingChanged = (): string => (canWrite() ? '' : moveFailure ? ` Notes are read-only because ${moveFailure}.` : ' Nothing was changed on disk.')

  const backup = await readNotesFile(backupPath)
  if (backup.kind === 'missing') {
    // A fresh folder, or one whose first snapshot is not written yet: its journal holds everything.
    if (main.kind === 'missing') return { good: null, readOnlyReason: null, repaired: false, newer: false }
    notices.push({ kind: 'started-empty', path: backupPath, message: `${why}, and there is no backup (${backupPath}), so your notes list starts empty.${nothingChanged()}` })
    return { good: null, readOnlyReason: moveFailure, repaired: true, newer: false }
  }
  if (backup.result.kind === 'ok') {
    notices.push({
      kind: 'recovered-from-backup',
      path: backupPath,
      message: `${why}, so your notes were restored from the backup ${backupPath}, saved ${backup.result.savedAt}, and the changes recorded in the journal since. A change made just before that may be missing.${nothingChanged()}`,
    })
    return { good: backup.result, readOnlyReason: moveFailure, repaired: true, newer: false }
  }
  if (backup.result.kind === 'newer-version') {
    notices.push(newerVersionNotice(backupPath, backup.result))
    return { good: readableAsGood(backup.result), readOnlyReason: NEWER_VERSION_REASON, repaired: false, newer: true }
  }
  let backupState = `the backup ${backupPath} could not be read either (${backup.result.reason})`
  if (canWrite()) {
    try {
      const aside = await moveAside(backupPath, 'notes.backup.damaged')
      backupState = `the backup could not be read either and was moved, unchanged, to ${aside}`
      notices.push({ kind: 'damaged-moved-aside', path: aside, message: `The notes backup ${backupPath} could not be read: ${backup.result.reason}. It was moved, unchanged, to ${aside}.` })
    } catch (error) {
      moveFailure = `the damaged backup ${backupPath} could not be moved aside (${errorMessage(error)})`
    }
  }
  notices.push({ kind: 'started-empty', path: backupPath, message: `${why}, and ${backupState}, so your notes list starts empty.${nothingChanged()}` })
  return { good: null, readOnlyReason: moveFailure, repaired: true, newer: false }
}

function readableAsGood(result: Extract<NotesFileParseResult, { kind: 'newer-version' }>): Good {
  return { kind: 'ok', notes: result.readableNotes, savedAt: result.savedAt ?? '', schemaVersion: result.schemaVersion, generation: 0, invalid: [] }
}
