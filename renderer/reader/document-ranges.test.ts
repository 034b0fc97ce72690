import { describe, expect, it } from 'vitest'
import type { NoteView } from '../../shared/api-contract'
import type { LibraryDocument } from '../../shared/document-model'
import { blockHighlights, blockRange, documentIndex, rangeBetween } from './document-ranges'

function documentOf(texts: string[]): LibraryDocument {
  let offset = 0
  const blocks = texts.map((text, index) => {
    const start = offset
    offset += [...text].length + 2
    return { type: 'paragraph' as const, id: `p${index + 1}`, text, inlines: [], range: { start, end: start + [...text].length } }
  })
  return { id: 'doc', title: 'Doc', kind: 'reference', date: '2018', issuingBody: 'Body', version: '0123456789abcdef', blocks, plainText: texts.join('\n\n') }
}

function viewAt(id: string, start: number, end: number, status: NoteView['anchor']['status'] = 'exact'): NoteView {
  return {
    note: {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id,
      type: 'Annotation',
      motivation: 'highlighting',
      created: '2026-01-01T00:00:00.000Z',
      modified: '2026-01-01T00:00:00.000Z',
      body: [],
      target: { source: 'urn:foc-reader:document:doc' },
    },
    anchor: { status, start, end },
  }
}

describe('blockHighlights', () => {
  it('places a highlight in its block in UTF-16 offsets, after astral characters', () => {
    const document = documentOf(['intro', '𝒳𝒳 rights online'])
    const index = documentIndex(document)
    // "rights" starts at code point 7 + 3 = 10 in the document; in the block it is UTF-16 offset 5.
    const highlights = blockHighlights(document, index, [viewAt('a', 10, 16)])
    expect(highlights.get('p2')).toEqual([{ noteId: 'a', start: 5, end: 11 }])
    expect(document.blocks[1]?.text.slice(5, 11)).toBe('rights')
  })

  it('splits a passage across blocks and skips orphans and document notes', () => {
    const document = documentOf(['first para', 'second para'])
    const index = documentIndex(document)
    const highlights = blockHighlights(document, index, [viewAt('a', 6, 18), viewAt('b', 0, 3, 'orphaned')])
    expect(highlights.get('p1')).toEqual([{ noteId: 'a', start: 6, end: 10 }])
    expect(highlights.get('p2')).toEqual([{ noteId: 'a', start: 0, end: 6 }])
  })
})

describe('rangeBetween', () => {
  it('converts DOM points to code points, in either direction, trimming white space', () => {
    const document = documentOf(['😀 a b', 'c d'])
    const index = documentIndex(document)
    // In block p1 ("😀 a b"), UTF-16 offset 2 is the space after the emoji.
    expect(rangeBetween(document, index, { blockId: 'p1', offset: 2 }, { blockId: 'p1', offset: 4 })).toEqual({ start: 2, end: 3 })
    expect(rangeBetween(document, index, { blockId: 'p2', offset: 1 }, { blockId: 'p1', offset: 3 })).toEqual({ start: 2, end: 8 })
  })

  it('returns null for white space only or unknown blocks', () => {
    const document = documentOf(['a  b'])
    const index = documentIndex(document)
    expect(rangeBetween(document, index, { blockId: 'p1', offset: 1 }, { blockId: 'p1', offset: 3 })).toBeNull()
    expect(rangeBetween(document, index, { blockId: 'nope', offset: 0 }, { blockId: 'p1', offset: 1 })).toBeNull()
  })

  it('gives a whole block as a range', () => {
    const document = documentOf(['one', 'two'])
    expect(blockRange(document, 'p2')).toEqual({ start: 5, end: 8 })
  })
})
