import { describe, expect, it } from 'vitest'
import { DEFAULT_BRIEFING_OPTIONS } from '../../../shared/briefing-options'
import { buildTestLibrary, SAMPLE_DOCUMENTS, sampleReference } from '../testing/test-library'
import { buildBriefing } from './briefing-content'
import { renderBriefingHtml } from './briefing-html'
import { selectNotes } from './export-selection'
import { exportTestLibrary, exportTestViews, FIXED_NOW, FIXED_STYLE, fixtureNote } from './testing/export-fixtures'
import { attribute, childOutline, parseHtml, select, selectOne, textOf, type HtmlElement } from './testing/html-tree'

const library = exportTestLibrary()
const briefing = buildBriefing(selectNotes(exportTestViews(library), { scope: 'all' }, library), library, { generated: FIXED_NOW, selectionLabel: 'All notes' })
const html = renderBriefingHtml(briefing, { ...FIXED_STYLE, generator: 'FOC Reader 0.1.0' })
const page = parseHtml(html)
const withDates = parseHtml(
  renderBriefingHtml(
    buildBriefing(selectNotes(exportTestViews(library), { scope: 'all' }, library), library, { generated: FIXED_NOW, selectionLabel: 'All notes', briefing: { ...DEFAULT_BRIEFING_OPTIONS, includeDates: true } }),
    FIXED_STYLE,
  ),
)

/** Note `number` of the page. */
function note(number: number, root = page): HtmlElement {
  const found = select(root, 'article.note').find((article) => attribute(article, 'id') === `note-${number}`)
  if (!found) throw new Error(`no note ${number}`)
  return found
}

/** A page with one note of the given text and tags, on a passage of the sample statement. */
function pageWithNote(text: string, tags: readonly string[] = []) {
  const views = exportTestViews(library, [fixtureNote(library, 1, { documentId: 'sample-statement', passage: 'importance of', text, tags, category: 'concern', createdAt: 0 })])
  const content = buildBriefing(selectNotes(views, { scope: 'all' }, library), library, { generated: FIXED_NOW, selectionLabel: '<b>All</b> **notes**' })
  return parseHtml(renderBriefingHtml(content, FIXED_STYLE))
}

const HOSTILE = '<script>alert(1)</script> [a](javascript:alert(1)) <img src=x onerror=alert(1)> ![i](x.png) <http://x.org>'

describe('renderBriefingHtml', () => {
  it('is one self-contained document: no scripts, no external resources, a policy that forbids both', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en" dir="ltr">')).toBe(true)
    expect(select(page, 'script')).toEqual([])
    for (const tag of ['img', 'link', 'iframe', 'object', 'embed', 'a', 'base', 'form']) expect(select(page, tag)).toEqual([])
    const withBehaviour = select(page, '*').filter((element) => element.attrs.some((attr) => /^(src|href|on[a-z]+)$/i.test(attr.name)))
    expect(withBehaviour).toEqual([])
    expect(textOf(selectOne(page, 'style'))).not.toMatch(/url\(|@import/i)
    const policy = select(page, 'meta').find((meta) => attribute(meta, 'http-equiv') === 'Content-Security-Policy')
    expect(policy && attribute(policy, 'content')).toBe("default-src 'none'; style-src 'unsafe-inline'; font-src data:")
    expect(select(page, 'meta').find((meta) => attribute(meta, 'name') === 'generator')?.attrs).toContainEqual({ name: 'content', value: 'FOC Reader 0.1.0' })
  })

  it('has a title block, then each document with its notes numbered in reading order', () => {
    const body = selectOne(page, 'body')
    expect(childOutline(body)).toEqual(['header.title-block', 'section.summary', 'main'])
    expect(childOutline(selectOne(page, 'header'))).toEqual(['p.kicker', 'h1', 'dl.facts'])
    const sections = select(page, 'section.document')
    expect(sections.map((section) => textOf(selectOne(section, 'h2')))).toEqual([
      'Sample Joint Statement',
      'The right to privacy in the digital age',
      'Déclaration multilingue sur la liberté en ligne',
      'withdrawn-document',
    ])
    expect(sections.map((section) => select(section, 'article').map((article) => attribute(article, 'id')))).toEqual([
      ['note-1', 'note-2', 'note-3', 'note-4', 'note-5', 'note-6', 'note-7'],
      ['note-8', 'note-9'],
      ['note-10', 'note-11', 'note-12', 'note-13'],
      ['note-14'],
    ])
    for (const section of sections) expect(attribute(section, 'aria-labelledby')).toBe(attribute(selectOne(section, 'h2'), 'id'))
  })

  it('shows each note as head, passage, body and tags, in that order, and dates only when asked', () => {
    expect(childOutline(note(3))).toEqual(['p.note-head', 'blockquote', 'div.note-body', 'p.tags'])
    expect(childOutline(note(1))).toEqual(['p.note-head', 'p.whole-document', 'div.note-body'])
    expect(childOutline(note(5))).toEqual(['p.note-head', 'blockquote', 'p.now-reads', 'div.note-body'])
    expect(childOutline(note(7))).toEqual(['p.note-head', 'blockquote', 'p.orphan-reason', 'div.note-body'])
    expect(childOutline(note(10))).toEqual(['p.note-head', 'blockquote'])
    expect(childOutline(note(3, withDates))).toEqual(['p.note-head', 'blockquote', 'div.note-body', 'p.tags', 'p.note-foot'])
  })

  it('formats note bodies with the app\'s subset: strong, emphasis, line breaks, lists', () => {
    const body = selectOne(note(3), 'div.note-body')
    expect(childOutline(body)).toEqual(['p', 'p', 'ul'])
    expect(textOf(selectOne(body, 'strong'))).toBe('Key')
    expect(textOf(selectOne(body, 'em'))).toBe('emphasis')
    expect(select(body, 'li').map(textOf)).toEqual(['multistakeholder engagement', 'transparency of the ITU process'])
    expect(textOf(selectOne(note(1), 'div.note-body'))).toBe('Overall: strong on process,\nweak on substance.')
  })

  it('shows hostile note text as the text typed: no element, attribute or link comes from it', () => {
    const hostile = pageWithNote(HOSTILE, ['<b>bold</b>', '**x**', '[t](javascript:alert(1))'])
    const body = selectOne(hostile, 'div.note-body')
    expect(textOf(body)).toBe(HOSTILE)
    expect(select(body, '*').map((element) => element.tagName)).toEqual(['p'])
    expect(select(hostile, 'span.tag').map(textOf)).toEqual(['<b>bold</b>', '**x**', '[t](javascript:alert(1))'])
    expect(select(hostile, 'span.tag').flatMap((tag) => select(tag, '*'))).toEqual([])
    expect(select(hostile, 'dd').map(textOf)).toContain('<b>All</b> **notes**')
    for (const tag of ['script', 'img', 'a', 'b']) expect(select(hostile, tag)).toEqual([])
  })

  it('escapes the fixture\'s hostile note and tags too', () => {
    expect(textOf(selectOne(note(6), 'div.note-body'))).toBe('<img src=x onerror=alert(1)> & "double" \'single\' </p><script>alert(2)</script>')
    expect(select(note(6), 'span.tag').map(textOf)).toEqual(['<b>bold</b>', 'a&b'])
    expect(textOf(selectOne(note(2), 'div.note-body'))).toContain('[a link](http://example.org) `code` snake_case')
  })

  it('marks user text with its language and dir="auto", so Arabic is set right to left', () => {
    const language = (element: HtmlElement) => [attribute(element, 'lang'), attribute(element, 'dir')]
    expect(language(selectOne(note(12), 'div.note-body'))).toEqual(['und-Arab', 'auto'])
    expect(language(selectOne(note(12), 'blockquote'))).toEqual(['und-Arab', 'auto'])
    expect(language(selectOne(note(13), 'div.note-body'))).toEqual(['zh', 'auto'])
    expect(language(selectOne(note(8), 'div.note-body'))).toEqual(['el', 'auto'])
    expect(language(selectOne(note(9), 'div.note-body'))).toEqual(['und-Cyrl', 'auto'])
    expect(language(selectOne(note(3), 'blockquote'))).toEqual(['en', 'auto'])
    expect(language(selectOne(select(page, 'section.document')[0] as HtmlElement, 'h2'))).toEqual([undefined, 'auto'])
  })

  it('names each category in words beside its glyph, and flags notes in words', () => {
    const category = selectOne(note(4), 'span.category')
    expect(textOf(category)).toBe('!Concern')
    expect(attribute(selectOne(category, 'span.glyph'), 'aria-hidden')).toBe('true')
    expect(attribute(note(4), 'data-category')).toBe('concern')
    expect(textOf(selectOne(note(1), 'span.category'))).toBe('No category')
    expect(textOf(selectOne(note(5), 'span.flag'))).toBe('Needs review')
    expect(textOf(selectOne(note(7), 'span.flag'))).toBe('Passage not found')
  })

  it('gives each passage its reference, and a resolution its symbol and date; the document title heads its notes once', () => {
    expect(textOf(selectOne(note(2), 'span.ref'))).toBe('¶1')
    expect(textOf(selectOne(note(5), 'span.ref'))).toBe('About the Coalition, ¶3')
    expect(textOf(selectOne(note(5), 'p.note-head'))).toBe('5 →Follow-up About the Coalition, ¶3 Needs review')
    expect(textOf(page).split('Sample Joint Statement').length - 1).toBe(1)
    expect(textOf(selectOne(select(page, 'section.document')[1] as HtmlElement, 'p.document-meta'))).toBe('Resolution · UN General Assembly · A/RES/68/167 · 18 December 2013')
    expect(textOf(selectOne(note(5), 'p.now-reads'))).toBe('The text here now reads: The coalition meets every year.')
    expect(attribute(selectOne(note(5), 'q'), 'lang')).toBe('en')
  })

  it('has a title block with the date and what was exported, and a summary with the counts', () => {
    expect(textOf(selectOne(page, 'h1'))).toBe('Briefing: All notes')
    expect(textOf(selectOne(page, 'title'))).toBe('Briefing: All notes')
    const facts = selectOne(page, 'dl.facts')
    expect(select(facts, 'dd').map(textOf)).toEqual(['1 March 2026', 'All notes', '14 notes on 4 documents'])
    const counts = select(selectOne(page, 'ul.counts'), 'li').map(textOf)
    expect(counts).toEqual(['★ Key point 2', '! Concern 3', '→ Follow-up 2', '? Question 2', '§ Reference 2', 'No category 3', 'On the whole document 1', 'Needs review 1', 'Passage not found 2'])
  })

  it('shows created and modified dates when asked, and only created when they are the same', () => {
    expect(textOf(selectOne(note(3, withDates), 'p.note-foot'))).toBe('Created 20 February 2026 at 09:00 · Modified 20 February 2026 at 09:45')
    expect(select(note(3, withDates), 'time').map((time) => attribute(time, 'datetime'))).toEqual(['2026-02-20T09:00:00.000Z', '2026-02-20T09:45:00.000Z'])
    expect(textOf(selectOne(note(4, withDates), 'p.note-foot'))).toBe('Created 20 February 2026 at 09:05')
    expect(select(page, 'time')).toEqual([])
  })

  it('lays the page out for A4 or Letter with a running title, and a footer of date and page numbers, by CSS paged media', () => {
    const style = textOf(selectOne(page, 'style'))
    expect(style).toContain('size: A4;')
    expect(style).toContain('@top-left { content: "Briefing: All notes";')
    expect(style).not.toContain('@top-right')
    expect(style).toContain('@bottom-left { content: "1 March 2026";')
    expect(style).toContain('content: "Page " counter(page) " of " counter(pages)')
    expect(renderBriefingHtml(briefing, { paper: 'Letter' })).toContain('size: letter;')
  })

  it('leaves the footer to the printer template when asked, so it is never printed twice', () => {
    const templated = renderBriefingHtml(briefing, { ...FIXED_STYLE, footer: 'template' })
    expect(templated).not.toContain('@bottom-left')
    expect(templated).not.toContain('@top-left')
    expect(templated).not.toContain('counter(page)')
  })

  it('says so when there are no notes', () => {
    const empty = parseHtml(renderBriefingHtml(buildBriefing([], library, { generated: FIXED_NOW, selectionLabel: 'Notes tagged “x”' }), FIXED_STYLE))
    expect(childOutline(selectOne(empty, 'main'))).toEqual(['p.empty'])
    expect(textOf(selectOne(empty, 'p.empty'))).toBe('No notes match this selection.')
    expect(select(empty, 'dd').map(textOf)).toContain('0 notes on 0 documents')
    expect(childOutline(selectOne(empty, 'header'))).toEqual(['p.kicker', 'h1', 'dl.facts'])
    expect(select(empty, 'section.summary')).toEqual([])
  })

  it('uses a font stack that covers Latin, Cyrillic, Greek, Arabic and CJK', () => {
    for (const face of ['"Source Serif 4"', '"Noto Serif"', '"Noto Naskh Arabic"', '"Noto Sans Arabic"', '"Noto Sans CJK SC"', 'serif']) expect(html).toContain(face)
  })
})

describe('renderBriefingHtml with the briefing options', () => {
  const options = {
    ...DEFAULT_BRIEFING_OPTIONS,
    title: 'Delegation briefing 7731',
    occasion: 'PP-18, Dubai',
    preparedBy: 'Test Delegate',
    date: '2018-10-29',
    marking: 'official' as const,
    opening: 'Why this matters.\n\nWhat to ask.',
    structure: 'category' as const,
  }
  const content = buildBriefing(selectNotes(exportTestViews(library), { scope: 'all' }, library), library, { generated: FIXED_NOW, selectionLabel: 'All notes', briefing: options })
  const html = renderBriefingHtml(content, FIXED_STYLE)
  const page = parseHtml(html)

  it('opens with the marking, title and the user’s facts, then the opening paragraphs and the summary', () => {
    // Grouped by category these notes run past three pages, so a contents list follows the summary.
    expect(childOutline(selectOne(page, 'body'))).toEqual(['header.title-block', 'section.opening', 'section.summary', 'nav.contents', 'main'])
    expect(childOutline(selectOne(page, 'header'))).toEqual(['p.marking', 'p.kicker', 'h1', 'dl.facts'])
    expect(textOf(selectOne(page, 'p.marking'))).toBe('For official use only')
    expect(textOf(selectOne(page, 'h1'))).toBe('Delegation briefing 7731')
    expect(select(page, 'dt').map(textOf)).toEqual(['Occasion', 'Prepared by', 'Date', 'Selection', 'Contents'])
    expect(select(page, 'dd').map(textOf).slice(0, 3)).toEqual(['PP-18, Dubai', 'Test Delegate', '29 October 2018'])
    expect(select(selectOne(page, 'section.opening'), 'p').map(textOf)).toEqual(['Why this matters.', 'What to ask.'])
  })

  it('prints the marking on every page and the title from page 2, in the running header', () => {
    const style = textOf(selectOne(page, 'style'))
    expect(style).toContain('@top-right { content: "For official use only";')
    expect(style).toContain('@top-left { content: "Delegation briefing 7731";')
    expect(style).toContain('@page :first { @top-left { content: none; } }')
  })

  it('sums the key points, each in one line with its paragraph reference, before any group', () => {
    const summary = selectOne(page, 'section.summary')
    expect(select(selectOne(summary, 'ul.key-points'), 'li').map(textOf)).toEqual(['Key framing for the delegation, with emphasis. (¶1 · note 1)', '需要与代表团讨论这一段。 (Passages, ¶5 · note 2)'])
  })

  it('groups by category, Key points first, with each document’s title once per group above its notes', () => {
    const groups = select(page, 'section.group')
    expect(groups.map((group) => textOf(selectOne(group, 'h2')))).toEqual(['★ Key points 2', '! Concerns 3', '→ Follow-ups 2', '? Questions 2', '§ References 2', 'Notes without a category 3'])
    const concerns = groups[1] as HtmlElement
    expect(attribute(concerns, 'data-category')).toBe('concern')
    expect(select(concerns, 'h3').map(textOf)).toEqual(['Sample Joint Statement', 'Déclaration multilingue sur la liberté en ligne'])
    expect(select(concerns, 'article').map((article) => attribute(article, 'id'))).toEqual(['note-3', 'note-4', 'note-5'])
    const ids = select(page, '*').map((element) => attribute(element, 'id')).filter((id) => id !== undefined)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('ends with the annex of cited texts the notes touch', () => {
    const cited = buildTestLibrary(SAMPLE_DOCUMENTS, sampleReference)
    const views = exportTestViews(cited, [fixtureNote(cited, 1, { documentId: 'sample-resolution', passage: 'the right to privacy in digital communication', text: 'On the resolution.', createdAt: 0 })])
    const annexed = parseHtml(renderBriefingHtml(buildBriefing(selectNotes(views, { scope: 'all' }, cited), cited, { generated: FIXED_NOW, selectionLabel: 'All notes' }), FIXED_STYLE))
    const annex = selectOne(annexed, 'section.annex')
    expect(textOf(selectOne(annex, 'h2'))).toBe('Annex: the cited texts')
    expect(textOf(selectOne(annex, 'h3'))).toBe('HRC 26/13 · A/HRC/RES/26/13')
    expect(textOf(selectOne(annex, 'p.annex-title'))).toBe('The promotion, protection and enjoyment of human rights on the Internet')
    expect(textOf(selectOne(annex, 'p.annex-facts'))).toBe('UN Human Rights Council · 26 June 2014 · Adopted by consensus. · Note 1')
  })
})
