/**
 * The content pipeline as a function: reads every document in a content
 * folder, validates it, and returns the library and its serialized index.
 * Collects every error rather than stopping at the first.
 */
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { libraryFileSchema, type LibraryDocument, type LibraryFile } from '../../shared/document-model'
import { buildBlockIndex } from '../../main/core/search/block-index'
import { ContentError } from './content-error'
import { parseDocument } from './parse-document'

/** The pipeline's output, ready to be written to disk. */
export interface BuiltLibrary {
  readonly library: LibraryFile
  readonly serializedIndex: object
}

/** Thrown when content is invalid; `errors` holds every problem found. */
export class ContentValidationError extends Error {
  constructor(readonly errors: readonly ContentError[]) {
    super(`content is invalid:\n${errors.map((error) => `  ${error.message}`).join('\n')}`)
    this.name = 'ContentValidationError'
  }
}

/** Builds the library from `contentDir`; file names in errors are relative to `displayRoot`. */
export async function buildLibrary(contentDir: string, displayRoot: string): Promise<BuiltLibrary> {
  const documentsDir = path.join(contentDir, 'documents')
  const names = (await readdir(documentsDir)).filter((name) => name.endsWith('.md')).sort()
  const errors: ContentError[] = []
  const documents: LibraryDocument[] = []
  const idsSeen = new Map<string, string>()
  for (const name of names) {
    const file = path.relative(displayRoot, path.join(documentsDir, name))
    try {
      const document = parseDocument(file, await readFile(path.join(documentsDir, name), 'utf8'))
      const clash = idsSeen.get(document.id)
      if (clash) throw new ContentError(file, undefined, `document id "${document.id}" is already used by ${clash}`)
      idsSeen.set(document.id, file)
      documents.push(document)
    } catch (error) {
      if (error instanceof ContentError) errors.push(error)
      else throw error
    }
  }
  if (names.length === 0) errors.push(new ContentError(path.relative(displayRoot, documentsDir), undefined, 'no documents (*.md) found'))
  if (errors.length > 0) throw new ContentValidationError(errors)
  const library = libraryFileSchema.parse({ formatVersion: 1, builtFrom: 'content/', documents })
  return { library, serializedIndex: buildBlockIndex(library.documents).toJSON() }
}
