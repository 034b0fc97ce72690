/**
 * The documents a user adds, as use cases: add a file (parsed off the
 * request path, stored durably, then put in the library, where search and
 * notes find it at once), rename one, remove one (its folder is moved
 * aside; its notes stay, shown as "Passage not found"). Changes run one at
 * a time; a failure changes nothing.
 */
import { randomBytes } from 'node:crypto'
import type { AddedDocumentKind, DocumentSummary, LibraryDocument } from '../../../shared/document-model'
import { ADDED_DOCUMENT_ID_PREFIX } from '../../../shared/document-model'
import { ApiFailure } from '../api-failure'
import type { Library } from '../library'
import { errorMessage } from '../notes/durable-files'
import { slugify } from './block-builder'
import { DocumentRefusal, quoteFileName } from './document-refusal'
import { isAddedId, type DocumentsStore } from './documents-store'
import type { ParseFile } from './parse-runner'

/** A file to add, as the API receives it. */
export interface NewDocument {
  readonly fileName: string
  readonly bytes: Uint8Array
  readonly kind: AddedDocumentKind
}

/**
 * Puts the documents saved in `store` into `library` (at start); returns a
 * sentence for each one skipped (damaged, or with a bundled document's id),
 * which stays on disk as it is.
 */
export async function restoreAddedDocuments(library: Library, store: DocumentsStore): Promise<string[]> {
  const loaded = await store.load()
  const notices = [...loaded.notices]
  for (const document of loaded.documents) {
    if (library.getDocument(document.id)) {
      notices.push(`The added document "${document.title}" has the id of a document already in the library; it was skipped and left in ${store.dir}.`)
      continue
    }
    library.putAdded(document)
  }
  return notices
}

/** The summary the library lists for `document`. */
export function summaryOf(document: LibraryDocument): DocumentSummary {
  const { blocks: _blocks, plainText: _plainText, ...summary } = document
  return summary
}

/** The added documents' use cases over the library, the store and a parser. */
export class DocumentsService {
  /** The last change; the next one starts after it. */
  private queue: Promise<unknown> = Promise.resolve()

  constructor(
    private readonly library: Library,
    private readonly store: DocumentsStore,
    private readonly parse: ParseFile,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Parses, stores and lists a user's file; throws ApiFailure("user-input") naming the file when it is refused. */
  async add(input: NewDocument): Promise<DocumentSummary> {
    const parsed = await this.parse({ fileName: input.fileName, bytes: input.bytes }).catch((error: unknown) => {
      throw error instanceof DocumentRefusal ? new ApiFailure('user-input', error.message) : error
    })
    return this.serial(async () => {
      const addedAt = this.now()
      const document: LibraryDocument = {
        id: await this.newId(parsed.title),
        title: parsed.title,
        kind: input.kind,
        date: addedAt.toISOString().slice(0, 10),
        issuingBody: 'Added by you',
        version: parsed.version,
        added: { addedAt: addedAt.toISOString(), fileName: input.fileName, format: parsed.format },
        blocks: parsed.blocks,
        plainText: parsed.plainText,
      }
      try {
        await this.store.add(document, input.bytes)
      } catch (error) {
        throw new ApiFailure('io-error', `${quoteFileName(input.fileName)} could not be saved in the data folder (${errorMessage(error)}); nothing was added.`)
      }
      this.library.putAdded(document)
      return summaryOf(document)
    })
  }

  /** Gives an added document a new title. */
  rename(documentId: string, title: string): Promise<DocumentSummary> {
    return this.serial(async () => {
      const document = this.requireAdded(documentId)
      const clean = title.replace(/\s+/g, ' ').trim()
      if (clean === '') throw new ApiFailure('user-input', 'A document needs a title: type at least one letter.')
      const renamed = { ...document, title: clean }
      try {
        await this.store.update(renamed)
      } catch (error) {
        throw new ApiFailure('io-error', `The new title could not be saved (${errorMessage(error)}); the document keeps its old one.`)
      }
      this.library.putAdded(renamed)
      return summaryOf(renamed)
    })
  }

  /** Takes an added document out of the library; its folder is moved aside and its notes are kept. */
  remove(documentId: string): Promise<{ removed: DocumentSummary }> {
    return this.serial(async () => {
      const document = this.requireAdded(documentId)
      try {
        await this.store.remove(document.id, this.now())
      } catch (error) {
        throw new ApiFailure('io-error', `“${document.title}” could not be removed (${errorMessage(error)}); it is still in the library.`)
      }
      this.library.removeAdded(document.id)
      return { removed: summaryOf(document) }
    })
  }

  private requireAdded(id: string): LibraryDocument {
    const document = this.library.getDocument(id)
    if (!document?.added) {
      throw new ApiFailure('not-found', document ? `“${document.title}” came with the reader and cannot be changed or removed.` : `There is no document "${id}" in the library.`)
    }
    return document
  }

  /** A readable id, "my-<title>-<random>", that no bundled document, added one or folder on disk has. */
  private async newId(title: string): Promise<string> {
    const stem = slugify(title).slice(0, 40).replace(/-+$/, '') || 'document'
    for (;;) {
      const id = `${ADDED_DOCUMENT_ID_PREFIX}${stem}-${randomBytes(3).toString('hex')}`
      if (isAddedId(id) && !this.library.getDocument(id) && !(await this.store.has(id))) return id
    }
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work)
    this.queue = run.catch(() => undefined)
    return run
  }
}
