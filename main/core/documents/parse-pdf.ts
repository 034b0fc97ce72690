// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- the worker module's types must come along into every project that compiles this file (e2e's too)
/// <reference path="./pdfjs-worker.d.ts" />
/**
 * A PDF as blocks, from its text layer read with pdf.js: each page's text
 * runs become lines (pdf-lines.ts), running headers, footers and page
 * numbers are dropped (pdf-running-lines.ts), and paragraphs, headings and
 * lists are rebuilt from the lines (pdf-layout.ts). pdf.js runs in this
 * thread (its "fake worker": the app already parses in a worker thread),
 * never evaluates code from the file, and fetches nothing: no fonts, no
 * character maps, no image decoders are loaded, since only text is read.
 * A PDF without text (a scan) is refused, as there is no OCR.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { mdastToBlocks } from './mdast-to-blocks'
import { DocumentRefusal, quoteFileName } from './document-refusal'
import { linesToTree } from './pdf-layout'
import { linesOfPage, type PdfPageLines, type PdfTextRun } from './pdf-lines'
import { runningLines } from './pdf-running-lines'
import type { ParsedBlocks } from './parse-markdown'

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs')

let loading: Promise<PdfJs> | undefined

/** Stands in for a drawing class pdf.js constructs when it loads and never uses to read text. */
class InertStandIn {
  readonly inert = true
}

/**
 * pdf.js, loaded on first use. Its display layer builds a DOMMatrix when it
 * loads, which Node lacks; the reader never draws a page, so inert stand-ins
 * do. The worker's message handler is handed over as `globalThis.pdfjsWorker`,
 * which makes pdf.js run its worker side in this thread rather than load a
 * script.
 */
function loadPdfJs(): Promise<PdfJs> {
  loading ??= (async () => {
    const scope = globalThis as Record<string, unknown>
    for (const name of ['DOMMatrix', 'ImageData', 'Path2D']) scope[name] ??= InertStandIn
    scope['pdfjsWorker'] ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs')
    return import('pdfjs-dist/legacy/build/pdf.mjs')
  })()
  return loading
}

/** The blocks of the PDF file `bytes` and its title, if its metadata has a meaningful one; throws DocumentRefusal when it cannot be read. */
export async function pdfBlocks(fileName: string, bytes: Uint8Array): Promise<ParsedBlocks> {
  const pdfjs = await loadPdfJs()
  const name = quoteFileName(fileName)
  const task = pdfjs.getDocument({
    // pdf.js takes over the buffer it is given: a copy keeps the caller's bytes (the original file is kept as it came).
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    useWasm: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    enableXfa: false,
    disableAutoFetch: true,
    disableStream: true,
    disableRange: true,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  })
  let document: PDFDocumentProxy
  try {
    document = await task.promise
  } catch (error) {
    await task.destroy()
    if (error instanceof Error && error.name === 'PasswordException') {
      throw new DocumentRefusal(`${name} is protected by a password, so its text cannot be read: save a copy without the password and add that.`)
    }
    throw new DocumentRefusal(`${name} could not be read as a PDF: the file may be damaged or incomplete. Nothing was added.`)
  }
  try {
    const pages = await readPages(document, name)
    if (pages.every((page) => page.lines.length === 0)) {
      throw new DocumentRefusal(
        `${name} has no text layer: it looks like a scanned image, and the reader cannot read text from images (there is no OCR). ` +
          'Add a version with text instead, for example the Word file it was made from. Nothing was added.',
      )
    }
    const dropped = runningLines(pages)
    const lines = pages.flatMap((page, pageIndex) => page.lines.filter((_, index) => !dropped.has(`${pageIndex}:${index}`)))
    const blocks = mdastToBlocks(linesToTree(lines), { strict: false })
    const title = meaningfulTitle(await metadataTitle(document))
    return { blocks, ...(title ? { title } : {}) }
  } finally {
    await document.destroy()
  }
}

async function readPages(document: PDFDocumentProxy, name: string): Promise<PdfPageLines[]> {
  const pages: PdfPageLines[] = []
  for (let number = 1; number <= document.numPages; number++) {
    try {
      const page = await document.getPage(number)
      const content = await page.getTextContent()
      const runs: PdfTextRun[] = content.items.filter((item) => 'str' in item)
      const [, bottom = 0, , top = 0] = page.view
      pages.push({ bottom, top, lines: linesOfPage(runs, number - 1) })
      page.cleanup()
    } catch {
      throw new DocumentRefusal(`Page ${number} of ${name} could not be read: the file may be damaged. Nothing was added.`)
    }
  }
  return pages
}

async function metadataTitle(document: PDFDocumentProxy): Promise<string | undefined> {
  try {
    const { info } = await document.getMetadata()
    const title = (info as Record<string, unknown>)['Title']
    return typeof title === 'string' ? title : undefined
  } catch {
    return undefined
  }
}

/** A title worth showing: not blank, not a placeholder, not a file name some program wrote in. */
export function meaningfulTitle(title: string | undefined): string | undefined {
  const cleaned = title?.replace(/\s+/g, ' ').trim() ?? ''
  if (cleaned.length < 2 || !/\p{L}/u.test(cleaned)) return undefined
  if (/^(untitled|document\d*|title|microsoft word\b.*)$/i.test(cleaned)) return undefined
  if (/\.(pdf|docx?|odt|rtf|txt|html?|indd|tmp)$/i.test(cleaned)) return undefined
  return cleaned
}
