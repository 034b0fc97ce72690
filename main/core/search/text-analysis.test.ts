import fc from 'fast-check'
import lunr from 'lunr'
import { describe, expect, it } from 'vitest'
import { applyTextAnalysis, locateTerms } from './text-analysis'

/** What Lunr itself records for `text` when told to keep positions: the oracle for locateTerms. */
function lunrPositions(text: string): Map<string, Array<[number, number]>> {
  const index = lunr(function build() {
    applyTextAnalysis(this)
    this.ref('ref')
    this.field('text')
    this.metadataWhitelist = ['position']
    this.add({ ref: 'only', text })
  })
  const internals = index as unknown as { invertedIndex: Record<string, { text?: { only?: { position: Array<[number, number]> } } }> }
  const positions = new Map<string, Array<[number, number]>>()
  for (const [term, posting] of Object.entries(internals.invertedIndex)) {
    const found = posting.text?.only?.position
    if (found) positions.set(term, found)
  }
  return positions
}

const sorted = (list: ReadonlyArray<readonly [number, number]>) => [...list].map(([start, length]) => [start, length]).sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0) || (a[1] ?? 0) - (b[1] ?? 0))

describe('locateTerms', () => {
  it('finds the words behind stemmed, folded and compound terms, in UTF-16 offsets', () => {
    const text = '𝒳𝒴 The Coalition’s monitoring of A/HRC/RES/20/8 in San José, PP-18 (Tallinn).'
    const at = (term: string) => locateTerms(text, new Set([term])).map(([start, length]) => text.slice(start, start + length))
    expect(at('monitor')).toEqual(['monitoring'])
    expect(at('jose')).toEqual(['José'])
    expect(at('tallinn')).toEqual(['Tallinn'])
    expect(at('20/8')).toEqual(['20/8'])
    expect(at('a/hrc/res/20/8')).toEqual(['A/HRC/RES/20/8'])
    expect(at('pp-18')).toEqual(['PP-18'])
    // A stop word is not indexed, so it is never a matched word.
    expect(at('the')).toEqual([])
    expect(locateTerms(text, new Set())).toEqual([])
  })

  it('gives exactly the positions Lunr records, for any text', () => {
    const word = fc.constantFrom('rights', 'Online', 'the', 'of', 'José', 'A/HRC/RES/20/8', 'PP-18', '“Tallinn”', '𝒳', 'monitoring,', '—', 'others', 'other', '20/8.')
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 20 }), fc.constantFrom(' ', '  ', '\n'), (words, gap) => {
        const text = words.join(gap)
        for (const [term, positions] of lunrPositions(text)) {
          expect(sorted(locateTerms(text, new Set([term]))), `${term} in ${text}`).toEqual(sorted(positions))
        }
      }),
      { numRuns: 200 },
    )
  })
})
