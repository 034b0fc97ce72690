/**
 * The documents a user added, in the data folder: `documents/<id>/` holds
 * the original file byte for byte (`original.<ext>`) and `document.json`
 * (the parsed document: blocks, plain text, version, title, kind, date
 * added, file name). Every file is written atomically and fsynced, as the
 * notes are. A folder that cannot be read at start is skipped with a
 * message and left exactly as it is; a removed document's folder is moved
 * to `documents/.removed/`, never deleted. When a revision is added, the
 * text it replaces moves to `documents/<id>/revisions/<n>/` (its original
 * and its document.json, under the id `<id>--rev-<n>`).
 */
import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises'
import path from 'node:path'
import { z } from 'zod'
import { ADDED_DOCUMENT_ID_PREFIX, defaultRevisionLabel, libraryDocumentSchema, revisionDocumentId, type EarlierRevision, type LibraryDocument } from '../../../shared/document-model'
import { describeIssues } from '../../../shared/api-contract'
import { atomicWrite, errorCode, errorMessage, freePath, syncDirectory } from '../notes/durable-files'

/** The folder, inside the data folder, that holds the added documents. */
export const DOCUMENTS_DIR = 'documents'

/** Each document's parsed form, in its folder. */
export const DOCUMENT_FILE = 'document.json'

/** The folder, inside a document's folder, that holds its earlier revisions. */
export const REVISIONS_DIR = 'revisions'

/** Where removed documents' folders go. */
export const REMOVED_DIR = '.removed'

const DOCUMENT_FILE_VERSION = 1

const storedDocumentSchema = z.object({
  formatVersion: z.literal(DOCUMENT_FILE_VERSION),
  /** The original file's name in the folder. */
  originalFile: z.string().regex(/^original(?:\.[a-z0-9]{1,10})?$/),
  document: libraryDocumentSchema.refine((document) => document.added !== undefined, 'a document the user added must say when it was added'),
})

/** What loading found: the documents, and a sentence for each folder that was skipped. */
export interface LoadedDocuments {
  readonly documents: LibraryDocument[]
  readonly notices: string[]
}

/** The added documents on disk. */
export class DocumentsStore {
  readonly dir: string

  constructor(dataDir: string) {
    this.dir = path.join(dataDir, DOCUMENTS_DIR)
  }

  /** Reads every document folder, oldest first; a damaged one is skipped (and left as it is) with a notice. */
  async load(): Promise<LoadedDocuments> {
    let names: string[]
    try {
      names = await readdir(this.dir)
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return { documents: [], notices: [] }
      return { documents: [], notices: [`Your added documents could not be read (${errorMessage(error)}); they are left as they are in ${this.dir}.`] }
    }
    const documents: LibraryDocument[] = []
    const notices: string[] = []
    for (const name of names.sort()) {
      if (name.startsWith('.')) continue
      const file = path.join(this.dir, name, DOCUMENT_FILE)
      try {
        const document = await this.readOne(name, file)
        documents.push(await this.withEarlierRevisions(document, notices))
      } catch (error) {
        notices.push(`The added document in ${path.join(this.dir, name)} could not be read (${errorMessage(error)}); it was skipped and left as it is.`)
      }
    }
    documents.sort((a, b) => Date.parse(a.added?.addedAt ?? '') - Date.parse(b.added?.addedAt ?? '') || a.id.localeCompare(b.id))
    return { documents, notices }
  }

  /** Whether a folder for `id` exists (so a new id never reuses one, even a damaged one's). */
  has(id: string): Promise<boolean> {
    return exists(path.join(this.dir, id))
  }

  /**
   * Writes a new document's folder: the original bytes, then document.json,
   * each durable. If any step fails, the half-written folder is removed
   * (it held nothing else) and the error is passed on.
   */
  async add(document: LibraryDocument, original: Uint8Array): Promise<void> {
    const folder = this.folderOf(document.id)
    await mkdir(this.dir, { recursive: true })
    // Not recursive: an existing folder fails here, so nothing is ever written over.
    await mkdir(folder)
    try {
      const originalFile = originalName(document.added?.fileName ?? '')
      await atomicWrite(path.join(folder, originalFile), Buffer.from(original.buffer, original.byteOffset, original.byteLength))
      await this.writeDocument(document, originalFile)
      await syncDirectory(this.dir)
    } catch (error) {
      await rm(folder, { recursive: true, force: true }).catch(() => undefined)
      throw error
    }
  }

  /** Rewrites a document's document.json (a new title), atomically. */
  async update(document: LibraryDocument): Promise<void> {
    const current = await this.readStored(document.id)
    await this.writeDocument(document, current.originalFile)
  }

  /**
   * Makes `current` the document's text and keeps `previous` (the text it
   * replaces, under its revision id) in revisions/<n>/ with a copy of its
   * original. The revision is written in full before the document changes;
   * if a step fails, the document is left as it was and the error passed on.
   */
  async addRevision(previous: LibraryDocument, current: LibraryDocument, original: Uint8Array): Promise<void> {
    const folder = this.folderOf(current.id)
    const number = previous.added?.revision?.number ?? 1
    if (previous.id !== revisionDocumentId(current.id, number)) throw new Error(`documents: "${previous.id}" is not revision ${number} of "${current.id}"`)
    const stored = await this.readStored(current.id)
    const storedNumber = stored.document.added?.revision?.number ?? 1
    if (storedNumber !== number) throw new Error(`the document on disk is revision ${storedNumber}, not ${number}`)
    const oldOriginal = await readFile(path.join(folder, stored.originalFile))
    const revisions = path.join(folder, REVISIONS_DIR)
    const revisionFolder = path.join(revisions, String(number))
    await mkdir(revisions, { recursive: true })
    await this.setAsideUnfinished(revisions, number)
    // Not recursive: a revision already there is never written over.
    await mkdir(revisionFolder)
    const newOriginal = originalName(current.added?.fileName ?? '')
    let replaced = false
    try {
      await atomicWrite(path.join(revisionFolder, stored.originalFile), oldOriginal)
      await this.writeStored(revisionFolder, previous, stored.originalFile)
      await syncDirectory(revisions)
      replaced = true
      await atomicWrite(path.join(folder, newOriginal), Buffer.from(original.buffer, original.byteOffset, original.byteLength))
      await this.writeDocument(current, newOriginal)
    } catch (error) {
      // The old original is safe in the revision folder until here; put it back before that goes.
      if (replaced && newOriginal === stored.originalFile) await atomicWrite(path.join(folder, newOriginal), oldOriginal).catch(() => undefined)
      await rm(revisionFolder, { recursive: true, force: true }).catch(() => undefined)
      throw error
    }
    // A copy of it is in the revision folder now.
    if (newOriginal !== stored.originalFile) await rm(path.join(folder, stored.originalFile), { force: true }).catch(() => undefined)
  }

  /**
   * A revisions/<n>/ folder for the revision that is still the current text
   * was left by an addition that stopped half way (a crash): it is moved to
   * revisions/.unfinished-<n>-<time>, never deleted, so the next one can go there.
   */
  private async setAsideUnfinished(revisions: string, number: number): Promise<void> {
    const folder = path.join(revisions, String(number))
    if (!(await exists(folder))) return
    const stamp = new Date().toISOString().replace(/[:.]/g, '-')
    const target = await freePath(revisions, (attempt) => `.unfinished-${number}-${stamp}${attempt === 0 ? '' : `-${attempt}`}`)
    await rename(folder, target)
    await syncDirectory(revisions)
  }

  /** Rewrites an earlier revision's document.json (a new label), atomically; its original stays as it is. */
  async updateRevision(documentId: string, revision: LibraryDocument): Promise<void> {
    const number = revision.added?.revision?.number ?? 0
    if (revision.id !== revisionDocumentId(documentId, number)) throw new Error(`documents: "${revision.id}" is not a revision of "${documentId}"`)
    const folder = path.join(this.folderOf(documentId), REVISIONS_DIR, String(number))
    const stored = storedDocumentSchema.parse(JSON.parse(await readFile(path.join(folder, DOCUMENT_FILE), 'utf8')))
    await this.writeStored(folder, revision, stored.originalFile)
  }

  /** Revision `number` of the added document `documentId`, as kept on disk; throws when it is missing or damaged. */
  async readRevision(documentId: string, number: number): Promise<LibraryDocument> {
    const folder = path.join(this.folderOf(documentId), REVISIONS_DIR, String(number))
    const document = await this.readFileDocument(path.join(folder, DOCUMENT_FILE))
    if (document.id !== revisionDocumentId(documentId, number) || document.added?.revision?.number !== number) {
      throw new Error(`${DOCUMENT_FILE} names "${document.id}", not revision ${number} of "${documentId}"`)
    }
    return document
  }

  /** Moves a document's folder to documents/.removed/<id>-<time>; returns where it went. */
  async remove(id: string, now: Date): Promise<string> {
    const removed = path.join(this.dir, REMOVED_DIR)
    await mkdir(removed, { recursive: true })
    const stamp = now.toISOString().replace(/[:.]/g, '-')
    const target = await freePath(removed, (attempt) => `${id}-${stamp}${attempt === 0 ? '' : `-${attempt}`}`)
    await rename(this.folderOf(id), target)
    await syncDirectory(this.dir)
    await syncDirectory(removed)
    return target
  }

  private folderOf(id: string): string {
    if (!isAddedId(id)) throw new Error(`documents: "${id}" is not an added document's id`)
    return path.join(this.dir, id)
  }

  private async writeDocument(document: LibraryDocument, originalFile: string): Promise<void> {
    await this.writeStored(this.folderOf(document.id), document, originalFile)
  }

  private async writeStored(folder: string, document: LibraryDocument, originalFile: string): Promise<void> {
    // The list of earlier revisions is what revisions/ holds, read at start; it is not kept twice.
    const { earlierRevisions: _earlier, ...added } = document.added ?? { addedAt: '' }
    const stored = storedDocumentSchema.parse({ formatVersion: DOCUMENT_FILE_VERSION, originalFile, document: document.added ? { ...document, added } : document })
    await atomicWrite(path.join(folder, DOCUMENT_FILE), Buffer.from(`${JSON.stringify(stored)}\n`, 'utf8'))
    await syncDirectory(folder)
  }

  private async readStored(id: string): Promise<z.infer<typeof storedDocumentSchema>> {
    return storedDocumentSchema.parse(JSON.parse(await readFile(path.join(this.folderOf(id), DOCUMENT_FILE), 'utf8')))
  }

  /** `document` with the list of the earlier revisions that can be read; each one that cannot adds a notice. */
  private async withEarlierRevisions(document: LibraryDocument, notices: string[]): Promise<LibraryDocument> {
    const added = document.added
    const current = added?.revision?.number ?? 1
    if (!added || current === 1) return document
    const earlier: EarlierRevision[] = []
    for (let number = 1; number < current; number += 1) {
      try {
        const revision = await this.readRevision(document.id, number)
        const info = revision.added?.revision ?? { number, label: defaultRevisionLabel(number) }
        earlier.push({ number, label: info.label, id: revision.id, addedAt: info.addedAt ?? revision.added?.addedAt ?? added.addedAt })
      } catch (error) {
        notices.push(`Revision ${number} of “${document.title}” could not be read (${errorMessage(error)}); it was skipped and left as it is.`)
      }
    }
    return { ...document, added: { ...added, earlierRevisions: earlier } }
  }

  private async readOne(name: string, file: string): Promise<LibraryDocument> {
    const document = await this.readFileDocument(file)
    if (document.id !== name || !isAddedId(name)) throw new Error(`${DOCUMENT_FILE} names the document "${document.id}", not "${name}"`)
    return document
  }

  private async readFileDocument(file: string): Promise<LibraryDocument> {
    let json: unknown
    try {
      json = JSON.parse(await readFile(file, 'utf8')) as unknown
    } catch (error) {
      throw new Error(errorCode(error) === 'ENOENT' ? `it has no ${DOCUMENT_FILE}` : `${DOCUMENT_FILE} is damaged: ${errorMessage(error)}`, { cause: error })
    }
    const parsed = storedDocumentSchema.safeParse(json)
    if (!parsed.success) throw new Error(`${DOCUMENT_FILE} is not valid: ${describeIssues(parsed.error.issues)}`)
    return parsed.data.document
  }
}

/** Whether a folder is there (one that cannot be read counts as there). */
async function exists(file: string): Promise<boolean> {
  try {
    await readdir(file)
    return true
  } catch (error) {
    return errorCode(error) !== 'ENOENT'
  }
}

/** Whether `id` is one an added document can have. */
export function isAddedId(id: string): boolean {
  return id.startsWith(ADDED_DOCUMENT_ID_PREFIX) && /^[a-z0-9][a-z0-9-]*$/.test(id) && id.length <= 100
}

/** The original's name in its folder: "original" plus the user's extension, when it is a plain one. */
function originalName(fileName: string): string {
  const extension = /\.([A-Za-z0-9]{1,10})$/.exec(fileName)?.[1]?.toLowerCase()
  return extension ? `original.${extension}` : 'original'
}
