/**
 * The bundled library as the app holds it: documents validated against the
 * document model, the timeline of cited texts, the glossary and the editorial
 * annotations (validated against shared/timeline-model.ts and checked for
 * consistent references), and the prebuilt Lunr index. Loaded once at
 * start-up and never rebuilt at run time. Documents the user adds (see
 * core/documents) join it after the bundled ones and are looked up the
 * same way, so notes, anchoring, search and export treat them alike.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { describeIssues } from '../../shared/api-contract'
import { libraryFileSchema, type Block, type LibraryDocument } from '../../shared/document-model'
import { findLibraryProblems } from '../../shared/library-integrity'
import {
  sortEditorial,
  sortTimeline,
  type EditorialAnnotation,
  type GlossaryTerm,
  type TimelineEntry,
} from '../../shared/timeline-model'
import { loadBlockIndex } from './search/block-index'
import { sha256 } from './search/checksum'
import type { SearchIndex } from './search/search-index'

/** A block with the document it belongs to and the heading it sits under. */
export interface LocatedBlock {
  readonly document: LibraryDocument
  readonly block: Block
  readonly heading: string
}

/** The reference layer: timeline, glossary and editorial annotations. */
export interface LibraryReference {
  readonly timeline: readonly TimelineEntry[]
  readonly glossary: readonly GlossaryTerm[]
  readonly editorial: readonly EditorialAnnotation[]
}

/** A change to the documents the user added. */
export type AddedDocumentChange = { readonly type: 'put'; readonly document: LibraryDocument } | { readonly type: 'remove'; readonly id: string }

/** The loaded library: documents in their bundled order, the reference layer, lookups and the index. */
export interface Library {
  /** The bundled documents, then those the user added (in the order added). */
  readonly documents: readonly LibraryDocument[]
  /** The documents the user added, in the order added. */
  readonly addedDocuments: readonly LibraryDocument[]
  /** Timeline entries in chronological order (see sortTimeline). */
  readonly timeline: readonly TimelineEntry[]
  /** Glossary terms in their bundled order. */
  readonly glossary: readonly GlossaryTerm[]
  /** Editorial annotations in reading order: by document, then position. */
  readonly editorial: readonly EditorialAnnotation[]
  readonly index: SearchIndex
  getDocument(id: string): LibraryDocument | undefined
  findBlock(documentId: string, blockId: string): LocatedBlock | undefined
  getTimelineEntry(id: string): TimelineEntry | undefined
  /** The timeline entry whose reference page (or, for the statement, text) is this document. */
  getTimelineEntryForDocument(documentId: string): TimelineEntry | undefined
  getGlossaryTerm(id: string): GlossaryTerm | undefined
  getEditorialAnnotation(id: string): EditorialAnnotation | undefined
  /** A document's editorial annotations in reading order (empty if none). */
  editorialFor(documentId: string): readonly EditorialAnnotation[]
  /** Adds a document the user added, or replaces it (renamed); throws for a bundled document's id. */
  putAdded(document: LibraryDocument): void
  /** Takes a document the user added out of the library; false when there is none with that id. */
  removeAdded(id: string): boolean
  /** Calls `listener` after each put or removal of an added document; returns a function that stops it. */
  onAddedChange(listener: (change: AddedDocumentChange) => void): () => void
}

/** File names the content pipeline writes and the core reads. */
export const LIBRARY_FILE = 'library.json'
export const INDEX_FILE = 'search-index.json'

/** Thrown when the built content is missing or damaged; names the file. */
export class LibraryLoadError extends Error {
  constructor(file: string, detail: string) {
    super(`Could not load ${file}: ${detail}`)
    this.name = 'LibraryLoadError'
  }
}

/** Reads and validates the built library and index from `contentDir`. */
export async function loadLibrary(contentDir: string): Promise<Library> {
  const libraryPath = path.join(contentDir, LIBRARY_FILE)
  const indexPath = path.join(contentDir, INDEX_FILE)
  const [libraryText, indexText] = await Promise.all([readText(libraryPath), readText(indexPath)])
  const parsed = libraryFileSchema.safeParse(parseJson(libraryPath, libraryText))
  if (!parsed.success) throw new LibraryLoadError(libraryPath, describeIssues(parsed.error.issues))
  const problems = findLibraryProblems(parsed.data)
  if (problems.length > 0) throw new LibraryLoadError(libraryPath, problems.join('; '))
  if (sha256(indexText) !== parsed.data.searchIndexSha256) {
    throw new LibraryLoadError(indexPath, `the file is damaged or from another build: its checksum differs from the one ${LIBRARY_FILE} records (run "npm run build:content")`)
  }
  const indexJson = parseJson(indexPath, indexText)
  let index: SearchIndex
  try {
    // The checksum matched: the file is the one the build wrote and checked.
    index = loadBlockIndex(indexJson, { verified: true })
  } catch (error) {
    throw new LibraryLoadError(indexPath, error instanceof Error ? error.message : String(error))
  }
  const { documents, timeline, glossary, editorial } = parsed.data
  return createLibrary(documents, index, { timeline, glossary, editorial })
}

const NO_REFERENCE: LibraryReference = { timeline: [], glossary: [], editorial: [] }

/**
 * Builds the lookup structures over already-validated documents and, if
 * given, the reference layer (else an empty one).
 */
export function createLibrary(
  documents: readonly LibraryDocument[],
  index: SearchIndex,
  reference: LibraryReference = NO_REFERENCE,
): Library {
  const byId = new Map(documents.map((document) => [document.id, document]))
  const blocks = new Map<string, LocatedBlock>()
  for (const document of documents) locateBlocks(document, blocks)
  const added = new Map<string, { document: LibraryDocument; blocks: Map<string, LocatedBlock> }>()
  const listeners = new Set<(change: AddedDocumentChange) => void>()
  let all: readonly LibraryDocument[] = documents
  let addedList: readonly LibraryDocument[] = []
  const addedChanged = (change: AddedDocumentChange): void => {
    addedList = [...added.values()].map((entry) => entry.document)
    all = [...documents, ...addedList]
    for (const listener of listeners) listener(change)
  }
  const timeline = sortTimeline(reference.timeline)
  const editorial = sortEditorial(reference.editorial)
  const entries = new Map(timeline.map((entry) => [entry.id, entry]))
  const entriesByDocument = new Map<string, TimelineEntry>()
  for (const entry of timeline) if (!entriesByDocument.has(entry.documentId)) entriesByDocument.set(entry.documentId, entry)
  const terms = new Map(reference.glossary.map((term) => [term.id, term]))
  const annotations = new Map(editorial.map((annotation) => [annotation.id, annotation]))
  const annotationsByDocument = new Map<string, EditorialAnnotation[]>()
  for (const annotation of editorial) {
    const list = annotationsByDocument.get(annotation.documentId) ?? []
    list.push(annotation)
    annotationsByDocument.set(annotation.documentId, list)
  }
  return {
    get documents() {
      return all
    },
    get addedDocuments() {
      return addedList
    },
    timeline,
    glossary: reference.glossary,
    editorial,
    index,
    getDocument: (id) => byId.get(id) ?? added.get(id)?.document,
    findBlock: (documentId, blockId) => blocks.get(`${documentId}\0${blockId}`) ?? added.get(documentId)?.blocks.get(`${documentId}\0${blockId}`),
    getTimelineEntry: (id) => entries.get(id),
    getTimelineEntryForDocument: (documentId) => entriesByDocument.get(documentId),
    getGlossaryTerm: (id) => terms.get(id),
    getEditorialAnnotation: (id) => annotations.get(id),
    editorialFor: (documentId) => annotationsByDocument.get(documentId) ?? [],
    putAdded(document) {
      if (byId.has(document.id)) throw new Error(`library: "${document.id}" is a bundled document's id`)
      added.set(document.id, { document, blocks: locateBlocks(document, new Map()) })
      addedChanged({ type: 'put', document })
    },
    removeAdded(id) {
      if (!added.delete(id)) return false
      addedChanged({ type: 'remove', id })
      return true
    },
    onAddedChange(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

/** Adds `document`'s blocks to `into`, keyed "documentId\0blockId", each with the heading it sits under. */
function locateBlocks(document: LibraryDocument, into: Map<string, LocatedBlock>): Map<string, LocatedBlock> {
  let heading = ''
  for (const block of document.blocks) {
    if (block.type === 'heading') heading = block.text
    into.set(`${document.id}\0${block.id}`, { document, block, heading: block.type === 'heading' ? block.text : heading })
  }
  return into
}

async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new LibraryLoadError(file, code === 'ENOENT' ? 'the file does not exist (run "npm run build:content")' : String(error))
  }
}

function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch (error) {
    throw new LibraryLoadError(file, `not valid JSON (${error instanceof Error ? error.message : String(error)})`)
  }
}
