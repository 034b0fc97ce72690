/**
 * The API contract between the renderer and the main process. Every method
 * has an input schema and an output schema; both transports (Electron IPC and
 * the browser-mode HTTP host) validate against these and nothing else.
 */
import { z } from 'zod'
import { documentSummarySchema, libraryDocumentSchema } from './document-model'
import { noteCategorySchema } from './notes/categories'
import { MAX_NOTE_BODY, MAX_TAG_LENGTH, MAX_TAGS, noteSchema } from './notes/note-model'
import { editorialAnnotationSchema, glossaryTermSchema, timelineEntrySchema } from './timeline-model'

/** Longest search query accepted; longer input is a user error, not a crash. */
export const MAX_QUERY_LENGTH = 500

const documentIdSchema = z.string().min(1).max(200)

/** A highlighted range inside a snippet's text (UTF-16 offsets, for rendering). */
export const highlightSchema = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })

/** A snippet of block text with the matched words marked. */
export const snippetSchema = z.object({
  text: z.string(),
  highlights: z.array(highlightSchema),
  /** True when text was cut at the start or end. */
  truncatedStart: z.boolean(),
  truncatedEnd: z.boolean(),
})

/** A snippet of block text with the matched words marked. */
export type Snippet = z.infer<typeof snippetSchema>

/** One search hit: a block of a document. */
export const searchResultSchema = z.object({
  documentId: z.string(),
  documentTitle: z.string(),
  blockId: z.string(),
  heading: z.string(),
  score: z.number(),
  snippet: snippetSchema,
  /** The matched terms as they appear in the block, for marking in the reader. */
  matchedTerms: z.array(z.string()),
})

/** One search hit: a block of a document. */
export type SearchResult = z.infer<typeof searchResultSchema>

/** Facts about the running app shown in the UI and used by tests. */
export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  mode: z.enum(['electron', 'browser']),
  dataDir: z.string(),
})

/** Facts about the running app. */
export type AppInfo = z.infer<typeof appInfoSchema>

/** Where a note sits in its document's current text (offsets in code points). */
export const noteAnchorSchema = z.object({
  /** exact: where it was made; moved: same words elsewhere; needs-review: similar words found; orphaned: not found; document: a note on the whole document. */
  status: z.enum(['exact', 'moved', 'needs-review', 'orphaned', 'document']),
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
  /** The block the passage starts in. */
  blockId: z.string().optional(),
  /** For needs-review: the text now at the anchor, to compare with the quote. */
  currentText: z.string().optional(),
  /** Why a note is orphaned, for people. */
  reason: z.string().optional(),
})

/** Where a note sits in its document's current text. */
export type NoteAnchor = z.infer<typeof noteAnchorSchema>

/** A note with its current anchor. */
export const noteViewSchema = z.object({ note: noteSchema, anchor: noteAnchorSchema })

/** A note with its current anchor. */
export type NoteView = z.infer<typeof noteViewSchema>

/** Something the user must know about their notes file. */
export const storeNoticeSchema = z.object({
  kind: z.enum(['recovered-from-backup', 'damaged-moved-aside', 'newer-version', 'locked', 'started-empty']),
  message: z.string(),
  path: z.string().optional(),
})

/** The state of the notes file. */
export const storeStatusSchema = z.object({ readOnly: z.boolean(), notices: z.array(storeNoticeSchema) })

/** The state of the notes file. */
export type StoreStatus = z.infer<typeof storeStatusSchema>

const noteIdSchema = z.string().min(1).max(100)
const noteTextSchema = z.string().max(MAX_NOTE_BODY, `a note can be at most ${MAX_NOTE_BODY.toLocaleString('en')} characters`)
const tagsSchema = z
  .array(z.string().max(MAX_TAG_LENGTH, `a tag can be at most ${MAX_TAG_LENGTH} characters`))
  .max(MAX_TAGS, `a note can have at most ${MAX_TAGS} tags`)
/** A passage of a document's plain text, in code points. */
const rangeSchema = z
  .object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
  .strict()
  .refine((range) => range.end > range.start, { message: 'the selection is empty', path: ['end'] })

/**
 * The methods, each with its input and output schema. Add a method here and
 * in the core's dispatch table; the transports need no change.
 */
export const apiContract = {
  'app.info': { input: z.object({}).strict(), output: appInfoSchema },
  'library.list': {
    input: z.object({}).strict(),
    output: z.object({ documents: z.array(documentSummarySchema) }),
  },
  'document.get': {
    input: z.object({ id: documentIdSchema }).strict(),
    output: z.object({ document: libraryDocumentSchema }),
  },
  'search.query': {
    input: z
      .object({
        query: z.string().max(MAX_QUERY_LENGTH, `a search can be at most ${MAX_QUERY_LENGTH} characters`),
        limit: z.number().int().min(1).max(200).optional(),
      })
      .strict(),
    output: z.object({ results: z.array(searchResultSchema), total: z.number().int().nonnegative() }),
  },
  'reference.get': {
    input: z.object({}).strict(),
    output: z.object({ timeline: z.array(timelineEntrySchema), glossary: z.array(glossaryTermSchema) }),
  },
  'editorial.list': {
    input: z.object({ documentId: documentIdSchema }).strict(),
    output: z.object({ annotations: z.array(z.object({ annotation: editorialAnnotationSchema, anchor: noteAnchorSchema })) }),
  },
  'notes.list': {
    input: z.object({ documentId: documentIdSchema.optional() }).strict(),
    output: z.object({ notes: z.array(noteViewSchema), store: storeStatusSchema }),
  },
  'notes.create': {
    input: z
      .object({
        documentId: documentIdSchema,
        /** Absent: a note on the whole document. */
        range: rangeSchema.optional(),
        motivation: z.enum(['highlighting', 'commenting']),
        text: noteTextSchema.optional(),
        tags: tagsSchema.optional(),
        category: noteCategorySchema.nullable().optional(),
      })
      .strict(),
    output: z.object({ note: noteViewSchema }),
  },
  'notes.update': {
    input: z
      .object({
        id: noteIdSchema,
        text: noteTextSchema.optional(),
        tags: tagsSchema.optional(),
        category: noteCategorySchema.nullable().optional(),
        /** For a note that needs review: accept the passage found now as its new anchor. */
        acceptAnchor: z.boolean().optional(),
      })
      .strict(),
    output: z.object({ note: noteViewSchema }),
  },
  'notes.delete': {
    input: z.object({ id: noteIdSchema }).strict(),
    output: z.object({ deleted: noteSchema }),
  },
  'notes.restore': {
    input: z.object({ note: noteSchema }).strict(),
    output: z.object({ note: noteViewSchema }),
  },
} as const

/** The name of an API method. */
export type ApiMethod = keyof typeof apiContract

/** All method names, for transports that need to enumerate them. */
export const apiMethods = Object.keys(apiContract) as ApiMethod[]

/** The input a method takes. */
export type ApiInput<M extends ApiMethod> = z.infer<(typeof apiContract)[M]['input']>

/** The output a method returns on success. */
export type ApiOutput<M extends ApiMethod> = z.infer<(typeof apiContract)[M]['output']>

/** Error codes a call can fail with; the message is for people. */
export const apiErrorCodeSchema = z.enum(['bad-request', 'not-found', 'user-input', 'internal'])

/** Error codes a call can fail with. */
export type ApiErrorCode = z.infer<typeof apiErrorCodeSchema>

/** A failed call: a code for programs and a message that names what was wrong. */
export const apiErrorSchema = z.object({ code: apiErrorCodeSchema, message: z.string() })

/** A failed call. */
export type ApiError = z.infer<typeof apiErrorSchema>

/** What every call returns, over either transport. */
export type ApiResult<M extends ApiMethod> = { ok: true; value: ApiOutput<M> } | { ok: false; error: ApiError }

/** True if `name` is a method of the contract (guards transport input). */
export function isApiMethod(name: string): name is ApiMethod {
  return Object.prototype.hasOwnProperty.call(apiContract, name)
}

/** The typed client both renderer transports implement. */
export interface ReaderApi {
  call<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiResult<M>>
}

/** Turns zod issues into one readable line naming the field. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .map((issue) => {
      const where = issue.path.length > 0 ? issue.path.map(String).join('.') : '(payload)'
      return `${where}: ${issue.message}`
    })
    .join('; ')
}
