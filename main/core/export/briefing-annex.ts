/**
 * The briefing's references annex: each cited text the selected notes
 * touch, with its symbol, title, issuing body, date and adoption, from the
 * timeline. A note touches a cited text when it is on that text's
 * reference page, or on a passage of a citing document (the statement)
 * that the editors marked as citing it. The citing documents themselves
 * are not annexed: the briefing is about them.
 */
import { formatPartialDate } from '../../../shared/partial-date-format'
import { TIMELINE_BODY_LABELS, type TimelineBody } from '../../../shared/timeline-model'

/** One cited text in the annex. */
export interface AnnexEntry {
  readonly id: string
  /** "HRC 26/13". */
  readonly shortLabel: string
  readonly title: string
  /** The UN document symbol, where the text has one. */
  readonly symbol: string | null
  /** The issuing body, in words. */
  readonly body: string | null
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  readonly date: string
  /** How it was adopted, in a sentence. */
  readonly adoption: string | null
  /** The briefing's numbers of the notes that touch it. */
  readonly noteNumbers: readonly number[]
}

/** What the annex needs of a note: its number, document and the block its passage starts in. */
export interface AnnexNote {
  readonly number: number
  readonly documentId: string
  readonly blockId: string | undefined
}

/**
 * A timeline entry as the library carries it. Read field by field: the
 * annex takes what it can print and skips an entry with no title or date,
 * so a partial timeline (an older build, a test library) never breaks an export.
 */
interface TimelineFacts {
  readonly id?: unknown
  readonly documentId?: unknown
  readonly title?: unknown
  readonly shortLabel?: unknown
  readonly symbol?: unknown
  readonly body?: unknown
  readonly date?: unknown
  readonly adoption?: unknown
  readonly citedIn?: unknown
}

/** The annex for `notes`, in timeline order (chronological). */
export function buildAnnex(notes: readonly AnnexNote[], timeline: readonly unknown[]): AnnexEntry[] {
  const entries = timeline.filter((entry): entry is TimelineFacts => typeof entry === 'object' && entry !== null)
  const citing = new Set(entries.flatMap((entry) => citations(entry).map((citation) => citation.documentId)))
  return entries.flatMap((entry): AnnexEntry[] => {
    const title = text(entry.title)
    const date = text(entry.date)
    const documentId = text(entry.documentId)
    if (title === null || date === null) return []
    const cited = citations(entry)
    const touching = notes.filter(
      (note) =>
        (documentId !== null && note.documentId === documentId && !citing.has(documentId)) ||
        cited.some((citation) => citation.documentId === note.documentId && citation.blockId === note.blockId),
    )
    if (touching.length === 0) return []
    const adoption = typeof entry.adoption === 'object' && entry.adoption !== null ? text((entry.adoption as { text?: unknown }).text) : null
    const body = text(entry.body)
    return [
      {
        id: text(entry.id) ?? documentId ?? title,
        shortLabel: text(entry.shortLabel) ?? title,
        title,
        symbol: text(entry.symbol),
        body: body !== null && body in TIMELINE_BODY_LABELS ? TIMELINE_BODY_LABELS[body as TimelineBody] : body,
        date,
        adoption,
        noteNumbers: touching.map((note) => note.number).sort((a, b) => a - b),
      },
    ]
  })
}

/** "UN Human Rights Council · 26 June 2014 · Adopted by consensus. · Notes 1, 4", dates in `locale`. */
export function annexFacts(entry: AnnexEntry, locale: string): string {
  const notes = `${entry.noteNumbers.length === 1 ? 'Note' : 'Notes'} ${entry.noteNumbers.join(', ')}`
  return [entry.body, formatPartialDate(entry.date, locale), entry.adoption, notes].filter((part) => part !== null).join(' · ')
}

function citations(entry: TimelineFacts): Array<{ documentId: string; blockId: string }> {
  if (!Array.isArray(entry.citedIn)) return []
  return entry.citedIn.flatMap((citation: unknown) => {
    if (typeof citation !== 'object' || citation === null) return []
    const { documentId, blockId } = citation as { documentId?: unknown; blockId?: unknown }
    return typeof documentId === 'string' && typeof blockId === 'string' ? [{ documentId, blockId }] : []
  })
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null
}
