import { appendFile, readdir, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { changeJson, encodeRecord } from './journal-file'
import { serializeLockFile } from './lock-file'
import { NOTES_LOCK_NAME } from './notes-lock'
import type { NotesStore } from './notes-store'
import { folderBytes } from './testing/disk-state'
import { faultyFs } from './testing/faulty-fs'
import { makeNote } from './testing/note-fixtures'
import { withStoreFolder } from './testing/store-folder'

const folder = withStoreFolder()
const faults = faultyFs()

afterEach(() => {
  faults.clear()
})

function open(compactEvery = 1_000): Promise<NotesStore> {
  return folder.open(false, folder.dir, { fs: faults.fs, compaction: { records: compactEvery, bytes: 100_000_000 } })
}

describe('a change the store said it did not save', () => {
  it('does not happen at the next start: a removal that failed its fsync, then the app closed', async () => {
    const store = await open()
    await store.put(makeNote(1))
    await store.put(makeNote(2))
    faults.fail({ step: 'journal-fsync', code: 'EIO' })
    await expect(store.remove(makeNote(1).id)).rejects.toMatchObject({ code: 'write-failed' })
    faults.clear()
    expect(store.list()).toEqual([makeNote(1), makeNote(2)])
    await store.close()

    const again = await open()
    expect(again.list()).toEqual([makeNote(1), makeNote(2)])
  })

  it('is left alone on close once another window took the folder over: closing writes nothing', async () => {
    const store = await folder.open(true, folder.dir, { fs: faults.fs })
    await store.put(makeNote(1))
    faults.fail({ step: 'journal-fsync', code: 'EIO' })
    await expect(store.put(makeNote(2))).rejects.toMatchObject({ code: 'write-failed' })
    faults.clear()
    // Another process owns the folder now and has appended its own change to the journal.
    const other = { pid: 1, startMark: null, host: os.hostname(), token: 'b'.repeat(32), since: new Date().toISOString() }
    await writeFile(path.join(folder.dir, NOTES_LOCK_NAME), serializeLockFile(other))
    const journal = (await readdir(folder.dir)).find((name) => name.startsWith('notes.journal.')) ?? ''
    await appendFile(path.join(folder.dir, journal), encodeRecord([changeJson({ op: 'put', note: makeNote(7) })]))
    const before = folderBytes(folder.dir)
    await store.close()
    expect(folderBytes(folder.dir)).toEqual(before)
  })
})
