import { describe, expect, it } from 'vitest'
import { buildSnippet, SNIPPET_LENGTH, type MatchPosition } from './snippet'

/** Position of the `nth` (0-based) occurrence of `word` in `text`, as Lunr reports it. */
function positionOf(text: string, word: string, nth = 0): MatchPosition {
  let index = -1
  for (let i = 0; i <= nth; i++) index = text.indexOf(word, index + 1)
  if (index < 0) throw new Error(`"${word}" not in text`)
  return [index, word.length]
}

function highlighted(snippet: ReturnType<typeof buildSnippet>): string[] {
  return snippet.highlights.map(({ start, end }) => snippet.text.slice(start, end))
}

/** Long prose: numbered words, so every word is distinct. */
const LONG = Array.from({ length: 120 }, (_, i) => `word${i}`).join(' ')

describe('buildSnippet', () => {
  it('returns short text unchanged with its highlights', () => {
    const text = 'The Tallinn Agenda.'
    const snippet = buildSnippet(text, [positionOf(text, 'Tallinn')])
    expect(snippet).toEqual({ text, highlights: [{ start: 4, end: 11 }], truncatedStart: false, truncatedEnd: false })
  })

  it('returns short text unchanged when nothing matched in it', () => {
    expect(buildSnippet('A heading', [])).toEqual({ text: 'A heading', highlights: [], truncatedStart: false, truncatedEnd: false })
  })

  it('cuts long text at word boundaries around the first match', () => {
    const snippet = buildSnippet(LONG, [positionOf(LONG, 'word60')])
    expect(snippet.text.length).toBeLessThanOrEqual(SNIPPET_LENGTH)
    expect(snippet.text.length).toBeGreaterThan(SNIPPET_LENGTH / 2)
    expect(snippet.truncatedStart).toBe(true)
    expect(snippet.truncatedEnd).toBe(true)
    const start = LONG.indexOf(snippet.text)
    expect(start).toBeGreaterThan(0)
    // Whole words only: a space (or the text edge) on either side.
    expect(LONG[start - 1]).toBe(' ')
    expect(LONG[start + snippet.text.length]).toBe(' ')
    expect(snippet.text).toMatch(/^word\d+ .* word\d+$/)
    expect(highlighted(snippet)).toEqual(['word60'])
    // Some context comes before the match.
    expect(snippet.text.indexOf('word60')).toBeGreaterThan(10)
  })

  it('starts at the beginning when the first match is early', () => {
    const snippet = buildSnippet(LONG, [positionOf(LONG, 'word2')])
    expect(snippet.truncatedStart).toBe(false)
    expect(snippet.truncatedEnd).toBe(true)
    expect(snippet.text.startsWith('word0 word1 word2')).toBe(true)
    expect(highlighted(snippet)).toEqual(['word2'])
  })

  it('ends at the end when the first match is late', () => {
    const snippet = buildSnippet(LONG, [positionOf(LONG, 'word118')])
    expect(snippet.truncatedStart).toBe(true)
    expect(snippet.truncatedEnd).toBe(false)
    expect(snippet.text.endsWith('word118 word119')).toBe(true)
    expect(highlighted(snippet)).toEqual(['word118'])
  })

  it('marks every match inside the window and none outside it', () => {
    const positions = [positionOf(LONG, 'word110'), positionOf(LONG, 'word50'), positionOf(LONG, 'word52'), positionOf(LONG, 'word75')]
    const snippet = buildSnippet(LONG, positions)
    expect(snippet.text).not.toContain('word75')
    expect(highlighted(snippet)).toEqual(['word50', 'word52'])
    for (const { start, end } of snippet.highlights) {
      expect(start).toBeGreaterThanOrEqual(0)
      expect(end).toBeLessThanOrEqual(snippet.text.length)
    }
  })

  it('builds the window around the earliest match, whatever order positions come in', () => {
    const snippet = buildSnippet(LONG, [positionOf(LONG, 'word90'), positionOf(LONG, 'word70')])
    expect(highlighted(snippet)).toContain('word70')
    expect(snippet.text.indexOf('word70')).toBeLessThan(60)
  })

  it('merges overlapping and touching positions into one highlight', () => {
    const text = 'human rights online'
    const snippet = buildSnippet(text, [
      [6, 6],
      [0, 12],
      [13, 6],
      [13, 3],
    ])
    expect(snippet.highlights).toEqual([
      { start: 0, end: 12 },
      { start: 13, end: 19 },
    ])
    const touching = buildSnippet(text, [
      [0, 5],
      [5, 1],
    ])
    expect(touching.highlights).toEqual([{ start: 0, end: 6 }])
  })

  it('clamps positions to the text and drops empty ones', () => {
    const text = 'short text'
    const snippet = buildSnippet(text, [
      [-3, 5],
      [6, 100],
      [4, 0],
      [50, 3],
    ])
    expect(snippet.highlights).toEqual([
      { start: 0, end: 2 },
      { start: 6, end: 10 },
    ])
  })

  it('keeps UTF-16 offsets right next to astral characters', () => {
    const text = `${'𝒳 '.repeat(60)}Tallinn ${'𝒴 '.repeat(60)}`
    const snippet = buildSnippet(text, [positionOf(text, 'Tallinn')])
    expect(highlighted(snippet)).toEqual(['Tallinn'])
    expect(snippet.text.length).toBeLessThanOrEqual(SNIPPET_LENGTH)
    // Never splits a surrogate pair: the window edges fall on spaces.
    expect(snippet.text).toMatch(/^𝒳 .*𝒴$/u)
  })

  it('falls back to a hard cut inside a very long word', () => {
    const text = `${'x'.repeat(400)} end`
    const snippet = buildSnippet(text, [[200, 3]], 100)
    expect(snippet.text.length).toBe(100)
    expect(highlighted(snippet)).toEqual(['xxx'])
  })

  it('honours a custom length', () => {
    const snippet = buildSnippet(LONG, [positionOf(LONG, 'word60')], 40)
    expect(snippet.text.length).toBeLessThanOrEqual(40)
    expect(highlighted(snippet)).toEqual(['word60'])
  })
})

describe('buildSnippet on a list', () => {
  it('joins its items on one line and keeps each highlight on its word', () => {
    const text = 'Official title: The right to privacy\nBody: UN General Assembly\n\nSymbol: A/RES/69/166'
    const positions: Array<[number, number]> = [text.indexOf('privacy'), text.indexOf('Assembly'), text.indexOf('69/166')].map((start, at) => [start, ['privacy', 'Assembly', '69/166'][at]?.length ?? 0])
    const snippet = buildSnippet(text, positions)
    expect(snippet.text).toBe('Official title: The right to privacy · Body: UN General Assembly · Symbol: A/RES/69/166')
    expect(snippet.highlights.map(({ start, end }) => snippet.text.slice(start, end))).toEqual(['privacy', 'Assembly', '69/166'])
  })
})
