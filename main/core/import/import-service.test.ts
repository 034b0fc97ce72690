import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Note } from '../../../shared/notes/note-model'
import { ApiFailure } from '../api-failure'
import { ExportService } from '../export/export-service'
import { exportTestLibrary, exportTestNotes, FIXED_NOW } from '../export/testing/export-fixtures'
import { NotesService } from '../notes/notes-service'
import { parseNotesFile } from '../notes/notes-file'
import { openNotesStore, type NotesStore } from '../notes/notes-store'
import { folderBytes, notesOnDisk } from '../notes/testing/disk-state'
import { createMemoryNotesStore } from '../notes/testing/memory-notes-store'
import { makeTempDir } from '../notes/testing/note-fixtures'
import { applyMerge, importBackupName, StaleMergePlanError } from './apply-merge'
import { planMerge } from './merge-plan'
import { appExportText, foreignAnnotation, importInto } from './testing/import-fixtures'

const library = exportTestLibrary()
const notes = exportTestNotes(library)
const later = new Date('2026-03-02T12:00:00.000Z')

const cleanups: Array<() => Promise<void>> = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup()
})

/** A real notes store in a fresh folder, holding `initial`. */
async function fileStore(initial: readonly Note[] = []): Promise<NotesStore> {
  const { dir, cleanup } = await makeTempDir('foc-import-')
  const store = await openNotesStore({ dataDir: dir, lock: false })
  cleanups.push(async () => {
    await store.close()
    await cleanup()
  })
  await Promise.all(initial.map((note) => store.put(note)))
  return store
}

const edited = (note: Note, text: string): Note => ({ ...note, modified: later.toISOString(), body: [{ type: 'TextualBody', purpose: 'describing', value: text, format: 'text/markdown' }] })

describe('ImportService', () => {
  it('previews without changing anything', () => {
    const store = createMemoryNotesStore(notes.slice(0, 5))
    const before = store.list()
    const preview = importInto(library, store, () => later).previewImport(appExportText([...notes.slice(0, 4), edited(notes[4] as Note, 'newer'), ...notes.slice(5)]))
    expect(preview.ok).toBe(true)
    if (!preview.ok) return
    expect(preview.summary).toMatchObject({ items: notes.length })
    expect(preview.summary.new).toHaveLength(notes.length - 5)
    expect(preview.summary.updated.map((entry) => entry.id)).toEqual([notes[4]?.id])
    expect(preview.summary.unchanged.map((entry) => entry.detail)).toEqual(Array(4).fill('the same as your note'))
    expect(preview.summary.new[0]).toMatchObject({ path: 'first.items[5]', item: 6, documentTitle: 'The right to privacy in the digital age', quote: 'the right to privacy in digital communication', passage: 'found' })
    expect(store.list()).toEqual(before)
  })

  it('imports, taking a backup of the notes file first, and touches no note the file does not name', async () => {
    const mine = notes.slice(0, 6)
    const store = await fileStore(mine)
    const incoming = [edited(mine[0] as Note, 'their newer text'), ...notes.slice(8)]
    const outcome = await importInto(library, store, () => later).confirmImport(appExportText(incoming))
    if (!outcome.ok) throw new Error(outcome.error.message)
    const { backupPath } = outcome.result
    expect(backupPath).toBe(path.join(path.dirname(store.notesPath), importBackupName(later)))
    expect(path.basename(backupPath ?? '')).toBe('notes.before-import-2026-03-02T12-00-00-000Z.json')
    // The backup is a complete notes file of the notes as they were, which Import can open.
    expect(parseNotesFile(await readFile(backupPath ?? ''))).toMatchObject({ kind: 'ok', notes: mine })
    expect(store.list()).toHaveLength(6 + notes.length - 8)
    expect(store.get(mine[0]?.id ?? '')).toEqual(incoming[0])
    for (const note of mine.slice(1)) expect(store.get(note.id)).toEqual(note)
    // Durable: a store opened afresh on the folder has the imported notes.
    const reopened = await openNotesStore({ dataDir: path.dirname(store.notesPath), lock: false })
    expect(reopened.list()).toHaveLength(store.list().length)
    await reopened.close()
  })

  it('never overwrites an earlier backup', async () => {
    const store = await fileStore(notes.slice(0, 1))
    const service = importInto(library, store, () => later)
    await service.confirmImport(appExportText(notes.slice(1, 2)))
    const second = await service.confirmImport(appExportText(notes.slice(2, 3)))
    expect(second.ok && path.basename(second.result.backupPath ?? '')).toBe('notes.before-import-2026-03-02T12-00-00-000Z-1.json')
    const files = (await readdir(path.dirname(store.notesPath))).filter((name) => name.startsWith('notes.before-import-'))
    expect(files).toHaveLength(2)
  })

  it('writes nothing and takes no backup when there is nothing to import', async () => {
    const store = await fileStore(notes.slice(0, 3))
    const outcome = await importInto(library, store, () => later).confirmImport(appExportText(notes.slice(0, 3)))
    expect(outcome.ok && outcome.result).toMatchObject({ backupPath: null, summary: { unchanged: [{}, {}, {}] } })
    expect((await readdir(path.dirname(store.notesPath))).filter((name) => name.startsWith('notes.before-import-'))).toEqual([])
  })

  it('refuses a file cut short with its problem, and leaves the store and its file untouched', async () => {
    const store = await fileStore(notes.slice(0, 3))
    const folderBefore = folderBytes(path.dirname(store.notesPath))
    const outcome = await importInto(library, store, () => later).confirmImport(appExportText(notes).slice(0, 900))
    expect(outcome).toEqual({ ok: false, error: { path: '', message: expect.stringMatching(/^The file is not valid JSON: .* it may be cut short\.$/) as unknown } })
    expect(store.list()).toEqual(notes.slice(0, 3))
    expect(folderBytes(path.dirname(store.notesPath))).toEqual(folderBefore)
    expect(notesOnDisk(path.dirname(store.notesPath))).toEqual(notes.slice(0, 3))
  })

  it('imports the valid notes of a file with malformed items, and names each rejected item by position, in words', async () => {
    const store = createMemoryNotesStore([])
    const json = JSON.parse(appExportText(notes.slice(0, 4))) as { first: { items: Array<Record<string, unknown>> } }
    const broken = json.first.items[1] as { target: { selector: unknown[] } }
    broken.target.selector = broken.target.selector.slice(0, 1)
    delete json.first.items[3]?.['id']
    const outcome = await importInto(library, store, () => later).confirmImport(JSON.stringify(json))
    if (!outcome.ok) throw new Error(outcome.error.message)
    expect(outcome.result.summary.new.map((entry) => entry.item)).toEqual([1, 3])
    expect(outcome.result.summary.rejected.map((entry) => `item ${entry.item}: ${entry.reason}`)).toEqual(['item 2: its passage selector is incomplete', 'item 4: it has no id'])
    expect(store.list().map((note) => note.id)).toEqual([notes[0]?.id, notes[2]?.id])
  })

  it('warns in the preview about a note whose passage is not in the bundled text, and still imports it', async () => {
    const store = createMemoryNotesStore([])
    const [found, lost] = notes as [Note, Note]
    const [quote, position] = lost.target.selector ?? []
    if (!quote || !position) throw new Error('fixture note without a passage')
    const unmatched: Note = { ...lost, target: { ...lost.target, selector: [{ ...quote, exact: 'words that no document of the library has ever held', prefix: '', suffix: '' }, position] } }
    const service = importInto(library, store, () => later)
    const preview = service.previewImport(appExportText([found, unmatched]))
    if (!preview.ok) throw new Error(preview.error.message)
    expect(preview.summary.new.map((entry) => [entry.id, entry.passage])).toEqual([
      [found.id, 'found'],
      [unmatched.id, 'not-found'],
    ])
    await service.confirmImport(appExportText([found, unmatched]))
    expect(store.list().map((note) => note.id).sort()).toEqual([found.id, unmatched.id].sort())
  })

  it('imports only the notes the user left ticked, and lists the others as skipped', async () => {
    const store = createMemoryNotesStore([])
    const chosen = [notes[2]?.id ?? '', notes[0]?.id ?? '']
    const outcome = await importInto(library, store, () => later).confirmImport(appExportText(notes.slice(0, 4)), chosen)
    if (!outcome.ok) throw new Error(outcome.error.message)
    expect(store.list().map((note) => note.id).sort()).toEqual([...chosen].sort())
    expect(outcome.result.summary.new.map((entry) => entry.id)).toEqual([notes[0]?.id, notes[2]?.id])
    expect(outcome.result.summary.skipped.map((entry) => entry.id)).toEqual([notes[1]?.id, notes[3]?.id])
  })

  it('refuses to import into a read-only store, with a message', async () => {
    const store = createMemoryNotesStore([], true)
    await expect(importInto(library, store).confirmImport(appExportText(notes))).rejects.toThrow(ApiFailure)
    expect(store.list()).toEqual([])
  })

  it('keeps orphans and re-anchors imported notes as usual', async () => {
    const store = await fileStore()
    await importInto(library, store, () => later).confirmImport(appExportText(notes))
    const statuses = new NotesService(library, store).list().map((view) => view.anchor.status)
    expect(statuses.filter((status) => status === 'orphaned')).toHaveLength(2)
    expect(statuses.filter((status) => status === 'needs-review')).toHaveLength(1)
  })
})

describe('applyMerge', () => {
  it('refuses a plan that went stale while the backup was written', async () => {
    const store = createMemoryNotesStore(notes.slice(0, 2))
    const plan = planMerge(store.list(), [edited(notes[0] as Note, 'theirs')])
    await store.put(edited(notes[0] as Note, 'mine, typed meanwhile'))
    await expect(applyMerge(new NotesService(library, store), plan, later)).rejects.toThrow(StaleMergePlanError)
    expect(store.get(notes[0]?.id ?? '')?.body[0]).toMatchObject({ value: 'mine, typed meanwhile' })
  })

  it('has no file to back up for a store that has none', async () => {
    const store = createMemoryNotesStore()
    expect(await applyMerge(new NotesService(library, store), planMerge([], notes.slice(0, 2)), later)).toEqual({ backupPath: null, written: 2 })
  })
})

describe('export, then import', () => {
  it('gives identical notes in an empty store', async () => {
    const source = createMemoryNotesStore(notes)
    const exported = new ExportService(library, new NotesService(library, source), { now: () => FIXED_NOW }).exportNotes({ selection: { scope: 'all' }, format: 'json' })
    const target = await fileStore()
    const outcome = await importInto(library, target, () => later).confirmImport(exported.content)
    expect(outcome.ok && outcome.result.summary.new).toHaveLength(notes.length)
    const byId = (list: readonly Note[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1))
    expect(byId(target.list())).toEqual(byId(notes))
    // And from disk, after a restart.
    const reopened = await openNotesStore({ dataDir: path.dirname(target.notesPath), lock: false })
    expect(byId(reopened.list())).toEqual(byId(notes))
    await reopened.close()
  })

  it('changes nothing the second time', async () => {
    const store = createMemoryNotesStore()
    const service = importInto(library, store, () => later)
    const file = JSON.stringify([...notes, foreignAnnotation()])
    await service.confirmImport(file)
    const after = store.list()
    const again = service.previewImport(file)
    expect(again.ok && again.summary.unchanged).toHaveLength(notes.length + 1)
    expect(again.ok && again.summary.new).toEqual([])
    expect(store.list()).toEqual(after)
  })
})
