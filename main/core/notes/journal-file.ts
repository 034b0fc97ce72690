/**
 * The notes journal: an append-only log of changes made since the snapshot
 * (notes.json) was written, one file per generation, `notes.journal.<n>`.
 *
 * A header line names the format, version and generation; then one line per
 * write: `<byte length> <crc32, 8 hex digits> <JSON>` where the JSON is
 * `{"op":"put","note":{…}}`, `{"op":"remove","id":"…"}`, or for changes
 * written together (an import) `{"op":"batch","changes":[…]}`, applied whole
 * or not at all. The length and
 * checksum let a reader tell a complete record from one a crash cut off (a
 * torn tail), which is ignored and cut away on the next open. Reading never
 * throws.
 */
import { crc32 } from 'node:zlib'
import { z } from 'zod'
import { noteSchema, type Note } from '../../../shared/notes/note-model'

/** The `format` marker of a journal's header. */
export const JOURNAL_FORMAT = 'foc-reader-notes-journal'
/** The journal version this build reads and writes (the same as the snapshot's). */
export const JOURNAL_SCHEMA_VERSION = 2

/** The journal file of one generation. */
export function journalFileName(generation: number): string {
  return `notes.journal.${generation}`
}

/** The generation a journal file name stands for, or null for any other name. */
export function journalGeneration(name: string): number | null {
  const match = /^notes\.journal\.(\d{1,15})$/.exec(name)
  return match ? Number(match[1]) : null
}

/** One change. */
export type JournalChange = { readonly op: 'put'; readonly note: Note } | { readonly op: 'remove'; readonly id: string }

const changeSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('put'), note: noteSchema }),
  z.object({ op: z.literal('remove'), id: z.string().min(1) }),
])
const recordSchema = z.union([changeSchema, z.object({ op: z.literal('batch'), changes: z.array(changeSchema) })])

const headerSchema = z.object({ format: z.literal(JOURNAL_FORMAT), schemaVersion: z.number().int().min(1), generation: z.number().int().min(0) })

/** The header line a new journal starts with. */
export function journalHeader(generation: number): Buffer {
  return Buffer.from(`${JSON.stringify({ format: JOURNAL_FORMAT, schemaVersion: JOURNAL_SCHEMA_VERSION, generation })}\n`, 'utf8')
}

/** A change as JSON text; a put reuses the note's JSON when the caller has it already. */
export function changeJson(change: JournalChange, noteJson?: string): string {
  return change.op === 'put' ? `{"op":"put","note":${noteJson ?? JSON.stringify(change.note)}}` : JSON.stringify(change)
}

/** One record holding the changes (from `changeJson`), so they are applied together or not at all. */
export function encodeRecord(changes: readonly string[]): Buffer {
  const json = changes.length === 1 ? (changes[0] ?? '') : `{"op":"batch","changes":[${changes.join(',')}]}`
  const payload = Buffer.from(json, 'utf8')
  const prefix = `${payload.length} ${crc32(payload).toString(16).padStart(8, '0')} `
  return Buffer.concat([Buffer.from(prefix, 'ascii'), payload, Buffer.from('\n', 'ascii')])
}

/** What a journal file holds. */
export type JournalReadResult =
  | {
      readonly kind: 'ok'
      readonly generation: number
      readonly records: number
      /** Every change, in order (a batch's changes one by one). */
      readonly changes: JournalChange[]
      /** Bytes up to the end of the last good record: where the next append goes. */
      readonly validLength: number
      /** Bytes after `validLength` that are not a good record (a torn tail), and why; null when none. */
      readonly tail: { readonly bytes: number; readonly reason: string; readonly goodRecordsAfter: boolean } | null
    }
  | { readonly kind: 'newer-version'; readonly schemaVersion: number }
  | { readonly kind: 'damaged'; readonly reason: string }

/** Reads a journal's bytes. Records after the first bad one are not applied: order matters. */
export function readJournal(bytes: Buffer): JournalReadResult {
  const headerEnd = bytes.indexOf(0x0a)
  if (headerEnd === -1) return { kind: 'damaged', reason: bytes.length === 0 ? 'the journal is empty (no header)' : 'the journal header is cut short' }
  let header: z.infer<typeof headerSchema>
  try {
    const parsed = headerSchema.safeParse(JSON.parse(bytes.subarray(0, headerEnd).toString('utf8')))
    if (!parsed.success) return { kind: 'damaged', reason: 'the journal header is not a notes journal header' }
    header = parsed.data
  } catch {
    return { kind: 'damaged', reason: 'the journal header is not valid JSON' }
  }
  if (header.schemaVersion > JOURNAL_SCHEMA_VERSION) return { kind: 'newer-version', schemaVersion: header.schemaVersion }

  const changes: JournalChange[] = []
  let records = 0
  let offset = headerEnd + 1
  while (offset < bytes.length) {
    const decoded = decodeRecord(bytes, offset)
    if (typeof decoded === 'string') {
      return {
        kind: 'ok',
        generation: header.generation,
        records,
        changes,
        validLength: offset,
        tail: { bytes: bytes.length - offset, reason: decoded, goodRecordsAfter: hasGoodRecordAfter(bytes, offset) },
      }
    }
    if (decoded.record.op === 'batch') changes.push(...decoded.record.changes)
    else changes.push(decoded.record)
    records += 1
    offset = decoded.next
  }
  return { kind: 'ok', generation: header.generation, records, changes, validLength: offset, tail: null }
}

/** The record at `offset` and where the next starts, or why there is no good record there. */
function decodeRecord(bytes: Buffer, offset: number): { record: z.infer<typeof recordSchema>; next: number } | string {
  const firstSpace = bytes.indexOf(0x20, offset)
  const secondSpace = firstSpace === -1 ? -1 : bytes.indexOf(0x20, firstSpace + 1)
  if (secondSpace === -1 || firstSpace - offset > 10) return `the record at byte ${offset} is cut short or not a record`
  const lengthText = bytes.subarray(offset, firstSpace).toString('ascii')
  const checksumText = bytes.subarray(firstSpace + 1, secondSpace).toString('ascii')
  if (!/^\d{1,10}$/.test(lengthText) || !/^[0-9a-f]{8}$/.test(checksumText)) return `the record at byte ${offset} has no valid length and checksum`
  const start = secondSpace + 1
  const end = start + Number(lengthText)
  if (end + 1 > bytes.length) return `the record at byte ${offset} is cut short (${bytes.length - start} of ${lengthText} bytes)`
  if (bytes[end] !== 0x0a) return `the record at byte ${offset} does not end where its length says`
  const payload = bytes.subarray(start, end)
  if (crc32(payload) !== Number.parseInt(checksumText, 16)) return `the record at byte ${offset} does not match its checksum`
  let json: unknown
  try {
    json = JSON.parse(payload.toString('utf8'))
  } catch {
    return `the record at byte ${offset} is not valid JSON`
  }
  const parsed = recordSchema.safeParse(json)
  if (!parsed.success) return `the record at byte ${offset} is not a valid change`
  return { record: parsed.data, next: end + 1 }
}

/** Whether a good record starts at some line after `offset`: then the bad bytes are damage, not a torn tail. */
function hasGoodRecordAfter(bytes: Buffer, offset: number): boolean {
  for (let newline = bytes.indexOf(0x0a, offset); newline !== -1 && newline + 1 < bytes.length; newline = bytes.indexOf(0x0a, newline + 1)) {
    if (typeof decodeRecord(bytes, newline + 1) !== 'string') return true
  }
  return false
}
