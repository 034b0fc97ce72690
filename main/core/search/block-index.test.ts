import lunr from 'lunr'
import { describe, expect, it } from 'vitest'
import { buildTestLibrary, parseTestDocuments, SAMPLE_DOCUMENTS } from '../testing/test-library'
import { buildBlockIndex, loadBlockIndex } from './block-index'

const documents = parseTestDocuments(SAMPLE_DOCUMENTS)

/** Hits reduced to what a reader of results depends on. */
function summarize(hits: lunr.Index.Result[]): unknown {
  return hits.map((hit) => ({ ref: hit.ref, score: hit.score, metadata: hit.matchData.metadata }))
}

describe('buildBlockIndex and loadBlockIndex', () => {
  it('indexes one Lunr document per block, ref "documentId#blockId"', () => {
    const index = buildBlockIndex(documents)
    const refs = index.search('*').map((hit) => hit.ref).sort()
    const expected = documents.flatMap((document) => document.blocks.map((block) => `${document.id}#${block.id}`)).sort()
    expect(refs).toEqual(expected)
  })

  it('gives the same results after a JSON round trip', () => {
    const built = buildBlockIndex(documents)
    const loaded = loadBlockIndex(JSON.parse(JSON.stringify(built)))
    for (const query of ['Tallinn', 'privacy', '20/8', 'rights online', 'title:privacy', 'coal*']) {
      const before = built.search(query)
      expect(before.length, query).toBeGreaterThan(0)
      expect(summarize(loaded.search(query)), query).toEqual(summarize(before))
    }
  })

  it('keeps no term positions: the index stays small, shown results find theirs again', () => {
    const index = loadBlockIndex(JSON.parse(JSON.stringify(buildBlockIndex(documents))))
    const [hit] = index.search('Tallinn')
    expect(hit?.ref).toBe('sample-statement#about-the-coalition-p1')
    expect(hit?.matchData.metadata).toEqual({ tallinn: { text: {} } })
  })

  it('finds accented words with or without the accents, and terms next to punctuation', () => {
    const index = buildTestLibrary().index
    for (const query of ['José', 'Jose', 'JOSÉ', '(Hague)', '20/8,', '"Tallinn"']) {
      expect(index.search(query).map((hit) => hit.ref), query).toEqual(['sample-statement#about-the-coalition-p1'])
    }
  })

  it('serializes its own query normalisation by name, so a loaded index applies it', () => {
    const serialized = JSON.parse(JSON.stringify(buildBlockIndex(documents))) as { pipeline: string[] }
    expect(serialized.pipeline).toEqual(['focNormalizeTerm', 'stemmer'])
  })

  it('refuses JSON that is not a serialized index', () => {
    for (const value of [null, 42, 'index', [], {}, { fields: [] }]) {
      expect(() => loadBlockIndex(value), JSON.stringify(value)).toThrow('not a serialized Lunr index')
    }
  })

  it('throws on a damaged index rather than loading half of it', () => {
    expect(() => loadBlockIndex({ version: lunr.version })).toThrow()
  })
})
