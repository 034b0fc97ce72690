/**
 * A Word document (.docx) as blocks: mammoth turns its styles into semantic
 * HTML (Heading 1 → <h1>, lists, bold, italics, links), which then takes the
 * web-page path, so the same stripping applies. Images are not read at all.
 */
import mammoth from 'mammoth'
import { DocumentRefusal, quoteFileName } from './document-refusal'
import { htmlBlocks } from './parse-html'
import type { ParsedBlocks } from './parse-markdown'

/** The blocks of the .docx file `bytes`; throws DocumentRefusal when it cannot be read. */
export async function docxBlocks(fileName: string, bytes: Uint8Array): Promise<ParsedBlocks> {
  let html: string
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      // An image becomes nothing: its bytes are never decoded or passed on. A linked file outside the document is never read.
      { convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })), externalFileAccess: false },
    )
    html = result.value
  } catch {
    throw new DocumentRefusal(`${quoteFileName(fileName)} could not be read as a Word document: the file may be damaged or in another format.`)
  }
  const { blocks } = htmlBlocks(html)
  return { blocks }
}
