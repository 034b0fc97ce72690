/**
 * The search benchmark's deterministic inputs: a synthetic corpus of
 * paragraphs (pronounceable words with a Zipf-like skew, plus resolution
 * symbols) and a mix of queries drawn from it, the same on every run.
 */
import type { LibraryDocument } from '../../shared/document-model'
import { seededRandom } from '../testing/seeded-random'

/** One paragraph of the corpus: its index ref, its document's title, its text. */
export interface Paragraph {
  readonly ref: string
  readonly title: string
  readonly text: string
}

/** A vocabulary of pronounceable words, drawn with a Zipf-like skew, plus document symbols. */
export function syntheticCorpus(count: number): { paragraphs: Paragraph[]; vocabulary: string[] } {
  const next = seededRandom(42)
  const syllables = ['ra', 'to', 'mi', 'sen', 'lo', 'ka', 'ver', 'di', 'nu', 'pa', 'gor', 'te', 'shi', 'lan', 'bo', 'ri', 'com', 'tel', 'pri', 'vac']
  const vocabulary: string[] = []
  const seen = new Set<string>()
  while (vocabulary.length < 8000) {
    const length = 2 + Math.floor(next() * 3)
    let word = ''
    for (let index = 0; index < length; index++) word += syllables[Math.floor(next() * syllables.length)]
    if (!seen.has(word)) {
      seen.add(word)
      vocabulary.push(word)
    }
  }
  const pick = () => vocabulary[Math.floor(vocabulary.length * next() ** 2.5)] as string
  const paragraphs: Paragraph[] = []
  for (let index = 0; index < count; index++) {
    const words: string[] = []
    const length = 62 + Math.floor(next() * 28)
    for (let word = 0; word < length; word++) {
      words.push(next() < 0.01 ? `A/HRC/RES/${10 + Math.floor(next() * 30)}/${1 + Math.floor(next() * 20)}` : pick())
      if (next() < 0.08) words[words.length - 1] += ','
    }
    const text = `${words.join(' ')}.`
    paragraphs.push({ ref: `doc-${Math.floor(index / 50)}#p${index}`, title: `Document ${Math.floor(index / 50)} ${pick()} ${pick()}`, text })
  }
  return { paragraphs, vocabulary }
}

/** The kinds of query the benchmark mixes, reported apart. */
export type QueryKind = 'single' | 'multi' | 'prefix' | 'fuzzy' | 'field' | 'phrase'

/** `count` queries of every kind, drawn from words of the corpus (so most find something). */
export function mixedQueries(paragraphs: readonly Paragraph[], count: number): Array<{ kind: QueryKind; query: string }> {
  const next = seededRandom(7)
  const wordOf = () => {
    const paragraph = paragraphs[Math.floor(next() * paragraphs.length)] as Paragraph
    const words = paragraph.text.split(' ')
    const at = Math.floor(next() * (words.length - 1))
    return { words, at, word: (words[at] as string).replace(/[,.]$/, '') }
  }
  const queries: Array<{ kind: QueryKind; query: string }> = []
  for (let index = 0; index < count; index++) {
    const roll = next()
    const { words, at, word } = wordOf()
    const plain = word.includes('/') ? word.split('/').slice(-2).join('/') : word
    if (roll < 0.35) queries.push({ kind: 'single', query: plain })
    else if (roll < 0.55) queries.push({ kind: 'multi', query: `${plain} ${wordOf().word.replace(/\//g, ' ')}` })
    else if (roll < 0.7) queries.push({ kind: 'prefix', query: `${plain.replace(/\W/g, '').slice(0, 4)}*` })
    else if (roll < 0.8) queries.push({ kind: 'fuzzy', query: `${plain.replace(/\W/g, '').slice(0, -1)}x~1` })
    else if (roll < 0.9) queries.push({ kind: 'field', query: `title:${paragraphs[Math.floor(next() * paragraphs.length)]?.title.split(' ')[2] ?? 'x'}` })
    else queries.push({ kind: 'phrase', query: `"${word} ${(words[at + 1] ?? '').replace(/[,.]$/, '')}"` })
  }
  return queries
}

/** Builds a LibraryDocument-shaped list for the app's index builder (it reads ids, titles and block text only). */
export function asDocuments(paragraphs: readonly Paragraph[]): LibraryDocument[] {
  const byDocument = new Map<string, { id: string; title: string; blocks: Array<{ type: 'paragraph'; id: string; text: string }> }>()
  for (const paragraph of paragraphs) {
    const [id = '', blockId = ''] = paragraph.ref.split('#')
    const document = byDocument.get(id) ?? { id, title: paragraph.title, blocks: [] }
    document.blocks.push({ type: 'paragraph', id: blockId, text: paragraph.text })
    byDocument.set(id, document)
  }
  return [...byDocument.values()] as unknown as LibraryDocument[]
}
