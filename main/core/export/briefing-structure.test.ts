import { describe, expect, it } from 'vitest'
import { briefingOptionsSchema, DEFAULT_BRIEFING_OPTIONS, type BriefingOptions } from '../../../shared/briefing-options'
import { buildTestLibrary, SAMPLE_DOCUMENTS, sampleReference } from '../testing/test-library'
import { buildBriefing, briefingDate, keyPointPlace, type BriefingContent } from './briefing-content'
import { summaryLine } from './briefing-groups'
import { selectNotes } from './export-selection'
import { exportTestLibrary, exportTestViews, FIXED_NOW, FIXED_STYLE, fixtureNote } from './testing/export-fixtures'

const library = exportTestLibrary()
const views = exportTestViews(library)

function briefingWith(options: Partial<BriefingOptions>, subject?: string): BriefingContent {
  return buildBriefing(selectNotes(views, { scope: 'all' }, library), library, {
    generated: FIXED_NOW,
    selectionLabel: 'All notes',
    briefing: { ...DEFAULT_BRIEFING_OPTIONS, ...options },
    ...(subject !== undefined ? { subject } : {}),
  })
}

/** Each group as its heading and, per document, the document and its notes' numbers. */
function outline(content: BriefingContent): Array<[string | null, Array<[string, number[]]>]> {
  return content.groups.map((group) => [group.heading, group.documents.map((document) => [document.documentId, document.notes.map((note) => note.number)])])
}

describe('briefing structure', () => {
  it('by document: each document is its own group, notes numbered in reading order', () => {
    expect(outline(briefingWith({}))).toEqual([
      [null, [['sample-statement', [1, 2, 3, 4, 5, 6, 7]]]],
      [null, [['sample-resolution', [8, 9]]]],
      [null, [['sample-multilingual', [10, 11, 12, 13]]]],
      [null, [['withdrawn-document', [14]]]],
    ])
  })

  it('by category: Key points first, then Concerns, Follow-ups, Questions, References, then the rest; documents under each, numbered in that order', () => {
    const content = briefingWith({ structure: 'category' })
    expect(outline(content)).toEqual([
      ['Key points', [['sample-statement', [1]], ['sample-multilingual', [2]]]],
      ['Concerns', [['sample-statement', [3, 4]], ['sample-multilingual', [5]]]],
      ['Follow-ups', [['sample-statement', [6]], ['sample-resolution', [7]]]],
      ['Questions', [['sample-statement', [8]], ['sample-resolution', [9]]]],
      ['References', [['sample-statement', [10]], ['sample-multilingual', [11]]]],
      ['Notes without a category', [['sample-statement', [12]], ['sample-multilingual', [13]], ['withdrawn-document', [14]]]],
    ])
    expect(content.groups.map((group) => group.category?.id ?? null)).toEqual(['key-point', 'concern', 'follow-up', 'question', 'reference', null])
    // The library-order view of the same notes carries the same numbers.
    const byId = new Map(content.groups.flatMap((group) => group.documents.flatMap((document) => document.notes.map((note) => [note.view.note.id, note.number]))))
    for (const note of content.documents.flatMap((document) => document.notes)) expect(byId.get(note.view.note.id)).toBe(note.number)
  })

  it('by tag: first tags alphabetically (as first written), untagged last; each note once', () => {
    const content = briefingWith({ structure: 'tag' })
    const headings = content.groups.map((group) => group.heading)
    expect(headings.at(-1)).toBe('Untagged notes')
    expect(headings).toContain('itu')
    expect(headings).toContain('<b>bold</b>')
    const numbers = content.groups.flatMap((group) => group.documents.flatMap((document) => document.notes.map((note) => note.number)))
    expect(numbers).toEqual(numbers.map((_, index) => index + 1))
  })

  it('sums the key points in one line each, with where they are', () => {
    const content = briefingWith({ structure: 'category' })
    expect(content.keyPoints.map(({ note, line }) => [line, keyPointPlace(note)])).toEqual([
      ['Key framing for the delegation, with emphasis.', '¶1 · note 1'],
      ['需要与代表团讨论这一段。', 'Passages, ¶5 · note 2'],
    ])
  })
})

describe('briefing details', () => {
  it('takes the title, occasion, author, date, marking and opening paragraphs from the options', () => {
    const content = briefingWith({
      title: 'Delegation briefing 7731',
      occasion: 'PP-18, Dubai',
      preparedBy: 'Test Delegate',
      date: '2018-10-29',
      marking: 'official',
      opening: 'First paragraph.\n\nSecond paragraph.',
      includeDates: true,
    })
    expect(content.title).toBe('Delegation briefing 7731')
    expect(content.details).toMatchObject({ occasion: 'PP-18, Dubai', preparedBy: 'Test Delegate', marking: 'For official use only', opening: ['First paragraph.', 'Second paragraph.'], includeDates: true })
    expect(briefingDate(content, FIXED_STYLE)).toBe('29 October 2018')
  })

  it('defaults: "Briefing: <subject>", no marking, the day of export, no dates', () => {
    const content = briefingWith({}, 'Sample Joint Statement')
    expect(content.title).toBe('Briefing: Sample Joint Statement')
    expect(content.details).toMatchObject({ occasion: null, preparedBy: null, marking: null, opening: [], includeDates: false, structure: 'document' })
    expect(briefingDate(content, FIXED_STYLE)).toBe('1 March 2026')
    expect(briefingWith({ marking: 'custom', customMarking: '' }).details.marking).toBeNull()
    expect(briefingWith({ marking: 'custom', customMarking: 'Restricted' }).details.marking).toBe('Restricted')
  })

  it('cleans what the user typed: one line, no controls, bounded', () => {
    const parsed = briefingOptionsSchema.parse({ ...DEFAULT_BRIEFING_OPTIONS, title: ' A\u0007 title\n on\ttwo lines ', opening: '\u001b[31mHello\r\n\r\nWorld ' })
    expect(parsed.title).toBe('A title on two lines')
    expect(parsed.opening).toBe('[31mHello\n\nWorld')
    expect(briefingOptionsSchema.safeParse({ ...DEFAULT_BRIEFING_OPTIONS, title: 'x'.repeat(201) }).success).toBe(false)
    expect(briefingOptionsSchema.safeParse({ ...DEFAULT_BRIEFING_OPTIONS, date: '29/10/2018' }).success).toBe(false)
  })
})

describe('summaryLine', () => {
  it('is the first paragraph or list item as plain text, else the quote, cut at a word', () => {
    expect(summaryLine('**Bold** and *em*\nsecond line', null)).toBe('Bold and em second line')
    expect(summaryLine('- first item\n- second', null)).toBe('first item')
    expect(summaryLine('', 'the quoted passage')).toBe('the quoted passage')
    const long = summaryLine(`${'word '.repeat(60)}end`, null)
    expect(long.endsWith('word…')).toBe(true)
    expect([...long].length).toBeLessThanOrEqual(160)
  })
})

describe('references annex', () => {
  const cited = buildTestLibrary(SAMPLE_DOCUMENTS, sampleReference)
  const annexOf = (notes: Parameters<typeof exportTestViews>[1]) =>
    buildBriefing(selectNotes(exportTestViews(cited, notes), { scope: 'all' }, cited), cited, { generated: FIXED_NOW, selectionLabel: 'All notes' }).annex

  it('lists each cited text a note touches: on its reference page, or on a statement passage that cites it', () => {
    const annex = annexOf([
      fixtureNote(cited, 1, { documentId: 'sample-statement', passage: '26/13', text: 'Cites HRC 26/13.', category: 'reference', createdAt: 0 }),
      fixtureNote(cited, 2, { documentId: 'sample-resolution', passage: 'the right to privacy in digital communication', text: 'On the resolution.', createdAt: 1 }),
    ])
    expect(annex).toEqual([
      {
        id: 'hrc-26-13',
        shortLabel: 'HRC 26/13',
        title: 'The promotion, protection and enjoyment of human rights on the Internet',
        symbol: 'A/HRC/RES/26/13',
        body: 'UN Human Rights Council',
        date: '2014-06-26',
        adoption: 'Adopted by consensus.',
        noteNumbers: [1, 2],
      },
    ])
  })

  it('leaves out the citing statement itself, and texts no note touches', () => {
    expect(annexOf([fixtureNote(cited, 1, { documentId: 'sample-statement', passage: 'importance of', text: 'x', createdAt: 0 })])).toEqual([])
  })
})
