import { describe, expect, it } from 'vitest'
import { comboKeys, formatCombo, formatShortcut, matchesShortcut, menuAccelerator, shortcut, SHORTCUTS, type KeyEventLike } from './keyboard-shortcuts'

const press = (key: string, mods: Partial<Omit<KeyEventLike, 'key'>> = {}): KeyEventLike => ({
  key,
  code: mods.code ?? '',
  ctrlKey: mods.ctrlKey ?? false,
  metaKey: mods.metaKey ?? false,
  altKey: mods.altKey ?? false,
  shiftKey: mods.shiftKey ?? false,
})

describe('keyboard shortcuts', () => {
  it('has one entry per id', () => {
    expect(new Set(SHORTCUTS.map((entry) => entry.id)).size).toBe(SHORTCUTS.length)
  })

  it('writes Ctrl+ on Windows and Linux and ⌘ on a Mac', () => {
    expect(formatShortcut('search', false)).toBe('Ctrl+K')
    expect(formatShortcut('search', true)).toBe('⌘K')
    expect(formatShortcut('highlight', false)).toBe('Alt+Shift+H')
    expect(comboKeys(shortcut('highlight').combos[0] ?? { key: '' }, true)).toEqual(['⌥', '⇧', 'H'])
    expect(formatCombo({ key: 'Escape' }, false)).toBe('Esc')
    expect(formatShortcut('next-paragraph', true)).toBe('↓')
  })

  it('matches Ctrl or ⌘ for the mod key, and not with Shift added', () => {
    expect(matchesShortcut(press('z', { ctrlKey: true }), 'undo-delete')).toBe(true)
    expect(matchesShortcut(press('z', { metaKey: true }), 'undo-delete')).toBe(true)
    expect(matchesShortcut(press('Z', { ctrlKey: true, shiftKey: true }), 'undo-delete')).toBe(false)
    expect(matchesShortcut(press('z'), 'undo-delete')).toBe(false)
    expect(matchesShortcut(press('K', { ctrlKey: true }), 'search')).toBe(true)
  })

  it('matches "?" whether or not the layout needs Shift for it, but not with Ctrl', () => {
    expect(matchesShortcut(press('?', { shiftKey: true }), 'show-shortcuts')).toBe(true)
    expect(matchesShortcut(press('?'), 'show-shortcuts')).toBe(true)
    expect(matchesShortcut(press('?', { ctrlKey: true, shiftKey: true }), 'show-shortcuts')).toBe(false)
  })

  it('matches Alt+Shift+H by key code, whatever character macOS Option makes', () => {
    expect(matchesShortcut(press('Ó', { altKey: true, shiftKey: true, code: 'KeyH' }), 'highlight')).toBe(true)
    expect(matchesShortcut(press('h', { altKey: true, code: 'KeyH' }), 'highlight')).toBe(false)
  })

  it('leaves Shift+ArrowDown to extend a selection', () => {
    expect(matchesShortcut(press('ArrowDown'), 'next-paragraph')).toBe(true)
    expect(matchesShortcut(press('ArrowDown', { shiftKey: true }), 'next-paragraph')).toBe(false)
  })

  it('gives the menu the same accelerator the dialog lists', () => {
    expect(menuAccelerator('export-notes')).toBe('CmdOrCtrl+E')
    expect(menuAccelerator('highlight')).toBe('Alt+Shift+H')
    expect(formatShortcut('export-notes', true)).toBe('⌘E')
  })
})
