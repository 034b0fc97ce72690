import { describe, expect, it } from 'vitest'
import { MAX_TAGS } from '../../../shared/notes/note-model'
import { addTagUpdates, categoryUpdates, removeTagUpdates, renameTagUpdates, tagCounts, tidyTag, undoUpdates } from './tag-changes'
import { testId, testView } from './testing/note-views'

const views = [
  testView({ n: 1, tags: ['ITU', 'budget'], category: 'question' }),
  testView({ n: 2, tags: ['itu'], category: 'concern' }),
  testView({ n: 3, tags: [], category: null }),
]

describe('tagCounts', () => {
  it('counts notes per tag, case and accents aside', () => {
    expect(tagCounts([...views, testView({ n: 4, tags: ['Genève', 'geneve'] })])).toEqual(
      new Map([
        ['itu', 2],
        ['budget', 1],
        ['geneve', 1],
      ]),
    )
  })
})

describe('bulk changes', () => {
  it('sets a category only where it differs', () => {
    expect(categoryUpdates(views, 'concern')).toEqual([
      { id: testId(1), category: 'concern' },
      { id: testId(3), category: 'concern' },
    ])
  })

  it('adds a tag to notes without it, and not past the tag limit', () => {
    const full = testView({ n: 9, tags: Array.from({ length: MAX_TAGS }, (_, index) => `t${index}`) })
    expect(addTagUpdates([...views, full], 'Itu')).toEqual([{ id: testId(3), tags: ['Itu'] }])
  })

  it('removes a tag in any case from the notes that have it', () => {
    expect(removeTagUpdates(views, 'itu')).toEqual([
      { id: testId(1), tags: ['budget'] },
      { id: testId(2), tags: [] },
    ])
  })

  it('renames a tag where it stood, keeping one copy where the note had the new name already', () => {
    expect(renameTagUpdates(views, 'itu', 'ITU-PP')).toEqual([
      { id: testId(1), tags: ['ITU-PP', 'budget'] },
      { id: testId(2), tags: ['ITU-PP'] },
    ])
    expect(renameTagUpdates(views, 'budget', 'itu')).toEqual([{ id: testId(1), tags: ['ITU'] }])
  })

  it('undoes a batch with the notes’ tags and categories as they were', () => {
    const updates = [...renameTagUpdates(views, 'itu', 'x'), ...categoryUpdates(views.slice(2), 'reference')]
    expect(undoUpdates(views, updates)).toEqual([
      { id: testId(1), tags: ['ITU', 'budget'] },
      { id: testId(2), tags: ['itu'] },
      { id: testId(3), category: null },
    ])
  })
})

describe('tidyTag', () => {
  it('turns commas and runs of spaces into one space, trimmed', () => {
    expect(tidyTag('  ITU,  PP-18 ')).toBe('ITU PP-18')
  })
})
