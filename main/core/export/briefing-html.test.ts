import { describe, expect, it } from 'vitest'
import { buildBriefing } from './briefing-content'
import { renderBriefingHtml } from './briefing-html'
import { selectNotes } from './export-selection'
import { exportTestLibrary, exportTestViews, FIXED_NOW, FIXED_STYLE, fixtureNote } from './testing/export-fixtures'
import { attribute, childOutline, parseHtml, select, selectOne, textOf, type HtmlElement } from './testing/html-tree'

const library = exportTestLibrary()
const briefing = buildBriefing(selectNotes(exportTestViews(library), { scope: 'all' }, library), library, { generated: FIXED_NOW, selectionLabel: 'All notes' })
const html = renderBriefingHtml(briefing, { ...FIXED_STYLE, generator: 'FOC Reader 0.1.0' })
const page = parseHtml(html)

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
    expect(policy && attribute(policy, 'content')).toBe("default-src 'none'; style-src 'unsafe-inline'")
    expect(select(page, 'meta').find((meta) => attribute(meta, 'name') === 'generator')?.attrs).toContainEqual({ name: 'content', value: 'FOC Reader 0.1.0' })
  })

  it('has a title block, then each document with its notes numbered in reading order', () => {
    const body = selectOne(page, 'body')
    expect(childOutline(body)).toEqual(['header.title-block', 'main'])
    expect(childOutline(selectOne(page, 'header'))).toEqual(['p.kicker', 'h1', 'dl.facts', 'ul.counts'])
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

  it('shows each note as head, passage, body, tags and dates, in that order', () => {
    expect(childOutline(note(3))).toEqual(['p.note-head', 'blockquote', 'div.note-body', 'p.tags', 'p.note-foot'])
    expect(childOutline(note(1))).toEqual(['p.note-head', 'p.whole-document', 'div.note-body', 'p.note-foot'])
    expect(childOutline(note(5))).toEqual(['p.note-head', 'blockquote', 'p.now-reads', 'div.note-body', 'p.note-foot'])
    expect(childOutline(note(7))).toEqual(['p.note-head', 'blockquote', 'p.orphan-reason', 'div.note-body', 'p.note-foot'])
    expect(childOutline(note(10))).toEqual(['p.note-head', 'blockquote', 'p.note-foot'])
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
    expect(language(selectOne(note(3), 'cite'))).toEqual([undefined, 'auto'])
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

  it('gives each passage its reference, and a resolution its symbol and date', () => {
    expect(textOf(selectOne(note(2), 'span.ref'))).toBe('Sample Joint Statement, ¶1')
    expect(textOf(selectOne(note(5), 'span.ref'))).toBe('Sample Joint Statement, About the Coalition, ¶3')
    expect(textOf(selectOne(note(5), 'p.note-head'))).toBe('5 →Follow-up Sample Joint Statement, About the Coalition, ¶3 Needs review')
    expect(textOf(selectOne(select(page, 'section.document')[1] as HtmlElement, 'p.document-meta'))).toBe('Resolution · UN General Assembly · A/RES/68/167 · 18 December 2013')
    expect(textOf(selectOne(note(5), 'p.now-reads'))).toBe('The text here now reads: The coalition meets every year.')
    expect(attribute(selectOne(note(5), 'q'), 'lang')).toBe('en')
  })

  it('has a title block with the date, what was exported and counts', () => {
    expect(textOf(selectOne(page, 'h1'))).toBe('Notes briefing')
    expect(textOf(selectOne(page, 'title'))).toBe('Notes briefing')
    const facts = selectOne(page, 'dl.facts')
    expect(select(facts, 'dd').map(textOf)).toEqual(['1 March 2026 at 09:30', 'All notes', '14 notes on 4 documents'])
    expect(attribute(selectOne(facts, 'time'), 'datetime')).toBe('2026-03-01T09:30:00.000Z')
    const counts = select(selectOne(page, 'ul.counts'), 'li').map(textOf)
    expect(counts).toEqual(['★ Key point 2', '! Concern 3', '→ Follow-up 2', '? Question 2', '§ Reference 2', 'No category 3', 'On the whole document 1', 'Needs review 1', 'Passage not found 2'])
  })

  it('shows created and modified dates, and only created when they are the same', () => {
    expect(textOf(selectOne(note(3), 'p.note-foot'))).toBe('Created 20 February 2026 at 09:00 · Modified 20 February 2026 at 09:45')
    expect(select(note(3), 'time').map((time) => attribute(time, 'datetime'))).toEqual(['2026-02-20T09:00:00.000Z', '2026-02-20T09:45:00.000Z'])
    expect(textOf(selectOne(note(4), 'p.note-foot'))).toBe('Created 20 February 2026 at 09:05')
  })

  it('lays the page out for A4 or Letter with a footer of title, date and page numbers by CSS paged media', () => {
    const style = textOf(selectOne(page, 'style'))
    expect(style).toContain('size: A4;')
    expect(style).toContain('@bottom-left { content: "Notes briefing · 1 March 2026 at 09:30";')
    expect(style).toContain('content: "Page " counter(page) " of " counter(pages)')
    expect(renderBriefingHtml(briefing, { paper: 'Letter' })).toContain('size: letter;')
  })

  it('leaves the footer to the printer template when asked, so it is never printed twice', () => {
    const templated = renderBriefingHtml(briefing, { ...FIXED_STYLE, footer: 'template' })
    expect(templated).not.toContain('@bottom-left')
    expect(templated).not.toContain('counter(page)')
  })

  it('says so when there are no notes', () => {
    const empty = parseHtml(renderBriefingHtml(buildBriefing([], library, { generated: FIXED_NOW, selectionLabel: 'Notes tagged “x”' }), FIXED_STYLE))
    expect(childOutline(selectOne(empty, 'main'))).toEqual(['p.empty'])
    expect(textOf(selectOne(empty, 'p.empty'))).toBe('No notes match this selection.')
    expect(select(empty, 'dd').map(textOf)).toContain('0 notes on 0 documents')
    expect(childOutline(selectOne(empty, 'header'))).toEqual(['p.kicker', 'h1', 'dl.facts'])
  })

  it('uses a font stack that covers Latin, Cyrillic, Greek, Arabic and CJK', () => {
    for (const face of ['"Source Serif 4"', '"Noto Serif"', '"Noto Naskh Arabic"', '"Noto Sans Arabic"', '"Noto Sans CJK SC"', 'serif']) expect(html).toContain(face)
  })
})
