import { readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { changeJson, encodeRecord, journalFileName, journalHeader, readJournal, type JournalChange } from './journal-file'
import type { OpenJournal } from './journal-replay'
import { JournalWriter } from './journal-writer'
import { nodeStoreFs } from './store-fs'
import { faultyFs, type FaultStep } from './testing/faulty-fs'
import { makeNote, makeTempDir } from './testing/note-fixtures'

let dir = ''
let cleanup: () => Promise<void> = async () => {}
const faults = faultyFs()
const writers: JournalWriter[] = []

beforeEach(async () => {
  ;({ dir, cleanup } = await makeTempDir('foc-journal-writer-'))
})

afterEach(async () => {
  faults.clear()
  for (const writer of writers.splice(0)) await writer.close().catch(() => {})
  await cleanup()
})

const put = (index: number, text?: string): JournalChange => ({ op: 'put', note: makeNote(index, text) })
const remove = (index: number): JournalChange => ({ op: 'remove', id: makeNote(index).id })
const record = (change: JournalChange): Buffer => encodeRecord([changeJson(change)])

/** A writer on `dir`, through the faulty file system unless told otherwise; closed after the test. */
function writer(existing: OpenJournal | null = null, generation = 1, fs = faults.fs): JournalWriter {
  const created = JournalWriter.resume(fs, dir, existing, generation)
  writers.push(created)
  return created
}

/** What journal `generation` holds now, read as the store reads it on opening. */
async function journal(generation: number) {
  return readJournal(await readFile(path.join(dir, journalFileName(generation))))
}

async function changesIn(generation: number): Promise<JournalChange[]> {
  const read = await journal(generation)
  if (read.kind !== 'ok') throw new Error(`journal ${generation} is ${read.kind}`)
  expect(read.tail, 'no bytes after the last good record').toBeNull()
  return read.changes
}

describe('JournalWriter.append', () => {
  it('creates the journal with its header and appends records that read back in order', async () => {
    const journalWriter = writer(null, 4, nodeStoreFs)
    const changes = [put(1), put(2), put(1, 'edited'), remove(2)]
    for (const change of changes) await journalWriter.append(record(change))
    expect(await journal(4)).toMatchObject({ kind: 'ok', generation: 4, records: 4, tail: null })
    expect(await changesIn(4)).toEqual(changes)
    expect(await readdir(dir)).toEqual([journalFileName(4)])
  })

  it.each<[string, FaultStep, boolean]>([
    ['a write cut off half-way', 'journal-append', true],
    ['a failed write', 'journal-append', false],
    ['a failed fsync after the whole record was written', 'journal-fsync', false],
  ])('after %s, the next append cuts the failed record away before writing', async (_label, step, short) => {
    const journalWriter = writer()
    await journalWriter.append(record(put(1)))
    faults.fail({ step, code: 'ENOSPC', short })
    await expect(journalWriter.append(record(put(2)))).rejects.toMatchObject({ code: 'ENOSPC' })
    expect(faults.fired).toBeGreaterThan(0)
    faults.clear()

    await journalWriter.append(record(put(3)))
    await journalWriter.append(record(remove(1)))
    // The failed put never comes back, and nothing bad sits before the good records.
    expect(await changesIn(1)).toEqual([put(1), put(3), remove(1)])
    expect(journalWriter.size.records).toBe(3)
  })

  it('keeps failing without damage while the disk stays full, and recovers when it clears', async () => {
    const journalWriter = writer()
    await journalWriter.append(record(put(1)))
    faults.fail({ step: 'journal-append', code: 'ENOSPC', short: true })
    for (const index of [2, 3, 4]) await expect(journalWriter.append(record(put(index)))).rejects.toThrow('ENOSPC')
    faults.clear()
    await journalWriter.append(record(put(5)))
    expect(await changesIn(1)).toEqual([put(1), put(5)])
  })

  it('reports its size: records and bytes of good records, header included, not counting a failed append', async () => {
    const journalWriter = writer()
    const first = record(put(1))
    const second = record(put(2))
    await journalWriter.append(first)
    await journalWriter.append(second)
    const expectedBytes = journalHeader(1).length + first.length + second.length
    expect(journalWriter.size).toEqual({ records: 2, bytes: expectedBytes })
    expect((await readFile(path.join(dir, journalFileName(1)))).length).toBe(expectedBytes)

    faults.fail({ step: 'journal-fsync', code: 'EIO' })
    await expect(journalWriter.append(record(put(3)))).rejects.toThrow('EIO')
    expect(journalWriter.size).toEqual({ records: 2, bytes: expectedBytes })
  })
})

describe('JournalWriter.rotate', () => {
  it('creates the next generation with its header; later appends go there and the old journal is left as it was', async () => {
    const journalWriter = writer()
    await journalWriter.append(record(put(1)))
    const oldBytes = await readFile(path.join(dir, journalFileName(1)))

    await journalWriter.rotate(2)
    expect(journalWriter.generation).toBe(2)
    expect(journalWriter.size).toEqual({ records: 0, bytes: journalHeader(2).length })
    expect(await readFile(path.join(dir, journalFileName(2)))).toEqual(journalHeader(2))

    await journalWriter.append(record(put(2)))
    expect(await changesIn(2)).toEqual([put(2)])
    expect(await readFile(path.join(dir, journalFileName(1)))).toEqual(oldBytes)
  })

  it('replaces a header-only file a failed earlier rotation left behind', async () => {
    await writeFile(path.join(dir, journalFileName(2)), '{"format":"foc-reader-notes-jou')
    const journalWriter = writer()
    await journalWriter.append(record(put(1)))
    await journalWriter.rotate(2)
    await journalWriter.append(record(put(2)))
    expect(await changesIn(2)).toEqual([put(2)])
  })

  it.each<FaultStep>(['journal-create', 'journal-fsync'])('when %s fails, leaves no new journal and appends go on to the old one', async (step) => {
    const journalWriter = writer()
    await journalWriter.append(record(put(1)))
    faults.fail({ step, code: 'ENOSPC' })
    await expect(journalWriter.rotate(2)).rejects.toThrow('ENOSPC')
    faults.clear()

    expect(journalWriter.generation).toBe(1)
    expect(await readdir(dir)).toEqual([journalFileName(1)])
    await journalWriter.append(record(put(2)))
    expect(await changesIn(1)).toEqual([put(1), put(2)])
    expect(journalWriter.size.records).toBe(2)
  })
})

describe('a failed record, when no append follows', () => {
  /** A writer whose last append wrote its whole record but failed its fsync: not acknowledged, yet in the file. */
  async function afterFailedFsync(): Promise<JournalWriter> {
    const journalWriter = writer()
    await journalWriter.append(record(put(1)))
    faults.fail({ step: 'journal-fsync', code: 'EIO' })
    await expect(journalWriter.append(record(remove(1)))).rejects.toThrow('EIO')
    faults.clear()
    return journalWriter
  }

  it('is cut away before rotating, so a start that replays the old journal does not apply it', async () => {
    const journalWriter = await afterFailedFsync()
    await journalWriter.rotate(2)
    expect(await changesIn(1)).toEqual([put(1)])
  })

  it('is cut away on close, so the next start does not apply it', async () => {
    const journalWriter = await afterFailedFsync()
    await journalWriter.close()
    expect(await changesIn(1)).toEqual([put(1)])
  })

  it('is left as it is by a close that may not write (the folder may be another window’s now)', async () => {
    const journalWriter = await afterFailedFsync()
    const before = await readFile(path.join(dir, journalFileName(1)))
    await journalWriter.close(false)
    expect(await readFile(path.join(dir, journalFileName(1)))).toEqual(before)
  })

  it('stops a rotation when it cannot be cut away: appends stay on the old journal and cut it on the next one', async () => {
    const journalWriter = await afterFailedFsync()
    faults.fail({ step: 'journal-fsync', code: 'EIO' })
    await expect(journalWriter.rotate(2)).rejects.toThrow('EIO')
    faults.clear()
    expect(await readdir(dir)).toEqual([journalFileName(1)])
    await journalWriter.append(record(put(2)))
    expect(await changesIn(1)).toEqual([put(1), put(2)])
  })
})

describe('JournalWriter.resume', () => {
  /** Journal `generation` on disk with `changes`, then `tail` (bytes no good record is made of); what replay would say of it. */
  async function existingJournal(generation: number, changes: readonly JournalChange[], tail: Buffer = Buffer.alloc(0)): Promise<OpenJournal> {
    const file = path.join(dir, journalFileName(generation))
    await writeFile(file, Buffer.concat([journalHeader(generation), ...changes.map(record), tail]))
    const read = readJournal(await readFile(file))
    if (read.kind !== 'ok') throw new Error('the test journal does not read')
    return { generation, file, validLength: read.validLength, records: read.records }
  }

  it('continues the existing journal and cuts its torn tail away on the first append', async () => {
    const torn = record(put(3)).subarray(0, 40)
    const existing = await existingJournal(5, [put(1), put(2)], torn)
    const journalWriter = writer(existing, 9)
    expect(journalWriter.generation).toBe(5)

    await journalWriter.append(record(remove(1)))
    expect(await changesIn(5)).toEqual([put(1), put(2), remove(1)])
    expect(await readdir(dir)).toEqual([journalFileName(5)])
  })

  it('reports the existing journal’s size before the first append', async () => {
    const existing = await existingJournal(2, [put(1), put(2)], Buffer.from('garbage'))
    const journalWriter = writer(existing, 2)
    expect(journalWriter.size).toEqual({ records: 2, bytes: existing.validLength })
    await journalWriter.append(record(put(3)))
    expect(journalWriter.size).toEqual({ records: 3, bytes: existing.validLength + record(put(3)).length })
  })

  it('leaves a journal with a torn tail alone until something is appended', async () => {
    const existing = await existingJournal(1, [put(1)], Buffer.from('17 0000'))
    const before = await readFile(existing.file)
    writer(existing)
    expect(await readFile(existing.file)).toEqual(before)
  })

  it('rewrites a journal whose header a crash cut off, with a header, before the first record', async () => {
    const file = path.join(dir, journalFileName(3))
    await writeFile(file, '{"format":"foc-rea')
    const journalWriter = writer({ generation: 3, file, validLength: 0, records: 0 })
    await journalWriter.append(record(put(1)))
    expect(await journal(3)).toMatchObject({ kind: 'ok', generation: 3, records: 1, tail: null })
  })

  it('after a failed first append to a resumed journal, still cuts both the torn tail and the failed record', async () => {
    const existing = await existingJournal(1, [put(1)], Buffer.from('99 deadbeef {"op":'))
    const journalWriter = writer(existing)
    faults.fail({ step: 'journal-fsync', code: 'EIO' })
    await expect(journalWriter.append(record(put(2)))).rejects.toThrow('EIO')
    faults.clear()
    await journalWriter.append(record(put(3)))
    expect(await changesIn(1)).toEqual([put(1), put(3)])
  })
})
