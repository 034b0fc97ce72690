/**
 * Writes small, valid PDF files for tests: pages of text lines placed at
 * given positions and sizes in the standard Helvetica font (which a PDF
 * reader knows without the file embedding it), optionally a grey image
 * instead of text, and an optional Title in the document information.
 * Objects and the cross-reference table are written by hand, so tests need
 * no PDF library.
 */

/** A line of text: its baseline's left end in points from the page's bottom left, and its font size. */
export interface PdfLine {
  readonly text: string
  readonly x: number
  readonly y: number
  readonly size: number
}

/** A page: its lines, and whether it also shows an image (a page with only an image has no text layer). */
export interface PdfPage {
  readonly lines: readonly PdfLine[]
  readonly image?: boolean
}

/** What to write. */
export interface PdfSpec {
  readonly pages: readonly PdfPage[]
  readonly title?: string
}

/** US Letter, in points. */
export const PDF_PAGE_WIDTH = 612
export const PDF_PAGE_HEIGHT = 792

/** The bytes of a PDF with `spec`'s pages (text is Latin-1, plus bullets, dashes and curly quotes). */
export function makePdf(spec: PdfSpec): Uint8Array {
  const objects: string[] = []
  const add = (body: string): number => objects.push(body)
  const catalog = add('')
  const pagesRoot = add('')
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
  // A 2 × 2 grey image: enough for a page that holds a picture and no text.
  const image = add(stream('<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8', '\x40\x80\xc0\xff'))
  const pageIds = spec.pages.map((page) => {
    const content = add(stream('<<', pageContent(page)))
    return add(
      `<< /Type /Page /Parent ${pagesRoot} 0 R /MediaBox [0 0 ${PDF_PAGE_WIDTH} ${PDF_PAGE_HEIGHT}] ` +
        `/Resources << /Font << /F1 ${font} 0 R >> /XObject << /Im1 ${image} 0 R >> >> /Contents ${content} 0 R >>`,
    )
  })
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesRoot} 0 R >>`
  objects[pagesRoot - 1] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`
  const info = spec.title === undefined ? undefined : add(`<< /Title (${escapeText(spec.title)}) /Producer (make-pdf test helper) >>`)

  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
  const offsets = objects.map((body, index) => {
    const offset = out.length
    out += `${index + 1} 0 obj\n${body}\nendobj\n`
    return offset
  })
  const xref = out.length
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  out += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${info ? ` /Info ${info} 0 R` : ''} >>\nstartxref\n${xref}\n%%EOF\n`
  return latin1(out)
}

function pageContent(page: PdfPage): string {
  const image = page.image ? 'q 300 0 0 200 150 400 cm /Im1 Do Q\n' : ''
  const text = page.lines.map((line) => `BT /F1 ${line.size} Tf ${line.x} ${line.y} Td (${escapeText(line.text)}) Tj ET\n`).join('')
  return image + text
}

function stream(dictionaryStart: string, data: string): string {
  return `${dictionaryStart} /Length ${data.length} >>\nstream\n${data}\nendstream`
}

/** Characters outside Latin-1 that tests use, as WinAnsiEncoding codes them. */
const WIN_ANSI: Readonly<Record<string, string>> = { '•': '\x95', '–': '\x96', '—': '\x97', '‘': '\x91', '’': '\x92', '“': '\x93', '”': '\x94' }

function escapeText(text: string): string {
  return text.replace(/[\\()]/g, (character) => `\\${character}`).replace(/[•–—‘’“”]/g, (character) => WIN_ANSI[character] ?? '?')
}

function latin1(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length)
  for (let index = 0; index < text.length; index++) bytes[index] = text.charCodeAt(index) & 0xff
  return bytes
}
