/**
 * Reads a file the user chose to import, all of it, before anything
 * changes. Accepted: this app's JSON export (an AnnotationCollection, checked
 * strictly: every item must be a note exactly as the app stores it), its
 * notes file or a backup of it, and W3C annotations from other tools (a
 * collection, a page, an array or a single annotation), whose items are
 * taken as notes when they are, converted when they can be, and otherwise
 * rejected one by one with a reason.
 *
 * An item that is not a valid note is rejected on its own, with its position
 * in the file and a sentence for people (describeNoteIssue); the others are
 * still imported. Only a file that cannot be read as a whole (not JSON, not
 * annotations, too large, cut short) gets one message naming its problem and
 * where it is, as a JSON path. Never throws.
 */
import { MAX_IMPORT_BYTES, type ImportFileError } from '../../../shared/import-model'
import { noteSchema, type Note } from '../../../shared/notes/note-model'
import { APP_GENERATOR_ID } from '../export/annotation-json'
import type { Library } from '../library'
import { describeCharacterAt, findJsonSyntaxError } from '../json-syntax-error'
import { NOTES_FILE_FORMAT, NOTES_SCHEMA_VERSION, OLDEST_NOTES_SCHEMA_VERSION } from '../notes/notes-file'
import { describeNoteIssue } from './describe-note-issue'
import { normaliseImportedNote } from './normalise-imported-note'
import { convertW3cAnnotation, describeJson } from './w3c-annotation'
import { DocumentTexts, isObject } from './w3c-target'

/** One item of the file: a note to merge, or an annotation that cannot be one and why. */
export type ImportItem =
  | { readonly kind: 'note'; readonly path: string; readonly item: number; readonly note: Note; readonly futureTime?: string }
  | { readonly kind: 'rejected'; readonly path: string; readonly item: number; readonly label: string; readonly reason: string }

/** The outcome of reading a file. */
export type ParseImportResult = { readonly ok: true; readonly items: readonly ImportItem[] } | { readonly ok: false; readonly error: ImportFileError }

type JsonPath = ReadonlyArray<string | number>

/** Where a list of annotations sits in the file, and how strictly to read it. */
interface Container {
  readonly items: readonly unknown[]
  readonly path: JsonPath
  /** Written by this app: every item must be a valid note as it is, or it is rejected. */
  readonly strict: boolean
  /** Stands in for a missing created time on another tool's annotation. */
  readonly fileTime: string | null
  /** The file is one annotation: its paths start at the top level, not at [0]. */
  readonly single?: boolean
}

/** Reads and validates `text`; `now` stands in for missing times in other tools' annotations, and is the latest time a note may carry. */
export function parseImport(text: string, library: Library, now: Date = new Date()): ParseImportResult {
  try {
    return parse(text, library, now)
  } catch (error) {
    // A bug here must not become a crash in the import dialog.
    return fail([], `The file could not be read: ${error instanceof Error ? error.message : String(error)}`)
  }
}

function parse(text: string, library: Library, now: Date): ParseImportResult {
  // UTF-8 takes at most 3 bytes per UTF-16 unit: the exact count is needed only near the limit.
  const bytes = text.length * 3 <= MAX_IMPORT_BYTES ? 0 : Buffer.byteLength(text, 'utf8')
  if (bytes > MAX_IMPORT_BYTES) {
    return fail([], `The file is too large to import: ${megabytes(bytes)} MB, and the limit is ${megabytes(MAX_IMPORT_BYTES)} MB.`)
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  if (body.trim() === '') return fail([], 'The file is empty.')
  let json: unknown
  try {
    json = JSON.parse(body)
  } catch (error) {
    return fail([], syntaxMessage(body, error))
  }
  const container = findContainer(json)
  if ('message' in container) return { ok: false, error: container }

  const texts = new DocumentTexts(library)
  const fallbackTime = container.fileTime ?? now.toISOString()
  const items: ImportItem[] = []
  for (const [index, raw] of container.items.entries()) {
    const at = { path: formatPath(container.single ? [] : [...container.path, index]), item: index + 1 }
    const parsed = noteSchema.safeParse(withBody(raw))
    if (parsed.success) {
      items.push({ kind: 'note', ...at, ...normaliseImportedNote(parsed.data, now) })
      continue
    }
    if (container.strict) {
      items.push({ kind: 'rejected', ...at, label: appNoteLabel(raw, index), reason: describeNoteIssue(parsed.error.issues, raw) })
      continue
    }
    const converted = convertW3cAnnotation(raw, texts, fallbackTime)
    items.push(converted.kind === 'note' ? { kind: 'note', ...at, ...normaliseImportedNote(converted.note, now) } : { kind: 'rejected', ...at, label: converted.label, reason: converted.reason })
  }
  return { ok: true, items }
}

/** Finds the annotations in the file's top-level value, or says why there are none to find. */
function findContainer(json: unknown): Container | ImportFileError {
  if (Array.isArray(json)) return { items: json, path: [], strict: false, fileTime: null }
  if (!isObject(json)) return error([], `This is not an annotation file: it holds ${describeJson(json)}, not an AnnotationCollection, an annotation or a list of annotations.`)
  if (json['format'] === NOTES_FILE_FORMAT) return notesFile(json)
  const types = Array.isArray(json['type']) ? json['type'] : [json['type']]
  if (types.includes('AnnotationCollection')) return collection(json)
  if (types.includes('AnnotationPage')) return page(json, [], false, timeOf(json))
  if (types.includes('Annotation')) return { items: [json], path: [], strict: false, fileTime: null, single: true }
  const found = json['type'] === undefined ? 'it has no "type"' : `its type is ${JSON.stringify(json['type'])?.slice(0, 60)}`
  return error(['type'], `This is not an annotation file: ${found}; expected "AnnotationCollection", "AnnotationPage" or "Annotation".`)
}

function collection(json: Record<string, unknown>): Container | ImportFileError {
  const generator = Array.isArray(json['generator']) ? json['generator'] : [json['generator']]
  const ours = generator.some((agent) => agent === APP_GENERATOR_ID || (isObject(agent) && agent['id'] === APP_GENERATOR_ID))
  const first = json['first']
  const total = json['total']
  if (first === undefined) {
    if (total === undefined || total === 0) return { items: [], path: ['first', 'items'], strict: ours, fileTime: timeOf(json) }
    return error(['first'], 'The collection has no first page, so its annotations are not in this file.')
  }
  if (typeof first === 'string') return error(['first'], `The collection's annotations are on a separate page (${first.slice(0, 80)}), which is not in this file.`)
  if (!isObject(first)) return error(['first'], `Expected the collection's first page (an object), found ${describeJson(first)}.`)
  const container = page(first, ['first'], ours, timeOf(json) ?? timeOf(first))
  if ('message' in container) return container
  if (total !== undefined && (typeof total !== 'number' || !Number.isSafeInteger(total) || total < 0)) {
    return error(['total'], `Expected the number of annotations (a whole number), found ${JSON.stringify(total)?.slice(0, 40)}.`)
  }
  if (typeof total === 'number' && total !== container.items.length) {
    return error(['total'], `The collection says it holds ${total} annotations, but its page holds ${container.items.length}: the file may be incomplete.`)
  }
  return container
}

function page(json: Record<string, unknown>, path: JsonPath, strict: boolean, fileTime: string | null): Container | ImportFileError {
  if (json['next'] !== undefined) return error([...path, 'next'], 'The annotations continue on further pages that are not in this file.')
  const items = json['items']
  if (!Array.isArray(items)) return error([...path, 'items'], `Expected the list of annotations (an array), found ${items === undefined ? 'nothing' : describeJson(items)}.`)
  return { items, path: [...path, 'items'], strict, fileTime }
}

/** The app's own notes file (notes.json, or one of its backups): read as strictly as the store reads it. */
function notesFile(json: Record<string, unknown>): Container | ImportFileError {
  const version = json['schemaVersion']
  if (typeof version === 'number' && version > NOTES_SCHEMA_VERSION) {
    return error(['schemaVersion'], `This notes file was written by a newer version of FOC Reader (format ${version}); update the app to import it.`)
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < OLDEST_NOTES_SCHEMA_VERSION) {
    return error(['schemaVersion'], `Expected a version from ${OLDEST_NOTES_SCHEMA_VERSION} to ${NOTES_SCHEMA_VERSION}, found ${JSON.stringify(version) ?? 'nothing'}.`)
  }
  if (!Array.isArray(json['notes'])) return error(['notes'], `Expected the list of notes (an array), found ${describeJson(json['notes'])}.`)
  return { items: json['notes'], path: ['notes'], strict: true, fileTime: null }
}

/** How the import summary names a note it cannot take: its id when it has a readable one. */
function appNoteLabel(raw: unknown, index: number): string {
  const id = isObject(raw) ? raw['id'] : undefined
  return typeof id === 'string' && id.length > 0 && id.length <= 100 ? `Note ${id}` : `Note ${index + 1}`
}

/** A note exported without a body (a bare highlight, see toExportedAnnotation) has an empty body list. */
function withBody(raw: unknown): unknown {
  return isObject(raw) && raw['body'] === undefined && raw['bodyValue'] === undefined ? { ...raw, body: [] } : raw
}

function timeOf(json: Record<string, unknown>): string | null {
  for (const key of ['generated', 'modified', 'created']) {
    const value = json[key]
    if (typeof value === 'string' && !Number.isNaN(Date.parse(value)) && /^\d{4}-\d{2}-\d{2}T/.test(value)) return value
  }
  return null
}

/** "line 3, column 14: expected ',' or '}'", from the scanner that finds where JSON first goes wrong. */
function syntaxMessage(text: string, parseError: unknown): string {
  const found = findJsonSyntaxError(text)
  if (found === null) return `The file is not valid JSON: ${parseError instanceof Error ? parseError.message : String(parseError)}.`
  const where = `line ${found.line}, column ${found.column}`
  if (found.atEnd) return `The file is not valid JSON: it ends at ${where} where ${found.expected} was expected; it may be cut short.`
  return `The file is not valid JSON: at ${where}, ${found.expected} was expected but found ${describeCharacterAt(text, found.offset)}.`
}

function fail(path: JsonPath, message: string): ParseImportResult {
  return { ok: false, error: error(path, message) }
}

/** A file problem; the message names the path too, so it reads on its own. */
function error(path: JsonPath, message: string): ImportFileError {
  const where = formatPath(path)
  return { message: where === '' ? message : `${where}: ${message}`, path: where }
}

/** A JSON path as people read it: `first.items[3].target.selector[0].exact`; '' for the whole file. */
export function formatPath(path: JsonPath): string {
  let out = ''
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`
    else out += out === '' ? key : /^[A-Za-z_@$][\w@$-]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`
  }
  return out
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toLocaleString('en', { maximumFractionDigits: 1 })
}
