import { chmod, readdir, readFile, stat } from 'node:fs/promises'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { NotesStore } from './notes-store'
import { notesOnDisk } from './testing/disk-state'
import { faultyFs, type FaultStep } from './testing/faulty-fs'
import { makeNote } from './testing/note-fixtures'
import { withStoreFolder } from './testing/store-folder'

const folder = withStoreFolder()
const faults = faultyFs()

afterEach(async () => {
  faults.clear()
  await chmod(folder.dir, 0o700)
  vi.restoreAllMocks()
})

/** A store writing through the faulty file system; `compactEvery` makes compaction come early. */
function open(compactEvery = 1_000): Promise<NotesStore> {
  return folder.open(false, folder.dir, { fs: faults.fs, compaction: { records: compactEvery, bytes: 100_000_000 } })
}

const CODES = [
  ['ENOSPC', 'disk-full', /^Not saved: the disk is full\. Free some space on the drive that holds .+, then retry; your text is kept\.$/],
  ['EIO', 'io-error', /^Not saved: the disk reported an error\. Retry; your text is kept\. \(.+: EIO: simulated failure \(journal-\w+\)\)$/],
  ['EACCES', 'permission-denied', /^Not saved: FOC Reader may not write to .+\. Check the folder's permissions, then retry; your text is kept\. \(EACCES: simulated failure \(journal-\w+\)\)$/],
] as const

const JOURNAL_STEPS: FaultStep[] = ['journal-create', 'journal-append', 'journal-fsync']

describe('a failed save', () => {
  for (const step of JOURNAL_STEPS) {
    it.each(CODES)(`at ${step}, %s: rejects naming the cause, applies nothing, and the next save works`, async (code, failure, message) => {
      const store = await open()
      // journal-create fails the very first save (the journal is created then); the others a later one.
      if (step !== 'journal-create') await store.put(makeNote(1))
      const before = store.list()
      faults.fail({ step, code })
      const error = await store.put(makeNote(2)).catch((caught: unknown) => caught)
      expect(error).toMatchObject({ name: 'NotesStoreError', code: 'write-failed', failure, message: expect.stringMatching(message) })
      if (step !== 'journal-create') await expect(store.remove(makeNote(1).id)).rejects.toMatchObject({ code: 'write-failed', failure })
      expect(store.list()).toEqual(before)
      expect(store.get(makeNote(2).id)).toBeUndefined()
      expect(notesOnDisk(folder.dir)).toEqual(before)

      faults.clear()
      await store.put(makeNote(3))
      expect(notesOnDisk(folder.dir)).toEqual([...before, makeNote(3)])
      await store.close()
      const again = await open()
      expect(again.list()).toEqual([...before, makeNote(3)])
      expect(again.status.notices).toEqual([])
    })
  }

  it('fails every change of a coalesced write together, and none of them is kept', async () => {
    const store = await open()
    await store.put(makeNote(1))
    faults.fail({ step: 'journal-append', code: 'ENOSPC' })
    const results = await Promise.allSettled([2, 3, 4].map((index) => store.put(makeNote(index))))
    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected', 'rejected'])
    faults.clear()
    await store.put(makeNote(5))
    expect(notesOnDisk(folder.dir)).toEqual([makeNote(1), makeNote(5)])
  })

  it('cuts off the half-written record a full disk left, so later records are not hidden behind it', async () => {
    const store = await open()
    await store.put(makeNote(1))
    faults.fail({ step: 'journal-append', code: 'ENOSPC', short: true })
    await expect(store.put(makeNote(2, 'x'.repeat(5_000)))).rejects.toMatchObject({ failure: 'disk-full' })
    expect(faults.fired).toBeGreaterThan(0)
    faults.clear()
    await store.put(makeNote(3))
    await store.put(makeNote(4))
    await store.close()
    const again = await open()
    expect(again.list()).toEqual([makeNote(1), makeNote(3), makeNote(4)])
    expect(again.status.notices).toEqual([])
  })

  it.skipIf(process.getuid?.() === 0 || process.platform === 'win32')('in a folder made read-only, rejects as permission-denied, and succeeds once it is writable', async () => {
    const store = await open()
    await store.put(makeNote(1))
    await store.close()
    const again = await open()
    await chmod(folder.dir, 0o500)
    // The journal file itself stays writable; make it read-only too, as a locked-down folder would be.
    const journal = (await readdir(folder.dir)).find((name) => name.startsWith('notes.journal.')) ?? ''
    await chmod(`${folder.dir}/${journal}`, 0o400)
    await expect(again.put(makeNote(2))).rejects.toMatchObject({ code: 'write-failed', failure: 'permission-denied' })
    await chmod(folder.dir, 0o700)
    await chmod(`${folder.dir}/${journal}`, 0o600)
    await again.put(makeNote(3))
    expect(notesOnDisk(folder.dir)).toEqual([makeNote(1), makeNote(3)])
  })
})

describe('a failed compaction', () => {
  const COMPACTION_STEPS: FaultStep[] = ['temp-write', 'temp-fsync', 'rename']

  for (const step of COMPACTION_STEPS) {
    it.each(CODES)(`at ${step}, %s: leaves notes.json and the backup as they were, keeps saving, and compacts once the fault clears`, async (code) => {
      const log = vi.spyOn(console, 'error').mockImplementation(() => undefined)
      const first = await open(3)
      for (let index = 0; index < 3; index += 1) await first.put(makeNote(index))
      await first.close()
      const snapshot = await readFile(first.notesPath)

      faults.fail({ step, code })
      const store = await open(3)
      for (let index = 3; index < 9; index += 1) await store.put(makeNote(index))
      // close waits for the background compaction.
      await store.close()
      expect(log).toHaveBeenCalled()
      expect(await readFile(store.notesPath)).toEqual(snapshot)
      expect((await readdir(folder.dir)).filter((name) => /^notes\.json\.\d+/.test(name))).toEqual([])
      expect(notesOnDisk(folder.dir).map((note) => note.id)).toEqual(Array.from({ length: 9 }, (_, index) => makeNote(index).id))

      faults.clear()
      // The next start compacts the journals the failed compactions left.
      await (await open(3)).close()
      expect(await readFile(store.notesPath)).not.toEqual(snapshot)
      const again = await open(3)
      expect(again.list()).toHaveLength(9)
      expect(again.status.notices).toEqual([])
    })
  }

  it('catches a short snapshot that reported success, and never renames it into place', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const first = await open(2)
    for (let index = 0; index < 2; index += 1) await first.put(makeNote(index))
    await first.close()
    const snapshot = await readFile(first.notesPath)
    faults.fail({ step: 'temp-write', code: 'ENOSPC', short: true, silent: true })
    const store = await open(2)
    for (let index = 2; index < 6; index += 1) await store.put(makeNote(index))
    await store.close()
    expect(log.mock.calls.flat().join(' ')).toMatch(/holds \d+ of \d+ bytes after writing/)
    expect(await readFile(store.notesPath)).toEqual(snapshot)
    faults.clear()
    const again = await open(2)
    expect(again.list()).toHaveLength(6)
  })

  it('when the next journal cannot be created, saves keep going to the old journal and nothing is lost', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const store = await open(3)
    await store.put(makeNote(0))
    faults.fail({ step: 'journal-create', code: 'ENOSPC' })
    for (let index = 1; index < 8; index += 1) await store.put(makeNote(index))
    await store.close()
    expect(faults.fired).toBeGreaterThan(0)
    expect(notesOnDisk(folder.dir)).toHaveLength(8)
    faults.clear()
    const again = await open(3)
    expect(again.list().map((note) => note.id)).toEqual(Array.from({ length: 8 }, (_, index) => makeNote(index).id))
    expect(again.status.notices).toEqual([])
  })

  it('without hard links, the backup is a copy of the old snapshot', async () => {
    faults.fail({ step: 'backup-link', code: 'EPERM' })
    const first = await open(2)
    for (let index = 0; index < 2; index += 1) await first.put(makeNote(index))
    await first.close()
    const store = await open(2)
    for (let index = 2; index < 4; index += 1) await store.put(makeNote(index))
    await store.close()
    expect(faults.fired).toBeGreaterThan(0)
    expect((await stat(store.backupPath)).ino).not.toBe((await stat(store.notesPath)).ino)
    expect(notesOnDisk(folder.dir, 'notes.backup.json')).toEqual(notesOnDisk(folder.dir))
  })
})
