/**
 * Confirms a quoted phrase in a text: the words in order, separated only by
 * spaces or punctuation, ignoring case and accents. Lunr finds candidates
 * that hold every word somewhere; this says whether they hold the phrase.
 */
import { foldCase, foldWithOrigin } from './fold-text'

/** [start, length] of each occurrence of `words` (already folded) in `text`, as UTF-16 offsets into `text`. */
export function findPhrase(text: string, words: readonly string[]): Array<readonly [number, number]> {
  if (words.length === 0) return []
  const pattern = phrasePattern(words)
  // Most candidates fail; test the cheaply folded text before building the way back to the original.
  if (!pattern.test(foldCase(text))) return []
  pattern.lastIndex = 0
  const folded = foldWithOrigin(text)
  const found: Array<readonly [number, number]> = []
  for (const match of folded.text.matchAll(pattern)) {
    const from = match.index ?? 0
    const start = folded.origin[from] ?? 0
    const end = folded.origin[from + match[0].length] ?? text.length
    found.push([start, end - start])
  }
  return found
}

function phrasePattern(words: readonly string[]): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.map(escapeRegExp).join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`, 'gu')
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
