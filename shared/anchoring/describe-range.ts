/**
 * Turns a selected range of a document's plain text into the W3C selectors a
 * note stores: the quote with its surrounding context (so the note can be
 * found again after the text changes) and the position (so, while the text
 * is unchanged, it is found at once).
 */
import { QUOTE_CONTEXT_LENGTH, type TextPositionSelector, type TextQuoteSelector } from '../notes/note-model'
import { CodePointIndex } from './code-points'

/**
 * Describes [start, end) in code points over `text` (a string, or a
 * {@link CodePointIndex} of it when describing many ranges of one text).
 * Prefix and suffix are up to QUOTE_CONTEXT_LENGTH code points, fewer at
 * the edges of the text. Throws RangeError unless the offsets are integers
 * with 0 <= start < end <= length: an empty range is not a passage.
 */
export function describeRange(
  text: string | CodePointIndex,
  start: number,
  end: number,
): [TextQuoteSelector, TextPositionSelector] {
  const index = typeof text === 'string' ? new CodePointIndex(text) : text
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    throw new RangeError(`Range offsets must be integers (got ${start}, ${end})`)
  }
  if (start < 0 || end > index.length) {
    throw new RangeError(`Range [${start}, ${end}) is outside the text (length ${index.length})`)
  }
  if (end <= start) {
    throw new RangeError(`Range [${start}, ${end}) is empty or inverted`)
  }
  return [
    {
      type: 'TextQuoteSelector',
      exact: index.slice(start, end),
      prefix: index.slice(Math.max(0, start - QUOTE_CONTEXT_LENGTH), start),
      suffix: index.slice(end, Math.min(index.length, end + QUOTE_CONTEXT_LENGTH)),
    },
    { type: 'TextPositionSelector', start, end },
  ]
}
