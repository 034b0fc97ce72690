/**
 * The batch note methods All notes uses for bulk actions: notes.updateMany
 * (change category, add or remove a tag, rename a tag, and their undo),
 * notes.deleteMany and notes.restoreMany (bulk delete with one Undo). Each is
 * all or none, and bounded in size.
 */
import { describe, expect, it } from 'vitest'
import { apiContract, MAX_BATCH_NOTES, type ApiInput, type ApiMethod, type ApiOutput, type ApiResult } from '../../shared/api-contract'
import { documentUrn, noteContent, type Note } from '../../shared/notes/note-model'
import { dispatch } from './api'
import type { NotesStore } from './notes/notes-store'
import { createMemoryNotesStore } from './notes/testing/memory-notes-store'
import { makeNote, noteId } from './notes/testing/note-fixtures'
import { buildTestCore, buildTestLibrary } from './testing/test-library'

const STATEMENT = 'sample-statement'

/** A core over three notes on the statement, and helpers to call it. */
function makeCore(options: { store?: NotesStore } = {}) {
  const notes = [1, 2, 3].map((index) => makeNote(index, `Note ${index}`, { target: { source: documentUrn(STATEMENT) } }))
  const store = options.store ?? createMemoryNotesStore(notes)
  const core = buildTestCore(buildTestLibrary(), { store, now: () => new Date(Date.UTC(2025, 0, 1)) })
  const call = (method: ApiMethod, input: unknown) => dispatch(core, method, input)
  const ok = async <M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> => {
    const result = await call(method, input)
    if (!result.ok) throw new Error(`expected ${method} to succeed, got ${result.error.code}: ${result.error.message}`)
    expect(apiContract[method].output.safeParse(result.value).success, `${method} output matches the contract`).toBe(true)
    return result.value as ApiOutput<M>
  }
  return { core, store, notes, call, ok }
}

function errorOf(result: ApiResult<ApiMethod>, code: string): string {
  if (result.ok) throw new Error(`expected a "${code}" error`)
  expect(result.error.code).toBe(code)
  return result.error.message
}

describe('notes.updateMany', () => {
  it('changes the category and tags of every named note, leaving their text and the others alone', async () => {
    const { ok, store, notes } = makeCore()
    const { notes: views } = await ok('notes.updateMany', {
      updates: [
        { id: noteId(1), category: 'concern' },
        { id: noteId(2), category: 'concern', tags: ['itu', 'budget'] },
      ],
    })
    expect(views.map((view) => view.note.id)).toEqual([noteId(1), noteId(2)])
    expect(noteContent(store.get(noteId(1)) as Note)).toEqual({ text: 'Note 1', tags: ['itu'], category: 'concern' })
    expect(noteContent(store.get(noteId(2)) as Note)).toEqual({ text: 'Note 2', tags: ['itu', 'budget'], category: 'concern' })
    expect(store.get(noteId(1))?.modified).toBe('2025-01-01T00:00:00.000Z')
    expect(store.get(noteId(3))).toEqual(notes[2])
  })

  it('changes nothing when one named note does not exist, or a note is named twice', async () => {
    const { call, store, notes } = makeCore()
    errorOf(await call('notes.updateMany', { updates: [{ id: noteId(1), category: 'concern' }, { id: noteId(9), category: 'concern' }] }), 'not-found')
    const twice = errorOf(await call('notes.updateMany', { updates: [{ id: noteId(1), category: 'concern' }, { id: noteId(1), category: 'question' }] }), 'user-input')
    expect(twice).toMatch(/named twice/)
    expect(store.list()).toEqual(notes)
  })

  it('refuses text edits, an empty batch and one over the limit as bad requests', async () => {
    const { call } = makeCore()
    errorOf(await call('notes.updateMany', { updates: [{ id: noteId(1), text: 'no' }] }), 'bad-request')
    errorOf(await call('notes.updateMany', { updates: [] }), 'bad-request')
    const tooMany = Array.from({ length: MAX_BATCH_NOTES + 1 }, (_, index) => ({ id: noteId(index + 1), category: null }))
    expect(errorOf(await call('notes.updateMany', { updates: tooMany }), 'bad-request')).toContain(String(MAX_BATCH_NOTES))
  })
})

describe('notes.deleteMany and notes.restoreMany', () => {
  it('deletes the named notes in one call and puts them all back exactly with one restore', async () => {
    const { ok, store, notes } = makeCore()
    const { deleted } = await ok('notes.deleteMany', { ids: [noteId(3), noteId(1)] })
    expect(deleted).toEqual([notes[2], notes[0]])
    expect(store.list().map((note) => note.id)).toEqual([noteId(2)])

    const { notes: restored } = await ok('notes.restoreMany', { notes: JSON.parse(JSON.stringify(deleted)) as Note[] })
    expect(restored.map((view) => view.note)).toEqual([notes[2], notes[0]])
    expect((await ok('notes.list', {})).notes.map((view) => view.note.id).sort()).toEqual([noteId(1), noteId(2), noteId(3)])
  })

  it('deletes nothing when one named note is missing', async () => {
    const { call, store, notes } = makeCore()
    errorOf(await call('notes.deleteMany', { ids: [noteId(1), noteId(7)] }), 'not-found')
    expect(store.list()).toEqual(notes)
  })

  it('restores nothing when one of the notes exists already', async () => {
    const { call, store, notes } = makeCore()
    const gone = makeNote(5)
    expect(errorOf(await call('notes.restoreMany', { notes: [gone, notes[0]] }), 'user-input')).toMatch(/already exist/)
    expect(store.get(gone.id)).toBeUndefined()
  })

  it('refuses every batch write while the store is read-only', async () => {
    const { call } = makeCore({ store: createMemoryNotesStore([makeNote(1)], true) })
    for (const result of [
      await call('notes.deleteMany', { ids: [noteId(1)] }),
      await call('notes.updateMany', { updates: [{ id: noteId(1), tags: [] }] }),
      await call('notes.restoreMany', { notes: [makeNote(2)] }),
    ]) {
      expect(errorOf(result, 'user-input')).toMatch(/read-only/i)
    }
  })
})
