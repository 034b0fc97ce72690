import { describe, expect, it } from 'vitest'
import { clickNote, keepExisting, NO_SELECTION, selectAll, type NoteSelection } from './note-selection'

const ORDER = ['a', 'b', 'c', 'd', 'e']
const ticked = (selection: NoteSelection) => [...selection.ids].sort()

describe('clickNote', () => {
  it('toggles one note and makes it the anchor', () => {
    const one = clickNote(NO_SELECTION, 'b', ORDER, false)
    expect(ticked(one)).toEqual(['b'])
    expect(one.anchor).toBe('b')
    expect(ticked(clickNote(one, 'b', ORDER, false))).toEqual([])
  })

  it('Shift-click ticks every note from the anchor to the clicked one, in either direction', () => {
    const anchored = clickNote(NO_SELECTION, 'b', ORDER, false)
    expect(ticked(clickNote(anchored, 'd', ORDER, true))).toEqual(['b', 'c', 'd'])
    const upwards = clickNote(clickNote(NO_SELECTION, 'e', ORDER, false), 'c', ORDER, true)
    expect(ticked(upwards)).toEqual(['c', 'd', 'e'])
    expect(upwards.anchor).toBe('e')
  })

  it('Shift-click on a ticked note clears the range', () => {
    const all = selectAll(ORDER)
    const anchored = clickNote(all, 'b', ORDER, false)
    expect(ticked(clickNote(anchored, 'd', ORDER, true))).toEqual(['a', 'e'])
  })

  it('Shift-click without an anchor, or with one no longer listed, toggles just the note', () => {
    expect(ticked(clickNote(NO_SELECTION, 'c', ORDER, true))).toEqual(['c'])
    expect(ticked(clickNote({ ids: new Set(['z']), anchor: 'z' }, 'c', ORDER, true))).toEqual(['c', 'z'])
  })
})

describe('keepExisting', () => {
  it('drops notes that no longer exist and an anchor that is gone', () => {
    const kept = keepExisting({ ids: new Set(['a', 'b']), anchor: 'b' }, new Set(['a', 'c']))
    expect(ticked(kept)).toEqual(['a'])
    expect(kept.anchor).toBeNull()
  })

  it('returns the same selection when every note still exists', () => {
    const selection = selectAll(ORDER)
    expect(keepExisting(selection, new Set(ORDER))).toBe(selection)
  })
})
