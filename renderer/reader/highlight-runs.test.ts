import { describe, expect, it } from 'vitest'
import { splitRun } from './highlight-runs'

describe('splitRun', () => {
  it('leaves a run without highlights whole', () => {
    expect(splitRun(0, 10, [])).toEqual([{ start: 0, end: 10, noteIds: [] }])
  })

  it('cuts at the edges of a highlight inside the run', () => {
    expect(splitRun(0, 10, [{ noteId: 'a', start: 3, end: 6 }])).toEqual([
      { start: 0, end: 3, noteIds: [] },
      { start: 3, end: 6, noteIds: ['a'] },
      { start: 6, end: 10, noteIds: [] },
    ])
  })

  it('handles highlights that start before or end after the run', () => {
    expect(splitRun(5, 10, [{ noteId: 'a', start: 0, end: 7 }, { noteId: 'b', start: 9, end: 20 }])).toEqual([
      { start: 5, end: 7, noteIds: ['a'] },
      { start: 7, end: 9, noteIds: [] },
      { start: 9, end: 10, noteIds: ['b'] },
    ])
  })

  it('lists every note on overlapping parts', () => {
    expect(splitRun(0, 10, [{ noteId: 'a', start: 0, end: 6 }, { noteId: 'b', start: 4, end: 10 }])).toEqual([
      { start: 0, end: 4, noteIds: ['a'] },
      { start: 4, end: 6, noteIds: ['a', 'b'] },
      { start: 6, end: 10, noteIds: ['b'] },
    ])
  })

  it('covers the run exactly, with no gaps', () => {
    const pieces = splitRun(2, 40, [
      { noteId: 'a', start: 0, end: 12 },
      { noteId: 'b', start: 10, end: 11 },
      { noteId: 'c', start: 30, end: 50 },
    ])
    expect(pieces[0]?.start).toBe(2)
    expect(pieces[pieces.length - 1]?.end).toBe(40)
    for (let index = 1; index < pieces.length; index++) expect(pieces[index]?.start).toBe(pieces[index - 1]?.end)
  })

  it('returns nothing for an empty run', () => {
    expect(splitRun(4, 4, [{ noteId: 'a', start: 0, end: 10 }])).toEqual([])
  })
})
