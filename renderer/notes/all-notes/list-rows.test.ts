import { describe, expect, it } from 'vitest'
import { groupNotesBy } from './note-grouping'
import { listedNoteIds, listRows } from './list-rows'
import { testId, testView } from './testing/note-views'

const views = [testView({ n: 1, tags: ['a', 'b'] }), testView({ n: 2, tags: ['b'] }), testView({ n: 3 })]
const groups = groupNotesBy(views, 'tag', { documents: [] })
const describeRows = (rows: ReturnType<typeof listRows>) =>
  rows.map((row) => (row.kind === 'heading' ? `${row.group.label}${row.expanded ? '' : ' (closed)'}` : `${row.view.note.id.slice(-1)} ${row.position}/${row.setSize}`))

describe('listRows', () => {
  it('puts each group’s heading before its notes, numbering them within the group', () => {
    expect(describeRows(listRows(groups, new Set(), true))).toEqual(['a', '1 1/1', 'b', '1 1/2', '2 2/2', 'No tag', '3 1/1'])
  })

  it('leaves out the notes of a collapsed group but keeps its heading', () => {
    expect(describeRows(listRows(groups, new Set(['tag:b']), true))).toEqual(['a', '1 1/1', 'b (closed)', 'No tag', '3 1/1'])
  })

  it('draws no heading for one ungrouped list', () => {
    expect(describeRows(listRows(groupNotesBy(views, 'none', { documents: [] }), new Set(['all']), false))).toEqual(['1 1/3', '2 2/3', '3 3/3'])
  })

  it('gives every row a distinct key even when a note is in two groups', () => {
    const keys = listRows(groups, new Set(), true).map((row) => row.key)
    expect(new Set(keys).size).toBe(keys.length)
  })
})

describe('listedNoteIds', () => {
  it('lists each note once, where it first appears', () => {
    expect(listedNoteIds(groups)).toEqual([testId(1), testId(2), testId(3)])
  })
})
