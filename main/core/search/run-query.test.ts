import fc from 'fast-check'
import lunr from 'lunr'
import { describe, expect, it } from 'vitest'
import { parseQuery } from './query'
import { bestMatches, runQuery, type QueryMatches } from './run-query'
import { searchIndexFromLunr } from './search-index'
import { MAX_EXPANSIONS } from './term-expansion'
import { applyTextAnalysis } from './text-analysis'

/** An index where "pri*" has MAX_EXPANSIONS + 10 completions: "prism" in many paragraphs, each rare one in one. */
function prefixIndex(): { index: lunr.Index; rare: string[] } {
  const rare = Array.from({ length: MAX_EXPANSIONS + 10 }, (_, at) => `pri${String.fromCharCode(97 + Math.floor(at / 26))}${String.fromCharCode(97 + (at % 26))}zz`)
  const index = lunr(function build() {
    this.ref('ref')
    this.field('text')
    for (let at = 0; at < 20; at++) this.add({ ref: `common-${at}`, text: `prism online ${at % 2 === 0 ? 'rights' : 'freedom'}` })
    for (const [at, word] of rare.entries()) this.add({ ref: `rare-${at}`, text: word })
  })
  return { index, rare }
}

const run = (index: lunr.Index, query: string, mode: 'all' | 'any' = 'all', fields = ['text']): QueryMatches => runQuery(searchIndexFromLunr(index), fields, parseQuery(query), mode, () => [])

const refs = (index: lunr.Index, query: string, mode: 'all' | 'any' = 'all') =>
  run(index, query, mode)
    .matches.map((match) => match.ref)
    .sort()

/** Scores by ref, rounded past float noise (fields may be summed in another order). */
const byRef = (list: ReadonlyArray<{ ref: string; score: number }>) => Object.fromEntries(list.map((item) => [item.ref, Math.round(item.score * 1e9) / 1e9]))

describe('runQuery', () => {
  it('expands a prefix to its most frequent completions, at most MAX_EXPANSIONS of them', () => {
    const { index, rare } = prefixIndex()
    const found = run(index, 'pri*')
    const hits = found.explain(found.matches.map((match) => match.ref))
    const terms = new Set(hits.flatMap((hit) => Object.keys(hit.matchData.metadata)))
    expect(terms.has('prism')).toBe(true)
    expect(terms.size).toBe(MAX_EXPANSIONS)
    for (let at = 0; at < 20; at++) expect(found.matches.map((match) => match.ref)).toContain(`common-${at}`)
    // Only the rarest completions are dropped; a prefix narrow enough still finds them.
    expect(refs(index, `${rare.at(-1)?.slice(0, 5)}*`)).toContain(`rare-${rare.length - 1}`)
    // An excluded prefix is not capped: it still excludes its rarest completions.
    expect(refs(index, `${rare.at(-1) ?? ''}`)).toEqual([`rare-${rare.length - 1}`])
    expect(refs(index, `${rare.at(-1) ?? ''} -pri*`)).toEqual([])
  })

  it('falls back to any word only when asked, and matches nothing for an unknown required word', () => {
    const { index } = prefixIndex()
    expect(refs(index, 'prism nosuchword')).toEqual([])
    expect(refs(index, 'prism nosuchword', 'any')).toHaveLength(20)
    expect(run(index, 'title:prism').matches).toEqual([])
  })

  it('explains only the refs asked for that match, best first, with Lunr’s scores', () => {
    const { index } = prefixIndex()
    const found = run(index, 'prism rights')
    const asked = ['common-2', 'common-1', 'rare-0', 'common-4']
    const hits = found.explain(asked)
    expect(hits.map((hit) => hit.ref).sort()).toEqual(['common-2', 'common-4'])
    const lunrs = byRef(index.search('+prism +rights'))
    for (const hit of hits) expect(Math.round(hit.score * 1e9) / 1e9).toBe(lunrs[hit.ref])
    expect(Object.keys(hits[0]?.matchData.metadata ?? {}).sort()).toEqual(['prism', 'right'])
    // Explaining twice gives the same answer (Lunr writes stemmed terms back into clauses).
    expect(found.explain(asked)).toEqual(hits)
  })

  it('matches and scores exactly as Lunr does, for any mix of required, optional, excluded, prefix, fuzzy and field terms', () => {
    const words = ['privacy', 'rights', 'online', 'freedom', 'expression', 'assembly', 'internet', 'governance', 'telecom', 'union', 'member', 'states']
    const document = fc.record({ title: fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 3 }), text: fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 12 }) })
    const piece = fc.record({
      word: fc.constantFrom(...words),
      form: fc.constantFrom('plain', 'prefix', 'fuzzy', 'title', 'boost'),
      presence: fc.constantFrom('', '+', '-'),
    })
    fc.assert(
      fc.property(fc.array(document, { minLength: 1, maxLength: 25 }), fc.array(piece, { minLength: 1, maxLength: 4 }), fc.constantFrom('all', 'any'), (documents, pieces, mode) => {
        if (!pieces.some((each) => each.presence !== '-')) return
        const index = lunr(function build() {
          applyTextAnalysis(this)
          this.ref('ref')
          this.field('title', { boost: 3 })
          this.field('text')
          for (const [at, item] of documents.entries()) this.add({ ref: `d${at}`, title: item.title.join(' '), text: item.text.join(' ') })
        })
        const ours: string[] = []
        const theirs: string[] = []
        for (const { word, form, presence } of pieces) {
          const term = form === 'prefix' ? `${word.slice(0, 3)}*` : form === 'fuzzy' ? `${word.slice(0, -1)}x~1` : form === 'title' ? `title:${word}` : form === 'boost' ? `${word}^2` : word
          ours.push(`${presence}${term}`)
          theirs.push(`${presence === '' && mode === 'all' ? '+' : presence}${term}`)
        }
        const found = runQuery(searchIndexFromLunr(index), ['title', 'text'], parseQuery(ours.join(' ')), mode, () => [])
        const expected = byRef(index.search(theirs.join(' ')))
        expect(byRef(found.matches)).toEqual(expected)
        expect(byRef(found.explain(found.matches.map((match) => match.ref)))).toEqual(expected)
      }),
      { numRuns: 300 },
    )
  })
})

describe('bestMatches', () => {
  const matches = [3, 9, 1, 9, 7, 2, 8].map((score, at) => ({ ref: `r${at}`, score }))

  it('keeps the best, best first, ties in their order', () => {
    expect(bestMatches(matches, 3).map((match) => match.ref)).toEqual(['r1', 'r3', 'r6'])
    expect(bestMatches(matches, 100).map((match) => match.score)).toEqual([9, 9, 8, 7, 3, 2, 1])
    expect(bestMatches(matches, 0)).toEqual([])
  })

  it('agrees with a full sort on any list', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 60 }), fc.integer({ min: 1, max: 30 }), (scores, limit) => {
        const list = scores.map((score, at) => ({ ref: `r${at}`, score }))
        const sorted = [...list].sort((a, b) => b.score - a.score).slice(0, limit)
        expect(bestMatches(list, limit)).toEqual(sorted)
      }),
    )
  })
})
