/**
 * The changes behind All notes' bulk actions, as one batch for
 * notes.updateMany: set a category, add, remove or rename a tag; and the
 * batch that undoes a batch. Notes a change would leave as they are are
 * left out, so a batch names only notes it changes.
 */
import type { ApiInput, NoteView } from '../../../shared/api-contract'
import type { NoteCategory } from '../../../shared/notes/categories'
import { MAX_TAGS, noteContent } from '../../../shared/notes/note-model'

/** One note's change in a batch. */
export type NoteUpdate = ApiInput<'notes.updateMany'>['updates'][number]

/** A tag's case- and accent-insensitive form: "Genève" and "geneve" are one tag. */
export function foldTag(tag: string): string {
  return tag.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLocaleLowerCase()
}

/** A tag as typed, tidied: commas (which separate tags) and runs of spaces become one space; trimmed. */
export function tidyTag(text: string): string {
  return text.replace(/,/g, ' ').replace(/\s+/g, ' ').trim()
}

/** How many notes carry each tag, by folded tag. */
export function tagCounts(views: readonly NoteView[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const view of views) {
    for (const tag of new Set(noteContent(view.note).tags.map(foldTag))) counts.set(tag, (counts.get(tag) ?? 0) + 1)
  }
  return counts
}

/** Gives every note of `views` the category `category`. */
export function categoryUpdates(views: readonly NoteView[], category: NoteCategory | null): NoteUpdate[] {
  return views.filter((view) => noteContent(view.note).category !== category).map((view) => ({ id: view.note.id, category }))
}

/** Adds `tag` to every note of `views` that lacks it and has room for it. */
export function addTagUpdates(views: readonly NoteView[], tag: string): NoteUpdate[] {
  const key = foldTag(tag)
  return views.flatMap((view) => {
    const tags = noteContent(view.note).tags
    return tags.some((existing) => foldTag(existing) === key) || tags.length >= MAX_TAGS ? [] : [{ id: view.note.id, tags: [...tags, tag] }]
  })
}

/** Removes `tag` (in any case) from every note of `views` that has it. */
export function removeTagUpdates(views: readonly NoteView[], tag: string): NoteUpdate[] {
  const key = foldTag(tag)
  return views.flatMap((view) => {
    const tags = noteContent(view.note).tags
    const kept = tags.filter((existing) => foldTag(existing) !== key)
    return kept.length === tags.length ? [] : [{ id: view.note.id, tags: kept }]
  })
}

/**
 * Renames `from` (in any case) to `to` on every note of `views`, where it
 * stood; a note that already has `to` keeps one of them.
 */
export function renameTagUpdates(views: readonly NoteView[], from: string, to: string): NoteUpdate[] {
  const fromKey = foldTag(from)
  const toKey = foldTag(to)
  return views.flatMap((view) => {
    const tags = noteContent(view.note).tags
    if (!tags.some((tag) => foldTag(tag) === fromKey)) return []
    const renamed: string[] = []
    for (const tag of tags) {
      const next = foldTag(tag) === fromKey ? to : tag
      if (foldTag(next) === toKey && renamed.some((kept) => foldTag(kept) === toKey)) continue
      renamed.push(next)
    }
    return renamed.length === tags.length && renamed.every((tag, index) => tag === tags[index]) ? [] : [{ id: view.note.id, tags: renamed }]
  })
}

/** The batch that puts back what `updates` change, from the notes as they are before it. */
export function undoUpdates(views: readonly NoteView[], updates: readonly NoteUpdate[]): NoteUpdate[] {
  const byId = new Map(views.map((view) => [view.note.id, view]))
  return updates.flatMap((update) => {
    const view = byId.get(update.id)
    if (!view) return []
    const content = noteContent(view.note)
    return [
      {
        id: update.id,
        ...(update.tags !== undefined ? { tags: [...content.tags] } : {}),
        ...(update.category !== undefined ? { category: content.category } : {}),
      },
    ]
  })
}
