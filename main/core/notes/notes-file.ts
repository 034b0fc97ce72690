/**
 * The notes snapshot on disk (notes.json): one versioned JSON document
 * holding every note, one note per line. Parsing never throws and never drops
 * a note quietly: a file is good (possibly with some invalid notes set aside,
 * each with its reason, so the valid ones are salvaged), from a newer version
 * of the app (to be left alone), or damaged, with a reason that says what is
 * wrong and where, so the store can move it aside and tell the user.
 *
 * Version 2 adds the journal generation the snapshot starts and a CRC-32 of
 * the notes array's bytes: when it matches, the notes are exactly what this
 * app validated when writing them, and loading skips re-validating each one.
 */
import { isAscii, isUtf8 } from 'node:buffer'
import { crc32 } from 'node:zlib'
import { z } from 'zod'
import { noteSchema, type Note } from '../../../shared/notes/note-model'
import { describeCharacterAt, findJsonSyntaxError } from '../json-syntax-error'

/** The `format` marker every notes file carries. */
export const NOTES_FILE_FORMAT = 'foc-reader-notes'

/** The schema version this build writes. */
export const NOTES_SCHEMA_VERSION = 2

/** The oldest schema version this build reads (and migrates from). */
export const OLDEST_NOTES_SCHEMA_VERSION = 1

/** The header of a notes file this build reads; `notes` is checked note by note. */
const notesFileHeaderSchema = z.object({
  format: z.literal(NOTES_FILE_FORMAT),
  schemaVersion: z.number().int().min(OLDEST_NOTES_SCHEMA_VERSION).max(NOTES_SCHEMA_VERSION),
  savedAt: z.iso.datetime({ offset: true }),
  generation: z.number().int().min(0).optional(),
  notesCrc32: z.string().regex(/^[0-9a-f]{8}$/).optional(),
  // Checked as an array only: zod would walk all 10,000 entries here, and checkShape checks each note once anyway.
  notes: z.custom<unknown[]>((value) => Array.isArray(value), 'expected an array of notes'),
})

/** What kind of damage a file has; the store words its notice from `reason`. */
export type NotesFileDamage = 'empty' | 'zero-filled' | 'not-utf8' | 'truncated' | 'invalid-json' | 'wrong-shape'

/** A note in a file that is not valid, kept as found with why. */
export interface InvalidNote {
  /** Its place in the file's `notes` array. */
  readonly index: number
  readonly reason: string
  readonly raw: unknown
}

/** The outcome of reading a notes file. */
export type NotesFileParseResult =
  | {
      readonly kind: 'ok'
      /** Every valid note, in file order. */
      readonly notes: Note[]
      readonly savedAt: string
      readonly schemaVersion: number
      /** The first journal generation to replay on top (0 for a version 1 file). */
      readonly generation: number
      /** Notes that are not valid (bad fields, a repeated id); empty for a wholly good file. */
      readonly invalid: InvalidNote[]
    }
  | {
      readonly kind: 'newer-version'
      readonly schemaVersion: number
      readonly savedAt: string | null
      /** Notes in the file that this version can still read, for read-only display. */
      readonly readableNotes: Note[]
      readonly noteCount: number
    }
  | { readonly kind: 'damaged'; readonly damage: NotesFileDamage; readonly reason: string }

/**
 * Reads a notes file. Pass the raw bytes when you have them: only then can
 * invalid UTF-8 (which a string decode would silently turn into U+FFFD and a
 * later save would make permanent) and zero bytes be reported by offset.
 */
export function parseNotesFile(input: string | Uint8Array): NotesFileParseResult {
  let text: string
  if (typeof input === 'string') {
    text = input
  } else {
    const decoded = decodeBytes(input)
    if (typeof decoded !== 'string') return decoded
    text = decoded
  }
  const textDamage = checkText(text)
  if (textDamage) return textDamage
  // A byte order mark is what some editors add on save; it does not make the notes unreadable.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)

  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    return damagedJson(text, error)
  }
  return checkShape(json, typeof input === 'string' ? null : input)
}

/**
 * Writes a notes file: a small header, then one note per line, so a damaged
 * file's line number points at one note and a person can read it in an editor.
 */
export function serializeNotesFile(notes: readonly Note[], savedAt: Date = new Date(), generation = 1): string {
  return notesFileBytes(notes.map(serializeNote), generation, savedAt).toString('utf8')
}

/** One note as it appears on its line of the file; the store caches these so a save re-serialises only changed notes. */
export function serializeNote(note: Note): string {
  return JSON.stringify(note)
}

/** Where the notes array starts: the checksum covers from here to the closing bracket. */
const NOTES_MARKER = '\n  "notes": '
/** How every file this app writes ends, after the notes array. */
const FILE_END = '\n}\n'

/** The file from already serialised notes (see `serializeNote`), in order, starting journal `generation`. */
export function notesFileBytes(noteLines: readonly string[], generation: number, savedAt: Date = new Date()): Buffer {
  const body = Buffer.from(noteLines.length === 0 ? '[]' : `[\n    ${noteLines.join(',\n    ')}\n  ]`, 'utf8')
  const header = [
    `{`,
    `  "format": ${JSON.stringify(NOTES_FILE_FORMAT)},`,
    `  "schemaVersion": ${NOTES_SCHEMA_VERSION},`,
    `  "savedAt": ${JSON.stringify(savedAt.toISOString())},`,
    `  "generation": ${generation},`,
    `  "notesCrc32": "${crc32(body).toString(16).padStart(8, '0')}",`,
  ].join('\n')
  return Buffer.concat([Buffer.from(`${header}${NOTES_MARKER}`, 'utf8'), body, Buffer.from(FILE_END, 'utf8')])
}

/**
 * The journal generation a notes file laid out by this app names in its
 * header, read from the file's first bytes without parsing its notes; null
 * when the start is not this app's layout (then parse the whole file).
 */
export function peekNotesFileGeneration(start: Uint8Array): number | null {
  const text = Buffer.from(start.buffer, start.byteOffset, start.byteLength).toString('utf8')
  const end = text.indexOf(NOTES_MARKER)
  if (end === -1 || !text.startsWith(`{\n  "format": ${JSON.stringify(NOTES_FILE_FORMAT)},`)) return null
  const match = /\n {2}"generation": (\d{1,15}),\n/.exec(text.slice(0, end))
  return match ? Number(match[1]) : null
}

/** The CRC-32 of the notes array's bytes as this app lays them out, or null when the file is not laid out so. */
function notesChecksum(bytes: Uint8Array): string | null {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const start = buffer.indexOf(NOTES_MARKER)
  if (start === -1 || !buffer.subarray(buffer.length - FILE_END.length).equals(Buffer.from(FILE_END))) return null
  return crc32(buffer.subarray(start + NOTES_MARKER.length, buffer.length - FILE_END.length)).toString(16).padStart(8, '0')
}

/** Formats a zod issue path as a JSON path: `notes[3].target.source`. */
export function formatJsonPath(path: ReadonlyArray<PropertyKey>): string {
  let out = ''
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`
    else out += out === '' ? String(key) : `.${String(key)}`
  }
  return out === '' ? '(top level)' : out
}

function damaged(damage: NotesFileDamage, reason: string): NotesFileParseResult {
  return { kind: 'damaged', damage, reason }
}

/** The text of the file, or the damage that makes it unreadable as text. */
function decodeBytes(bytes: Uint8Array): string | NotesFileParseResult {
  if (bytes.length === 0) return damaged('empty', 'the file is empty (0 bytes)')
  // A Buffer view: Buffer's indexOf is a native scan; a plain Uint8Array's walks in JavaScript.
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const firstZero = buffer.indexOf(0)
  if (firstZero !== -1) {
    let zeroRunStart = bytes.length
    while (zeroRunStart > 0 && bytes[zeroRunStart - 1] === 0) zeroRunStart -= 1
    if (zeroRunStart === 0) {
      return damaged('zero-filled', `the file is ${bytes.length} zero bytes and no text, as a write cut off by a power failure leaves it`)
    }
    if (zeroRunStart === firstZero) {
      return damaged(
        'zero-filled',
        `the file is filled with zero bytes from byte ${firstZero} to its end (${bytes.length - firstZero} bytes), as a write cut off by a power failure leaves it`,
      )
    }
    // A stray zero byte mid-file: the JSON check below reports where.
  }
  // Node's native checks are fast on a large file; the byte-by-byte scan runs only to say where it failed.
  // Pure ASCII (the usual notes file) decodes as Latin-1: the same text, a one-byte string, half the memory and time.
  if (isAscii(buffer)) return buffer.toString('latin1')
  if (isUtf8(buffer)) return buffer.toString('utf8')
  const badByte = firstInvalidUtf8(bytes)
  if (badByte === -1) return damaged('not-utf8', 'the file is not valid UTF-8 text')
  if (badByte === -2) return damaged('truncated', `the file is cut short: it ends at byte ${bytes.length} in the middle of a character`)
  return damaged('not-utf8', `the file is not valid UTF-8 text: byte ${badByte} is not part of a valid character`)
}

function checkText(text: string): NotesFileParseResult | null {
  if (text.length === 0) return damaged('empty', 'the file is empty (0 bytes)')
  let zeroRunStart = text.length
  while (zeroRunStart > 0 && text.charCodeAt(zeroRunStart - 1) === 0) zeroRunStart -= 1
  if (zeroRunStart === 0) return damaged('zero-filled', `the file is ${text.length} zero characters and no text, as a write cut off by a power failure leaves it`)
  if (zeroRunStart < text.length) {
    return damaged(
      'zero-filled',
      `the file is filled with zero bytes from character ${zeroRunStart} to its end, as a write cut off by a power failure leaves it`,
    )
  }
  if (!/\S/.test(text)) return damaged('empty', `the file holds only ${text.length} whitespace characters`)
  return null
}

function damagedJson(text: string, error: unknown): NotesFileParseResult {
  const found = findJsonSyntaxError(text)
  if (found === null) {
    // JSON.parse refused something the scanner accepts; its own words are the best we have.
    return damaged('invalid-json', `the file is not valid JSON: ${error instanceof Error ? error.message : String(error)}`)
  }
  const where = `line ${found.line}, column ${found.column} (character ${found.offset})`
  if (found.atEnd) {
    return damaged('truncated', `the file is cut short: it ends at ${where} where ${found.expected} was expected`)
  }
  return damaged('invalid-json', `the file is not valid JSON: at ${where} ${found.expected} was expected, found ${describeCharacterAt(text, found.offset)}`)
}

function describeValue(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`
}

function checkShape(json: unknown, bytes: Uint8Array | null): NotesFileParseResult {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return damaged('wrong-shape', `the file holds ${describeValue(json)}, not a notes file (an object with "format": "${NOTES_FILE_FORMAT}")`)
  }
  const record = json as Record<string, unknown>
  if (record['format'] !== NOTES_FILE_FORMAT) {
    return damaged('wrong-shape', `format: expected "${NOTES_FILE_FORMAT}", found ${JSON.stringify(record['format']) ?? 'nothing'}`)
  }
  const version = record['schemaVersion']
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return damaged('wrong-shape', `schemaVersion: expected a whole number from 1, found ${JSON.stringify(version) ?? 'nothing'}`)
  }
  if (version > NOTES_SCHEMA_VERSION) return newerVersion(record, version)

  const header = notesFileHeaderSchema.safeParse(json)
  if (!header.success) {
    const [first] = header.error.issues
    return damaged('wrong-shape', first ? `${formatJsonPath(first.path)}: ${first.message}` : 'the file does not match the notes format')
  }
  const raw = header.data.notes
  // The checksum matches only the bytes this app wrote after validating every note: no need to check them again.
  const trusted = bytes !== null && header.data.notesCrc32 !== undefined && notesChecksum(bytes) === header.data.notesCrc32
  const notes: Note[] = []
  const invalid: InvalidNote[] = []
  const seen = new Map<string, number>()
  for (const [index, candidate] of raw.entries()) {
    let note: Note
    if (trusted) {
      note = candidate as Note
    } else {
      const parsed = noteSchema.safeParse(candidate)
      if (!parsed.success) {
        const [first] = parsed.error.issues
        invalid.push({ index, raw: candidate, reason: first ? `${formatJsonPath(['notes', index, ...first.path])}: ${first.message}` : `notes[${index}]: not a valid note` })
        continue
      }
      note = parsed.data
    }
    const earlier = seen.get(note.id)
    // Two notes with one id would collapse into one in the store: keep the first, set the other aside.
    if (earlier !== undefined) {
      invalid.push({ index, raw: candidate, reason: `notes[${index}].id: the same id as notes[${earlier}] (${note.id})` })
      continue
    }
    seen.set(note.id, index)
    notes.push(note)
  }
  return { kind: 'ok', notes, savedAt: header.data.savedAt, schemaVersion: header.data.schemaVersion, generation: header.data.generation ?? 0, invalid }
}

function newerVersion(record: Record<string, unknown>, schemaVersion: number): NotesFileParseResult {
  const raw = Array.isArray(record['notes']) ? (record['notes'] as unknown[]) : []
  const readableNotes: Note[] = []
  for (const candidate of raw) {
    const parsed = noteSchema.safeParse(candidate)
    if (parsed.success) readableNotes.push(parsed.data)
  }
  const savedAt = typeof record['savedAt'] === 'string' ? record['savedAt'] : null
  return { kind: 'newer-version', schemaVersion, savedAt, readableNotes, noteCount: raw.length }
}

/**
 * The offset of the first byte that is not part of a well-formed UTF-8
 * sequence; -1 when all are well formed; -2 when the only fault is a
 * sequence cut off by the end of the file (a truncation, not a bad byte).
 */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0
  while (index < bytes.length) {
    const lead = bytes[index] ?? 0
    if (lead < 0x80) {
      index += 1
      continue
    }
    let length: number
    let min: number
    if (lead >= 0xc2 && lead <= 0xdf) [length, min] = [2, 0x80]
    else if (lead >= 0xe0 && lead <= 0xef) [length, min] = [3, 0x800]
    else if (lead >= 0xf0 && lead <= 0xf4) [length, min] = [4, 0x10000]
    else return index
    let codePoint = lead & (0xff >> (length + 1))
    for (let next = 1; next < length; next += 1) {
      const byte = bytes[index + next]
      if (byte === undefined) return -2
      if ((byte & 0xc0) !== 0x80) return index
      codePoint = (codePoint << 6) | (byte & 0x3f)
    }
    // Overlong forms, UTF-16 surrogates and values past U+10FFFF are not valid UTF-8.
    if (codePoint < min || (codePoint >= 0xd800 && codePoint <= 0xdfff) || codePoint > 0x10ffff) return index
    index += length
  }
  return -1
}
