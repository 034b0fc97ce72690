import { mkdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { serializeNotesFile } from './notes-file'
import { LOCK_STALE_MS, LOCK_UPDATE_MS, NOTES_LOCK_NAME } from './notes-lock'
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

describe('the notes folder lock', () => {
  it('keeps stale-time and refresh short enough for a crashed holder to free the folder within about 10 s', () => {
    expect(LOCK_STALE_MS).toBeLessThanOrEqual(10_000)
    expect(LOCK_UPDATE_MS * 2).toBeLessThanOrEqual(LOCK_STALE_MS / 2)
  })

  it('opens a second store on a locked folder read-only, with a notice, and it cannot write', async () => {
    const first = await folder.open(true)
    await first.put(makeNote(1))
    expect(await exists(lockPath)).toBe(true)

    const second = await folder.open(true)
    expect(second.status.readOnly).toBe(true)
    expect(second.status.notices).toEqual([
      {
        kind: 'locked',
        path: lockPath,
        message: `Another FOC Reader window is using this notes folder (${folder.dir}), so your notes are read-only here. Close the other window and reopen FOC Reader to edit them.`,
      },
    ])
    expect(second.list()).toEqual([makeNote(1)])
    await expect(second.put(makeNote(2))).rejects.toThrow(
      'Note not saved: notes are read-only because another FOC Reader window is using this notes folder.',
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

  it('treats a lock left fresh by a killed process as held, and takes it over once stale', async () => {
    await mkdir(lockPath)
    expect((await folder.open(true)).status.readOnly).toBe(true)
    const past = new Date(Date.now() - LOCK_STALE_MS - 1_000)
    await utimes(lockPath, past, past)
    const store = await folder.open(true)
    expect(store.status).toEqual({ readOnly: false, notices: [] })
    await store.put(makeNote(1))
  })

  it('does not move a damaged file aside when another process holds the lock', async () => {
    await writeFile(path.join(folder.dir, 'notes.json'), '{"format": "foc-reader-notes", "sch')
    await writeFile(path.join(folder.dir, 'notes.backup.json'), serializeNotesFile([makeNote(1)]))
    await mkdir(lockPath)
    const store = await folder.open(true)
    expect(store.status.readOnly).toBe(true)
    expect(store.status.notices.map((notice) => notice.kind)).toEqual(['locked', 'recovered-from-backup'])
    expect(store.status.notices[1]?.message).toMatch(/could not be read \(the file is cut short.*restored from the backup.*Nothing was changed on disk\.$/)
    expect(store.list()).toEqual([makeNote(1)])
    expect(await readFile(path.join(folder.dir, 'notes.json'), 'utf8')).toBe('{"format": "foc-reader-notes", "sch')
  })

  it('turns read-only with a notice when the lock is taken away while open', async () => {
    const store = await folder.open(true)
    await store.put(makeNote(1))
    await rm(lockPath, { recursive: true })
    await new Promise((resolve) => setTimeout(resolve, LOCK_UPDATE_MS + 1_000))
    expect(store.status.readOnly).toBe(true)
    expect(store.status.notices).toEqual([expect.objectContaining({ kind: 'locked', message: expect.stringContaining('lost its lock') })])
    await expect(store.put(makeNote(2))).rejects.toMatchObject({ code: 'read-only' })
    await store.close()
  }, 10_000)

  it('with lock: false takes no lock (Electron has its own single-instance lock)', async () => {
    const store = await folder.open(false)
    await store.put(makeNote(1))
    expect(await exists(lockPath)).toBe(false)
  })
})
