import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CodePointIndex, codePointLength, sliceByCodePoints } from './code-points'

/** Reference implementation: string iteration yields one item per code point. */
function referenceSlice(text: string, start: number, end?: number): string {
  return Array.from(text).slice(start, end).join('')
}

/** Text mixing ASCII, BMP non-ASCII, astral characters and lone surrogates. */
const mixedText = fc
  .array(fc.constantFrom('a', ' ', 'é', 'Ж', 'ع', '中', '😀', '𝒳', '👍🏽', '\ud800', '\udc00', '\n'), { maxLength: 60 })
  .map((parts) => parts.join(''))

describe('codePointLength', () => {
  it('counts code points, not UTF-16 units', () => {
    expect(codePointLength('')).toBe(0)
    expect(codePointLength('abc')).toBe(3)
    expect(codePointLength('café')).toBe(4)
    expect(codePointLength('😀')).toBe(1)
    expect(codePointLength('a😀b𝒳c')).toBe(5)
    // An emoji with a skin-tone modifier is two code points (two pairs).
    expect(codePointLength('👍🏽')).toBe(2)
  })

  it('counts each lone surrogate as one code point', () => {
    expect(codePointLength('\ud800')).toBe(1)
    expect(codePointLength('\udc00\ud800')).toBe(2)
    expect(codePointLength('a\ud800b')).toBe(3)
  })

  it('agrees with string iteration', () => {
    fc.assert(fc.property(mixedText, (text) => codePointLength(text) === Array.from(text).length))
  })
})

describe('sliceByCodePoints', () => {
  it('slices by code points around astral characters', () => {
    expect(sliceByCodePoints('a😀b𝒳c', 1, 2)).toBe('😀')
    expect(sliceByCodePoints('a😀b𝒳c', 2, 4)).toBe('b𝒳')
    expect(sliceByCodePoints('a😀b𝒳c', 3)).toBe('𝒳c')
  })

  it('clamps offsets and returns empty for inverted ranges', () => {
    expect(sliceByCodePoints('abc', -5, 2)).toBe('ab')
    expect(sliceByCodePoints('abc', 1, 99)).toBe('bc')
    expect(sliceByCodePoints('abc', 2, 1)).toBe('')
    expect(sliceByCodePoints('abc', 3)).toBe('')
    expect(sliceByCodePoints('', 0, 1)).toBe('')
  })

  it('agrees with the reference for any in-range slice', () => {
    fc.assert(
      fc.property(mixedText, fc.nat(70), fc.nat(70), (text, a, b) => {
        const length = Array.from(text).length
        const start = Math.min(a, length)
        const end = Math.min(b, length)
        expect(sliceByCodePoints(text, start, end)).toBe(referenceSlice(text, start, Math.max(start, end)))
      }),
    )
  })
})

describe('CodePointIndex', () => {
  it('is the identity on text without astral characters', () => {
    const index = new CodePointIndex('Привет, мир — مرحبا 中文')
    expect(index.hasAstral).toBe(false)
    expect(index.length).toBe(index.text.length)
    for (let i = 0; i <= index.length; i++) {
      expect(index.toUtf16(i)).toBe(i)
      expect(index.toCodePoint(i)).toBe(i)
    }
  })

  it('shifts UTF-16 offsets after each astral character', () => {
    // Code points: a=0 😀=1 b=2 𝒳=3 c=4; UTF-16: a=0 😀=1,2 b=3 𝒳=4,5 c=6.
    const index = new CodePointIndex('a😀b𝒳c')
    expect(index.hasAstral).toBe(true)
    expect(index.length).toBe(5)
    expect([0, 1, 2, 3, 4, 5].map((cp) => index.toUtf16(cp))).toEqual([0, 1, 3, 4, 6, 7])
    expect([0, 1, 3, 4, 6, 7].map((u) => index.toCodePoint(u))).toEqual([0, 1, 2, 3, 4, 5])
  })

  it('snaps an offset inside a surrogate pair to either side of the character', () => {
    const index = new CodePointIndex('a😀b')
    expect(index.toCodePoint(2)).toBe(1)
    expect(index.toCodePoint(2, 'floor')).toBe(1)
    expect(index.toCodePoint(2, 'ceil')).toBe(2)
    expect(index.snapUtf16(2, 'floor')).toBe(1)
    expect(index.snapUtf16(2, 'ceil')).toBe(3)
    // A pair at the very start of the text.
    const leading = new CodePointIndex('😀😀')
    expect(leading.toCodePoint(1, 'floor')).toBe(0)
    expect(leading.toCodePoint(3, 'ceil')).toBe(2)
  })

  it('treats lone surrogates as single code points', () => {
    const index = new CodePointIndex('\ud800a\udc00😀')
    expect(index.length).toBe(4)
    expect(index.toUtf16(3)).toBe(3)
    expect(index.toUtf16(4)).toBe(5)
    expect(index.toCodePoint(4, 'floor')).toBe(3)
  })

  it('clamps out-of-range and non-integer input', () => {
    const index = new CodePointIndex('😀x')
    expect(index.toUtf16(-3)).toBe(0)
    expect(index.toUtf16(99)).toBe(3)
    expect(index.toUtf16(Number.NaN)).toBe(0)
    expect(index.toUtf16(1.7)).toBe(2)
    expect(index.toCodePoint(99)).toBe(2)
    expect(index.toCodePoint(-1)).toBe(0)
  })

  it('slices by code points', () => {
    const index = new CodePointIndex('Ж😀中𝒳z')
    expect(index.slice(1, 4)).toBe('😀中𝒳')
    expect(index.slice(3)).toBe('𝒳z')
    expect(index.slice(4, 2)).toBe('')
  })

  it('round-trips every code-point offset and agrees with string iteration', () => {
    fc.assert(
      fc.property(mixedText, (text) => {
        const index = new CodePointIndex(text)
        const points = Array.from(text)
        expect(index.length).toBe(points.length)
        let unit = 0
        for (let cp = 0; cp <= points.length; cp++) {
          expect(index.toUtf16(cp)).toBe(unit)
          expect(index.toCodePoint(unit)).toBe(cp)
          unit += points[cp]?.length ?? 0
        }
      }),
    )
  })

  it('never lets a snapped offset split a surrogate pair', () => {
    fc.assert(
      fc.property(mixedText, fc.nat(130), fc.constantFrom('floor' as const, 'ceil' as const), (text, raw, snap) => {
        const index = new CodePointIndex(text)
        const unit = Math.min(raw, text.length)
        const snapped = index.snapUtf16(unit, snap)
        expect(snap === 'floor' ? snapped <= unit : snapped >= unit).toBe(true)
        expect(Math.abs(snapped - unit)).toBeLessThanOrEqual(1)
        const high = text.charCodeAt(snapped - 1)
        const low = text.charCodeAt(snapped)
        const splitsPair = high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff
        expect(splitsPair).toBe(false)
      }),
    )
  })
})
