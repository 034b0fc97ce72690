import { describe, expect, it } from 'vitest'
import { buildBriefing } from './briefing-content'
import { briefingFooterLabel, briefingPdfOptions, renderBriefingHtml } from './briefing-html'
import { selectNotes } from './export-selection'
import { exportTestLibrary, exportTestViews, FIXED_NOW, FIXED_STYLE } from './testing/export-fixtures'

const library = exportTestLibrary()
const briefing = buildBriefing(selectNotes(exportTestViews(library), { scope: 'all' }, library), library, { generated: FIXED_NOW, selectionLabel: 'All notes' })
const html = renderBriefingHtml(briefing, { ...FIXED_STYLE, generator: 'FOC Reader 0.1.0' })

describe('renderBriefingHtml', () => {
  it('is one self-contained document: no scripts, no external resources, a policy that forbids both', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true)
    expect(html).not.toMatch(/<script/i)
    expect(html).not.toMatch(/<(img|link|iframe|object|embed)\b/i)
    const tags = html.match(/<[a-z][^>]*>/gi) ?? []
    expect(tags.filter((tag) => /\s(src|href|on[a-z]+)=/i.test(tag))).toEqual([])
    expect(html).not.toMatch(/url\(|@import/i)
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`)
  })

  it('escapes every piece of user text: the hostile note shows as text', () => {
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;double&quot; &#39;single&#39; &lt;/p&gt;&lt;script&gt;alert(2)&lt;/script&gt;')
    expect(html).toContain('<span class="tag" lang="und-Latn" dir="auto">&lt;b&gt;bold&lt;/b&gt;</span>')
    expect(html).toContain('a&amp;b')
    expect(html).not.toContain('onerror=alert(1)>')
  })

  it('marks user text with its language and dir="auto", so Arabic is set right to left', () => {
    expect(html).toContain('<div class="note-body" lang="und-Arab" dir="auto"><p>يجب مراجعة هذه الفقرة مع الوفد قبل الجلسة.</p></div>')
    expect(html).toContain('<blockquote lang="und-Arab" dir="auto">')
    expect(html).toContain('<div class="note-body" lang="zh" dir="auto">')
    expect(html).toContain('<div class="note-body" lang="el" dir="auto">')
    expect(html).toContain('<div class="note-body" lang="und-Cyrl" dir="auto">')
    expect(html).toContain('<blockquote lang="en" dir="auto">')
  })

  it('names each category in words beside its glyph, and flags notes in words', () => {
    expect(html).toContain('<span class="category"><span class="glyph" aria-hidden="true">!</span>Concern</span>')
    expect(html).toContain('<span class="category category-none">No category</span>')
    expect(html).toContain('<span class="flag flag-needs-review">Needs review</span>')
    expect(html).toContain('<span class="flag flag-orphaned">Passage not found</span>')
  })

  it('gives each passage its reference, and a resolution its symbol and date', () => {
    expect(html).toContain('<cite dir="auto">Sample Joint Statement</cite>, About the Coalition, ¶2')
    expect(html).toContain('Resolution · UN General Assembly · A/RES/68/167 · 18 December 2013')
    expect(html).toContain('The text here now reads: <q lang="en" dir="auto">The coalition meets every year.</q>')
  })

  it('has a title block with the date, what was exported and counts', () => {
    expect(html).toContain('<h1>Notes briefing</h1>')
    expect(html).toContain('<time datetime="2026-03-01T09:30:00.000Z">1 March 2026 at 09:30</time>')
    expect(html).toContain('<dd>14 notes on 4 documents</dd>')
    expect(html).toContain('Needs review <span class="count">1</span>')
    expect(html).toContain('Passage not found <span class="count">2</span>')
  })

  it('shows created and modified dates, and only created when they are the same', () => {
    expect(html).toContain('Created <time datetime="2026-02-20T09:00:00.000Z">20 February 2026 at 09:00</time> · Modified <time datetime="2026-02-20T09:45:00.000Z">20 February 2026 at 09:45</time>')
    expect(html).toContain('Created <time datetime="2026-02-20T09:05:00.000Z">20 February 2026 at 09:05</time></p>')
  })

  it('lays the page out for A4 or Letter with a footer of title, date and page numbers by CSS paged media', () => {
    expect(html).toContain('size: A4;')
    expect(html).toContain('@bottom-left { content: "Notes briefing · 1 March 2026 at 09:30";')
    expect(html).toContain('content: "Page " counter(page) " of " counter(pages)')
    expect(renderBriefingHtml(briefing, { paper: 'Letter' })).toContain('size: letter;')
  })

  it('leaves the footer to the printer template when asked, so it is never printed twice', () => {
    const templated = renderBriefingHtml(briefing, { ...FIXED_STYLE, footer: 'template' })
    expect(templated).not.toContain('@bottom-left')
    expect(templated).not.toContain('counter(page)')
  })

  it('says so when there are no notes', () => {
    const empty = renderBriefingHtml(buildBriefing([], library, { generated: FIXED_NOW, selectionLabel: 'Notes tagged “x”' }), FIXED_STYLE)
    expect(empty).toContain('No notes match this selection.')
    expect(empty).toContain('<dd>0 notes on 0 documents</dd>')
  })

  it('uses a font stack that covers Latin, Cyrillic, Greek, Arabic and CJK', () => {
    for (const face of ['"Source Serif 4"', '"Noto Serif"', '"Noto Naskh Arabic"', '"Noto Sans Arabic"', '"Noto Sans CJK SC"', 'serif']) expect(html).toContain(face)
  })
})

describe('briefingPdfOptions', () => {
  it('fits Electron printToPDF and Playwright page.pdf, with the page size and a page-number footer template', () => {
    const options = briefingPdfOptions('Letter', 'template', briefingFooterLabel(briefing, FIXED_STYLE))
    expect(options.electron).toMatchObject({ pageSize: 'Letter', printBackground: true, preferCSSPageSize: true, displayHeaderFooter: true })
    expect(options.electron.margins.bottom).toBeCloseTo(22 / 25.4, 3)
    expect(options.playwright).toMatchObject({ format: 'Letter', displayHeaderFooter: true, margin: { top: '20mm', bottom: '22mm', left: '22mm', right: '20mm' } })
    expect(options.footerTemplate).toContain('<span class="pageNumber"></span>')
    expect(options.footerTemplate).toContain('<span class="totalPages"></span>')
    expect(options.footerTemplate).toContain('Notes briefing · 1 March 2026 at 09:30')
    expect(options.footerTemplate).toMatch(/font: 7\.5pt/)
    expect(options.headerTemplate).toBe('<span></span>')
  })

  it('keeps the printer footer off when the page prints its own (the default)', () => {
    const options = briefingPdfOptions('A4')
    expect(options.electron.displayHeaderFooter).toBe(false)
    expect(options.playwright.displayHeaderFooter).toBe(false)
    expect(options.playwright.format).toBe('A4')
  })

  it('escapes the footer label', () => {
    expect(briefingPdfOptions('A4', 'template', '<b>x</b>').footerTemplate).toContain('&lt;b&gt;x&lt;/b&gt;')
  })
})
