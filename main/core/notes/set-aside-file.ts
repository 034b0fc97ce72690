/**
 * Salvage: notes that cannot be loaded (an invalid field, a repeated id) are
 * written, as found and each with its reason, to a file of their own beside
 * the notes, so the valid notes load and nothing is thrown away. The file is
 * a notes file (format "foc-reader-notes"), so Import can open it: its notes
 * are listed as rejected with their reasons, or taken once fixed by hand.
 */
import { writeFile } from 'node:fs/promises'
import { freePath, syncDirectory } from './durable-files'
import { NOTES_FILE_FORMAT, NOTES_SCHEMA_VERSION, type InvalidNote } from './notes-file'

/** Writes the set-aside notes to `notes.set-aside-<time>.json` in `dir` (never over another file) and returns its path. */
export async function writeSetAsideFile(dir: string, invalid: readonly InvalidNote[], source: string, now: Date = new Date()): Promise<string> {
  const stamp = now.toISOString().replace(/[:.]/g, '-')
  const file = await freePath(dir, (attempt) => `notes.set-aside-${stamp}${attempt === 0 ? '' : `-${attempt}`}.json`)
  const document = {
    format: NOTES_FILE_FORMAT,
    schemaVersion: NOTES_SCHEMA_VERSION,
    savedAt: now.toISOString(),
    setAsideFrom: source,
    reasons: invalid.map((entry) => entry.reason),
    notes: invalid.map((entry) => entry.raw),
  }
  await writeFile(file, `${JSON.stringify(document, null, 2)}\n`, { flag: 'wx', flush: true })
  await syncDirectory(dir)
  return file
}

/** The notice's list of reasons: the first few in full, then how many more. */
export function describeSetAside(invalid: readonly InvalidNote[], shown = 5): string {
  const listed = invalid.slice(0, shown).map((entry) => entry.reason)
  const more = invalid.length > shown ? `; and ${invalid.length - shown} more` : ''
  return `${listed.join('; ')}${more}`
}
