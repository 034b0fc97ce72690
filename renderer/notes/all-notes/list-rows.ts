/**
 * All notes as the flat list of rows its virtualized list draws: a heading
 * per group (when grouped), then that group's notes unless it is
 * collapsed. Each note row knows its place in its group, for screen
 * readers (aria-posinset, aria-setsize), since most rows are not in the
 * page at any moment.
 */
import type { NoteView } from '../../../shared/api-contract'
import type { NoteGroup } from './note-grouping'

/** One row of the list. */
export type ListRow =
  | { readonly kind: 'heading'; readonly key: string; readonly group: NoteGroup; readonly expanded: boolean }
  | { readonly kind: 'note'; readonly key: string; readonly view: NoteView; readonly position: number; readonly setSize: number }

/** The rows for `groups`; `headings` false draws none (one ungrouped list). */
export function listRows(groups: readonly NoteGroup[], collapsed: ReadonlySet<string>, headings: boolean): ListRow[] {
  const rows: ListRow[] = []
  for (const group of groups) {
    const expanded = !headings || !collapsed.has(group.key)
    if (headings) rows.push({ kind: 'heading', key: `heading:${group.key}`, group, expanded })
    if (!expanded) continue
    group.views.forEach((view, index) => {
      rows.push({ kind: 'note', key: `${group.key}|${view.note.id}`, view, position: index + 1, setSize: group.views.length })
    })
  }
  return rows
}

/** The notes of `groups` in the order listed, each once (a note in two tag groups counts where it first appears). */
export function listedNoteIds(groups: readonly NoteGroup[]): string[] {
  const seen = new Set<string>()
  for (const group of groups) for (const view of group.views) seen.add(view.note.id)
  return [...seen]
}
