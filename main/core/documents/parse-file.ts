/**
 * A user's file as a document of the library's block model: detects its
 * format, parses it (leniently), and places its blocks in one plain text
 * with a version hash, exactly as the bundled documents are built. Runs in a
 * worker thread in the app (parse-worker.ts) and in-process in tests.
 */
import type { AddedDocumentFormat, Block } from '../../../shared/document-model'
import { MAX_DOCUMENT_TITLE_LENGTH } from '../../../shared/added-documents'
import { contentVersion, placeBlocks } from './block-builder'
import { DocumentRefusal, quoteFileName } from './document-refusal'
import { decodeText, detectFormat } from './file-format'
import { docxBlocks } from './parse-docx'
import { htmlBlocks } from './parse-html'
import { pdfBlocks } from './parse-pdf'
import { markdownBlocks, plainTextBlocks, type ParsedBlocks } from './parse-markdown'

/** A file to read: its name (for its format and for messages) and its bytes. */
export interface UserFile {
  readonly fileName: string
  readonly bytes: Uint8Array
}

/** A parsed file: everything of a library document but its id and the facts the user gives. */
export interface ParsedFile {
  readonly title: string
  readonly format: AddedDocumentFormat
  readonly blocks: Block[]
  readonly plainText: string
  readonly version: string
}

/** Parses `file`; throws DocumentRefusal (naming the file) when it cannot be added. */
export async function parseUserFile(file: UserFile): Promise<ParsedFile> {
  const format = detectFormat(file.fileName, file.bytes)
  const parsed = await blocksOf(format, file)
  if (parsed.blocks.length === 0) throw new DocumentRefusal(`${quoteFileName(file.fileName)} has no text to read: nothing was added.`)
  const { blocks, plainText } = placeBlocks(parsed.blocks)
  return { title: chooseTitle(file.fileName, parsed), format, blocks, plainText, version: contentVersion(plainText) }
}

async function blocksOf(format: AddedDocumentFormat, file: UserFile): Promise<ParsedBlocks> {
  switch (format) {
    case 'markdown':
      return markdownBlocks(decodeText(file.fileName, file.bytes))
    case 'text':
      return plainTextBlocks(decodeText(file.fileName, file.bytes))
    case 'html':
      return htmlBlocks(decodeText(file.fileName, file.bytes))
    case 'docx':
      return docxBlocks(file.fileName, file.bytes)
    case 'pdf':
      return pdfBlocks(file.fileName, file.bytes)
  }
}

/** The file's own title, else its first heading, else its name without the extension. */
function chooseTitle(fileName: string, parsed: ParsedBlocks): string {
  const heading = parsed.blocks.find((block) => block.type === 'heading')?.text
  const stem = fileName.replace(/\.[^.]+$/, '')
  const title = [parsed.title, heading, stem, fileName].map((each) => each?.replace(/\s+/g, ' ').trim() ?? '').find((each) => each !== '') ?? 'Untitled'
  return title.length > MAX_DOCUMENT_TITLE_LENGTH ? `${title.slice(0, MAX_DOCUMENT_TITLE_LENGTH - 1).trimEnd()}…` : title
}
