/**
 * The search box in the top bar and its results panel. Ctrl/Cmd+K or
 * Ctrl/Cmd+F focuses it; arrow keys move between results; Enter opens one;
 * Escape closes. Opening a result marks the matched words where it opens.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import type { SearchHit, SearchKind, SearchOutput } from '../../shared/api-contract'
import type { DocumentSummary } from '../../shared/document-model'
import { NOTE_CATEGORIES, NOTE_CATEGORY_IDS, type NoteCategory } from '../../shared/notes/categories'
import type { ApiClient } from '../api-client/api-client'
import { markSearchMatches } from './search-marks'
import { KIND_LABELS, resultHref, SearchResults } from './search-results'
import { useSearch, type SearchFilters } from './use-search'
import './search.css'

/** Props of the search box. */
export interface SearchBoxProps {
  readonly client: ApiClient
  /** The library, for the document filter. */
  readonly documents: readonly DocumentSummary[]
  /** Opens a note's passage with the note active. */
  onOpenNote(noteId: string): void
}

const ALL_KINDS: readonly SearchKind[] = ['document', 'timeline', 'glossary', 'note']

/** Search input plus results. */
export function SearchBox({ client, documents, onOpenNote }: SearchBoxProps) {
  const [input, setInput] = useState('')
  const [open, setOpen] = useState(false)
  const [kind, setKind] = useState<SearchKind | null>(null)
  const [documentId, setDocumentId] = useState('')
  const [category, setCategory] = useState<NoteCategory | ''>('')
  const [tag, setTag] = useState('')
  const inputRef = useRef<HTMLInputElement>(null)
  const panelRef = useRef<HTMLDivElement>(null)
  const filters: SearchFilters = {
    ...(kind ? { kinds: [kind] } : {}),
    ...(documentId ? { documentId } : {}),
    ...(category ? { noteCategory: category } : {}),
    ...(tag ? { noteTag: tag } : {}),
  }
  const search = useSearch(client, input, filters)

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      const key = event.key.toLowerCase()
      if ((event.ctrlKey || event.metaKey) && !event.altKey && (key === 'k' || key === 'f')) {
        event.preventDefault()
        inputRef.current?.focus()
        inputRef.current?.select()
        setOpen(true)
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  const close = (returnFocus: boolean) => {
    setOpen(false)
    if (returnFocus) inputRef.current?.focus()
  }

  const openHit = (hit: SearchHit) => {
    close(false)
    if (hit.kind === 'note') onOpenNote(hit.noteId)
    const target = hit.kind === 'timeline' ? { timelineEntry: true as const } : 'blockId' in hit && hit.blockId ? { blockId: hit.blockId } : null
    if (target) markSearchMatches(resultHref(hit), target, hit.matchedTerms)
  }

  const onPanelKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault()
      close(true)
      return
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return
    if (event.target instanceof HTMLSelectElement) return
    const links = Array.from(panelRef.current?.querySelectorAll<HTMLAnchorElement>('a.search-result') ?? [])
    if (links.length === 0) return
    event.preventDefault()
    const current = links.indexOf(document.activeElement as HTMLAnchorElement)
    if (current < 0) {
      links[event.key === 'ArrowDown' ? 0 : links.length - 1]?.focus()
      return
    }
    const next = current + (event.key === 'ArrowDown' ? 1 : -1)
    if (next < 0) inputRef.current?.focus()
    else links[Math.min(next, links.length - 1)]?.focus()
  }

  const showPanel = open && input.trim() !== ''
  const output = search.output
  const noteTotal = output?.groups.find((group) => group.kind === 'note')?.total ?? 0

  return (
    <div
      className="search"
      role="search"
      onKeyDown={onPanelKeyDown}
      onBlur={(event) => {
        if (!(event.relatedTarget instanceof Node) || !event.currentTarget.contains(event.relatedTarget)) setOpen(false)
      }}
    >
      <div className="search-field">
        <svg className="search-icon" viewBox="0 0 20 20" aria-hidden="true">
          <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="1.8" />
          <path d="M12.7 12.7 17 17" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
        </svg>
        <input
          ref={inputRef}
          type="search"
          aria-label="Search"
          placeholder="Search texts, timeline, glossary, notes"
          autoComplete="off"
          spellCheck={false}
          maxLength={500}
          value={input}
          aria-controls="search-results"
          aria-expanded={showPanel}
          onChange={(event) => {
            setInput(event.target.value)
            setOpen(true)
          }}
          onFocus={() => setOpen(true)}
        />
        <kbd className="search-shortcut" aria-hidden="true">
          {navigator.platform.startsWith('Mac') ? '⌘K' : 'Ctrl K'}
        </kbd>
      </div>
      {showPanel && (
        <div ref={panelRef} id="search-results" className="search-panel" role="region" aria-label="Search results">
          {search.error && (
            <p className="search-error" role="alert">
              {search.error}
            </p>
          )}
          <div className="search-filters" role="group" aria-label="Filter results">
            <button type="button" className="search-chip" aria-pressed={kind === null} onClick={() => setKind(null)}>
              All <span className="count">{output?.groups.reduce((sum, group) => sum + group.total, 0) ?? 0}</span>
            </button>
            {ALL_KINDS.map((each) => (
              <button key={each} type="button" className="search-chip" aria-pressed={kind === each} onClick={() => setKind(kind === each ? null : each)}>
                {KIND_LABELS[each]} <span className="count">{output?.groups.find((group) => group.kind === each)?.total ?? 0}</span>
              </button>
            ))}
            <select aria-label="In document" value={documentId} onChange={(event) => setDocumentId(event.target.value)}>
              <option value="">All documents</option>
              {documents.map((summary) => (
                <option key={summary.id} value={summary.id}>
                  {summary.title}
                </option>
              ))}
            </select>
            {(kind === 'note' || noteTotal > 0 || category || tag) && (
              <>
                <select aria-label="Note category" value={category} onChange={(event) => setCategory(event.target.value as NoteCategory | '')}>
                  <option value="">Any category</option>
                  {NOTE_CATEGORY_IDS.map((id) => (
                    <option key={id} value={id}>
                      {NOTE_CATEGORIES[id].label}
                    </option>
                  ))}
                </select>
                <select aria-label="Note tag" value={tag} onChange={(event) => setTag(event.target.value)}>
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
          <p className="search-status" role="status">
            {statusText(search.query, output, search.pending)}
          </p>
          {output && <SearchResults groups={output.groups} partial={output.partial} onOpen={openHit} />}
        </div>
      )}
    </div>
  )
}

function statusText(query: string, output: SearchOutput | null, pending: boolean): string {
  if (!output) return pending ? 'Searching…' : ''
  if (output.total === 0) return `No results for “${query}”`
  const count = output.total === 1 ? '1 result' : `${output.total} results`
  return output.match === 'any' ? `No result has all the words; ${count} with any of them` : count
}
