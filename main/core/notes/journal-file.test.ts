import { describe, expect, it } from 'vitest'
import { changeJson, encodeRecord, journalHeader, readJournal, type JournalChange } from './journal-file'
import { makeNote } from './testing/note-fixtures'

const first: JournalChange = { op: 'put', note: makeNote(1) }
const second: JournalChange = { op: 'put', note: makeNote(2, 'Second note') }
const changes: JournalChange[] = [
  first,
  second,
  { op: 'remove', id: makeNote(1).id },
]

function journalOf(generation: number, list: readonly JournalChange[]): Buffer {
  return Buffer.concat([journalHeader(generation), ...list.map((change) => encodeRecord([changeJson(change)]))])
}

describe('journal file', () => {
  it('reads back every change it encoded, a batch as its changes in order', () => {
    const bytes = Buffer.concat([journalOf(3, changes), encodeRecord([changeJson(first), changeJson(second)])])
    const read = readJournal(bytes)
    expect(read).toMatchObject({ kind: 'ok', generation: 3, records: 4, validLength: bytes.length, tail: null })
    if (read.kind === 'ok') expect(read.changes).toEqual([...changes, first, second])
  })

  it('ignores a torn last record cut at any byte, keeping the records before it', () => {
    const whole = journalOf(1, changes)
    const lastStart = journalOf(1, changes.slice(0, 2)).length
    for (let cut = lastStart + 1; cut < whole.length; cut += 1) {
      const read = readJournal(whole.subarray(0, cut))
      expect(read.kind).toBe('ok')
      if (read.kind !== 'ok') continue
      expect(read.changes).toEqual(changes.slice(0, 2))
      expect(read.validLength).toBe(lastStart)
      expect(read.tail).toMatchObject({ bytes: cut - lastStart, goodRecordsAfter: false })
    }
  })

  it('treats a flipped byte in a middle record as damage with good records after it', () => {
    const bytes = Buffer.from(journalOf(1, changes))
    const secondStart = journalOf(1, changes.slice(0, 1)).length
    const flipAt = secondStart + 30
    bytes[flipAt] = (bytes[flipAt] ?? 0) ^ 0x01
    const read = readJournal(bytes)
    expect(read.kind).toBe('ok')
    if (read.kind !== 'ok') return
    expect(read.changes).toEqual(changes.slice(0, 1))
    expect(read.validLength).toBe(secondStart)
    expect(read.tail?.goodRecordsAfter).toBe(true)
  })

  it('reports a journal from a newer version instead of reading it', () => {
    const header = Buffer.from(`${JSON.stringify({ format: 'foc-reader-notes-journal', schemaVersion: 99, generation: 1 })}\n`)
    expect(readJournal(Buffer.concat([header, encodeRecord([changeJson(first)])]))).toEqual({ kind: 'newer-version', schemaVersion: 99 })
  })
})
