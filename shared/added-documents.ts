/**
 * What the app accepts as a document the user adds, for the core that
 * checks it and the renderer that offers the file picker, and the inputs
 * of the documents.* API methods.
 */
import { z } from 'zod'
import { addedDocumentKindSchema, MAX_REVISION_LABEL_LENGTH } from './document-model'

/** Largest file a user can add, in bytes. */
export const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024

/** {@link MAX_DOCUMENT_BYTES} as people read it. */
export const MAX_DOCUMENT_SIZE_LABEL = '50 MB'

/** Longest base64 text of a file of at most MAX_DOCUMENT_BYTES. */
export const MAX_DOCUMENT_BASE64_LENGTH = Math.ceil(MAX_DOCUMENT_BYTES / 3) * 4

/** File name endings the app reads, for a file picker's `accept`. */
export const ADDED_DOCUMENT_EXTENSIONS = ['.pdf', '.docx', '.md', '.txt', '.html', '.htm'] as const

/** The formats as people read them, for messages and the file picker. */
export const ADDED_DOCUMENT_FORMATS_LABEL = 'PDF files with text (.pdf), Word documents (.docx), Markdown (.md), plain text (.txt) and web pages (.html, .htm)'

/** Longest title a user can give a document. */
export const MAX_DOCUMENT_TITLE_LENGTH = 200

/** A user's file name as the API takes it: no folders, no control characters. */
export const addedFileNameSchema = z
  .string()
  .min(1)
  .max(255)
  // eslint-disable-next-line no-control-regex -- control characters are exactly what a file name must not hold
  .regex(/^[^/\\\u0000-\u001f]+$/, 'must be a plain file name')

/** The input of documents.add: the file's name, type and bytes (base64), and the kind the user gives it. */
export const addDocumentInputSchema = z
  .object({
    fileName: addedFileNameSchema,
    /** The type the browser or system reports; the file's own bytes decide. */
    mediaType: z.string().max(200),
    bytesBase64: z
      .string()
      .max(MAX_DOCUMENT_BASE64_LENGTH, `the file is larger than ${MAX_DOCUMENT_SIZE_LABEL}, the largest that can be added`)
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64'),
    kind: addedDocumentKindSchema,
  })
  .strict()

/** The input of documents.addRevision: the next revision's file, as documents.add takes one, and an optional label. */
export const addRevisionInputSchema = addDocumentInputSchema
  .omit({ kind: true })
  .extend({
    documentId: z.string().min(1).max(200),
    label: z.string().max(MAX_REVISION_LABEL_LENGTH, `a revision's label can be at most ${MAX_REVISION_LABEL_LENGTH} characters`).optional(),
  })
  .strict()

/** How a document's notes sit on a new revision: unchanged text (exact or moved), changed text (needs review), or passage lost. */
export const revisionNoteCountsSchema = z.object({
  unchanged: z.number().int().nonnegative(),
  needsReview: z.number().int().nonnegative(),
  lost: z.number().int().nonnegative(),
})

/** How a document's notes sit on a new revision. */
export type RevisionNoteCounts = z.infer<typeof revisionNoteCountsSchema>

/** The input of documents.rename. */
export const renameDocumentInputSchema = z
  .object({
    documentId: z.string().min(1).max(200),
    title: z.string().max(MAX_DOCUMENT_TITLE_LENGTH, `a title can be at most ${MAX_DOCUMENT_TITLE_LENGTH} characters`),
  })
  .strict()

/** The input of documents.setRevisionLabel: which revision (its number) of which document, and its new label (blank: "Rev. <n>"). */
export const setRevisionLabelInputSchema = z
  .object({
    documentId: z.string().min(1).max(200),
    number: z.number().int().min(1).max(999_999),
    label: z.string().max(MAX_REVISION_LABEL_LENGTH, `a revision's label can be at most ${MAX_REVISION_LABEL_LENGTH} characters`),
  })
  .strict()

/** The input of documents.remove. */
export const removeDocumentInputSchema = z.object({ documentId: z.string().min(1).max(200) }).strict()
