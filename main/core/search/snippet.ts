/**
 * Builds a short excerpt of a block around its first match, with every match
 * inside the excerpt marked. Offsets are UTF-16, as Lunr reports them.
 */
import type { Snippet } from '../../../shared/api-contract'
import { mergeRanges } from '../../../shared/text-ranges'

/** A match as Lunr's position metadata gives it: [start, length]. */
export type MatchPosition = readonly [number, number]

/** How many characters of context a snippet aims for. */
export const SNIPPET_LENGTH = 180

/**
 * Returns an excerpt of `text` of about `maxLength` characters that starts
 * near the earliest match and breaks at word boundaries.
 */
export function buildSnippet(text: string, positions: readonly MatchPosition[], maxLength = SNIPPET_LENGTH): Snippet {
  const matches = mergeRanges(
    positions.map(([start, size]) => [start, start + size] as const),
    text.length,
  )
  if (text.length <= maxLength) {
    return joinLines({ text, highlights: matches.map(([start, end]) => ({ start, end })), truncatedStart: false, truncatedEnd: false })
  }
  const first = matches[0]
  const lead = Math.floor(maxLength / 4)
  let start = first ? Math.max(0, first[0] - lead) : 0
  let end = Math.min(text.length, start + maxLength)
  if (end === text.length) start = Math.max(0, end - maxLength)
  start = wordStart(text, start)
  end = wordEnd(text, end)
  const highlights = matches
    .filter(([matchStart, matchEnd]) => matchStart >= start && matchEnd <= end)
    .map(([matchStart, matchEnd]) => ({ start: matchStart - start, end: matchEnd - start }))
  return joinLines({ text: text.slice(start, end), highlights, truncatedStart: start > 0, truncatedEnd: end < text.length })
}

/** What stands between a list's items (lines of one block) in a snippet, which shows on one line. */
export const LINE_JOINER = ' · '

/** Puts a snippet's lines on one line, joined by {@link LINE_JOINER}, moving its highlights with the text. */
function joinLines(snippet: Snippet): Snippet {
  if (!snippet.text.includes('\n')) return snippet
  let text = ''
  // moved[i]: where original offset i lands in the joined text.
  const moved: number[] = []
  for (const part of snippet.text.split(/(\n+)/)) {
    const isBreak = part.startsWith('\n')
    for (let at = 0; at < part.length; at++) moved.push(text.length + (isBreak ? 0 : at))
    text += isBreak ? LINE_JOINER : part
  }
  moved.push(text.length)
  return { ...snippet, text, highlights: snippet.highlights.map(({ start, end }) => ({ start: moved[start] ?? start, end: moved[end] ?? end })) }
}

/** Moves `index` forward to the start of a word unless it is already at one. */
function wordStart(text: string, index: number): number {
  if (index === 0 || /\s/.test(text[index - 1] ?? '')) return index
  const next = text.slice(index).search(/\s/)
  return next < 0 || next > 20 ? index : index + next + 1
}

/** Moves `index` back to the end of a word unless it is already at one. */
function wordEnd(text: string, index: number): number {
  if (index >= text.length || /\s/.test(text[index] ?? '')) return index
  const before = text.slice(0, index).search(/\s\S*$/)
  return before < 0 || index - before > 20 ? index : before
}
