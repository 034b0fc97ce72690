/**
 * What the user asks to export, and in which form. These schemas sit in
 * shared/ so the API contract can validate an export request before the core
 * sees it; the core's exporters take the parsed values.
 */
import { z } from 'zod'
import { noteCategorySchema } from './notes/categories'
import { MAX_TAG_LENGTH } from './notes/note-model'

/** Longest filter text an export accepts (the same bound as a search). */
export const MAX_EXPORT_FILTER_TEXT = 500

const documentIdSchema = z.string().min(1).max(200)

/**
 * Which notes to export: all of them, those of one document, or those
 * passing the Notes panel's filter (category, tag, text; empty or absent
 * fields match everything, as in the panel).
 */
export const exportSelectionSchema = z.discriminatedUnion('scope', [
  z.object({ scope: z.literal('all') }).strict(),
  z.object({ scope: z.literal('document'), documentId: documentIdSchema }).strict(),
  z
    .object({
      scope: z.literal('filter'),
      documentId: documentIdSchema.optional(),
      category: noteCategorySchema.optional(),
      tag: z.string().max(MAX_TAG_LENGTH).optional(),
      text: z.string().max(MAX_EXPORT_FILTER_TEXT, `filter text can be at most ${MAX_EXPORT_FILTER_TEXT} characters`).optional(),
    })
    .strict(),
])

/** Which notes to export. */
export type ExportSelection = z.infer<typeof exportSelectionSchema>

/** The formats a user can export to: a PDF briefing (printed from HTML), Markdown, or W3C annotation JSON. */
export const exportFormatSchema = z.enum(['pdf', 'markdown', 'json'])

/** An export format. */
export type ExportFormat = z.infer<typeof exportFormatSchema>

/** Paper sizes the briefing is laid out for. */
export const paperSizeSchema = z.enum(['A4', 'Letter'])

/** A paper size. */
export type PaperSize = z.infer<typeof paperSizeSchema>
