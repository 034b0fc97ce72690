import { describe, expect, it } from 'vitest'
import { highlightSegments } from './highlight-segments'

describe('highlightSegments', () => {
  it('returns the whole text unmarked without highlights', () => {
    expect(highlightSegments('plain text', [])).toEqual([{ text: 'plain text', highlighted: false }])
  })

  it('marks each range and keeps the text around it', () => {
    expect(highlightSegments('the Tallinn Agenda and more', [{ start: 4, end: 11 }, { start: 12, end: 18 }])).toEqual([
      { text: 'the ', highlighted: false },
      { text: 'Tallinn', highlighted: true },
      { text: ' ', highlighted: false },
      { text: 'Agenda', highlighted: true },
      { text: ' and more', highlighted: false },
    ])
  })

  it('merges overlapping and unsorted ranges and clamps out-of-range ends', () => {
    const segments = highlightSegments('abcdefgh', [{ start: 5, end: 99 }, { start: 1, end: 3 }, { start: 2, end: 4 }])
    expect(segments.map((segment) => segment.text).join('')).toBe('abcdefgh')
    expect(segments.filter((segment) => segment.highlighted).map((segment) => segment.text)).toEqual(['bcd', 'fgh'])
  })

  it('keeps markup-like text as text', () => {
    const segments = highlightSegments('<img src=x onerror=alert(1)>', [{ start: 1, end: 4 }])
    expect(segments.map((segment) => segment.text).join('')).toBe('<img src=x onerror=alert(1)>')
  })
})
