import { describe, expect, it } from 'vitest'
import { chunkBatch, jsonBytesBound } from './batch-chunks'

describe('chunkBatch', () => {
  it('cuts by count, keeping order', () => {
    expect(chunkBatch([1, 2, 3, 4, 5], 2, Infinity, () => 1)).toEqual([[1, 2], [3, 4], [5]])
  })

  it('cuts by size, and gives an item larger than the limit a chunk of its own', () => {
    expect(chunkBatch([3, 3, 9, 1], 10, 6, (n) => n)).toEqual([[3, 3], [9], [1]])
  })

  it('gives no chunk for nothing', () => {
    expect(chunkBatch([], 3, 10, () => 1)).toEqual([])
  })
})

describe('jsonBytesBound', () => {
  it('is never less than the UTF-8 size of the JSON', () => {
    const item = { text: 'Genève — 北京 🌍' }
    expect(jsonBytesBound(item)).toBeGreaterThanOrEqual(new TextEncoder().encode(JSON.stringify(item)).length)
  })
})
