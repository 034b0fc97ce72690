import { readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { importInto } from '../import/testing/import-fixtures'
import { buildTestLibrary } from '../testing/test-library'
import { NOTES_FILE_FORMAT, parseNotesFile } from './notes-file'
import { folderBytes, notesOnDisk } from './testing/disk-state'
import { makeNote, noteId } from './testing/note-fixtures'
import { withStoreFolder } from './testing/store-folder'

/** Set by a test to make writing the set-aside file fail as a full disk would. */
const setAsideWrite = vi.hoisted(() => ({ fail: false }))

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>()
  const writeFile: typeof actual.writeFile = (file, ...rest) => {
    if (setAsideWrite.fail && /notes\.set-aside-/.test(String(file))) {
      return Promise.reject(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }))
    }
    return actual.writeFile(file, ...rest)
  }
  return { ...actual, default: { ...actual, writeFile }, writeFile }
})

const folder = withStoreFolder()
let notesPath = ''

beforeEach(() => {
  notesPath = path.join(folder.dir, 'notes.json')
})

afterEach(() => {
  setAsideWrite.fail = false
})

const valid = [makeNote(1), makeNote(2), makeNote(3)]
const badId = { ...makeNote(4), id: 'note-4' }
const repeated = makeNote(2, 'A second note with the id of note 2')
/** Three valid notes and two invalid ones (a malformed id, a repeated id), as a hand edit or a bug could leave them. */
const mixedFile = `${JSON.stringify(
  { format: NOTES_FILE_FORMAT, schemaVersion: 2, savedAt: '2024-05-01T10:00:00.000Z', generation: 1, notes: [valid[0], badId, valid[1], valid[2], repeated] },
  null,
  2,
)}\n`
const reasons = ['notes[1].id: must be a urn:uuid', `notes[4].id: the same id as notes[2] (${noteId(2)})`]

async function setAsideFiles(): Promise<string[]> {
  return (await readdir(folder.dir)).filter((name) => name.startsWith('notes.set-aside-'))
}

describe('opening a notes.json with invalid notes', () => {
  it('loads every valid note and sets exactly the invalid ones aside, as found, with their reasons', async () => {
    await writeFile(notesPath, mixedFile)
    const store = await folder.open()

    expect(store.status.readOnly).toBe(false)
    expect(store.list()).toEqual(valid)
    const [name, ...more] = await setAsideFiles()
    expect(more).toEqual([])
    const setAsidePath = path.join(folder.dir, name ?? '')
    expect(name).toMatch(/^notes\.set-aside-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z\.json$/)

    const setAside = JSON.parse(await readFile(setAsidePath, 'utf8')) as Record<string, unknown>
    expect(setAside).toMatchObject({ format: NOTES_FILE_FORMAT, setAsideFrom: notesPath, reasons, notes: [badId, repeated] })

    expect(store.status.notices).toEqual([{ kind: 'salvaged', path: setAsidePath, message: expect.stringContaining(setAsidePath) }])
    const message = store.status.notices[0]?.message ?? ''
    expect(message).toContain(`2 of the 5 notes in ${notesPath} are not valid`)
    for (const reason of reasons) expect(message).toContain(reason)
  })

  it('writes a fresh notes.json without them, keeps the old one as the backup, and does not set them aside again', async () => {
    await writeFile(notesPath, mixedFile)
    const store = await folder.open()
    await store.put(makeNote(5))
    await store.close()

    expect(parseNotesFile(await readFile(notesPath))).toMatchObject({ kind: 'ok', invalid: [] })
    expect(notesOnDisk(folder.dir)).toEqual([...valid, makeNote(5)])
    expect(await readFile(path.join(folder.dir, 'notes.backup.json'), 'utf8')).toBe(mixedFile)

    const again = await folder.open()
    expect(again.status.notices).toEqual([])
    expect(again.list()).toEqual([...valid, makeNote(5)])
    expect(await setAsideFiles()).toHaveLength(1)
  })

  it('gives a set-aside file Import can open: it previews the notes, the invalid one rejected with its reason', async () => {
    await writeFile(notesPath, mixedFile)
    const store = await folder.open()
    const [name] = await setAsideFiles()
    const text = await readFile(path.join(folder.dir, name ?? ''), 'utf8')

    const preview = importInto(buildTestLibrary(), store).previewImport(text)
    if (!preview.ok) throw new Error(`the set-aside file did not import: ${preview.error.message}`)
    const { summary } = preview
    expect(summary.items).toBe(2)
    expect(summary.rejected).toEqual([{ path: 'notes[0]', item: 1, label: 'Note note-4', reason: expect.stringMatching(/id is not a valid note id/) }])
    // The repeated note differs from the stored note 2 made at the same time: Import keeps both.
    expect(summary.conflicting).toEqual([expect.objectContaining({ path: 'notes[1]', quote: 'the right to freedom of expression' })])
    expect(summary.new).toEqual([])
    expect(summary.updated).toEqual([])
  })

  it('with the folder locked by another window, only tells: nothing is written', async () => {
    const holder = await folder.open(true)
    await writeFile(notesPath, mixedFile)
    const before = folderBytes(folder.dir)
    const store = await folder.open(true)

    expect(store.status.readOnly).toBe(true)
    expect(store.list()).toEqual(valid)
    expect(store.status.notices.map((notice) => notice.kind)).toEqual(['locked', 'salvaged'])
    expect(store.status.notices[1]).toEqual({ kind: 'salvaged', path: notesPath, message: expect.stringMatching(/are not valid .*Nothing was changed on disk\.$/) })
    await store.close()
    expect(folderBytes(folder.dir)).toEqual(before)
    await holder.close()
  })

  it('when the set-aside file cannot be written, stays read-only so no save can drop the invalid notes', async () => {
    await writeFile(notesPath, mixedFile)
    setAsideWrite.fail = true
    const store = await folder.open()

    expect(store.list()).toEqual(valid)
    expect(store.status.readOnly).toBe(true)
    expect(store.status.notices).toEqual([{ kind: 'salvaged', path: notesPath, message: expect.stringContaining('could not be set aside (ENOSPC') }])
    await expect(store.put(makeNote(5))).rejects.toMatchObject({ code: 'read-only' })
    await store.close()
    expect(await readFile(notesPath, 'utf8')).toBe(mixedFile)
    expect((await readdir(folder.dir)).sort()).toEqual(['notes.json'])

    setAsideWrite.fail = false
    const again = await folder.open()
    expect(again.status.readOnly).toBe(false)
    expect(await setAsideFiles()).toHaveLength(1)
  })
})
