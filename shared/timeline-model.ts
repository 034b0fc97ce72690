/**
 * The reference layer around the statement: a timeline of the texts and
 * events it cites, a glossary of the terms a non-specialist stumbles on, and
 * the editorial annotations that tie the statement's words to both.
 *
 * Everything here is bundled content, written in content/ (timeline.yaml,
 * glossary.yaml, editorial/*.yaml), validated by the content pipeline and
 * validated again when the app loads it. Runtime schemas sit beside the
 * types for that reason. Pure: no Node, no Electron, no DOM.
 */
import { z } from 'zod'
import { textPositionSelectorSchema, textQuoteSelectorSchema } from './notes/note-model'
import { comparePartialDates, partialDateSchema } from './partial-date'

/** A content id: lower-case letters and digits in hyphen-separated words ("hrc-20-8"). */
export const contentIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters and digits separated by single hyphens (e.g. "hrc-20-8")')

/** A document or block id, as the document model allows them. */
const documentRefIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]*$/)

const text = z.string().trim().min(1, 'must not be empty')

/** Which body issued a text: one lane each on the timeline. */
export const timelineBodySchema = z.enum(['foc', 'hrc', 'unga', 'itu'])

/** Which body issued a text: one lane each on the timeline. */
export type TimelineBody = z.infer<typeof timelineBodySchema>

/** Display names of the bodies, in lane order. */
export const TIMELINE_BODY_LABELS: Readonly<Record<TimelineBody, string>> = {
  foc: 'Freedom Online Coalition',
  hrc: 'UN Human Rights Council',
  unga: 'UN General Assembly',
  itu: 'International Telecommunication Union',
}

/** What a text is about, for filtering. */
export const timelineTopicSchema = z.enum(['internet-freedom', 'privacy', 'foc-governance', 'itu'])

/** What a text is about, for filtering. */
export type TimelineTopic = z.infer<typeof timelineTopicSchema>

/** Display names of the topics. */
export const TIMELINE_TOPIC_LABELS: Readonly<Record<TimelineTopic, string>> = {
  'internet-freedom': 'Internet freedom',
  privacy: 'Privacy',
  'foc-governance': 'FOC governance',
  itu: 'ITU',
}

/**
 * How a text came to be: by consensus, without a vote, endorsed by its
 * signatories, adopted by its members, or (for PP-18) a conference that took
 * many decisions. `text` says it in a sentence for the reader.
 */
export const adoptionSchema = z
  .object({
    kind: z.enum(['consensus', 'without-vote', 'endorsed', 'adopted', 'conference']),
    text,
  })
  .strict()

/** How a text came to be. */
export type Adoption = z.infer<typeof adoptionSchema>

/** A public web page backing an entry's facts; opened externally, only on click. */
export const sourceLinkSchema = z
  .object({
    title: text,
    url: z.url({ protocol: /^https?$/, message: 'must be an http or https URL' }),
  })
  .strict()

/** A public web page backing an entry's facts. */
export type SourceLink = z.infer<typeof sourceLinkSchema>

/** A passage of a library document that cites an entry (from a citation annotation). */
export const citationSchema = z.object({
  documentId: documentRefIdSchema,
  blockId: documentRefIdSchema,
  /** The cited words as they stand in the document ("26/13"). */
  quote: z.string().min(1),
  /** The editorial annotation that marks the passage. */
  annotationId: contentIdSchema,
})

/** A passage of a library document that cites an entry. */
export type Citation = z.infer<typeof citationSchema>

const timelineEntryShape = {
  /** Stable id, used in links and routes ("hrc-20-8"). */
  id: contentIdSchema,
  /** The official title, as the text itself gives it. */
  title: text,
  /** What the timeline marker says: "HRC 20/8", "Tallinn Agenda", "PP-18". */
  shortLabel: text.max(40, 'keep short labels to 40 characters'),
  /** When it was adopted or began, at the precision the sources support. */
  date: partialDateSchema,
  /** Last day of an event that spans several (PP-18). */
  endDate: partialDateSchema.optional(),
  body: timelineBodySchema,
  /** Where it happened, when a source says so. */
  place: text.optional(),
  /** The session or meeting it came out of ("20th session (18 June – 6 July 2012)"). */
  session: text.optional(),
  /** The UN document symbol ("A/HRC/RES/20/8"); absent for texts without one. */
  symbol: text.optional(),
  /** The symbol of the draft that was adopted ("A/HRC/20/L.13"), where verified. */
  draftSymbol: text.optional(),
  adoption: adoptionSchema,
  /** Main sponsors, only where a source names them. */
  sponsors: z.array(text).min(1).optional(),
  /** A sentence on co-sponsors and supporters, where verified. */
  sponsorsNote: text.optional(),
  /** Two to four sentences, in the editors' own words. */
  summary: text,
  topics: z.array(timelineTopicSchema).min(1, 'give at least one topic'),
  sources: z.array(sourceLinkSchema).min(1, 'give at least one source'),
  /** The library document that is this entry's reference page. */
  documentId: documentRefIdSchema,
  /**
   * Facts the sources do not settle, each a sentence the reader sees
   * labelled "unconfirmed" (never presented as fact).
   */
  unconfirmed: z.array(text).min(1).optional(),
}

/** Checks across an entry's fields: the end follows the start; no topic twice. */
function checkEntry(
  entry: { readonly date: string; readonly endDate?: string | undefined; readonly topics: readonly string[] },
  context: z.RefinementCtx,
): void {
  if (entry.endDate !== undefined && comparePartialDates(entry.endDate, entry.date) <= 0) {
    context.addIssue({ code: 'custom', path: ['endDate'], message: `must be after the date (${entry.date})` })
  }
  if (new Set(entry.topics).size !== entry.topics.length) {
    context.addIssue({ code: 'custom', path: ['topics'], message: 'lists a topic twice' })
  }
}

/**
 * One timeline entry as written in content/timeline.yaml: every fact an
 * editor states. Unknown fields are refused so a misspelt field is an error,
 * not a silently missing fact.
 */
export const timelineEntryContentSchema = z.object(timelineEntryShape).strict().superRefine(checkEntry)

/** One timeline entry as written in content/timeline.yaml. */
export type TimelineEntryContent = z.infer<typeof timelineEntryContentSchema>

/** A timeline entry as built: its content plus the passages that cite it. */
export const timelineEntrySchema = z
  .object({
    ...timelineEntryShape,
    /** Computed at build from the citation annotations, in document order. */
    citedIn: z.array(citationSchema),
  })
  .strict()
  .superRefine(checkEntry)

/** A timeline entry as built: its content plus the passages that cite it. */
export type TimelineEntry = z.infer<typeof timelineEntrySchema>

/** A glossary term as written in content/glossary.yaml. */
export const glossaryTermSchema = z
  .object({
    id: contentIdSchema,
    /** The term as the glossary lists it ("ITU"). */
    term: text,
    /** Other forms of the term found in texts ("International Telecommunication Union"). */
    aliases: z.array(text).default([]),
    /** What it means, in the editors' own words. */
    definition: text,
    /** Timeline entries that say more about it. */
    seeAlso: z.array(contentIdSchema).min(1).optional(),
  })
  .strict()

/** A glossary term. */
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>

/** Passage selectors, the same pair user notes carry (code points over the plain text). */
export const editorialSelectorSchema = z.tuple([textQuoteSelectorSchema, textPositionSelectorSchema])

const editorialBase = {
  /** Stable id: kind and target ("citation-hrc-20-8"), numbered when repeated. */
  id: contentIdSchema,
  documentId: documentRefIdSchema,
  /** The block the passage lies in (passages never span blocks). */
  blockId: documentRefIdSchema,
  selector: editorialSelectorSchema,
}

/**
 * A publisher's annotation on a library document: a reference to a cited
 * text (linking to its timeline entry) or a glossary term (showing its
 * definition). The reader shows these as their own layer, which the user can
 * switch off; they are anchored like user notes.
 */
export const editorialAnnotationSchema = z.discriminatedUnion('kind', [
  z.object({ ...editorialBase, kind: z.literal('citation'), entryId: contentIdSchema }),
  z.object({ ...editorialBase, kind: z.literal('glossary'), termId: contentIdSchema }),
])

/** A publisher's annotation on a library document. */
export type EditorialAnnotation = z.infer<typeof editorialAnnotationSchema>

/**
 * Entries in chronological order (by the first day their date can mean; a
 * year-only date comes before the precise dates of that year), then by end
 * date, then by id, so the order never depends on the input's. Returns a new array.
 */
export function sortTimeline<T extends Pick<TimelineEntry, 'id' | 'date' | 'endDate'>>(entries: readonly T[]): T[] {
  return [...entries].sort(
    (a, b) =>
      comparePartialDates(a.date, b.date) ||
      comparePartialDates(a.endDate ?? a.date, b.endDate ?? b.date) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  )
}

/** Editorial annotations in reading order: by document, then position. */
export function sortEditorial(annotations: readonly EditorialAnnotation[]): EditorialAnnotation[] {
  return [...annotations].sort(
    (a, b) =>
      (a.documentId < b.documentId ? -1 : a.documentId > b.documentId ? 1 : 0) ||
      a.selector[1].start - b.selector[1].start ||
      a.selector[1].end - b.selector[1].end,
  )
}
