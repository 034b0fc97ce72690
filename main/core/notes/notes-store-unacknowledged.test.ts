import { afterEach, describe, expect, it } from 'vitest'
import type { NotesStore } from './notes-store'
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
})
