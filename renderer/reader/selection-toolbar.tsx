/**
 * The small toolbar that appears over a text selection in the document (made
 * with the mouse or the keyboard) or over a paragraph focused from the
 * keyboard: Highlight, a category, and Add note. Alt+Shift+H and Alt+Shift+N
 * do the same without the toolbar.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import type { CodePointIndex } from '../../shared/anchoring/code-points'
import type { LibraryDocument } from '../../shared/document-model'
import { formatShortcut, matchesShortcut } from '../../shared/keyboard-shortcuts'
import { NOTE_CATEGORIES, NOTE_CATEGORY_IDS, type NoteCategory } from '../../shared/notes/categories'
import { blockRange, rangeBetween } from './document-ranges'
import { isMac } from '../ui/platform'
import { blockElementOf, textOffsetInBlock } from './selection-offsets'
import '../notes/category-mark.css'
import './selection-toolbar.css'

/** What the toolbar acts on: a passage, in code points. */
export interface PassageRange {
  readonly start: number
  readonly end: number
}

/** Props of the toolbar. */
export interface SelectionToolbarProps {
  readonly document: LibraryDocument
  readonly index: CodePointIndex
  /** The rendered document, looked up when needed (it re-renders freely). */
  getArticle(): HTMLElement | null
  readonly category: NoteCategory
  readonly disabled: boolean
  onCategoryChange(category: NoteCategory): void
  onHighlight(range: PassageRange): void
  onAddNote(range: PassageRange): void
}

interface Placement {
  readonly range: PassageRange
  readonly top: number
  readonly left: number
  readonly kind: 'selection' | 'paragraph'
}

/**
 * Reads the current selection (or keyboard-focused paragraph) as a passage and
 * where to show the toolbar. `fromInside` (a shortcut pressed) also takes the
 * paragraph around a focused link, term or highlight, focused in any way.
 */
function currentPlacement(article: HTMLElement, document: LibraryDocument, index: CodePointIndex, fromInside = false): Placement | null {
  const selection = window.getSelection()
  if (selection && !selection.isCollapsed && selection.rangeCount > 0) {
    const domRange = selection.getRangeAt(0)
    const startBlock = blockElementOf(domRange.startContainer)
    const endBlock = blockElementOf(domRange.endContainer)
    if (!startBlock || !endBlock || !article.contains(startBlock) || !article.contains(endBlock)) return null
    const range = rangeBetween(
      document,
      index,
      { blockId: startBlock.dataset['blockId'] ?? '', offset: textOffsetInBlock(startBlock, domRange.startContainer, domRange.startOffset) },
      { blockId: endBlock.dataset['blockId'] ?? '', offset: textOffsetInBlock(endBlock, domRange.endContainer, domRange.endOffset) },
    )
    if (!range) return null
    const rect = domRange.getBoundingClientRect()
    return { range, top: rect.top, left: rect.left + rect.width / 2, kind: 'selection' }
  }
  const active = window.document.activeElement
  const focused = active instanceof HTMLElement && fromInside ? active.closest<HTMLElement>('[data-block-id]') : active
  if (focused instanceof HTMLElement && article.contains(focused) && focused.dataset['blockId'] && (fromInside || focused.matches(':focus-visible'))) {
    const range = blockRange(document, focused.dataset['blockId'])
    if (!range) return null
    const rect = focused.getBoundingClientRect()
    return { range, top: rect.top, left: rect.left + Math.min(rect.width / 2, 220), kind: 'paragraph' }
  }
  return null
}

/** The toolbar, positioned over the selection. */
export function SelectionToolbar({ document, index, getArticle, category, disabled, onCategoryChange, onHighlight, onAddNote }: SelectionToolbarProps) {
  const [placement, setPlacement] = useState<Placement | null>(null)
  const toolbarRef = useRef<HTMLDivElement>(null)

  const refresh = useCallback(() => {
    const article = getArticle()
    if (!article) return
    // Moving focus into the toolbar must not make it vanish.
    if (toolbarRef.current?.contains(window.document.activeElement)) return
    setPlacement(currentPlacement(article, document, index))
  }, [getArticle, document, index])

  useEffect(() => {
    let frame = 0
    const schedule = () => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(refresh)
    }
    window.document.addEventListener('selectionchange', schedule)
    window.document.addEventListener('focusin', schedule)
    // Capture scrolls of the reading column (they do not bubble to window).
    window.addEventListener('scroll', schedule, { passive: true, capture: true })
    window.addEventListener('resize', schedule)
    return () => {
      cancelAnimationFrame(frame)
      window.document.removeEventListener('selectionchange', schedule)
      window.document.removeEventListener('focusin', schedule)
      window.removeEventListener('scroll', schedule, { capture: true })
      window.removeEventListener('resize', schedule)
    }
  }, [refresh])

  const act = useCallback(
    (action: 'highlight' | 'note') => {
      const article = getArticle()
      const target = placement ?? (article ? currentPlacement(article, document, index, true) : null)
      if (!target || disabled) return
      if (action === 'highlight') onHighlight(target.range)
      else onAddNote(target.range)
      window.getSelection()?.removeAllRanges()
      setPlacement(null)
    },
    [placement, getArticle, document, index, disabled, onHighlight, onAddNote],
  )

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const action = matchesShortcut(event, 'highlight') ? 'highlight' : matchesShortcut(event, 'add-note') ? 'note' : null
      if (!action) return
      event.preventDefault()
      act(action)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [act])

  if (!placement || disabled) return null
  return (
    <div
      ref={toolbarRef}
      className="selection-toolbar"
      role="toolbar"
      aria-label={placement.kind === 'selection' ? 'Selected text' : 'This paragraph'}
      style={{
        top: Math.min(Math.max(8, placement.top - 52), window.innerHeight - 56),
        left: Math.min(Math.max(200, placement.left), window.innerWidth - 200),
      }}
      // Keep the text selection when a button is pressed with the mouse.
      onMouseDown={(event) => event.preventDefault()}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          setPlacement(null)
          window.getSelection()?.removeAllRanges()
        }
      }}
    >
      <button type="button" className="toolbar-button" onClick={() => act('highlight')} title={`Highlight (${formatShortcut('highlight', isMac())})`}>
        <span className="category-glyph" data-category={category} aria-hidden="true">
          {NOTE_CATEGORIES[category].glyph}
        </span>
        Highlight
      </button>
      <div className="toolbar-categories" role="radiogroup" aria-label="Highlight category">
        {NOTE_CATEGORY_IDS.map((id) => (
          <button
            key={id}
            type="button"
            role="radio"
            aria-checked={id === category}
            className="category-swatch"
            data-category={id}
            title={NOTE_CATEGORIES[id].label}
            aria-label={NOTE_CATEGORIES[id].label}
            onClick={() => onCategoryChange(id)}
          >
            <span aria-hidden="true">{NOTE_CATEGORIES[id].glyph}</span>
          </button>
        ))}
      </div>
      <button type="button" className="toolbar-button" onClick={() => act('note')} title={`Add note (${formatShortcut('add-note', isMac())})`}>
        Add note
      </button>
    </div>
  )
}
