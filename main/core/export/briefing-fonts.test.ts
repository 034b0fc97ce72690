import { describe, expect, it } from 'vitest'
import { BUNDLED_SANS, BUNDLED_SERIF, bundledFontFaces } from './briefing-fonts'

describe('bundledFontFaces', () => {
  it('embeds Source Serif 4 (regular, semibold, italics) and Inter as data: URLs for Latin, Cyrillic and Greek', () => {
    const css = bundledFontFaces()
    const rules = css.split('\n')
    expect(rules.filter((rule) => rule.includes(`"${BUNDLED_SERIF}"`))).toHaveLength(16)
    expect(rules.filter((rule) => rule.includes(`"${BUNDLED_SANS}"`))).toHaveLength(8)
    expect(rules.every((rule) => rule.includes('src: url(data:font/woff2;base64,'))).toBe(true)
    expect(css).not.toMatch(/url\((?!data:)/)
  })

  it('leaves the faces out when their files are nowhere to be found (the system fonts print instead)', () => {
    expect(bundledFontFaces(['/nonexistent/fonts'])).toBe('')
  })
})
