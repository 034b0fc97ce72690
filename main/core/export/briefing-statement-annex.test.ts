import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { DEFAULT_BRIEFING_OPTIONS, type BriefingOptions } from '../../../shared/briefing-options'
import { paragraphLabel } from '../../../shared/paragraph-numbers'
import { benchNotes } from '../../../scripts/bench/export-bench'
import { buildBriefing, type BriefingContent } from './briefing-content'
import { briefingContents, CONTENTS_FROM_PAGES, estimatePages } from './briefing-contents'
import { renderBriefingDocx } from './briefing-docx'
import { renderBriefingHtml } from './briefing-html'
import { selectNotes } from './export-selection'
import { exportTestLibrary, exportTestViews, FIXED_NOW, FIXED_STYLE } from './testing/export-fixtures'
import { attribute, childOutline, parseHtml, select, selectOne, textOf, type HtmlElement } from './testing/html-tree'

const library = exportTestLibrary()

function briefing(options: Partial<BriefingOptions> = {}, notes = exportTestViews(library)): BriefingContent {
  return buildBriefing(selectNotes(notes, { scope: 'all' }, library), library, { generated: FIXED_NOW, selectionLabel: 'All notes', briefing: { ...DEFAULT_BRIEFING_OPTIONS, ...options } })
}

const longNotes = exportTestViews(library, benchNotes(library, 60))

async function documentXml(content: BriefingContent): Promise<string> {
  return strFromU8(unzipSync(new Uint8Array(await renderBriefingDocx(content, FIXED_STYLE)))['word/document.xml'] ?? new Uint8Array())
}

/** Every in-page link's target exists on the page. */
function expectLinksResolve(page: ReturnType<typeof parseHtml>, links: readonly HtmlElement[]): void {
  const ids = new Set(select(page, '*').flatMap((element) => attribute(element, 'id') ?? []))
  for (const link of links) expect(ids, attribute(link, 'href')).toContain((attribute(link, 'href') ?? '').replace(/^#/, ''))
}

describe('the statement annex', () => {
  const content = briefing({ statementAnnex: true })
  const page = parseHtml(renderBriefingHtml(content, FIXED_STYLE))
  const statementNotes = content.documents.find((document) => document.documentId === 'sample-statement')?.notes ?? []
  const keyPoint = statementNotes.find((note) => note.quote === 'accountability and transparency')

  it('is left out unless asked for', () => {
    expect(briefing().statement).toBeNull()
    expect(select(parseHtml(renderBriefingHtml(briefing(), FIXED_STYLE)), 'section.statement-annex')).toEqual([])
  })

  it('ends the PDF briefing: the statement block by block, paragraphs numbered as the notes show them', () => {
    expect(childOutline(selectOne(page, 'body')).at(-1)).toBe('section.statement-annex')
    const annex = selectOne(page, 'section.statement-annex')
    expect(textOf(selectOne(annex, 'h2'))).toBe('Annex: the statement')
    expect(textOf(selectOne(annex, 'h3'))).toBe('The Sample Coalition\nJoint Statement on Testing')
    expect(select(annex, 'span.statement-number').map(textOf)).toEqual(content.statement?.blocks.flatMap((block) => block.label ?? []))
    expect(select(annex, 'span.statement-number').map(textOf).slice(0, 2)).toEqual(['¶1', '¶2'])
  })

  it('marks each highlighted passage with its category tint and glyph and the note number, linked to the note', () => {
    expect(keyPoint).toBeDefined()
    const annex = selectOne(page, 'section.statement-annex')
    const mark = select(annex, 'mark.hl').find((element) => textOf(element) === 'accountability and transparency')
    expect(mark && attribute(mark, 'data-category')).toBe('key-point')
    const block = select(annex, 'div.statement-block').find((element) => select(element, 'mark.hl').some((found) => found === mark))
    expect(block && textOf(selectOne(block, 'span.statement-number'))).toBe(paragraphLabel(keyPoint?.reference?.number ?? 0))
    const marks = select(annex, 'a.hl-mark')
    expect(marks.map(textOf)).toContain(`★${keyPoint?.number}`)
    expect(marks.map((element) => attribute(element, 'href'))).toContain(`#note-${keyPoint?.number}`)
    expectLinksResolve(page, marks)
    // Orphans and whole-document notes have no passage to mark.
    const located = statementNotes.filter((note) => note.view.anchor.status !== 'orphaned' && note.view.anchor.status !== 'document')
    expect(marks).toHaveLength(located.length)
    expect(content.statement?.highlightCount).toBe(located.length)
  })

  it('ends the Word briefing too: numbers before each paragraph, highlights shaded with the glyph before them', async () => {
    const xml = await documentXml(content)
    const annexAt = xml.indexOf('Annex: the statement')
    expect(annexAt).toBeGreaterThan(xml.indexOf('framing for the delegation'))
    expect(xml.indexOf('framing for the delegation')).toBeGreaterThan(0)
    const annex = xml.slice(annexAt)
    expect(annex).toContain('<w:t xml:space="preserve">¶1</w:t>')
    expect(annex).toMatch(new RegExp(`★${keyPoint?.number} </w:t>`))
    expect(annex).toMatch(/<w:shd [^>]*w:fill="fbf1d0"[^>]*\/>(?:(?!<\/w:r>).)*accountability and transparency/is)
  })
})

describe('the contents list', () => {
  it('is given to a briefing estimated past three pages, naming every group and annex, linked to its heading', () => {
    const long = briefing({ structure: 'category', statementAnnex: true }, longNotes)
    expect(estimatePages(long)).toBeGreaterThan(CONTENTS_FROM_PAGES)
    const page = parseHtml(renderBriefingHtml(long, FIXED_STYLE))
    expect(childOutline(selectOne(page, 'body')).slice(0, 3)).toEqual(['header.title-block', 'section.summary', 'nav.contents'])
    const links = select(selectOne(page, 'nav'), 'a')
    expect(links.map(textOf)).toEqual([...long.groups.map((group) => group.heading), 'Annex: the statement'])
    expectLinksResolve(page, links)
    expect(briefingContents(briefing({}, longNotes)).map((entry) => entry.label)).toEqual(briefing({}, longNotes).groups.map((group) => group.documents[0]?.title))
  })

  it('is left out of a short briefing', () => {
    const short = briefing({ structure: 'category' }, exportTestViews(library, benchNotes(library, 9)))
    expect(estimatePages(short)).toBeLessThan(CONTENTS_FROM_PAGES)
    expect(briefingContents(short)).toEqual([])
    expect(select(parseHtml(renderBriefingHtml(short, FIXED_STYLE)), 'nav')).toEqual([])
  })

  it('is a list of links to bookmarked headings in Word, for a long briefing only', async () => {
    const xml = await documentXml(briefing({ structure: 'category' }, longNotes))
    expect(xml).toMatch(/<w:pStyle w:val="Heading1"\/>.*?<w:t[^>]*>Contents<\/w:t>/s)
    expect(xml).toContain('w:anchor="contents_1"')
    expect(xml).toMatch(/<w:bookmarkStart [^>]*w:name="contents_1"/)
    expect(await documentXml(briefing({ structure: 'category' }, exportTestViews(library, benchNotes(library, 9))))).not.toContain('>Contents<')
  })
})
