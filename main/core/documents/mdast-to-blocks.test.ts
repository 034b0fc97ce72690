import { fromMarkdown } from 'mdast-util-from-markdown'
import { describe, expect, it } from 'vitest'
import { mdastToBlocks } from './mdast-to-blocks'

const lenient = (markdown: string) => mdastToBlocks(fromMarkdown(markdown), { strict: false })

describe('mdastToBlocks, lenient (a user file)', () => {
  it('flattens list items with several paragraphs and nested lists into items', () => {
    const [list] = lenient('- one\n\n  more of one\n- two\n  - two a\n  - two b')
    expect(list).toMatchObject({ type: 'list', text: 'one more of one\ntwo\ntwo a\ntwo b' })
  })

  it('reads block quotes as their paragraphs and code as text with its lines', () => {
    expect(lenient('> quoted\n\n```\na\nb\n```').map((block) => block.text)).toEqual(['quoted', 'a\nb'])
  })

  it('drops empty headings, images, raw HTML and thematic breaks; collapses spaces left between runs', () => {
    const blocks = lenient('##\n\n![alt](x.png)\n\n<div>raw</div>\n\n---\n\nA ![i](y.png) b.')
    expect(blocks.map((block) => [block.type, block.text])).toEqual([['paragraph', 'A b.']])
  })

  it('gives an empty file no blocks rather than failing', () => {
    expect(lenient('')).toEqual([])
  })

  it('keeps the same ids as the strict conversion for what both accept', () => {
    const source = '**Title**  \n**Line two**\n\nIntro.\n\n## Section\n\nText.\n\n- a\n- b'
    const strict = mdastToBlocks(fromMarkdown(source), {
      strict: true,
      fail: (_node, detail) => {
        throw new Error(detail)
      },
    })
    expect(lenient(source)).toEqual(strict)
  })
})
