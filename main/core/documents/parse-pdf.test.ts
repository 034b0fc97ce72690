import { describe, expect, it } from 'vitest'
import { MAX_DOCUMENT_BYTES } from '../../../shared/added-documents'
import { libraryDocumentSchema } from '../../../shared/document-model'
import { DocumentRefusal } from './document-refusal'
import { detectFormat } from './file-format'
import { parseUserFile, type ParsedFile } from './parse-file'
import { meaningfulTitle } from './parse-pdf'
import { makePdf, PDF_PAGE_HEIGHT, type PdfLine, type PdfPage } from './testing/make-pdf'

const LEFT = 72
const BODY = 11
const LEADING = 14

/** Lines of body text from `top` down, one per string, at the usual line spacing. */
function bodyLines(texts: readonly string[], top: number, x = LEFT): PdfLine[] {
  return texts.map((text, index) => ({ text, x, y: top - index * LEADING, size: BODY }))
}

async function parsePdf(pages: readonly PdfPage[], title?: string, fileName = 'draft.pdf'): Promise<ParsedFile> {
  return parseUserFile({ fileName, bytes: makePdf({ pages, ...(title === undefined ? {} : { title }) }) })
}

async function refusal(fileName: string, bytes: Uint8Array): Promise<string> {
  try {
    await parseUserFile({ fileName, bytes })
  } catch (error) {
    if (error instanceof DocumentRefusal) return error.message
    throw error
  }
  throw new Error(`${fileName} was accepted`)
}

function texts(parsed: ParsedFile): string[] {
  return parsed.blocks.map((block) => block.text)
}

describe('parseUserFile: PDF text layer', () => {
  it('joins the lines of a paragraph, breaks paragraphs at a larger gap and at an indented first line', async () => {
    const parsed = await parsePdf([
      {
        lines: [
          ...bodyLines(['The conference recalls its earlier decisions on the', 'development of telecommunications in all regions.'], 700),
          // A blank line's worth of extra space: a new paragraph.
          ...bodyLines(['It further resolves to keep the matter under review and', 'to report on progress at its next session.'], 700 - 2 * LEADING - LEADING),
          // No extra space, but the first line is indented: a new paragraph.
          { text: 'Member States are invited to contribute to this', x: LEFT + 18, y: 700 - 5 * LEADING, size: BODY },
          ...bodyLines(['work, in particular through the study groups.'], 700 - 6 * LEADING),
        ],
      },
    ])
    expect(texts(parsed)).toEqual([
      'The conference recalls its earlier decisions on the development of telecommunications in all regions.',
      'It further resolves to keep the matter under review and to report on progress at its next session.',
      'Member States are invited to contribute to this work, in particular through the study groups.',
    ])
    expect(parsed.format).toBe('pdf')
    const document = { ...parsed, id: 'my-test', kind: 'draft', date: '2026-12-06', issuingBody: 'Added by you' }
    expect(libraryDocumentSchema.safeParse(document).success).toBe(true)
  })

  it('joins a word hyphenated at a line end, and keeps the hyphen before a capital', async () => {
    const parsed = await parsePdf([
      { lines: bodyLines(['The Union promotes inter-', 'national cooperation in the Asia-', 'Pacific region and well beyond it.'], 700) },
    ])
    expect(texts(parsed)).toEqual(['The Union promotes international cooperation in the Asia-Pacific region and well beyond it.'])
  })

  it('finds headings by font size, with levels by size, and names the document by its first heading', async () => {
    const parsed = await parsePdf([
      {
        lines: [
          { text: 'Draft resolution on connectivity', x: LEFT, y: 720, size: 20 },
          ...bodyLines(['The conference, considering the need for access for all.'], 690),
          { text: 'Operative part', x: LEFT, y: 650, size: 14 },
          ...bodyLines(['Resolves to instruct the Secretary-General to report back.'], 625),
        ],
      },
    ])
    expect(parsed.blocks.map((block) => [block.type, block.type === 'heading' ? block.level : 0, block.text])).toEqual([
      ['heading', 1, 'Draft resolution on connectivity'],
      ['paragraph', 0, 'The conference, considering the need for access for all.'],
      ['heading', 2, 'Operative part'],
      ['paragraph', 0, 'Resolves to instruct the Secretary-General to report back.'],
    ])
    expect(parsed.blocks[0]?.id).toBe('draft-resolution-on-connectivity')
    expect(parsed.title).toBe('Draft resolution on connectivity')
  })

  it('takes a meaningful metadata title, and ignores placeholders and file names', async () => {
    const pages = [{ lines: [{ text: 'First heading here', x: LEFT, y: 720, size: 20 }, ...bodyLines(['Body text that is longer than the heading.'], 690)] }]
    expect((await parsePdf(pages, 'Proposal of the Group of States')).title).toBe('Proposal of the Group of States')
    expect((await parsePdf(pages, 'Microsoft Word - draft3.docx')).title).toBe('First heading here')
    expect(meaningfulTitle('untitled')).toBeUndefined()
    expect(meaningfulTitle('  ')).toBeUndefined()
    expect(meaningfulTitle('Rev.1 of A/CONF/L.3')).toBe('Rev.1 of A/CONF/L.3')
  })

  it('drops headers, footers and page numbers repeated on every page, and carries a paragraph across a page break', async () => {
    const furniture = (page: number): PdfLine[] => [
      { text: 'A/CONF.230/L.3', x: 450, y: PDF_PAGE_HEIGHT - 40, size: 9 },
      { text: `Page ${page} of 3`, x: page % 2 === 0 ? LEFT : 480, y: 36, size: 9 },
    ]
    const parsed = await parsePdf([
      { lines: [...furniture(1), ...bodyLines(['The first page says that the conference will meet', 'again and that the next meeting of the group'], 700)] },
      { lines: [...furniture(2), ...bodyLines(['will decide its own programme of work for the year.', 'Nothing further was said on that first page.'], 700)] },
      { lines: [...furniture(3), ...bodyLines(['The third page is a paragraph of its own and ends.'], 700)] },
    ])
    expect(texts(parsed)).toEqual([
      'The first page says that the conference will meet again and that the next meeting of the group will decide its own programme of work for the year. Nothing further was said on that first page.',
      'The third page is a paragraph of its own and ends.',
    ])
  })

  it('drops a header whose words change by chapter when it stands apart from the text at the same height on many pages', async () => {
    const page = (chapter: string, text: string): PdfPage => ({
      lines: [{ text: chapter, x: LEFT, y: PDF_PAGE_HEIGHT - 40, size: BODY }, ...bodyLines([text, 'and the words of the page go on to its second line here.'], 700)],
    })
    const parsed = await parsePdf([
      page('Chapter 1: Scope', 'The first chapter sets out the scope of the draft text'),
      page('Chapter 1: Scope', 'and the first chapter goes on over the second page of it'),
      page('Chapter 2: Definitions and terms', 'The second chapter defines the terms the draft uses'),
      page('Chapter 3: Final provisions', 'The third chapter holds the final provisions of it all'),
    ])
    expect(parsed.plainText).not.toContain('Chapter')
    expect(parsed.plainText).toContain('The second chapter defines the terms the draft uses')
  })

  it('drops a page number standing alone at the bottom of a page, even on one page of many', async () => {
    const page = (text: string, footer?: string): PdfPage => ({
      lines: [...bodyLines([text], 700), ...(footer ? [{ text: footer, x: 300, y: 40, size: 9 }] : [])],
    })
    const parsed = await parsePdf([page('First page of the text.', '- 1 -'), page('Second page of the text.'), page('Third page of the text.'), page('Fourth page of the text.'), page('Fifth page of the text.')])
    expect(texts(parsed)).toEqual(['First page of the text.', 'Second page of the text.', 'Third page of the text.', 'Fourth page of the text.', 'Fifth page of the text.'])
  })

  it('keeps a heading that starts every page alike, and body text that starts every page with a changing number', async () => {
    const page = (number: number): PdfPage => ({
      lines: [
        { text: `Section ${number}`, x: LEFT, y: PDF_PAGE_HEIGHT - 60, size: 16 },
        ...bodyLines([`Text of section ${number}: the conference considers the proposals before it and notes`, 'the work of the study groups on each of them, as it did before.'], PDF_PAGE_HEIGHT - 90),
      ],
    })
    const parsed = await parsePdf([page(1), page(2), page(3)])
    expect(parsed.blocks.filter((block) => block.type === 'heading').map((block) => block.text)).toEqual(['Section 1', 'Section 2', 'Section 3'])
    expect(parsed.plainText).toContain('Text of section 3: the conference considers')
  })

  it('keeps a line that only looks like a header when it is on one page', async () => {
    const parsed = await parsePdf([
      { lines: [{ text: 'Opening words at the top.', x: LEFT, y: PDF_PAGE_HEIGHT - 40, size: BODY }, ...bodyLines(['Body text on page one.'], 700)] },
      { lines: bodyLines(['Body text on page two.'], 700) },
    ])
    expect(parsed.plainText).toContain('Opening words at the top.')
  })

  it('reads bulleted lines as a list and keeps numbered paragraphs with their numbers', async () => {
    const parsed = await parsePdf([
      {
        lines: bodyLines(['The conference:', '• first point made,', '• second point made;', '1. Decides to act now;', '2. Requests a report.'], 700),
      },
    ])
    expect(parsed.blocks.map((block) => block.type)).toEqual(['paragraph', 'list', 'paragraph', 'paragraph'])
    expect(parsed.blocks[1]?.type === 'list' ? parsed.blocks[1].items.length : 0).toBe(2)
    expect(texts(parsed).slice(2)).toEqual(['1. Decides to act now;', '2. Requests a report.'])
  })
})

describe('parseUserFile: PDF refusals', () => {
  it('a PDF with only images (a scan) is refused: there is no text layer and no OCR', async () => {
    const message = await refusal('scan.pdf', makePdf({ pages: [{ lines: [], image: true }, { lines: [], image: true }] }))
    expect(message).toContain('“scan.pdf” has no text layer: it looks like a scanned image, and the reader cannot read text from images (there is no OCR).')
  })

  it('corrupt, truncated and empty files, and a program renamed .pdf, are refused naming the file', async () => {
    expect(await refusal('broken.pdf', new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage'))).toContain('“broken.pdf” could not be read as a PDF')
    const whole = makePdf({ pages: [{ lines: bodyLines(['Some words.'], 700) }] })
    expect(await refusal('cut.pdf', whole.subarray(0, 40))).toMatch(/“cut\.pdf” (could not be read as a PDF|has no text)/)
    expect(await refusal('empty.pdf', new Uint8Array(0))).toBe('“empty.pdf” is empty: there is nothing to add.')
    const exe = Uint8Array.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00])
    expect(await refusal('setup.pdf', exe)).toBe('“setup.pdf” is a program, not a document: it was not added.')
    expect(await refusal('notes.pdf', new TextEncoder().encode('plain words'))).toContain('“notes.pdf” is not a PDF file')
  })

  it('a PDF over the size limit is refused before it is read', () => {
    // Only the first bytes are looked at; the rest can stay zero.
    const huge = new Uint8Array(MAX_DOCUMENT_BYTES + 1)
    huge.set(new TextEncoder().encode('%PDF-1.7\n'))
    expect(() => detectFormat('huge.pdf', huge)).toThrow('“huge.pdf” is larger than 50 MB')
  })

  it('a PDF under another name is read as a PDF, and the bytes given are left as they were', async () => {
    const bytes = makePdf({ pages: [{ lines: bodyLines(['Words of a PDF.'], 700) }] })
    const copy = bytes.slice()
    const parsed = await parseUserFile({ fileName: 'download.txt', bytes })
    expect(parsed.format).toBe('pdf')
    expect(parsed.plainText).toBe('Words of a PDF.')
    // The original file is stored from these bytes after the parse.
    expect(bytes).toEqual(copy)
  })
})
