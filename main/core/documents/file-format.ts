/**
 * Decides what a user's file is from its name and checks its first bytes
 * agree, so a program renamed .docx or .pdf is refused with a sentence
 * saying so rather than fed to a parser; a PDF is read as one whatever its
 * name says. Text files are decoded here (UTF-8, or UTF-16 with a byte
 * order mark; legacy 8-bit text as Windows-1252).
 */
import type { AddedDocumentFormat } from '../../../shared/document-model'
import { ADDED_DOCUMENT_FORMATS_LABEL, MAX_DOCUMENT_BYTES, MAX_DOCUMENT_SIZE_LABEL } from '../../../shared/added-documents'
import { DocumentRefusal, quoteFileName } from './document-refusal'

const FORMAT_BY_EXTENSION: Readonly<Record<string, AddedDocumentFormat>> = {
  md: 'markdown',
  markdown: 'markdown',
  txt: 'text',
  text: 'text',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  docx: 'docx',
  pdf: 'pdf',
}

/** What a file's first bytes say it is, when they say anything. */
function sniff(bytes: Uint8Array): 'pdf' | 'zip' | 'program' | 'ole' | null {
  const starts = (...signature: number[]): boolean => signature.every((byte, at) => bytes[at] === byte)
  if (starts(0x25, 0x50, 0x44, 0x46)) return 'pdf'
  if (starts(0x50, 0x4b, 0x03, 0x04)) return 'zip'
  // MZ (Windows), ELF (Linux), Mach-O (macOS).
  if (starts(0x4d, 0x5a) || starts(0x7f, 0x45, 0x4c, 0x46) || starts(0xcf, 0xfa, 0xed, 0xfe) || starts(0xca, 0xfe, 0xba, 0xbe)) return 'program'
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) return 'ole'
  return null
}

/** The file's format; throws DocumentRefusal naming the file when it cannot be added. */
export function detectFormat(fileName: string, bytes: Uint8Array): AddedDocumentFormat {
  const name = quoteFileName(fileName)
  if (bytes.length === 0) throw new DocumentRefusal(`${name} is empty: there is nothing to add.`)
  if (bytes.length > MAX_DOCUMENT_BYTES) throw new DocumentRefusal(`${name} is larger than ${MAX_DOCUMENT_SIZE_LABEL}, the largest file that can be added.`)
  const extension = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? ''
  const kind = sniff(bytes)
  if (kind === 'program') throw new DocumentRefusal(`${name} is a program, not a document: it was not added.`)
  if (extension === 'doc' || kind === 'ole') throw new DocumentRefusal(`${name} is an older Word (.doc) file, which cannot be read: save it as .docx and add that.`)
  // A PDF under another name (a download saved as .txt) is still read as the PDF it is.
  if (kind === 'pdf') return 'pdf'
  const format = FORMAT_BY_EXTENSION[extension]
  if (!format) throw new DocumentRefusal(`${name} is not a kind of file that can be added. The reader takes ${ADDED_DOCUMENT_FORMATS_LABEL}.`)
  if (format === 'pdf') throw new DocumentRefusal(`${name} is not a PDF file: it does not start as a PDF does. It may be damaged, or another kind of file renamed .pdf.`)
  if (format === 'docx' && kind !== 'zip') throw new DocumentRefusal(`${name} is not a Word document: its content is not that of a .docx file.`)
  if (format !== 'docx' && kind === 'zip') throw new DocumentRefusal(`${name} is a compressed (zip) file, not text: it was not added.`)
  return format
}

/** A text file's text; throws DocumentRefusal when it holds binary data. */
export function decodeText(fileName: string, bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2))
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2))
  if (bytes.subarray(0, 64 * 1024).includes(0)) throw new DocumentRefusal(`${quoteFileName(fileName)} holds binary data, not text: it was not added.`)
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    // Not UTF-8: text from an older editor, most likely Windows-1252 (a superset of Latin-1 in practice).
    return new TextDecoder('windows-1252').decode(bytes)
  }
}
