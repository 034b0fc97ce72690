/**
 * The API contract between the renderer and the main process. Every method
 * has an input schema and an output schema; both transports (Electron IPC and
 * the browser-mode HTTP host) validate against these and nothing else.
 */
import { z } from 'zod'
import { documentSummarySchema, earlierRevisionSchema, libraryDocumentSchema } from './document-model'
import type { MenuCommand } from './menu-commands'
import type { OpenedFile } from './opened-file'
import { noteCategorySchema } from './notes/categories'
import { MAX_NOTE_BODY, MAX_TAG_LENGTH, MAX_TAGS, noteSchema } from './notes/note-model'
import { editorialAnnotationSchema, glossaryTermSchema, timelineEntrySchema } from './timeline-model'
import { exportFormatSchema, exportSelectionSchema, paperSizeSchema } from './export-model'
import { briefingOptionsSchema } from './briefing-options'
import { importFileErrorSchema, importResultSchema, importSummarySchema, MAX_IMPORT_BYTES, MAX_IMPORT_CHOICES, MAX_IMPORT_SIZE_LABEL } from './import-model'
import { addDocumentInputSchema, addRevisionInputSchema, removeDocumentInputSchema, renameDocumentInputSchema, revisionNoteCountsSchema, setRevisionLabelInputSchema } from './added-documents'
import { readingPositionSchema, readingSettingsSchema, readingStateSchema } from './reading-state'

/** Longest search query accepted; longer input is a user error, not a crash. */
export const MAX_QUERY_LENGTH = 500

/** Most hits one search returns per kind. */
export const MAX_SEARCH_LIMIT = 200

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

/** What a search result is: a passage of a document, a timeline entry, a glossary term or one of the user's notes. */
export const searchKindSchema = z.enum(['document', 'timeline', 'glossary', 'note'])

/** What a search result is. */
export type SearchKind = z.infer<typeof searchKindSchema>

const searchHitBase = {
  /** Unique among results, for lists. */
  key: z.string(),
  score: z.number(),
  /** What it is: the document's title, the entry's label and title, the term. */
  title: z.string(),
  /** Where it is, for people: heading and paragraph, body and date, … */
  place: z.string(),
  snippet: snippetSchema,
  /** The matched words (and phrases) as they appear in the text, for marking them where the result opens. */
  matchedTerms: z.array(z.string()),
}

/** One search hit; `kind` says which fields locate it. */
export const searchHitSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('document'), ...searchHitBase, documentId: z.string(), blockId: z.string() }),
  z.object({ kind: z.literal('timeline'), ...searchHitBase, entryId: z.string() }),
  z.object({
    kind: z.literal('glossary'),
    ...searchHitBase,
    termId: z.string(),
    /** The term's first mention in the library, where it opens; absent if the texts never mark it. */
    documentId: z.string().optional(),
    blockId: z.string().optional(),
  }),
  z.object({
    kind: z.literal('note'),
    ...searchHitBase,
    noteId: z.string(),
    documentId: z.string(),
    /** Absent for a note on the whole document or one whose passage is lost. */
    blockId: z.string().optional(),
    category: noteCategorySchema.nullable(),
    tags: z.array(z.string()),
  }),
])

/** One search hit. */
export type SearchHit = z.infer<typeof searchHitSchema>

/** The hits of one kind: how many matched, and the best of them. */
export const searchGroupSchema = z.object({
  kind: searchKindSchema,
  /** Hits of this kind that match the query and filters (kind filter aside). */
  total: z.number().int().nonnegative(),
  /** The best `limit` hits; empty when the kind filter leaves this kind out. */
  results: z.array(searchHitSchema),
})

/** The hits of one kind. */
export type SearchGroup = z.infer<typeof searchGroupSchema>

/** What a search asks for: the query and its filters. */
export const searchInputSchema = z
  .object({
    query: z.string().max(MAX_QUERY_LENGTH, `a search can be at most ${MAX_QUERY_LENGTH} characters`),
    /** Most hits returned per kind (default 20). */
    limit: z.number().int().min(1).max(MAX_SEARCH_LIMIT).optional(),
    /** Kinds to list (default: all); the others still report their totals. */
    kinds: z.array(searchKindSchema).min(1).max(4).optional(),
    /** Only this document's passages, notes, timeline entry and glossary terms first mentioned there. */
    documentId: documentIdSchema.optional(),
    /** Notes only: this category. */
    noteCategory: noteCategorySchema.optional(),
    /** Notes only: this tag (case-insensitive). */
    noteTag: z.string().min(1).max(MAX_TAG_LENGTH).optional(),
  })
  .strict()

/** What a search asks for. */
export type SearchInput = z.infer<typeof searchInputSchema>

/**
 * Why a search answered with part of its results: it ran out of time
 * ("time"), or its wildcard and fuzzy words had more index terms to examine,
 * or more such words, than one search may take on ("work").
 */
export const searchPartialSchema = z.object({ reason: z.enum(['time', 'work']) })

/** Why a search answered with part of its results. */
export type SearchPartial = z.infer<typeof searchPartialSchema>

/** A search's answer. */
export const searchOutputSchema = z.object({
  /** "all": every plain word matched; "any": nothing matched all of them, so these match any. */
  match: z.enum(['all', 'any']),
  /** One group per kind, always in the order document, timeline, glossary, note. */
  groups: z.array(searchGroupSchema),
  /** Hits over the kinds asked for. */
  total: z.number().int().nonnegative(),
  /** Tags of the notes that match (before the tag filter), for the tag filter's choices. */
  noteTags: z.array(z.string()),
  /** Present when the search stopped early: the results are those found so far. */
  partial: searchPartialSchema.optional(),
})

/** A search's answer. */
export type SearchOutput = z.infer<typeof searchOutputSchema>

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
  /** That block's place in the one paragraph scheme (shared/paragraph-numbers.ts): "¶2", "About the Coalition, ¶6". */
  place: z.string().optional(),
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
  kind: z.enum(['recovered-from-backup', 'damaged-moved-aside', 'newer-version', 'locked', 'started-empty', 'salvaged']),
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
 * Most notes one batch call (notes.updateMany, notes.deleteMany,
 * notes.restoreMany) names: All notes sends a larger selection in several
 * calls of at most this many.
 */
export const MAX_BATCH_NOTES = 2_000

/** An import file's text: no more UTF-16 units than the byte limit (a UTF-8 file never decodes to more units than it has bytes); the core counts the bytes. */
const importTextSchema = z.string().max(MAX_IMPORT_BYTES, `the file is too large to import (at most ${MAX_IMPORT_SIZE_LABEL})`)

/** A file name offered in a save dialog: no folders, no control characters. */
const fileNameSchema = z
  .string()
  .min(1)
  .max(200)
  // eslint-disable-next-line no-control-regex -- control characters are exactly what a file name must not hold
  .regex(/^[^/\\:*?"<>|\u0000-\u001f]+$/, 'must be a plain file name')

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
  'search.query': { input: searchInputSchema, output: searchOutputSchema },
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
  'notes.updateMany': {
    input: z
      .object({
        updates: z
          .array(z.object({ id: noteIdSchema, tags: tagsSchema.optional(), category: noteCategorySchema.nullable().optional() }).strict())
          .min(1)
          .max(MAX_BATCH_NOTES, `one change can name at most ${MAX_BATCH_NOTES} notes`),
      })
      .strict(),
    output: z.object({ notes: z.array(noteViewSchema) }),
  },
  'notes.deleteMany': {
    input: z.object({ ids: z.array(noteIdSchema).min(1).max(MAX_BATCH_NOTES, `one delete can name at most ${MAX_BATCH_NOTES} notes`) }).strict(),
    output: z.object({ deleted: z.array(noteSchema) }),
  },
  'notes.restoreMany': {
    input: z.object({ notes: z.array(noteSchema).min(1).max(MAX_BATCH_NOTES, `one restore can hold at most ${MAX_BATCH_NOTES} notes`) }).strict(),
    output: z.object({ notes: z.array(noteViewSchema) }),
  },
  /** Moves a note onto an earlier revision of its document ("<id>--rev-<n>"), anchored on that text. */
  'notes.keepOnRevision': {
    input: z.object({ id: noteIdSchema, revisionId: documentIdSchema }).strict(),
    output: z.object({ note: noteViewSchema }),
  },
  'notes.export': {
    input: z
      .object({
        selection: exportSelectionSchema,
        format: exportFormatSchema,
        paper: paperSizeSchema.optional(),
        /** PDF, Word and Markdown: the briefing's title, details and structure. */
        briefing: briefingOptionsSchema.optional(),
      })
      .strict(),
    output: z.object({
      format: exportFormatSchema,
      fileName: fileNameSchema,
      mediaType: z.string(),
      noteCount: z.number().int().nonnegative(),
      /** The file's text (for a PDF: the briefing HTML that is printed; for Word: the file's bytes in base64). */
      content: z.string(),
      /** For a PDF: where the host serves the briefing for printing. */
      briefingPath: z.string().optional(),
    }),
  },
  'notes.importPreview': {
    input: z.object({ text: importTextSchema }).strict(),
    output: z.discriminatedUnion('ok', [
      z.object({ ok: z.literal(true), summary: importSummarySchema }),
      z.object({ ok: z.literal(false), error: importFileErrorSchema }),
    ]),
  },
  'notes.importConfirm': {
    input: z
      .object({
        text: importTextSchema,
        /** The preview's entry ids the user left ticked: only these are imported. Absent: every note the preview would import. */
        ids: z.array(z.string().max(200)).max(MAX_IMPORT_CHOICES).optional(),
      })
      .strict(),
    output: z.discriminatedUnion('ok', [
      z.object({ ok: z.literal(true), result: importResultSchema }),
      z.object({ ok: z.literal(false), error: importFileErrorSchema }),
    ]),
  },
  'reading.get': { input: z.object({}).strict(), output: readingStateSchema },
  'reading.setPosition': {
    input: z.object({ documentId: documentIdSchema, position: readingPositionSchema }).strict(),
    output: z.object({}),
  },
  /** The document now open: it is reopened at the next start. */
  'reading.setLastDocument': { input: z.object({ documentId: documentIdSchema }).strict(), output: z.object({}) },
  'reading.setSettings': { input: z.object({ settings: readingSettingsSchema.strict() }).strict(), output: z.object({}) },
  'export.save': {
    input: z
      .object({
        fileName: fileNameSchema,
        format: exportFormatSchema,
        /** Markdown or JSON text to write, or a Word file's bytes in base64. */
        content: z.string().optional(),
        /** For a PDF: the briefing to print (from notes.export). */
        briefingPath: z.string().startsWith('/briefing/').optional(),
        paper: paperSizeSchema.optional(),
      })
      .strict(),
    output: z.object({
      /** False when the user cancelled, or when this host cannot save files (browser mode saves through the browser). */
      saved: z.boolean(),
      path: z.string().optional(),
      reason: z.string().optional(),
    }),
  },
  /** Adds a user's file to the library ("Your documents"); refused with a sentence naming the file when it cannot be read. */
  'documents.add': { input: addDocumentInputSchema, output: z.object({ document: documentSummarySchema }) },
  /**
   * Makes a file the next revision of an added document: it keeps its id and
   * notes (re-anchored onto the new text); the previous text stays readable
   * under its revision id. Says where the document's notes now sit.
   */
  'documents.addRevision': {
    input: addRevisionInputSchema,
    output: z.object({ document: documentSummarySchema, previous: earlierRevisionSchema, notes: revisionNoteCountsSchema }),
  },
  'documents.rename': { input: renameDocumentInputSchema, output: z.object({ document: documentSummarySchema }) },
  /** Gives a revision of an added document (the current one or an earlier one) a new label. */
  'documents.setRevisionLabel': { input: setRevisionLabelInputSchema, output: z.object({ document: documentSummarySchema }) },
  /** Sentences about added documents that could not be loaded at start (each skipped and left on disk). */
  'documents.notices': { input: z.object({}).strict(), output: z.object({ notices: z.array(z.string()) }) },
  /** Takes an added document out of the library; its notes are kept (shown as "Passage not found"). */
  'documents.remove': { input: removeDocumentInputSchema, output: z.object({ removed: documentSummarySchema }) },
  'briefing.getOptions': {
    input: z.object({}).strict(),
    output: z.object({ options: briefingOptionsSchema }),
  },
  'briefing.setOptions': {
    input: z.object({ options: briefingOptionsSchema }).strict(),
    output: z.object({ options: briefingOptionsSchema }),
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

/** Error codes a call can fail with; the message is for people. The last three say why a save failed. */
export const apiErrorCodeSchema = z.enum(['bad-request', 'not-found', 'user-input', 'internal', 'disk-full', 'permission-denied', 'io-error'])

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
  /** Electron only: calls `listener` for each native menu command; returns a function that stops it. */
  onMenuCommand?(listener: (command: MenuCommand) => void): () => void
  /** Electron only: calls `listener` with each file chosen in File › Add Document…; returns a function that stops it. */
  onOpenedFile?(listener: (file: OpenedFile) => void): () => void
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
