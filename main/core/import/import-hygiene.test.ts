/** What an import does with control characters and with times in the future. */
import { describe, expect, it } from 'vitest'
import { noteBodies, noteContent, type Note } from '../../../shared/notes/note-model'
import { exportTestLibrary, exportTestNotes } from '../export/testing/export-fixtures'
import { createMemoryNotesStore } from '../notes/testing/memory-notes-store'
import { normaliseImportedNote } from './normalise-imported-note'
import { parseImport } from './parse-import'
import { appExportText, foreignAnnotation, importInto } from './testing/import-fixtures'

const library = exportTestLibrary()
const notes = exportTestNotes(library)
const now = new Date('2026-03-02T12:00:00.000Z')
const nextYear = '2027-01-01T00:00:00.000Z'

const withContent = (note: Note, text: string, tags: string[]): Note => ({ ...note, body: noteBodies({ text, tags, category: null }) })

describe('normaliseImportedNote', () => {
  it('returns a clean note from the present unchanged and unflagged', () => {
    const note = notes[0] as Note
    const normalised = normaliseImportedNote(note, now)
    expect(normalised.note).toBe(note)
    expect(normalised).not.toHaveProperty('futureTime')
  })

  it('clamps a modified time in the future to now and reports it', () => {
    const normalised = normaliseImportedNote({ ...(notes[0] as Note), modified: nextYear }, now)
    expect(normalised.note.modified).toBe(now.toISOString())
    expect(normalised.note.created).toBe(notes[0]?.created)
    expect(normalised.futureTime).toBe(nextYear)
  })

  it('clamps a created time in the future too, never leaving modified before created', () => {
    const normalised = normaliseImportedNote({ ...(notes[0] as Note), created: nextYear, modified: '2020-01-01T00:00:00.000Z' }, now)
    expect(normalised.note).toMatchObject({ created: now.toISOString(), modified: now.toISOString() })
    expect(normalised.futureTime).toBe(nextYear)
  })

  it('strips control characters from the text and tags, dropping tags left empty', () => {
    const dirty = withContent(notes[0] as Note, 'a\u0007b\r\nc\u009b[31m', ['ok\u0000', '\u001b', 'OK', 'x\u0085y'])
    expect(noteContent(normaliseImportedNote(dirty, now).note)).toEqual({ text: 'ab\nc[31m', tags: ['ok', 'xy'], category: null })
  })
})

describe('importing notes with control characters and future times', () => {
  it('cleans this app’s own export as it reads it', () => {
    const dirty = withContent(notes[0] as Note, 'text\u0000 with\u001b[2J escapes', ['tag\u0007'])
    const parsed = parseImport(appExportText([dirty]), library, now)
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    const [item] = parsed.items
    expect(item?.kind === 'note' && noteContent(item.note)).toEqual({ text: 'text with[2J escapes', tags: ['tag'], category: null })
  })

  it('cleans another tool’s annotation and its label', () => {
    const raw = foreignAnnotation({ bodyValue: 'hello\u0001 there', body: undefined, id: 'x\u0000y' })
    const parsed = parseImport(JSON.stringify(raw), library, now)
    expect(parsed.ok && parsed.items[0]?.kind === 'note' && noteContent(parsed.items[0].note).text).toBe('hello there')
  })

  it('flags a note dated in the future in the preview, and imports it as modified now', async () => {
    const future = { ...(notes[0] as Note), modified: nextYear }
    const store = createMemoryNotesStore([])
    const service = importInto(library, store, () => now)
    const preview = service.previewImport(appExportText([future, notes[1] as Note]))
    expect(preview.ok).toBe(true)
    if (!preview.ok) return
    expect(preview.summary.new.map((entry) => entry.futureTime)).toEqual([nextYear, undefined])
    const outcome = await service.confirmImport(appExportText([future]))
    expect(outcome.ok).toBe(true)
    expect(store.get(future.id)?.modified).toBe(now.toISOString())
  })

  it('does not let a future date win over a newer edit of the user’s, and changes nothing on a second import', async () => {
    const future = { ...(notes[0] as Note), modified: nextYear }
    const store = createMemoryNotesStore([])
    let clock = now
    const service = importInto(library, store, () => clock)
    await service.confirmImport(appExportText([future]))
    clock = new Date(now.getTime() + 60_000)
    const again = service.previewImport(appExportText([future]))
    expect(again.ok && again.summary).toMatchObject({ new: [], updated: [], unchanged: [{ id: future.id, detail: 'the same as your note' }] })
  })
})
