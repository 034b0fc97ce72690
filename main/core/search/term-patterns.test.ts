import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { tokenSetOf, tokenSetOfClause } from './lunr-internals'
import { fuzzyMatches, globMatches, wildcardPattern } from './term-patterns'

/** Whether Lunr's own token sets say `term` matches the clause. */
function lunrAccepts(term: string, clause: { term: string; editDistance?: number }): boolean {
  return tokenSetOf([term]).intersect(tokenSetOfClause(clause)).toArray().length > 0
}

// A small alphabet makes near misses, repeats and edge cases common.
const word = (min: number, max: number) => fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'é'), minLength: min, maxLength: max })

describe('fuzzyMatches', () => {
  it('accepts exactly the terms Lunr’s fuzzy token set accepts', () => {
    fc.assert(
      fc.property(word(1, 7), word(1, 9), fc.integer({ min: 1, max: 2 }), (query, term, editDistance) => {
        expect(fuzzyMatches(query, term, editDistance), `${term} ~ ${query}~${editDistance}`).toBe(lunrAccepts(term, { term: query, editDistance }))
      }),
      { numRuns: 3000 },
    )
  })

  it('matches long terms quickly, where Lunr’s automaton alone takes over a second', () => {
    const long = 'abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz01'
    expect(fuzzyMatches(long, `${long.slice(0, 30)}X${long.slice(31)}`, 2)).toBe(true)
    expect(fuzzyMatches(long, long.slice(3), 2)).toBe(false)
  })
})

describe('globMatches', () => {
  it('accepts exactly the terms Lunr’s wildcard token set accepts', () => {
    const pattern = fc.array(fc.oneof(word(1, 2), fc.constant('*')), { minLength: 1, maxLength: 6 }).map((parts) => parts.join(''))
    fc.assert(
      fc.property(pattern, word(1, 9), (query, term) => {
        expect(globMatches(query, term), `${term} ~ ${query}`).toBe(lunrAccepts(term, { term: query }))
      }),
      { numRuns: 3000 },
    )
  })

  it('stays linear-ish on patterns with many stars against repeated letters', () => {
    const pattern = `*${'a*'.repeat(200)}b`
    expect(globMatches(pattern, 'a'.repeat(64))).toBe(false)
    expect(wildcardPattern(pattern).matches('a'.repeat(64))).toBe(false)
    expect(globMatches('*e*', 'e'.repeat(64))).toBe(true)
  })

  it('gives the literal start a sorted scan can begin at', () => {
    expect(wildcardPattern('pri*cy').prefix).toBe('pri')
    expect(wildcardPattern('*e*').prefix).toBe('')
  })
})
