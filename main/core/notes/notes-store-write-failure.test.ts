import { chmod, readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { escapeRegExp } from '../../../shared/escape-reg-exp'
import { parseNotesFile } from './notes-file'
import { openNotesStore, type NotesStore } from './notes-store'
import { makeNote, makeTempDir } from './testing/note-fixtures'

/**
 * write-file-atomic, wrapped: by default it writes for real; a test can make
 * the next writes of one file fail (as a full disk does) or come out short
 * (as write-file-atomic's unchecked single write() can on a full disk).
 */
const writer = vi.hoisted(() => ({ failOn: null as string | null, truncateOn: null as string | null, noHardLinks: false }))

vi.mock('write-file-atomic', async (importOriginal) => {
  const actual = await importOriginal<{ default: (file: string, data: Buffer, options?: object) => Promise<void> }>()
  return {
    default: async (file: string, data: Buffer, options?: object) => {
      if (writer.failOn !== null && file.endsWith(writer.failOn)) {
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' })
      }
      if (writer.truncateOn !== null && file.endsWith(writer.truncateOn)) return actual.default(file, data.subarray(0, data.length >> 1), options)
      return actual.default(file, data, options)
    },
  }
})

/** A file system without hard links (FAT, some network shares), when a test asks for one. */
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>()
  return {
    ...actual,
    link: async (existing: string, created: string) => {
      if (writer.noHardLinks) throw Object.assign(new Error('EPERM: operation not permitted, link'), { code: 'EPERM' })
      return actual.link(existing, created)
    },
  }
})

let dir = ''
let cleanup: () => Promise<void> = async () => {}
const opened: NotesStore[] = []

beforeEach(async () => {
  ;({ dir, cleanup } = await makeTempDir())
  writer.failOn = null
  writer.truncateOn = null
  writer.noHardLinks = false
})

afterEach(async () => {
  writer.failOn = null
  writer.truncateOn = null
  await chmod(dir, 0o700)
  for (const store of opened.splice(0)) await store.close().catch(() => {})
  await cleanup()
})

async function open(): Promise<NotesStore> {
  const store = await openNotesStore({ dataDir: dir, lock: false })
  opened.push(store)
  return store
}

async function idsOnDisk(file: string): Promise<string[]> {
  const result = parseNotesFile(await readFile(file))
  if (result.kind !== 'ok') throw new Error(`expected a good file, got ${JSON.stringify(result)}`)
  return result.notes.map((note) => note.id)
}

describe('a failed write', () => {
  it('rejects with a message naming the file and the cause, keeps the change unsaved, and a later write saves it', async () => {
    const store = await open()
    await store.put(makeNote(1))
    writer.failOn = 'notes.json'
    const error = await store.put(makeNote(2)).catch((caught: unknown) => caught)
    expect(error).toMatchObject({
      name: 'NotesStoreError',
      code: 'write-failed',
      message: `Could not save your notes to ${store.notesPath}: ENOSPC: no space left on device, write. The change is kept in this window and will be saved again with the next change.`,
    })
    expect(store.unsavedChanges).toBe(true)
    expect(await idsOnDisk(store.notesPath)).toEqual([makeNote(1).id])
    await expect(store.flush()).rejects.toMatchObject({ code: 'write-failed' })

    writer.failOn = null
    await store.flush()
    expect(store.unsavedChanges).toBe(false)
    expect(await idsOnDisk(store.notesPath)).toEqual([makeNote(1).id, makeNote(2).id])
  })

  it('fails every put of a coalesced write, and the next put carries them all', async () => {
    const store = await open()
    writer.failOn = 'notes.json'
    const results = await Promise.allSettled([1, 2, 3].map((index) => store.put(makeNote(index))))
    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected', 'rejected'])
    writer.failOn = null
    await store.put(makeNote(4))
    expect(await idsOnDisk(store.notesPath)).toEqual([1, 2, 3, 4].map((index) => makeNote(index).id))
  })

  it('without hard links, writes the backup from memory, and fails the put if that fails, leaving notes.json as it was', async () => {
    writer.noHardLinks = true
    const store = await open()
    await store.put(makeNote(1))
    const first = await readFile(store.notesPath)
    await store.put(makeNote(2))
    expect(await readFile(store.backupPath)).toEqual(first)
    expect((await stat(store.backupPath)).ino).not.toBe((await stat(store.notesPath)).ino)

    writer.failOn = 'notes.backup.json'
    await expect(store.put(makeNote(3))).rejects.toMatchObject({ code: 'write-failed' })
    expect(await idsOnDisk(store.notesPath)).toEqual([makeNote(1).id, makeNote(2).id])
    writer.failOn = null
    await store.put(makeNote(4))
    expect(await idsOnDisk(store.notesPath)).toHaveLength(4)
    expect(await idsOnDisk(store.backupPath)).toEqual([makeNote(1).id, makeNote(2).id])
  })

  it('catches a short write, and the backup still holds every acknowledged note', async () => {
    const store = await open()
    await store.put(makeNote(1))
    await store.put(makeNote(2))
    writer.truncateOn = 'notes.json'
    await expect(store.put(makeNote(3))).rejects.toThrow(/holds \d+ of \d+ bytes after writing \(is the disk full\?\)/)
    expect(store.unsavedChanges).toBe(true)

    // As if the app died now: the next start finds notes.json damaged and the backup good.
    writer.truncateOn = null
    const next = await open()
    expect(next.status.notices.map((notice) => notice.kind)).toEqual(['damaged-moved-aside', 'recovered-from-backup'])
    expect(next.list().map((note) => note.id)).toEqual([makeNote(1).id, makeNote(2).id])
  })

  it('recovers in the same session once writes work again', async () => {
    const store = await open()
    await store.put(makeNote(1))
    await store.put(makeNote(2))
    writer.truncateOn = 'notes.json'
    await expect(store.put(makeNote(3))).rejects.toMatchObject({ code: 'write-failed' })
    writer.truncateOn = null
    await store.put(makeNote(4))
    expect(await idsOnDisk(store.notesPath)).toEqual([1, 2, 3, 4].map((index) => makeNote(index).id))
    // The backup was not replaced by the short file: it is the last good state.
    expect(await idsOnDisk(store.backupPath)).toEqual([makeNote(1).id, makeNote(2).id])
  })

  it.skipIf(process.getuid?.() === 0 || process.platform === 'win32')('rejects when the folder is made read-only, and succeeds once it is writable', async () => {
    const store = await open()
    await store.put(makeNote(1))
    await chmod(dir, 0o500)
    await expect(store.put(makeNote(2))).rejects.toThrow(new RegExp(`^Could not save your notes to ${escapeRegExp(path.join(dir, 'notes.json'))}: .*EACCES`))
    await chmod(dir, 0o700)
    await store.flush()
    expect(await idsOnDisk(store.notesPath)).toEqual([makeNote(1).id, makeNote(2).id])
  })
})
