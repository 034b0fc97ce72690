import { describe, expect, it } from 'vitest'
import { BRIEFING_TTL_MS, BriefingPages, MAX_BRIEFINGS } from './briefing-pages'

describe('BriefingPages', () => {
  it('serves a briefing at the path it returns, and nothing at other paths', () => {
    const pages = new BriefingPages()
    const path = pages.add('<p>one</p>')
    expect(path).toMatch(/^\/briefing\/[A-Za-z0-9_-]{24}$/)
    expect(pages.get(path)).toBe('<p>one</p>')
    expect(pages.get('/briefing/guess')).toBeUndefined()
    expect(pages.get('/elsewhere')).toBeUndefined()
  })

  it('forgets briefings once they expire', () => {
    let now = 1_000
    const pages = new BriefingPages(() => now)
    const path = pages.add('<p>old</p>')
    now += BRIEFING_TTL_MS - 1
    expect(pages.get(path)).toBe('<p>old</p>')
    now += 1
    expect(pages.get(path)).toBeUndefined()
  })

  it('keeps at most a fixed number, dropping the oldest', () => {
    const pages = new BriefingPages()
    const first = pages.add('<p>first</p>')
    const paths = Array.from({ length: MAX_BRIEFINGS }, (_, index) => pages.add(`<p>${index}</p>`))
    expect(pages.get(first)).toBeUndefined()
    expect(pages.get(paths[paths.length - 1] ?? '')).toBe(`<p>${MAX_BRIEFINGS - 1}</p>`)
  })
})
