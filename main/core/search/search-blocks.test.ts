import { describe, expect, it } from 'vitest'
import { apiContract } from '../../../shared/api-contract'
import { ApiFailure } from '../api-failure'
import { createLibrary } from '../library'
import { buildTestLibrary, parseTestDocuments, SAMPLE_DOCUMENTS } from '../testing/test-library'
import { buildBlockIndex } from './block-index'
import { DEFAULT_RESULT_LIMIT, searchBlocks } from './search-blocks'

const library = buildTestLibrary()

function failureFor(query: string): ApiFailure {
  try {
    searchBlocks(library, query)
  } catch (error) {
    if (error instanceof ApiFailure) return error
    throw error
  }
  throw new Error(`expected "${query}" to fail`)
}

describe('searchBlocks', () => {
  it('returns nothing for an empty or blank query', () => {
    expect(searchBlocks(library, '')).toEqual({ results: [], total: 0 })
    expect(searchBlocks(library, '   \t ')).toEqual({ results: [], total: 0 })
  })

  it('returns results with document title, heading and a snippet marking "Tallinn"', () => {
    const { results, total } = searchBlocks(library, 'Tallinn')
    expect(total).toBe(1)
    const [result] = results
    expect(result).toMatchObject({
      documentId: 'sample-statement',
      documentTitle: 'Sample Joint Statement',
      blockId: 'about-the-coalition-p1',
      heading: 'About the Coalition',
      matchedTerms: ['Tallinn'],
    })
    expect(result?.score).toBeGreaterThan(0)
    const snippet = result?.snippet
    expect(snippet?.highlights).toHaveLength(1)
    const [highlight] = snippet?.highlights ?? []
    expect(snippet?.text.slice(highlight?.start, highlight?.end)).toBe('Tallinn')
    // The block is longer than a snippet: it is cut, and says so.
    expect(snippet?.truncatedStart || snippet?.truncatedEnd).toBe(true)
  })

  it('satisfies the API output schema', () => {
    for (const query of ['Tallinn', 'privacy', 'rights online', '*']) {
      expect(apiContract['search.query'].output.safeParse(searchBlocks(library, query)).success, query).toBe(true)
    }
  })

  it('ranks by score and marks matched words without their punctuation', () => {
    const { results } = searchBlocks(library, 'privacy')
    const scores = results.map((result) => result.score)
    expect(scores).toEqual([...scores].sort((a, b) => b - a))
    // Body matches come first; the two headings match only through the document title.
    expect(results.slice(0, 2).map((result) => result.blockId).sort()).toEqual(['operative-part-p1', 'preamble-p1'])
    for (const result of results.slice(0, 2)) {
      expect(result.matchedTerms).toEqual(['privacy'])
      for (const { start, end } of result.snippet.highlights) expect(result.snippet.text.slice(start, end)).toBe('privacy')
    }
    const headingOnly = results.find((result) => result.blockId === 'preamble')
    expect(headingOnly).toMatchObject({ heading: 'Preamble', matchedTerms: [], snippet: { text: 'Preamble', highlights: [] } })
  })

  it('finds resolution numbers like 20/8 and marks them exactly', () => {
    const [result] = searchBlocks(library, '20/8').results
    expect(result?.blockId).toBe('about-the-coalition-p1')
    expect(result?.matchedTerms).toEqual(['20/8'])
  })

  it('finds accented words typed with or without accents', () => {
    for (const query of ['José', 'jose']) {
      const [result] = searchBlocks(library, query).results
      expect(result?.matchedTerms, query).toEqual(['José'])
    }
  })

  it('gives paragraphs before the first heading the title as their heading', () => {
    const [result] = searchBlocks(library, 'accountability').results
    expect(result).toMatchObject({ blockId: 'intro-p1', heading: 'The Sample Coalition\nJoint Statement on Testing' })
  })

  it('honours the limit and still counts every hit', () => {
    const all = searchBlocks(library, '*')
    expect(all.total).toBe(library.documents.reduce((sum, document) => sum + document.blocks.length, 0))
    expect(all.results.length).toBe(Math.min(all.total, DEFAULT_RESULT_LIMIT))
    const limited = searchBlocks(library, '*', 2)
    expect(limited.results).toHaveLength(2)
    expect(limited.total).toBe(all.total)
  })

  it('fails as user input, with a message, on queries Lunr cannot read', () => {
    for (const query of ['title:(', '~~', 'title:', 'nofield:x', 'privacy^x', '+', '—']) {
      const failure = failureFor(query)
      expect(failure.code, query).toBe('user-input')
      expect(failure.message).toContain(`The search "${query}" could not be read:`)
    }
  })

  it('ignores punctuation next to words in the query', () => {
    expect(searchBlocks(library, '"Tallinn",').results.map((result) => result.blockId)).toEqual(['about-the-coalition-p1'])
    expect(searchBlocks(library, '(Hague)').results.map((result) => result.matchedTerms)).toEqual([['Hague']])
  })

  it('skips hits whose block is no longer in the library', () => {
    const documents = parseTestDocuments(SAMPLE_DOCUMENTS)
    const stale = createLibrary(documents.slice(1), buildBlockIndex(documents))
    const { results } = searchBlocks(stale, 'Tallinn')
    expect(results).toEqual([])
  })
})
