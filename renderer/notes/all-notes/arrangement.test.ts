import { describe, expect, it } from 'vitest'
import { ARRANGEMENT_KEY, DEFAULT_ARRANGEMENT, loadArrangement, parseArrangement, saveArrangement } from './arrangement'

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  const items = new Map<string, string>()
  return { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) }
}

describe('All notes arrangement', () => {
  it('comes back on the next visit as it was chosen', () => {
    const storage = memoryStorage()
    expect(loadArrangement(storage)).toEqual(DEFAULT_ARRANGEMENT)
    saveArrangement(storage, { sort: 'modified', grouping: 'tag' })
    expect(loadArrangement(storage)).toEqual({ sort: 'modified', grouping: 'tag' })
  })

  it('falls back field by field on unknown or corrupt values', () => {
    expect(parseArrangement('{"sort":"category","grouping":"colour"}')).toEqual({ sort: 'category', grouping: DEFAULT_ARRANGEMENT.grouping })
    expect(parseArrangement('not json')).toEqual(DEFAULT_ARRANGEMENT)
    expect(parseArrangement('[1]')).toEqual(DEFAULT_ARRANGEMENT)
  })

  it('survives storage that throws', () => {
    const broken = { getItem: () => { throw new Error('blocked') }, setItem: () => { throw new Error('full') } }
    expect(loadArrangement(broken)).toEqual(DEFAULT_ARRANGEMENT)
    expect(() => saveArrangement(broken, { sort: 'created', grouping: 'none' })).not.toThrow()
    expect(ARRANGEMENT_KEY).toMatch(/all-notes/)
  })
})
