import { describe, expect, it } from 'vitest'
import { describeFilter, filterSummary, listSelectionSummary } from './export-model'

describe('describeFilter', () => {
  it('says what each part of a filter keeps, and a search as a search', () => {
    expect(describeFilter({ scope: 'filter' })).toEqual([])
    expect(describeFilter({ scope: 'filter', category: 'concern', tag: ' itu ' })).toEqual(['in category Concern', 'tagged “itu”'])
    expect(describeFilter({ scope: 'filter', text: 'monitor', noteIds: ['a', 'b'] })).toEqual(['matching the search “monitor”'])
  })

  it('says when a search named only its best notes', () => {
    expect(describeFilter({ scope: 'filter', text: 'itu', noteIds: ['a', 'b'], matchTotal: 340 })).toEqual(['matching the search “itu” (the best 2 of 340)'])
    expect(describeFilter({ scope: 'filter', text: 'itu', noteIds: ['a', 'b'], matchTotal: 2 })).toEqual(['matching the search “itu”'])
    expect(describeFilter({ scope: 'filter', noteIds: ['a'] })).toEqual(['chosen by a search'])
  })
})

describe('filterSummary', () => {
  it('counts the notes a filter names', () => {
    expect(filterSummary({ scope: 'filter', category: 'question', text: 'monitor', noteIds: ['a', 'b', 'c'] })).toBe('3 notes in category Question, matching the search “monitor”')
    expect(filterSummary({ scope: 'filter', text: 'monitor', noteIds: ['a'] })).toBe('1 note matching the search “monitor”')
  })

  it('describes a filter that does not name its notes', () => {
    expect(filterSummary({ scope: 'filter', tag: 'itu' })).toBe('Notes tagged “itu”')
    expect(filterSummary({ scope: 'filter' })).toBe('Every note')
    expect(filterSummary({ scope: 'filter', documentId: 'doc' })).toBe('Every note on this document')
  })
})

describe('listSelectionSummary', () => {
  it('counts ticked notes, and describes a filter as filterSummary does', () => {
    expect(listSelectionSummary({ scope: 'notes', noteIds: ['a'] })).toBe('1 selected note')
    expect(listSelectionSummary({ scope: 'notes', noteIds: Array.from({ length: 1200 }, (_, i) => String(i)) })).toBe('1,200 selected notes')
    expect(listSelectionSummary({ scope: 'filter', tag: 'itu' })).toBe('Notes tagged “itu”')
  })
})
