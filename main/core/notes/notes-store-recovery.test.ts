import { readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { NOTES_FILE_FORMAT, parseNotesFile, serializeNotesFile } from './notes-file'
import { openNotesStore } from './notes-store'
import { makeNote } from './testing/note-fixtures'
import { withStoreFolder } from './testing/store-folder'

let notesPath = ''
let backupPath = ''
const folder = withStoreFolder()

beforeEach(async () => {
  notesPath = path.join(folder.dir, 'notes.json')
  backupPath = path.join(folder.dir, 'notes.backup.json')
})

afterEach(async () => {
  vi.useRealTimers()
})

const backupNotes = [makeNote(1), makeNote(2), makeNote(3)]
const backupText = serializeNotesFile(backupNotes, new Date('2024-05-01T09:00:00.000Z'))
const currentText = serializeNotesFile([...backupNotes, makeNote(4)], new Date('2024-05-01T10:00:00.000Z'))

const damagedFiles: Array<[string, Buffer, RegExp]> = [
  ['truncated JSON', Buffer.from(currentText.slice(0, Math.floor(currentText.length / 2))), /cut short: it ends at line \d+, column \d+/],
  ['an empty file', Buffer.alloc(0), /the file is empty \(0 bytes\)/],
  ['a zero-filled file', Buffer.alloc(currentText.length), /zero bytes and no text/],
  ['invalid JSON', Buffer.from(currentText.replace('"schemaVersion": 2,', '"schemaVersion": 2,,')), /not valid JSON: at line 3, column \d+/],
  ['the wrong shape', Buffer.from('{"notes": []}'), /^.*format: expected "foc-reader-notes"/],
]

describe('opening a damaged notes file', () => {
  it.each(damagedFiles)('with %s: moves it aside byte for byte and loads the backup', async (_label, bytes, reason) => {
    await writeFile(notesPath, bytes)
    await writeFile(backupPath, backupText)
    const store = await folder.open()

    expect(store.status.readOnly).toBe(false)
    const kinds = store.status.notices.map((notice) => notice.kind)
    expect(kinds).toEqual(['damaged-moved-aside', 'recovered-from-backup'])
    const [moved, recovered] = store.status.notices
    expect(moved?.path).toMatch(/[/\\]notes\.damaged-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z\.json$/)
    expect(moved?.message).toContain(notesPath)
    expect(moved?.message).toContain(moved?.path ?? '?')
    expect(moved?.message).toMatch(reason)
    expect(recovered).toMatchObject({ path: backupPath, message: expect.stringContaining(backupPath) })
    expect(recovered?.message).toContain('2024-05-01T09:00:00.000Z')

    expect(await readFile(moved?.path ?? '')).toEqual(bytes)
    expect(store.list()).toEqual(backupNotes)
    await store.put(makeNote(9))
    await store.close()
    const again = await folder.open()
    expect(again.status.notices).toEqual([])
    expect(again.list()).toEqual([...backupNotes, makeNote(9)])
    expect(await readFile(moved?.path ?? '')).toEqual(bytes)
  })

  it('starts empty with a notice when there is no backup, keeping the damaged file', async () => {
    await writeFile(notesPath, '{"format": "foc-reader-notes", "schemaVersion": 1, "notes": [')
    const store = await folder.open()
    expect(store.status.notices.map((notice) => notice.kind)).toEqual(['damaged-moved-aside', 'started-empty'])
    expect(store.status.notices[1]?.message).toMatch(/there is no backup .* so your notes list starts empty/)
    expect(store.list()).toEqual([])
    await store.put(makeNote(1))
    const names = await readdir(folder.dir)
    expect(names.filter((name) => name.startsWith('notes.damaged-'))).toHaveLength(1)
  })

  it('moves a damaged backup aside too and starts empty when both are damaged', async () => {
    await writeFile(notesPath, Buffer.alloc(100))
    await writeFile(backupPath, '{"format"')
    const store = await folder.open()
    expect(store.status.notices.map((notice) => notice.kind)).toEqual(['damaged-moved-aside', 'damaged-moved-aside', 'started-empty'])
    expect(store.status.notices[1]?.path).toMatch(/notes\.backup\.damaged-.*\.json$/)
    expect(await readFile(store.status.notices[1]?.path ?? '', 'utf8')).toBe('{"format"')
    expect(store.list()).toEqual([])
  })

  it('never overwrites an earlier moved-aside file, even within the same millisecond', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2024-06-01T12:00:00.000Z'))
    await writeFile(notesPath, 'first damage')
    await (await folder.open()).close()
    await writeFile(notesPath, 'second damage')
    await (await folder.open()).close()
    const names = (await readdir(folder.dir)).filter((name) => name.startsWith('notes.damaged-')).sort()
    expect(names).toEqual(['notes.damaged-2024-06-01T12-00-00-000Z-1.json', 'notes.damaged-2024-06-01T12-00-00-000Z.json'])
    expect(await readFile(path.join(folder.dir, names[1] ?? ''), 'utf8')).toBe('first damage')
    expect(await readFile(path.join(folder.dir, names[0] ?? ''), 'utf8')).toBe('second damage')
  })

  it('loads the backup when notes.json is missing but a backup exists', async () => {
    await writeFile(backupPath, backupText)
    const store = await folder.open()
    expect(store.status.notices).toEqual([
      expect.objectContaining({ kind: 'recovered-from-backup', message: expect.stringContaining(`${notesPath} was missing`) }),
    ])
    expect(store.list()).toEqual(backupNotes)
  })

  it('does not touch the backup when notes.json is good', async () => {
    await writeFile(notesPath, currentText)
    await writeFile(backupPath, 'stale and broken')
    const store = await folder.open()
    expect(store.status.notices).toEqual([])
    expect(store.list()).toHaveLength(4)
    expect(await readFile(backupPath, 'utf8')).toBe('stale and broken')
    await store.put(makeNote(5))
    expect(await readFile(backupPath, 'utf8')).toBe('stale and broken')
    await store.close()
    // The next start compacts the journal into a new snapshot: the old one becomes the backup.
    await (await folder.open()).close()
    expect(await readFile(backupPath, 'utf8')).toBe(currentText)
  })

  it('throws, rather than starting empty, when notes.json exists but cannot be read', async () => {
    const { mkdir } = await import('node:fs/promises')
    await mkdir(notesPath)
    await expect(openNotesStore({ dataDir: folder.dir, lock: false })).rejects.toThrow(`Could not read the notes file ${notesPath}`)
  })
})

describe('opening a file from a newer schema version', () => {
  const newer = JSON.stringify({
    format: NOTES_FILE_FORMAT,
    schemaVersion: 3,
    savedAt: '2030-01-01T00:00:00.000Z',
    notes: [makeNote(1), { id: 'urn:uuid:from-the-future', shape: 'new' }],
  })

  it('opens read-only, shows what it can, refuses every change and never writes', async () => {
    await writeFile(notesPath, newer)
    const store = await folder.open(true)
    expect(store.status.readOnly).toBe(true)
    expect(store.status.notices).toEqual([
      {
        kind: 'newer-version',
        path: notesPath,
        message: expect.stringMatching(/newer version of FOC Reader \(notes format 3\)\. 1 of its 2 notes could be read and are shown, read-only/),
      },
    ])
    expect(store.list()).toEqual([makeNote(1)])
    await expect(store.put(makeNote(2))).rejects.toMatchObject({
      code: 'read-only',
      message: 'Note not saved: notes are read-only because the notes file was written by a newer version of FOC Reader.',
    })
    await expect(store.put(makeNote(1, 'changed'))).rejects.toMatchObject({ code: 'read-only' })
    await expect(store.remove(makeNote(1).id)).rejects.toMatchObject({ code: 'read-only' })
    await expect(store.remove('urn:uuid:absent')).rejects.toMatchObject({ code: 'read-only' })
    await store.flush()
    await store.close()
    expect(await readFile(notesPath, 'utf8')).toBe(newer)
    expect((await readdir(folder.dir)).sort()).toEqual(['notes.json'])
  })

  it('also when the newer file is the backup and notes.json is missing', async () => {
    await writeFile(backupPath, newer)
    const store = await folder.open()
    expect(store.status).toMatchObject({ readOnly: true, notices: [{ kind: 'newer-version', path: backupPath }] })
    await expect(store.put(makeNote(3))).rejects.toMatchObject({ code: 'read-only' })
    expect(await readFile(backupPath, 'utf8')).toBe(newer)
    expect(await readdir(folder.dir)).toEqual(['notes.backup.json'])
  })

  it('reads the recovered file the same way it was found', async () => {
    await writeFile(notesPath, Buffer.alloc(10))
    await writeFile(backupPath, backupText)
    const store = await folder.open()
    await store.close()
    // Written by the compaction at start, so the next start needs no recovery.
    expect(parseNotesFile(await readFile(notesPath))).toMatchObject({ kind: 'ok', notes: backupNotes })
    expect(store.unsavedChanges).toBe(false)
  })
})
