import { describe, expect, it } from 'vitest'
import { MAX_PHRASE_WORDS, parseQuery, QuerySyntaxError } from './query'

describe('parseQuery', () => {
  it('reads plain words as folded terms that default to the mode, dropping stop words', () => {
    expect(parseQuery('San José of the ITU').terms.map((term) => [term.term, term.presence])).toEqual([
      ['san', 'default'],
      ['jose', 'default'],
      ['itu', 'default'],
    ])
  })

  it('reads Lunr syntax: field, wildcard, fuzzy, boost, required and prohibited', () => {
    const [field, prefix, fuzzy, boost, required, prohibited] = parseQuery('title:privacy priv* privcy~1 online^2 +rights -surveillance').terms
    expect(field).toMatchObject({ term: 'privacy', field: 'title' })
    expect(prefix).toMatchObject({ term: 'priv*', wildcard: true })
    expect(fuzzy).toMatchObject({ term: 'privcy', editDistance: 1 })
    expect(boost).toMatchObject({ term: 'online', boost: 2 })
    expect(required).toMatchObject({ term: 'rights', presence: 'required' })
    expect(prohibited).toMatchObject({ term: 'surveillance', presence: 'prohibited' })
  })

  it('keeps symbols whole and trims edge punctuation', () => {
    expect(parseQuery('A/HRC/RES/20/8 (PP-18), "68/167"').terms.map((term) => term.term)).toEqual(['a/hrc/res/20/8', 'pp-18'])
    expect(parseQuery('"68/167"').phrases[0]?.words).toEqual(['68', '167'])
  })

  it('reads quoted phrases, with stop words kept for the text check', () => {
    expect(parseQuery('"freedom of expression" -"human rights"').phrases).toEqual([
      { words: ['freedom', 'of', 'expression'], presence: 'required' },
      { words: ['human', 'rights'], presence: 'prohibited' },
    ])
  })

  it('accepts field aliases', () => {
    expect(parseQuery('tag:budget').terms[0]?.field).toBe('tags')
  })

  it('reads an empty query as no terms', () => {
    expect(parseQuery('   ')).toEqual({ terms: [], phrases: [] })
  })

  it.each([
    ['title:(', /not a word/],
    ['~~', /~ must be followed by a number/],
    ['term~', /~ must be followed by a number/],
    ['term~3', /at most ~2/],
    ['term^', /\^ must be followed by a weight/],
    ['term^0', /\^ must be followed by a weight/],
    ['te~1rm', /~ must be followed by a number/],
    ['te~1~1', /once each/],
    ['title:', /needs a word after the colon/],
    ['author:smith', /not a field you can search/],
    ['+', /needs a word after/],
    ['-', /needs a word after/],
    ['*', /\* needs some letters/],
    ['priv*~1', /both \* and ~/],
    ['"open', /not closed/],
    ['""', /hold no words/],
    ['-privacy', /only of excluded words/],
    ['title::x', /one colon/],
    ['((', /not a word/],
  ])('refuses %s with a message saying why', (query, message) => {
    expect(() => parseQuery(query)).toThrow(QuerySyntaxError)
    expect(() => parseQuery(query)).toThrow(message)
  })
})

describe('parseQuery limits', () => {
  it('refuses a quoted phrase of more than MAX_PHRASE_WORDS words, saying what to do', () => {
    expect(parseQuery(`"${'word '.repeat(MAX_PHRASE_WORDS)}"`).phrases[0]?.words).toHaveLength(MAX_PHRASE_WORDS)
    expect(() => parseQuery(`"${'word '.repeat(MAX_PHRASE_WORDS + 1)}"`)).toThrow(/at most 32 words/)
  })
})
