/**
 * Highlight categories. Each has a colour and a second cue that is not
 * colour (a glyph and an underline style), so highlights read in greyscale
 * and for colour-blind readers.
 */
import { z } from 'zod'

/** The category ids, in the order menus show them. */
export const NOTE_CATEGORY_IDS = ['key-point', 'concern', 'follow-up', 'question', 'reference'] as const

/** A category id. */
export const noteCategorySchema = z.enum(NOTE_CATEGORY_IDS)

/** A category id. */
export type NoteCategory = z.infer<typeof noteCategorySchema>

/** How a category looks and reads. */
export interface CategoryStyle {
  readonly id: NoteCategory
  readonly label: string
  /** A short glyph shown beside highlights and in lists. */
  readonly glyph: string
  /** The underline pattern under highlighted text. */
  readonly underline: 'solid' | 'double' | 'dashed' | 'dotted' | 'wavy'
}

/** Every category's label and cues. */
export const NOTE_CATEGORIES: Readonly<Record<NoteCategory, CategoryStyle>> = {
  'key-point': { id: 'key-point', label: 'Key point', glyph: '★', underline: 'solid' },
  concern: { id: 'concern', label: 'Concern', glyph: '!', underline: 'wavy' },
  'follow-up': { id: 'follow-up', label: 'Follow-up', glyph: '→', underline: 'dashed' },
  question: { id: 'question', label: 'Question', glyph: '?', underline: 'dotted' },
  reference: { id: 'reference', label: 'Reference', glyph: '§', underline: 'double' },
}

/** The category new highlights get. */
export const DEFAULT_CATEGORY: NoteCategory = 'key-point'
