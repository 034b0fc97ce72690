import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx'
import { describe, expect, it } from 'vitest'
import { libraryDocumentSchema } from '../../../shared/document-model'
import { MAX_DOCUMENT_BYTES } from '../../../shared/added-documents'
import { DocumentRefusal } from './document-refusal'
import { parseUserFile, type ParsedFile } from './parse-file'

const text = (value: string): Uint8Array => new TextEncoder().encode(value)

async function parse(fileName: string, bytes: Uint8Array | string): Promise<ParsedFile> {
  return parseUserFile({ fileName, bytes: typeof bytes === 'string' ? text(bytes) : bytes })
}

async function refusal(fileName: string, bytes: Uint8Array | string): Promise<string> {
  try {
    await parse(fileName, bytes)
  } catch (error) {
    if (error instanceof DocumentRefusal) return error.message
    throw error
  }
  throw new Error(`${fileName} was accepted`)
}

/** The parsed file is a valid library document once given an id and the user's facts. */
function expectValidModel(parsed: ParsedFile): void {
  const document = { ...parsed, id: 'my-test', kind: 'draft', date: '2026-12-06', issuingBody: 'Added by you' }
  expect(libraryDocumentSchema.safeParse(document).success).toBe(true)
  for (const block of parsed.blocks) expect([...parsed.plainText].slice(block.range.start, block.range.end).join('')).toBe(block.text)
}

describe('parseUserFile: Markdown and plain text', () => {
  it('reads Markdown into headings, paragraphs and lists with stable ids; the title is the first heading', async () => {
    const parsed = await parse('draft.md', '# Draft resolution\n\nThe *conference* resolves.\n\n- one\n- two\n\n## Annex\n\nLast words.')
    expect(parsed.title).toBe('Draft resolution')
    expect(parsed.format).toBe('markdown')
    expect(parsed.blocks.map((block) => [block.type, block.id])).toEqual([
      ['heading', 'draft-resolution'],
      ['paragraph', 'draft-resolution-p1'],
      ['list', 'draft-resolution-list1'],
      ['heading', 'annex'],
      ['paragraph', 'annex-p1'],
    ])
    expect(parsed.version).toMatch(/^[0-9a-f]{16}$/)
    expectValidModel(parsed)
  })

  it('keeps the words of what the reader cannot show and drops images and raw HTML, never failing', async () => {
    const source = ['---', 'title: "From front matter"', '---', 'Text with ![an image](x.png) and <b>html</b> and `code`.', '', '```', 'let x = 1', '```', '', '<div onclick="x()">raw</div>', '', '> quoted words', '', '| a | b |', '|---|---|', '| c | d |'].join('\n')
    const parsed = await parse('odd.md', source)
    expect(parsed.title).toBe('From front matter')
    expect(parsed.plainText).toContain('Text with and html and code.')
    expect(parsed.plainText).toContain('let x = 1')
    expect(parsed.plainText).toContain('quoted words')
    expect(parsed.plainText).not.toContain('onclick')
    expect(parsed.plainText).not.toContain('image')
    expectValidModel(parsed)
  })

  it('keeps only web and mail links', async () => {
    const parsed = await parse('links.md', '[web](https://example.org) [mail](mailto:a@example.org) [bad](javascript:alert(1)) [rel](/x)')
    const [paragraph] = parsed.blocks
    if (paragraph?.type !== 'paragraph') throw new Error('expected a paragraph')
    expect(paragraph.inlines.filter((inline) => inline.type === 'link').map((inline) => (inline.type === 'link' ? inline.href : ''))).toEqual(['https://example.org/', 'mailto:a@example.org'])
    expect(paragraph.text).toBe('web mail bad rel')
  })

  it('splits plain text into paragraphs on blank lines and joins wrapped lines; the title is the file name', async () => {
    const parsed = await parse('position paper.txt', 'First line\nwraps here.\n\n  \nSecond paragraph.\r\n\r\nThird.')
    expect(parsed.blocks.map((block) => block.text)).toEqual(['First line wraps here.', 'Second paragraph.', 'Third.'])
    expect(parsed.blocks.every((block) => block.type === 'paragraph')).toBe(true)
    expect(parsed.title).toBe('position paper')
    expectValidModel(parsed)
  })

  it('reads text that is not UTF-8 as Windows-1252', async () => {
    const parsed = await parse('old.txt', Uint8Array.from([0x53, 0xe3, 0x6f, 0x20, 0x50, 0x61, 0x75, 0x6c, 0x6f]))
    expect(parsed.plainText).toBe('São Paulo')
  })
})

describe('parseUserFile: HTML', () => {
  const page = [
    '<!doctype html><html><head><title>Position of Ruritania</title><style>p{color:red}</style>',
    '<script>window.pwned = true</script></head><body onload="steal()">',
    '<h1 onclick="x()">Our position</h1><p>We support <a href="https://example.org/doc" onmouseover="x()">open</a> networks',
    ' and <a href="javascript:alert(1)">safe</a> ones.</p><img src="x" onerror="alert(1)">',
    '<form action="https://evil.example"><input name="q" value="secret input"><button>Send</button></form>',
    '<ul><li>First</li><li>Second<ul><li>Nested</li></ul></li></ul>',
    '<table><tr><td>Cell A</td><td>Cell B</td></tr></table><iframe src="https://evil.example"></iframe>',
    '<noscript>no script text</noscript><p>Unique word zanzibarite.</p></body></html>',
  ].join('')

  it('keeps headings, paragraphs, lists, table text and web links; scripts, styles, images, forms and handlers never survive', async () => {
    const parsed = await parse('position.html', page)
    expect(parsed.title).toBe('Position of Ruritania')
    expect(parsed.format).toBe('html')
    const json = JSON.stringify(parsed)
    for (const gone of ['pwned', 'color:red', 'onerror', 'onclick', 'onload', 'steal', 'alert', 'secret input', 'Send', 'evil.example', 'no script text', 'javascript']) {
      expect(json).not.toContain(gone)
    }
    expect(parsed.blocks[0]).toMatchObject({ type: 'heading', text: 'Our position' })
    expect(parsed.plainText).toContain('We support open networks and safe ones.')
    expect(parsed.plainText).toContain('First\nSecond\nNested')
    expect(parsed.plainText).toContain('Cell A · Cell B')
    expect(parsed.plainText).toContain('zanzibarite')
    expect(json).toContain('"href":"https://example.org/doc"')
    expectValidModel(parsed)
  })
})

describe('parseUserFile: Word', () => {
  it('reads a .docx made with the docx package: headings from styles, paragraphs, bold text', async () => {
    const document = new Document({
      sections: [
        {
          children: [
            new Paragraph({ text: 'Draft decision', heading: HeadingLevel.HEADING_1 }),
            new Paragraph({ children: [new TextRun('The plenipotentiary '), new TextRun({ text: 'decides', bold: true }), new TextRun(' quokkaword.')] }),
          ],
        },
      ],
    })
    const bytes = new Uint8Array(await Packer.toBuffer(document))
    const parsed = await parse('decision.docx', bytes)
    expect(parsed.format).toBe('docx')
    expect(parsed.title).toBe('Draft decision')
    expect(parsed.blocks[0]).toMatchObject({ type: 'heading', level: 1, text: 'Draft decision' })
    expect(parsed.blocks[1]).toMatchObject({ type: 'paragraph', text: 'The plenipotentiary decides quokkaword.' })
    expectValidModel(parsed)
  })

  it('names a .docx by the title in its properties, before its first heading', async () => {
    const document = new Document({
      title: 'Draft decision on spectrum & orbits (L.3/Rev.1)',
      sections: [{ children: [new Paragraph({ text: 'Preamble', heading: HeadingLevel.HEADING_1 }), new Paragraph('The conference decides.')] }],
    })
    const parsed = await parse('l3.docx', new Uint8Array(await Packer.toBuffer(document)))
    expect(parsed.title).toBe('Draft decision on spectrum & orbits (L.3/Rev.1)')
    expect(parsed.blocks[0]).toMatchObject({ type: 'heading', text: 'Preamble' })
  })
})

describe('parseUserFile: refusals name the file and say why', () => {
  it('an empty file, or one with no text', async () => {
    expect(await refusal('empty.md', '')).toBe('“empty.md” is empty: there is nothing to add.')
    expect(await refusal('blank.txt', ' \n\n \t\n')).toBe('“blank.txt” has no text to read: nothing was added.')
    expect(await refusal('images.html', '<p><img src="a.png"></p><script>x()</script>')).toContain('“images.html” has no text')
  })

  it('a program renamed .docx, a zip that is not Word, text renamed .docx', async () => {
    const exe = Uint8Array.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00])
    expect(await refusal('report.docx', exe)).toBe('“report.docx” is a program, not a document: it was not added.')
    expect(await refusal('report.docx', 'just text')).toContain('“report.docx” is not a Word document')
    const zip = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0, 0])
    expect(await refusal('archive.docx', zip)).toContain('“archive.docx” could not be read as a Word document')
  })

  it('unknown types, binary text, oversized files (PDF: see parse-pdf.test.ts)', async () => {
    expect(await refusal('slides.pptx', 'x')).toContain('“slides.pptx” is not a kind of file that can be added')
    expect(await refusal('data.txt', Uint8Array.from([0x61, 0x00, 0x62]))).toContain('“data.txt” holds binary data')
    expect(await refusal('huge.txt', new Uint8Array(MAX_DOCUMENT_BYTES + 1))).toContain('“huge.txt” is larger than 50 MB')
  })
})
