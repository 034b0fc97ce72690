/**
 * The search box in the top bar and its results panel. Ctrl/Cmd+K focuses
 * it; arrow keys move between results; Enter opens one; Escape closes.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import type { ApiClient } from '../api-client/api-client'
import { readRoute } from '../routing/route'
import { HighlightedText } from '../ui/highlighted-text'
import { useSearch } from './use-search'

/** Search input plus results. */
export function SearchBox({ client }: { client: ApiClient }) {
  const [input, setInput] = useState('')
  const [open, setOpen] = useState(false)
  const inputRef = useRef<HTMLInputElement>(null)
  const panelRef = useRef<HTMLDivElement>(null)
  const search = useSearch(client, input)

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k') {
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

  const resultLinks = () => Array.from(panelRef.current?.querySelectorAll<HTMLAnchorElement>('a.search-result') ?? [])

  const onPanelKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault()
      close(true)
      return
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return
    const links = resultLinks()
    if (links.length === 0) return
    event.preventDefault()
    const current = links.indexOf(document.activeElement as HTMLAnchorElement)
    if (event.target === inputRef.current) {
      links[event.key === 'ArrowDown' ? 0 : links.length - 1]?.focus()
      return
    }
    const next = current + (event.key === 'ArrowDown' ? 1 : -1)
    if (next < 0) inputRef.current?.focus()
    else links[Math.min(next, links.length - 1)]?.focus()
  }

  const showPanel = open && input.trim() !== ''

  return (
    <div
      className="search"
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
          placeholder="Search the library"
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
          <p className="search-status" role="status">
            {statusText(search.query, search.results.length, search.total, search.pending)}
          </p>
          {search.results.length > 0 && (
            <ul className="search-result-list">
              {search.results.map((result) => (
                <li key={`${result.documentId}#${result.blockId}`}>
                  <a
                    className="search-result"
                    href={readRoute(result.documentId, result.blockId)}
                    onClick={() => close(false)}
                  >
                    <span className="search-result-place">
                      {result.documentTitle}
                      {result.heading && ` — ${result.heading.split('\n').join(' ')}`}
                    </span>
                    <span className="search-result-snippet">
                      {result.snippet.truncatedStart && '… '}
                      <HighlightedText text={result.snippet.text} highlights={result.snippet.highlights} />
                      {result.snippet.truncatedEnd && ' …'}
                    </span>
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  )
}

function statusText(query: string, shown: number, total: number, pending: boolean): string {
  if (query === '') return pending ? 'Searching…' : ''
  if (total === 0) return `No results for “${query}”`
  const count = total === 1 ? '1 result' : `${total} results`
  return shown < total ? `${count} (showing ${shown})` : count
}
