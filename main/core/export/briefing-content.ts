/**
 * The content of a briefing, worked out once and rendered three times (HTML
 * for the PDF, Word, and Markdown), so every export says the same thing:
 * the title block (title, occasion, author, date, marking), the opening
 * paragraph, the first-page summary (counts and key points), the notes
 * grouped as the user chose, each with its passage, paragraph reference,
 * category, tags, flags and (if asked) dates, and the references annex.
 */
import type { NoteView } from '../../../shared/api-contract'
import { DEFAULT_BRIEFING_OPTIONS, defaultBriefingTitle, markingText, type BriefingOptions, type BriefingStructure } from '../../../shared/briefing-options'
import { DOCUMENT_KIND_LABELS, type DocumentKind, type LibraryDocument } from '../../../shared/document-model'
import { NOTE_CATEGORIES, NOTE_CATEGORY_IDS, type CategoryStyle } from '../../../shared/notes/categories'
import { noteContent, type NoteContent } from '../../../shared/notes/note-model'
import type { Library } from '../library'
import { formatPartialDate } from '../../../shared/partial-date-format'
import { formatPlace, paragraphPlaces, type ParagraphPlace } from '../../../shared/paragraph-numbers'
import { buildAnnex, type AnnexEntry } from './briefing-annex'
import { groupDocuments, summaryLine, type NoteGroup } from './briefing-groups'
import { buildStatementAnnex, type HighlightSource, type StatementAnnex } from './statement-annex'
import { noteDocumentId, type ExportGroup } from './export-selection'
import { noteRevision, type EarlierTexts, type NoteRevision } from './note-revision'
import { buildRevisionChanges, type RevisionChanges } from './briefing-revision-changes'

/** A flag a note carries in the briefing. */
export type BriefingFlag = 'needs-review' | 'orphaned'

/** The words for each flag, in both renderings. */
export const FLAG_LABELS: Readonly<Record<BriefingFlag, string>> = {
  'needs-review': 'Needs review',
  orphaned: 'Passage not found',
}

/** One note as the briefing shows it. */
export interface BriefingNote {
  /** 1-based position in the whole briefing, so a delegate can say "note 7". */
  readonly number: number
  readonly view: NoteView
  readonly content: NoteContent
  readonly category: CategoryStyle | null
  /** The quoted passage; null for a note on the whole document. */
  readonly quote: string | null
  /** For a note that needs review: what the text at its anchor says now. */
  readonly currentText: string | null
  /** null for a whole-document note, an orphan, or a passage in a document no longer bundled. */
  readonly reference: ParagraphPlace | null
  readonly flags: readonly BriefingFlag[]
  /** Why an orphan is one, for people. */
  readonly orphanReason: string | null
  /** The revision the note belongs to, on an added document with revisions; else null. */
  readonly revision: NoteRevision | null
}

/** A resolution's symbol and date, when the library knows them. */
export interface ResolutionCitation {
  readonly symbol: string | null
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  readonly date: string | null
}

/** One document's part of the briefing. */
export interface BriefingDocument {
  readonly documentId: string
  readonly title: string
  /** False when the notes' document is no longer in the library. */
  readonly inLibrary: boolean
  readonly kind: DocumentKind | null
  readonly issuingBody: string | null
  /** The document's own date (YYYY, YYYY-MM or YYYY-MM-DD). */
  readonly date: string | null
  /** For a cited resolution: its symbol and adoption date. */
  readonly citation: ResolutionCitation | null
  readonly notes: readonly BriefingNote[]
}

/** Counts for the title block. */
export interface BriefingCounts {
  readonly notes: number
  readonly documents: number
  /** Categories in menu order, then "no category"; only those with notes. */
  readonly byCategory: ReadonlyArray<{ readonly category: CategoryStyle | null; readonly count: number }>
  readonly needsReview: number
  readonly orphaned: number
  readonly wholeDocument: number
}

/** What the user said about the briefing, beyond its title. */
export interface BriefingDetails {
  readonly occasion: string | null
  readonly preparedBy: string | null
  /** The briefing's date (YYYY-MM-DD) as the user gave it; null: the day it was exported. */
  readonly date: string | null
  /** The marking line ("For official use only"), printed on every page; null for none. */
  readonly marking: string | null
  /** The opening paragraphs; empty for none. */
  readonly opening: readonly string[]
  readonly structure: BriefingStructure
  /** Whether each note shows when it was created and modified. */
  readonly includeDates: boolean
}

/** A group of the briefing (see groupDocuments): a document, a category or a tag, with its documents' notes. */
export type BriefingGroup = NoteGroup<BriefingDocument>

/** A key point for the first-page summary. */
export interface KeyPoint {
  readonly note: BriefingNote
  /** The note in one line. */
  readonly line: string
}

/** Everything a briefing says. */
export interface BriefingContent {
  readonly title: string
  readonly generated: Date
  /** What was exported, for people (see describeSelection). */
  readonly selectionLabel: string
  readonly details: BriefingDetails
  /** Every document with its notes, in library order (the numbers follow the groups). */
  readonly documents: readonly BriefingDocument[]
  /** The notes as the structure groups them, numbered in this order. */
  readonly groups: readonly BriefingGroup[]
  readonly keyPoints: readonly KeyPoint[]
  readonly annex: readonly AnnexEntry[]
  /** The statement itself with the notes' highlights marked, when the user asked for it (and the library has one). */
  readonly statement: StatementAnnex | null
  /** For each added document with revisions, the changes in its latest revision that touch the notes, when the user asked (see briefing-revision-changes); else empty. */
  readonly revisionChanges: readonly RevisionChanges[]
  readonly counts: BriefingCounts
}

/** A timeline entry as the library may carry it; every field optional, read defensively. */
interface TimelineFacts {
  readonly documentId?: unknown
  readonly symbol?: unknown
  readonly date?: unknown
}

/** How to build a briefing. */
export interface BuildBriefingOptions {
  readonly generated: Date
  /** What was exported, for people (see describeSelection). */
  readonly selectionLabel: string
  /** The user's choices; the defaults (by document, no marking, no dates) when absent. */
  readonly briefing?: BriefingOptions
  /** What the default title names ("Briefing: <subject>"): the document, or else the selection. */
  readonly subject?: string
  /** The earlier revisions of added documents, read for this export (see readEarlierTexts); none when absent. */
  readonly revisions?: EarlierTexts
}

/** Builds the briefing's content from selected groups (see selectNotes). */
export function buildBriefing(groups: readonly ExportGroup[], library: Library, options: BuildBriefingOptions): BriefingContent {
  const choices = options.briefing ?? DEFAULT_BRIEFING_OPTIONS
  const timeline = timelineOf(library)
  const earlier = options.revisions ?? new Map<string, LibraryDocument>()
  const unnumbered = groups.map((group): BriefingDocument => {
    const document = group.document
    const paragraphs = document ? paragraphPlaces(document.blocks) : new Map<string, ParagraphPlace>()
    const notes = group.notes.map((view) => briefingNote(view, 0, paragraphs, noteRevision(view, library, earlier)))
    return {
      documentId: group.documentId,
      title: document?.title ?? (group.documentId || 'Unknown document'),
      inLibrary: document !== undefined,
      kind: document?.kind ?? null,
      issuingBody: document?.issuingBody ?? null,
      date: document?.date ?? null,
      citation: citationFor(group.documentId, document, timeline),
      notes,
    }
  })
  // Numbers follow the order the reader meets the notes in: the groups'.
  let number = 0
  const numbered = new Map<BriefingNote, BriefingNote>()
  const briefingGroups = groupDocuments<BriefingNote, BriefingDocument>(unnumbered, choices.structure, (document, notes) => ({ ...document, notes })).map((group) => ({
    ...group,
    documents: group.documents.map((document) => ({
      ...document,
      notes: document.notes.map((note) => {
        const renumbered = { ...note, number: (number += 1) }
        numbered.set(note, renumbered)
        return renumbered
      }),
    })),
  }))
  const documents = unnumbered.map((document) => ({ ...document, notes: document.notes.map((note) => numbered.get(note) ?? note) }))
  const inOrder = briefingGroups.flatMap((group) => group.documents.flatMap((document) => document.notes))
  return {
    title: choices.title !== '' ? choices.title : defaultBriefingTitle(options.subject ?? options.selectionLabel),
    generated: options.generated,
    selectionLabel: options.selectionLabel,
    details: {
      occasion: choices.occasion || null,
      preparedBy: choices.preparedBy || null,
      date: choices.date || null,
      marking: markingText(choices),
      opening: choices.opening === '' ? [] : choices.opening.split(/\n[ \t]*\n/).map((paragraph) => paragraph.trim()).filter((paragraph) => paragraph !== ''),
      structure: choices.structure,
      includeDates: choices.includeDates,
    },
    documents,
    groups: briefingGroups,
    keyPoints: inOrder.filter((note) => note.category?.id === 'key-point').map((note) => ({ note, line: summaryLine(note.content.text, note.quote) })),
    annex: buildAnnex(
      inOrder.map((note) => ({ number: note.number, documentId: noteDocumentId(note.view), blockId: note.view.anchor.blockId })),
      timeline,
    ),
    statement: choices.statementAnnex ? statementAnnex(library, documents) : null,
    revisionChanges: choices.revisionChanges ? buildRevisionChanges(documents, library, earlier, choices.redlineAnnex) : [],
    counts: countNotes(documents),
  }
}

/** The bundled statement with the highlights of the exported notes on it; null if the library has no statement. */
function statementAnnex(library: Library, documents: readonly BriefingDocument[]): StatementAnnex | null {
  const statement = library.documents.find((document) => document.kind === 'statement')
  if (!statement) return null
  const highlights = documents
    .filter((document) => document.documentId === statement.id)
    .flatMap((document) => document.notes)
    .flatMap(({ number, category, view: { anchor } }): HighlightSource[] =>
      anchor.status !== 'orphaned' && anchor.status !== 'document' && anchor.start !== undefined && anchor.end !== undefined ? [{ number, category, start: anchor.start, end: anchor.end }] : [],
    )
  return buildStatementAnnex(statement, highlights)
}

function briefingNote(view: NoteView, number: number, paragraphs: ReadonlyMap<string, ParagraphPlace>, revision: NoteRevision | null): BriefingNote {
  const content = noteContent(view.note)
  const { anchor } = view
  const flags: BriefingFlag[] = []
  if (anchor.status === 'needs-review') flags.push('needs-review')
  if (anchor.status === 'orphaned') flags.push('orphaned')
  const quote = view.note.target.selector?.[0].exact ?? null
  const located = anchor.status !== 'orphaned' && anchor.status !== 'document' && anchor.blockId !== undefined
  return {
    number,
    view,
    content,
    category: content.category ? NOTE_CATEGORIES[content.category] : null,
    quote,
    currentText: anchor.status === 'needs-review' && anchor.currentText !== undefined && anchor.currentText !== quote ? anchor.currentText : null,
    reference: located ? (paragraphs.get(anchor.blockId ?? '') ?? null) : null,
    flags,
    orphanReason: anchor.status === 'orphaned' ? (anchor.reason ?? null) : null,
    revision,
  }
}

/** Where a key point is, after its one line in the summary: "About the Coalition, ¶2 · note 3". */
export function keyPointPlace(note: BriefingNote): string {
  const where = note.reference === null ? '' : formatPlace(note.reference)
  return where === '' ? `note ${note.number}` : `${where} · note ${note.number}`
}

function citationFor(documentId: string, document: LibraryDocument | undefined, timeline: readonly TimelineFacts[]): ResolutionCitation | null {
  const entry = timeline.find((candidate) => candidate.documentId === documentId && (typeof candidate.symbol === 'string' || typeof candidate.date === 'string'))
  if (entry) {
    return { symbol: nonEmptyString(entry.symbol), date: nonEmptyString(entry.date) }
  }
  // Without a timeline entry a resolution still has its own date.
  return document?.kind === 'resolution' ? { symbol: null, date: document.date } : null
}

/**
 * The library's timeline, if this build's library has one. It is read
 * structurally (array of objects with optional documentId, symbol, date) so
 * the export works before and after the timeline lands in the library.
 */
function timelineOf(library: Library): readonly TimelineFacts[] {
  const timeline: unknown = (library as Library & { readonly timeline?: unknown }).timeline
  if (!Array.isArray(timeline)) return []
  return timeline.filter((entry): entry is TimelineFacts => typeof entry === 'object' && entry !== null)
}

function countNotes(documents: readonly BriefingDocument[]): BriefingCounts {
  const notes = documents.flatMap((document) => document.notes)
  const byId = new Map<string, number>()
  for (const note of notes) byId.set(note.category?.id ?? '', (byId.get(note.category?.id ?? '') ?? 0) + 1)
  const byCategory = [
    ...NOTE_CATEGORY_IDS.filter((id) => byId.has(id)).map((id) => ({ category: NOTE_CATEGORIES[id], count: byId.get(id) ?? 0 })),
    ...(byId.has('') ? [{ category: null, count: byId.get('') ?? 0 }] : []),
  ]
  return {
    notes: notes.length,
    documents: documents.length,
    byCategory,
    needsReview: notes.filter((note) => note.flags.includes('needs-review')).length,
    orphaned: notes.filter((note) => note.flags.includes('orphaned')).length,
    wholeDocument: notes.filter((note) => note.view.anchor.status === 'document').length,
  }
}

function nonEmptyString(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null
}

/** Date formatting shared by both renderings: the reader's locale and time zone unless given (tests fix both). */
export interface DateStyle {
  readonly locale?: string
  readonly timeZone?: string
}

/** Formatters by locale and time zone: making one costs far more than using it, and a briefing formats thousands of dates. */
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>()

/** Day formatters by locale and time zone, as {@link dateTimeFormats}. */
const dayFormats = new Map<string, Intl.DateTimeFormat>()

/** The briefing's date in words: the one the user gave ("5 December 2026"), else the day it was exported. */
export function briefingDate(content: Pick<BriefingContent, 'details' | 'generated'>, style: DateStyle): string {
  if (content.details.date !== null) return formatPartialDate(content.details.date, briefingLocale(style))
  const key = `${style.locale ?? ''}\u0000${style.timeZone ?? ''}`
  let format = dayFormats.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(style.locale, { dateStyle: 'long', timeZone: style.timeZone })
    dayFormats.set(key, format)
  }
  return format.format(content.generated)
}

/** "18 December 2013 at 14:05" in the given locale and time zone. */
export function formatDateTime(iso: string | Date, style: DateStyle): string {
  const time = typeof iso === 'string' ? Date.parse(iso) : iso.getTime()
  if (Number.isNaN(time)) return String(iso)
  const key = `${style.locale ?? ''}\u0000${style.timeZone ?? ''}`
  let format = dateTimeFormats.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(style.locale, { dateStyle: 'long', timeStyle: 'short', timeZone: style.timeZone })
    dateTimeFormats.set(key, format)
  }
  return format.format(time)
}

/** The locale the briefing writes dates in: the one asked for, else the reader's (as {@link formatDateTime} does). */
export function briefingLocale(style: DateStyle): string {
  return style.locale ?? new Intl.DateTimeFormat().resolvedOptions().locale
}

/** "Resolution · UN General Assembly · A/RES/68/167 · 18 December 2013", or why the document is missing. */
export function documentMeta(document: BriefingDocument, style: DateStyle): string {
  if (!document.inLibrary) return `No longer in the library (${document.documentId || 'unknown id'}): passages cannot be shown in context`
  const parts = [document.kind ? DOCUMENT_KIND_LABELS[document.kind] : null, document.issuingBody]
  if (document.citation) {
    parts.push(document.citation.symbol, document.citation.date ? formatPartialDate(document.citation.date, briefingLocale(style)) : null)
  } else if (document.date) {
    parts.push(formatPartialDate(document.date, briefingLocale(style)))
  }
  return parts.filter((part): part is string => part !== null && part !== '').join(' · ')
}

/** A quoted passage's paragraphs (blank-line separated), each as its lines, white space at their ends trimmed. */
export function quoteParagraphs(quote: string): string[][] {
  return quote
    .split(/\n[ \t]*\n/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== ''),
    )
    .filter((lines) => lines.length > 0)
}

/** "3 notes", "1 note". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`
}
