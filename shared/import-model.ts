/**
 * What an import tells the user before and after it changes anything: the
 * file's first problem when it cannot be imported, or the summary of what a
 * merge would do (and did). Schemas here so the API contract can carry them.
 */
import { z } from 'zod'

/**
 * Largest file that can be imported, in bytes of UTF-8: ten megabytes is
 * some 20,000 notes, far more than anyone writes. The one import limit: the
 * dialog, the API contract, the importer and the browser-mode server's body
 * limit all follow from it.
 */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024

/** {@link MAX_IMPORT_BYTES} as people read it: "10 MB". */
export const MAX_IMPORT_SIZE_LABEL = `${MAX_IMPORT_BYTES / (1024 * 1024)} MB`

/** Why a file cannot be imported at all: a sentence, and where in the file (a JSON path, or "" for the whole file). */
export const importFileErrorSchema = z.object({
  message: z.string(),
  path: z.string(),
})

/** Why a file cannot be imported at all. */
export type ImportFileError = z.infer<typeof importFileErrorSchema>

/**
 * Most notes a confirmation can choose: far above what a file within
 * {@link MAX_IMPORT_BYTES} holds (some 20,000), so only a forged request meets it.
 */
export const MAX_IMPORT_CHOICES = 100_000

/**
 * Where a note's passage is in the bundled text, as the preview found it:
 * word for word where the note says, elsewhere word for word, only
 * approximately (the note will ask for review), not at all (it is kept under
 * "Passage not found"), or the note is on a whole document.
 */
export const importPassageSchema = z.enum(['found', 'moved', 'needs-review', 'not-found', 'whole-document'])

/** Where a note's passage is in the bundled text. */
export type ImportPassage = z.infer<typeof importPassageSchema>

/** One note of the file, as the summary lists it. */
export const importEntrySchema = z.object({
  /** The note's id in the store after the import (for a conflict: the id of the imported copy); what a confirmation chooses by. */
  id: z.string(),
  /** Where the item is in the file, e.g. "first.items[3]". */
  path: z.string(),
  /** The item's position in the file, counting from 1. */
  item: z.number().int().positive(),
  /** The title of the note's document, or its id when it is not in the library. */
  documentTitle: z.string(),
  /** The start of the quoted passage ("" for a note on a whole document). */
  quote: z.string(),
  /** The start of the note's text, else its tags ("" for a bare highlight). */
  text: z.string(),
  /** Whether the passage is in the bundled text. */
  passage: importPassageSchema,
  /** For an unchanged note: why (the same as the store's, or older than it). */
  detail: z.string().optional(),
  /** The time in the future the file dated this note with; it is imported as created or modified now. */
  futureTime: z.string().optional(),
})

/** One note of the file, as the summary lists it. */
export type ImportEntry = z.infer<typeof importEntrySchema>

/** An item of the file that will not be imported, and why. */
export const importRejectionSchema = z.object({
  path: z.string(),
  /** The item's position in the file, counting from 1: "item 11". */
  item: z.number().int().positive(),
  /** What the item is, for people (its id or quote). */
  label: z.string(),
  /** Why, for people, to follow "item 11: ": "its passage selector is incomplete". */
  reason: z.string(),
})

/** An item of the file that will not be imported, and why. */
export type ImportRejection = z.infer<typeof importRejectionSchema>

/** What a merge does: each item of the file falls in exactly one list. */
export const importSummarySchema = z.object({
  /** How many annotations the file holds. */
  items: z.number().int().nonnegative(),
  new: z.array(importEntrySchema),
  updated: z.array(importEntrySchema),
  unchanged: z.array(importEntrySchema),
  /** Same note, same modified time, different content: both are kept, the file's as a copy with a new id. */
  conflicting: z.array(importEntrySchema),
  rejected: z.array(importRejectionSchema),
  /** Notes the user left out of a confirmed import (always empty in a preview). */
  skipped: z.array(importEntrySchema),
})

/** What a merge does. */
export type ImportSummary = z.infer<typeof importSummarySchema>

/** What a confirmed import did: the summary, and where the store was backed up first (null when nothing changed or the store has no file). */
export const importResultSchema = z.object({
  summary: importSummarySchema,
  backupPath: z.string().nullable(),
})

/** What a confirmed import did. */
export type ImportResult = z.infer<typeof importResultSchema>
