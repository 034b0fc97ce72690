/**
 * How a briefing's notes are grouped: by document in reading order (each
 * document is a group), by category (Key points first, in the categories'
 * menu order, then notes without one), or by tag (tags in alphabetical
 * order, each note under its first tag, untagged notes last). Inside a
 * category or tag group the notes stay under their document, so a
 * document's title is said once per group, not on every note.
 */
import type { BriefingStructure } from '../../../shared/briefing-options'
import { NOTE_CATEGORIES, NOTE_CATEGORY_IDS, type CategoryStyle, type NoteCategory } from '../../../shared/notes/categories'
import { parseNoteText, type NoteBlock, type NoteInline, type NoteListItem } from '../../../shared/notes/note-text'

/** A group's heading by category, in the plural a briefing uses. */
export const CATEGORY_GROUP_HEADINGS: Readonly<Record<NoteCategory, string>> = {
  'key-point': 'Key points',
  concern: 'Concerns',
  'follow-up': 'Follow-ups',
  question: 'Questions',
  reference: 'References',
}

/** Headings of the groups that collect what the others leave. */
export const NO_CATEGORY_HEADING = 'Notes without a category'
export const UNTAGGED_HEADING = 'Untagged notes'

/** What grouping needs of a document: its notes, each with a category and tags. */
export interface GroupableDocument<N extends GroupableNote> {
  readonly notes: readonly N[]
}

/** What grouping needs of a note. */
export interface GroupableNote {
  readonly category: CategoryStyle | null
  readonly content: { readonly tags: readonly string[] }
}

/** One group of documents and their notes, before or after numbering. */
export interface NoteGroup<D> {
  /** Stable within the briefing, for ids and keys. */
  readonly key: string
  /** Null when the group is one document (the by-document structure): the document's title heads it. */
  readonly heading: string | null
  /** The category a by-category group collects. */
  readonly category: CategoryStyle | null
  readonly documents: readonly D[]
}

/**
 * `documents` grouped by `structure`. Each document keeps its notes' order;
 * a group holds only the documents that have notes in it, each with just
 * those notes (`withNotes` makes the copy).
 */
export function groupDocuments<N extends GroupableNote, D extends GroupableDocument<N>>(
  documents: readonly D[],
  structure: BriefingStructure,
  withNotes: (document: D, notes: readonly N[]) => D,
): NoteGroup<D>[] {
  if (structure === 'document') return documents.map((document, index) => ({ key: `document-${index + 1}`, heading: null, category: null, documents: [document] }))
  const keyOf = structure === 'category' ? (note: N) => note.category?.id ?? '' : (note: N) => fold(note.content.tags[0] ?? '')
  const keys = structure === 'category' ? [...NOTE_CATEGORY_IDS, ''] : tagKeys(documents)
  return keys.flatMap((key, index): NoteGroup<D>[] => {
    const members = documents.flatMap((document) => {
      const notes = document.notes.filter((note) => keyOf(note) === key)
      return notes.length === 0 ? [] : [withNotes(document, notes)]
    })
    if (members.length === 0) return []
    const category = structure === 'category' && key !== '' ? NOTE_CATEGORIES[key as NoteCategory] : null
    const heading = structure === 'category' ? (category ? CATEGORY_GROUP_HEADINGS[category.id] : NO_CATEGORY_HEADING) : key === '' ? UNTAGGED_HEADING : firstSpelling(documents, key)
    return [{ key: `${structure}-${index + 1}`, heading, category, documents: members }]
  })
}

/** The folded first tags, alphabetically, then '' (untagged). */
function tagKeys<N extends GroupableNote>(documents: readonly GroupableDocument<N>[]): string[] {
  const keys = new Set<string>()
  for (const document of documents) for (const note of document.notes) keys.add(fold(note.content.tags[0] ?? ''))
  keys.delete('')
  return [...[...keys].sort((a, b) => a.localeCompare(b, 'en')), '']
}

/** A tag as the user first wrote it, for the heading of its group. */
function firstSpelling<N extends GroupableNote>(documents: readonly GroupableDocument<N>[], key: string): string {
  for (const document of documents) for (const note of document.notes) if (fold(note.content.tags[0] ?? '') === key) return (note.content.tags[0] ?? '').trim()
  return key
}

/** Case- and accent-insensitive form, as the notes lists' tag filter uses. */
function fold(text: string): string {
  return text.trim().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLocaleLowerCase()
}

/** Longest summary line, in characters. */
const SUMMARY_LINE_LENGTH = 160

/**
 * A note in one line for the first-page summary: the first paragraph or
 * list item of its text as plain text (the quote when it has no text), cut
 * at a word before {@link SUMMARY_LINE_LENGTH} characters with "…".
 */
export function summaryLine(text: string, quote: string | null): string {
  const first = parseNoteText(text).children.map(plainText).find((line) => line !== '')
  const line = (first ?? quote ?? '').replace(/\s+/g, ' ').trim()
  if ([...line].length <= SUMMARY_LINE_LENGTH) return line
  const cut = [...line].slice(0, SUMMARY_LINE_LENGTH - 1).join('')
  const atWord = cut.replace(/\s+\S*$/, '')
  return `${atWord.length > SUMMARY_LINE_LENGTH / 2 ? atWord : cut}…`
}

type NoteNode = NoteBlock | NoteInline | NoteListItem

/** A block's text without its marks; a list is its first item, a list item its first block. */
function plainText(node: NoteNode): string {
  switch (node.type) {
    case 'text':
      return node.value
    case 'break':
      return ' '
    case 'list':
    case 'listItem':
      return node.children[0] ? plainText(node.children[0]) : ''
    default:
      return (node.children as readonly NoteNode[]).map(plainText).join('')
  }
}
