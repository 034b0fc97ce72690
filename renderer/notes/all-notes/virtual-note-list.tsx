/**
 * All notes' list, virtualized (@tanstack/react-virtual): only the rows
 * near the view are in the page, so 10,000 notes scroll and filter
 * smoothly. Rows are group headings (a button that opens or closes the
 * group) and notes (a checkbox, then the card). For keyboard and screen
 * reader users: each note says its place in its group (aria-posinset,
 * aria-setsize); the row holding focus stays in the page however far the
 * list scrolls; arrow keys move between rows; Ctrl/Cmd+A selects every
 * note the filter shows.
 */
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual'
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react'
import type { NoteView } from '../../../shared/api-contract'
import { noteContent } from '../../../shared/notes/note-model'
import { NoteCard, type NoteCardActions } from '../note-card'
import { truncateText } from '../truncate-text'
import { isTextField } from '../../ui/platform'
import type { ListRow } from './list-rows'
import { scrollParent } from './scroll-parent'

/** Props of the list. */
export interface VirtualNoteListProps {
  readonly rows: readonly ListRow[]
  readonly selected: ReadonlySet<string>
  readonly readOnly: boolean
  readonly actions: NoteCardActions
  onToggleNote(id: string, shift: boolean): void
  onSelectAll(): void
  onToggleGroup(key: string): void
  onRenameTag(tag: string): void
  onShowPassage(view: NoteView): void
}

/** What a note row is called: its quote's start, else its text's. */
export function noteRowName(view: NoteView): string {
  const quote = view.note.target.selector?.[0].exact
  if (quote) return `Note on “${truncateText(quote, 60)}”`
  const text = noteContent(view.note).text.trim()
  return text === '' ? 'Note on the whole document' : `Note on the whole document: ${truncateText(text, 60)}`
}

/** The list. */
export function VirtualNoteList({ rows, selected, readOnly, actions, onToggleNote, onSelectAll, onToggleGroup, onRenameTag, onShowPassage }: VirtualNoteListProps) {
  const listRef = useRef<HTMLDivElement>(null)
  const [scroller, setScroller] = useState<HTMLElement | null>(null)
  const [scrollMargin, setScrollMargin] = useState(0)
  // The row holding focus, by key: it stays rendered while scrolled away, so focus is never dropped.
  const [focusedKey, setFocusedKey] = useState<string | null>(null)
  const [pendingFocus, setPendingFocus] = useState<number | null>(null)
  const focusedIndex = focusedKey === null ? -1 : rows.findIndex((row) => row.key === focusedKey)

  useLayoutEffect(() => {
    const list = listRef.current
    const section = list?.parentElement
    if (!list || !section) return
    const parent = scrollParent(list)
    setScroller(parent)
    // Where the list starts in its scroller's content; what is above it (filters, the selection bar) changes height.
    const measure = () => {
      const margin = list.getBoundingClientRect().top - parent.getBoundingClientRect().top + parent.scrollTop
      setScrollMargin((current) => (Math.abs(current - margin) < 1 ? current : margin))
    }
    measure()
    const observer = new ResizeObserver(measure)
    for (const child of section.children) if (child !== list) observer.observe(child)
    observer.observe(section)
    return () => observer.disconnect()
  }, [])

  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range)
      return focusedIndex >= 0 && !indexes.includes(focusedIndex) ? [...indexes, focusedIndex].sort((a, b) => a - b) : indexes
    },
    [focusedIndex],
  )

  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer re-renders this component itself; nothing here is memoized by hand
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller,
    estimateSize: (index) => (rows[index]?.kind === 'heading' ? 52 : 170),
    getItemKey: (index) => rows[index]?.key ?? index,
    overscan: 8,
    scrollMargin,
    rangeExtractor,
  })

  useEffect(() => {
    if (pendingFocus === null) return
    // The row arrives once the virtualizer has scrolled to it: try for a few frames.
    let frame = 0
    let handle = 0
    const tryFocus = () => {
      const target = listRef.current?.querySelector<HTMLElement>(`[data-index="${pendingFocus}"] [data-row-focus]`)
      if (target) {
        target.focus()
        setPendingFocus(null)
      } else if (frame++ < 10) {
        handle = requestAnimationFrame(tryFocus)
      }
    }
    tryFocus()
    return () => cancelAnimationFrame(handle)
  }, [pendingFocus])

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if ((event.key === 'a' || event.key === 'A') && (event.ctrlKey || event.metaKey) && !event.altKey && !isTextField(event.target)) {
      event.preventDefault()
      onSelectAll()
      return
    }
    if ((event.key !== 'ArrowDown' && event.key !== 'ArrowUp') || !(event.target instanceof HTMLElement) || !event.target.hasAttribute('data-row-focus')) return
    const from = Number(event.target.closest('[data-index]')?.getAttribute('data-index') ?? -1)
    const to = from + (event.key === 'ArrowDown' ? 1 : -1)
    if (from < 0 || to < 0 || to >= rows.length) return
    event.preventDefault()
    virtualizer.scrollToIndex(to, { align: 'auto' })
    setPendingFocus(to)
  }

  const items = virtualizer.getVirtualItems()
  const offset = (items[0]?.start ?? 0) - virtualizer.options.scrollMargin
  return (
    <div
      ref={listRef}
      className="all-notes-list"
      style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
      onKeyDown={onKeyDown}
      onFocus={(event) => setFocusedKey(event.target.closest('[data-key]')?.getAttribute('data-key') ?? null)}
    >
      <div style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${offset}px)` }}>
        {items.map((item) => {
          const row = rows[item.index]
          if (!row) return null
          return (
            <div key={item.key} data-index={item.index} data-key={row.key} ref={virtualizer.measureElement} className="all-notes-row">
              {row.kind === 'heading' ? (
                <div className="all-notes-group-heading">
                  <h2>
                    <button type="button" className="all-notes-group-toggle" data-row-focus aria-expanded={row.expanded} onClick={() => onToggleGroup(row.group.key)}>
                      <span aria-hidden="true" className="all-notes-group-chevron">
                        {row.expanded ? '▾' : '▸'}
                      </span>{' '}
                      {row.group.label} <span className="count">({row.group.views.length.toLocaleString('en')})</span>
                    </button>
                  </h2>
                  {row.group.tag !== undefined && !readOnly && (
                    <button type="button" className="link-button" onClick={() => onRenameTag(row.group.tag ?? '')}>
                      Rename tag “{row.group.tag}”…
                    </button>
                  )}
                </div>
              ) : (
                <article className="all-notes-note" aria-label={noteRowName(row.view)} aria-posinset={row.position} aria-setsize={row.setSize}>
                  <input
                    type="checkbox"
                    className="all-notes-check"
                    data-row-focus
                    aria-label={`Select ${noteRowName(row.view)}`}
                    checked={selected.has(row.view.note.id)}
                    onChange={() => undefined}
                    onClick={(event) => onToggleNote(row.view.note.id, event.shiftKey)}
                  />
                  <NoteCard view={row.view} active={false} readOnly={readOnly} actions={actions} onShowPassage={onShowPassage} />
                </article>
              )}
            </div>
          )
        })}
      </div>
    </div>
  )
}
