/**
 * The groups All notes can show: by document, by category or by tag, each
 * keeping the order it is given. A note with several tags is in each of
 * their groups; notes without a category or tag get a group of their own,
 * last.
 */
import type { NoteView } from '../../../shared/api-contract'
import { NOTE_CATEGORIES, NOTE_CATEGORY_IDS } from '../../../shared/notes/categories'
import { documentIdFromUrn, noteContent } from '../../../shared/notes/note-model'
import type { ReadingSettings } from '../../../shared/reading-state'
import { foldTag } from './tag-changes'

/** How All notes groups its notes. */
export type NoteGrouping = ReadingSettings['notesGrouping']

/** The groupings, with their labels, in the order the menu offers them. */
export const NOTE_GROUPINGS: ReadonlyArray<readonly [NoteGrouping, string]> = [
  ['document', 'Document'],
  ['category', 'Category'],
  ['tag', 'Tag'],
  ['none', 'No groups'],
]

/** One group: a stable key (for collapsing), its heading, its notes. */
export interface NoteGroup {
  readonly key: string
  readonly label: string
  /** For a tag group: the tag, so its heading can offer to rename it. */
  readonly tag?: string
  readonly views: readonly NoteView[]
}

/** What the groups are named by. */
export interface GroupingContext {
  /** The library's documents in order, with their titles. */
  readonly documents: ReadonlyArray<{ readonly id: string; readonly title: string }>
}

const NO_DOCUMENT_LABEL = 'Document no longer in the library'

/** `views` (already in the order to show) split into groups by `grouping`. */
export function groupNotesBy(views: readonly NoteView[], grouping: NoteGrouping, context: GroupingContext): NoteGroup[] {
  switch (grouping) {
    case 'none':
      return [{ key: 'all', label: 'All notes', views }]
    case 'document': {
      const titles = new Map(context.documents.map((document) => [document.id, document.title]))
      const order = new Map(context.documents.map((document, index) => [document.id, index]))
      const groups = collect(views, (view) => [documentIdFromUrn(view.note.target.source) ?? ''])
      return [...groups.entries()]
        .sort(([a], [b]) => (order.get(a) ?? Number.MAX_SAFE_INTEGER) - (order.get(b) ?? Number.MAX_SAFE_INTEGER) || (a < b ? -1 : a > b ? 1 : 0))
        .map(([id, members]) => ({ key: `document:${id}`, label: titles.get(id) ?? NO_DOCUMENT_LABEL, views: members }))
    }
    case 'category': {
      const groups = collect(views, (view) => [noteContent(view.note).category ?? ''])
      return [...NOTE_CATEGORY_IDS, '' as const]
        .filter((category) => groups.has(category))
        .map((category) => ({
          key: `category:${category}`,
          label: category === '' ? 'No category' : `${NOTE_CATEGORIES[category].glyph} ${NOTE_CATEGORIES[category].label}`,
          views: groups.get(category) ?? [],
        }))
    }
    case 'tag': {
      // The first spelling seen names a tag that differs only in case or accents.
      const spelling = new Map<string, string>()
      const groups = collect(views, (view) => {
        const tags = noteContent(view.note).tags
        return tags.length === 0
          ? ['']
          : tags.map((tag) => {
              const key = foldTag(tag)
              if (!spelling.has(key)) spelling.set(key, tag)
              return key
            })
      })
      const named = [...groups.keys()].filter((key) => key !== '').sort((a, b) => (spelling.get(a) ?? a).localeCompare(spelling.get(b) ?? b))
      return [
        ...named.map((key) => ({ key: `tag:${key}`, label: spelling.get(key) ?? key, tag: spelling.get(key) ?? key, views: groups.get(key) ?? [] })),
        ...(groups.has('') ? [{ key: 'tag:', label: 'No tag', views: groups.get('') ?? [] }] : []),
      ]
    }
  }
}

/** Notes by each key `keysOf` gives them, in first-seen order, each group in the order given. */
function collect(views: readonly NoteView[], keysOf: (view: NoteView) => readonly string[]): Map<string, NoteView[]> {
  const groups = new Map<string, NoteView[]>()
  for (const view of views) {
    for (const key of new Set(keysOf(view))) {
      const group = groups.get(key)
      if (group) group.push(view)
      else groups.set(key, [view])
    }
  }
  return groups
}
