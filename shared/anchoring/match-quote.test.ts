import { describe, expect, it } from 'vitest'
import { CodePointIndex } from './code-points'
import {
  combineScores,
  findOccurrences,
  matchQuote,
  MATCH_WEIGHTS,
  MAX_QUOTE_ERRORS,
  maxQuoteErrors,
  positionScore,
} from './match-quote'

const article19 =
  'Everyone has the right to freedom of opinion and expression; this right includes freedom to hold opinions without interference and to seek, receive and impart information and ideas through any media and regardless of frontiers.'

/** Code-point offsets of `needle` in `text` (first occurrence). */
function rangeOf(text: string, needle: string, from = 0): { start: number; end: number } {
  const at = text.indexOf(needle, from)
  const start = Array.from(text.slice(0, at)).length
  return { start, end: start + Array.from(needle).length }
}

describe('scoring helpers', () => {
  it('weights sum to 100 with the quote weighted highest', () => {
    const { quote, prefix, suffix, position } = MATCH_WEIGHTS
    expect(quote + prefix + suffix + position).toBe(100)
    expect(quote).toBeGreaterThan(prefix + suffix)
    expect(position).toBeLessThan(prefix)
  })

  it('combines part scores into [0, 1]', () => {
    expect(combineScores({ quote: 1, prefix: 1, suffix: 1, position: 1 })).toBe(1)
    expect(combineScores({ quote: 0, prefix: 0, suffix: 0, position: 0 })).toBe(0)
    expect(combineScores({ quote: 1, prefix: 0, suffix: 0, position: 0 })).toBeCloseTo(0.6)
  })

  it('allows errors up to half the quote, at most MAX_QUOTE_ERRORS', () => {
    expect(maxQuoteErrors('a')).toBe(0)
    expect(maxQuoteErrors('abcdefghij')).toBe(5)
    expect(maxQuoteErrors('x'.repeat(10_000))).toBe(MAX_QUOTE_ERRORS)
  })

  it('scores position by distance relative to the text, neutral without a hint', () => {
    expect(positionScore(50, 50, 100)).toBe(1)
    expect(positionScore(75, 50, 100)).toBeCloseTo(0.75)
    expect(positionScore(0, 5000, 100)).toBe(0)
    expect(positionScore(10, undefined, 100)).toBe(1)
  })

  it('finds every occurrence, overlapping ones included', () => {
    expect(findOccurrences('aaaa', 'aa')).toEqual([0, 1, 2])
    expect(findOccurrences('abc', '')).toEqual([])
    expect(findOccurrences('abc', 'x')).toEqual([])
  })
})

describe('matchQuote', () => {
  it('returns null for an empty quote, an empty text, or nothing within the error budget', () => {
    expect(matchQuote(article19, '')).toBeNull()
    expect(matchQuote('', 'freedom')).toBeNull()
    expect(matchQuote(article19, 'zzzzzzzzzzzzzzzz')).toBeNull()
  })

  it('finds an exact quote with a perfect score in its context', () => {
    const quote = 'freedom to hold opinions'
    const { start, end } = rangeOf(article19, quote)
    const match = matchQuote(article19, quote, {
      prefix: article19.slice(article19.indexOf(quote) - 32, article19.indexOf(quote)),
      suffix: article19.slice(article19.indexOf(quote) + quote.length, article19.indexOf(quote) + quote.length + 32),
      hint: start,
    })
    expect(match).toEqual({ start, end, score: 1, exact: true })
  })

  it('finds a quote with a typo, as an inexact match', () => {
    const match = matchQuote(article19, 'freedum to hold opinoins')
    expect(match).toMatchObject({ ...rangeOf(article19, 'freedom to hold opinions'), exact: false })
    expect(match?.score).toBeLessThan(1)
    expect(match?.score).toBeGreaterThan(0.9)
  })

  it('prefers the occurrence whose context matches', () => {
    const text = 'The ITU shall respect human rights. Member States shall respect human rights online.'
    const second = text.lastIndexOf('respect human rights')
    const match = matchQuote(text, 'respect human rights', { prefix: 'Member States shall ', suffix: ' online.', hint: 0 })
    expect(match?.start).toBe(second)
  })

  it('uses the hint to choose between occurrences in identical context', () => {
    const text = 'one two three. one two three. one two three.'
    expect(matchQuote(text, 'two', { prefix: 'one ', suffix: ' three', hint: 19 })?.start).toBe(19)
    expect(matchQuote(text, 'two', { prefix: 'one ', suffix: ' three', hint: 33 })?.start).toBe(34)
  })

  it('matches the whole edited passage between an intact prefix and suffix', () => {
    const quote = 'the right to freedom of expression'
    const edited = 'Everyone has the right to freedom of opinion and expression; this right includes'
    const match = matchQuote(edited, quote, { prefix: 'Everyone has ', suffix: '; this right includes' })
    expect(match).toMatchObject({ ...rangeOf(edited, 'the right to freedom of opinion and expression'), exact: false })
    expect(match?.score).toBeGreaterThan(0.75)
    // Without the context, only the fewest-error match is available: a truncated one.
    const bare = matchQuote(edited, quote)
    expect(bare).toMatchObject(rangeOf(edited, 'the right to freedom of opinion'))
  })

  it('does not bound a passage that grew beyond the error budget', () => {
    const edited = 'Everyone has the right to freedom of opinion, conscience and belief and of expression; this right includes'
    const match = matchQuote(edited, 'the right to freedom of expression', { prefix: 'Everyone has ', suffix: '; this right includes' })
    expect(match?.end).toBeLessThan(rangeOf(edited, '; this').start)
  })

  it('bounds a passage at the start of the text by an empty prefix', () => {
    const edited = 'Everybody has the right to freedom of expression.'
    const match = matchQuote(edited, 'Everyone has the right', { prefix: '', suffix: ' to freedom' })
    expect(match).toMatchObject({ start: 0, end: 'Everybody has the right'.length, exact: false })
  })

  it('returns code-point offsets when astral characters come first', () => {
    const text = `😀😀😀 ${article19}`
    const match = matchQuote(text, 'freedom to hold opinions')
    const { start } = rangeOf(text, 'freedom to hold opinions')
    expect(start).toBe(text.indexOf('freedom to hold opinions') - 3)
    expect(match).toMatchObject({ start, exact: true })
  })

  it('never splits a surrogate pair when a fuzzy match starts inside one', () => {
    // The best alignment of "xyz123" uses the low half of the emoji for "x".
    const text = 'aaaa😀yz123 bbbb'
    const match = matchQuote(text, 'xyz123')
    expect(match).not.toBeNull()
    const index = new CodePointIndex(text)
    const found = index.slice(match?.start ?? 0, match?.end ?? 0)
    expect(found.startsWith('😀') || found.startsWith('yz')).toBe(true)
    expect(found.endsWith('123')).toBe(true)
    expect(found).not.toMatch(/^[\udc00-\udfff]/)
  })

  it('matches non-Latin scripts with a typo', () => {
    const text = 'Каждый человек имеет право на свободу убеждений и на свободное выражение их. 人人有权享有主张和发表意见的自由。 لكل شخص الحق في حرية الرأي والتعبير.'
    expect(matchQuote(text, 'право на свабоду убеждений')).toMatchObject({ ...rangeOf(text, 'право на свободу убеждений'), exact: false })
    expect(matchQuote(text, '人人有权享有主张和发表意见的自由')).toMatchObject({ ...rangeOf(text, '人人有权享有主张和发表意见的自由'), exact: true })
    expect(matchQuote(text, 'الحق في حريه الرأي')).toMatchObject({ ...rangeOf(text, 'الحق في حرية الرأي'), exact: false })
  })

  it('gives up on a quote far longer than the text, and matches one a little longer', () => {
    expect(matchQuote('short text', article19)).toBeNull()
    const truncated = article19.slice(0, -8)
    const match = matchQuote(truncated, article19)
    expect(match).toMatchObject({ start: 0, end: Array.from(truncated).length, exact: false })
  })

  it('accepts a prebuilt index', () => {
    const index = new CodePointIndex(`𝒳 ${article19}`)
    expect(matchQuote(index, 'Everyone has')).toMatchObject({ start: 2, end: 14, exact: true })
  })
})
