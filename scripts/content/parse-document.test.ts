import { describe, expect, it } from 'vitest'
import { BLOCK_SEPARATOR, libraryDocumentSchema } from '../../shared/document-model'
import { ContentError } from './content-error'
import type { UnplacedBlock } from './markdown-to-blocks'
import { contentVersion, parseDocument, placeBlocks } from './parse-document'

/** Slices `text` by code points, as W3C TextPositionSelectors count. */
function sliceCodePoints(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('')
}

function paragraph(id: string, text: string): UnplacedBlock {
  return { type: 'paragraph', id, text, inlines: [{ type: 'text', text, marks: [] }] }
}

const SOURCE = [
  '---',
  'id: sample',
  'title: Sample',
  'kind: resolution',
  'date: "2016-07-01"',
  'issuingBody: UN Human Rights Council',
  'source: https://example.org/a-hrc-res-32-13',
  '---',
  '',
  '**Sample**  ',
  '**Resolution**',
  '',
  '## Preamble',
  '',
  'Recalling resolution 20/8 of 5 July 2012, *inter alia*.',
].join('\n')

describe('placeBlocks', () => {
  it('joins block texts with the separator and records ranges in code points', () => {
    const texts = ['Plain start.', 'Math 𝒳 and 𝒴 here: 𝒳𝒴.', 'Accents: José, naïve, Ångström.', '😀 emoji 👍🏽 last']
    const { blocks, plainText } = placeBlocks(texts.map((text, index) => paragraph(`intro-p${index + 1}`, text)))
    expect(plainText).toBe(texts.join(BLOCK_SEPARATOR))
    let expectedStart = 0
    for (const [index, block] of blocks.entries()) {
      const text = texts[index] ?? ''
      const length = Array.from(text).length
      expect(block.range).toEqual({ start: expectedStart, end: expectedStart + length })
      expect(sliceCodePoints(plainText, block.range.start, block.range.end)).toBe(block.text)
      expectedStart += length + Array.from(BLOCK_SEPARATOR).length
    }
    // Code points and UTF-16 units differ once astral characters appear.
    const last = blocks[blocks.length - 1]
    expect(last?.range.end).toBe(Array.from(plainText).length)
    expect(last?.range.end).toBeLessThan(plainText.length)
  })

  it('handles combining accents as separate code points', () => {
    const decomposed = 'Jose\u0301 and Ange\u0300le'
    const { blocks, plainText } = placeBlocks([paragraph('intro-p1', 'x'), paragraph('intro-p2', decomposed)])
    const block = blocks[1]
    expect(block?.range).toEqual({ start: 3, end: 3 + decomposed.length })
    expect(sliceCodePoints(plainText, block?.range.start ?? 0, block?.range.end ?? 0)).toBe(decomposed)
  })

  it('keeps each block otherwise unchanged', () => {
    const unplaced = paragraph('intro-p1', 'Only block.')
    const { blocks } = placeBlocks([unplaced])
    expect(blocks).toEqual([{ ...unplaced, range: { start: 0, end: 11 } }])
  })

  it('returns empty text for no blocks', () => {
    expect(placeBlocks([])).toEqual({ blocks: [], plainText: '' })
  })
})

describe('contentVersion', () => {
  it('is a 16-digit hex hash that changes when the text changes and not otherwise', () => {
    const version = contentVersion('Some text.')
    expect(version).toMatch(/^[0-9a-f]{16}$/)
    expect(contentVersion('Some text.')).toBe(version)
    expect(contentVersion('Some text!')).not.toBe(version)
    expect(contentVersion('Some text. ')).not.toBe(version)
    expect(contentVersion('𝒳')).not.toBe(contentVersion('X'))
  })
})

describe('parseDocument', () => {
  it('produces a document that satisfies the library schema', () => {
    const document = parseDocument('content/documents/sample.md', SOURCE)
    expect(libraryDocumentSchema.safeParse(document).success).toBe(true)
    expect(document).toMatchObject({
      id: 'sample',
      title: 'Sample',
      kind: 'resolution',
      date: '2016-07-01',
      issuingBody: 'UN Human Rights Council',
      source: 'https://example.org/a-hrc-res-32-13',
    })
    expect(document.blocks.map((block) => block.id)).toEqual(['title', 'preamble', 'preamble-p1'])
    expect(document.plainText).toBe('Sample\nResolution\n\nPreamble\n\nRecalling resolution 20/8 of 5 July 2012, inter alia.')
    expect(document.version).toBe(contentVersion(document.plainText))
    for (const block of document.blocks) {
      expect(sliceCodePoints(document.plainText, block.range.start, block.range.end)).toBe(block.text)
    }
  })

  it('keeps the version when only markup or front matter changes', () => {
    const base = parseDocument('a.md', SOURCE)
    const remarked = parseDocument('a.md', SOURCE.replace('*inter alia*', '_inter alia_').replace('title: Sample', 'title: Renamed'))
    expect(remarked.version).toBe(base.version)
    const edited = parseDocument('a.md', SOURCE.replace('20/8', '26/13'))
    expect(edited.version).not.toBe(base.version)
  })

  it('reports Markdown errors at the line of the whole file', () => {
    const source = `${SOURCE}\n\n<div>raw</div>`
    expect(() => parseDocument('content/documents/sample.md', source)).toThrow(ContentError)
    expect(() => parseDocument('content/documents/sample.md', source)).toThrow('content/documents/sample.md:17: unsupported Markdown: html')
  })
})
