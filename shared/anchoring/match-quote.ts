/**
 * Finds the best place for a quote in a text that may have changed since the
 * quote was taken, after the approach of the Hypothesis client: candidates
 * come from an approximate string search (approx-string-match, Myers'
 * bit-parallel algorithm) with an error budget proportional to the quote,
 * and are ranked by a weighted score of quote similarity, context
 * similarity and closeness to where the quote used to be.
 *
 * One addition: approx-string-match only reports the matches with the fewest
 * errors, and when words were inserted into a passage the fewest-error match
 * is often a truncated one ("freedom of opinion an" for "freedom of
 * expression"). So the text lying between an intact prefix and an intact
 * suffix is also a candidate, with boundaries the context vouches for.
 *
 * Search runs on UTF-16 (as the library does); offsets are converted to and
 * from code points at the edges, and never split a surrogate pair.
 */
import search from 'approx-string-match'
import { CodePointIndex, codePointLength } from './code-points'
import { boundedEditDistance, contextSimilarity } from './text-similarity'

/**
 * Weights of the parts of a match's score (they sum to 100, so a score reads
 * as a percentage). The quote itself dominates: a clean quote in unfamiliar
 * surroundings is better evidence than a mangled one in familiar
 * surroundings. Prefix and suffix together nearly match it, since context
 * is what tells repeated phrases apart. Position only breaks near-ties:
 * after an edit, where the passage was is a weak guide to where it is.
 */
export const MATCH_WEIGHTS = { quote: 60, prefix: 18, suffix: 18, position: 4 } as const

/** Most edit errors allowed in a quote, however long (bounds the search cost). */
export const MAX_QUOTE_ERRORS = 256

/**
 * Code points of text read beyond the expected context's own length, so an
 * insertion in the context costs one edit (see contextSimilarity).
 */
const CONTEXT_SLACK = 8

/** Most occurrences of a prefix for the text after each to be a candidate (see boundedCandidates). */
const MAX_CONTEXT_OCCURRENCES = 100

/** What is known about where a quote was. */
export interface QuoteContext {
  /** Text that came just before the quote. */
  readonly prefix?: string
  /** Text that came just after the quote. */
  readonly suffix?: string
  /** Code-point offset where the quote used to start. */
  readonly hint?: number
}

/** A place for a quote in a text. */
export interface QuoteMatch {
  /** Code-point offsets of the matched text. */
  readonly start: number
  readonly end: number
  /** 0–1, where 1 is the quote unchanged, in its context, where it was. */
  readonly score: number
  /** Whether the matched text is exactly the quote. */
  readonly exact: boolean
}

/** The parts of a match's score, each 0–1. */
export interface MatchScores {
  readonly quote: number
  readonly prefix: number
  readonly suffix: number
  readonly position: number
}

/** A candidate in UTF-16 offsets, with its edit distance from the quote. */
interface Candidate {
  readonly start: number
  readonly end: number
  readonly errors: number
}

/** Weighted score in [0, 1] of a match's parts (see MATCH_WEIGHTS). */
export function combineScores(scores: MatchScores): number {
  const w = MATCH_WEIGHTS
  const total = w.quote + w.prefix + w.suffix + w.position
  return (w.quote * scores.quote + w.prefix * scores.prefix + w.suffix * scores.suffix + w.position * scores.position) / total
}

/**
 * Error budget for searching `quote`: half its length, at most
 * MAX_QUOTE_ERRORS. More would let unrelated text match short quotes; the
 * cost of the search grows with the budget.
 */
export function maxQuoteErrors(quote: string): number {
  return Math.min(MAX_QUOTE_ERRORS, Math.floor(quote.length / 2))
}

/** UTF-16 offsets of every occurrence of `needle` in `text`, overlapping ones included. */
export function findOccurrences(text: string, needle: string): number[] {
  const found: number[] = []
  if (needle === '') return found
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) found.push(at)
  return found
}

/** Closeness in [0, 1] of code-point offset `start` to `hint`, relative to the text's length; 1 without a hint. */
export function positionScore(start: number, hint: number | undefined, length: number): number {
  if (hint === undefined || !Number.isFinite(hint)) return 1
  return 1 - Math.min(1, Math.abs(start - hint) / Math.max(1, length))
}

/**
 * Similarity of the text around UTF-16 range [start, end) of the indexed
 * text to the expected prefix and suffix (see contextSimilarity).
 */
export function contextScores(
  index: CodePointIndex,
  start: number,
  end: number,
  prefix: string,
  suffix: string,
): { prefix: number; suffix: number } {
  const text = index.text
  let prefixScore = 1
  if (prefix !== '' && !(start >= prefix.length && text.startsWith(prefix, start - prefix.length))) {
    const from = index.toUtf16(index.toCodePoint(start) - codePointLength(prefix) - CONTEXT_SLACK)
    prefixScore = contextSimilarity(prefix, text.slice(from, start), 'prefix')
  }
  let suffixScore = 1
  if (suffix !== '' && !text.startsWith(suffix, end)) {
    const to = index.toUtf16(index.toCodePoint(end) + codePointLength(suffix) + CONTEXT_SLACK)
    suffixScore = contextSimilarity(suffix, text.slice(end, to), 'suffix')
  }
  return { prefix: prefixScore, suffix: suffixScore }
}

/** Exact occurrences of the quote. */
function exactCandidates(text: string, quote: string): Candidate[] {
  return findOccurrences(text, quote).map((start) => ({ start, end: start + quote.length, errors: 0 }))
}

/** The fewest-error approximate matches, widened so none splits a surrogate pair. */
function approximateCandidates(index: CodePointIndex, quote: string, maxErrors: number): Candidate[] {
  if (maxErrors === 0) return []
  const candidates: Candidate[] = []
  for (const match of search(index.text, quote, maxErrors)) {
    const start = index.snapUtf16(match.start, 'floor')
    const end = index.snapUtf16(match.end, 'ceil')
    if (end > start) candidates.push({ start, end, errors: match.errors })
  }
  return candidates
}

/**
 * The text between an occurrence of the prefix and the next occurrence of
 * the suffix, when its length could be the quote's within the error budget.
 * An empty prefix (suffix) stands for the start (end) of the text, as
 * describeRange writes it there. Needs at least one non-empty side.
 * (Only the nearest suffix after each prefix is tried: the passage is what
 * lies between its context, not a longer stretch that skips past it.)
 */
function boundedCandidates(index: CodePointIndex, quote: string, prefix: string, suffix: string, maxErrors: number): Candidate[] {
  if (prefix === '' && suffix === '') return []
  const text = index.text
  const shortest = Math.max(1, quote.length - maxErrors)
  const longest = quote.length + maxErrors
  const starts = prefix === '' ? [0] : findOccurrences(text, prefix).map((at) => at + prefix.length)
  // Context found that often (a very short prefix) says nothing about where the passage is.
  if (starts.length === 0 || starts.length > MAX_CONTEXT_OCCURRENCES) return []
  const ends = suffix === '' ? [text.length] : findOccurrences(text, suffix)
  const candidates: Candidate[] = []
  let next = 0
  for (const rawStart of starts) {
    // `ends` is ascending: advance to the first end far enough from this start.
    while (next < ends.length && (ends[next] ?? 0) < rawStart + shortest) next++
    const rawEnd = ends[next]
    if (rawEnd === undefined) break
    if (rawEnd - rawStart > longest) continue
    const start = index.snapUtf16(rawStart, 'floor')
    const end = index.snapUtf16(rawEnd, 'ceil')
    if (end <= start) continue
    const span = text.slice(start, end)
    // A span holding the quote itself is the quote plus text inserted at its
    // edge: the exact occurrence is already a candidate, and the better one.
    if (span !== quote && span.includes(quote)) continue
    const errors = boundedEditDistance(span, quote, maxErrors)
    if (errors !== null) candidates.push({ start, end, errors })
  }
  return candidates
}

/**
 * The best match for `quote` in `text` (a string, or a CodePointIndex of it
 * when matching many quotes), or null if nothing is within the error budget
 * (see maxQuoteErrors). Offsets, including `hint`, are in code points.
 * When both prefix and suffix are given, the text between them is a
 * candidate too. Every candidate is scored (see MATCH_WEIGHTS); the best is
 * returned whatever its score: judging whether it is good enough is the
 * caller's.
 */
export function matchQuote(text: string | CodePointIndex, quote: string, context: QuoteContext = {}): QuoteMatch | null {
  const index = typeof text === 'string' ? new CodePointIndex(text) : text
  if (quote === '' || index.text === '') return null
  const maxErrors = maxQuoteErrors(quote)
  let candidates = exactCandidates(index.text, quote)
  // Exact matches are the fewest-error matches there can be: searching
  // approximately as well would only find them again, more slowly.
  if (candidates.length === 0) candidates = approximateCandidates(index, quote, maxErrors)
  if (context.prefix !== undefined && context.suffix !== undefined) {
    candidates = candidates.concat(boundedCandidates(index, quote, context.prefix, context.suffix, maxErrors))
  }
  let best: QuoteMatch | null = null
  for (const candidate of candidates) {
    const start = index.toCodePoint(candidate.start)
    const around = contextScores(index, candidate.start, candidate.end, context.prefix ?? '', context.suffix ?? '')
    const score = combineScores({
      quote: Math.max(0, 1 - candidate.errors / quote.length),
      prefix: around.prefix,
      suffix: around.suffix,
      position: positionScore(start, context.hint, index.length),
    })
    if (best === null || score > best.score) {
      best = { start, end: index.toCodePoint(candidate.end), score, exact: candidate.errors === 0 }
    }
  }
  return best
}
