/**
 * The API contract between the renderer and the main process. Every method
 * has an input schema and an output schema; both transports (Electron IPC and
 * the browser-mode HTTP host) validate against these and nothing else.
 */
import { z } from 'zod'
import { documentSummarySchema, libraryDocumentSchema } from './document-model'

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
