/**
 * A Word document (.docx) as blocks: mammoth turns its styles into semantic
 * HTML (Heading 1 → <h1>, lists, bold, italics, links), which then takes the
 * web-page path, so the same stripping applies. Images are not read at all.
 * The title comes from the file's properties (File › Info › Title in Word),
 * when it has one.
 */
import { unzipSync } from 'fflate'
import mammoth from 'mammoth'
import { DocumentRefusal, quoteFileName } from './document-refusal'
import { firstElementText, htmlBlocks } from './parse-html'
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
  const title = propertiesTitle(bytes)
  return { blocks, ...(title ? { title } : {}) }
}

/** The part of a .docx that holds its properties (Open Packaging Conventions' core properties). */
const CORE_PROPERTIES = 'docProps/core.xml'

/** Core properties are a few hundred bytes; anything far larger is not read. */
const MAX_CORE_PROPERTIES_BYTES = 256 * 1024

/** The title in the file's properties, or "" (none, or unreadable: the first heading then names it). */
function propertiesTitle(bytes: Uint8Array): string {
  try {
    const parts = unzipSync(bytes, { filter: (entry) => entry.name === CORE_PROPERTIES && entry.originalSize <= MAX_CORE_PROPERTIES_BYTES })
    const xml = parts[CORE_PROPERTIES]
    return xml ? firstElementText(new TextDecoder().decode(xml), 'dc:title') : ''
  } catch {
    return ''
  }
}
