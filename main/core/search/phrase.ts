/**
 * Confirms a quoted phrase in a text: the words in order, separated only by
 * spaces or punctuation, ignoring case and accents. Lunr finds candidates
 * that hold every word somewhere; this says whether they hold the phrase.
 */
import { escapeRegExp } from '../../../shared/escape-reg-exp'
import { foldCase, foldWithOrigin } from './fold-text'

/** A letter, digit or mark outside ASCII: the only characters folding can turn into the phrase's words. */
const FOLDABLE = /(?!\p{ASCII})[\p{L}\p{N}\p{M}]/u
const NON_ASCII = /[^\p{ASCII}]/u

/** True if folding `text` could make it match where the text as written does not. */
function foldingMatters(text: string): boolean {
  return NON_ASCII.test(text) && FOLDABLE.test(text)
}

/** [start, length] of each occurrence of `words` (already folded) in `text`, as UTF-16 offsets into `text`. */
export function findPhrase(text: string, words: readonly string[]): Array<readonly [number, number]> {
  if (words.length === 0) return []
  const { pattern, quick } = phrasePatterns(words)
  // Thousands of candidates may need checking: match the text as it is first
  // (no folding, offsets already right), after a cheap test that must pass
  // for that; fold only when folding could matter.
  const direct = quick && !quick.test(text) ? [] : [...text.matchAll(pattern)].map((match) => [match.index, match[0].length] as const)
  if (direct.length > 0 || !foldingMatters(text)) return direct
  if (!pattern.test(foldCase(text))) return []
  pattern.lastIndex = 0
  const folded = foldWithOrigin(text)
  const found: Array<readonly [number, number]> = []
  for (const match of folded.text.matchAll(pattern)) {
    const from = match.index
    const start = folded.origin[from] ?? 0
    const end = folded.origin[from + match[0].length] ?? text.length
    found.push([start, end - start])
  }
  return found
}

/** A phrase's exact pattern, and for ASCII words a looser one any exact match also meets, several times faster. */
interface PhrasePatterns {
  readonly pattern: RegExp
  readonly quick: RegExp | null
}

const patterns = new Map<string, PhrasePatterns>()

/** The words in order, whole, with any run of spaces or punctuation between; case-insensitive. */
function phrasePatterns(words: readonly string[]): PhrasePatterns {
  const key = words.join('\0')
  let found = patterns.get(key)
  if (!found) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])${words.map(escapeRegExp).join('[^\\p{L}\\p{N}\\p{M}]+')}(?![\\p{L}\\p{N}\\p{M}])`, 'giu')
    const quick = words.every((word) => /^[a-z0-9]+$/.test(word)) ? new RegExp(words.join('[^a-z0-9]+'), 'i') : null
    found = { pattern, quick }
    patterns.set(key, found)
    if (patterns.size > 64) patterns.delete(patterns.keys().next().value as string)
  }
  found.pattern.lastIndex = 0
  return found
}
