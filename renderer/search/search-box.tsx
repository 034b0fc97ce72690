/**
 * The search box in the top bar and its results panel. Ctrl/Cmd+K or
 * Ctrl/Cmd+F focuses it; arrow keys move between results; Enter opens one;
 * Escape closes. Opening a result marks the matched words where it opens.
 * The box is a combobox whose popup is the results panel (a non-modal dialog).
 */
import { useCallback, useRef, useState, type KeyboardEvent } from 'react'
import type { SearchHit, SearchOutput } from '../../shared/api-contract'
import type { DocumentSummary } from '../../shared/document-model'
import { formatShortcut } from '../../shared/keyboard-shortcuts'
import type { ApiClient } from '../api-client/api-client'
import { moveBetweenResults } from './result-navigation'
import { markSearchMatches } from './search-marks'
import { NO_SEARCH_FILTER, searchFilters, SearchFilterBar, type SearchFilterChoice } from './search-filter-bar'
import { resultHref, SearchResults } from './search-results'
import { useSearch } from './use-search'
import { useSearchShortcut } from './use-search-shortcut'
import { isMac } from '../ui/platform'
import './search-box.css'

const SEARCH_HINT = formatShortcut('search', isMac())

/** Props of the search box. */
export interface SearchBoxProps {
  readonly client: ApiClient
  /** The library, for the document filter. */
  readonly documents: readonly DocumentSummary[]
  /** Opens a note's passage with the note active. */
  onOpenNote(noteId: string): void
}

/** Search input plus results. */
export function SearchBox({ client, documents, onOpenNote }: SearchBoxProps) {
  const [input, setInput] = useState('')
  const [open, setOpen] = useState(false)
  const [choice, setChoice] = useState<SearchFilterChoice>(NO_SEARCH_FILTER)
  const inputRef = useRef<HTMLInputElement>(null)
  const panelRef = useRef<HTMLDivElement>(null)
  const search = useSearch(client, input, searchFilters(choice))

  useSearchShortcut(inputRef, useCallback(() => setOpen(true), []))

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
    if (moveBetweenResults(panelRef.current, inputRef.current, event.key === 'ArrowDown')) event.preventDefault()
  }

  const showPanel = open && input.trim() !== ''
  const output = search.output

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
          // ARIA 1.2 combobox: the results open in a non-modal dialog that arrow keys move focus into.
          role="combobox"
          aria-haspopup="dialog"
          aria-controls={showPanel ? 'search-results' : undefined}
          aria-expanded={showPanel}
          onChange={(event) => {
            setInput(event.target.value)
            setOpen(true)
          }}
          onFocus={() => setOpen(true)}
        />
        <kbd className="search-shortcut" aria-hidden="true">
          {SEARCH_HINT}
        </kbd>
      </div>
      {showPanel && (
        <div ref={panelRef} id="search-results" className="search-panel" role="dialog" aria-label="Search results">
          {search.error && (
            <p className="search-error" role="alert">
              {search.error}
            </p>
          )}
          <SearchFilterBar choice={choice} output={output} documents={documents} onChange={setChoice} />
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
