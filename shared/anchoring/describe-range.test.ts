import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { QUOTE_CONTEXT_LENGTH, textPositionSelectorSchema, textQuoteSelectorSchema } from '../notes/note-model'
import { CodePointIndex } from './code-points'
import { describeRange } from './describe-range'

const long = 'The Coalition calls on all Member States to ensure that the ITU remains within its mandate, and to respect human rights online as offline.'

describe('describeRange', () => {
  it('gives the quote, 32 code points of context on each side, and the position', () => {
    const start = long.indexOf('ensure')
    const end = start + 'ensure that the ITU'.length
    const [quote, position] = describeRange(long, start, end)
    expect(quote).toEqual({
      type: 'TextQuoteSelector',
      exact: 'ensure that the ITU',
      prefix: long.slice(start - QUOTE_CONTEXT_LENGTH, start),
      suffix: long.slice(end, end + QUOTE_CONTEXT_LENGTH),
    })
    expect(quote.prefix).toHaveLength(32)
    expect(quote.suffix).toHaveLength(32)
    expect(position).toEqual({ type: 'TextPositionSelector', start, end })
  })

  it('clamps the context at the edges of the text', () => {
    expect(describeRange('Hello world', 0, 5)[0]).toMatchObject({ exact: 'Hello', prefix: '', suffix: ' world' })
    expect(describeRange('Hello world', 6, 11)[0]).toMatchObject({ exact: 'world', prefix: 'Hello ', suffix: '' })
    expect(describeRange('x', 0, 1)[0]).toMatchObject({ exact: 'x', prefix: '', suffix: '' })
  })

  it('counts context and offsets in code points around astral characters', () => {
    const text = `${'😀'.repeat(40)}quote${'𝒳'.repeat(40)}`
    const [quote, position] = describeRange(text, 40, 45)
    expect(quote.exact).toBe('quote')
    expect(quote.prefix).toBe('😀'.repeat(32))
    expect(quote.suffix).toBe('𝒳'.repeat(32))
    expect(position).toMatchObject({ start: 40, end: 45 })
    // A quote that is itself astral.
    expect(describeRange('a😀b', 1, 2)[0]).toMatchObject({ exact: '😀', prefix: 'a', suffix: 'b' })
  })

  it('handles accents, Cyrillic, Arabic and Chinese', () => {
    const text = 'Déclaration — Заявление — بيان — 声明'
    const start = text.indexOf('Заявление')
    const [quote] = describeRange(text, start, start + 'Заявление'.length)
    expect(quote).toMatchObject({ exact: 'Заявление', prefix: 'Déclaration — ', suffix: ' — بيان — 声明' })
  })

  it('accepts a prebuilt index', () => {
    const index = new CodePointIndex('a😀b')
    expect(describeRange(index, 2, 3)[0].exact).toBe('b')
  })

  it('throws RangeError for empty, inverted, out-of-range or fractional ranges', () => {
    expect(() => describeRange('abc', 1, 1)).toThrow(RangeError)
    expect(() => describeRange('abc', 2, 1)).toThrow(RangeError)
    expect(() => describeRange('abc', -1, 2)).toThrow(RangeError)
    expect(() => describeRange('abc', 1, 4)).toThrow(RangeError)
    expect(() => describeRange('a😀', 0, 3)).toThrow(RangeError)
    expect(() => describeRange('abc', 0.5, 2)).toThrow(RangeError)
    expect(() => describeRange('abc', 0, Number.NaN)).toThrow(RangeError)
    expect(() => describeRange('', 0, 0)).toThrow(RangeError)
  })

  it('produces selectors the note schema accepts, for any valid range', () => {
    const text = fc.array(fc.constantFrom('a', ' ', 'é', 'Ж', '中', '😀', '𝒳', '\n'), { minLength: 1, maxLength: 200 }).map((p) => p.join(''))
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (value, a, b) => {
        const length = Array.from(value).length
        const start = a % length
        const end = start + 1 + (b % (length - start))
        const [quote, position] = describeRange(value, start, end)
        expect(textQuoteSelectorSchema.safeParse(quote).success).toBe(true)
        expect(textPositionSelectorSchema.safeParse(position).success).toBe(true)
        expect(quote.prefix + quote.exact + quote.suffix).toBe(Array.from(value).slice(Math.max(0, start - 32), end + 32).join(''))
      }),
    )
  })
})
