import { readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Note } from '../../../shared/notes/note-model'
import { NOTES_FILE_FORMAT, NOTES_SCHEMA_VERSION, OLDEST_NOTES_SCHEMA_VERSION, parseNotesFile } from './notes-file'
import type { NotesStore } from './notes-store'
import { notesOnDisk } from './testing/disk-state'
import { faultyFs } from './testing/faulty-fs'
import { makeNote } from './testing/note-fixtures'
import { withStoreFolder } from './testing/store-folder'

const folder = withStoreFolder()
const faults = faultyFs()
let notesPath = ''
let v1BackupPath = ''

beforeEach(() => {
  notesPath = path.join(folder.dir, 'notes.json')
  v1BackupPath = path.join(folder.dir, 'notes.v1-backup.json')
})

afterEach(() => {
  faults.clear()
  vi.restoreAllMocks()
})

/**
 * A notes.json as version 1 of the app wrote it: no generation, no checksum,
 * one note per line. (The layout of notesFileText before the journal came.)
 */
function version1File(notes: readonly Note[], savedAt = '2024-03-01T08:00:00.000Z'): Buffer {
  const header = [`  "format": ${JSON.stringify(NOTES_FILE_FORMAT)},`, `  "schemaVersion": ${OLDEST_NOTES_SCHEMA_VERSION},`, `  "savedAt": ${JSON.stringify(savedAt)},`].join('\n')
  const body = notes.length === 0 ? '[]' : `[\n    ${notes.map((note) => JSON.stringify(note)).join(',\n    ')}\n  ]`
  return Buffer.from(`{\n${header}\n  "notes": ${body}\n}\n`, 'utf8')
}

const oldNotes = [makeNote(1), makeNote(2, 'Ünïcödé – “quoted” 🙂'), makeNote(3)]
const oldFile = version1File(oldNotes)

/** Opens the folder through the faulty file system, compacting after `compactEvery` changes. */
function open(compactEvery = 1_000): Promise<NotesStore> {
  return folder.open(false, folder.dir, { fs: faults.fs, compaction: { records: compactEvery, bytes: 100_000_000 } })
}

async function namesLike(pattern: RegExp): Promise<string[]> {
  return (await readdir(folder.dir)).filter((name) => pattern.test(name)).sort()
}

describe('opening a version 1 notes.json', () => {
  it('the test file is what this build reads as version 1', () => {
    expect(OLDEST_NOTES_SCHEMA_VERSION).toBe(1)
    expect(parseNotesFile(oldFile)).toMatchObject({ kind: 'ok', schemaVersion: 1, generation: 0, notes: oldNotes, invalid: [] })
  })

  it('loads every note, keeps the old file byte for byte as notes.v1-backup.json, and rewrites notes.json as version 2', async () => {
    await writeFile(notesPath, oldFile)
    const store = await open()
    expect(store.status).toEqual({ readOnly: false, notices: [] })
    expect(store.list()).toEqual(oldNotes)
    await store.put(makeNote(4))
    await store.close()

    expect(await readFile(v1BackupPath)).toEqual(oldFile)
    const migrated = parseNotesFile(await readFile(notesPath))
    expect(migrated).toMatchObject({ kind: 'ok', schemaVersion: NOTES_SCHEMA_VERSION, invalid: [] })
    expect(notesOnDisk(folder.dir)).toEqual([...oldNotes, makeNote(4)])

    const again = await open()
    expect(again.status.notices).toEqual([])
    expect(again.list()).toEqual([...oldNotes, makeNote(4)])
    await again.close()
    // Migrated once: the next start keeps no second copy.
    expect(await namesLike(/^notes\.v1-backup/)).toEqual(['notes.v1-backup.json'])
    expect(await readFile(v1BackupPath)).toEqual(oldFile)
  })

  it('keeps an empty version 1 file too', async () => {
    const empty = version1File([])
    await writeFile(notesPath, empty)
    const store = await open()
    expect(store.list()).toEqual([])
    await store.close()
    expect(await readFile(v1BackupPath)).toEqual(empty)
    expect(parseNotesFile(await readFile(notesPath))).toMatchObject({ kind: 'ok', schemaVersion: NOTES_SCHEMA_VERSION, notes: [] })
  })

  it('uses the next free name when notes.v1-backup.json exists, leaving that file untouched', async () => {
    const earlier = Buffer.from('an earlier backup the user kept\n')
    await writeFile(v1BackupPath, earlier)
    await writeFile(path.join(folder.dir, 'notes.v1-backup-1.json'), earlier)
    await writeFile(notesPath, oldFile)
    const store = await open()
    expect(store.list()).toEqual(oldNotes)
    await store.close()

    expect(await namesLike(/^notes\.v1-backup/)).toEqual(['notes.v1-backup-1.json', 'notes.v1-backup-2.json', 'notes.v1-backup.json'])
    expect(await readFile(v1BackupPath)).toEqual(earlier)
    expect(await readFile(path.join(folder.dir, 'notes.v1-backup-1.json'))).toEqual(earlier)
    expect(await readFile(path.join(folder.dir, 'notes.v1-backup-2.json'))).toEqual(oldFile)
    expect(parseNotesFile(await readFile(notesPath))).toMatchObject({ kind: 'ok', schemaVersion: NOTES_SCHEMA_VERSION, notes: oldNotes })
  })

  it('when the old file cannot be kept, works on the journal, never replaces notes.json, and migrates on the next start', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    await writeFile(notesPath, oldFile)
    faults.fail({ step: 'v1-backup', code: 'EACCES' })
    // Compaction would be due after every 2 changes: it must wait, or the only copy of the old file would go.
    const store = await open(2)
    expect(faults.fired).toBe(1)
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('could not keep'), expect.anything())
    expect(store.status.readOnly).toBe(false)
    for (const index of [4, 5, 6, 7, 8]) await store.put(makeNote(index))
    await store.remove(makeNote(1).id)
    const expected = [...oldNotes.slice(1), ...[4, 5, 6, 7, 8].map((index) => makeNote(index))]
    expect(store.list()).toEqual(expected)
    await store.close()

    expect(await readFile(notesPath)).toEqual(oldFile)
    expect(await namesLike(/^notes\.(v1-)?backup/)).toEqual([])
    expect(notesOnDisk(folder.dir)).toEqual(expected)

    faults.clear()
    const again = await open()
    expect(again.status).toEqual({ readOnly: false, notices: [] })
    expect(again.list()).toEqual(expected)
    await again.close()
    expect(await readFile(v1BackupPath)).toEqual(oldFile)
    expect(parseNotesFile(await readFile(notesPath))).toMatchObject({ kind: 'ok', schemaVersion: NOTES_SCHEMA_VERSION, notes: expected })
  })
})
