/**
 * What changed between two revisions of a document, paragraph by paragraph:
 * paragraphs kept as they were, reworded (with their word-level redline),
 * inserted, deleted, and moved (shown as moved, not as a deletion and an
 * insertion). Paragraphs are aligned with jsdiff's array diff over their
 * text; within each stretch the diff replaced, paragraphs are paired with the
 * one they most resemble, in order; what is left unpaired anywhere is then
 * matched across the document to find moves.
 */
import { diffArrays } from 'diff'
import { onlyMinorChanges, wordRuns, type WordRun } from './word-runs'

/** A block of either revision, by its index in that revision's block list. */
export interface RevisionBlock {
  readonly id: string
  readonly text: string
}

/** One paragraph of the comparison. `before` and `after` index the two revisions' blocks. */
export type ParagraphChange =
  | { readonly kind: 'same'; readonly before: number; readonly after: number }
  | { readonly kind: 'changed'; readonly before: number; readonly after: number; readonly runs: readonly WordRun[] }
  | { readonly kind: 'inserted'; readonly after: number }
  | { readonly kind: 'deleted'; readonly before: number }
  /** At its new place; `runs` when it was also reworded. */
  | { readonly kind: 'moved'; readonly before: number; readonly after: number; readonly runs: readonly WordRun[] | null }
  /** At its old place, pointing to where it went. */
  | { readonly kind: 'moved-away'; readonly before: number; readonly after: number }

/** The counts a change list leads with. */
export interface ChangeCounts {
  /** Inserted paragraphs, plus inserted runs of words in reworded and moved ones. */
  readonly insertions: number
  /** Deleted paragraphs, plus deleted runs of words in reworded and moved ones. */
  readonly deletions: number
  /** Paragraphs reworded in place. */
  readonly changedParagraphs: number
  readonly movedParagraphs: number
}

/** The comparison of two revisions. */
export interface RevisionComparison {
  /** In reading order of the later revision, with deleted and moved-away paragraphs where they stood. */
  readonly paragraphs: readonly ParagraphChange[]
  readonly counts: ChangeCounts
}

/** What the comparison may leave out. */
export interface CompareOptions {
  /** Changes of spacing or punctuation alone do not count and show as the same text. */
  readonly hideMinor?: boolean
}

/** How alike two paragraphs must be (0-1, shared words) to be one paragraph reworded. */
export const REWORDED_SIMILARITY = 0.4
/** How alike a deleted and an inserted paragraph must be to be one paragraph moved. */
export const MOVED_SIMILARITY = 0.75
/** Above this many candidate pairs in one stretch, pair by position instead (bounded work on a rewrite). */
const MAX_PAIRINGS = 40_000

/** Compares revision `before` with revision `after`. */
export function compareRevisions(before: readonly RevisionBlock[], after: readonly RevisionBlock[], options: CompareOptions = {}): RevisionComparison {
  const beforeKeys = before.map((block) => normalise(block.text))
  const afterKeys = after.map((block) => normalise(block.text))
  const beforeWords = new Map<number, Map<string, number>>()
  const afterWords = new Map<number, Map<string, number>>()
  const wordsOf = (side: 'before' | 'after', index: number) => {
    const cache = side === 'before' ? beforeWords : afterWords
    let words = cache.get(index)
    if (!words) {
      words = wordCounts((side === 'before' ? before : after)[index]?.text ?? '')
      cache.set(index, words)
    }
    return words
  }
  const similarity = (from: number, to: number) => dice(wordsOf('before', from), wordsOf('after', to))

  const draft: Draft[] = []
  let b = 0
  let a = 0
  // A stretch the diff replaced: every removed and added chunk up to the next kept paragraph.
  let removed: number[] = []
  let added: number[] = []
  const flushStretch = () => {
    draft.push(...pairStretch(removed, added, similarity))
    removed = []
    added = []
  }
  for (const chunk of diffArrays(beforeKeys, afterKeys)) {
    if (chunk.removed) {
      removed.push(...range(b, chunk.count))
      b += chunk.count
    } else if (chunk.added) {
      added.push(...range(a, chunk.count))
      a += chunk.count
    } else {
      flushStretch()
      for (let k = 0; k < chunk.count; k += 1) draft.push({ kind: 'same', before: b + k, after: a + k })
      b += chunk.count
      a += chunk.count
    }
  }
  flushStretch()
  const paragraphs = findMoves(draft, similarity).map((entry) => finish(entry, before, after, options))
  return { paragraphs, counts: countChanges(paragraphs) }
}

type Draft =
  | { kind: 'same'; before: number; after: number }
  | { kind: 'changed'; before: number; after: number }
  | { kind: 'deleted'; before: number }
  | { kind: 'inserted'; after: number }
  | { kind: 'moved'; before: number; after: number }
  | { kind: 'moved-away'; before: number; after: number }

/** Pairs a stretch's removed and added paragraphs in order, each with the most alike one ahead of it. */
function pairStretch(removed: readonly number[], added: readonly number[], similarity: (before: number, after: number) => number): Draft[] {
  const out: Draft[] = []
  const byPosition = removed.length * added.length > MAX_PAIRINGS
  let nextAdded = 0
  for (const from of removed) {
    let best = -1
    let bestScore = REWORDED_SIMILARITY
    const last = byPosition ? Math.min(nextAdded + 1, added.length) : added.length
    added.slice(nextAdded, last).forEach((to, offset) => {
      const score = byPosition ? 1 : similarity(from, to)
      if (score >= bestScore && (best === -1 || score > bestScore)) {
        best = nextAdded + offset
        bestScore = score
      }
    })
    if (best === -1) {
      out.push({ kind: 'deleted', before: from })
      continue
    }
    for (const skipped of added.slice(nextAdded, best)) out.push({ kind: 'inserted', after: skipped })
    out.push({ kind: 'changed', before: from, after: added[best] ?? 0 })
    nextAdded = best + 1
  }
  for (const rest of added.slice(nextAdded)) out.push({ kind: 'inserted', after: rest })
  return out
}

/** Turns a deleted paragraph and an inserted one that are (nearly) the same text into one move. */
function findMoves(draft: Draft[], similarity: (before: number, after: number) => number): Draft[] {
  const deleted = draft.flatMap((entry, position) => (entry.kind === 'deleted' ? [{ position, before: entry.before }] : []))
  const inserted = draft.flatMap((entry, position) => (entry.kind === 'inserted' ? [{ position, after: entry.after }] : []))
  if (deleted.length === 0 || inserted.length === 0 || deleted.length * inserted.length > MAX_PAIRINGS) return draft
  const out = [...draft]
  const taken = new Set<number>()
  for (const gone of deleted) {
    let best: { position: number; after: number } | null = null
    let bestScore = MOVED_SIMILARITY
    for (const candidate of inserted) {
      if (taken.has(candidate.position)) continue
      const score = similarity(gone.before, candidate.after)
      if (score >= bestScore && (best === null || score > bestScore)) {
        best = candidate
        bestScore = score
      }
    }
    if (!best) continue
    taken.add(best.position)
    out[gone.position] = { kind: 'moved-away', before: gone.before, after: best.after }
    out[best.position] = { kind: 'moved', before: gone.before, after: best.after }
  }
  return out
}

function finish(entry: Draft, before: readonly RevisionBlock[], after: readonly RevisionBlock[], options: CompareOptions): ParagraphChange {
  if (entry.kind !== 'changed' && entry.kind !== 'moved') return entry
  const from = before[entry.before]?.text ?? ''
  const to = after[entry.after]?.text ?? ''
  const runs = from === to ? [] : wordRuns(from, to)
  const unchanged = runs.length === 0 || (options.hideMinor === true && onlyMinorChanges(runs))
  if (entry.kind === 'moved') return { ...entry, runs: unchanged ? null : runs }
  return unchanged ? { kind: 'same', before: entry.before, after: entry.after } : { ...entry, kind: 'changed', runs }
}

function countChanges(paragraphs: readonly ParagraphChange[]): ChangeCounts {
  let insertions = 0
  let deletions = 0
  let changedParagraphs = 0
  let movedParagraphs = 0
  for (const paragraph of paragraphs) {
    if (paragraph.kind === 'inserted') insertions += 1
    else if (paragraph.kind === 'deleted') deletions += 1
    else if (paragraph.kind === 'moved') movedParagraphs += 1
    if (paragraph.kind === 'changed') changedParagraphs += 1
    if ((paragraph.kind === 'changed' || paragraph.kind === 'moved') && paragraph.runs) {
      for (const run of paragraph.runs) {
        if (run.kind === 'inserted') insertions += 1
        else if (run.kind === 'deleted') deletions += 1
      }
    }
  }
  return { insertions, deletions, changedParagraphs, movedParagraphs }
}

/** The text as the paragraph alignment compares it: runs of spaces as one. */
function normalise(text: string): string {
  return text.replace(/\s+/gu, ' ').trim()
}

function range(start: number, count: number): number[] {
  return Array.from({ length: count }, (_, index) => start + index)
}

function wordCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>()
  for (const word of text.toLocaleLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1)
  return counts
}

/** Sørensen-Dice over word multisets: 1 for the same words, 0 for none shared. */
function dice(left: ReadonlyMap<string, number>, right: ReadonlyMap<string, number>): number {
  let shared = 0
  let total = 0
  for (const count of left.values()) total += count
  for (const count of right.values()) total += count
  if (total === 0) return 1
  for (const [word, count] of left) shared += Math.min(count, right.get(word) ?? 0)
  return (2 * shared) / total
}
