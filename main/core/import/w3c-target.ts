/**
 * Where an annotation from another tool points, in this app's terms: which
 * bundled document, and which passage of it. A target is matched to a
 * document by its source (this app's URN, the document's published URL, or
 * a URL or id ending in the document's id) or, failing that, by finding its
 * quoted passage in a bundled document's text. The passage is then
 * anchored as the app anchors every note (shared/anchoring/reanchor).
 */
import { CodePointIndex } from '../../../shared/anchoring/code-points'
import { describeRange } from '../../../shared/anchoring/describe-range'
import { reanchor } from '../../../shared/anchoring/reanchor'
import type { LibraryDocument } from '../../../shared/document-model'
import {
  documentIdFromUrn,
  documentUrn,
  MAX_QUOTE_LENGTH,
  QUOTE_CONTEXT_LENGTH,
  versionUrn,
  type NoteTarget,
  type TextQuoteSelector,
} from '../../../shared/notes/note-model'
import type { Library } from '../library'

/** A target resolved to a bundled document: the note's target, ready to store. */
export interface ResolvedTarget {
  readonly document: LibraryDocument
  readonly target: NoteTarget
}

/** Why a target could not be used, for people. */
export interface UnresolvedTarget {
  readonly reason: string
}

/** What the W3C model allows as a target, read defensively: a link, or an object. */
type Json = Record<string, unknown>

/** Text indexes of the library's documents, built once per import. */
export class DocumentTexts {
  private readonly indexes = new Map<string, CodePointIndex>()

  constructor(readonly library: Library) {}

  /** The code-point index of a document's plain text. */
  index(document: LibraryDocument): CodePointIndex {
    let index = this.indexes.get(document.id)
    if (!index) {
      index = new CodePointIndex(document.plainText)
      this.indexes.set(document.id, index)
    }
    return index
  }
}

/** Resolves one W3C target (a string or an object) to a document and passage. */
export function resolveTarget(target: unknown, texts: DocumentTexts): ResolvedTarget | UnresolvedTarget {
  const { source, selectors } = readTarget(target)
  const quote = selectors.find((selector) => selector['type'] === 'TextQuoteSelector')
  const position = selectors.find((selector) => selector['type'] === 'TextPositionSelector')
  const exact = typeof quote?.['exact'] === 'string' ? quote['exact'] : null
  const hint = readPosition(position)
  if (exact !== null && exact.length > MAX_QUOTE_LENGTH) {
    return { reason: `its quoted passage is ${exact.length.toLocaleString('en')} characters long; a note can quote at most ${MAX_QUOTE_LENGTH.toLocaleString('en')}` }
  }
  if (exact === '') return { reason: 'its TextQuoteSelector quotes nothing (an empty "exact")' }
  if (selectors.length > 0 && exact === null && hint === null) {
    const kinds = [...new Set(selectors.map((selector) => String(selector['type'] ?? 'untyped')))].join(', ')
    return { reason: `its selector (${kinds}) cannot be matched to a passage: FOC Reader reads TextQuoteSelector and TextPositionSelector` }
  }
  const document = (source === null ? undefined : documentForSource(source, texts.library)) ?? (exact === null ? undefined : documentForQuote(exact, quote ?? {}, texts))
  if (!document) {
    const named = source === null ? 'its target names no source document' : `its source ${shorten(source)} is not one of the bundled documents`
    return { reason: exact === null ? named : `${named}, and its quoted passage is in none of them` }
  }
  const base = { source: documentUrn(document.id), state: versionUrn(document.version) }
  if (exact === null && hint === null) return { document, target: base }
  const index = texts.index(document)
  if (exact === null) {
    // A position alone: the passage is whatever the document has there, if the range fits.
    if (hint === null || hint.end > index.length) return { reason: `its TextPositionSelector (${hint?.start}–${hint?.end}) is outside “${document.title}”` }
    return { document, target: { ...base, selector: describeRange(index, hint.start, hint.end) } }
  }
  const given: Pick<TextQuoteSelector, 'exact' | 'prefix' | 'suffix'> = {
    exact,
    prefix: lastCodePoints(typeof quote?.['prefix'] === 'string' ? quote['prefix'] : '', QUOTE_CONTEXT_LENGTH),
    suffix: firstCodePoints(typeof quote?.['suffix'] === 'string' ? quote['suffix'] : '', QUOTE_CONTEXT_LENGTH),
  }
  const found = reanchor(index, { quote: given, ...(hint ? { position: hint } : {}) })
  if ((found.status === 'exact' || found.status === 'moved') && found.start !== undefined && found.end !== undefined) {
    // Found word for word: described afresh, as if the note had been made here.
    return { document, target: { ...base, selector: describeRange(index, found.start, found.end) } }
  }
  // Found only approximately (the note will ask for review) or not at all (an
  // orphan, kept and shown apart): the quote is kept as given. The position is
  // a hint the app checks before use; without a match it only needs to be valid.
  const start = found.start ?? 0
  const end = found.end ?? start + Math.max(1, [...exact].length)
  return { document, target: { ...base, selector: [{ type: 'TextQuoteSelector', ...given }, { type: 'TextPositionSelector', start, end }] } }
}

/** A target's source (a string) and selectors (objects), whatever shape it was written in. */
function readTarget(target: unknown): { source: string | null; selectors: Json[] } {
  if (typeof target === 'string') return { source: target, selectors: [] }
  if (!isObject(target)) return { source: null, selectors: [] }
  if (target['source'] === undefined) return { source: typeof target['id'] === 'string' ? target['id'] : null, selectors: [] }
  const rawSource = target['source']
  const source = typeof rawSource === 'string' ? rawSource : isObject(rawSource) && typeof rawSource['id'] === 'string' ? rawSource['id'] : null
  const rawSelectors = target['selector']
  const selectors = (Array.isArray(rawSelectors) ? rawSelectors : rawSelectors === undefined ? [] : [rawSelectors]).map((selector): Json =>
    isObject(selector) ? selector : { type: typeof selector === 'string' ? 'a link' : 'untyped' },
  )
  return { source, selectors }
}

function readPosition(selector: Json | undefined): { start: number; end: number } | null {
  const start = selector?.['start']
  const end = selector?.['end']
  if (typeof start !== 'number' || typeof end !== 'number' || !Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0 || end <= start) return null
  return { start, end }
}

/**
 * The bundled document a source names: this app's URN, the document's
 * published URL (ignoring scheme, "www.", trailing slash and fragment), or a
 * URL or URN whose last segment is the document's id ("…/foc-pp18-joint-statement.html").
 */
export function documentForSource(source: string, library: Library): LibraryDocument | undefined {
  const fromUrn = documentIdFromUrn(source)
  if (fromUrn !== null) return library.getDocument(fromUrn)
  const wanted = normalUrl(source)
  const byUrl = library.documents.find((document) => document.source !== undefined && normalUrl(document.source) === wanted)
  if (byUrl) return byUrl
  const last = source.replace(/[?#].*$/, '').replace(/\/+$/, '').split(/[/:]/).pop() ?? ''
  return library.getDocument(last.replace(/\.(html?|md|txt|pdf|json)$/i, ''))
}

/** The document whose text holds the quote; of several, the one whose text around it matches the given context best. */
function documentForQuote(exact: string, quote: Json, texts: DocumentTexts): LibraryDocument | undefined {
  const context = { exact, prefix: typeof quote['prefix'] === 'string' ? quote['prefix'] : '', suffix: typeof quote['suffix'] === 'string' ? quote['suffix'] : '' }
  let best: { document: LibraryDocument; score: number } | undefined
  for (const document of texts.library.documents) {
    if (!document.plainText.includes(exact)) continue
    const score = reanchor(texts.index(document), { quote: context }).score
    if (!best || score > best.score) best = { document, score }
  }
  return best?.document
}

function normalUrl(url: string): string {
  return url
    .trim()
    .toLowerCase()
    .replace(/#.*$/, '')
    .replace(/^https?:\/\/(www\.)?/, '')
    .replace(/\/+$/, '')
}

function lastCodePoints(text: string, count: number): string {
  const points = [...text]
  return points.slice(Math.max(0, points.length - count)).join('')
}

function firstCodePoints(text: string, count: number): string {
  return [...text].slice(0, count).join('')
}

function shorten(text: string): string {
  return text.length > 80 ? `“${text.slice(0, 77)}…”` : `“${text}”`
}

/** True for a JSON object (not an array, not null). */
export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
