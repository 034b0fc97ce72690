import { describe, expect, it } from 'vitest'
import { compoundTokenizer, splitTokens } from './tokenize'

describe('splitTokens', () => {
  it('keeps a symbol whole, in parts and as tails, with exact positions', () => {
    const text = 'See A/HRC/RES/20/8, adopted.'
    const tokens = splitTokens(text)
    expect(tokens.map((token) => token.text)).toEqual(['See', 'A/HRC/RES/20/8', 'A', 'HRC', 'RES', '20', '8', 'HRC/RES/20/8', 'RES/20/8', '20/8', 'adopted'])
    for (const token of tokens) expect(text.slice(token.start, token.start + token.text.length)).toBe(token.text)
  })

  it('splits hyphenated words but keeps them whole too, and trims edge punctuation', () => {
    expect(splitTokens('(PP-18)').map((token) => token.text)).toEqual(['PP-18', 'PP', '18'])
    expect(splitTokens('— “rights” …').map((token) => token.text)).toEqual(['rights'])
  })

  it('does not combine the parts of very long compounds', () => {
    expect(splitTokens('a/b/c/d/e/f/g/h/i/j')).toHaveLength(11)
  })
})

describe('compoundTokenizer', () => {
  it('lower-cases tokens and records [start, length] positions', () => {
    const [token] = compoundTokenizer('  Tallinn', { fields: ['text'] })
    expect(token?.toString()).toBe('tallinn')
    expect((token as unknown as { metadata: object } | undefined)?.metadata).toMatchObject({ position: [2, 7], fields: ['text'] })
  })
})
