/**
 * The reader's state kept in the data folder: the reading settings, where
 * each document was left, and the document open last. Shared by the core
 * (which stores it in reading-state.json) and the renderer (which applies it).
 */
import { z } from 'zod'

/** The colour theme; "system" follows the operating system. */
export const themeSchema = z.enum(['system', 'light', 'sepia', 'dark'])

/** Text size steps for the reading text, the notes and the popovers. */
export const textSizeSchema = z.enum(['small', 'medium', 'large', 'x-large'])

/** Space between the lines of the reading text. */
export const lineSpacingSchema = z.enum(['compact', 'normal', 'relaxed'])

/** How wide the reading column may grow. */
export const columnWidthSchema = z.enum(['narrow', 'medium', 'wide'])

/** The reading text's typeface family. */
export const typefaceSchema = z.enum(['serif', 'sans'])

/** How All notes orders its list. */
export const notesSortSchema = z.enum(['position', 'created', 'modified', 'category'])

/** How All notes groups its list. */
export const notesGroupingSchema = z.enum(['document', 'category', 'tag', 'none'])

/** The reading settings, and All notes' sort and grouping (kept here so browser mode remembers them too). */
export const readingSettingsSchema = z.object({
  theme: themeSchema,
  textSize: textSizeSchema,
  lineSpacing: lineSpacingSchema,
  columnWidth: columnWidthSchema,
  typeface: typefaceSchema,
  /** Show the publisher's layer: references to cited texts and glossary terms. */
  publisherLayer: z.boolean(),
  /** Show each paragraph's number in the margin. */
  showParagraphNumbers: z.boolean(),
  notesSort: notesSortSchema,
  notesGrouping: notesGroupingSchema,
})

/** The reading settings. */
export type ReadingSettings = z.infer<typeof readingSettingsSchema>

/** What a new reader starts with. */
export const DEFAULT_SETTINGS: ReadingSettings = {
  theme: 'system',
  textSize: 'medium',
  lineSpacing: 'normal',
  columnWidth: 'medium',
  typeface: 'serif',
  publisherLayer: true,
  showParagraphNumbers: true,
  notesSort: 'position',
  notesGrouping: 'document',
}

/**
 * Settings from a partial or older record: each field that is missing or
 * invalid takes its default, so one bad value never resets the others.
 */
export function settingsFrom(value: unknown): ReadingSettings {
  if (typeof value !== 'object' || value === null) return DEFAULT_SETTINGS
  const record = value as Record<string, unknown>
  const shape = readingSettingsSchema.shape
  const field = <K extends keyof ReadingSettings>(key: K): ReadingSettings[K] => {
    const parsed = shape[key].safeParse(record[key])
    return parsed.success ? (parsed.data as ReadingSettings[K]) : DEFAULT_SETTINGS[key]
  }
  return {
    theme: field('theme'),
    textSize: field('textSize'),
    lineSpacing: field('lineSpacing'),
    columnWidth: field('columnWidth'),
    typeface: field('typeface'),
    publisherLayer: field('publisherLayer'),
    showParagraphNumbers: field('showParagraphNumbers'),
    notesSort: field('notesSort'),
    notesGrouping: field('notesGrouping'),
  }
}

/** An id as the library spells them (documents, blocks). */
const idSchema = z.string().min(1).max(200)

/**
 * Where a document was left: the paragraph (block) at the top of the view and
 * the character in it, so the place survives another text size or window width.
 */
export const readingPositionSchema = z
  .object({
    blockId: idSchema,
    /** The first character of the block in view, in UTF-16 units from the block's start. */
    offset: z.number().int().nonnegative().max(1_000_000),
  })
  .strict()

/** Where a document was left. */
export type ReadingPosition = z.infer<typeof readingPositionSchema>

/** Most documents whose position is kept; the least recently read go first. */
export const MAX_POSITIONS = 500

/** The whole reading state as the API returns it. */
export const readingStateSchema = z.object({
  /** The document open last, reopened at start; null before any was opened. */
  lastDocumentId: idSchema.nullable(),
  positions: z.record(idSchema, readingPositionSchema),
  settings: readingSettingsSchema,
})

/** The whole reading state. */
export type ReadingState = z.infer<typeof readingStateSchema>

/** A reader's state before anything was read. */
export const EMPTY_READING_STATE: ReadingState = { lastDocumentId: null, positions: {}, settings: DEFAULT_SETTINGS }

/**
 * The root element's data attributes for `settings`, which the stylesheets
 * follow (theme, text size, line spacing, column width, typeface, and
 * paragraph-numbers="off" when the numbers are hidden). The renderer writes
 * them to the live page; the hosts write them into the first paint.
 */
export function readingSettingsAttributes(settings: ReadingSettings): Readonly<Record<string, string>> {
  return {
    'data-theme': settings.theme,
    'data-text-size': settings.textSize,
    'data-line-spacing': settings.lineSpacing,
    'data-column-width': settings.columnWidth,
    'data-typeface': settings.typeface,
    ...(settings.showParagraphNumbers ? {} : { 'data-paragraph-numbers': 'off' }),
  }
}
