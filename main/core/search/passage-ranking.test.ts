import { describe, expect, it } from 'vitest'
import type { SearchHit } from '../../../shared/api-contract'
import { createLibrary } from '../library'
import { parseTestDocuments, type TestDocumentSpec } from '../testing/test-library'
import { blockSearchIndex } from './block-index'
import { SearchService } from './search-service'

// A statement that names Tallinn once in passing, and a reference page titled after it that names it often.
const SPECS: readonly TestDocumentSpec[] = [
  {
    id: 'statement',
    title: 'Joint Statement on Testing',
    kind: 'statement',
    body: ['**The Coalition**  ', '**Joint Statement on Testing**', '', 'We recognise the importance of accountability.', '', '## About the Coalition', '', 'Its founding notion was reaffirmed in the Tallinn Agenda and in resolution 20/8.'].join('\n'),
  },
  {
    id: 'tallinn',
    title: 'Tallinn Agenda',
    kind: 'reference',
    body: ['## Summary', '', 'The Tallinn Agenda, agreed in Tallinn, restates the Tallinn principles.', '', '## Key facts', '', '- Place: Tallinn, Estonia', '- Date: 2014'].join('\n'),
  },
  {
    id: 'hrc-20-8',
    title: 'HRC resolution 20/8',
    kind: 'reference',
    body: ['## Summary', '', 'Resolution 20/8 was the first UN resolution to affirm the principle.', '', '## Key facts', '', '- Symbol: A/HRC/RES/20/8', '', '## Sources', '', 'An official record.'].join('\n'),
  },
]

function documentHits(query: string): SearchHit[] {
  const documents = parseTestDocuments(SPECS)
  const library = createLibrary(documents, blockSearchIndex(documents))
  const search = new SearchService(library, { list: () => [], onChange: () => () => undefined })
  return search.search({ query }).groups.find((group) => group.kind === 'document')?.results ?? []
}

describe('passage ranking', () => {
  it('puts the statement\'s passage first among passages that have the word in their own text', () => {
    const hits = documentHits('Tallinn')
    expect(hits[0]).toMatchObject({ documentId: 'statement', place: 'About the Coalition, ¶2' })
    // The page named after the word still follows, best first.
    expect(hits.slice(1).every((hit) => hit.kind === 'document' && hit.documentId === 'tallinn')).toBe(true)
  })

  it('lists no section heading that matches only through its page\'s title', () => {
    const hits = documentHits('20/8')
    const headings = hits.filter((hit) => hit.kind === 'document' && ['summary', 'key-facts', 'sources'].includes(hit.blockId))
    expect(headings).toEqual([])
    expect(hits.map((hit) => hit.kind === 'document' && hit.blockId)).toContain('summary-p1')
  })

  it('still lists a heading whose own words match', () => {
    const hits = documentHits('summary')
    expect(hits.some((hit) => hit.kind === 'document' && hit.blockId === 'summary')).toBe(true)
  })

  it('ranks a passage with every word in its own text above one that has some only in its title', () => {
    const hits = documentHits('Tallinn Estonia')
    expect(hits[0]).toMatchObject({ documentId: 'tallinn', place: 'Key facts, ¶2' })
  })
})
