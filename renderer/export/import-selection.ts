/**
 * Which notes of an import preview the user has ticked. Every note the
 * import would write (new, updated, conflicting) starts ticked; unchanged and
 * rejected items write nothing and cannot be ticked. Pure, so the dialog's
 * rules are tested without a DOM.
 */
import type { ImportEntry, ImportSummary } from '../../shared/import-model'

/** How much of a group is ticked, for its "Select all" box (checked, mixed, clear). */
export type GroupTick = 'all' | 'some' | 'none'

/** The ids of the notes a confirmation can import, in the preview's order: all ticked at first. */
export function selectableIds(summary: ImportSummary): string[] {
  return [...summary.new, ...summary.updated, ...summary.conflicting].map((entry) => entry.id)
}

/** `selected` with `ids` ticked (`on`) or unticked; a new set, so React sees the change. */
export function withTicked(selected: ReadonlySet<string>, ids: readonly string[], on: boolean): Set<string> {
  const next = new Set(selected)
  for (const id of ids) {
    if (on) next.add(id)
    else next.delete(id)
  }
  return next
}

/** How many of `entries` are ticked: all, some or none (an empty group counts as none). */
export function groupTick(selected: ReadonlySet<string>, entries: readonly ImportEntry[]): GroupTick {
  const ticked = entries.filter((entry) => selected.has(entry.id)).length
  if (ticked === 0) return 'none'
  return ticked === entries.length ? 'all' : 'some'
}

/** "1 note", "3 notes". */
export function countNotes(count: number): string {
  return count === 1 ? '1 note' : `${count.toLocaleString('en')} notes`
}
