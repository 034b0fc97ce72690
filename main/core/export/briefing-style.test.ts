import { describe, expect, it } from 'vitest'
import { briefingStylesheet, cssString } from './briefing-style'

describe('cssString', () => {
  it('quotes text for a CSS content value, escaping what could end the string or the style element', () => {
    expect(cssString('Notes briefing')).toBe('"Notes briefing"')
    expect(cssString('a"b\\c')).toBe('"a\\22 b\\5c c"')
    expect(cssString('</style>')).toBe('"\\3c /style\\3e "')
  })
})

describe('briefingStylesheet', () => {
  it('sizes the page and prints the footer label where asked, escaped', () => {
    const css = briefingStylesheet({ paper: 'Letter', footer: '</style>"' })
    expect(css).toContain('size: letter;')
    expect(css).toContain('@bottom-left { content: "\\3c /style\\3e \\22 ";')
    expect(css).not.toContain('</style')
  })

  it('has no footer rules when the printer prints the footer', () => {
    expect(briefingStylesheet({ paper: 'A4', footer: null })).not.toContain('@bottom')
  })
})
