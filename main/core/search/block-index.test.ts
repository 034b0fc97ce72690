import { describe, expect, it } from 'vitest'
import { buildTestLibrary, parseTestDocuments, SAMPLE_DOCUMENTS } from '../testing/test-library'
import { runBlockQuery, searchRefs } from '../testing/search-refs'
import { blockSearchIndex, buildBlockIndex, loadBlockIndex, storeBlockIndex } from './block-index'
import type { SearchIndex } from './search-index'

const documents = parseTestDocuments(SAMPLE_DOCUMENTS)

/** The stored file's content after a trip through JSON, as the app reads it. */
const stored = () => JSON.parse(JSON.stringify(storeBlockIndex(buildBlockIndex(documents)))) as Record<string, unknown> & { postings: Array<Record<string, number[]>>; terms: string[] }

/** Every match of `query`, explained, reduced to what a reader of results depends on. */
function explained(index: SearchIndex, query: string): unknown {
  const found = runBlockQuery(index, query)
  return found.explain(found.matches.map((match) => match.ref)).map((hit) => ({ ref: hit.ref, score: Math.round(hit.score * 1e9), metadata: hit.matchData.metadata }))
}

describe('the bundled index', () => {
  it('indexes one Lunr document per block, ref "documentId#blockId"', () => {
    const index = buildBlockIndex(documents)
    const refs = index.search('*').map((hit) => hit.ref).sort()
    const expected = documents.flatMap((document) => document.blocks.map((block) => `${document.id}#${block.id}`)).sort()
    expect(refs).toEqual(expected)
  })

  it('gives the same matches, scores and match data after the trip through its file', () => {
    const inMemory = blockSearchIndex(documents)
    const loaded = loadBlockIndex(stored())
    for (const query of ['Tallinn', 'privacy', '20/8', 'rights online', 'title:privacy', 'coal*', 'coalot~1', 'coalition -tallinn']) {
      const before = explained(inMemory, query)
      expect((before as unknown[]).length, query).toBeGreaterThan(0)
      expect(explained(loaded, query), query).toEqual(before)
    }
  })

  it('keeps no term positions: the file stays small, shown results find theirs again', () => {
    const index = loadBlockIndex(stored())
    expect(explained(index, 'Tallinn')).toEqual([expect.objectContaining({ ref: 'sample-statement#about-the-coalition-p1', metadata: { tallinn: { text: {} } } })])
  })

  it('ranks a page’s text above its list of sources, and still finds the sources', () => {
    const [document] = parseTestDocuments([
      {
        id: 'page',
        title: 'A reference page',
        body: '## Summary\n\nThe resolution affirms that the right to privacy applies online as it does offline, for every person.\n\n## Sources\n\n- [Privacy news](https://example.org/a)\n- [Privacy report](https://example.org/b)\n',
      },
    ])
    if (!document) throw new Error('no document')
    const ranked = searchRefs(blockSearchIndex([document]), 'privacy')
    expect(ranked[0]).toBe('page#summary-p1')
    expect(ranked).toContain('page#sources-list1')
    // Without the weight the short list, saying "privacy" twice, would come first.
    expect(searchRefs(blockSearchIndex([document]), 'report')).toEqual(['page#sources-list1'])
  })

  it('finds accented words with or without the accents, and terms next to punctuation', () => {
    const { index } = buildTestLibrary()
    for (const query of ['José', 'Jose', 'JOSÉ', '(Hague)', '20/8,', 'Tallinn']) {
      expect(searchRefs(index, query), query).toEqual(['sample-statement#about-the-coalition-p1'])
    }
  })

  it('stores its own query normalisation by name, so a loaded index applies it', () => {
    expect(stored()['pipeline']).toEqual(['focNormalizeTerm', 'stemmer'])
    expect(searchRefs(loadBlockIndex(stored()), 'JOSÉ')).toEqual(['sample-statement#about-the-coalition-p1'])
  })

  it('refuses JSON that is not a stored index, saying what is wrong', () => {
    for (const value of [null, 42, 'index', [], {}, { fields: [] }, { ...stored(), format: 'lunr' }]) {
      expect(() => loadBlockIndex(value), JSON.stringify(value)?.slice(0, 40)).toThrow('not a stored search index')
    }
    expect(() => loadBlockIndex({ ...stored(), version: 99 })).toThrow(/version.*rebuild the content/)
  })

  it('refuses a damaged index rather than loading half of it, naming the part', () => {
    const damage = (change: (value: ReturnType<typeof stored>) => void) => {
      const value = stored()
      change(value)
      return () => loadBlockIndex(value)
    }
    expect(damage((value) => value.terms.reverse())).toThrow('terms are not sorted')
    expect(damage((value) => value.postings[2]?.['offsets']?.pop())).toThrow('postings of field “text” need')
    expect(damage((value) => value.postings[2]?.['docs']?.splice(0, 1, 10_000))).toThrow(/document number 10000/)
    expect(damage((value) => value.postings[2]?.['weights']?.pop())).toThrow(/documents but .* weights/)
    expect(damage((value) => value.postings.pop())).toThrow('3 fields but postings for 2')
    expect(damage((value) => (value['pipeline'] = ['noSuchFunction']))).toThrow('pipeline this app lacks')
  })
})
