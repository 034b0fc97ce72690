/**
 * Every keyboard shortcut in the app, as data: the shortcuts dialog lists
 * them and the handlers match key events against the same entries, so the
 * list cannot drift from what the keys do. Pure: no DOM, no platform probe
 * (the caller says whether it runs on a Mac).
 */

/** A key combination. `mod` is Ctrl, or ⌘ on a Mac. */
export interface KeyCombo {
  readonly mod?: boolean
  readonly alt?: boolean
  readonly shift?: boolean
  /** The key as KeyboardEvent.key reports it (lower case for letters), or a named key ("ArrowDown"). */
  readonly key: string
  /** Matched on KeyboardEvent.code instead of key where Alt changes the character (macOS Option). */
  readonly code?: string
}

/** One shortcut: what it does, where, and the combinations that do it. */
export interface Shortcut {
  readonly id: ShortcutId
  readonly group: ShortcutGroup
  readonly description: string
  readonly combos: readonly KeyCombo[]
}

/** Where a shortcut applies; the dialog lists them in this order. */
export const SHORTCUT_GROUPS = ['Anywhere', 'Reading', 'Search', 'Timeline', 'Comparing texts'] as const

/** One of {@link SHORTCUT_GROUPS}. */
export type ShortcutGroup = (typeof SHORTCUT_GROUPS)[number]

/** The ids handlers look shortcuts up by. */
export type ShortcutId =
  | 'show-shortcuts'
  | 'search'
  | 'export-notes'
  | 'add-document'
  | 'undo-delete'
  | 'close'
  | 'next-paragraph'
  | 'previous-paragraph'
  | 'first-paragraph'
  | 'last-paragraph'
  | 'highlight'
  | 'add-note'
  | 'open-highlight'
  | 'next-result'
  | 'previous-result'
  | 'next-entry'
  | 'previous-entry'
  | 'next-change'
  | 'previous-change'

/** The app's shortcuts. */
export const SHORTCUTS: readonly Shortcut[] = [
  { id: 'show-shortcuts', group: 'Anywhere', description: 'Show keyboard shortcuts', combos: [{ key: '?' }] },
  { id: 'search', group: 'Anywhere', description: 'Search', combos: [{ mod: true, key: 'k' }, { mod: true, key: 'f' }] },
  { id: 'export-notes', group: 'Anywhere', description: 'Export notes (desktop app)', combos: [{ mod: true, key: 'e' }] },
  { id: 'add-document', group: 'Anywhere', description: 'Add a document (PDF, Word, web page, Markdown or text)', combos: [{ mod: true, key: 'o' }] },
  { id: 'undo-delete', group: 'Anywhere', description: 'Undo deleting a note (while “Note deleted” shows)', combos: [{ mod: true, key: 'z' }] },
  { id: 'close', group: 'Anywhere', description: 'Close a dialog, menu, panel or the search results', combos: [{ key: 'Escape' }] },
  { id: 'next-paragraph', group: 'Reading', description: 'Next paragraph', combos: [{ key: 'ArrowDown' }] },
  { id: 'previous-paragraph', group: 'Reading', description: 'Previous paragraph', combos: [{ key: 'ArrowUp' }] },
  { id: 'first-paragraph', group: 'Reading', description: 'First paragraph', combos: [{ key: 'Home' }] },
  { id: 'last-paragraph', group: 'Reading', description: 'Last paragraph', combos: [{ key: 'End' }] },
  { id: 'highlight', group: 'Reading', description: 'Highlight the selection, or the focused paragraph', combos: [{ alt: true, shift: true, key: 'h', code: 'KeyH' }] },
  { id: 'add-note', group: 'Reading', description: 'Add a note to the selection, or to the focused paragraph', combos: [{ alt: true, shift: true, key: 'n', code: 'KeyN' }] },
  { id: 'open-highlight', group: 'Reading', description: 'Open the note of a focused highlight', combos: [{ key: 'Enter' }] },
  { id: 'next-result', group: 'Search', description: 'Next result', combos: [{ key: 'ArrowDown' }] },
  { id: 'previous-result', group: 'Search', description: 'Previous result (from the first: back to the box)', combos: [{ key: 'ArrowUp' }] },
  { id: 'next-entry', group: 'Timeline', description: 'Next entry', combos: [{ key: 'ArrowRight' }, { key: 'ArrowDown' }] },
  { id: 'previous-entry', group: 'Timeline', description: 'Previous entry', combos: [{ key: 'ArrowLeft' }, { key: 'ArrowUp' }] },
  { id: 'next-change', group: 'Comparing texts', description: 'Next change', combos: [{ key: 'n' }, { key: 'j' }] },
  { id: 'previous-change', group: 'Comparing texts', description: 'Previous change', combos: [{ key: 'p' }, { key: 'k' }] },
]

/** The shortcut with `id`. */
export function shortcut(id: ShortcutId): Shortcut {
  const found = SHORTCUTS.find((candidate) => candidate.id === id)
  if (!found) throw new Error(`No shortcut ${id}`)
  return found
}

/** The parts of a key event a shortcut is matched on. */
export interface KeyEventLike {
  readonly key: string
  readonly code: string
  readonly ctrlKey: boolean
  readonly metaKey: boolean
  readonly altKey: boolean
  readonly shiftKey: boolean
}

/**
 * True if `event` is one of shortcut `id`'s combinations. Ctrl and ⌘ both
 * count as `mod` on every platform (a Mac keyboard on Linux, a PC keyboard
 * on a Mac); Shift must match except for symbols such as "?" (so
 * Ctrl+Shift+Z is not Ctrl+Z, and Shift+ArrowDown still extends a selection).
 */
export function matchesShortcut(event: KeyEventLike, id: ShortcutId): boolean {
  return shortcut(id).combos.some((combo) => matchesCombo(event, combo))
}

function matchesCombo(event: KeyEventLike, combo: KeyCombo): boolean {
  const mod = event.ctrlKey || event.metaKey
  if (mod !== (combo.mod ?? false) || event.altKey !== (combo.alt ?? false)) return false
  if (combo.code !== undefined) return event.code === combo.code && event.shiftKey === (combo.shift ?? false)
  const isLetter = /^[a-z]$/.test(combo.key)
  // A symbol such as "?" is typed with or without Shift depending on the layout.
  const isSymbol = combo.key.length === 1 && !isLetter
  if (!isSymbol && event.shiftKey !== (combo.shift ?? false)) return false
  return isLetter ? event.key.toLowerCase() === combo.key : event.key === combo.key
}

const KEY_NAMES: Readonly<Record<string, string>> = {
  ArrowDown: '↓',
  ArrowUp: '↑',
  ArrowLeft: '←',
  ArrowRight: '→',
  Escape: 'Esc',
}

/**
 * The keys of `combo` as the user presses them, one label per key: ["Ctrl",
 * "K"] elsewhere, ["⌘", "K"] on a Mac, ["⌥", "⇧", "H"] for Alt+Shift+H on a
 * Mac.
 */
export function comboKeys(combo: KeyCombo, mac: boolean): string[] {
  const keys: string[] = []
  if (combo.mod) keys.push(mac ? '⌘' : 'Ctrl')
  if (combo.alt) keys.push(mac ? '⌥' : 'Alt')
  if (combo.shift) keys.push(mac ? '⇧' : 'Shift')
  keys.push(KEY_NAMES[combo.key] ?? (combo.key.length === 1 ? combo.key.toUpperCase() : combo.key))
  return keys
}

/** `combo` as one string: "Ctrl+K", or "⌘K" on a Mac (Mac menus write modifiers without "+"). */
export function formatCombo(combo: KeyCombo, mac: boolean): string {
  return comboKeys(combo, mac).join(mac ? '' : '+')
}

/** Shortcut `id`'s first combination as one string, for hints and tooltips ("Ctrl+K"). */
export function formatShortcut(id: ShortcutId, mac: boolean): string {
  const combo = shortcut(id).combos[0]
  return combo ? formatCombo(combo, mac) : ''
}

/** Shortcut `id`'s first combination as an Electron menu accelerator ("CmdOrCtrl+E"). */
export function menuAccelerator(id: ShortcutId): string {
  const combo = shortcut(id).combos[0]
  if (!combo) return ''
  const parts = [combo.mod ? 'CmdOrCtrl' : '', combo.alt ? 'Alt' : '', combo.shift ? 'Shift' : '', combo.key.length === 1 ? combo.key.toUpperCase() : combo.key]
  return parts.filter((part) => part !== '').join('+')
}
