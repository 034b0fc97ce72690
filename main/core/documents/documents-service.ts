/**
 * The documents a user adds, as use cases: add a file (parsed off the
 * request path, stored durably, then put in the library, where search and
 * notes find it at once), rename one, remove one (its folder is moved
 * aside; its notes stay, shown as "Passage not found"), add a revision
 * (the document keeps its id and notes; the text it replaces stays readable
 * under its revision id). Changes run one at a time; a failure changes nothing.
 */
import { randomBytes } from 'node:crypto'
import type { AddedDocumentKind, DocumentSummary, EarlierRevision, LibraryDocument } from '../../../shared/document-model'
import { ADDED_DOCUMENT_ID_PREFIX, defaultRevisionLabel, earlierRevisionTitle, parseRevisionDocumentId, revisionDocumentId, revisionTitle } from '../../../shared/document-model'
import { documentIdFromUrn, type Note } from '../../../shared/notes/note-model'
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

/** A file to add as the next revision of an added document. */
export interface NewRevision {
  readonly documentId: string
  readonly fileName: string
  readonly bytes: Uint8Array
  /** What the user calls it; "Rev. <n>" when absent or blank. */
  readonly label?: string
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
  /** Earlier revisions already read from disk, by revision id. */
  private readonly revisions = new Map<string, LibraryDocument>()

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

  /**
   * Makes a file the next revision of an added document: its text becomes
   * the document's (the library's change re-anchors its notes), and the
   * text it replaces is kept as an earlier revision.
   */
  async addRevision(input: NewRevision): Promise<{ document: DocumentSummary; previous: EarlierRevision }> {
    this.requireAdded(input.documentId)
    const parsed = await this.parse({ fileName: input.fileName, bytes: input.bytes }).catch((error: unknown) => {
      throw error instanceof DocumentRefusal ? new ApiFailure('user-input', error.message) : error
    })
    return this.serial(async () => {
      const document = this.requireAdded(input.documentId)
      const added = document.added ?? { addedAt: this.now().toISOString(), fileName: input.fileName, format: parsed.format }
      const number = added.revision?.number ?? 1
      const earlier: EarlierRevision = {
        number,
        label: added.revision?.label ?? defaultRevisionLabel(number),
        id: revisionDocumentId(document.id, number),
        addedAt: added.revision?.addedAt ?? added.addedAt,
      }
      const { earlierRevisions, ...addedNow } = added
      const previous: LibraryDocument = {
        ...document,
        id: earlier.id,
        title: revisionTitle(document.title, earlier.label),
        added: { ...addedNow, revision: { number, label: earlier.label, addedAt: earlier.addedAt } },
      }
      const next = number + 1
      const current: LibraryDocument = {
        ...document,
        version: parsed.version,
        blocks: parsed.blocks,
        plainText: parsed.plainText,
        added: {
          addedAt: added.addedAt,
          fileName: input.fileName,
          format: parsed.format,
          revision: { number: next, label: input.label?.replace(/\s+/g, ' ').trim() || defaultRevisionLabel(next), addedAt: this.now().toISOString() },
          earlierRevisions: [...(earlierRevisions ?? []), earlier],
        },
      }
      try {
        await this.store.addRevision(previous, current, input.bytes)
      } catch (error) {
        throw new ApiFailure('io-error', `${quoteFileName(input.fileName)} could not be saved as a revision (${errorMessage(error)}); “${document.title}” is unchanged.`)
      }
      this.revisions.set(previous.id, previous)
      this.library.putAdded(current)
      return { document: summaryOf(current), previous: earlier }
    })
  }

  /** An earlier revision, read-only, by its revision id ("<id>--rev-<n>"); undefined when there is none. */
  async revision(id: string): Promise<LibraryDocument | undefined> {
    const named = parseRevisionDocumentId(id)
    if (!named) return undefined
    const listed = this.library.getDocument(named.documentId)?.added?.earlierRevisions?.some((revision) => revision.id === id)
    if (!listed) return undefined
    const cached = this.revisions.get(id)
    if (cached) return this.titled(cached)
    try {
      const document = await this.store.readRevision(named.documentId, named.number)
      this.revisions.set(id, document)
      return this.titled(document)
    } catch (error) {
      throw new ApiFailure('io-error', `This revision could not be read (${errorMessage(error)}); it is left as it is in the data folder.`)
    }
  }

  /** An earlier revision already read from disk (see loadRevisions), for notes kept on it; undefined otherwise. */
  loadedRevision(id: string): LibraryDocument | undefined {
    const named = parseRevisionDocumentId(id)
    const document = named && this.library.getDocument(named.documentId) ? this.revisions.get(id) : undefined
    return document && this.titled(document)
  }

  /** `revision` titled after its document's title now and its label, so a rename of the document reaches its earlier revisions. */
  private titled(revision: LibraryDocument): LibraryDocument {
    const title = earlierRevisionTitle(revision.id, (id) => this.library.getDocument(id))
    return title === undefined || title === revision.title ? revision : { ...revision, title }
  }

  /**
   * Reads the earlier revisions `notes` are kept on (at start), so those notes find their text; returns the ids read.
   * Only those: a revision no note is kept on is read when it is opened or compared, not at every start.
   */
  async loadRevisions(notes: readonly Note[]): Promise<string[]> {
    const kept = new Set(notes.map((note) => documentIdFromUrn(note.target.source)).filter((id): id is string => id !== null && parseRevisionDocumentId(id) !== null))
    const ids: string[] = []
    for (const id of kept) {
      // One that cannot be read was named at start already; notes on it show as "Passage not found".
      if (await this.revision(id).catch(() => undefined)) ids.push(id)
    }
    return ids
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

  /**
   * Gives revision `number` of an added document (its current text or an
   * earlier one) a new label; a blank label puts back "Rev. <n>". An earlier
   * revision's title, "<title> (<label>)", follows it.
   */
  setRevisionLabel(documentId: string, number: number, label: string): Promise<DocumentSummary> {
    return this.serial(async () => {
      const document = this.requireAdded(documentId)
      const added = document.added
      const clean = label.replace(/\s+/g, ' ').trim() || defaultRevisionLabel(number)
      const currentNumber = added?.revision?.number ?? 1
      if (!added || number > currentNumber) throw new ApiFailure('not-found', `“${document.title}” has no revision ${number}.`)
      let updated: LibraryDocument
      try {
        if (number === currentNumber) {
          updated = { ...document, added: { ...added, revision: { ...(added.revision ?? { number }), label: clean } } }
          await this.store.update(updated)
        } else {
          const earlier = added.earlierRevisions?.find((revision) => revision.number === number)
          const revision = earlier ? await this.revision(earlier.id) : undefined
          if (!earlier || !revision?.added?.revision) throw new ApiFailure('not-found', `Revision ${number} of “${document.title}” could not be found in the data folder.`)
          const relabelled: LibraryDocument = { ...revision, title: revisionTitle(document.title, clean), added: { ...revision.added, revision: { ...revision.added.revision, label: clean } } }
          await this.store.updateRevision(document.id, relabelled)
          this.revisions.set(relabelled.id, relabelled)
          updated = { ...document, added: { ...added, earlierRevisions: (added.earlierRevisions ?? []).map((each) => (each.number === number ? { ...each, label: clean } : each)) } }
        }
      } catch (error) {
        if (error instanceof ApiFailure) throw error
        throw new ApiFailure('io-error', `The new label could not be saved (${errorMessage(error)}); the revision keeps its old one.`)
      }
      this.library.putAdded(updated)
      return summaryOf(updated)
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
      for (const id of [...this.revisions.keys()]) if (id.startsWith(`${document.id}--rev-`)) this.revisions.delete(id)
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
