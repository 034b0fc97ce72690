import { describe, expect, it } from 'vitest'
import { mergeRanges } from './text-ranges'

describe('mergeRanges', () => {
  it('sorts and merges overlapping and touching ranges', () => {
    expect(mergeRanges([[5, 8], [1, 3], [2, 4], [4, 5]], 10)).toEqual([[1, 8]])
    expect(mergeRanges([[6, 7], [0, 2]], 10)).toEqual([[0, 2], [6, 7]])
  })

  it('clamps to the text and drops empty or inverted ranges', () => {
    expect(mergeRanges([[-3, 2], [8, 99], [4, 4], [6, 5]], 10)).toEqual([[0, 2], [8, 10]])
  })

  it('does not modify its input', () => {
    const input: Array<readonly [number, number]> = [[3, 5], [1, 4]]
    mergeRanges(input, 10)
    expect(input).toEqual([[3, 5], [1, 4]])
  })
})
