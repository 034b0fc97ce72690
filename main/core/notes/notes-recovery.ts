/**
 * What the notes store does on opening a folder: read notes.json, and when it
 * is missing, damaged or from a newer version, decide what to load and what to
 * tell the user. Damaged files are renamed aside, never overwritten or
 * deleted; nothing on disk changes unless the store may write.
 */
import path from 'node:path'
import type { Note } from '../../../shared/notes/note-model'
import { errorMessage, moveAside, readWithStamp, type FileStamp } from './durable-files'
import { parseNotesFile, type NotesFileParseResult } from './notes-file'

/** File names inside the data folder. */
export const NOTES_FILE_NAME = 'notes.json'
export const NOTES_BACKUP_FILE_NAME = 'notes.backup.json'

/** What a notice is about; the UI shows `message` as is. */
export type StoreNoticeKind = 'recovered-from-backup' | 'damaged-moved-aside' | 'newer-version' | 'locked' | 'started-empty'

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
  /** The bytes notes.json holds, known good, and their stamp; null when it is missing. */
  readonly onDisk: { readonly bytes: Buffer; readonly stamp: FileStamp } | null
  /** The bytes notes.backup.json holds, when known. */
  readonly inBackup: Buffer | null
  /** Completes "notes are read-only because ..."; null when writable. */
  readonly readOnlyReason: string | null
  /** Backup bytes to copy to notes.json at once, after a recovery. */
  readonly restoreFromBackup: Buffer | null
}

/** Why a store that found a newer file will not write. */
export const NEWER_VERSION_REASON = 'the notes file was written by a newer version of FOC Reader'

type FileRead = { readonly kind: 'missing' } | { readonly kind: 'read'; readonly bytes: Buffer; readonly stamp: FileStamp; readonly result: NotesFileParseResult }

async function readNotesFile(file: string): Promise<FileRead> {
  let read
  try {
    read = await readWithStamp(file)
  } catch (error) {
    // Not "missing": treating an unreadable file as empty would overwrite it on the next save.
    throw new Error(`Could not read the notes file ${file}: ${errorMessage(error)}`, { cause: error })
  }
  if (read === null) return { kind: 'missing' }
  return { kind: 'read', ...read, result: parseNotesFile(read.bytes) }
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

/**
 * Reads the folder's notes and decides the starting state, appending a
 * notice for anything the user should know. `writable` is false when another
 * process holds the lock: then nothing is moved. Throws only when notes.json
 * exists but cannot be read at all (permissions, a folder in its place).
 */
export async function loadInitialState(dataDir: string, writable: boolean, notices: StoreNotice[]): Promise<InitialState> {
  const notesPath = path.join(dataDir, NOTES_FILE_NAME)
  const backupPath = path.join(dataDir, NOTES_BACKUP_FILE_NAME)
  const empty = (readOnlyReason: string | null = null): InitialState => ({ notes: [], onDisk: null, inBackup: null, readOnlyReason, restoreFromBackup: null })

  const main = await readNotesFile(notesPath)
  if (main.kind === 'read' && main.result.kind === 'ok') {
    return { notes: main.result.notes, onDisk: { bytes: main.bytes, stamp: main.stamp }, inBackup: null, readOnlyReason: null, restoreFromBackup: null }
  }
  if (main.kind === 'read' && main.result.kind === 'newer-version') {
    notices.push(newerVersionNotice(notesPath, main.result))
    return { ...empty(NEWER_VERSION_REASON), notes: main.result.readableNotes }
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
    if (main.kind === 'missing') return empty()
    notices.push({ kind: 'started-empty', path: backupPath, message: `${why}, and there is no backup (${backupPath}), so your notes list starts empty.${nothingChanged()}` })
    return empty(moveFailure)
  }
  if (backup.result.kind === 'ok') {
    notices.push({
      kind: 'recovered-from-backup',
      path: backupPath,
      message: `${why}, so your notes were restored from the backup ${backupPath}, saved ${backup.result.savedAt}. A change made just before that may be missing.${nothingChanged()}`,
    })
    return { notes: backup.result.notes, onDisk: null, inBackup: backup.bytes, readOnlyReason: moveFailure, restoreFromBackup: canWrite() ? backup.bytes : null }
  }
  if (backup.result.kind === 'newer-version') {
    notices.push(newerVersionNotice(backupPath, backup.result))
    return { ...empty(NEWER_VERSION_REASON), notes: backup.result.readableNotes }
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
  return empty(moveFailure)
}
