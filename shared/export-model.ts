/**
 * What the user asks to export, and in which form. These schemas sit in
 * shared/ so the API contract can validate an export request before the core
 * sees it; the core's exporters take the parsed values.
 */
import { z } from 'zod'
import { NOTE_CATEGORIES, noteCategorySchema } from './notes/categories'
import { MAX_TAG_LENGTH } from './notes/note-model'

/** Longest filter text an export accepts (the same bound as a search). */
export const MAX_EXPORT_FILTER_TEXT = 500

/**
 * Most notes a filter export may name by id: a notes list (the Notes panel
 * or All notes) shows at most the best 200 notes a search finds (the most
 * one search returns), so it never needs more.
 */
export const MAX_EXPORT_NOTE_IDS = 200

/**
 * Most notes a selection export (notes ticked in All notes) may name: as
 * many as the bulk actions take in all, so any selection a user can act on
 * can be exported too.
 */
export const MAX_EXPORT_SELECTED_NOTES = 50_000

const documentIdSchema = z.string().min(1).max(200)

/**
 * Which notes to export: all of them, those of one document, the notes
 * the user ticked in All notes (by id), or those passing a notes filter (category, tag; empty or absent fields match
 * everything). A filter's text is searched through the notes index by the
 * list that shows it (the Notes panel or All notes), so `noteIds` names the
 * notes it showed and `text` only describes the search that chose them:
 * text without ids is refused rather than matched some other way, since
 * the export would then hold notes the user never saw listed. (The reader
 * and its core ship together, so no caller sends text alone.)
 */
export const exportSelectionSchema = z.discriminatedUnion('scope', [
  z.object({ scope: z.literal('all') }).strict(),
  z.object({ scope: z.literal('document'), documentId: documentIdSchema }).strict(),
  z
    .object({
      scope: z.literal('notes'),
      noteIds: z
        .array(z.string().min(1).max(100))
        .min(1)
        .max(MAX_EXPORT_SELECTED_NOTES, `a selection can name at most ${MAX_EXPORT_SELECTED_NOTES.toLocaleString('en')} notes`),
    })
    .strict(),
  z
    .object({
      scope: z.literal('filter'),
      documentId: documentIdSchema.optional(),
      category: noteCategorySchema.optional(),
      tag: z.string().max(MAX_TAG_LENGTH).optional(),
      text: z.string().max(MAX_EXPORT_FILTER_TEXT, `filter text can be at most ${MAX_EXPORT_FILTER_TEXT} characters`).optional(),
      noteIds: z
        .array(z.string().min(1).max(100))
        .max(MAX_EXPORT_NOTE_IDS, `a filter can name at most ${MAX_EXPORT_NOTE_IDS} notes`)
        .optional(),
      /** How many notes the search matched in all, when `noteIds` holds only the best of them. */
      matchTotal: z.number().int().nonnegative().optional(),
    })
    .strict()
    .refine((selection) => (selection.text?.trim() ?? '') === '' || selection.noteIds !== undefined, {
      message: 'a filter’s text describes a search: name the notes it found (noteIds)',
      path: ['text'],
    }),
])

/** Which notes to export. */
export type ExportSelection = z.infer<typeof exportSelectionSchema>

/** The export selection for a notes filter. */
export type FilterSelection = Extract<ExportSelection, { scope: 'filter' }>

/** The export selection for notes ticked one by one. */
export type NotesSelection = Extract<ExportSelection, { scope: 'notes' }>

/** What a notes list offers the export dialog: the notes its filter shows, or those ticked in it. */
export type ListSelection = FilterSelection | NotesSelection

/** A list selection in a few words, for the export dialog: "3 selected notes", or the filter's summary. */
export function listSelectionSummary(selection: ListSelection): string {
  if (selection.scope === 'filter') return filterSummary(selection)
  return selection.noteIds.length === 1 ? '1 selected note' : `${selection.noteIds.length.toLocaleString('en')} selected notes`
}

/**
 * What a filter keeps, in words, one phrase per part and without the
 * document: "in category Concern", "tagged “itu”", "matching the search
 * “monitor” (the best 200 of 340)". Shared so the export dialog and the
 * exported file describe a selection the same way.
 */
export function describeFilter(selection: FilterSelection): string[] {
  const parts: string[] = []
  if (selection.category !== undefined) parts.push(`in category ${NOTE_CATEGORIES[selection.category].label}`)
  const tag = selection.tag?.trim() ?? ''
  if (tag !== '') parts.push(`tagged “${tag}”`)
  const text = selection.text?.trim() ?? ''
  if (selection.noteIds !== undefined) {
    const found = selection.noteIds.length
    const best = selection.matchTotal !== undefined && selection.matchTotal > found ? ` (the best ${found} of ${selection.matchTotal})` : ''
    parts.push(text !== '' ? `matching the search “${text}”${best}` : `chosen by a search${best}`)
  }
  return parts
}

/**
 * A filter selection in a few words, for the export dialog: "3 notes in
 * category Concern, matching the search “monitor”" when it names its notes,
 * else "Notes tagged “itu”".
 */
export function filterSummary(selection: FilterSelection): string {
  const parts = describeFilter(selection)
  const count = selection.noteIds === undefined ? 'Notes' : selection.noteIds.length === 1 ? '1 note' : `${selection.noteIds.length} notes`
  if (parts.length > 0) return `${count} ${parts.join(', ')}`
  if (selection.noteIds !== undefined) return count
  return selection.documentId === undefined ? 'Every note' : 'Every note on this document'
}

/** The formats a user can export to: a PDF briefing (printed from HTML), Markdown, W3C annotation JSON, or a Word briefing. */
export const exportFormatSchema = z.enum(['pdf', 'markdown', 'json', 'docx'])

/** An export format. */
export type ExportFormat = z.infer<typeof exportFormatSchema>

/** Paper sizes the briefing is laid out for. */
export const paperSizeSchema = z.enum(['A4', 'Letter'])

/** A paper size. */
export type PaperSize = z.infer<typeof paperSizeSchema>
