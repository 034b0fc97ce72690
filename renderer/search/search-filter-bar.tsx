/**
 * The search panel's filters: one chip per kind with its count, the
 * document, and for notes their category and tag.
 */
import type { SearchKind, SearchOutput } from '../../shared/api-contract'
import type { DocumentSummary } from '../../shared/document-model'
import { NOTE_CATEGORIES, NOTE_CATEGORY_IDS, type NoteCategory } from '../../shared/notes/categories'
import { KIND_LABELS } from './search-results'
import type { SearchFilters } from './use-search'

/** What the user chose; empty strings and null mean "any". */
export interface SearchFilterChoice {
  readonly kind: SearchKind | null
  readonly documentId: string
  readonly category: NoteCategory | ''
  readonly tag: string
}

/** No filter. */
export const NO_SEARCH_FILTER: SearchFilterChoice = { kind: null, documentId: '', category: '', tag: '' }

const ALL_KINDS: readonly SearchKind[] = ['document', 'timeline', 'glossary', 'note']

/** The filters as the search API takes them. */
export function searchFilters(choice: SearchFilterChoice): SearchFilters {
  return {
    ...(choice.kind ? { kinds: [choice.kind] } : {}),
    ...(choice.documentId ? { documentId: choice.documentId } : {}),
    ...(choice.category ? { noteCategory: choice.category } : {}),
    ...(choice.tag ? { noteTag: choice.tag } : {}),
  }
}

/** Props of the filter bar. */
export interface SearchFilterBarProps {
  readonly choice: SearchFilterChoice
  readonly output: SearchOutput | null
  readonly documents: readonly DocumentSummary[]
  onChange(choice: SearchFilterChoice): void
}

/** The chips and selects. */
export function SearchFilterBar({ choice, output, documents, onChange }: SearchFilterBarProps) {
  const { kind, documentId, category, tag } = choice
  const total = (each: SearchKind) => output?.groups.find((group) => group.kind === each)?.total ?? 0
  const set = (change: Partial<SearchFilterChoice>) => onChange({ ...choice, ...change })
  return (
    <div className="search-filters" role="group" aria-label="Filter results">
      <button type="button" className="search-chip" aria-pressed={kind === null} onClick={() => set({ kind: null })}>
        All <span className="count">{output?.groups.reduce((sum, group) => sum + group.total, 0) ?? 0}</span>
      </button>
      {ALL_KINDS.map((each) => (
        <button key={each} type="button" className="search-chip" aria-pressed={kind === each} onClick={() => set({ kind: kind === each ? null : each })}>
          {KIND_LABELS[each]} <span className="count">{total(each)}</span>
        </button>
      ))}
      <select aria-label="In document" value={documentId} onChange={(event) => set({ documentId: event.target.value })}>
        <option value="">All documents</option>
        {documents.map((summary) => (
          <option key={summary.id} value={summary.id}>
            {summary.title}
          </option>
        ))}
      </select>
      {(kind === 'note' || total('note') > 0 || category || tag) && (
        <>
          <select aria-label="Note category" value={category} onChange={(event) => set({ category: event.target.value as NoteCategory | '' })}>
            <option value="">Any category</option>
            {NOTE_CATEGORY_IDS.map((id) => (
              <option key={id} value={id}>
                {NOTE_CATEGORIES[id].label}
              </option>
            ))}
          </select>
          <select aria-label="Note tag" value={tag} onChange={(event) => set({ tag: event.target.value })}>
            <option value="">Any tag</option>
            {[...new Set([...(output?.noteTags ?? []), ...(tag ? [tag] : [])])].map((each) => (
              <option key={each} value={each}>
                {each}
              </option>
            ))}
          </select>
        </>
      )}
    </div>
  )
}
