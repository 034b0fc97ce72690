import { describe, expect, it } from 'vitest'
import type { Block } from '../../shared/document-model'
import { quietEditorial, type PlacedEditorial } from './quiet-terms'

type Kind = 'heading' | 'paragraph'
const blocks: Array<Pick<Block, 'type' | 'range'>> = (
  [
    ['heading', 0, 40],
    ['paragraph', 40, 200],
    ['paragraph', 200, 400],
    ['heading', 400, 430],
    ['paragraph', 430, 600],
  ] as Array<[Kind, number, number]>
).map(([type, start, end]) => ({ type, range: { start, end } }))

const term = (termId: string, start: number): PlacedEditorial & { name: string } => ({ name: `${termId}@${start}`, annotation: { kind: 'glossary', termId }, anchor: { start } })
const citation = (start: number): PlacedEditorial & { name: string } => ({ name: `citation@${start}`, annotation: { kind: 'citation' }, anchor: { start } })
const names = (items: ReadonlyArray<{ name: string }>): string[] => items.map((item) => item.name)

describe('quietEditorial', () => {
  it('marks a term at its first mention in each section only', () => {
    const marked = quietEditorial(blocks, [term('itu', 50), term('itu', 120), term('itu', 250), term('itu', 450), term('itu', 500)])
    expect(names(marked)).toEqual(['itu@50', 'itu@450'])
  })

  it('finds the first mention by position, whatever the order it is given in', () => {
    expect(names(quietEditorial(blocks, [term('itu', 120), term('itu', 50)]))).toEqual(['itu@50'])
  })

  it('never marks a term in a heading, and then marks its first mention in the text', () => {
    expect(names(quietEditorial(blocks, [term('foc', 10), term('foc', 60), term('foc', 410), term('foc', 440)]))).toEqual(['foc@60', 'foc@440'])
  })

  it('keeps every citation, and each term apart from the others', () => {
    const marked = quietEditorial(blocks, [citation(60), citation(70), term('itu', 80), term('wsis', 90), citation(5)])
    expect(names(marked)).toEqual(['citation@60', 'citation@70', 'itu@80', 'wsis@90', 'citation@5'])
  })
})
