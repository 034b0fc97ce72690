/**
 * What an import would do to the user's notes, decided before anything
 * changes. Notes are matched by id:
 *
 * - not in the store: new;
 * - the file's copy modified later: updated (the newer edit wins);
 * - the same content (or the store's copy is the newer): unchanged;
 * - same modified time, different content: a true conflict. Both are kept:
 *   the store's note as it is, the file's as a copy under a new id (derived
 *   from the file's note, so importing the same file again finds the copy
 *   and adds nothing).
 * - dated in the future by the file (its times clamped to the time of
 *   reading, see normaliseImportedNote): flagged, and compared by content
 *   with the store's copy, so importing the file again changes nothing.
 *
 * A note the file does not name is never touched: the plan only adds and
 * replaces. Pure: no clock, no randomness, no I/O.
 */
import type { Note } from '../../../shared/notes/note-model'
import { canonicalNote, nameBasedUuid, timeOf } from './note-identity'
import type { ImportItem } from './parse-import'

/** A note of the file, as it will be stored, and where it was in the file. */
export interface MergeEntry {
  readonly path: string
  /** The item's position in the file, counting from 1. */
  readonly item: number
  readonly note: Note
  /** The future time the file gave the note, brought back to the time of reading (see normaliseImportedNote). */
  readonly futureTime?: string
}

/** Why a note the file names stays as it is. */
export type UnchangedReason = 'identical' | 'store-is-newer' | 'copy-exists'

/** An item that will not be imported. */
export interface MergeRejection {
  readonly item: { readonly path: string; readonly item: number; readonly label: string }
  readonly reason: string
}

/** What an import would do. */
export interface MergePlan {
  readonly new: readonly MergeEntry[]
  /** `note` replaces `previous`, the store's older copy. */
  readonly updated: ReadonlyArray<MergeEntry & { readonly previous: Note }>
  readonly unchanged: ReadonlyArray<MergeEntry & { readonly reason: UnchangedReason }>
  /** `note` is the file's note under a new id (stored beside `existing`); `incoming` is it as the file has it. */
  readonly conflicting: ReadonlyArray<MergeEntry & { readonly existing: Note; readonly incoming: Note }>
  readonly rejected: readonly MergeRejection[]
}

/**
 * Plans merging `incoming` (notes, or the items parseImport found) into
 * `existing` (the store's notes). The file's own rejections are carried
 * over; a note the file names twice is imported once (the first), the
 * other rejected.
 */
export function planMerge(existing: readonly Note[], incoming: ReadonlyArray<Note | ImportItem>): MergePlan {
  const byId = new Map(existing.map((note) => [note.id, note]))
  const seen = new Map<string, number>()
  const plan = { new: [], updated: [], unchanged: [], conflicting: [], rejected: [] } as {
    -readonly [K in keyof MergePlan]: Array<MergePlan[K][number]>
  }
  for (const [index, entry] of incoming.entries()) {
    const item: ImportItem = 'kind' in entry ? entry : { kind: 'note', path: `[${index}]`, item: index + 1, note: entry }
    if (item.kind === 'rejected') {
      plan.rejected.push({ item: { path: item.path, item: item.item, label: item.label }, reason: item.reason })
      continue
    }
    const { note, path } = item
    const at = { path, item: item.item }
    const flag = item.futureTime === undefined ? {} : { futureTime: item.futureTime }
    const earlier = seen.get(note.id)
    if (earlier !== undefined) {
      plan.rejected.push({ item: { ...at, label: note.id }, reason: `the file holds this note twice (also as item ${earlier}); only the first is imported` })
      continue
    }
    seen.set(note.id, item.item)
    const current = byId.get(note.id)
    if (current === undefined) {
      plan.new.push({ ...at, note, ...flag })
      continue
    }
    const order = timeOf(note.modified) - timeOf(current.modified)
    if (order > 0 && item.futureTime !== undefined && sameApartFromTimes(note, current)) {
      // Its clamped time is the time of reading, later on every import: the content decides.
      plan.unchanged.push({ ...at, note: current, reason: 'identical' })
    } else if (order > 0) {
      plan.updated.push({ ...at, note, previous: current, ...flag })
    } else if (order < 0) {
      plan.unchanged.push({ ...at, note: current, reason: 'store-is-newer' })
    } else if (canonicalNote(note) === canonicalNote(current)) {
      plan.unchanged.push({ ...at, note: current, reason: 'identical' })
    } else {
      const copy: Note = { ...note, id: conflictCopyId(note) }
      const copyInStore = byId.get(copy.id)
      if (copyInStore !== undefined) plan.unchanged.push({ ...at, note: copyInStore, reason: 'copy-exists' })
      else plan.conflicting.push({ ...at, note: copy, existing: current, incoming: note, ...flag })
    }
  }
  return plan
}

/** The id the file's side of a conflict is kept under: derived from its id and content, so it is the same on every import. */
export function conflictCopyId(incoming: Note): string {
  return nameBasedUuid(`conflict-copy:${incoming.id}:${canonicalNote(incoming)}`)
}

/** True if the notes differ at most in their created and modified times. */
function sameApartFromTimes(a: Note, b: Note): boolean {
  return canonicalNote({ ...a, created: b.created, modified: b.modified }) === canonicalNote(b)
}

/** The notes an applied plan writes: new ones, updates and conflict copies. */
export function notesToWrite(plan: MergePlan): Note[] {
  return [...plan.new, ...plan.updated, ...plan.conflicting].map((entry) => entry.note)
}

/** A plan and the entries a chosen import leaves out. */
export interface ChosenPlan {
  readonly plan: MergePlan
  /** New, updated and conflicting entries whose id was not chosen: they are not written. */
  readonly skipped: readonly MergeEntry[]
}

/**
 * `plan` narrowed to the new, updated and conflicting entries whose note id
 * (for a conflict, its copy's id) is in `chosen`; the others are skipped.
 * Unchanged and rejected items are kept as they are: they write nothing.
 */
export function choosePlan(plan: MergePlan, chosen: ReadonlySet<string>): ChosenPlan {
  const skipped: MergeEntry[] = []
  const keep = <T extends MergeEntry>(entries: readonly T[]): T[] =>
    entries.filter((entry) => {
      if (chosen.has(entry.note.id)) return true
      skipped.push(entry)
      return false
    })
  const narrowed = { ...plan, new: keep(plan.new), updated: keep(plan.updated), conflicting: keep(plan.conflicting) }
  return { plan: narrowed, skipped: skipped.sort((a, b) => a.item - b.item) }
}
