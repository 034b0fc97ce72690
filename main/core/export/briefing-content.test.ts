import { describe, expect, it } from 'vitest'
import { buildTestLibrary } from '../testing/test-library'
import { paragraphPlaces } from '../../../shared/paragraph-numbers'
import { buildBriefing, documentMeta, formatDateTime } from './briefing-content'
import { selectNotes } from './export-selection'
import { exportTestLibrary, exportTestViews, FIXED_NOW, FIXED_STYLE } from './testing/export-fixtures'

const library = exportTestLibrary()
const views = exportTestViews(library)
const briefing = buildBriefing(selectNotes(views, { scope: 'all' }, library), library, { generated: FIXED_NOW, selectionLabel: 'All notes' })

describe('paragraph references', () => {
  it('uses the shared scheme: numbered through the document, the title block naming no section', () => {
    const statement = library.getDocument('sample-statement')
    if (!statement) throw new Error('fixture missing')
    const references = paragraphPlaces(statement.blocks)
    expect(references.get('intro-p1')).toEqual({ section: null, number: 1, heading: null })
    expect(references.get('about-the-coalition')).toEqual({ section: 'About the Coalition', number: null, heading: 'About the Coalition' })
    expect(references.get('about-the-coalition-p2')).toEqual({ section: 'About the Coalition', number: 3, heading: null })
  })
})

describe('buildBriefing', () => {
  it('numbers notes through the briefing and gives each its reference, flags and quote', () => {
    const notes = briefing.documents.flatMap((document) => document.notes)
    expect(notes.map((note) => note.number)).toEqual(notes.map((_, index) => index + 1))
    const review = notes.find((note) => note.flags.includes('needs-review'))
    expect(review?.quote).toBe('The coalition meets each year.')
    expect(review?.currentText).toBe('The coalition meets every year.')
    expect(review?.reference).toEqual({ section: 'About the Coalition', number: 3, heading: null })
    const orphan = notes.find((note) => note.flags.includes('orphaned') && note.quote !== null)
    expect(orphan?.reference).toBeNull()
    expect(orphan?.orphanReason).toMatch(/no longer in the text/)
    const whole = notes.find((note) => note.view.anchor.status === 'document')
    expect(whole?.quote).toBeNull()
    expect(whole?.reference).toBeNull()
  })

  it('counts notes by category (in menu order, then none) and by flag', () => {
    expect(briefing.counts).toMatchObject({ notes: 14, documents: 4, needsReview: 1, orphaned: 2, wholeDocument: 1 })
    expect(briefing.counts.byCategory.map(({ category, count }) => [category?.label ?? 'none', count])).toEqual([
      ['Key point', 2],
      ['Concern', 3],
      ['Follow-up', 2],
      ['Question', 2],
      ['Reference', 2],
      ['none', 3],
    ])
  })

  it('cites a resolution by its timeline entry when the library has one', () => {
    const resolution = briefing.documents.find((document) => document.documentId === 'sample-resolution')
    expect(resolution?.citation).toEqual({ symbol: 'A/RES/68/167', date: '2013-12-18' })
  })

  it('falls back to the resolution’s own date without a timeline, and cites nothing else', () => {
    const plain = buildTestLibrary()
    const content = buildBriefing(selectNotes(exportTestViews(plain, []), { scope: 'all' }, plain), plain, { generated: FIXED_NOW, selectionLabel: '' })
    expect(content.documents).toEqual([])
    const groups = [{ documentId: 'sample-resolution', document: plain.getDocument('sample-resolution'), notes: [] }, { documentId: 'sample-statement', document: plain.getDocument('sample-statement'), notes: [] }]
    const [resolution, statement] = buildBriefing(groups, plain, { generated: FIXED_NOW, selectionLabel: '' }).documents
    expect(resolution?.citation).toEqual({ symbol: null, date: '2013-12-18' })
    expect(statement?.citation).toBeNull()
  })

  it('ignores a timeline of the wrong shape', () => {
    const odd = Object.assign(buildTestLibrary(), { timeline: 'not a list' })
    const groups = [{ documentId: 'sample-resolution', document: odd.getDocument('sample-resolution'), notes: [] }]
    expect(buildBriefing(groups, odd, { generated: FIXED_NOW, selectionLabel: '' }).documents[0]?.citation).toEqual({ symbol: null, date: '2013-12-18' })
  })
})

describe('dates', () => {
  it('formats instants in the given locale and time zone', () => {
    expect(formatDateTime('2026-02-20T09:05:00.000Z', FIXED_STYLE)).toBe('20 February 2026 at 09:05')
    expect(formatDateTime('2026-02-20T23:30:00.000Z', { locale: 'en-GB', timeZone: 'Asia/Tokyo' })).toBe('21 February 2026 at 08:30')
    expect(formatDateTime('not a date', FIXED_STYLE)).toBe('not a date')
  })

  it('writes a document’s date in the briefing’s locale, at its own precision', () => {
    const resolution = briefing.documents.find((document) => document.documentId === 'sample-resolution')
    if (!resolution) throw new Error('the sample resolution is missing from the briefing')
    expect(documentMeta(resolution, FIXED_STYLE)).toMatch(/ · 18 December 2013$/)
    expect(documentMeta(resolution, { locale: 'en-US', timeZone: 'America/Los_Angeles' })).toMatch(/ · December 18, 2013$/)
    expect(documentMeta({ ...resolution, citation: { symbol: null, date: '2018-10' } }, FIXED_STYLE)).toMatch(/ · October 2018$/)
  })
})
