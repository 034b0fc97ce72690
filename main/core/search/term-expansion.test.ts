import fc from 'fast-check'
import lunr from 'lunr'
import { describe, expect, it } from 'vitest'
import { tokenSetOfClause } from './lunr-internals'
import { searchIndexFromLunr } from './search-index'
import { termsStartingWith } from './sorted-terms'
import { expandTerm } from './term-expansion'
import { applyTextAnalysis } from './text-analysis'

describe('termsStartingWith', () => {
  const terms = ['a', 'ab', 'abc', 'abd', 'b', 'ba', 'josé', 'jose', 'zz'].sort()

  it('finds the run of terms with the prefix, the prefix itself included', () => {
    expect(termsStartingWith(terms, 'ab')).toEqual(['ab', 'abc', 'abd'])
    expect(termsStartingWith(terms, 'jos')).toEqual(['jose', 'josé'])
    expect(termsStartingWith(terms, 'zz')).toEqual(['zz'])
    expect(termsStartingWith(terms, 'zzz')).toEqual([])
    expect(termsStartingWith(terms, '')).toEqual(terms)
    expect(termsStartingWith([], 'a')).toEqual([])
  })
})

describe('expandTerm', () => {
  it('finds exactly the terms Lunr’s token set finds, for plain terms, prefixes, inner wildcards and edit distances', () => {
    const words = ['privacy', 'private', 'privilege', 'prism', 'rights', 'righteous', 'online', 'onward', 'josé', '20/8', 'a/hrc/res/20/8']
    const built = lunr(function build() {
      applyTextAnalysis(this)
      this.ref('ref')
      this.field('text')
      words.forEach((word, at) => this.add({ ref: `d${at}`, text: word }))
    })
    const index = searchIndexFromLunr(built)
    const lunrTerms = (term: string, editDistance: number) =>
      (built as unknown as { tokenSet: lunr.TokenSet }).tokenSet
        .intersect(tokenSetOfClause({ term, ...(editDistance > 0 ? { editDistance } : {}) }))
        .toArray()
        .sort()
    fc.assert(
      fc.property(fc.constantFrom(...words), fc.nat(4), fc.constantFrom('', '*', 'inner*'), fc.nat(2), (word, cut, wildcard, editDistance) => {
        const stem = word.slice(0, Math.max(1, word.length - cut))
        const term = wildcard === '' ? stem : wildcard === '*' ? `${stem}*` : `${stem.slice(0, 1)}*${stem.slice(2)}`
        const distance = wildcard === '' ? editDistance : 0
        expect([...expandTerm(index, { term, usePipeline: false, editDistance: distance }).all].sort(), `${term}~${distance}`).toEqual(lunrTerms(term, distance))
      }),
      { numRuns: 300 },
    )
  })
})
