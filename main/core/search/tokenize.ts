/**
 * The index's tokenizer. Lunr's own splits at spaces and hyphens only, so
 * "A/HRC/RES/20/8" was one token that "20/8" could not find, and "PP-18"
 * became "pp" and "18". This one keeps symbols findable whole and in parts:
 * a word joined by / - . or a dash yields the whole word, each part, and
 * each tail of two parts or more ("hrc/res/20/8", "res/20/8", "20/8").
 * Positions are exact, so highlights cover the matched part only.
 *
 * No token is longer than MAX_TOKEN_LENGTH: a longer run (a pasted base64
 * image, a hash, a URL without joiners) is cut to its first
 * MAX_TOKEN_LENGTH characters. Cutting rather than splitting it into
 * pieces, or dropping it, adds one term per long word instead of thousands
 * of junk pieces, keeps the word findable by its start ("iVBORw0KGgo*") and
 * whole (query terms are cut the same way), and bounds the cost of matching
 * a wildcard or fuzzy pattern against any term. The note keeps its text.
 */
import lunr from 'lunr'

/** Where a compound word is split. */
const JOINERS = /[/\-.\u2010-\u2015]/u

/** Parts beyond this are not combined (a long URL must not explode the index). */
const MAX_COMPOUND_PARTS = 8

/** Longest index term, in UTF-16 units; longer words are cut to this (see above). */
export const MAX_TOKEN_LENGTH = 64

/** `text` cut to at most `max` UTF-16 units, never between the halves of a surrogate pair. */
export function capLength(text: string, max = MAX_TOKEN_LENGTH): string {
  if (text.length <= max) return text
  const last = text.charCodeAt(max - 1)
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max)
}

/** A token of `text`: its characters and where they are. */
export interface RawToken {
  readonly text: string
  readonly start: number
}

/**
 * Splits `text` into words trimmed of edge punctuation, plus the parts and
 * tails of compound words. Offsets are UTF-16 into `text`.
 */
export function splitTokens(text: string): RawToken[] {
  const tokens: RawToken[] = []
  for (const match of text.matchAll(/\S+/gu)) {
    const raw = match[0]
    const lead = /^[^\p{L}\p{N}]*/u.exec(raw)?.[0].length ?? 0
    const core = raw.slice(lead, trimmedEnd(raw, lead))
    if (core === '') continue
    const start = (match.index ?? 0) + lead
    tokens.push({ text: capLength(core), start })
    if (!JOINERS.test(core)) continue
    const parts: RawToken[] = []
    for (const part of core.matchAll(/[\p{L}\p{N}\p{M}]+/gu)) parts.push({ text: capLength(part[0]), start: start + (part.index ?? 0) })
    if (parts.length < 2) continue
    for (const part of parts) tokens.push(part)
    if (parts.length > MAX_COMPOUND_PARTS) continue
    // Tails of two or more parts; the whole word (index 0) is already there.
    for (let from = 1; from < parts.length - 1; from++) {
      const first = parts[from] as RawToken
      tokens.push({ text: capLength(core.slice(first.start - start)), start: first.start })
    }
  }
  return tokens
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u

/**
 * Where `raw` ends once trailing punctuation is trimmed (not before `from`).
 * A loop from the end: a regex ending in "+$" retries at every position of
 * a long punctuation run, which is quadratic in its length.
 */
function trimmedEnd(raw: string, from: number): number {
  let end = raw.length
  while (end > from) {
    const unit = raw.charCodeAt(end - 1)
    // Test a whole code point: a letter outside the BMP is two units.
    const width = unit >= 0xdc00 && unit <= 0xdfff && end - 2 >= from ? 2 : 1
    if (LETTER_OR_DIGIT.test(raw.slice(end - width, end))) break
    end -= width
  }
  return end
}

/** A Lunr tokenizer over {@link splitTokens}, for builders (`builder.tokenizer = compoundTokenizer`). */
export function compoundTokenizer(value: unknown, metadata?: object): lunr.Token[] {
  if (value === null || value === undefined) return []
  const text = Array.isArray(value) ? value.map(String).join(' ') : String(value)
  return splitTokens(text).map(
    (token, index) => new lunr.Token(token.text.toLowerCase(), { ...metadata, position: [token.start, token.text.length], index }),
  )
}
