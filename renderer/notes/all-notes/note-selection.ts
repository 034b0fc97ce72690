/**
 * Which notes are ticked in All notes: a click toggles one and makes it the
 * anchor; a Shift-click sets every note from the anchor to it (in the order
 * the list shows them) as the clicked one becomes; select all takes every
 * note the filter shows.
 */

/** The ticked notes and the anchor of the next Shift-click. */
export interface NoteSelection {
  readonly ids: ReadonlySet<string>
  readonly anchor: string | null
}

/** Nothing ticked. */
export const NO_SELECTION: NoteSelection = { ids: new Set(), anchor: null }

/**
 * The selection after a click on note `id`'s checkbox; `order` is the notes
 * as listed (each once). With `shift` and an anchor still listed, the range
 * between them takes the clicked note's new state.
 */
export function clickNote(selection: NoteSelection, id: string, order: readonly string[], shift: boolean): NoteSelection {
  const ticking = !selection.ids.has(id)
  const next = new Set(selection.ids)
  const from = shift && selection.anchor !== null ? order.indexOf(selection.anchor) : -1
  const to = order.indexOf(id)
  if (from < 0 || to < 0) {
    if (ticking) next.add(id)
    else next.delete(id)
    return { ids: next, anchor: id }
  }
  for (const member of order.slice(Math.min(from, to), Math.max(from, to) + 1)) {
    if (ticking) next.add(member)
    else next.delete(member)
  }
  return { ids: next, anchor: selection.anchor }
}

/** Every note of `order` ticked. */
export function selectAll(order: readonly string[]): NoteSelection {
  return { ids: new Set(order), anchor: order[0] ?? null }
}

/** The selection without notes that no longer exist (deleted, or gone after a reload); the same object when nothing changed. */
export function keepExisting(selection: NoteSelection, existing: ReadonlySet<string>): NoteSelection {
  if ([...selection.ids].every((id) => existing.has(id))) return selection
  const ids = new Set([...selection.ids].filter((id) => existing.has(id)))
  return { ids, anchor: selection.anchor !== null && existing.has(selection.anchor) ? selection.anchor : null }
}
