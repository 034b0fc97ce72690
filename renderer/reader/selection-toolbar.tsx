/**
 * The small toolbar that appears over a text selection in the document (made
 * with the mouse or the keyboard) or over a paragraph focused from the
 * keyboard: one button per category, each making a highlight of that category
 * in one click (keys 1-5 while the toolbar shows), and Add note. Alt+Shift+H
 * (a Key point highlight) and Alt+Shift+N do the same without the toolbar.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react'
import type { CodePointIndex } from '../../shared/anchoring/code-points'
import type { LibraryDocument } from '../../shared/document-model'
import { formatShortcut, matchesShortcut } from '../../shared/keyboard-shortcuts'
import { DEFAULT_CATEGORY, NOTE_CATEGORIES, NOTE_CATEGORY_IDS, type NoteCategory } from '../../shared/notes/categories'
import { blockRange, rangeBetween } from './document-ranges'
import { isMac } from '../ui/platform'
import { blockElementOf, textOffsetInBlock } from './selection-offsets'
import { toolbarPosition, type ScreenBox } from './toolbar-position'
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
  readonly disabled: boolean
  onHighlight(range: PassageRange, category: NoteCategory): void
  onAddNote(range: PassageRange): void
}

interface Placement {
  readonly range: PassageRange
  /** What the toolbar must not cover. */
  readonly box: ScreenBox
  readonly kind: 'selection' | 'paragraph'
}

type Action = { readonly kind: 'highlight'; readonly category: NoteCategory } | { readonly kind: 'note' }

function boxOf(rect: DOMRect): ScreenBox {
  return { top: rect.top, bottom: rect.bottom, left: rect.left, right: rect.right }
}

/** The category a bare digit key picks while the toolbar shows (1 is the first). */
function digitCategory(event: KeyboardEvent): NoteCategory | null {
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return null
  const target = event.target
  if (target instanceof HTMLElement && (target.isContentEditable || target.closest('input, textarea, select'))) return null
  const digit = /^Digit([1-9])$/.exec(event.code)?.[1] ?? (/^[1-9]$/.test(event.key) ? event.key : undefined)
  return digit ? (NOTE_CATEGORY_IDS[Number(digit) - 1] ?? null) : null
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
    return { range, box: boxOf(domRange.getBoundingClientRect()), kind: 'selection' }
  }
  const active = window.document.activeElement
  const focused = active instanceof HTMLElement && fromInside ? active.closest<HTMLElement>('[data-block-id]') : active
  if (focused instanceof HTMLElement && article.contains(focused) && focused.dataset['blockId'] && (fromInside || focused.matches(':focus-visible'))) {
    const range = blockRange(document, focused.dataset['blockId'])
    if (!range) return null
    const rect = focused.getBoundingClientRect()
    // Above the paragraph's first lines, toward its start (it may be taller than the window).
    return { range, box: { top: rect.top, bottom: rect.bottom, left: rect.left, right: rect.left + Math.min(rect.width, 440) }, kind: 'paragraph' }
  }
  return null
}

/** The toolbar, positioned over the selection. */
export function SelectionToolbar({ document, index, getArticle, disabled, onHighlight, onAddNote }: SelectionToolbarProps) {
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
    (action: Action, fromKey = false) => {
      const article = getArticle()
      const now = article ? currentPlacement(article, document, index, true) : null
      // A key acts on what is selected or focused now: the shown placement is refreshed a frame after focus
      // moves, so a quick Tab then Alt+Shift+H would highlight the paragraph left. A click acts on what it shows.
      const target = fromKey ? (now ?? placement) : (placement ?? now)
      if (!target || disabled) return
      if (action.kind === 'highlight') onHighlight(target.range, action.category)
      else onAddNote(target.range)
      window.getSelection()?.removeAllRanges()
      setPlacement(null)
    },
    [placement, getArticle, document, index, disabled, onHighlight, onAddNote],
  )

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const digit = placement && !disabled ? digitCategory(event) : null
      const action: Action | null = digit
        ? { kind: 'highlight', category: digit }
        : matchesShortcut(event, 'highlight')
          ? { kind: 'highlight', category: DEFAULT_CATEGORY }
          : matchesShortcut(event, 'add-note')
            ? { kind: 'note' }
            : null
      if (!action) return
      event.preventDefault()
      act(action, true)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [act, placement, disabled])

  // Placed once its size is known, so it can sit clear of the selected words.
  useLayoutEffect(() => {
    const toolbar = toolbarRef.current
    if (!toolbar || !placement) return
    const point = toolbarPosition(placement.box, { width: toolbar.offsetWidth, height: toolbar.offsetHeight }, { width: window.innerWidth, height: window.innerHeight })
    toolbar.style.top = `${point.top}px`
    toolbar.style.left = `${point.left}px`
  }, [placement])

  if (!placement || disabled) return null
  return (
    <div
      ref={toolbarRef}
      className="selection-toolbar"
      role="toolbar"
      aria-label={placement.kind === 'selection' ? 'Selected text' : 'This paragraph'}
      // Keep the text selection when a button is pressed with the mouse.
      onMouseDown={(event) => event.preventDefault()}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          setPlacement(null)
          window.getSelection()?.removeAllRanges()
        }
      }}
    >
      <div className="toolbar-categories" role="group" aria-label="Highlight as">
        {NOTE_CATEGORY_IDS.map((id, position) => (
          <button
            key={id}
            type="button"
            className="toolbar-button category-button"
            data-category={id}
            aria-keyshortcuts={String(position + 1)}
            title={`Highlight as ${NOTE_CATEGORIES[id].label} (${position + 1}${id === DEFAULT_CATEGORY ? `, ${formatShortcut('highlight', isMac())}` : ''})`}
            onClick={() => act({ kind: 'highlight', category: id })}
          >
            <span className="category-glyph" aria-hidden="true">
              {NOTE_CATEGORIES[id].glyph}
            </span>
            {NOTE_CATEGORIES[id].label}
          </button>
        ))}
      </div>
      <button type="button" className="toolbar-button" onClick={() => act({ kind: 'note' })} title={`Add note (${formatShortcut('add-note', isMac())})`}>
        Add note
      </button>
    </div>
  )
}
