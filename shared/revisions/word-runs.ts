/**
 * The word-level differences inside one paragraph of two revisions, as a
 * redline shows them: runs of the same, deleted and inserted words, each
 * change marked "minor" when it only touches spacing or punctuation, so a
 * reader can hide those. The diff itself is jsdiff's word diff.
 */
import { diffWordsWithSpace } from 'diff'

/** One run of a paragraph's redline. */
export interface WordRun {
  readonly kind: 'same' | 'deleted' | 'inserted'
  readonly text: string
  /** Set on a deleted or inserted run that changes only spacing, or only spacing and punctuation. */
  readonly minor?: 'whitespace' | 'punctuation'
}

const ONLY_WHITESPACE = /^\s*$/u
const ONLY_PUNCTUATION = /^[\s\p{P}]*$/u

/** How a deleted or inserted run's text counts: a word change, or only spacing or punctuation. */
function minorKind(text: string): WordRun['minor'] {
  if (ONLY_WHITESPACE.test(text)) return 'whitespace'
  if (ONLY_PUNCTUATION.test(text)) return 'punctuation'
  return undefined
}

/**
 * The runs that turn `before` into `after`. Joining the same and deleted
 * runs gives `before`; the same and inserted runs give `after`.
 */
export function wordRuns(before: string, after: string): WordRun[] {
  const runs: WordRun[] = []
  for (const change of diffWordsWithSpace(before, after)) {
    const kind = change.added ? 'inserted' : change.removed ? 'deleted' : 'same'
    if (change.value === '') continue
    const minor = kind === 'same' ? undefined : minorKind(change.value)
    runs.push(minor ? { kind, text: change.value, minor } : { kind, text: change.value })
  }
  return runs
}

/** True if every change in `runs` is minor: the words are the same, only spacing or punctuation moved. */
export function onlyMinorChanges(runs: readonly WordRun[]): boolean {
  return runs.every((run) => run.kind === 'same' || run.minor !== undefined)
}

/** The text of `runs` on one side: 'before' (same + deleted) or 'after' (same + inserted). */
export function sideText(runs: readonly WordRun[], side: 'before' | 'after'): string {
  const skip = side === 'before' ? 'inserted' : 'deleted'
  return runs
    .filter((run) => run.kind !== skip)
    .map((run) => run.text)
    .join('')
}
