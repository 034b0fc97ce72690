/**
 * The JSON export: a W3C Web Annotation AnnotationCollection with one
 * embedded AnnotationPage whose items are the notes as stored. Notes are Web
 * Annotations already (shared/notes/note-model.ts), so nothing is translated
 * (but for one detail, see toExportedAnnotation) and re-importing the file
 * gives the same notes. It is also the
 * backup and sharing format: the import recognises this app's collections
 * by their generator and validates them strictly. A note on an added
 * document with revisions names its revision in its source:
 * `urn:foc-reader:document:<id>:rev:<n>` (see withRevisionSource).
 */
import { ANNOTATION_CONTEXT, documentIdFromUrn, documentRevisionUrn, type Note } from '../../../shared/notes/note-model'
import type { NoteRevision } from './note-revision'

/** The generator id this app writes; the import checks it to know a file is ours. */
export const APP_GENERATOR_ID = 'urn:foc-reader:app'

/** The application that made the file, as a W3C Software agent. */
export interface AppGenerator {
  readonly id: typeof APP_GENERATOR_ID
  readonly type: 'Software'
  readonly name: string
  /** The app's version (schema.org term; the Web Annotation context defines the "schema" prefix). */
  readonly 'schema:softwareVersion': string
}

/** A note as exported: as stored, less an empty body list (see toExportedAnnotation). */
export type ExportedAnnotation = Omit<Note, 'body'> & { readonly body?: Note['body'] }

/** The one page of an exported collection. */
export interface ExportedAnnotationPage {
  readonly id: string
  readonly type: 'AnnotationPage'
  readonly startIndex: 0
  readonly items: readonly ExportedAnnotation[]
}

/** An exported collection. */
export interface ExportedAnnotationCollection {
  readonly '@context': readonly [typeof ANNOTATION_CONTEXT]
  readonly id: string
  readonly type: 'AnnotationCollection'
  readonly label: string
  readonly total: number
  readonly generator: AppGenerator
  readonly generated: string
  readonly first: ExportedAnnotationPage
}

/** What the collection says about itself. */
export interface AnnotationCollectionOptions {
  /** A urn:uuid; tests pass a fixed one, the service a random one. */
  readonly id: string
  readonly label: string
  readonly generated: Date
  readonly appVersion: string
}

/**
 * The collection of `notes`, in the given order. `total` is the number of
 * notes, which the import checks against the page to catch a cut-off file.
 */
export function buildAnnotationCollection(notes: readonly Note[], options: AnnotationCollectionOptions): ExportedAnnotationCollection {
  return {
    '@context': [ANNOTATION_CONTEXT],
    id: options.id,
    type: 'AnnotationCollection',
    label: options.label,
    total: notes.length,
    generator: { id: APP_GENERATOR_ID, type: 'Software', name: 'FOC Reader', 'schema:softwareVersion': options.appVersion },
    generated: options.generated.toISOString(),
    // The page is embedded, and the W3C model wants every page to have an id: the collection's, with a fragment.
    first: { id: `${options.id}#page-1`, type: 'AnnotationPage', startIndex: 0, items: notes.map(toExportedAnnotation) },
  }
}

/**
 * A note as the file holds it: exactly as stored, except that a note with
 * no body (a bare highlight: no text, tags or category) has no `body` key
 * rather than an empty list, which the W3C model does not allow (a body,
 * when present, is one or more). The import reads a missing body as none.
 */
export function toExportedAnnotation(note: Note): ExportedAnnotation {
  if (note.body.length > 0) return note
  const { body: _body, ...rest } = note
  return rest
}

/**
 * `note` as exported when its document has revisions: its target.source
 * becomes `urn:foc-reader:document:<id>:rev:<n>`, the revision whose text
 * its selectors and target.state describe (a plain URN IRI, as the W3C
 * model wants of a source). The import reads it back to the document's
 * id and stores the plain source, so a re-imported export matches its
 * notes. A note whose source already names a revision's own id, or on a
 * document without revisions (`revision` null), is left as it is.
 */
export function withRevisionSource(note: Note, revision: NoteRevision | null): Note {
  if (!revision || documentIdFromUrn(note.target.source) !== revision.documentId) return note
  return { ...note, target: { ...note.target, source: documentRevisionUrn(revision.documentId, revision.number) } }
}

/**
 * The collection as file text: indented for the header, one note per line
 * (as the notes file is), so a damaged file's line number points at one note
 * and the file stays small.
 */
export function serializeAnnotationCollection(collection: ExportedAnnotationCollection): string {
  const { first, ...header } = collection
  const lines = Object.entries(header).map(([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)},`)
  const items = first.items.length === 0 ? '[]' : `[\n      ${first.items.map((note) => JSON.stringify(note)).join(',\n      ')}\n    ]`
  const page = [
    `    "id": ${JSON.stringify(first.id)},`,
    `    "type": ${JSON.stringify(first.type)},`,
    `    "startIndex": ${first.startIndex},`,
    `    "items": ${items}`,
  ].join('\n')
  return `{\n${lines.join('\n')}\n  "first": {\n${page}\n  }\n}\n`
}
