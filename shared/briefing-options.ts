/**
 * What a briefing says about itself (title, occasion, author, date,
 * marking, opening paragraph) and how it is laid out (structure, dates,
 * whether the statement itself is annexed, whether the changes in the
 * latest revision of an added document that touch the notes are listed,
 * and whether its redline is annexed).
 * Chosen in the export dialog, remembered in the data folder for the next
 * export, and sent with `notes.export`. Every string is bounded and cleaned
 * here, so the core, the file on disk and the renderers see the same text.
 */
import { z } from 'zod'
import { stripControlCharacters } from './text-hygiene'

/** Longest title, occasion, author or custom marking. */
export const MAX_BRIEFING_LINE = 200

/** Longest opening paragraph. */
export const MAX_BRIEFING_OPENING = 4000

/** The marking everyone uses, offered as a choice of its own. */
export const OFFICIAL_USE_MARKING = 'For official use only'

/** One line of user text: controls out, line breaks and runs of spaces as one space, trimmed. */
function oneLineText(max: number) {
  return z
    .string()
    .max(max, `can be at most ${max} characters`)
    .transform((value) => stripControlCharacters(value).replace(/\s+/g, ' ').trim())
}

/** How the notes are grouped: by document in reading order, by category (Key points first), or by tag. */
export const briefingStructureSchema = z.enum(['document', 'category', 'tag'])

/** How the notes are grouped. */
export type BriefingStructure = z.infer<typeof briefingStructureSchema>

/** The marking line's choice: none, "For official use only", or the user's own words. */
export const briefingMarkingSchema = z.enum(['none', 'official', 'custom'])

/** The marking line's choice. */
export type BriefingMarking = z.infer<typeof briefingMarkingSchema>

/** A briefing's options; an empty title or date means the default ("Briefing: …", the day of export). */
export const briefingOptionsSchema = z
  .object({
    title: oneLineText(MAX_BRIEFING_LINE),
    occasion: oneLineText(MAX_BRIEFING_LINE),
    preparedBy: oneLineText(MAX_BRIEFING_LINE),
    /** YYYY-MM-DD, or '' for the day of export. */
    date: z.union([z.literal(''), z.iso.date()]),
    marking: briefingMarkingSchema,
    customMarking: oneLineText(MAX_BRIEFING_LINE),
    /** Paragraphs separated by blank lines. */
    opening: z
      .string()
      .max(MAX_BRIEFING_OPENING, `can be at most ${MAX_BRIEFING_OPENING} characters`)
      .transform((value) => stripControlCharacters(value).trim()),
    structure: briefingStructureSchema,
    includeDates: z.boolean(),
    /** Whether the briefing ends with the statement itself, the user's highlights marked. Absent in options remembered before it existed: off. */
    statementAnnex: z.boolean().default(false),
    /** Whether the briefing lists the changes in an added document's latest revision that touch the notes ("Changes in Rev. 2 that touch my notes"). Absent: off. */
    revisionChanges: z.boolean().default(false),
    /** Whether that section is followed by a redline annex of every changed paragraph of the revision. Absent: off. */
    redlineAnnex: z.boolean().default(false),
  })
  .strict()

/** A briefing's options, as the dialog sends them. */
export type BriefingOptionsInput = z.input<typeof briefingOptionsSchema>

/** A briefing's options, cleaned. */
export type BriefingOptions = z.output<typeof briefingOptionsSchema>

/** What a first export offers: today's layout (by document), no marking, no dates, no annexes, no changes section. */
export const DEFAULT_BRIEFING_OPTIONS: BriefingOptions = Object.freeze({
  title: '',
  occasion: '',
  preparedBy: '',
  date: '',
  marking: 'none',
  customMarking: '',
  opening: '',
  structure: 'document',
  includeDates: false,
  statementAnnex: false,
  revisionChanges: false,
  redlineAnnex: false,
})

/** The marking line to print, or null for none (a custom marking left blank is none). */
export function markingText(options: Pick<BriefingOptions, 'marking' | 'customMarking'>): string | null {
  if (options.marking === 'official') return OFFICIAL_USE_MARKING
  if (options.marking === 'custom' && options.customMarking !== '') return options.customMarking
  return null
}

/** The title a briefing gets when the user gives none: "Briefing: <document or selection>". */
export function defaultBriefingTitle(subject: string): string {
  return `Briefing: ${subject}`
}
