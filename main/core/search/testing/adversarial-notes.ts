/**
 * Notes and queries built to make search work hard, for the bounded-work
 * fuzz test and the benchmark: one long unbroken word (a pasted base64
 * image), repeated letters, long punctuation runs, huge compounds, and
 * many distinct terms; queries with inner wildcards, edit distances on
 * long words, and as many words as a query may hold.
 */
import { MAX_QUERY_LENGTH } from '../../../../shared/api-contract'
import type { Note } from '../../../../shared/notes/note-model'
import { makeNote } from '../../notes/testing/note-fixtures'

/** Length of the pasted-image word, as in the report that found the freeze. */
export const LONG_WORD_LENGTH = 99_000

/** A deterministic base64-looking word of `length` characters. */
export function base64Word(length = LONG_WORD_LENGTH): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
  let word = 'iVBORw0KGgo'
  let seed = 7
  while (word.length < length) {
    seed = nextRandom(seed)
    word += alphabet[seed % 64]
  }
  return word
}

/** The next state of a Park–Miller generator (exact in doubles: the product stays below 2^53). */
function nextRandom(state: number): number {
  return (state * 48_271) % 2_147_483_647
}

/** `count` distinct pseudo-random lower-case words, the same each run. */
export function distinctWords(count: number, seed = 1): string[] {
  const words = new Set<string>()
  let state = seed
  while (words.size < count) {
    let word = ''
    state = nextRandom(state)
    const length = 4 + (state % 9)
    for (let at = 0; at < length; at++) {
      state = nextRandom(state)
      word += String.fromCharCode(97 + (state % 26))
    }
    words.add(word)
  }
  return [...words]
}

/** The notes: hostile texts plus `spread` notes of 2,500 distinct words each. */
export function adversarialNotes(spread = 12): Note[] {
  const texts = [
    `pasted image ${base64Word()}`,
    'e'.repeat(LONG_WORD_LENGTH),
    `${'a'.repeat(60_000)} ${'ab'.repeat(15_000)}`,
    `x${'-'.repeat(90_000)}x`,
    Array.from({ length: 20_000 }, (_, at) => `p${at % 97}`).join('/'),
  ]
  const words = distinctWords(spread * 2_500)
  for (let at = 0; at < spread; at++) texts.push(words.slice(at * 2_500, (at + 1) * 2_500).join(' '))
  return texts.map((text, at) => makeNote(at + 1, text))
}

/** Words joined by spaces, as many as fit in one query. */
function fullQuery(word: (at: number) => string): string {
  const parts: string[] = []
  for (let at = 0; [...parts, word(at)].join(' ').length <= MAX_QUERY_LENGTH; at++) parts.push(word(at))
  return parts.join(' ')
}

/** Queries that used to cost seconds or minutes, and the longest ones a query may be. */
export const ADVERSARIAL_QUERIES: readonly string[] = [
  '*e*',
  '*x*',
  '*',
  'e*',
  '*a*a*a*a*a*a*a*a*a*a*b',
  `${'e'.repeat(64)}~2`,
  `${base64Word(64)}~2`,
  `${'ab'.repeat(32)}~2`,
  `${base64Word(40)}*`,
  fullQuery((at) => String.fromCharCode(97 + (at % 26))),
  fullQuery((at) => `*${String.fromCharCode(97 + (at % 26))}*`),
  fullQuery((at) => `${String.fromCharCode(97 + (at % 26))}${String.fromCharCode(97 + ((at * 7) % 26))}~2`),
  `"${'e '.repeat(200)}"`,
]
