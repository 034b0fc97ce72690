/**
 * When two notes are the same, and ids made from names. Imports must be
 * repeatable: importing the same file twice must not add anything the
 * second time, so ids the import invents (for a conflicting copy, or a note
 * from another tool without a urn:uuid id) are derived from what they name,
 * not drawn at random.
 */
import { createHash } from 'node:crypto'
import type { Note } from '../../../shared/notes/note-model'

/**
 * A urn:uuid derived from `name` (SHA-1, laid out as an RFC 9562 version 5
 * UUID): the same name always gives the same id, different names
 * practically never do.
 */
export function nameBasedUuid(name: string): string {
  const hash = createHash('sha1').update(`foc-reader-import\u0000${name}`, 'utf8').digest()
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80
  const hex = hash.subarray(0, 16).toString('hex')
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`
}

/**
 * A note as text with object keys sorted and its two times written the one
 * way Date writes them, so notes that differ only in key order or in how a
 * time is written ("…00Z" and "…00.000Z") compare equal.
 */
export function canonicalNote(note: Note): string {
  return canonicalJson({ ...note, created: normalTime(note.created), modified: normalTime(note.modified) })
}

/** True if the two notes hold the same content (see canonicalNote). */
export function sameNote(a: Note, b: Note): boolean {
  return canonicalNote(a) === canonicalNote(b)
}

/** JSON with object keys sorted, at every depth (notes are validated and shallow, so recursion is safe). */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, child]) => child !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([key, child]) => `${JSON.stringify(key)}:${canonicalJson(child)}`).join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}

/** Milliseconds since the epoch of an ISO time (NaN for an unreadable one). */
export function timeOf(iso: string): number {
  return Date.parse(iso)
}

function normalTime(iso: string): string {
  const time = Date.parse(iso)
  return Number.isNaN(time) ? iso : new Date(time).toISOString()
}
