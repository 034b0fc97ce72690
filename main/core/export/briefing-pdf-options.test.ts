import { describe, expect, it } from 'vitest'
import { briefingPdfOptions } from './briefing-pdf-options'
import { attribute, parseHtml, select, selectOne, textOf } from './testing/html-tree'

describe('briefingPdfOptions', () => {
  it('fits Electron printToPDF and Playwright page.pdf, with the page size and a page-number footer template', () => {
    const options = briefingPdfOptions('Letter', 'template', 'Notes briefing · 1 March 2026 at 09:30')
    expect(options.electron).toMatchObject({ pageSize: 'Letter', printBackground: true, preferCSSPageSize: true, displayHeaderFooter: true })
    expect(options.electron.margins.bottom).toBeCloseTo(22 / 25.4, 3)
    expect(options.playwright).toMatchObject({ format: 'Letter', displayHeaderFooter: true, margin: { top: '20mm', bottom: '22mm', left: '22mm', right: '20mm' } })
    const footer = parseHtml(options.footerTemplate)
    expect(select(footer, 'span.pageNumber')).toHaveLength(1)
    expect(select(footer, 'span.totalPages')).toHaveLength(1)
    expect(textOf(selectOne(footer, 'body'))).toBe('Notes briefing · 1 March 2026 at 09:30Page  of ')
    expect(attribute(selectOne(footer, 'div'), 'style')).toMatch(/font:7\.5pt "Briefing Source Serif 4", "Source Serif 4"/)
    expect(options.headerTemplate).toBe('<span></span>')
  })

  it('keeps the printer footer off when the page prints its own (the default)', () => {
    const options = briefingPdfOptions('A4')
    expect(options.electron.displayHeaderFooter).toBe(false)
    expect(options.playwright.displayHeaderFooter).toBe(false)
    expect(options.playwright.format).toBe('A4')
  })

  it('escapes the footer label', () => {
    const footer = parseHtml(briefingPdfOptions('A4', 'template', '<b>x</b><script>y</script>').footerTemplate)
    expect(select(footer, 'b')).toEqual([])
    expect(select(footer, 'script')).toEqual([])
    expect(textOf(selectOne(footer, 'body'))).toContain('<b>x</b><script>y</script>')
  })
})
