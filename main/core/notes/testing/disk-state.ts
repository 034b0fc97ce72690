/**
 * For the notes-store tests: what a data folder holds right now, read
 * synchronously (so a `.then` can look at the disk the moment a promise
 * settles) the way the store reads it on opening: the snapshot, then every
 * journal from its generation on, torn tails ignored.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Note } from '../../../../shared/notes/note-model'
import { journalGeneration, readJournal } from '../journal-file'
import { parseNotesFile } from '../notes-file'

/** The notes a fresh open of `dir` would load, assuming its files are undamaged; `snapshot` picks notes.json or the backup. */
export function notesOnDisk(dir: string, snapshot = 'notes.json'): Note[] {
  let bytes: Buffer | null = null
  try {
    bytes = readFileSync(path.join(dir, snapshot))
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
  const notes = new Map<string, Note>()
  let generation = 0
  if (bytes !== null) {
    const result = parseNotesFile(bytes)
    if (result.kind !== 'ok' || result.invalid.length > 0) throw new Error(`${snapshot} is not a good notes file: ${JSON.stringify(result).slice(0, 300)}`)
    for (const note of result.notes) notes.set(note.id, note)
    generation = result.generation
  }
  const journals = readdirSync(dir)
    .map((name) => journalGeneration(name))
    .filter((found): found is number => found !== null && found >= generation)
    .sort((a, b) => a - b)
  for (const found of journals) {
    const result = readJournal(readFileSync(path.join(dir, `notes.journal.${found}`)))
    if (result.kind !== 'ok') throw new Error(`journal ${found} is not readable: ${JSON.stringify(result)}`)
    for (const change of result.changes) {
      if (change.op === 'put') notes.set(change.note.id, change.note)
      else notes.delete(change.id)
    }
  }
  return [...notes.values()]
}

/** Every file in `dir` with its bytes, to show a call wrote nothing. */
export function folderBytes(dir: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const name of readdirSync(dir).sort()) out[name] = readFileSync(path.join(dir, name)).toString('base64')
  return out
}
