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

describe('findPhrase on texts that need folding', () => {
  it('finds a phrase written with accents, ligatures or decomposed marks, marking the original characters', () => {
    const cases: Array<[string, string[], string]> = [
      ['Statement of San José, 2016', ['san', 'jose'], 'San José'],
      ['Statement of San Jose\u0301, 2016', ['san', 'jose'], 'San Jose\u0301'],
      ['the ﬁnal report', ['final', 'report'], 'ﬁnal report'],
      ['DÉCLARATION DE LA HAYE', ['declaration', 'de'], 'DÉCLARATION DE'],
    ]
    for (const [text, words, expected] of cases) {
      const found = findPhrase(text, words)
      expect(found.map(([start, length]) => text.slice(start, start + length)), text).toEqual([expected])
    }
  })

  it('gives the same answer as folding the whole text first, whatever the text', () => {
    const texts = ['San José agenda', 'san jose  agenda', 'SAN-JOSÉ/agenda', 'sanjose agenda', 'José San agenda', 'San ’José’ agenda', 'Şan José']
    for (const text of texts) {
      const viaFolding = findPhrase(`${text}\u00e9`.slice(0, -1), ['san', 'jose'])
      expect(viaFolding.length > 0, text).toBe(/(?<![\p{L}\p{N}])san[^\p{L}\p{N}]+jose(?![\p{L}\p{N}])/u.test(text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase()))
    }
  })
})
