/**
 * A note is a W3C Web Annotation (https://www.w3.org/TR/annotation-model/):
 * the store keeps this shape and exports it as is, so nothing is lost in
 * translation. The target names a bundled document by URN, the content
 * version the note was made on, and the passage by quote and by position
 * (code points over the document's plain text). A note on a whole document
 * has no selector.
 */
import { z } from 'zod'
import { noteCategorySchema, type NoteCategory } from './categories'

/** Longest note body, in characters; longer input is refused with a message. */
export const MAX_NOTE_BODY = 100_000
/** Longest quoted passage a note can target. */
export const MAX_QUOTE_LENGTH = 20_000
/** Most tags on one note, and the longest tag. */
export const MAX_TAGS = 30
export const MAX_TAG_LENGTH = 60
/** Context kept on each side of a quote for re-anchoring. */
export const QUOTE_CONTEXT_LENGTH = 32

/** JSON-LD context every annotation carries. */
export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld'

const DOCUMENT_URN_PREFIX = 'urn:foc-reader:document:'
const VERSION_URN_PREFIX = 'urn:foc-reader:version:'

/** The URN a note's target.source uses for a bundled document. */
export function documentUrn(documentId: string): string {
  return `${DOCUMENT_URN_PREFIX}${documentId}`
}

/** The revision part an exported source may end with (see {@link documentRevisionUrn}). */
const REVISION_URN_SUFFIX = /:rev:([1-9][0-9]{0,5})$/

/**
 * The IRI the JSON export gives the source of a note on an added document
 * with revisions: `urn:foc-reader:document:<id>:rev:<n>`, naming the
 * document and the revision (1, 2, …) whose text the note's selectors and
 * target.state describe. Document ids never hold ":", so the suffix cannot
 * be part of one; {@link documentIdFromUrn} reads both forms to the same id,
 * and the import stores the plain form ({@link plainDocumentUrn}).
 */
export function documentRevisionUrn(documentId: string, revision: number): string {
  return `${documentUrn(documentId)}:rev:${revision}`
}

/** The revision number a source names (see {@link documentRevisionUrn}), or null when it names none. */
export function revisionFromUrn(source: string): number | null {
  if (!source.startsWith(DOCUMENT_URN_PREFIX)) return null
  const match = REVISION_URN_SUFFIX.exec(source)
  return match?.[1] ? Number(match[1]) : null
}

/** A document source without its revision part: the form notes are stored with. */
export function plainDocumentUrn(source: string): string {
  return source.startsWith(DOCUMENT_URN_PREFIX) ? source.replace(REVISION_URN_SUFFIX, '') : source
}

/** The document id in a target.source URN (with or without a revision part), or null for any other source. */
export function documentIdFromUrn(source: string): string | null {
  return source.startsWith(DOCUMENT_URN_PREFIX) ? plainDocumentUrn(source).slice(DOCUMENT_URN_PREFIX.length) || null : null
}

/** The URN a note's target.state uses for a content version. */
export function versionUrn(version: string): string {
  return `${VERSION_URN_PREFIX}${version}`
}

/** The content version in a target.state URN, or null. */
export function versionFromUrn(state: string | undefined): string | null {
  return state?.startsWith(VERSION_URN_PREFIX) ? state.slice(VERSION_URN_PREFIX.length) || null : null
}

const isoDateTimeSchema = z.iso.datetime({ offset: true })

/** W3C TextQuoteSelector: the passage and some text on each side. */
export const textQuoteSelectorSchema = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1).max(MAX_QUOTE_LENGTH),
  prefix: z.string().max(QUOTE_CONTEXT_LENGTH * 4),
  suffix: z.string().max(QUOTE_CONTEXT_LENGTH * 4),
})

/** W3C TextQuoteSelector. */
export type TextQuoteSelector = z.infer<typeof textQuoteSelectorSchema>

/** W3C TextPositionSelector: [start, end) in code points over the plain text. */
export const textPositionSelectorSchema = z
  .object({
    type: z.literal('TextPositionSelector'),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((selector) => selector.end > selector.start, { message: 'end must be after start', path: ['end'] })

/** W3C TextPositionSelector. */
export type TextPositionSelector = z.infer<typeof textPositionSelectorSchema>

/** A note's target: a document, and optionally a passage in it. */
export const noteTargetSchema = z.object({
  source: z.string().startsWith(DOCUMENT_URN_PREFIX),
  state: z.string().startsWith(VERSION_URN_PREFIX).optional(),
  selector: z.tuple([textQuoteSelectorSchema, textPositionSelectorSchema]).optional(),
})

/** A note's target. */
export type NoteTarget = z.infer<typeof noteTargetSchema>

/** A W3C TextualBody: the note text, a tag, or the category. */
export const textualBodySchema = z.discriminatedUnion('purpose', [
  z.object({
    type: z.literal('TextualBody'),
    purpose: z.literal('describing'),
    value: z.string().max(MAX_NOTE_BODY),
    format: z.literal('text/markdown'),
  }),
  z.object({
    type: z.literal('TextualBody'),
    purpose: z.literal('tagging'),
    value: z.string().min(1).max(MAX_TAG_LENGTH),
  }),
  z.object({
    type: z.literal('TextualBody'),
    purpose: z.literal('classifying'),
    value: noteCategorySchema,
  }),
])

/** A W3C TextualBody. */
export type TextualBody = z.infer<typeof textualBodySchema>

/** A note as stored, exported and imported. */
export const noteSchema = z.object({
  '@context': z.literal(ANNOTATION_CONTEXT),
  id: z.string().regex(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'must be a urn:uuid'),
  type: z.literal('Annotation'),
  motivation: z.enum(['highlighting', 'commenting']),
  created: isoDateTimeSchema,
  modified: isoDateTimeSchema,
  body: z.array(textualBodySchema).max(MAX_TAGS + 2),
  target: noteTargetSchema,
})

/** A note as stored, exported and imported. */
export type Note = z.infer<typeof noteSchema>

/** The parts of a note people edit, read out of its bodies. */
export interface NoteContent {
  readonly text: string
  readonly tags: readonly string[]
  readonly category: NoteCategory | null
}

/** Reads the text, tags and category out of a note's bodies. */
export function noteContent(note: Pick<Note, 'body'>): NoteContent {
  let text = ''
  let category: NoteCategory | null = null
  const tags: string[] = []
  for (const body of note.body) {
    if (body.purpose === 'describing') text = body.value
    else if (body.purpose === 'tagging') tags.push(body.value)
    else category = body.value
  }
  return { text, tags, category }
}

/** Builds a note's bodies from its text, tags and category (empty text is omitted). */
export function noteBodies(content: NoteContent): TextualBody[] {
  const bodies: TextualBody[] = []
  if (content.text !== '') bodies.push({ type: 'TextualBody', purpose: 'describing', value: content.text, format: 'text/markdown' })
  for (const tag of content.tags) bodies.push({ type: 'TextualBody', purpose: 'tagging', value: tag })
  if (content.category) bodies.push({ type: 'TextualBody', purpose: 'classifying', value: content.category })
  return bodies
}
