import { describe, expect, it } from 'vitest'
import { findPhrase } from './phrase'

describe('findPhrase', () => {
  it('finds the words in order across punctuation and case, with positions in the original', () => {
    const text = 'The Tallinn Agenda, and the San José Statement.'
    expect(findPhrase(text, ['tallinn', 'agenda'])).toEqual([[4, 14]])
    expect(findPhrase(text, ['san', 'jose', 'statement']).map(([start, length]) => text.slice(start, start + length))).toEqual(['San José Statement'])
  })

  it('refuses words out of order, apart or inside other words', () => {
    expect(findPhrase('Tallinn Agenda', ['agenda', 'tallinn'])).toEqual([])
    expect(findPhrase('Tallinn and its Agenda', ['tallinn', 'agenda'])).toEqual([])
    expect(findPhrase('Tallinnish Agenda', ['tallinn', 'agenda'])).toEqual([])
  })

  it('finds every occurrence and treats regex characters as text', () => {
    expect(findPhrase('a.b a.b', ['a', 'b'])).toHaveLength(2)
    expect(findPhrase('x (y) z', ['(y)'])).toEqual([[2, 3]])
  })
})
