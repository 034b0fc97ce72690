/**
 * The briefing printed to a real PDF by Chromium and read back with
 * poppler: how its pages break (a heading never alone at a page foot, no
 * page but the last under a third full) and which fonts it embeds.
 * Skipped, with the reason, where Chromium or poppler-utils are missing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_BRIEFING_OPTIONS, type BriefingStructure } from '../../../shared/briefing-options'
import { benchNotes } from '../../../scripts/bench/export-bench'
import { buildBriefing, documentMeta, type BriefingContent } from './briefing-content'
import { bundledFontFaces } from './briefing-fonts'
import { briefingContents } from './briefing-contents'
import { renderBriefingHtml } from './briefing-html'
import { PAGE_MARGINS } from './briefing-style'
import { selectNotes } from './export-selection'
import { exportTestLibrary, exportTestViews, FIXED_NOW, FIXED_STYLE } from './testing/export-fixtures'
import { pdfFontNames, pdfPageLayout, printHtmlToPdf, printUnavailableReason, type PrintedPage } from './testing/print-briefing'

const unavailable = printUnavailableReason(['pdftotext', 'pdffonts'])
const library = exportTestLibrary()
const MM = 72 / 25.4
const margins = { top: parseFloat(PAGE_MARGINS.top) * MM, bottom: parseFloat(PAGE_MARGINS.bottom) * MM }

function briefing(count: number, structure: BriefingStructure, statementAnnex = true): BriefingContent {
  const views = exportTestViews(library, benchNotes(library, count))
  return buildBriefing(selectNotes(views, { scope: 'all' }, library), library, { generated: FIXED_NOW, selectionLabel: 'All notes', briefing: { ...DEFAULT_BRIEFING_OPTIONS, structure, statementAnnex } })
}

/** The lines a heading prints as: group headings, document titles and their facts lines. */
function headingLines(content: BriefingContent): string[] {
  const groups = content.groups.flatMap((group) => (group.heading === null ? [] : [group.heading]))
  const documents = content.documents.flatMap((document) => [document.title, documentMeta(document, FIXED_STYLE)])
  return [...new Set([...groups, ...documents])]
}

/** Whether a page's last line is one of the headings (allowing a glyph before and a count after). */
function endsWithHeading(page: PrintedPage, headings: readonly string[]): boolean {
  const line = page.lastLine.trim()
  return headings.some((heading) => line.includes(heading) && line.length <= heading.length + 8)
}

describe.skipIf(unavailable !== null)(`the printed briefing${unavailable ? ` (skipped: ${unavailable})` : ''}`, () => {
  const printed = new Map<BriefingStructure, { content: BriefingContent; pages: PrintedPage[]; fonts: ReturnType<typeof pdfFontNames> }>()
  const cleanups: Array<() => Promise<void>> = []

  let shortPages: PrintedPage[] = []
  let shortContent: BriefingContent | null = null

  beforeAll(async () => {
    shortContent = briefing(9, 'category', false)
    const short = await printHtmlToPdf(renderBriefingHtml(shortContent, { ...FIXED_STYLE, fontFaces: bundledFontFaces() }))
    cleanups.push(short.cleanup)
    shortPages = pdfPageLayout(short.file, margins)
    for (const structure of ['document', 'category', 'tag'] as const) {
      const content = briefing(40, structure)
      const { file, cleanup } = await printHtmlToPdf(renderBriefingHtml(content, { ...FIXED_STYLE, fontFaces: bundledFontFaces() }))
      cleanups.push(cleanup)
      printed.set(structure, { content, pages: pdfPageLayout(file, margins), fonts: pdfFontNames(file) })
    }
  }, 120_000)
  afterAll(async () => {
    for (const cleanup of cleanups) await cleanup()
  })

  it.each(['document', 'category', 'tag'] as const)('by %s: runs to several pages, and no page ends with a heading', (structure) => {
    const { content, pages } = printed.get(structure) ?? { content: null, pages: [] }
    expect(pages.length).toBeGreaterThan(3)
    // Past three pages, so it starts with a contents list: the estimate agrees with the print.
    expect(briefingContents(content ?? briefing(0, structure)).length).toBeGreaterThan(0)
    const headings = headingLines(content ?? briefing(0, structure))
    const stranded = pages.slice(0, -1).flatMap((page, index) => (endsWithHeading(page, headings) ? [`page ${index + 1}: ${page.lastLine}`] : []))
    expect(stranded).toEqual([])
  })

  it.each(['document', 'category', 'tag'] as const)('by %s: every page but the last is at least a third full', (structure) => {
    const pages = printed.get(structure)?.pages ?? []
    const thin = pages.slice(0, -1).flatMap((page, index) => (page.fill < 1 / 3 ? [`page ${index + 1}: ${Math.round(page.fill * 100)}% full`] : []))
    expect(thin).toEqual([])
  })

  it('a nine-note briefing fits on three pages, and has no contents list', () => {
    expect(shortPages.length).toBeLessThanOrEqual(3)
    expect(briefingContents(shortContent ?? briefing(9, 'category', false))).toEqual([])
  })

  it('embeds the bundled faces, Source Serif 4 for the text and Inter for the labels, and no other Latin face', () => {
    const fonts = printed.get('category')?.fonts ?? []
    const names = fonts.map((font) => font.name)
    expect(names.some((name) => /SourceSerif4/i.test(name))).toBe(true)
    expect(names.some((name) => /Inter/i.test(name))).toBe(true)
    expect(fonts.filter((font) => /SourceSerif4|Inter/i.test(font.name) && !font.embedded)).toEqual([])
    expect(names.filter((name) => /Liberation|DejaVu|Georgia|Times/i.test(name))).toEqual([])
  })
})
