/**
 * The content pipeline as a function: reads every document in a content
 * folder, the timeline (timeline.yaml), the glossary (glossary.yaml) and the
 * editorial links (editorial/*.yaml), validates them and their references
 * to each other, anchors the links, and returns the library and its
 * serialized index. Collects every error rather than stopping at the first.
 */
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { sha256 } from '../../main/core/search/checksum'
import { LIBRARY_FORMAT_VERSION, libraryFileSchema, type LibraryDocument, type LibraryFile } from '../../shared/document-model'
import { findLibraryProblems } from '../../shared/library-integrity'
import { sortTimeline, type GlossaryTerm, type TimelineEntry, type TimelineEntryContent } from '../../shared/timeline-model'
import { buildBlockIndex, storeBlockIndex } from '../../main/core/search/block-index'
import type { StoredIndex } from '../../main/core/search/stored-index'
import { ContentError } from './content-error'
import { anchorEditorialLinks, citationsByEntry, readEditorialLinks, type EditorialLinksFile } from './editorial-links'
import { parseDocument } from './parse-document'
import { readGlossary, readTimeline, type ContentList } from './timeline-content'

/** Where the pipeline reads each kind of content, relative to the content folder. */
export const CONTENT_PATHS = {
  documents: 'documents',
  timeline: 'timeline.yaml',
  glossary: 'glossary.yaml',
  editorial: 'editorial',
} as const

/** The pipeline's output, ready to be written to disk. */
export interface BuiltLibrary {
  readonly library: LibraryFile
  readonly serializedIndex: StoredIndex
  /** The index file's text, whose checksum the library records. */
  readonly indexText: string
}

/** Thrown when content is invalid; `errors` holds every problem found. */
export class ContentValidationError extends Error {
  constructor(readonly errors: readonly ContentError[]) {
    super(`content is invalid:\n${errors.map((error) => `  ${error.message}`).join('\n')}`)
    this.name = 'ContentValidationError'
  }
}

/**
 * Builds the library from `contentDir`; file names in errors are relative to
 * `displayRoot`. The timeline, glossary and editorial links are optional
 * (a folder of documents alone builds), but when present must be valid.
 */
export async function buildLibrary(contentDir: string, displayRoot: string): Promise<BuiltLibrary> {
  const display = (file: string): string => path.relative(displayRoot, file)
  const errors: ContentError[] = []
  const { documents, files: documentFiles } = await readDocuments(path.join(contentDir, CONTENT_PATHS.documents), display, errors)

  const timelinePath = path.join(contentDir, CONTENT_PATHS.timeline)
  const timeline = await readOptional(timelinePath, (source) => readTimeline(display(timelinePath), source))
  const glossaryPath = path.join(contentDir, CONTENT_PATHS.glossary)
  const glossary = await readOptional(glossaryPath, (source) => readGlossary(display(glossaryPath), source))
  errors.push(...timeline.errors, ...glossary.errors)

  const documentsById = new Map(documents.map((document) => [document.id, document]))
  errors.push(...checkEntryDocuments(timeline, documentsById, documentFiles))
  errors.push(...checkSeeAlso(glossary, timeline))

  const editorialFiles = await readEditorialFiles(path.join(contentDir, CONTENT_PATHS.editorial), display)
  const anchored = anchorEditorialLinks(editorialFiles, {
    documents: documentsById,
    entries: new Map(timeline.items.map((entry) => [entry.id, entry])),
    terms: new Map(glossary.items.map((term) => [term.id, term])),
    invalidIds: new Set([...timeline.invalidIds, ...glossary.invalidIds]),
  })
  errors.push(...anchored.errors)
  if (errors.length > 0) throw new ContentValidationError(errors)

  const citations = citationsByEntry(anchored.annotations)
  const entries: TimelineEntry[] = sortTimeline(timeline.items).map((entry) => ({ ...entry, citedIn: citations.get(entry.id) ?? [] }))
  const serializedIndex = storeBlockIndex(buildBlockIndex(documents, { timeline: entries, glossary: glossary.items }))
  const indexText = JSON.stringify(serializedIndex)
  const library = libraryFileSchema.parse({
    formatVersion: LIBRARY_FORMAT_VERSION,
    builtFrom: 'content/',
    documents,
    timeline: entries,
    glossary: [...glossary.items],
    editorial: [...anchored.annotations],
    searchIndexSha256: sha256(indexText),
  } satisfies LibraryFile)
  const problems = findLibraryProblems(library)
  // The checks above catch these with file and line; this is the same check the app runs on load.
  if (problems.length > 0) throw new Error(`content pipeline produced an inconsistent library:\n  ${problems.join('\n  ')}`)
  return { library, serializedIndex, indexText }
}

async function readDocuments(
  documentsDir: string,
  display: (file: string) => string,
  errors: ContentError[],
): Promise<{ documents: LibraryDocument[]; files: Map<string, string> }> {
  const names = (await readdir(documentsDir)).filter((name) => name.endsWith('.md')).sort()
  const documents: LibraryDocument[] = []
  const files = new Map<string, string>()
  for (const name of names) {
    const file = display(path.join(documentsDir, name))
    try {
      const document = parseDocument(file, await readFile(path.join(documentsDir, name), 'utf8'))
      const clash = files.get(document.id)
      if (clash) throw new ContentError(file, undefined, `document id "${document.id}" is already used by ${clash}`)
      files.set(document.id, file)
      documents.push(document)
    } catch (error) {
      if (error instanceof ContentError) errors.push(error)
      else throw error
    }
  }
  if (names.length === 0) errors.push(new ContentError(display(documentsDir), undefined, 'no documents (*.md) found'))
  return { documents, files }
}

async function readOptional<T>(file: string, read: (source: string) => ContentList<T>): Promise<ContentList<T>> {
  let source: string
  try {
    source = await readFile(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { items: [], indexes: new Map(), invalidIds: new Set(), yaml: undefined, errors: [] }
    throw error
  }
  return read(source)
}

async function readEditorialFiles(dir: string, display: (file: string) => string): Promise<EditorialLinksFile[]> {
  let names: string[]
  try {
    names = (await readdir(dir)).filter((name) => /\.ya?ml$/.test(name)).sort()
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
  return Promise.all(names.map(async (name) => readEditorialLinks(display(path.join(dir, name)), await readFile(path.join(dir, name), 'utf8'))))
}

/**
 * Each entry's reference page must exist and agree with it: the same date,
 * and the entry's first source as the page's source.
 */
function checkEntryDocuments(
  timeline: ContentList<TimelineEntryContent>,
  documents: ReadonlyMap<string, LibraryDocument>,
  documentFiles: ReadonlyMap<string, string>,
): ContentError[] {
  const errors: ContentError[] = []
  const yaml = timeline.yaml
  if (!yaml) return errors
  for (const entry of timeline.items) {
    const index = timeline.indexes.get(entry.id) ?? -1
    const where = `timeline entry "${entry.id}"`
    const document = documents.get(entry.documentId)
    const file = documentFiles.get(entry.documentId)
    if (!document || !file) {
      const line = yaml.lineAt([index, 'documentId'])
      errors.push(new ContentError(yaml.file, line, `${where}: document "${entry.documentId}" does not exist (add content/documents/${entry.documentId}.md)`))
      continue
    }
    if (document.date !== entry.date) {
      const line = yaml.lineAt([index, 'date'])
      errors.push(new ContentError(yaml.file, line, `${where}: date "${entry.date}" differs from the date "${document.date}" in ${file}`))
    }
    const firstSource = entry.sources[0]?.url
    if (document.source !== firstSource) {
      const line = yaml.lineAt([index, 'sources', 0, 'url'])
      errors.push(
        new ContentError(yaml.file, line, `${where}: first source ${firstSource ?? '(none)'} differs from the source ${document.source ?? '(none)'} in ${file}`),
      )
    }
  }
  return errors
}

function checkSeeAlso(glossary: ContentList<GlossaryTerm>, timeline: ContentList<TimelineEntryContent>): ContentError[] {
  const yaml = glossary.yaml
  if (!yaml) return []
  // Entries that failed validation are reported already; a reference to one is not a second problem.
  const entryIds = new Set([...timeline.items.map((entry) => entry.id), ...timeline.invalidIds])
  return glossary.items.flatMap((term) => {
    const index = glossary.indexes.get(term.id) ?? -1
    return (term.seeAlso ?? []).flatMap((id, position) =>
      entryIds.has(id)
        ? []
        : [new ContentError(yaml.file, yaml.lineAt([index, 'seeAlso', position]), `glossary term "${term.id}": see-also entry "${id}" does not exist`)],
    )
  })
}
