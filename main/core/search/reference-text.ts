/**
 * What the index holds for a timeline entry or a glossary term, built the
 * same way at content-build time and at run time (for snippets), so the
 * positions Lunr stored point into the text the app shows.
 */
import { TIMELINE_BODY_LABELS, type GlossaryTerm, type TimelineEntry } from '../../../shared/timeline-model'

/** The indexed fields of one item: what the block index's fields hold. */
export interface IndexedFields {
  readonly title: string
  readonly heading: string
  readonly text: string
}

const TIMELINE_PREFIX = 'timeline:'
const GLOSSARY_PREFIX = 'glossary:'

/** The index ref of a timeline entry. */
export function timelineRef(id: string): string {
  return `${TIMELINE_PREFIX}${id}`
}

/** The index ref of a glossary term. */
export function glossaryRef(id: string): string {
  return `${GLOSSARY_PREFIX}${id}`
}

/** What an index ref names. */
export type ParsedRef = { kind: 'timeline'; id: string } | { kind: 'glossary'; id: string } | { kind: 'block'; ref: string }

/** Reads an index ref back. */
export function parseIndexRef(ref: string): ParsedRef {
  if (ref.startsWith(TIMELINE_PREFIX)) return { kind: 'timeline', id: ref.slice(TIMELINE_PREFIX.length) }
  if (ref.startsWith(GLOSSARY_PREFIX)) return { kind: 'glossary', id: ref.slice(GLOSSARY_PREFIX.length) }
  return { kind: 'block', ref }
}

/** A timeline entry's fields: label, title and symbols weigh most; the summary is the snippet text. */
export function timelineFields(entry: TimelineEntry): IndexedFields {
  return {
    title: [entry.shortLabel, entry.title, entry.symbol, entry.draftSymbol].filter(Boolean).join(' · '),
    heading: [TIMELINE_BODY_LABELS[entry.body], entry.session, entry.place, entry.adoption.text, ...(entry.sponsors ?? [])].filter(Boolean).join(' · '),
    text: entry.summary,
  }
}

/** A glossary term's fields: the term, its other forms, its definition. */
export function glossaryFields(term: GlossaryTerm): IndexedFields {
  return { title: term.term, heading: term.aliases.join(' · '), text: term.definition }
}
