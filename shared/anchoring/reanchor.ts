/**
 * Finds a note's passage in the current text of its document, which may have
 * changed since the note was made. In order of preference:
 *
 * 1. exact: the stored position still holds the quote;
 * 2. moved: the quote occurs elsewhere, word for word (or differing only in
 *    white space); of several occurrences, the one whose context matches
 *    best, and of equally good ones, the nearest to the old position;
 * 3. needs-review: a fuzzy match scores at least NEEDS_REVIEW_THRESHOLD; the
 *    text found is returned so the user can compare and accept it;
 * 4. orphaned: nothing good enough. The note is kept and shown apart, never
 *    dropped, so this is the safe answer whenever in doubt: it never throws.
 */
import { escapeRegExp } from '../escape-reg-exp'
import { QUOTE_CONTEXT_LENGTH, type TextPositionSelector, type TextQuoteSelector } from '../notes/note-model'
import { CodePointIndex, codePointLength } from './code-points'
import { combineScores, contextScores, findOccurrences, matchQuote, positionScore } from './match-quote'

/** How a note's passage was found in the current text. */
export type AnchorStatus = 'exact' | 'moved' | 'needs-review' | 'orphaned'

/** The selectors a note keeps for its passage. */
export interface AnchorTarget {
  readonly quote: Pick<TextQuoteSelector, 'exact' | 'prefix' | 'suffix'>
  readonly position?: Pick<TextPositionSelector, 'start' | 'end'>
}

/** Where a note's passage is now. */
export interface AnchorResult {
  readonly status: AnchorStatus
  /** Code-point offsets of the passage; absent when orphaned. */
  readonly start?: number
  readonly end?: number
  /**
   * 0–1 (see MATCH_WEIGHTS): 1 for exact; for the others, how well the
   * passage and its context match; for an orphan, the best fuzzy score
   * found (0 if none), which was below the threshold.
   */
  readonly score: number
  /** The text now at [start, end): differs from the quote when it needs review. */
  readonly currentText?: string
}

/**
 * Lowest score at which a fuzzy match is offered for review instead of the
 * note being orphaned. With the weights of MATCH_WEIGHTS (quote 60, prefix
 * 18, suffix 18, position 4), and unrelated text scoring about 0.2–0.4 as
 * context, 0.75 means:
 * - a passage whose context is intact may have about 40% of its characters
 *   edited (quote similarity >= 0.58) and still be offered;
 * - with one side of its context intact (a passage at the edge of a moved
 *   paragraph), it must be over about 80% the same;
 * - with neither side intact, practically never: the same words elsewhere
 *   are found as 'moved' before this stage; a variant of them in unfamiliar
 *   surroundings is too likely to be some other passage;
 * - a deleted passage leaves at best a half-similar fragment (the search
 *   allows errors up to half the quote), which scores at most 0.7 even with
 *   its context intact.
 * Wrongly re-attaching a note is worse than orphaning it, which loses
 * nothing and is shown to the user: the threshold leans towards orphaning.
 */
export const NEEDS_REVIEW_THRESHOLD = 0.75

/**
 * Context scores (the mean of prefix and suffix similarity) this close to
 * the best count as equally good, and the occurrence nearest the old
 * position wins. 0.02 is about one character of the 64 context characters:
 * less than that is noise, more is the context pointing elsewhere.
 */
export const CONTEXT_TIE_TOLERANCE = 0.02

interface Selectors {
  readonly exact: string
  readonly prefix: string
  readonly suffix: string
  readonly start?: number
  readonly end?: number
}

/** A chosen occurrence: UTF-16 and code-point offsets, and its score. */
interface Placement {
  readonly start16: number
  readonly end16: number
  readonly start: number
  readonly end: number
  readonly score: number
  readonly contextIntact: boolean
}

const ORPHANED: AnchorResult = { status: 'orphaned', score: 0 }

/**
 * Where the passage `target` describes is in `text` (a string, or a
 * CodePointIndex of it when re-anchoring many notes; see reanchorMany).
 * Never throws: input it cannot use gives 'orphaned'.
 */
export function reanchor(text: string | CodePointIndex, target: AnchorTarget): AnchorResult {
  try {
    const index = text instanceof CodePointIndex ? text : typeof text === 'string' ? new CodePointIndex(text) : null
    const selectors = readSelectors(target)
    if (index === null || selectors === null || index.length === 0) return ORPHANED
    return anchor(index, selectors)
  } catch {
    // A note must survive a bug in anchoring: orphaned keeps it, visibly.
    return ORPHANED
  }
}

/** reanchor for many notes on one text, indexing the text once. */
export function reanchorMany(text: string | CodePointIndex, targets: readonly AnchorTarget[]): AnchorResult[] {
  const index = text instanceof CodePointIndex ? text : new CodePointIndex(typeof text === 'string' ? text : '')
  return targets.map((target) => reanchor(index, target))
}

function anchor(index: CodePointIndex, selectors: Selectors): AnchorResult {
  const { exact, prefix, suffix, start: oldStart, end: oldEnd } = selectors
  const text = index.text

  // 1. The stored position still holds the quote.
  if (oldStart !== undefined && oldEnd !== undefined && oldEnd <= index.length) {
    const start16 = index.toUtf16(oldStart)
    const end16 = index.toUtf16(oldEnd)
    if (end16 - start16 === exact.length && text.startsWith(exact, start16)) {
      return { status: 'exact', start: oldStart, end: oldEnd, score: 1, currentText: exact }
    }
  }

  // 2. The quote elsewhere, word for word; failing that, with only white space changed.
  const exactRanges = findOccurrences(text, exact).map((start16) => ({ start16, end16: start16 + exact.length }))
  const ranges = exactRanges.length > 0 ? exactRanges : whitespaceVariants(text, exact)
  const placement = pickByContext(index, ranges, selectors)
  if (placement) {
    return editedInPlace(index, selectors, placement) ?? {
      status: 'moved',
      start: placement.start,
      end: placement.end,
      score: placement.score,
      currentText: text.slice(placement.start16, placement.end16),
    }
  }

  // 3. A fuzzy match, if good enough to show the user.
  const match = matchQuote(index, exact, { prefix, suffix, hint: oldStart })
  if (match && match.score >= NEEDS_REVIEW_THRESHOLD) {
    return { status: 'needs-review', start: match.start, end: match.end, score: match.score, currentText: index.slice(match.start, match.end) }
  }

  // 4. Nothing good enough.
  return { status: 'orphaned', score: match?.score ?? 0 }
}

/**
 * Of several occurrences, the one whose context matches best; of those
 * within CONTEXT_TIE_TOLERANCE of the best, the nearest to the old position
 * (the first, without one). Null if there are none.
 */
function pickByContext(
  index: CodePointIndex,
  ranges: ReadonlyArray<{ start16: number; end16: number }>,
  selectors: Selectors,
): Placement | null {
  const scored = ranges.map((range) => {
    const around = contextScores(index, range.start16, range.end16, selectors.prefix, selectors.suffix)
    return { ...range, around, context: (around.prefix + around.suffix) / 2, start: index.toCodePoint(range.start16) }
  })
  let bestContext = Number.NEGATIVE_INFINITY
  for (const candidate of scored) bestContext = Math.max(bestContext, candidate.context)
  const distance = (start: number): number => (selectors.start === undefined ? start : Math.abs(start - selectors.start))
  let chosen: (typeof scored)[number] | undefined
  for (const candidate of scored) {
    if (candidate.context < bestContext - CONTEXT_TIE_TOLERANCE) continue
    if (chosen === undefined || distance(candidate.start) < distance(chosen.start)) chosen = candidate
  }
  if (chosen === undefined) return null
  return {
    start16: chosen.start16,
    end16: chosen.end16,
    start: chosen.start,
    end: index.toCodePoint(chosen.end16),
    score: combineScores({ quote: 1, ...chosen.around, position: positionScore(chosen.start, selectors.start, index.length) }),
    contextIntact: chosen.around.prefix === 1 && chosen.around.suffix === 1,
  }
}

/**
 * When the quote turns up elsewhere in unfamiliar surroundings, its own
 * surroundings may still be intact around an edited version of it: a short
 * quote ("the Council") recurs in a document, while the passage the note was
 * on now says something slightly different. If that edited passage scores
 * better (and well enough), it is the note's passage, to be reviewed.
 * Needs at least QUOTE_CONTEXT_LENGTH code points of context in all.
 */
function editedInPlace(index: CodePointIndex, selectors: Selectors, placement: Placement): AnchorResult | null {
  if (placement.contextIntact) return null
  // A few characters of context (a note near the edge of a tiny text) are
  // too little evidence to overrule the quote's own words.
  if (codePointLength(selectors.prefix) + codePointLength(selectors.suffix) < QUOTE_CONTEXT_LENGTH) return null
  const match = matchQuote(index, selectors.exact, { prefix: selectors.prefix, suffix: selectors.suffix, hint: selectors.start })
  if (!match || match.exact || match.score <= placement.score || match.score < NEEDS_REVIEW_THRESHOLD) return null
  // Overlapping the quote's own words, it is those words that are the passage.
  if (match.start < placement.end && match.end > placement.start) return null
  return { status: 'needs-review', start: match.start, end: match.end, score: match.score, currentText: index.slice(match.start, match.end) }
}

/**
 * Occurrences of the quote's words separated by any white space, for a quote
 * whose text only had its white space changed (a line break now a space,
 * doubled spaces, a no-break space). Leading and trailing white space of the
 * quote is not required.
 */
function whitespaceVariants(text: string, exact: string): Array<{ start16: number; end16: number }> {
  const words = exact.split(/\s+/).filter((word) => word !== '')
  // Without white space between words, the pattern is the quote itself, already searched for.
  if (words.length === 0 || (words.length === 1 && words[0] === exact)) return []
  const pattern = new RegExp(words.map(escapeRegExp).join('\\s+'), 'g')
  return Array.from(text.matchAll(pattern), (match) => ({ start16: match.index, end16: match.index + match[0].length }))
}

/** The selectors as usable values, or null; tolerates any input, since notes come from files. */
function readSelectors(target: unknown): Selectors | null {
  const quote = field(target, 'quote')
  const exact = field(quote, 'exact')
  if (typeof exact !== 'string' || exact === '') return null
  const prefix = field(quote, 'prefix')
  const suffix = field(quote, 'suffix')
  const selectors = { exact, prefix: typeof prefix === 'string' ? prefix : '', suffix: typeof suffix === 'string' ? suffix : '' }
  const position = field(target, 'position')
  const start = field(position, 'start')
  const end = field(position, 'end')
  if (typeof start === 'number' && typeof end === 'number' && Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start) {
    return { ...selectors, start, end }
  }
  return selectors
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined
}
