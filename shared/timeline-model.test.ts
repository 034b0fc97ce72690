import { describe, expect, it } from 'vitest'
import {
  editorialAnnotationSchema,
  glossaryTermSchema,
  sortEditorial,
  sortTimeline,
  timelineEntryContentSchema,
  timelineEntrySchema,
  type EditorialAnnotation,
  type TimelineEntryContent,
} from './timeline-model'

const entry: TimelineEntryContent = {
  id: 'hrc-32-13',
  title: 'The promotion, protection and enjoyment of human rights on the Internet',
  shortLabel: 'HRC 32/13',
  date: '2016-07-01',
  body: 'hrc',
  symbol: 'A/HRC/RES/32/13',
  adoption: { kind: 'consensus', text: 'Adopted by consensus.' },
  summary: 'A summary.',
  topics: ['internet-freedom'],
  sources: [{ title: 'A source', url: 'https://example.org/a' }],
  documentId: 'hrc-32-13',
}

function issues(data: unknown): string[] {
  const result = timelineEntryContentSchema.safeParse(data)
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
}

describe('timelineEntryContentSchema', () => {
  it('accepts a complete entry', () => {
    expect(issues(entry)).toEqual([])
  })

  it('refuses unknown fields, bad ids, bodies, topics, dates and non-web sources', () => {
    expect(issues({ ...entry, sponsor: ['Sweden'] })).toEqual([expect.stringContaining('Unrecognized key')])
    expect(issues({ ...entry, id: 'HRC 32/13' })[0]).toMatch(/^id: use lower-case letters/)
    expect(issues({ ...entry, id: 'hrc--32' })[0]).toMatch(/^id: /)
    expect(issues({ ...entry, body: 'un' })[0]).toMatch(/^body: /)
    expect(issues({ ...entry, topics: [] })).toEqual(['topics: give at least one topic'])
    expect(issues({ ...entry, topics: ['privacy', 'privacy'] })).toEqual(['topics: lists a topic twice'])
    expect(issues({ ...entry, date: '2016-02-30' })).toEqual(['date: is not a calendar date'])
    expect(issues({ ...entry, sources: [] })).toEqual(['sources: give at least one source'])
    expect(issues({ ...entry, sources: [{ title: 'x', url: 'javascript:alert(1)' }] })).toEqual(['sources.0.url: must be an http or https URL'])
    expect(issues({ ...entry, summary: '   ' })).toEqual(['summary: must not be empty'])
  })

  it('requires an end date after the date', () => {
    expect(issues({ ...entry, date: '2018-10-29', endDate: '2018-11-16' })).toEqual([])
    expect(issues({ ...entry, date: '2018-10-29', endDate: '2018-10-29' })).toEqual(['endDate: must be after the date (2018-10-29)'])
  })

  it('has a built form that requires citedIn', () => {
    expect(timelineEntrySchema.safeParse(entry).success).toBe(false)
    const citedIn = [{ documentId: 'statement', blockId: 'intro-p1', quote: '32/13', annotationId: 'citation-hrc-32-13' }]
    expect(timelineEntrySchema.parse({ ...entry, citedIn }).citedIn).toEqual(citedIn)
  })
})

describe('glossaryTermSchema', () => {
  it('defaults aliases to none', () => {
    expect(glossaryTermSchema.parse({ id: 'itu', term: 'ITU', definition: 'The agency.' }).aliases).toEqual([])
  })
})

describe('editorialAnnotationSchema', () => {
  const selector = [
    { type: 'TextQuoteSelector', exact: '26/13', prefix: 'resolutions 20/8, ', suffix: ', 28/16' },
    { type: 'TextPositionSelector', start: 10, end: 15 },
  ]

  it('takes an entry for a citation and a term for a glossary annotation', () => {
    const base = { id: 'citation-hrc-26-13', documentId: 'statement', blockId: 'intro-p1', selector }
    expect(editorialAnnotationSchema.safeParse({ ...base, kind: 'citation', entryId: 'hrc-26-13' }).success).toBe(true)
    expect(editorialAnnotationSchema.safeParse({ ...base, kind: 'glossary', termId: 'itu' }).success).toBe(true)
    expect(editorialAnnotationSchema.safeParse({ ...base, kind: 'citation', termId: 'itu' }).success).toBe(false)
    expect(editorialAnnotationSchema.safeParse({ ...base, kind: 'note', entryId: 'x' }).success).toBe(false)
  })
})

describe('sortTimeline', () => {
  it('orders chronologically at mixed precisions, then by end date and id, without changing its input', () => {
    const input = [
      { id: 'pp-18', date: '2018-10-29', endDate: '2018-11-16' },
      { id: 'statement', date: '2018' },
      { id: 'san-jose', date: '2016-10' },
      { id: 'hrc-32-13', date: '2016-07-01' },
      { id: 'b-same-day', date: '2016-07-01' },
      { id: 'longer', date: '2016-07-01', endDate: '2016-07-08' },
    ]
    const copy = structuredClone(input)
    expect(sortTimeline(input).map((each) => each.id)).toEqual(['b-same-day', 'hrc-32-13', 'longer', 'san-jose', 'statement', 'pp-18'])
    expect(input).toEqual(copy)
  })
})

describe('sortEditorial', () => {
  it('orders by document, then position', () => {
    const at = (id: string, documentId: string, start: number): EditorialAnnotation => ({
      id,
      kind: 'glossary',
      termId: 'itu',
      documentId,
      blockId: 'b',
      selector: [
        { type: 'TextQuoteSelector', exact: 'x', prefix: '', suffix: '' },
        { type: 'TextPositionSelector', start, end: start + 1 },
      ],
    })
    expect(sortEditorial([at('c', 'b-doc', 1), at('b', 'a-doc', 9), at('a', 'a-doc', 2)]).map((each) => each.id)).toEqual(['a', 'b', 'c'])
  })
})
