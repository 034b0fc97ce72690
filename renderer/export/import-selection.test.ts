import { describe, expect, it } from 'vitest'
import type { ImportEntry, ImportSummary } from '../../shared/import-model'
import { countNotes, groupTick, selectableIds, withTicked } from './import-selection'

const entry = (id: string): ImportEntry => ({ id, path: '', item: 1, documentTitle: 'D', quote: 'q', text: '', passage: 'found' })
const summary: ImportSummary = {
  items: 6,
  new: [entry('a'), entry('b')],
  updated: [entry('c')],
  unchanged: [entry('u')],
  conflicting: [entry('d')],
  rejected: [{ path: '[5]', item: 6, label: 'x', reason: 'it has no id' }],
  skipped: [],
}

describe('import selection', () => {
  it('starts with every note the import would write ticked, never an unchanged one', () => {
    expect(selectableIds(summary)).toEqual(['a', 'b', 'c', 'd'])
  })

  it('ticks and unticks single notes and whole groups without changing the set it was given', () => {
    const all = new Set(selectableIds(summary))
    const without = withTicked(all, ['b'], false)
    expect([...without]).toEqual(['a', 'c', 'd'])
    expect(all.has('b')).toBe(true)
    expect(groupTick(without, summary.new)).toBe('some')
    expect(groupTick(withTicked(without, ['a', 'b'], false), summary.new)).toBe('none')
    expect(groupTick(withTicked(without, ['a', 'b'], true), summary.new)).toBe('all')
    expect(groupTick(all, [])).toBe('none')
  })

  it('counts notes in words', () => {
    expect(countNotes(1)).toBe('1 note')
    expect(countNotes(12000)).toBe('12,000 notes')
  })
})
