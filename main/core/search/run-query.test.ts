import lunr from 'lunr'
import { describe, expect, it } from 'vitest'
import { parseQuery } from './query'
import { MAX_EXPANSIONS, runQuery } from './run-query'

/** An index where "pri*" has MAX_EXPANSIONS + 10 completions: "prism" in many paragraphs, each rare one in one. */
function prefixIndex(): { index: lunr.Index; rare: string[] } {
  const rare = Array.from({ length: MAX_EXPANSIONS + 10 }, (_, at) => `pri${String.fromCharCode(97 + Math.floor(at / 26))}${String.fromCharCode(97 + (at % 26))}zz`)
  const index = lunr(function build() {
    this.ref('ref')
    this.field('text')
    this.metadataWhitelist = ['position']
    for (let at = 0; at < 20; at++) this.add({ ref: `common-${at}`, text: `prism online ${at % 2 === 0 ? 'rights' : 'freedom'}` })
    for (const [at, word] of rare.entries()) this.add({ ref: `rare-${at}`, text: word })
  })
  return { index, rare }
}

const refs = (index: lunr.Index, query: string, mode: 'all' | 'any' = 'all') =>
  runQuery(index, ['text'], parseQuery(query), mode, () => [])
    .map((hit) => hit.ref)
    .sort()

describe('runQuery', () => {
  it('expands a prefix to its most frequent completions, at most MAX_EXPANSIONS of them', () => {
    const { index, rare } = prefixIndex()
    const hits = runQuery(index, ['text'], parseQuery('pri*'), 'all', () => [])
    const found = new Set(hits.flatMap((hit) => Object.keys(hit.matchData.metadata)))
    expect(found.has('prism')).toBe(true)
    expect(found.size).toBe(MAX_EXPANSIONS)
    for (let at = 0; at < 20; at++) expect(hits.map((hit) => hit.ref)).toContain(`common-${at}`)
    // Only the rarest completions are dropped; a prefix narrow enough still finds them.
    expect(refs(index, `${rare.at(-1)?.slice(0, 5)}*`)).toContain(`rare-${rare.length - 1}`)
    // An excluded prefix is not capped: it still excludes its rarest completions.
    expect(refs(index, `${rare.at(-1) ?? ''}`)).toEqual([`rare-${rare.length - 1}`])
    expect(refs(index, `${rare.at(-1) ?? ''} -pri*`)).toEqual([])
  })

  it('gives the same hits and scores as Lunr for required words, prefixes and exclusions', () => {
    const { index } = prefixIndex()
    for (const query of ['prism rights', 'pris* +rights', 'online -freedom', 'prisn~1 freedom']) {
      const ours = runQuery(index, ['text'], parseQuery(query), 'all', () => [])
      const lunrs = index.search(query.replace(/(^|\s)(?=[a-z])/g, '$1+').replace(/\+-/g, '-'))
      expect(ours.map((hit) => [hit.ref, hit.score]), query).toEqual(lunrs.map((hit) => [hit.ref, hit.score]))
    }
    expect(refs(index, 'prism nosuchword')).toEqual([])
    expect(refs(index, 'prism nosuchword', 'any')).toHaveLength(20)
  })
})
