/**
 * The one cleaning every note's text and tags get where they enter the core
 * (typed in, or imported): see shared/text-hygiene.ts for what is removed.
 */
import { stripControlCharacters } from '../text-hygiene'
import { noteBodies, noteContent, type Note } from './note-model'

/**
 * Tags cleaned: control characters removed, runs of white space made one
 * space, trimmed; empty ones and case-insensitive repeats dropped (the first
 * spelling is kept).
 */
export function cleanNoteTags(tags: readonly string[]): string[] {
  const seen = new Set<string>()
  const out: string[] = []
  for (const raw of tags) {
    const tag = stripControlCharacters(raw).replace(/\s+/g, ' ').trim()
    const key = tag.toLocaleLowerCase()
    if (tag === '' || seen.has(key)) continue
    seen.add(key)
    out.push(tag)
  }
  return out
}

/**
 * `note` with its text and tags cleaned. The same object when nothing needed
 * cleaning, so a clean note keeps its bodies exactly as they were (order
 * included) and compares equal to itself on a second import.
 */
export function cleanNote(note: Note): Note {
  const content = noteContent(note)
  const text = stripControlCharacters(content.text)
  const tags = cleanNoteTags(content.tags)
  if (text === content.text && tags.length === content.tags.length && tags.every((tag, index) => tag === content.tags[index])) return note
  return { ...note, body: noteBodies({ text, tags, category: content.category }) }
}
