/**
 * The document model: what the content pipeline produces from Markdown and
 * what the main process hands to the renderer. Runtime schemas sit beside the
 * types because this data comes from disk and crosses the IPC/HTTP boundary.
 */
import { z } from 'zod'
import { partialDateSchema } from './partial-date'
import { editorialAnnotationSchema, glossaryTermSchema, timelineEntrySchema } from './timeline-model'

/** A date as precise as the source allows: "2018", "2018-10" or "2018-10-29" (see ./partial-date). */
export { partialDateSchema }

/** An inline run of text with its marks. `break` is a hard line break. */
export type Inline =
  | { readonly type: 'text'; readonly text: string; readonly marks: readonly InlineMark[] }
  | { readonly type: 'break' }
  | {
      readonly type: 'link'
      readonly href: string
      readonly children: readonly Inline[]
    }

/** Typographic marks an inline text run can carry. */
export type InlineMark = 'strong' | 'emphasis'

const inlineMarkSchema = z.enum(['strong', 'emphasis'])

/** Runtime schema for {@link Inline} (recursive through links). */
export const inlineSchema: z.ZodType<Inline> = z.lazy(() =>
  z.union([
    z.object({ type: z.literal('text'), text: z.string(), marks: z.array(inlineMarkSchema) }),
    z.object({ type: z.literal('break') }),
    z.object({
      type: z.literal('link'),
      href: z.string().url(),
      children: z.array(inlineSchema),
    }),
  ]),
)

/** Where a block's plain text sits in the document's plain text (code points). */
const textRangeSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
})

const blockBase = {
  /** Stable id, unique within the document; used in routes and index refs. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  /** The block's text without marks; line breaks are "\n". */
  text: z.string(),
  /** The block's range in {@link LibraryDocument.plainText}, in code points. */
  range: textRangeSchema,
}

/** Runtime schema for a heading, paragraph or list block. */
export const blockSchema = z.discriminatedUnion('type', [
  z.object({
    ...blockBase,
    type: z.literal('heading'),
    level: z.number().int().min(1).max(6),
    inlines: z.array(inlineSchema),
  }),
  z.object({ ...blockBase, type: z.literal('paragraph'), inlines: z.array(inlineSchema) }),
  z.object({
    ...blockBase,
    type: z.literal('list'),
    ordered: z.boolean(),
    items: z.array(z.array(inlineSchema)),
  }),
])

/** A heading, paragraph or list: the unit of reading, search and linking. */
export type Block = z.infer<typeof blockSchema>

/** What kind of text a library document is: the bundled kinds, then those a user gives a document they add. */
export const documentKindSchema = z.enum(['statement', 'declaration', 'resolution', 'reference', 'draft', 'revision', 'position-paper', 'other'])

/** What kind of text a library document is. */
export type DocumentKind = z.infer<typeof documentKindSchema>

/** The kinds a user can give a document they add. */
export const addedDocumentKindSchema = z.enum(['draft', 'revision', 'position-paper', 'other'])

/** The kinds a user can give a document they add. */
export type AddedDocumentKind = z.infer<typeof addedDocumentKindSchema>

/** The formats a user's document can be added from. */
export const addedDocumentFormatSchema = z.enum(['markdown', 'text', 'html', 'docx', 'pdf'])

/** The formats a user's document can be added from. */
export type AddedDocumentFormat = z.infer<typeof addedDocumentFormatSchema>

/** Prefix of every added document's id: no bundled document's id starts with it. */
export const ADDED_DOCUMENT_ID_PREFIX = 'my-'

/** Longest label a user can give a revision. */
export const MAX_REVISION_LABEL_LENGTH = 120

/** A revision's number (1, 2, …) and the label the user gave it ("Rev. 2" unless they chose one). */
export const revisionInfoSchema = z.object({
  number: z.number().int().min(1),
  label: z.string().min(1).max(MAX_REVISION_LABEL_LENGTH),
  /** When this revision was added (absent on the first: the document's own date added). */
  addedAt: z.string().datetime().optional(),
})

/** A revision's number and label. */
export type RevisionInfo = z.infer<typeof revisionInfoSchema>

/** An earlier revision of an added document, readable as its own document under `id`. */
export const earlierRevisionSchema = revisionInfoSchema.extend({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  addedAt: z.string().datetime(),
})

/** An earlier revision of an added document. */
export type EarlierRevision = z.infer<typeof earlierRevisionSchema>

/** The id under which revision `number` of the added document `documentId` is kept, read-only. */
export function revisionDocumentId(documentId: string, number: number): string {
  return `${documentId}--rev-${number}`
}

/** The added document and revision number a revision id ("<id>--rev-<n>") names, or null for any other id. */
export function parseRevisionDocumentId(id: string): { documentId: string; number: number } | null {
  const match = /^(.+)--rev-([1-9][0-9]{0,5})$/.exec(id)
  return match?.[1] && match[2] ? { documentId: match[1], number: Number(match[2]) } : null
}

/**
 * Every text a note can be on, with the title people know it by: each
 * document, preceded by its earlier revisions as "<title> (<label>)".
 */
export function textsWithEarlierRevisions(documents: readonly DocumentSummary[]): { readonly id: string; readonly title: string }[] {
  return documents.flatMap((document) => [
    ...(document.added?.earlierRevisions ?? []).map((revision) => ({ id: revision.id, title: revisionTitle(document.title, revision.label) })),
    { id: document.id, title: document.title },
  ])
}

/** The title an earlier revision goes by: "<document title> (<label>)". */
export function revisionTitle(documentTitle: string, label: string): string {
  return `${documentTitle} (${label})`
}

/** The title of the earlier revision `id` ("<id>--rev-<n>") of a document `getDocument` knows, or undefined for any other id. */
export function earlierRevisionTitle(id: string, getDocument: (id: string) => DocumentSummary | undefined): string | undefined {
  const named = parseRevisionDocumentId(id)
  const parent = named ? getDocument(named.documentId) : undefined
  const revision = parent?.added?.earlierRevisions?.find((each) => each.id === id)
  return parent && revision ? revisionTitle(parent.title, revision.label) : undefined
}

/** The default label of revision `number`. */
export function defaultRevisionLabel(number: number): string {
  return `Rev. ${number}`
}

/** What marks a document the user added (absent on bundled ones). */
export const addedDocumentInfoSchema = z.object({
  /** When it was added (ISO 8601). */
  addedAt: z.string().datetime(),
  /** The file it was added from, as the user named it. */
  fileName: z.string().min(1).max(255),
  format: addedDocumentFormatSchema,
  /** Which revision this text is (absent: the first, "Rev. 1"). */
  revision: revisionInfoSchema.optional(),
  /** The revisions before the current one, oldest first (only on the current text). */
  earlierRevisions: z.array(earlierRevisionSchema).optional(),
})

/** What marks a document the user added. */
export type AddedDocumentInfo = z.infer<typeof addedDocumentInfoSchema>

/** The facts about a document that a library list shows. */
export const documentSummarySchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  title: z.string().min(1),
  kind: documentKindSchema,
  date: partialDateSchema,
  issuingBody: z.string().min(1),
  source: z.string().url().optional(),
  /** Content hash of the plain text: the version notes are anchored to. */
  version: z.string().regex(/^[0-9a-f]{16,64}$/),
  /** Present on a document the user added ("Your documents"). */
  added: addedDocumentInfoSchema.optional(),
})

/** The facts about a document that a library list shows. */
export type DocumentSummary = z.infer<typeof documentSummarySchema>

/** A whole document: its summary, its blocks and its plain text. */
export const libraryDocumentSchema = documentSummarySchema.extend({
  blocks: z.array(blockSchema).min(1),
  plainText: z.string(),
})

/** A whole document: its summary, its blocks and its plain text. */
export type LibraryDocument = z.infer<typeof libraryDocumentSchema>

/**
 * Version of the library file's shape. 2 added the timeline, the glossary and
 * the editorial annotations; 3 the search index's checksum.
 */
export const LIBRARY_FORMAT_VERSION = 3

/**
 * The build output the main process loads: every bundled document, the
 * timeline of cited texts (chronological), the glossary and the editorial
 * annotations (see shared/timeline-model.ts). Cross-references between them
 * are checked by shared/library-integrity.ts.
 */
export const libraryFileSchema = z.object({
  formatVersion: z.literal(LIBRARY_FORMAT_VERSION),
  builtFrom: z.string(),
  documents: z.array(libraryDocumentSchema),
  timeline: z.array(timelineEntrySchema),
  glossary: z.array(glossaryTermSchema),
  editorial: z.array(editorialAnnotationSchema),
  /** SHA-256 (hex) of the search index file built with this library: the app refuses an index that differs. */
  searchIndexSha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be the SHA-256 of the search index file, as 64 lower-case hex digits'),
})

/** The build output the main process loads (see {@link libraryFileSchema}). */
export type LibraryFile = z.infer<typeof libraryFileSchema>

/** Separator between blocks in a document's plain text. */
export const BLOCK_SEPARATOR = '\n\n'

/** The kinds of document as people read them, in the reader, the library and exports alike. */
export const DOCUMENT_KIND_LABELS: Readonly<Record<DocumentKind, string>> = {
  statement: 'Joint statement',
  declaration: 'Declaration',
  resolution: 'Resolution',
  reference: 'Reference',
  draft: 'Draft',
  revision: 'Revision',
  'position-paper': 'Position paper',
  other: 'Document',
}

/** The index ref of a block: document id and block id, joined by "#". */
export function blockRef(documentId: string, blockId: string): string {
  return `${documentId}#${blockId}`
}

/** Splits an index ref back into document id and block id; null if malformed. */
export function parseBlockRef(ref: string): { documentId: string; blockId: string } | null {
  const hash = ref.indexOf('#')
  if (hash <= 0 || hash === ref.length - 1) return null
  return { documentId: ref.slice(0, hash), blockId: ref.slice(hash + 1) }
}
