/**
 * Code-point offsets over a string, and their UTF-16 equivalents.
 *
 * Notes store positions in code points (the W3C data model counts
 * characters, and code points do not depend on the JavaScript engine), but
 * JavaScript strings, `indexOf` and approx-string-match all work in UTF-16
 * code units. The two only differ after an astral character (emoji, 𝒳),
 * which takes two code units: a surrogate pair. A lone surrogate counts as
 * one code point, as string iteration (`[...text]`) counts it.
 */

/** Which way an offset that falls inside a surrogate pair moves. */
export type SurrogateSnap = 'floor' | 'ceil'

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff
}

/** Whether a surrogate pair starts at UTF-16 offset `i`. */
function pairStartsAt(text: string, i: number): boolean {
  return isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1))
}

/** Clamps an offset to [0, max] as an integer; NaN and negatives become 0. */
function clampOffset(offset: number, max: number): number {
  if (!(offset > 0)) return 0
  if (offset >= max) return max
  return Math.floor(offset)
}

/** Number of code points in `text`. */
export function codePointLength(text: string): number {
  let pairs = 0
  for (let i = 0; i < text.length - 1; i++) {
    if (pairStartsAt(text, i)) {
      pairs++
      i++
    }
  }
  return text.length - pairs
}

/**
 * `text` from code point `start` up to (not including) code point `end`
 * (default: the end). Offsets are clamped to [0, length]; an inverted range
 * gives ''. One pass over the text up to `end`: for many slices of one text,
 * use a {@link CodePointIndex}.
 */
export function sliceByCodePoints(text: string, start: number, end?: number): string {
  let startUnit = -1
  let codePoint = 0
  const first = clampOffset(start, Number.MAX_SAFE_INTEGER)
  const last = end === undefined ? Number.MAX_SAFE_INTEGER : clampOffset(end, Number.MAX_SAFE_INTEGER)
  if (last <= first) return ''
  for (let i = 0; i < text.length; i++) {
    if (codePoint === first) startUnit = i
    if (codePoint === last) return text.slice(startUnit, i)
    if (pairStartsAt(text, i)) i++
    codePoint++
  }
  return startUnit === -1 ? '' : text.slice(startUnit)
}

/**
 * An index of one text's astral characters, built once (O(n)) so that each
 * conversion between code-point and UTF-16 offsets is a binary search over
 * the astral characters only: O(1) for text without any, which is most text.
 */
export class CodePointIndex {
  /** The indexed text. */
  readonly text: string
  /** Length of the text in code points. */
  readonly length: number
  /** UTF-16 offset of each astral character (surrogate pair), ascending. */
  private readonly pairUnits: Int32Array
  /** Code-point offset of each astral character, ascending. */
  private readonly pairCodePoints: Int32Array

  constructor(text: string) {
    this.text = text
    const units: number[] = []
    for (let i = 0; i < text.length - 1; i++) {
      if (pairStartsAt(text, i)) {
        units.push(i)
        i++
      }
    }
    this.pairUnits = Int32Array.from(units)
    // The k-th pair starts k code units later than its code-point offset.
    this.pairCodePoints = Int32Array.from(units, (unit, k) => unit - k)
    this.length = text.length - units.length
  }

  /** Whether the text has astral characters, i.e. whether the offsets differ at all. */
  get hasAstral(): boolean {
    return this.pairUnits.length > 0
  }

  /** UTF-16 offset of code-point offset `codePoint`, clamped to the text. */
  toUtf16(codePoint: number): number {
    const cp = clampOffset(codePoint, this.length)
    if (this.pairUnits.length === 0) return cp
    // Every astral character before `cp` adds one code unit.
    return cp + countBelow(this.pairCodePoints, cp)
  }

  /**
   * Code-point offset of UTF-16 offset `utf16`, clamped to the text. An
   * offset between the two halves of a surrogate pair moves to the start of
   * that character ('floor', right for the start of a range) or past it
   * ('ceil', right for the end of a range), so a range never splits one.
   */
  toCodePoint(utf16: number, snap: SurrogateSnap = 'floor'): number {
    const unit = clampOffset(utf16, this.text.length)
    if (this.pairUnits.length === 0) return unit
    const before = countBelow(this.pairUnits, unit)
    const previous = before > 0 ? this.pairUnits[before - 1] : undefined
    if (previous !== undefined && previous + 1 === unit) {
      // Inside the pair that starts at `previous`.
      const pairStart = unit - 1 - (before - 1)
      return snap === 'floor' ? pairStart : pairStart + 1
    }
    return unit - before
  }

  /** Snaps a UTF-16 offset out of a surrogate pair (see {@link toCodePoint}). */
  snapUtf16(utf16: number, snap: SurrogateSnap = 'floor'): number {
    return this.toUtf16(this.toCodePoint(utf16, snap))
  }

  /** The text between code-point offsets `start` and `end` (default: the end). */
  slice(start: number, end: number = this.length): string {
    const from = this.toUtf16(start)
    const to = this.toUtf16(end)
    return to > from ? this.text.slice(from, to) : ''
  }
}

/** How many values in the ascending array are below `value`. */
function countBelow(sorted: Int32Array, value: number): number {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((sorted[middle] ?? 0) < value) low = middle + 1
    else high = middle
  }
  return low
}
