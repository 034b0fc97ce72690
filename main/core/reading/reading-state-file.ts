/**
 * reading-state.json in the data folder: the reading settings, each
 * document's place and the document open last. Validated on read; a damaged
 * file is moved aside (never overwritten) and the defaults used; a file from
 * a newer version is left alone and the app keeps its state in memory.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { z } from 'zod'
import { EMPTY_READING_STATE, readingPositionSchema, settingsFrom, type ReadingState } from '../../../shared/reading-state'
import { atomicWrite, errorCode, moveAside } from '../notes/durable-files'

/** The file's name in the data folder. */
export const READING_STATE_FILE = 'reading-state.json'

/** The version this build writes; a file with a higher one is read-only to it. */
export const READING_STATE_SCHEMA_VERSION = 1

const FORMAT = 'foc-reader-reading-state'

const fileSchema = z.object({
  format: z.literal(FORMAT),
  schemaVersion: z.literal(READING_STATE_SCHEMA_VERSION),
  lastDocumentId: z.string().min(1).max(200).nullable(),
  positions: z.record(z.string().min(1).max(200), readingPositionSchema),
  // Field by field: a value this build does not know becomes its default, the others are kept.
  settings: z.unknown().transform(settingsFrom),
})

const versionSchema = z.object({ format: z.literal(FORMAT), schemaVersion: z.number().int() })

/** What opening the file found. */
export interface ReadingStateLoad {
  readonly state: ReadingState
  /** True when the file is from a newer version: it must not be overwritten. */
  readonly readOnly: boolean
  /** What went wrong, for the log; null when the file was fine or absent. */
  readonly notice: string | null
}

/** Reads the reading state from `dataDir`; never throws for a bad file. */
export async function loadReadingState(dataDir: string, now: Date = new Date()): Promise<ReadingStateLoad> {
  const file = path.join(dataDir, READING_STATE_FILE)
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { state: EMPTY_READING_STATE, readOnly: false, notice: null }
    return { state: EMPTY_READING_STATE, readOnly: true, notice: `${file} could not be read (${String(error)}); reading state is kept for this run only.` }
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    json = undefined
  }
  const version = versionSchema.safeParse(json)
  if (version.success && version.data.schemaVersion > READING_STATE_SCHEMA_VERSION) {
    return {
      state: EMPTY_READING_STATE,
      readOnly: true,
      notice: `${file} was written by a newer version (schema ${version.data.schemaVersion}); it is left as it is and this run's reading state is not saved.`,
    }
  }
  const parsed = fileSchema.safeParse(json)
  if (parsed.success) {
    const { lastDocumentId, positions, settings } = parsed.data
    return { state: { lastDocumentId, positions, settings }, readOnly: false, notice: null }
  }
  const aside = await moveAside(file, 'reading-state.damaged', now).catch(() => null)
  return {
    state: EMPTY_READING_STATE,
    readOnly: aside === null,
    notice: aside ? `${file} was damaged; it was moved to ${aside} and the defaults are used.` : `${file} is damaged and could not be moved aside; the defaults are used for this run.`,
  }
}

/** Replaces the file with `state`, atomically. */
export async function saveReadingState(dataDir: string, state: ReadingState): Promise<void> {
  const document = { format: FORMAT, schemaVersion: READING_STATE_SCHEMA_VERSION, ...state }
  await atomicWrite(path.join(dataDir, READING_STATE_FILE), Buffer.from(`${JSON.stringify(document, null, 2)}\n`, 'utf8'))
}
