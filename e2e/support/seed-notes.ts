/**
 * Notes made through the API on passages of the bundled statement, as the
 * reader's own calls would make them: for specs that need notes to export.
 */
import { expect } from '@playwright/test'
import { apiCall } from './http'
import type { ReaderServer } from './reader-server'
import { STATEMENT_ID } from './seed'

/** A note on a passage of the statement (or of another bundled document). */
export interface SeedNote {
  /** The statement unless given. */
  readonly documentId?: string
  readonly quote: string
  readonly text: string
  readonly tags: string[]
  readonly category: 'key-point' | 'concern' | 'follow-up' | 'question' | 'reference'
}

/** Creates each note on the first place its quote appears in its document. */
export async function seedStatementNotes(server: ReaderServer, notes: readonly SeedNote[]): Promise<void> {
  const texts = new Map<string, string>()
  for (const note of notes) {
    const documentId = note.documentId ?? STATEMENT_ID
    let text = texts.get(documentId)
    if (text === undefined) {
      const got = JSON.parse((await apiCall(server.port, 'document.get', { id: documentId }, server.token)).body) as { value: { document: { plainText: string } } }
      text = got.value.document.plainText
      texts.set(documentId, text)
    }
    const at = text.indexOf(note.quote)
    expect(at, `"${note.quote}" is in ${documentId}`).toBeGreaterThanOrEqual(0)
    const start = [...text.slice(0, at)].length
    const range = { start, end: start + [...note.quote].length }
    const response = await apiCall(server.port, 'notes.create', { documentId, range, motivation: 'commenting', text: note.text, tags: note.tags, category: note.category }, server.token)
    expect(response.status).toBe(200)
  }
}
