/**
 * On opening: finds the journals a snapshot needs (its generation and every
 * later one), replays their changes in order onto the snapshot's notes, and
 * says where the next change goes. A torn tail (a record a crash cut off) is
 * ignored quietly; it is cut away when the store opens the journal to append.
 * Bad bytes followed by good records are damage, not a tear: the journal is
 * copied aside first and the user is told.
 */
import { copyFile, readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Note } from '../../../shared/notes/note-model'
import { errorMessage, freePath, syncDirectory } from './durable-files'
import { journalGeneration, readJournal } from './journal-file'
import type { StoreNotice } from './notes-recovery'

/** The journal the store appends to next. */
export interface OpenJournal {
  readonly generation: number
  readonly file: string
  /** Bytes of good records (and header); anything past this is cut away before the next append. */
  readonly validLength: number
  readonly records: number
}

/** What replaying found. */
export interface ReplayResult {
  /** The newest journal, if any exists at or past the base generation. */
  readonly journal: OpenJournal | null
  /** Records applied, over all journals. */
  readonly applied: number
  /** Journal files older than any snapshot or backup needs. */
  readonly stale: string[]
  /** Completes "notes are read-only because …" (a journal from a newer version); null when writable. */
  readonly readOnlyReason: string | null
}

/** The journal generations present in `dir`, ascending. */
export async function listJournals(dir: string): Promise<number[]> {
  const generations: number[] = []
  for (const name of await readdir(dir)) {
    const generation = journalGeneration(name)
    if (generation !== null) generations.push(generation)
  }
  return generations.sort((a, b) => a - b)
}

/**
 * Applies every journal of generation `base` or later to `notes` (in place).
 * `keepFrom` is the oldest generation a backup may still need; older ones are
 * reported stale. Copies a damaged journal aside only when `writable`.
 */
export async function replayJournals(
  dir: string,
  notes: Map<string, Note>,
  base: number,
  keepFrom: number,
  writable: boolean,
  notices: StoreNotice[],
): Promise<ReplayResult> {
  const generations = await listJournals(dir)
  let journal: OpenJournal | null = null
  let applied = 0
  let readOnlyReason: string | null = null
  for (const generation of generations) {
    if (generation < base) continue
    const file = path.join(dir, `notes.journal.${generation}`)
    const bytes = await readFile(file)
    const result = readJournal(bytes)
    if (result.kind === 'newer-version') {
      readOnlyReason = 'the notes journal was written by a newer version of FOC Reader'
      notices.push({
        kind: 'newer-version',
        path: file,
        message: `${file} was written by a newer version of FOC Reader (journal format ${result.schemaVersion}). Notes are read-only: this version will not change them. Update FOC Reader to edit your notes.`,
      })
      break
    }
    if (result.kind === 'damaged') {
      // A crash while creating the journal leaves a bad header and nothing after it: it never held an acknowledged
      // change. Bytes after the header line are records behind damage; the writer starts this file afresh, so keep them.
      const headerEnd = bytes.indexOf(0x0a)
      if (headerEnd !== -1 && headerEnd + 1 < bytes.length) {
        readOnlyReason ??= await reportDamage(file, bytes, result.reason, writable, notices, 'None of its changes could be loaded.')
      }
      journal = { generation, file, validLength: 0, records: 0 }
      continue
    }
    for (const change of result.changes) {
      if (change.op === 'put') notes.set(change.note.id, change.note)
      else notes.delete(change.id)
    }
    applied += result.records
    if (result.tail?.goodRecordsAfter) readOnlyReason ??= await reportDamage(file, bytes, result.tail.reason, writable, notices)
    journal = { generation, file, validLength: result.validLength, records: result.records }
  }
  const stale = generations.filter((generation) => generation < keepFrom).map((generation) => path.join(dir, `notes.journal.${generation}`))
  return { journal, applied, stale, readOnlyReason }
}

/** Copies a damaged journal aside (when writable) and tells the user; returns a read-only reason when the copy failed. */
async function reportDamage(
  file: string,
  bytes: Buffer,
  reason: string,
  writable: boolean,
  notices: StoreNotice[],
  loaded = 'The changes before that point were loaded; changes after it may be missing.',
): Promise<string | null> {
  const damaged = `The notes journal ${file} is damaged: ${reason}. ${loaded}`
  if (!writable) {
    notices.push({ kind: 'damaged-moved-aside', path: file, message: `${damaged} Nothing was changed on disk.` })
    return null
  }
  try {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-')
    const copy = await freePath(path.dirname(file), (attempt) => `notes.journal-damaged-${stamp}${attempt === 0 ? '' : `-${attempt}`}.log`)
    await copyFile(file, copy)
    await syncDirectory(path.dirname(file))
    notices.push({ kind: 'damaged-moved-aside', path: copy, message: `${damaged} A copy of the whole journal (${bytes.length} bytes) was kept as ${copy}.` })
    return null
  } catch (error) {
    // The next save would cut the records after the damage away, and no copy holds them: stay read-only instead.
    notices.push({ kind: 'damaged-moved-aside', path: file, message: `${damaged} It could not be copied aside (${errorMessage(error)}). Notes are read-only so that it stays as it is.` })
    return `the damaged notes journal ${file} could not be copied aside (${errorMessage(error)})`
  }
}
