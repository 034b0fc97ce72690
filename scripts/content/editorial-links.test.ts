import { describe, expect, it } from 'vitest'
import type { GlossaryTerm, TimelineEntryContent } from '../../shared/timeline-model'
import { anchorEditorialLinks, citationsByEntry, findQuote, readEditorialLinks, type EditorialTargets } from './editorial-links'
import { parseDocument } from './parse-document'

const FILE = 'content/editorial/statement-links.yaml'

const statement = parseDocument(
  'content/documents/statement.md',
  [
    '---',
    'id: statement',
    'title: Statement',
    'kind: statement',
    'date: "2018"',
    'issuingBody: FOC',
    '---',
    'The ITU meets. The ITU decides 🙂 at the ITU Plenipotentiary Conference.',
    '',
    'Confirmed in resolutions 20/8, 26/13 and 28/16, adopted by consensus.',
  ].join('\n'),
)

function entry(id: string): TimelineEntryContent {
  return {
    id,
    title: id,
    shortLabel: id,
    date: '2014',
    body: 'hrc',
    adoption: { kind: 'consensus', text: 'By consensus.' },
    summary: 'A summary.',
    topics: ['internet-freedom'],
    sources: [{ title: 'Source', url: 'https://example.org' }],
    documentId: id,
  }
}

const itu: GlossaryTerm = { id: 'itu', term: 'ITU', aliases: ['International Telecommunication Union'], definition: 'The agency.' }
const consensus: GlossaryTerm = { id: 'consensus', term: 'adopted without a vote', aliases: ['consensus'], definition: 'No vote.' }

const targets: EditorialTargets = {
  documents: new Map([['statement', statement]]),
  entries: new Map(['hrc-20-8', 'hrc-26-13', 'hrc-28-16', 'pp-18'].map((id) => [id, entry(id)])),
  terms: new Map([itu, consensus].map((term) => [term.id, term])),
}

function anchor(...linkLines: string[]) {
  const linksFile = readEditorialLinks(FILE, ['document: statement', 'links:', ...linkLines].join('\n'))
  return anchorEditorialLinks([linksFile], targets)
}

describe('findQuote', () => {
  const text = 'a ITU b ITU c ITU'

  it('finds the first occurrence by default, the n-th on request', () => {
    expect(findQuote(text, { quote: 'ITU' })).toBe(2)
    expect(findQuote(text, { quote: 'ITU', occurrence: 3 })).toBe(14)
  })

  it('counts only occurrences right after the prefix', () => {
    expect(findQuote(text, { quote: 'ITU', prefix: 'c ' })).toBe(14)
    expect(findQuote(text, { quote: 'ITU', prefix: 'b ', occurrence: 2 })).toBe('quote "ITU" after "b " occurs 1 time, so occurrence 2 is not found')
  })

  it('says why there is no match', () => {
    expect(findQuote(text, { quote: 'itu' })).toBe('quote "itu" is not found')
    expect(findQuote(text, { quote: 'ITU', occurrence: 4 })).toBe('quote "ITU" occurs 3 times, so occurrence 4 is not found')
  })
})

describe('anchorEditorialLinks', () => {
  it('anchors quotes with W3C selectors in code points and records their blocks', () => {
    const { annotations, errors } = anchor(
      '  - quote: "26/13"',
      '    entry: hrc-26-13',
      '  - quote: Plenipotentiary Conference',
      '    entry: pp-18',
      '  - quote: ITU',
      '    occurrence: 2',
      '    term: itu',
    )
    expect(errors).toEqual([])
    // Reading order, not file order.
    expect(annotations.map((annotation) => annotation.id)).toEqual(['glossary-itu', 'citation-pp-18', 'citation-hrc-26-13'])
    const pp18 = annotations[1]
    // The emoji before it is one code point (two UTF-16 units).
    const start = statement.plainText.indexOf('Plenipotentiary')
    const codePointStart = Array.from(statement.plainText.slice(0, start)).length
    expect(pp18).toMatchObject({
      kind: 'citation',
      entryId: 'pp-18',
      documentId: 'statement',
      blockId: 'intro-p1',
      selector: [
        // Context, like a note's, runs on across block boundaries.
        { type: 'TextQuoteSelector', exact: 'Plenipotentiary Conference', suffix: '.\n\nConfirmed in resolutions 20/8' },
        { type: 'TextPositionSelector', start: codePointStart, end: codePointStart + 'Plenipotentiary Conference'.length },
      ],
    })
    expect(codePointStart).toBe(start - 1)
    expect(annotations[2]?.blockId).toBe('intro-p2')
    expect(annotations[2]?.selector[0]).toMatchObject({ exact: '26/13', prefix: expect.stringMatching(/\nConfirmed in resolutions 20\/8, $/) })
  })

  it('numbers repeated links to one target', () => {
    const { annotations } = anchor('  - quote: ITU', '    term: itu', '  - quote: ITU', '    occurrence: 3', '    term: itu')
    expect(annotations.map((annotation) => annotation.id)).toEqual(['glossary-itu', 'glossary-itu-2'])
  })

  it('fails with the file and line of a quote that is not in the text', () => {
    const { annotations, errors } = anchor('  - quote: "20/8"', '    entry: hrc-20-8', '  - quote: "32/13"', '    entry: hrc-26-13')
    expect(annotations).toHaveLength(1)
    expect(errors.map((error) => error.message)).toEqual([`${FILE}:5: quote "32/13" is not found in the text of document "statement"`])
    expect(errors[0]).toMatchObject({ file: FILE, line: 5 })
  })

  it('fails for an occurrence that does not exist', () => {
    const { errors } = anchor('  - quote: ITU', '    occurrence: 4', '    term: itu')
    expect(errors.map((error) => error.message)).toEqual([`${FILE}:3: quote "ITU" occurs 3 times, so occurrence 4 is not found in the text of document "statement"`])
  })

  it('fails with the line of an entry or term that does not exist', () => {
    const { errors } = anchor('  - quote: "20/8"', '    entry: hrc-20-9', '  - quote: consensus', '    term: vote')
    expect(errors.map((error) => error.message)).toEqual([
      `${FILE}:4: timeline entry "hrc-20-9" does not exist (see content/timeline.yaml)`,
      `${FILE}:6: glossary term "vote" does not exist (see content/glossary.yaml)`,
    ])
  })

  it('lets a glossary link mark only a form of its term', () => {
    expect(anchor('  - quote: consensus', '    term: consensus').errors).toEqual([])
    const { errors } = anchor('  - quote: meets', '    term: itu')
    expect(errors.map((error) => error.message)).toEqual([
      `${FILE}:4: quote "meets" is not a form of glossary term "itu": add it to the term's aliases, or link it elsewhere`,
    ])
  })

  it('refuses overlapping passages', () => {
    const { errors } = anchor('  - quote: ITU Plenipotentiary', '    entry: pp-18', '  - quote: ITU', '    occurrence: 3', '    term: itu')
    expect(errors.map((error) => error.message)).toEqual([
      `${FILE}:5: quote "ITU" overlaps quote "ITU Plenipotentiary" (${FILE}:3): editorial passages must not overlap`,
    ])
  })

  it('refuses a quote across two blocks', () => {
    const { errors } = anchor('  - quote: "Conference.\\n\\nConfirmed"', '    entry: pp-18')
    expect(errors.map((error) => error.message)).toEqual([`${FILE}:3: quote "Conference.\n\nConfirmed" runs across two blocks of document "statement"`])
  })

  it('reports malformed links with their line and an unknown document', () => {
    const malformed = anchor('  - quote: ITU', '    entry: pp-18', '    term: itu', '  - quote: ""', '    term: itu')
    expect(malformed.errors.map((error) => error.message)).toEqual([
      `${FILE}:3: link 1 ("ITU"): give exactly one of "entry" (a timeline entry id) or "term" (a glossary term id)`,
      `${FILE}:6: link 2 (""): field "quote" must not be empty (found "")`,
    ])
    const unknown = anchorEditorialLinks([readEditorialLinks(FILE, 'document: nope\nlinks:\n  - quote: ITU\n    term: itu\n')], targets)
    expect(unknown.errors.map((error) => error.message)).toEqual([`${FILE}:1: document "nope" is not in the library`])
    const empty = anchorEditorialLinks([readEditorialLinks(FILE, 'document: statement\n')], targets)
    expect(empty.errors.map((error) => error.message)).toEqual([`${FILE}:1: links file: field "links" is missing`])
  })

  it('gives each entry its citing passages in reading order', () => {
    const { annotations } = anchor('  - quote: "28/16"', '    entry: hrc-28-16', '  - quote: "20/8"', '    entry: hrc-20-8', '  - quote: ITU', '    term: itu')
    const citations = citationsByEntry(annotations)
    expect([...citations.keys()]).toEqual(['hrc-20-8', 'hrc-28-16'])
    expect(citations.get('hrc-20-8')).toEqual([{ documentId: 'statement', blockId: 'intro-p2', quote: '20/8', annotationId: 'citation-hrc-20-8' }])
  })
})
