/**
 * Reads what the user typed into a small query model: plain words, "quoted
 * phrases" and Lunr's own syntax (field:term, term*, term~1, term^2, +term,
 * -term). Pure: no index needed. A query that cannot be read throws a
 * QuerySyntaxError whose message tells the user what to change.
 */
import lunr from 'lunr'
import { foldCase } from './fold-text'

/** Fields a query may name; each index searches the ones it has. */
export const QUERY_FIELDS = ['title', 'heading', 'text', 'quote', 'tags', 'category'] as const

/** A field a query may name. */
export type QueryField = (typeof QUERY_FIELDS)[number]

const FIELD_ALIASES: Readonly<Record<string, QueryField>> = { tag: 'tags', note: 'text', body: 'text' }

/** Largest edit distance accepted for term~N: larger ones match almost anything and are slow. */
export const MAX_EDIT_DISTANCE = 2

/** Most words a quoted phrase may hold: checking a longer one costs more than a search may spend. */
export const MAX_PHRASE_WORDS = 32

/** How a term takes part: must match, must not match, or may match. */
export type Presence = 'required' | 'prohibited' | 'default'

/** One searchable term. */
export interface QueryTerm {
  /** Folded (lower case, no accents), punctuation at the edges trimmed. */
  readonly term: string
  /** Null: every field. */
  readonly field: QueryField | null
  readonly presence: Presence
  /** Contains "*": expanded against the index, not stemmed. */
  readonly wildcard: boolean
  readonly editDistance: number
  readonly boost: number
}

/** A quoted phrase: its words must all match and then appear in this order in the text. */
export interface QueryPhrase {
  /** The folded words of the phrase, stop words included (the text check needs them). */
  readonly words: readonly string[]
  readonly presence: Exclude<Presence, 'default'>
}

/** What a query asks for. */
export interface ParsedQuery {
  readonly terms: readonly QueryTerm[]
  readonly phrases: readonly QueryPhrase[]
}

/** A query that cannot be read; the message is for people. */
export class QuerySyntaxError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'QuerySyntaxError'
  }
}

/** Reads `input`; throws QuerySyntaxError when it cannot. An empty query has no terms. */
export function parseQuery(input: string): ParsedQuery {
  const terms: QueryTerm[] = []
  const phrases: QueryPhrase[] = []
  for (const piece of splitPieces(input)) {
    if (piece.quoted !== null) {
      const words = phraseWords(piece.quoted)
      if (words.length === 0) throw new QuerySyntaxError(`The quotes ${JSON.stringify(`"${piece.quoted}"`)} hold no words to search for.`)
      if (words.length > MAX_PHRASE_WORDS) throw new QuerySyntaxError(`A quoted phrase can hold at most ${MAX_PHRASE_WORDS} words; this one has ${words.length}. Quote a shorter part of it.`)
      phrases.push({ words, presence: piece.prefix === '-' ? 'prohibited' : 'required' })
      continue
    }
    const term = readTerm(piece.prefix + piece.text)
    if (term) terms.push(term)
  }
  const positive = terms.some((term) => term.presence !== 'prohibited') || phrases.some((phrase) => phrase.presence === 'required')
  if ((terms.length > 0 || phrases.length > 0) && !positive) {
    throw new QuerySyntaxError('Add a word to look for: a search made only of excluded words (-word) would list everything.')
  }
  return { terms, phrases }
}

/** The folded words of `text`, in order, split the way the index splits them. */
export function phraseWords(text: string): string[] {
  return foldCase(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '')
}

interface Piece {
  readonly prefix: '' | '+' | '-'
  readonly text: string
  /** The inside of a quoted phrase, or null for a bare word. */
  readonly quoted: string | null
}

/** Splits at spaces, keeping "quoted phrases" (optionally after + or -) whole. */
function splitPieces(input: string): Piece[] {
  const pieces: Piece[] = []
  const pattern = /([+-]?)"([^"]*)("?)|(\S+)/gu
  for (const match of input.matchAll(pattern)) {
    if (match[4] !== undefined) {
      // A quote inside a word ("don"t) starts nothing; only a leading one opens a phrase.
      pieces.push({ prefix: '', text: match[4], quoted: null })
      continue
    }
    if (match[3] === '') throw new QuerySyntaxError('A quoted phrase is not closed: add the closing quote (").')
    pieces.push({ prefix: (match[1] ?? '') as Piece['prefix'], text: '', quoted: match[2] ?? '' })
  }
  return pieces
}

/** Reads one bare word with Lunr's syntax; null for a stop word that would only narrow nothing. */
function readTerm(raw: string): QueryTerm | null {
  let rest = raw
  let presence: Presence = 'default'
  if (rest.startsWith('+') || rest.startsWith('-')) {
    presence = rest.startsWith('+') ? 'required' : 'prohibited'
    rest = rest.slice(1)
    if (rest === '') throw new QuerySyntaxError(`“${raw}” needs a word after the ${raw}: write ${raw}word.`)
  }
  let field: QueryField | null = null
  const fieldMatch = /^([\p{L}]+):/u.exec(rest)
  if (fieldMatch) {
    const name = (fieldMatch[1] ?? '').toLowerCase()
    const known = (QUERY_FIELDS as readonly string[]).includes(name) ? (name as QueryField) : FIELD_ALIASES[name]
    if (!known) throw new QuerySyntaxError(`“${fieldMatch[1]}:” is not a field you can search. Fields: ${QUERY_FIELDS.join(', ')}.`)
    field = known
    rest = rest.slice(fieldMatch[0].length)
    if (rest === '') throw new QuerySyntaxError(`“${raw}” needs a word after the colon, as in ${name}:privacy.`)
  }
  let editDistance = 0
  let boost = 1
  // Modifiers come last, in any order: term~1^2 or term^2~1.
  const seen = new Set<string>()
  for (;;) {
    const modifier = /([~^])([^~^]*)$/u.exec(rest)
    if (!modifier) break
    const [whole, sign = '', value = ''] = modifier
    if (seen.has(sign)) throw new QuerySyntaxError(`“${raw}”: ~ and ^ go at the end of a word, once each, as in term~1 or term^2.`)
    seen.add(sign)
    if (sign === '~') {
      if (!/^\d+$/.test(value)) throw new QuerySyntaxError(`“${raw}”: a ~ must be followed by a number of letters that may differ, as in term~1.`)
      editDistance = Number(value)
      if (editDistance > MAX_EDIT_DISTANCE) throw new QuerySyntaxError(`“${raw}”: at most ~${MAX_EDIT_DISTANCE} letters may differ.`)
    } else {
      if (!/^\d+(\.\d+)?$/.test(value) || Number(value) === 0) throw new QuerySyntaxError(`“${raw}”: a ^ must be followed by a weight above 0, as in term^2.`)
      boost = Number(value)
    }
    rest = rest.slice(0, rest.length - whole.length)
  }
  if (/[~^]/.test(rest)) throw new QuerySyntaxError(`“${raw}”: ~ and ^ go at the end of a word, once each, as in term~1 or term^2.`)
  if (/[:]/.test(rest) && !/[\p{L}\p{N}]:[\p{L}\p{N}]/u.test(rest)) throw new QuerySyntaxError(`“${raw}”: put the field before one colon, as in title:privacy.`)
  const wildcard = rest.includes('*')
  const term = trimEdges(foldCase(rest), wildcard)
  if (!/[\p{L}\p{N}]/u.test(term)) {
    if (wildcard && term.replace(/\*/g, '') === '') throw new QuerySyntaxError(`“${raw}”: a * needs some letters with it, as in priv*.`)
    throw new QuerySyntaxError(`“${raw}” is not a word to search for: it has no letters or digits.`)
  }
  if (wildcard && editDistance > 0) throw new QuerySyntaxError(`“${raw}”: a word cannot have both * and ~.`)
  // Stop words are not in the index; requiring one would match nothing.
  if (!wildcard && presence === 'default' && field === null && isStopWord(term)) return null
  return { term, field, presence, wildcard, editDistance, boost }
}

/** Trims punctuation at the edges of a term (keeping * when it is a wildcard). */
function trimEdges(term: string, keepStar: boolean): string {
  const edge = keepStar ? /^[^\p{L}\p{N}*]+|[^\p{L}\p{N}*]+$/gu : /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu
  return term.replace(edge, '')
}

/** True for words Lunr leaves out of the index ("the", "of"). */
export function isStopWord(word: string): boolean {
  return lunr.stopWordFilter(new lunr.Token(word, {})) === undefined
}
