import { describe, expect, it } from 'vitest'
import { groupNotesBy } from './note-grouping'
import { numbers, testView } from './testing/note-views'

const context = { documents: [{ id: 'doc-a', title: 'Statement' }, { id: 'doc-b', title: 'Resolution' }] }
const views = [
  testView({ n: 1, document: 'doc-b', tags: ['ITU', 'budget'], category: 'question' }),
  testView({ n: 2, document: 'gone', tags: [], category: null }),
  testView({ n: 3, document: 'doc-a', tags: ['itu'], category: 'key-point' }),
  testView({ n: 4, document: 'doc-a', tags: ['Genève'], category: 'question' }),
]
const summary = (groups: ReturnType<typeof groupNotesBy>) => groups.map((group) => [group.label, numbers(group.views)])

describe('groupNotesBy', () => {
  it('by document: library order, a document no longer bundled last, each keeping the order given', () => {
    expect(summary(groupNotesBy(views, 'document', context))).toEqual([
      ['Statement', [3, 4]],
      ['Resolution', [1]],
      ['Document no longer in the library', [2]],
    ])
  })

  it('by category: in the menu’s order with glyphs, notes without one last', () => {
    expect(summary(groupNotesBy(views, 'category', context))).toEqual([
      ['★ Key point', [3]],
      ['? Question', [1, 4]],
      ['No category', [2]],
    ])
  })

  it('by tag: a note under each of its tags, tags differing in case as one, untagged notes last', () => {
    const groups = groupNotesBy(views, 'tag', context)
    expect(summary(groups)).toEqual([
      ['budget', [1]],
      ['Genève', [4]],
      ['ITU', [1, 3]],
      ['No tag', [2]],
    ])
    expect(groups.map((group) => group.tag)).toEqual(['budget', 'Genève', 'ITU', undefined])
  })

  it('without groups: one list, every note', () => {
    expect(summary(groupNotesBy(views, 'none', context))).toEqual([['All notes', [1, 2, 3, 4]]])
  })
})
