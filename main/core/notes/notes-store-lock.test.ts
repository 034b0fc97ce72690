import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { serializeLockFile } from './lock-file'
import { serializeNotesFile } from './notes-file'
import { NOTES_LOCK_NAME } from './notes-lock'
import { folderBytes, notesOnDisk } from './testing/disk-state'
import { makeNote } from './testing/note-fixtures'
import { withStoreFolder } from './testing/store-folder'

let lockPath = ''
const folder = withStoreFolder()

beforeEach(async () => {
  lockPath = path.join(folder.dir, NOTES_LOCK_NAME)
})

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  )
}

describe('the notes folder lock, seen from the store', () => {
  it('opens a second store on a locked folder read-only, naming the process that holds it, and it cannot write', async () => {
    const first = await folder.open(true)
    await first.put(makeNote(1))
    expect(await exists(lockPath)).toBe(true)

    const second = await folder.open(true)
    expect(second.status.readOnly).toBe(true)
    const [notice] = second.status.notices
    expect(second.status.notices).toHaveLength(1)
    expect(notice?.kind).toBe('locked')
    expect(notice?.path).toBe(lockPath)
    expect(notice?.message).toMatch(new RegExp(`^Another FOC Reader window \\(process ${process.pid} on ${os.hostname()}, since \\d+ \\w+ \\d{4}, \\d\\d:\\d\\d\\) is using this notes folder`))
    expect(second.list()).toEqual([makeNote(1)])
    await expect(second.put(makeNote(2))).rejects.toThrow(
      `Note not saved: notes are read-only because another FOC Reader window (process ${process.pid}) is using this notes folder.`,
    )
    await second.close()
    // Closing the read-only store must not free the first store's lock.
    expect(await exists(lockPath)).toBe(true)
    await first.put(makeNote(3))
    expect(first.list()).toHaveLength(2)
  })

  it('is released by close, so the next store can write', async () => {
    const first = await folder.open(true)
    await first.put(makeNote(1))
    await first.close()
    expect(await exists(lockPath)).toBe(false)
    const next = await folder.open(true)
    expect(next.status).toEqual({ readOnly: false, notices: [] })
    await next.put(makeNote(2))
    expect(next.list()).toHaveLength(2)
  })

  it('does not move a damaged file aside when another process holds the lock', async () => {
    await writeFile(path.join(folder.dir, 'notes.json'), '{"format": "foc-reader-notes", "sch')
    await writeFile(path.join(folder.dir, 'notes.backup.json'), serializeNotesFile([makeNote(1)]))
    // A fresh lock folder: an older version of the app holds the folder.
    await mkdir(lockPath)
    const store = await folder.open(true)
    expect(store.status.readOnly).toBe(true)
    expect(store.status.notices.map((notice) => notice.kind)).toEqual(['locked', 'recovered-from-backup'])
    expect(store.status.notices[1]?.message).toMatch(/could not be read \(the file is cut short.*restored from the backup.*Nothing was changed on disk\.$/)
    expect(store.list()).toEqual([makeNote(1)])
    expect(await readFile(path.join(folder.dir, 'notes.json'), 'utf8')).toBe('{"format": "foc-reader-notes", "sch')
  })

  it('refuses a write once the lock file is gone: nothing written, the change kept in memory, read-only with a notice', async () => {
    const store = await folder.open(true)
    await store.put(makeNote(1))
    await rm(lockPath)
    const before = folderBytes(folder.dir)
    await expect(store.put(makeNote(2))).rejects.toMatchObject({ code: 'read-only' })
    expect(folderBytes(folder.dir)).toEqual(before)
    expect(notesOnDisk(folder.dir)).toEqual([makeNote(1)])
    expect(store.get(makeNote(2).id)).toEqual(makeNote(2))
    expect(store.unsavedChanges).toBe(true)
    expect(store.status.readOnly).toBe(true)
    expect(store.status.notices).toEqual([expect.objectContaining({ kind: 'locked', message: expect.stringContaining(`lost its lock on the notes folder ${folder.dir} (${lockPath} was removed)`) })])
    await expect(store.put(makeNote(3))).rejects.toMatchObject({ code: 'read-only' })
  })

  it('never overwrites the notes of a process that took the lock over', async () => {
    const store = await folder.open(true)
    await store.put(makeNote(1))
    // Another process now owns the folder and has saved its own notes.
    const other = { pid: 1, startMark: null, host: os.hostname(), token: 'b'.repeat(32), since: new Date().toISOString() }
    await writeFile(lockPath, serializeLockFile(other))
    const theirs = serializeNotesFile([makeNote(1), makeNote(7)])
    await writeFile(store.notesPath, theirs)
    const before = folderBytes(folder.dir)
    await expect(store.put(makeNote(2))).rejects.toThrow(/this window lost its lock on the notes folder/)
    expect(folderBytes(folder.dir)).toEqual(before)
    expect(await readFile(store.notesPath, 'utf8')).toBe(theirs)
    expect(store.status.notices[0]?.message).toContain(`process 1 on ${os.hostname()}`)
    // Closing does not remove the other process's lock.
    await store.close().catch(() => undefined)
    expect(await exists(lockPath)).toBe(true)
  })

  it('with lock: false takes no lock', async () => {
    const store = await folder.open(false)
    await store.put(makeNote(1))
    expect(await exists(lockPath)).toBe(false)
  })
})
