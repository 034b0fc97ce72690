/**
 * Search over everything: the bundled index (document passages, timeline
 * entries, glossary terms), a segment per document the user added, and
 * the notes index. Reads the query, runs it in
 * "all" mode and, when nothing matches every word, in "any" mode; filters,
 * groups by kind and builds snippets. Results for the bundled index are
 * cached by query, since it never changes and typing repeats prefixes.
 */
import type { NoteView, SearchGroup, SearchHit, SearchInput, SearchKind, SearchOutput } from '../../../shared/api-contract'
import { NOTE_CATEGORIES } from '../../../shared/notes/categories'
import { documentIdFromUrn, noteContent } from '../../../shared/notes/note-model'
import { parseBlockRef } from '../../../shared/document-model'
import { ApiFailure } from '../api-failure'
import type { Library } from '../library'
import type { NoteChange } from '../notes/notes-service'
import { AddedDocumentsIndex } from './added-documents-index'
import { BLOCK_INDEX_FIELDS } from './block-index'
import { documentHit, glossaryHit, noteHit, timelineHit } from './hit-builders'
import { runInSlices, runToEnd, type Steps } from './cooperative'
import { NOTE_INDEX_FIELDS, NotesIndex, type IndexedNote } from './notes-index'
import { parseQuery, QuerySyntaxError, type ParsedQuery } from './query'
import { glossaryFields, parseIndexRef, timelineFields } from './reference-text'
import { bestMatches, byScore, runQuerySteps, type MatchMode, type QueryHit, type QueryMatches, type RankedMatch } from './run-query'
import { SearchBudget } from './search-budget'

/** Default number of hits per kind. */
export const DEFAULT_RESULT_LIMIT = 20

/** The kinds, in the order groups are listed. */
export const SEARCH_KINDS: readonly SearchKind[] = ['document', 'timeline', 'glossary', 'note']

/** Bundled-index answers kept between keystrokes. */
const CACHE_SIZE = 64

/** Results built even when the budget has run out, so a cut-short search still shows its best. */
const RESULTS_ALWAYS_BUILT = DEFAULT_RESULT_LIMIT

/** Results built for each kind even then, so a slow search does not give every place to documents and none to the timeline. */
const RESULTS_ALWAYS_BUILT_PER_KIND = 3

/** What the search service needs from the notes. */
export interface SearchableNotes {
  list(): NoteView[]
  onChange(listener: (change: NoteChange) => void): () => void
}

/** A match with what filters need, before it is turned into a result. */
interface Candidate extends RankedMatch {
  readonly kind: SearchKind
  /** The index's matches it belongs to, which can explain it. */
  readonly source: QueryMatches
  readonly documentId: string | undefined
  readonly note?: IndexedNote
  readonly id: string
  /** A passage of the statement, which this app is for: first among equally good passages. */
  readonly statement?: boolean
}

/** The search service over one library and its notes. */
export class SearchService {
  readonly notesIndex: NotesIndex
  /** The documents the user added, one segment each beside the bundled index. */
  readonly addedIndex: AddedDocumentsIndex
  private readonly mentions = new Map<string, { documentId: string; blockId: string; text: string }>()
  private readonly cache = new Map<string, QueryMatches>()
  private readonly stop: () => void
  private readonly stopAdded: () => void

  constructor(
    private readonly library: Library,
    notes: SearchableNotes,
  ) {
    this.notesIndex = new NotesIndex(notes.list().map(indexedNote))
    this.stop = notes.onChange((change) => {
      if (change.type === 'put') this.notesIndex.put(indexedNote(change.view))
      else this.notesIndex.remove(change.id)
    })
    this.addedIndex = new AddedDocumentsIndex(library.addedDocuments)
    this.stopAdded = library.onAddedChange((change) => this.addedIndex.apply(change))
    // A glossary result opens where the term is first marked, in library order.
    for (const document of library.documents) {
      for (const annotation of library.editorialFor(document.id)) {
        if (annotation.kind === 'glossary' && !this.mentions.has(annotation.termId)) {
          this.mentions.set(annotation.termId, { documentId: document.id, blockId: annotation.blockId, text: annotation.selector[0].exact })
        }
      }
    }
  }

  /**
   * Runs a search at once; a query that cannot be read fails as user input
   * with a message saying why. Within `budget`, then with what it has.
   */
  search(input: SearchInput, budget = new SearchBudget()): SearchOutput {
    return runToEnd(this.searchSteps(input, budget))
  }

  /**
   * The same, in slices that let the event loop answer other requests
   * meanwhile: what the API runs, so one heavy query cannot hold the rest.
   */
  searchInSlices(input: SearchInput, budget = new SearchBudget()): Promise<SearchOutput> {
    return runInSlices(this.searchSteps(input, budget))
  }

  private *searchSteps(input: SearchInput, budget: SearchBudget): Steps<SearchOutput> {
    const limit = input.limit ?? DEFAULT_RESULT_LIMIT
    const kinds = new Set(input.kinds ?? SEARCH_KINDS)
    let query: ParsedQuery
    try {
      query = parseQuery(input.query)
    } catch (error) {
      if (error instanceof QuerySyntaxError) throw new ApiFailure('user-input', `The search “${input.query.trim()}” could not be read. ${error.message}`)
      throw error
    }
    const empty: SearchOutput = { match: 'all', groups: SEARCH_KINDS.map((kind) => ({ kind, total: 0, results: [] })), total: 0, noteTags: [] }
    if (query.terms.length === 0 && query.phrases.length === 0) return empty
    let match: MatchMode = 'all'
    let candidates = yield* this.candidates(input, query, 'all', budget)
    const plainWords = query.terms.filter((term) => term.presence === 'default').length
    // "Nothing has every word" is judged on the kinds asked for: the Notes panel asks for notes alone.
    if (!candidates.some((candidate) => kinds.has(candidate.kind)) && plainWords > 1) {
      match = 'any'
      candidates = yield* this.candidates(input, query, 'any', budget)
    }
    const noteTags = new Map<string, string>()
    for (const candidate of candidates) for (const tag of candidate.note?.tags ?? []) noteTags.set(tag.toLocaleLowerCase(), tag)
    const tag = input.noteTag?.toLocaleLowerCase()
    const filtered = candidates.filter((candidate) => candidate.kind !== 'note' || tag === undefined || candidate.note?.tags.some((each) => each.toLocaleLowerCase() === tag))
    const groups: SearchGroup[] = []
    let built = 0
    for (const kind of SEARCH_KINDS) {
      const ofKind = filtered.filter((candidate) => candidate.kind === kind)
      // The timeline and the glossary are a few dozen entries: their results are built whole even when the budget is spent.
      const kindBudget = kind === 'timeline' || kind === 'glossary' ? SearchBudget.unlimited() : budget
      const results = kinds.has(kind) ? yield* this.results(bestMatches(ofKind, limit, kind === 'document' ? passageOrder : byScore), kindBudget, built) : []
      built += results.length
      groups.push({ kind, total: ofKind.length, results })
    }
    const total = groups.reduce((sum, group) => sum + (kinds.has(group.kind) ? group.total : 0), 0)
    const partial = budget.partial
    return { match, groups, total, noteTags: [...noteTags.values()].sort((a, b) => a.localeCompare(b)), ...(partial ? { partial } : {}) }
  }

  /** Stops following note changes. */
  dispose(): void {
    this.stop()
    this.stopAdded()
    this.notesIndex.dispose()
  }

  private *candidates(input: SearchInput, query: ParsedQuery, mode: MatchMode, budget: SearchBudget): Steps<Candidate[]> {
    const list: Candidate[] = []
    const bundled = yield* this.bundledMatches(input.query, query, mode, budget)
    for (const { ref: indexRef, score, inText } of bundled.matches) {
      const ref = parseIndexRef(indexRef)
      const match = { ref: indexRef, score, source: bundled, ...(inText === undefined ? {} : { inText }) }
      if (ref.kind === 'timeline') list.push({ ...match, kind: 'timeline', id: ref.id, documentId: this.library.getTimelineEntry(ref.id)?.documentId })
      else if (ref.kind === 'glossary') list.push({ ...match, kind: 'glossary', id: ref.id, documentId: this.mentions.get(ref.id)?.documentId })
      else {
        const block = parseBlockRef(ref.ref)
        const found = block ? this.library.findBlock(block.documentId, block.blockId) : undefined
        // A section heading whose own words do not match is found only through its page's title: the page's passages stand for it.
        if (found?.block.type === 'heading' && match.inText === 0) continue
        list.push({ ...match, kind: 'document', id: ref.ref, documentId: block?.documentId, statement: found?.document.kind === 'statement' })
      }
    }
    const fields = BLOCK_INDEX_FIELDS.map((field) => field.name)
    const added = yield* this.addedIndex.searchSteps((index) => runQuerySteps(index, fields, query, mode, (ref) => this.bundledTexts(ref), budget))
    for (const { ref, score, inText } of added.matches) {
      const block = parseBlockRef(ref)
      const found = block ? this.library.findBlock(block.documentId, block.blockId) : undefined
      if (!found || (found.block.type === 'heading' && inText === 0)) continue
      list.push({ ref, score, source: added, kind: 'document', id: ref, documentId: found.document.id, ...(inText === undefined ? {} : { inText }) })
    }
    const notes = yield* this.notesIndex.searchSteps((index) => runQuerySteps(index, NOTE_INDEX_FIELDS, query, mode, (ref) => this.noteTexts(ref), budget))
    for (const { ref, score } of notes.matches) {
      const note = this.notesIndex.get(ref)
      if (!note) continue
      if (input.noteCategory !== undefined && note.category !== input.noteCategory) continue
      list.push({ ref, score, source: notes, kind: 'note', id: note.id, documentId: note.documentId, note })
    }
    return input.documentId === undefined ? list : list.filter((candidate) => candidate.documentId === input.documentId)
  }

  /**
   * Results for the chosen candidates, best first, with Lunr's match data
   * for their snippets; once the budget is spent, only up to
   * RESULTS_ALWAYS_BUILT over the whole answer (`built` so far).
   */
  private *results(chosen: readonly Candidate[], budget: SearchBudget, built: number): Steps<SearchHit[]> {
    const bySource = new Map<QueryMatches, Candidate[]>()
    for (const candidate of chosen) bySource.set(candidate.source, [...(bySource.get(candidate.source) ?? []), candidate])
    const rank = new Map(chosen.map((candidate, at) => [candidate, at]))
    const explained: Array<{ candidate: Candidate; hit: QueryHit }> = []
    for (const [source, candidates] of bySource) {
      const byRef = new Map(candidates.map((candidate) => [candidate.ref, candidate]))
      for (const hit of source.explain(byRef.keys())) {
        const candidate = byRef.get(hit.ref)
        if (candidate) explained.push({ candidate, hit })
      }
    }
    const hits: SearchHit[] = []
    for (const { candidate, hit } of explained.sort((a, b) => (rank.get(a.candidate) ?? 0) - (rank.get(b.candidate) ?? 0))) {
      if (hits.length >= RESULTS_ALWAYS_BUILT_PER_KIND && built + hits.length >= RESULTS_ALWAYS_BUILT && !budget.left()) break
      const result = this.toResult(candidate, hit)
      if (result) hits.push(result)
      yield
    }
    return hits
  }

  private *bundledMatches(key: string, query: ParsedQuery, mode: MatchMode, budget: SearchBudget): Steps<QueryMatches> {
    const cacheKey = `${mode}\0${key.trim()}`
    const cached = this.cache.get(cacheKey)
    if (cached) {
      // Refresh its place: the cache drops the least recently used answer.
      this.cache.delete(cacheKey)
      this.cache.set(cacheKey, cached)
      return cached
    }
    const fields = BLOCK_INDEX_FIELDS.map((field) => field.name)
    const matches = yield* runQuerySteps(this.library.index, fields, query, mode, (ref) => this.bundledTexts(ref), budget)
    // A search cut short is not the answer to keep.
    if (matches.complete === false) return matches
    this.cache.set(cacheKey, matches)
    if (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value as string)
    return matches
  }

  private bundledTexts(ref: string): string[] {
    const parsed = parseIndexRef(ref)
    if (parsed.kind === 'timeline') {
      const entry = this.library.getTimelineEntry(parsed.id)
      if (!entry) return []
      const fields = timelineFields(entry)
      return [fields.text, fields.title, fields.heading]
    }
    if (parsed.kind === 'glossary') {
      const term = this.library.getGlossaryTerm(parsed.id)
      if (!term) return []
      const fields = glossaryFields(term)
      return [fields.text, fields.title, fields.heading]
    }
    const block = parseBlockRef(parsed.ref)
    const found = block ? this.library.findBlock(block.documentId, block.blockId) : undefined
    return found ? [found.block.text, found.document.title, found.heading] : []
  }

  private noteTexts(id: string): string[] {
    const note = this.notesIndex.get(id)
    return note ? [note.text, note.quote, note.tags.join('\n')] : []
  }

  private toResult(candidate: Candidate, hit: QueryHit): SearchHit | null {
    switch (candidate.kind) {
      case 'document':
        return documentHit(this.library, hit)
      case 'timeline':
        return timelineHit(this.library, candidate.id, hit)
      case 'glossary':
        return glossaryHit(this.library, candidate.id, hit, this.mentions.get(candidate.id))
      case 'note':
        return candidate.note ? noteHit(this.library, candidate.note, hit) : null
    }
  }
}

/**
 * The order of passages: more of the query's words in the passage's own
 * text first; among equally good ones the statement's, then Lunr's score.
 */
export function passageOrder(a: Candidate, b: Candidate): number {
  return (b.inText ?? 0) - (a.inText ?? 0) || Number(b.statement === true) - Number(a.statement === true) || byScore(a, b)
}

/** What the notes index holds for a note. */
export function indexedNote(view: NoteView): IndexedNote {
  const content = noteContent(view.note)
  return {
    id: view.note.id,
    documentId: documentIdFromUrn(view.note.target.source) ?? '',
    blockId: view.anchor.blockId,
    quote: view.note.target.selector?.[0].exact ?? '',
    text: content.text,
    tags: content.tags,
    category: content.category,
    categoryLabel: content.category ? NOTE_CATEGORIES[content.category].label : '',
  }
}
