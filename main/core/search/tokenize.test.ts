import { describe, expect, it } from 'vitest'
import { capLength, compoundTokenizer, MAX_TOKEN_LENGTH, splitTokens } from './tokenize'

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

describe('long words', () => {
  it('cuts a word longer than MAX_TOKEN_LENGTH to its start, keeping its position', () => {
    const blob = 'iVBORw0KGgo'.padEnd(99_000, 'AbC9+/')
    const tokens = splitTokens(`see ${blob} here`)
    expect(tokens.every((token) => token.text.length <= MAX_TOKEN_LENGTH)).toBe(true)
    expect(tokens.map((token) => token.start)).toContain(4)
    expect(tokens.find((token) => token.start === 4)?.text).toBe(blob.slice(0, MAX_TOKEN_LENGTH))
    expect(tokens.at(-1)?.text).toBe('here')
  })

  it('never cuts between the halves of a surrogate pair', () => {
    expect(capLength(`${'a'.repeat(63)}😀b`)).toBe('a'.repeat(63))
    expect(capLength('a'.repeat(70))).toHaveLength(MAX_TOKEN_LENGTH)
  })

  it('trims a long run of punctuation in linear time', () => {
    const tokens = splitTokens(`x${'-'.repeat(200_000)}`)
    expect(tokens.map((token) => token.text)).toEqual(['x'])
  })
})
