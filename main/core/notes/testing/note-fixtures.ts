/**
 * Notes and folders for the notes-store tests, the crash worker and the
 * benchmark: valid notes with predictable ids, and throwaway data folders.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { ANNOTATION_CONTEXT, documentUrn, versionUrn, type Note } from '../../../../shared/notes/note-model'

/** A urn:uuid whose last group is `index`, so a test can tell notes apart at a glance. */
export function noteId(index: number): string {
  return `urn:uuid:00000000-0000-4000-8000-${index.toString(16).padStart(12, '0')}`
}

/** A valid passage note; `text` defaults to "Note <index>". */
export function makeNote(index: number, text = `Note ${index}`, overrides: Partial<Note> = {}): Note {
  const timestamp = new Date(Date.UTC(2024, 0, 1, 0, 0, index % 60)).toISOString()
  return {
    '@context': ANNOTATION_CONTEXT,
    id: noteId(index),
    type: 'Annotation',
    motivation: 'commenting',
    created: timestamp,
    modified: timestamp,
    body: [
      { type: 'TextualBody', purpose: 'describing', value: text, format: 'text/markdown' },
      { type: 'TextualBody', purpose: 'tagging', value: 'itu' },
      { type: 'TextualBody', purpose: 'classifying', value: 'key-point' },
    ],
    target: {
      source: documentUrn('foc-joint-statement-2018'),
      state: versionUrn('2018-10-29'),
      selector: [
        { type: 'TextQuoteSelector', exact: 'the right to freedom of expression', prefix: 'Everyone has ', suffix: ' online and offline' },
        { type: 'TextPositionSelector', start: 100 + index, end: 134 + index },
      ],
    },
    ...overrides,
  }
}

/** The describing body's text of a note. */
export function noteText(note: Note | undefined): string | undefined {
  return note?.body.find((body) => body.purpose === 'describing')?.value
}

/** A fresh temporary folder; call `cleanup` when done. */
export async function makeTempDir(prefix = 'foc-notes-'): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix))
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) }
}
