/**
 * A Lunr index over the user's notes (quote, text, tags, category) that
 * follows every change. Lunr indexes cannot be edited, and rebuilding one
 * over 10,000 notes takes about a second, so the index is two segments: a
 * large base built now and then, and a small index of notes changed since,
 * rebuilt on the next search after a change. Base entries that were edited
 * or deleted since are hidden. When the recent segment grows past
 * COMPACT_AFTER notes, the base is rebuilt off the request path.
 */
import lunr from 'lunr'
import type { NoteCategory } from '../../../shared/notes/categories'
import { runToEnd, type Steps } from './cooperative'
import { skipTokenSet } from './lunr-internals'
import { searchIndexFromLunr, type SearchIndex } from './search-index'
import type { QueryMatches } from './run-query'
import { applyTextAnalysis } from './text-analysis'

/** A note as the index sees it. */
export interface IndexedNote {
  readonly id: string
  readonly documentId: string
  readonly blockId: string | undefined
  /** The passage the note is on ('' for a note on the whole document). */
  readonly quote: string
  readonly text: string
  readonly tags: readonly string[]
  readonly category: NoteCategory | null
  /** The category as people read it ("Key point"). */
  readonly categoryLabel: string
}

/** Fields of the notes index; "text" is the note's own words, as in the bundled index. */
export const NOTE_INDEX_FIELDS = ['text', 'quote', 'tags', 'category'] as const

/** Notes changed since the last base build before the base is rebuilt. */
export const COMPACT_AFTER = 500

/** Runs one query against one segment. */
export type SegmentSearch = (index: SearchIndex) => QueryMatches

/** Runs one query against one segment, as steps (see cooperative.ts). */
export type SegmentSteps = (index: SearchIndex) => Steps<QueryMatches>

/** The notes index; see the module comment. */
export class NotesIndex {
  private readonly notes = new Map<string, IndexedNote>()
  private base: SearchIndex
  /** Notes in the base that were edited or deleted since it was built. */
  private readonly hidden = new Set<string>()
  /** Notes added or edited since the base was built. */
  private readonly recent = new Set<string>()
  private recentIndex: SearchIndex | null = null
  private compactTimer: ReturnType<typeof setTimeout> | null = null
  private changes = 0

  constructor(notes: Iterable<IndexedNote>) {
    for (const note of notes) this.notes.set(note.id, note)
    this.base = buildNotesIndex(this.notes.values())
  }

  /** Bumped on every change, so caches of results can tell they are stale. */
  get generation(): number {
    return this.changes
  }

  /** How many notes are indexed. */
  get size(): number {
    return this.notes.size
  }

  /** The indexed note `id`, if any. */
  get(id: string): IndexedNote | undefined {
    return this.notes.get(id)
  }

  /** Adds or replaces a note; searchable at the next search. */
  put(note: IndexedNote): void {
    this.hidden.add(note.id)
    this.notes.set(note.id, note)
    this.recent.add(note.id)
    this.changed()
  }

  /** Removes note `id` (a no-op if it is not indexed). */
  remove(id: string): void {
    if (!this.notes.delete(id)) return
    this.hidden.add(id)
    this.recent.delete(id)
    this.changed()
  }

  /** Runs `search` on both segments and merges what they match; base entries changed since are left out. */
  search(search: SegmentSearch): QueryMatches {
    // eslint-disable-next-line require-yield -- a search without pauses, as steps
    return runToEnd(this.searchSteps(function* steps(index) {
      return search(index)
    }))
  }

  /** {@link search} as steps, pausing between segments and wherever `search` does. */
  *searchSteps(search: SegmentSteps): Steps<QueryMatches> {
    const base = yield* search(this.base)
    yield
    // Taken after the pause: notes changed meanwhile are hidden here and found in the recent segment.
    const hidden = new Set(this.hidden)
    if (this.recent.size > 0) this.recentIndex ??= buildNotesIndex([...this.recent].flatMap((id) => this.notes.get(id) ?? []))
    const recent = this.recentIndex && this.recent.size > 0 ? yield* search(this.recentIndex) : null
    return {
      matches: [...base.matches.filter((match) => !hidden.has(match.ref)), ...(recent?.matches ?? [])],
      complete: base.complete !== false && recent?.complete !== false,
      explain(refs) {
        const wanted = [...refs]
        const hits = base.explain(wanted.filter((ref) => !hidden.has(ref)))
        if (recent) hits.push(...recent.explain(wanted))
        return hits.sort((a, b) => b.score - a.score)
      },
    }
  }

  /** Rebuilds the base from every note now; normally done after COMPACT_AFTER changes. */
  compact(): void {
    if (this.compactTimer) clearTimeout(this.compactTimer)
    this.compactTimer = null
    this.base = buildNotesIndex(this.notes.values())
    this.hidden.clear()
    this.recent.clear()
    this.recentIndex = null
  }

  /** Stops a pending rebuild (when the app closes). */
  dispose(): void {
    if (this.compactTimer) clearTimeout(this.compactTimer)
    this.compactTimer = null
  }

  private changed(): void {
    this.changes++
    this.recentIndex = null
    if (this.recent.size + this.hidden.size > COMPACT_AFTER && !this.compactTimer) {
      this.compactTimer = setTimeout(() => this.compact(), 0)
      // A pending rebuild must not keep a Node process alive.
      const timer = this.compactTimer as { unref?: () => void }
      timer.unref?.()
    }
  }
}

/** Builds one segment over `notes`. */
function buildNotesIndex(notes: Iterable<IndexedNote>): SearchIndex {
  const index = lunr(function build() {
    applyTextAnalysis(this)
    skipTokenSet(this)
    this.ref('id')
    this.field('text', { boost: 2 })
    this.field('quote')
    this.field('tags', { boost: 2 })
    this.field('category')
    for (const note of notes) {
      this.add({ id: note.id, text: note.text, quote: note.quote, tags: note.tags.join(' \n '), category: note.category ? `${note.category} ${note.categoryLabel}` : '' })
    }
  })
  return searchIndexFromLunr(index)
}
