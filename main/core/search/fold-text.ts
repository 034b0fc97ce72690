/**
 * Case and accent folding shared by the index, the query and the phrase
 * check, so "José", "JOSE" and "jose" are one word everywhere.
 */

/** Lower case without accents ("San José" -> "san jose"); may change length. */
export function foldCase(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase()
}

/** Folded text plus, for each of its UTF-16 units, the offset in the original it came from. */
export interface FoldedText {
  readonly text: string
  /** origin[i] is the original offset of folded unit i; origin[text.length] is the original length. */
  readonly origin: readonly number[]
}

/**
 * Folds `text` one character at a time and keeps the way back, so a match
 * found in the folded text can be marked in the original.
 */
export function foldWithOrigin(text: string): FoldedText {
  let folded = ''
  const origin: number[] = []
  let offset = 0
  for (const char of text) {
    const piece = foldCase(char)
    for (let unit = 0; unit < piece.length; unit++) origin.push(offset)
    folded += piece
    offset += char.length
  }
  origin.push(offset)
  return { text: folded, origin }
}
