/**
 * A deterministic synthetic document, an edited version of it, and notes on
 * the original with the truth of what became of each passage: the workload
 * for the large re-anchoring test and for the anchoring benchmark. The text
 * is pseudo-random words (some accented, Cyrillic, Arabic, Chinese and
 * astral, so code-point and UTF-16 offsets differ) in ~300 paragraphs.
 */
import { codePointLength } from '../../shared/anchoring/code-points'
import { describeRange } from '../../shared/anchoring/describe-range'
import type { AnchorTarget } from '../../shared/anchoring/reanchor'
import { seededRandom } from '../testing/seeded-random'

/**
 * What the edit did to a note's passage: kept word for word (perhaps moved),
 * kept but with white space between its words changed, altered (words
 * inserted into it or a word misspelt), or deleted with its paragraph.
 */
export type PassageFate = 'survived' | 'respaced' | 'altered' | 'deleted'

/** A note on the original text and the truth about its passage in the edited one. */
export interface SyntheticNote {
  readonly target: AnchorTarget
  readonly fate: PassageFate
  /** Code-point range of the passage's words in the edited text, unless deleted. */
  readonly expected?: { readonly start: number; readonly end: number }
}

/** The original text, the edited text and the notes. */
export interface SyntheticWorkload {
  readonly original: string
  readonly edited: string
  readonly notes: readonly SyntheticNote[]
}

/** Size and seed of a workload. */
export interface WorkloadOptions {
  readonly seed?: number
  readonly paragraphs?: number
  readonly notes?: number
}

interface Word {
  /** White space before the word ('' for a paragraph's first word). */
  sep: string
  text: string
  /** Index in the original paragraph; null for an inserted word. */
  readonly origin: number | null
  changed: boolean
}

interface Paragraph {
  readonly id: number
  words: Word[]
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'te', 'vi', 'do', 'pa', 'ri', 'go', 'le', 'tu', 'ba', 'ze', 'no', 'fi', 'sho', 'tra']
const FOREIGN = ['réseau', 'Überblick', 'naïve', 'право', 'свобода', 'حقوق', 'الإنسان', '人权', '自由', '🌍', 'emoji😀', '𝒳-rule', 'café']

/** Builds the workload (deterministic for a given seed). */
export function syntheticWorkload(options: WorkloadOptions = {}): SyntheticWorkload {
  const random = seededRandom(options.seed ?? 20181029)
  const int = (low: number, high: number): number => low + Math.floor(random() * (high - low + 1))
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T

  const vocabulary = Array.from({ length: 500 }, () => Array.from({ length: int(1, 4) }, () => pick(SYLLABLES)).join(''))
  const word = (): string => {
    const base = random() < 0.06 ? pick(FOREIGN) : pick(vocabulary)
    const r = random()
    return r < 0.05 ? `${base}.` : r < 0.1 ? `${base},` : base
  }
  const freshWords = (count: number): Word[] => Array.from({ length: count }, () => ({ sep: ' ', text: word(), origin: null, changed: false }))

  const original: Paragraph[] = Array.from({ length: options.paragraphs ?? 300 }, (_, id) => ({
    id,
    words: Array.from({ length: int(30, 70) }, (_, i) => ({ sep: i === 0 ? '' : ' ', text: word(), origin: i, changed: false })),
  }))
  const originalText = render(original).text

  // Notes: 4–12 words anywhere in a paragraph, each quote unique in the original text.
  const picks: Array<{ paragraph: number; first: number; count: number; target: AnchorTarget }> = []
  const layout = render(original)
  while (picks.length < (options.notes ?? 1000)) {
    const paragraph = int(0, original.length - 1)
    const words = original[paragraph]?.words ?? []
    const count = int(4, 12)
    const first = int(0, words.length - count)
    const start = layout.wordStart(paragraph, first)
    const end = layout.wordEnd(paragraph, first + count - 1)
    const [quote, position] = describeRange(originalText, start, end)
    if (originalText.indexOf(quote.exact) !== originalText.lastIndexOf(quote.exact)) continue
    picks.push({ paragraph, first, count, target: { quote, position } })
  }

  // Edits: delete 5% of paragraphs; insert words into 10%, misspell a word in
  // 5%, change the white space between two words in 5%; move 10%; add 15 new.
  const deleted = new Set<number>()
  const edited: Paragraph[] = []
  for (const paragraph of original) {
    const r = random()
    if (r < 0.05) {
      deleted.add(paragraph.id)
      continue
    }
    const words = paragraph.words.map((w) => ({ ...w }))
    if (r < 0.15) {
      const at = int(0, words.length)
      const inserted = freshWords(int(1, 3))
      if (at === 0) {
        ;(inserted[0] as Word).sep = ''
        ;(words[0] as Word).sep = ' '
      }
      words.splice(at, 0, ...inserted)
    } else if (r < 0.2) {
      const target = words[int(0, words.length - 1)] as Word
      // A letter slipped in before the last character (code points: never inside an emoji).
      const characters = Array.from(target.text)
      characters.splice(characters.length - 1, 0, 'q')
      target.text = characters.join('')
      target.changed = true
    } else if (r < 0.25) {
      ;(words[int(1, words.length - 1)] as Word).sep = pick(['\n', '  ', '\u00a0'])
    }
    edited.push({ id: paragraph.id, words })
  }
  for (let moves = Math.round(edited.length / 10); moves > 0; moves--) {
    const [moved] = edited.splice(int(0, edited.length - 1), 1)
    if (moved) edited.splice(int(0, edited.length), 0, moved)
  }
  for (let added = 0; added < 15; added++) {
    const words = freshWords(int(30, 70))
    ;(words[0] as Word).sep = ''
    edited.splice(int(0, edited.length), 0, { id: -1 - added, words })
  }

  const after = render(edited)
  const notes = picks.map(({ paragraph, first, count, target }): SyntheticNote => {
    if (deleted.has(paragraph)) return { target, fate: 'deleted' }
    const slot = edited.findIndex((p) => p.id === paragraph)
    const words = edited[slot]?.words ?? []
    const from = words.findIndex((w) => w.origin === first)
    const to = words.findIndex((w) => w.origin === first + count - 1)
    const expected = { start: after.wordStart(slot, from), end: after.wordEnd(slot, to) }
    const span = words.slice(from, to + 1)
    if (span.length !== count || span.some((w) => w.changed)) return { target, fate: 'altered', expected }
    if (span.slice(1).some((w) => w.sep !== ' ')) return { target, fate: 'respaced', expected }
    return { target, fate: 'survived', expected }
  })
  return { original: originalText, edited: after.text, notes }
}

/** The text of paragraphs (separated by a blank line) and the code-point offsets of their words. */
function render(paragraphs: readonly Paragraph[]): {
  text: string
  wordStart: (paragraph: number, word: number) => number
  wordEnd: (paragraph: number, word: number) => number
} {
  const starts: number[][] = []
  const ends: number[][] = []
  const parts: string[] = []
  let offset = 0
  paragraphs.forEach((paragraph, p) => {
    if (p > 0) {
      parts.push('\n\n')
      offset += 2
    }
    starts.push([])
    ends.push([])
    for (const word of paragraph.words) {
      parts.push(word.sep, word.text)
      offset += codePointLength(word.sep)
      starts[p]?.push(offset)
      offset += codePointLength(word.text)
      ends[p]?.push(offset)
    }
  })
  return {
    text: parts.join(''),
    wordStart: (p, w) => starts[p]?.[w] ?? -1,
    wordEnd: (p, w) => ends[p]?.[w] ?? -1,
  }
}
