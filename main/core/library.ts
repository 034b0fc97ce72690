/**
 * The bundled library as the app holds it: documents validated against the
 * document model and the prebuilt Lunr index, loaded once at start-up and
 * never rebuilt at run time.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type lunr from 'lunr'
import { describeIssues } from '../../shared/api-contract'
import { libraryFileSchema, type Block, type LibraryDocument } from '../../shared/document-model'
import { loadBlockIndex } from './search/block-index'

/** A block with the document it belongs to and the heading it sits under. */
export interface LocatedBlock {
  readonly document: LibraryDocument
  readonly block: Block
  readonly heading: string
}

/** The loaded library: documents in their bundled order, lookups and the index. */
export interface Library {
  readonly documents: readonly LibraryDocument[]
  readonly index: lunr.Index
  getDocument(id: string): LibraryDocument | undefined
  findBlock(documentId: string, blockId: string): LocatedBlock | undefined
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
  const [libraryJson, indexJson] = await Promise.all([readJson(libraryPath), readJson(indexPath)])
  const parsed = libraryFileSchema.safeParse(libraryJson)
  if (!parsed.success) throw new LibraryLoadError(libraryPath, describeIssues(parsed.error.issues))
  let index: lunr.Index
  try {
    index = loadBlockIndex(indexJson)
  } catch (error) {
    throw new LibraryLoadError(indexPath, error instanceof Error ? error.message : String(error))
  }
  return createLibrary(parsed.data.documents, index)
}

/** Builds the lookup structures over already-validated documents. */
export function createLibrary(documents: readonly LibraryDocument[], index: lunr.Index): Library {
  const byId = new Map(documents.map((document) => [document.id, document]))
  const blocks = new Map<string, LocatedBlock>()
  for (const document of documents) {
    let heading = ''
    for (const block of document.blocks) {
      if (block.type === 'heading') heading = block.text
      blocks.set(`${document.id}\0${block.id}`, { document, block, heading: block.type === 'heading' ? block.text : heading })
    }
  }
  return {
    documents,
    index,
    getDocument: (id) => byId.get(id),
    findBlock: (documentId, blockId) => blocks.get(`${documentId}\0${blockId}`),
  }
}

async function readJson(file: string): Promise<unknown> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new LibraryLoadError(file, code === 'ENOENT' ? 'the file does not exist (run "npm run build:content")' : String(error))
  }
  try {
    return JSON.parse(text) as unknown
  } catch (error) {
    throw new LibraryLoadError(file, `not valid JSON (${error instanceof Error ? error.message : String(error)})`)
  }
}
