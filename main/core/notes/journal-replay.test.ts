import { readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Note } from '../../../shared/notes/note-model'
import { changeJson, encodeRecord, journalFileName, journalHeader, type JournalChange } from './journal-file'
import { listJournals, replayJournals } from './journal-replay'
import type { StoreNotice } from './notes-recovery'
import { makeNote, makeTempDir, noteText } from './testing/note-fixtures'

/** Set by a test to make copying a damaged journal aside fail, as on a full disk. */
const copyAside = vi.hoisted(() => ({ fail: false }))

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>()
  const copyFile: typeof actual.copyFile = (from, to, mode) =>
    copyAside.fail ? Promise.reject(Object.assign(new Error('ENOSPC: no space left on device, copyfile'), { code: 'ENOSPC' })) : actual.copyFile(from, to, mode)
  return { ...actual, default: { ...actual, copyFile }, copyFile }
})

let dir = ''
let cleanup: () => Promise<void> = async () => {}

beforeEach(async () => {
  ;({ dir, cleanup } = await makeTempDir('foc-journal-replay-'))
})

afterEach(async () => {
  copyAside.fail = false
  vi.useRealTimers()
  await cleanup()
})

const put = (index: number, text?: string): JournalChange => ({ op: 'put', note: makeNote(index, text) })
const remove = (index: number): JournalChange => ({ op: 'remove', id: makeNote(index).id })
const record = (change: JournalChange): Buffer => encodeRecord([changeJson(change)])

/** Writes journal `generation` holding `parts`: changes become records, buffers are written as they are. */
async function writeJournal(generation: number, parts: ReadonlyArray<JournalChange | Buffer>): Promise<string> {
  const file = path.join(dir, journalFileName(generation))
  await writeFile(file, Buffer.concat([journalHeader(generation), ...parts.map((part) => (Buffer.isBuffer(part) ? part : record(part)))]))
  return file
}

/** Replays onto `start` notes; returns the outcome, the notes after, and the notices. */
async function replay(options: { start?: readonly Note[]; base?: number; keepFrom?: number; writable?: boolean } = {}) {
  const notes = new Map((options.start ?? []).map((note) => [note.id, note]))
  const notices: StoreNotice[] = []
  const base = options.base ?? 1
  const result = await replayJournals(dir, notes, base, options.keepFrom ?? base, options.writable ?? true, notices)
  return { result, notes: [...notes.values()], notices }
}

/** A good record's bytes with one payload byte flipped: it fails its checksum. */
function corrupted(change: JournalChange): Buffer {
  const bytes = Buffer.from(record(change))
  const at = bytes.length - 10
  bytes[at] = (bytes[at] ?? 0) ^ 0x01
  return bytes
}

describe('replayJournals', () => {
  it('applies every journal from the base generation on, in generation order', async () => {
    // Written out of order, and generation 10 after 9: the order is numeric, not by name or by creation.
    await writeJournal(10, [remove(2), put(1, 'third version')])
    await writeJournal(2, [put(1), put(2), put(3)])
    await writeJournal(9, [put(1, 'second version'), remove(3), put(4)])
    const { result, notes, notices } = await replay({ start: [makeNote(5)], base: 2 })

    expect(notes.map((note) => [note.id, noteText(note)])).toEqual([
      [makeNote(5).id, 'Note 5'],
      [makeNote(1).id, 'third version'],
      [makeNote(4).id, 'Note 4'],
    ])
    expect(result.applied).toBe(8)
    expect(result.readOnlyReason).toBeNull()
    expect(result.journal).toEqual({ generation: 10, file: path.join(dir, journalFileName(10)), validLength: (await readFile(path.join(dir, journalFileName(10)))).length, records: 2 })
    expect(notices).toEqual([])
  })

  it('applies the changes of a batch record together, in order', async () => {
    await writeJournal(1, [encodeRecord([changeJson(put(1)), changeJson(put(2)), changeJson(remove(1))])])
    const { result, notes } = await replay()
    expect(notes).toEqual([makeNote(2)])
    expect(result.applied).toBe(1)
  })

  it('ignores journals older than the base, and lists as stale only those older than keepFrom', async () => {
    await writeJournal(1, [put(1, 'from journal 1')])
    await writeJournal(2, [put(2, 'from journal 2')])
    await writeJournal(3, [put(3)])
    // The snapshot starts at 3; the backup (at 2) still needs journal 2.
    const { result, notes } = await replay({ start: [makeNote(1, 'snapshot'), makeNote(2, 'snapshot')], base: 3, keepFrom: 2 })
    expect(notes.map(noteText)).toEqual(['snapshot', 'snapshot', 'Note 3'])
    expect(result.stale).toEqual([path.join(dir, journalFileName(1))])
    expect(result.journal?.generation).toBe(3)
  })

  it('finds no journal, and nothing stale, in a folder without journals', async () => {
    await writeFile(path.join(dir, 'notes.journal-damaged-2024.log'), 'not a journal')
    await writeFile(path.join(dir, 'notes.journal.x'), 'not a journal')
    expect(await listJournals(dir)).toEqual([])
    const { result, notes } = await replay({ start: [makeNote(1)] })
    expect(result).toEqual({ journal: null, applied: 0, stale: [], readOnlyReason: null })
    expect(notes).toEqual([makeNote(1)])
  })

  it('ignores a torn tail quietly: the records before it apply, no notice, nothing written', async () => {
    const good = await writeJournal(1, [put(1), put(2)])
    const validLength = (await readFile(good)).length
    await writeJournal(1, [put(1), put(2), record(put(3)).subarray(0, 25)])
    const before = await readdir(dir)
    const { result, notes, notices } = await replay()
    expect(notes).toEqual([makeNote(1), makeNote(2)])
    expect(notices).toEqual([])
    expect(result.journal).toMatchObject({ generation: 1, validLength, records: 2 })
    expect(await readdir(dir)).toEqual(before)
  })

  it('with good records after bad bytes, copies the journal aside byte for byte and says so', async () => {
    const file = await writeJournal(1, [put(1), corrupted(put(2)), put(3)])
    const bytes = await readFile(file)
    const { result, notes, notices } = await replay({ start: [makeNote(9)] })

    // Only what comes before the damage: a later change may depend on the lost one.
    expect(notes).toEqual([makeNote(9), makeNote(1)])
    expect(result.journal).toMatchObject({ generation: 1, records: 1 })
    expect(notices).toHaveLength(1)
    const [notice] = notices
    expect(notice?.kind).toBe('damaged-moved-aside')
    expect(notice?.path).toMatch(/[/\\]notes\.journal-damaged-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z\.log$/)
    expect(notice?.message).toContain(file)
    expect(notice?.message).toContain(notice?.path ?? '?')
    expect(notice?.message).toMatch(/does not match its checksum/)
    expect(await readFile(notice?.path ?? '')).toEqual(bytes)
    // The journal itself is not changed by reading it.
    expect(await readFile(file)).toEqual(bytes)
  })

  it('never overwrites an earlier damaged copy, even within the same millisecond', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2024-06-01T12:00:00.000Z'))
    await writeJournal(1, [put(1), corrupted(put(2)), put(3)])
    const first = await replay()
    const firstCopy = await readFile(first.notices[0]?.path ?? '')
    await writeJournal(1, [put(4), corrupted(put(5)), put(6)])
    const second = await replay()
    const copies = (await readdir(dir)).filter((name) => name.startsWith('notes.journal-damaged-')).sort()
    expect(copies).toEqual(['notes.journal-damaged-2024-06-01T12-00-00-000Z-1.log', 'notes.journal-damaged-2024-06-01T12-00-00-000Z.log'])
    expect(second.notices[0]?.path).toBe(path.join(dir, copies[0] ?? ''))
    expect(await readFile(first.notices[0]?.path ?? '')).toEqual(firstCopy)
  })

  it('when it may not write, only tells: no copy, nothing on disk changed', async () => {
    const file = await writeJournal(1, [put(1), corrupted(put(2)), put(3)])
    const before = await readdir(dir)
    const { notes, notices } = await replay({ writable: false })
    expect(notes).toEqual([makeNote(1)])
    expect(notices).toEqual([{ kind: 'damaged-moved-aside', path: file, message: expect.stringMatching(/is damaged: .*Nothing was changed on disk\.$/) }])
    expect(await readdir(dir)).toEqual(before)
  })

  it.each([
    ['in the middle', () => [put(1), corrupted(put(2)), put(3)]],
    ['in its header', () => [Buffer.from('{"format":"foc-reader-notes-journal",\n'), put(1), put(2)]],
  ])('stays read-only when a journal damaged %s cannot be copied aside, so no save cuts the records after the damage', async (_label, parts) => {
    const file = await writeJournal(1, [])
    await writeFile(file, Buffer.concat(parts().map((part) => (Buffer.isBuffer(part) ? part : record(part)))))
    const bytes = await readFile(file)
    copyAside.fail = true
    const { result, notices } = await replay()
    expect(result.readOnlyReason).toBe(`the damaged notes journal ${file} could not be copied aside (ENOSPC: no space left on device, copyfile)`)
    expect(notices).toEqual([{ kind: 'damaged-moved-aside', path: file, message: expect.stringMatching(/It could not be copied aside \(ENOSPC.*\)\. Notes are read-only/) }])
    expect(await readFile(file)).toEqual(bytes)
    expect(await readdir(dir)).toEqual([journalFileName(1)])
  })

  it('makes the result read-only when a journal is from a newer version, and applies nothing from it on', async () => {
    await writeJournal(1, [put(1)])
    const newerHeader = Buffer.from(`${JSON.stringify({ format: 'foc-reader-notes-journal', schemaVersion: 99, generation: 2 })}\n`)
    const newer = path.join(dir, journalFileName(2))
    await writeFile(newer, Buffer.concat([newerHeader, record(put(2))]))
    await writeJournal(3, [put(3)])
    const { result, notes, notices } = await replay()

    expect(result.readOnlyReason).toBe('the notes journal was written by a newer version of FOC Reader')
    expect(notes).toEqual([makeNote(1)])
    expect(notices).toEqual([{ kind: 'newer-version', path: newer, message: expect.stringContaining('journal format 99') }])
    expect(result.journal?.generation).toBe(1)
  })

  it('takes a journal whose header is damaged as the one to append to, with nothing valid in it', async () => {
    await writeJournal(1, [put(1)])
    const file = path.join(dir, journalFileName(2))
    await writeFile(file, '{"format":"foc-reader-no')
    const { result, notes, notices } = await replay()
    expect(result.journal).toEqual({ generation: 2, file, validLength: 0, records: 0 })
    expect(notes).toEqual([makeNote(1)])
    expect(notices).toEqual([])
  })

  it.each([
    ['not valid JSON', (header: Buffer) => Buffer.concat([Buffer.from('{"format":"foc-reader-notes-journal",'), header.subarray(38, 50), Buffer.from('\n')])],
    ['flipped in one byte', (header: Buffer) => Buffer.from(header.toString('utf8').replace('"generation"', '"generatiom"'))],
  ])('copies aside, and says so, a journal whose header is %s but which holds records after it', async (_label, damage) => {
    const file = path.join(dir, journalFileName(1))
    const bytes = Buffer.concat([damage(journalHeader(1)), record(put(1)), record(put(2))])
    await writeFile(file, bytes)
    const { result, notices } = await replay()
    // It is still where the next change goes (the writer starts it afresh), so its records must be kept elsewhere first.
    expect(result.journal).toEqual({ generation: 1, file, validLength: 0, records: 0 })
    expect(notices).toEqual([{ kind: 'damaged-moved-aside', path: expect.stringMatching(/notes\.journal-damaged-.*\.log$/), message: expect.stringContaining(file) }])
    expect(await readFile(notices[0]?.path ?? '')).toEqual(bytes)

    const locked = await replay({ writable: false })
    expect(locked.notices).toEqual([{ kind: 'damaged-moved-aside', path: file, message: expect.stringContaining('Nothing was changed on disk.') }])
  })
})
