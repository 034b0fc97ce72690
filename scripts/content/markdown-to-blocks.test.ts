import { describe, expect, it } from 'vitest'
import { ContentError } from './content-error'
import { inlinesText, markdownToBlocks, slugify, type UnplacedBlock } from './markdown-to-blocks'

const FILE = 'content/documents/example.md'
/** The body starts on file line 10 in these tests. */
const OFFSET = 10

function blocks(body: string): UnplacedBlock[] {
  return markdownToBlocks(FILE, body, OFFSET)
}

function errorFor(body: string): ContentError {
  try {
    blocks(body)
  } catch (error) {
    if (error instanceof ContentError) return error
    throw error
  }
  throw new Error('expected a ContentError, but the Markdown was accepted')
}

describe('markdownToBlocks: title, headings and ids', () => {
  it('turns a leading paragraph of bold lines into an h1 title with "\\n" between lines', () => {
    const [title, paragraph] = blocks('**The Coalition**  \n**Joint Statement**  \n**2018**\n\nFirst paragraph.')
    expect(title).toMatchObject({ type: 'heading', level: 1, id: 'title', text: 'The Coalition\nJoint Statement\n2018' })
    expect(paragraph).toMatchObject({ type: 'paragraph', id: 'intro-p1', text: 'First paragraph.' })
  })

  it('keeps a single bold line, or bold lines later in the document, as paragraphs', () => {
    expect(blocks('**Only one bold line**\n\nText.')[0]).toMatchObject({ type: 'paragraph', id: 'intro-p1' })
    const later = blocks('Text.\n\n**A**  \n**B**')
    expect(later[1]).toMatchObject({ type: 'paragraph', id: 'intro-p2', text: 'A\nB' })
  })

  it('gives headings slug ids and numbers paragraphs per section, restarting at each heading', () => {
    const result = blocks(
      ['Before any heading.', '', '## About the Coalition', '', 'One.', '', 'Two.', '', '### Mission & Vision', '', 'Three.'].join('\n'),
    )
    expect(result.map((block) => [block.type, block.id])).toEqual([
      ['paragraph', 'intro-p1'],
      ['heading', 'about-the-coalition'],
      ['paragraph', 'about-the-coalition-p1'],
      ['paragraph', 'about-the-coalition-p2'],
      ['heading', 'mission-vision'],
      ['paragraph', 'mission-vision-p1'],
    ])
    expect(result[1]).toMatchObject({ level: 2, text: 'About the Coalition' })
    expect(result[4]).toMatchObject({ level: 3 })
  })

  it('uses the heading text without marks for the id and text', () => {
    const [heading] = blocks('## **About the *Freedom* Online Coalition**')
    expect(heading).toMatchObject({ id: 'about-the-freedom-online-coalition', text: 'About the Freedom Online Coalition' })
  })

  it('gives duplicate ids a numeric suffix', () => {
    const result = blocks(['## Notes', '', 'A.', '', '## Notes', '', 'B.', '', '## Notes'].join('\n'))
    const ids = result.map((block) => block.id)
    expect(ids).toEqual(['notes', 'notes-p1', 'notes-2', 'notes-p1-2', 'notes-3'])
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('numbers lists per section and keeps items as inline runs', () => {
    const [, unordered, ordered] = blocks('## Items\n\n- first *one*\n- second\n\nBreak.\n\n1. third')
    expect(unordered).toMatchObject({ type: 'list', ordered: false, id: 'items-list1', text: 'first one\nsecond' })
    expect(ordered).toMatchObject({ type: 'paragraph', id: 'items-p1' })
    const list = blocks('## Items\n\n1. third\n2. fourth')[1]
    expect(list).toMatchObject({ type: 'list', ordered: true, id: 'items-list1', text: 'third\nfourth' })
    if (list?.type !== 'list') throw new Error('expected a list')
    expect(list.items).toHaveLength(2)
  })

  it('rejects list items with more than a paragraph', () => {
    const error = errorFor('Intro.\n\n- item\n\n  second paragraph')
    expect(error.line).toBe(OFFSET + 2)
    expect(error.message).toContain('list items must be a single paragraph')
  })

  it('drops thematic breaks', () => {
    expect(blocks('A.\n\n---\n\nB.').map((block) => block.id)).toEqual(['intro-p1', 'intro-p2'])
  })

  it('rejects an empty document and an empty heading', () => {
    expect(errorFor('\n\n   \n').message).toBe(`${FILE}:${OFFSET}: the document has no text`)
    expect(errorFor('Text.\n\n##').message).toBe(`${FILE}:${OFFSET + 2}: empty heading`)
  })
})

describe('markdownToBlocks: inlines', () => {
  it('converts strong, emphasis, links and hard breaks', () => {
    const [paragraph] = blocks('Plain **bold *both*** _em_ [a link](https://example.org/x) end  \nnext line')
    if (paragraph?.type !== 'paragraph') throw new Error('expected a paragraph')
    expect(paragraph.inlines).toEqual([
      { type: 'text', text: 'Plain ', marks: [] },
      { type: 'text', text: 'bold ', marks: ['strong'] },
      { type: 'text', text: 'both', marks: ['strong', 'emphasis'] },
      { type: 'text', text: ' ', marks: [] },
      { type: 'text', text: 'em', marks: ['emphasis'] },
      { type: 'text', text: ' ', marks: [] },
      { type: 'link', href: 'https://example.org/x', children: [{ type: 'text', text: 'a link', marks: [] }] },
      { type: 'text', text: ' end', marks: [] },
      { type: 'break' },
      { type: 'text', text: 'next line', marks: [] },
    ])
    expect(paragraph.text).toBe('Plain bold both em a link end\nnext line')
  })

  it('keeps marks inside links', () => {
    const [paragraph] = blocks('**[bold link](http://example.org)**')
    if (paragraph?.type !== 'paragraph') throw new Error('expected a paragraph')
    expect(paragraph.inlines).toEqual([
      { type: 'link', href: 'http://example.org', children: [{ type: 'text', text: 'bold link', marks: ['strong'] }] },
    ])
  })

  it('reads soft line breaks as single spaces', () => {
    const [paragraph] = blocks('one\ntwo \n   three\r\nfour')
    expect(paragraph?.text).toBe('one two three four')
  })

  it('drops hard breaks at the start or end of a block', () => {
    // A backslash at the end of a line is a hard break, here before any text.
    const [paragraph] = blocks('\\\ntext')
    expect(paragraph?.text).toBe('text')
    if (paragraph?.type !== 'paragraph') throw new Error('expected a paragraph')
    expect(paragraph.inlines).toEqual([{ type: 'text', text: 'text', marks: [] }])
  })

  it('inlinesText joins runs, breaks and link text', () => {
    expect(
      inlinesText([
        { type: 'text', text: 'a', marks: [] },
        { type: 'break' },
        { type: 'link', href: 'https://x.org', children: [{ type: 'text', text: 'b', marks: ['strong'] }] },
      ]),
    ).toBe('a\nb')
  })
})

describe('markdownToBlocks: unsupported Markdown is a content error with file and line', () => {
  const cases: Array<[name: string, body: string, line: number, detail: string]> = [
    ['raw HTML block', 'Intro.\n\n<script>alert(1)</script>', OFFSET + 2, 'unsupported Markdown: html'],
    ['inline HTML', 'Intro.\n\nText <b>bold</b> here.', OFFSET + 2, 'unsupported Markdown: html'],
    ['an image', 'Intro.\n\n![alt](https://example.org/a.png)', OFFSET + 2, 'unsupported Markdown: image'],
    ['a fenced code block', 'Intro.\n\n```\ncode\n```', OFFSET + 2, 'unsupported Markdown: code'],
    ['an indented code block', 'Intro.\n\n    code', OFFSET + 2, 'unsupported Markdown: code'],
    ['inline code', 'Intro.\n\nUse `code` here.', OFFSET + 2, 'unsupported Markdown: inlineCode'],
    ['a block quote', 'Intro.\n\n> quoted', OFFSET + 2, 'unsupported Markdown: blockquote'],
    ['a table', 'Intro.\n\n| a | b |\n| --- | :-: |\n| 1 | 2 |', OFFSET + 2, 'unsupported Markdown: table'],
    ['a table without outer pipes', 'Intro.\n\nSome text.\na | b\n--|--', OFFSET + 3, 'unsupported Markdown: table'],
    ['a link reference definition', 'Intro.\n\n[x]: https://example.org', OFFSET + 2, 'unsupported Markdown: definition'],
  ]
  for (const [name, body, line, detail] of cases) {
    it(`rejects ${name}`, () => {
      const error = errorFor(body)
      expect(error.file).toBe(FILE)
      expect(error.line).toBe(line)
      expect(error.message).toBe(`${FILE}:${line}: ${detail}`)
    })
  }

  it('rejects javascript:, relative and other non-web links', () => {
    expect(errorFor('Intro.\n\n[x](javascript:alert(1))').message).toBe(`${FILE}:${OFFSET + 2}: link "javascript:alert(1)" must use http or https`)
    expect(errorFor('[x](JavaScript:alert(1))').message).toContain('must use http or https')
    expect(errorFor('[x](mailto:a@example.org)').message).toContain('must use http or https')
    expect(errorFor('[x](/relative/path)').message).toContain('is not an absolute URL')
  })

  it('accepts prose that merely contains pipes and dashes', () => {
    expect(blocks('A - B | C - D\n\nresolutions 20/8 - 26/13')).toHaveLength(2)
  })
})

describe('slugify', () => {
  it('folds accents, lower-cases and joins words with hyphens', () => {
    expect(slugify('San José Statement')).toBe('san-jose-statement')
    expect(slugify('  ITU: PP-18 (2018)!  ')).toBe('itu-pp-18-2018')
  })

  it('returns "" for text without ASCII letters or digits, and caps the length', () => {
    expect(slugify('中文 — ✓')).toBe('')
    const long = slugify('word '.repeat(40))
    expect(long.length).toBeLessThanOrEqual(60)
    expect(long.endsWith('-')).toBe(false)
  })

  it('falls back to "section" for a heading with no slug', () => {
    expect(blocks('## 中文\n\nText.').map((block) => block.id)).toEqual(['section', 'section-p1'])
  })
})
