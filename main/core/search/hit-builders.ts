/**
 * Turns confirmed Lunr hits into results people can read: what it is, where
 * it is, a snippet with the matched words marked, and the words to mark
 * where the result opens.
 */
import type { SearchHit } from '../../../shared/api-contract'
import { NOTE_CATEGORIES } from '../../../shared/notes/categories'
import { TIMELINE_BODY_LABELS } from '../../../shared/timeline-model'
import { formatPartialDate } from '../../../shared/partial-date-format'
import type { Library } from '../library'
import type { IndexedNote } from './notes-index'
import { earlierRevisionTitle, parseBlockRef } from '../../../shared/document-model'
import { blockPlaceLabel } from '../../../shared/paragraph-numbers'
import type { QueryHit } from './run-query'
import { buildSnippet, SNIPPET_LENGTH, type MatchPosition } from './snippet'
import { locateTerms } from './text-analysis'
import { timelineFields } from './reference-text'

/**
 * Where the terms a hit matched in `field` occur in `text` (that field's
 * text), plus phrase positions (always in the snippet field); with `reach`,
 * only up to that far past the first (see locateTerms).
 */
export function fieldPositions(hit: QueryHit, field: string, text: string, reach?: number): MatchPosition[] {
  const terms = new Set<string>()
  for (const [term, fields] of Object.entries(hit.matchData.metadata as Record<string, Record<string, unknown> | undefined>)) {
    if (fields && field in fields) terms.add(term)
  }
  return [...hit.phrasePositions, ...locateTerms(text, terms, reach)]
}

/** The distinct pieces of `text` at `positions`, longest first (a phrase before its words). */
export function matchedPieces(text: string, positions: readonly MatchPosition[]): string[] {
  const pieces = new Set(positions.map(([start, length]) => text.slice(start, start + length)).filter((piece) => piece.trim() !== ''))
  return [...pieces].sort((a, b) => b.length - a.length)
}

/** A passage of a document. */
export function documentHit(library: Library, hit: QueryHit): SearchHit | null {
  const ref = parseBlockRef(hit.ref)
  const found = ref ? library.findBlock(ref.documentId, ref.blockId) : undefined
  if (!ref || !found) return null
  const positions = fieldPositions(hit, 'text', found.block.text)
  return {
    kind: 'document',
    key: `document:${hit.ref}`,
    score: hit.score,
    title: found.document.title,
    place: blockPlaceLabel(found.document.blocks, found.block.id),
    snippet: buildSnippet(found.block.text, positions),
    matchedTerms: matchedPieces(found.block.text, positions),
    documentId: ref.documentId,
    blockId: ref.blockId,
  }
}

/** A timeline entry. */
export function timelineHit(library: Library, id: string, hit: QueryHit): SearchHit | null {
  const entry = library.getTimelineEntry(id)
  if (!entry) return null
  const { text, title } = timelineFields(entry)
  const positions = fieldPositions(hit, 'text', text)
  return {
    kind: 'timeline',
    key: `timeline:${id}`,
    score: hit.score,
    title: `${entry.shortLabel} — ${entry.title}`,
    place: [TIMELINE_BODY_LABELS[entry.body], formatPartialDate(entry.date), entry.symbol].filter(Boolean).join(' · '),
    snippet: buildSnippet(text, positions),
    matchedTerms: matchedPieces(text, positions).concat(titleTerms(hit, title, entry.shortLabel)),
    entryId: id,
  }
}

/** A glossary term, opening at its first mention (if the texts mark it). */
export function glossaryHit(library: Library, id: string, hit: QueryHit, mention: { documentId: string; blockId: string; text: string } | undefined): SearchHit | null {
  const term = library.getGlossaryTerm(id)
  if (!term) return null
  const positions = fieldPositions(hit, 'text', term.definition)
  const title = mention ? library.getDocument(mention.documentId)?.title : undefined
  return {
    kind: 'glossary',
    key: `glossary:${id}`,
    score: hit.score,
    title: term.aliases.length > 0 ? `${term.term} (${term.aliases[0]})` : term.term,
    place: title ? `Glossary · first used in ${title}` : 'Glossary',
    snippet: buildSnippet(term.definition, positions),
    // Where it opens, the mention is what to mark: that is the term as the text writes it.
    matchedTerms: mention ? [mention.text] : matchedPieces(term.definition, positions),
    termId: id,
    ...(mention ? { documentId: mention.documentId, blockId: mention.blockId } : {}),
  }
}

/** One of the user's notes: the snippet is from its text where that matched, else from its passage. */
export function noteHit(library: Library, note: IndexedNote, hit: QueryHit): SearchHit {
  // A note may be long; its snippet needs only the first matches.
  const inText = fieldPositions({ ...hit, phrasePositions: [] }, 'text', note.text, SNIPPET_LENGTH)
  const inQuote = fieldPositions({ ...hit, phrasePositions: [] }, 'quote', note.quote)
  const useText = inText.length > 0 || note.quote === ''
  const source = useText ? note.text : note.quote
  const positions = useText ? inText : inQuote
  const located = note.blockId ? library.findBlock(note.documentId, note.blockId) : undefined
  const document = library.getDocument(note.documentId)
  const where = located ? blockPlaceLabel(located.document.blocks, located.block.id) : 'whole document'
  const category = note.category ? NOTE_CATEGORIES[note.category].label : null
  return {
    kind: 'note',
    key: `note:${note.id}`,
    score: hit.score,
    // A note kept on an earlier revision: that revision's title, as All notes shows it.
    title: document?.title ?? earlierRevisionTitle(note.documentId, (id) => library.getDocument(id)) ?? note.documentId,
    place: ['My note', category, where].filter(Boolean).join(' · '),
    snippet: buildSnippet(source === '' ? note.quote : source, positions),
    // The reader shows the passage, so mark the words matched there.
    matchedTerms: matchedPieces(note.quote, inQuote),
    noteId: note.id,
    documentId: note.documentId,
    ...(note.blockId ? { blockId: note.blockId } : {}),
    category: note.category,
    tags: [...note.tags],
  }
}

function titleTerms(hit: QueryHit, title: string, label: string): string[] {
  const positions = fieldPositions({ ...hit, phrasePositions: [] }, 'title', title)
  // The title field starts with the short label; keep only matches inside it.
  return matchedPieces(label, positions.filter(([start, length]) => start + length <= label.length))
}
