/**
 * The timeline and glossary as content: error messages an editor gets for a
 * broken timeline.yaml or glossary.yaml, and checks of the bundled content
 * itself (valid dates, sources, ids, reference pages, citations).
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { parseDocument as parseYaml } from 'yaml'
import { isPartialDate, parsePartialDate } from '../../shared/partial-date'
import { findLibraryProblems } from '../../shared/library-integrity'
import { sortTimeline } from '../../shared/timeline-model'
import { buildLibrary, type BuiltLibrary } from './build-library'
import { readGlossary, readTimeline } from './timeline-content'

const FILE = 'content/timeline.yaml'

/** A valid entry as YAML lines; `change` replaces (or with null, drops) fields by name. */
function entryLines(id: string, change: Record<string, string | null> = {}): string[] {
  const fields: Record<string, string | null> = {
    id: `id: ${id}`,
    title: 'title: The right to privacy in the digital age',
    shortLabel: 'shortLabel: UNGA 68/167',
    date: 'date: "2013-12-18"',
    body: 'body: unga',
    symbol: 'symbol: A/RES/68/167',
    adoption: 'adoption:\n    kind: without-vote\n    text: Adopted without a vote.',
    summary: 'summary: A summary in our own words.',
    topics: 'topics: [privacy]',
    sources: 'sources:\n    - title: UN press release\n      url: https://press.un.org/en/2013/ga11475.doc.htm',
    documentId: `documentId: ${id}`,
  }
  const lines = Object.entries({ ...fields, ...change })
    .filter((pair): pair is [string, string] => pair[1] !== null)
    .flatMap(([, field]) => field.split('\n'))
  const [first, ...rest] = lines
  return [`- ${first ?? ''}`, ...rest.map((line) => `  ${line}`)]
}

function timelineSource(...entries: string[][]): string {
  return ['# Timeline', '', ...entries.flatMap((lines) => [...lines, ''])].join('\n')
}

describe('readTimeline', () => {
  it('reads valid entries and where each sits', () => {
    const result = readTimeline(FILE, timelineSource(entryLines('unga-68-167'), entryLines('other')))
    expect(result.errors).toEqual([])
    expect(result.items.map((entry) => entry.id)).toEqual(['unga-68-167', 'other'])
    expect(result.items[0]).toMatchObject({ date: '2013-12-18', adoption: { kind: 'without-vote' }, topics: ['privacy'] })
    expect(result.yaml?.lineAt([1, 'id'])).toBe(19)
  })

  it('names the file, the line of the entry and the field when a field is missing', () => {
    const result = readTimeline(FILE, timelineSource(entryLines('unga-68-167', { summary: null })))
    expect(result.items).toEqual([])
    expect(result.errors.map((error) => error.message)).toEqual([`${FILE}:3: timeline entry "unga-68-167": field "summary" is missing`])
    expect(result.errors[0]).toMatchObject({ file: FILE, line: 3 })
  })

  it('names a missing nested field on the line of its parent', () => {
    const result = readTimeline(FILE, timelineSource(entryLines('x', { adoption: 'adoption:\n    kind: consensus' })))
    expect(result.errors.map((error) => error.message)).toEqual([`${FILE}:9: timeline entry "x": field "adoption.text" is missing`])
  })

  it('lists the bodies an unknown body may be, with what was found', () => {
    const result = readTimeline(FILE, timelineSource(entryLines('x', { body: 'body: un' })))
    expect(result.errors.map((error) => error.message)).toEqual([
      `${FILE}:7: timeline entry "x": field "body" must be one of "foc", "hrc", "unga", "itu" (found "un")`,
    ])
  })

  it('rejects dates that are malformed, not in the calendar, or unquoted', () => {
    const messages = (date: string): string[] =>
      readTimeline(FILE, timelineSource(entryLines('x', { date: `date: ${date}` }))).errors.map((error) => error.message)
    expect(messages('"2016-02-30"')).toEqual([`${FILE}:6: timeline entry "x": field "date" is not a calendar date (found "2016-02-30")`])
    expect(messages('"July 2016"')).toEqual([`${FILE}:6: timeline entry "x": field "date" expected YYYY, YYYY-MM or YYYY-MM-DD (found "July 2016")`])
    expect(messages('2018')).toEqual([`${FILE}:6: timeline entry "x": field "date" must be text: put it in quotes ("2018")`])
    expect(messages('"2016-10"')).toEqual([])
  })

  it('rejects an end date before the date', () => {
    const result = readTimeline(FILE, timelineSource(entryLines('x', { date: 'date: "2018-10-29"\nendDate: "2018-10-01"' })))
    expect(result.errors.map((error) => error.message)).toEqual([`${FILE}:7: timeline entry "x": field "endDate" must be after the date (2018-10-29) (found "2018-10-01")`])
  })

  it('names an unknown field on its own line, so a misspelling is not a silently missing fact', () => {
    const result = readTimeline(FILE, timelineSource(entryLines('x', { symbol: 'symbl: A/RES/68/167' })))
    expect(result.errors.map((error) => error.message)).toEqual([`${FILE}:8: timeline entry "x": unknown field(s) "symbl"`])
  })

  it('rejects sources that are missing or not web addresses', () => {
    const none = readTimeline(FILE, timelineSource(entryLines('x', { sources: 'sources: []' })))
    expect(none.errors.map((error) => error.message)).toEqual([`${FILE}:14: timeline entry "x": field "sources" give at least one source`])
    const local = readTimeline(FILE, timelineSource(entryLines('x', { sources: 'sources:\n    - title: File\n      url: file:///etc/passwd' })))
    expect(local.errors.map((error) => error.message)).toEqual([
      `${FILE}:16: timeline entry "x": field "sources.0.url" must be an http or https URL (found "file:///etc/passwd")`,
    ])
  })

  it('reports a duplicate id on the line of the second, naming the first', () => {
    const result = readTimeline(FILE, timelineSource(entryLines('same'), entryLines('same')))
    expect(result.items).toHaveLength(1)
    expect(result.errors.map((error) => error.message)).toEqual([`${FILE}:19: timeline entry id "same" is already used on line 3`])
  })

  it('collects the errors of every entry, naming entries without an id by position', () => {
    const result = readTimeline(FILE, timelineSource(entryLines('a', { body: 'body: un' }), entryLines('b'), entryLines('c', { id: null })))
    expect(result.items.map((entry) => entry.id)).toEqual(['b'])
    expect(result.errors.map((error) => error.line)).toEqual([7, 35])
    expect(result.errors[1]?.message).toBe(`${FILE}:35: timeline entry 3: field "id" is missing`)
  })

  it('reports YAML syntax errors and a file that is not a list', () => {
    const syntax = readTimeline(FILE, '- id: x\n  title: [unclosed\n')
    expect(syntax.errors[0]?.message).toMatch(new RegExp(`^${FILE}:\\d+: not valid YAML: `))
    expect(readTimeline(FILE, 'id: x\n').errors.map((error) => error.message)).toEqual([
      `${FILE}:1: expected a list of timeline entries ("- id: ..."), found object`,
    ])
  })
})

describe('readGlossary', () => {
  const GLOSSARY = 'content/glossary.yaml'

  it('reads terms, defaulting aliases', () => {
    const result = readGlossary(GLOSSARY, '- id: itu\n  term: ITU\n  definition: The agency.\n')
    expect(result.errors).toEqual([])
    expect(result.items).toEqual([{ id: 'itu', term: 'ITU', aliases: [], definition: 'The agency.' }])
  })

  it('names the term, line and field of each problem', () => {
    const result = readGlossary(GLOSSARY, ['- id: itu', '  term: ITU', '', '- id: pp', '  term: PP', '  definition: A conference.', '  seeAlso: [Not An Id]'].join('\n'))
    expect(result.errors.map((error) => error.message)).toEqual([
      `${GLOSSARY}:1: glossary term "itu": field "definition" is missing`,
      expect.stringMatching(new RegExp(`^${GLOSSARY}:7: glossary term "pp": field "seeAlso.0" use lower-case letters`)),
    ])
  })
})

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const STATEMENT = 'foc-pp18-joint-statement'

describe('the bundled timeline, glossary and editorial links', () => {
  let built: BuiltLibrary

  beforeAll(async () => {
    built = await buildLibrary(path.join(repoRoot, 'content'), repoRoot)
  })

  it('build into a consistent library', () => {
    expect(built.library.formatVersion).toBe(3)
    expect(findLibraryProblems(built.library)).toEqual([])
  })

  it('have one entry per cited text and event, in chronological order', () => {
    const { timeline } = built.library
    expect(timeline.map((entry) => `${entry.id} ${entry.date}`)).toEqual([
      'hague-declaration 2011-12-09',
      'hrc-20-8 2012-07-05',
      'nairobi-terms-of-reference 2012-09-06',
      'unga-68-167 2013-12-18',
      'tallinn-agenda 2014-04-28',
      'hrc-26-13 2014-06-26',
      'unga-69-166 2014-12-18',
      'hrc-28-16 2015-03-26',
      'hrc-32-13 2016-07-01',
      'san-jose-statement 2016-10',
      'unga-71-199 2016-12-19',
      'foc-pp18-statement 2018',
      'pp-18 2018-10-29',
    ])
    expect(sortTimeline([...timeline].reverse())).toEqual(timeline)
  })

  it('carry the verified facts', () => {
    const entry = (id: string) => built.library.timeline.find((each) => each.id === id)
    expect(entry('hrc-32-13')).toMatchObject({ date: '2016-07-01', symbol: 'A/HRC/RES/32/13', body: 'hrc', adoption: { kind: 'consensus' } })
    expect(entry('hrc-28-16')).toMatchObject({ date: '2015-03-26', symbol: 'A/HRC/RES/28/16', adoption: { kind: 'without-vote' } })
    expect(entry('pp-18')).toMatchObject({ date: '2018-10-29', endDate: '2018-11-16', body: 'itu', shortLabel: 'PP-18' })
    expect(entry('san-jose-statement')?.date).toBe('2016-10')
    // Sponsors of 28/16 are only inferred by the sources: never stated as fact.
    expect(entry('hrc-28-16')?.sponsors).toBeUndefined()
    expect(entry('hrc-28-16')?.unconfirmed?.join(' ')).toContain('Liechtenstein')
    // The statement's year is confirmed, its month is not.
    expect(entry('foc-pp18-statement')).toMatchObject({ date: '2018', documentId: STATEMENT })
    expect(entry('foc-pp18-statement')?.unconfirmed?.join(' ')).toContain('October')
  })

  it('have valid dates at day, month or year precision', () => {
    for (const entry of built.library.timeline) {
      expect(isPartialDate(entry.date), entry.id).toBe(true)
      if (entry.endDate !== undefined) expect(isPartialDate(entry.endDate), entry.id).toBe(true)
      const year = parsePartialDate(entry.date)?.year ?? 0
      expect(year, entry.id).toBeGreaterThanOrEqual(2011)
      expect(year, entry.id).toBeLessThanOrEqual(2018)
    }
  })

  it('give every entry at least one web source and a summary of two to four sentences', () => {
    for (const entry of built.library.timeline) {
      expect(entry.sources.length, entry.id).toBeGreaterThan(0)
      for (const source of entry.sources) expect(new URL(source.url).protocol, entry.id).toMatch(/^https?:$/)
      const sentences = entry.summary.split(/(?<=[.!?])\s+(?=[A-Z])/)
      expect(sentences.length, `${entry.id}: ${entry.summary}`).toBeGreaterThanOrEqual(2)
      expect(sentences.length, `${entry.id}: ${entry.summary}`).toBeLessThanOrEqual(4)
    }
  })

  it('use no id twice among entries, terms, documents or annotations', () => {
    const { documents, timeline, glossary, editorial } = built.library
    for (const ids of [documents, timeline, glossary, editorial].map((list) => list.map((each) => each.id))) {
      expect(new Set(ids).size).toBe(ids.length)
    }
  })

  it("give every entry a reference page with the entry's date and first source", () => {
    for (const entry of built.library.timeline) {
      const document = built.library.documents.find((each) => each.id === entry.documentId)
      expect(document, entry.id).toBeDefined()
      expect(document?.date, entry.id).toBe(entry.date)
      expect(document?.source, entry.id).toBe(entry.sources[0]?.url)
      if (entry.id !== 'foc-pp18-statement') {
        const headings = document?.blocks.filter((block) => block.type === 'heading').map((block) => block.text)
        expect(headings, entry.id).toEqual(expect.arrayContaining(['Summary', 'Key facts', 'How the statement uses it', 'Sources']))
        if (entry.unconfirmed) expect(headings, entry.id).toContain('Unconfirmed')
      }
    }
  })

  it('cite every entry but PP-18 and the statement itself in the statement', () => {
    const statementText = built.library.documents.find((document) => document.id === STATEMENT)?.plainText ?? ''
    for (const entry of built.library.timeline) {
      if (entry.id === 'foc-pp18-statement') {
        expect(entry.citedIn).toEqual([])
        continue
      }
      if (entry.id === 'pp-18') continue
      expect(entry.citedIn.length, entry.id).toBeGreaterThan(0)
      for (const citation of entry.citedIn) {
        expect(citation.documentId).toBe(STATEMENT)
        expect(statementText).toContain(citation.quote)
      }
    }
    const citedAs = (id: string) => built.library.timeline.find((entry) => entry.id === id)?.citedIn.map((citation) => citation.quote)
    expect(citedAs('hrc-26-13')).toEqual(['26/13'])
    expect(citedAs('unga-71-199')).toEqual(['71/199'])
    expect(citedAs('san-jose-statement')).toEqual(['San José Statement'])
    expect(citedAs('pp-18')).toEqual(['Plenipotentiary Conference 2018'])
  })

  it('resolve every statement link to an existing entry or term, anchored on its quote', async () => {
    const { readFile } = await import('node:fs/promises')
    const linksFile = parseYaml(await readFile(path.join(repoRoot, 'content', 'editorial', 'statement-links.yaml'), 'utf8')).toJS() as {
      links: Array<{ quote: string; entry?: string; term?: string }>
    }
    const { editorial, timeline, glossary, documents } = built.library
    const statement = documents.find((document) => document.id === STATEMENT)
    const inStatement = editorial.filter((annotation) => annotation.documentId === STATEMENT)
    expect(inStatement).toHaveLength(linksFile.links.length)
    for (const link of linksFile.links) {
      const target = link.entry ?? link.term
      const annotation = inStatement.find(
        (each) => each.selector[0].exact === link.quote && (each.kind === 'citation' ? each.entryId : each.termId) === target,
      )
      expect(annotation, link.quote).toBeDefined()
      if (link.entry) expect(timeline.some((entry) => entry.id === link.entry)).toBe(true)
      if (link.term) expect(glossary.some((term) => term.id === link.term)).toBe(true)
      const block = statement?.blocks.find((each) => each.id === annotation?.blockId)
      expect(block?.text, link.quote).toContain(link.quote)
    }
  })

  it('link each resolution number in the statement to its own entry', () => {
    const citations = built.library.editorial.filter((annotation) => annotation.kind === 'citation')
    const linked = Object.fromEntries(citations.map((annotation) => [annotation.selector[0].exact, annotation.kind === 'citation' ? annotation.entryId : '']))
    expect(linked).toMatchObject({
      '20/8': 'hrc-20-8',
      '26/13': 'hrc-26-13',
      '28/16': 'hrc-28-16',
      '32/13': 'hrc-32-13',
      '68/167': 'unga-68-167',
      '69/166': 'unga-69-166',
      '71/199': 'unga-71-199',
      'Hague Declaration': 'hague-declaration',
      'Nairobi Terms of Reference': 'nairobi-terms-of-reference',
      'Tallinn Agenda': 'tallinn-agenda',
      'San José Statement': 'san-jose-statement',
    })
  })

  it('define the terms a non-specialist needs', () => {
    const terms = built.library.glossary.map((term) => term.id)
    expect(terms).toEqual(
      expect.arrayContaining([
        'itu',
        'plenipotentiary-conference',
        'pp-18',
        'multistakeholder',
        'freedom-online-coalition',
        'human-rights-council',
        'general-assembly',
        'adopted-without-a-vote',
        'digital-defenders-partnership',
        'special-rapporteur-on-privacy',
      ]),
    )
  })
})
