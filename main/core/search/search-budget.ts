/**
 * What one search may spend: a time budget, and a cap on the index terms
 * its wildcard and fuzzy words may examine. Work stops at whichever comes
 * first; the search then answers with what it has and says so. The cap on
 * terms makes the cut independent of the machine's speed; the time budget
 * covers everything else (phrases to confirm, results to build).
 */
import type { SearchPartial } from '../../../shared/api-contract'

/** How long a search may run before it answers with what it has. */
export const SEARCH_TIME_BUDGET_MS = 250

/** Index terms one search's wildcard and fuzzy words may examine, over all indexes. */
export const MAX_TERMS_EXAMINED = 400_000

/** Wildcard or fuzzy words one search expands; the others are left out (and the answer says so). */
export const MAX_PATTERN_WORDS = 16

/** Limits for one search; tests shrink them. */
export interface SearchLimits {
  readonly timeMs: number
  readonly maxTermsExamined: number
  readonly now?: () => number
}

/** The budget of one search. */
export class SearchBudget {
  private readonly deadline: number
  private readonly now: () => number
  private examined = 0
  /** Why work stopped, once it has. */
  private stopped: SearchPartial['reason'] | null = null
  /** Why the answer is incomplete though work went on. */
  private noted: SearchPartial['reason'] | null = null

  constructor(private readonly limits: SearchLimits = { timeMs: SEARCH_TIME_BUDGET_MS, maxTermsExamined: MAX_TERMS_EXAMINED }) {
    this.now = limits.now ?? (() => performance.now())
    this.deadline = this.now() + limits.timeMs
  }

  /** A budget that never runs out (benchmarks of the unbounded engine, tests). */
  static unlimited(): SearchBudget {
    return new SearchBudget({ timeMs: Number.POSITIVE_INFINITY, maxTermsExamined: Number.POSITIVE_INFINITY })
  }

  /** Counts `count` index terms examined; false once the budget is spent (then stop). */
  examine(count: number): boolean {
    this.examined += count
    if (this.examined > this.limits.maxTermsExamined) this.stop('work')
    return this.left()
  }

  /** False once the budget is spent, by time or work. */
  left(): boolean {
    if (this.stopped === null && this.now() > this.deadline) this.stop('time')
    return this.stopped === null
  }

  /** Marks the answer incomplete for `reason`, though work may go on (a word left out). */
  note(reason: SearchPartial['reason']): void {
    this.noted ??= reason
  }

  /** Why the answer is incomplete, if it is. */
  get partial(): SearchPartial | undefined {
    const reason = this.stopped ?? this.noted
    return reason ? { reason } : undefined
  }

  private stop(reason: SearchPartial['reason']): void {
    this.stopped ??= reason
  }
}
