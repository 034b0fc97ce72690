/**
 * Keeps the Notes panel beside the reading: when the reading column scrolls,
 * the panel's list scrolls (that pane only, never the window) so that the
 * card of the first passage in view sits at its top. It never fights the
 * user: it holds still while they scroll or touch the panel, type in it or
 * move through it by keyboard, write a note, filter the list, and for a
 * moment after the app jumps to a card or a passage (follow-reading.ts).
 */
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react'
import { cardToFollow, followScrollTop, mayFollow, type BlockSpan } from './follow-reading'

/** The attribute a list item carries to be followed (note-list.tsx): the block its note's passage starts in. */
const FOLLOW_BLOCK_ATTRIBUTE = 'data-follow-block'

/** Waits for the reading column to rest before moving, so a smooth pane move is not restarted every frame. */
const SETTLE_MS = 120

const USER_INPUT_EVENTS = ['wheel', 'touchstart', 'touchmove', 'keydown', 'pointerdown'] as const

/** What the panel tells the hook. */
export interface FollowReadingOptions {
  /** The panel's scrolling list. */
  readonly paneRef: RefObject<HTMLElement | null>
  /** The reading column (the pane that scrolls the text). */
  readonly getColumn: () => HTMLElement | null
  readonly activeNoteId: string | null
  readonly filtering: boolean
  /** Whether the document has notes: they load after the text, which may already be scrolled. */
  readonly hasNotes: boolean
}

/** What the panel can ask of the hook. */
export interface FollowReading {
  /** Holds following still for a moment: the app is about to jump to a passage or a card. */
  suspend(): void
}

function isTextEntry(element: Element): boolean {
  return element.matches('input, textarea, select, [contenteditable]:not([contenteditable="false"])')
}

/** Focus in a field, or moved by keyboard, inside `panel`: moving the list would pull it away from the user. */
function focusHeld(panel: Element): boolean {
  const focused = document.activeElement
  if (!focused || !panel.contains(focused)) return false
  return isTextEntry(focused) || focused.matches(':focus-visible')
}

function blockSpans(column: HTMLElement, blockIds: ReadonlySet<string>): Map<string, BlockSpan> {
  const top = column.getBoundingClientRect().top + column.clientTop
  const spans = new Map<string, BlockSpan>()
  for (const id of blockIds) {
    const block = column.querySelector(`[data-block-id="${CSS.escape(id)}"]`)
    if (!block) continue
    const rect = block.getBoundingClientRect()
    spans.set(id, { top: rect.top - top, bottom: rect.bottom - top })
  }
  return spans
}

function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches
}

/** Moves the pane to the card of the first passage in view, if the user allows it now. */
function follow(pane: HTMLElement, column: HTMLElement): void {
  const items = [...pane.querySelectorAll<HTMLElement>(`[${FOLLOW_BLOCK_ATTRIBUTE}]`)]
  const cardBlocks = items.map((item) => item.getAttribute(FOLLOW_BLOCK_ATTRIBUTE) ?? '')
  const index = cardToFollow(cardBlocks, blockSpans(column, new Set(cardBlocks)), column.clientHeight)
  const card = index === null ? undefined : items[index]
  if (!card) return
  const paneTop = pane.getBoundingClientRect().top + pane.clientTop
  const top = followScrollTop({ cardTop: card.getBoundingClientRect().top - paneTop, scrollTop: pane.scrollTop, scrollHeight: pane.scrollHeight, clientHeight: pane.clientHeight })
  if (top !== null) pane.scrollTo({ top, behavior: prefersReducedMotion() ? 'auto' : 'smooth' })
}

/** Makes the panel's list follow the reading column. */
export function useFollowReading({ paneRef, getColumn, activeNoteId, filtering, hasNotes }: FollowReadingOptions): FollowReading {
  const userScrolledAt = useRef(-Infinity)
  const jumpedAt = useRef(-Infinity)
  const filteringRef = useRef(filtering)
  useEffect(() => {
    filteringRef.current = filtering
  }, [filtering])
  // Read once: a panel opened on a note shows that note's card (note-card.tsx), not the reading.
  const [openedOnNote] = useState(activeNoteId !== null)

  const suspend = useCallback(() => {
    jumpedAt.current = performance.now()
  }, [])

  // A card made active (a highlight clicked, a search result, a new note) is being shown: let it stay.
  const shownNoteId = useRef(activeNoteId)
  useEffect(() => {
    if (activeNoteId === shownNoteId.current) return
    shownNoteId.current = activeNoteId
    if (activeNoteId !== null) suspend()
  }, [activeNoteId, suspend])

  useEffect(() => {
    const pane = paneRef.current
    const column = getColumn()
    if (!pane || !column) return
    const panel = pane.closest('aside') ?? pane
    const tryFollow = () => {
      const allowed = mayFollow({
        now: performance.now(),
        userScrolledAt: userScrolledAt.current,
        jumpedAt: jumpedAt.current,
        focusHeld: focusHeld(panel),
        writing: pane.querySelector('textarea') !== null,
        filtering: filteringRef.current,
      })
      if (allowed) follow(pane, column)
    }
    // Input, not scroll events: the panel's own smooth moves scroll it too, and must not count as the user's.
    const onUserInput = () => {
      userScrolledAt.current = performance.now()
    }
    let timer: number | undefined
    const onColumnScroll = () => {
      window.clearTimeout(timer)
      timer = window.setTimeout(tryFollow, SETTLE_MS)
    }
    for (const type of USER_INPUT_EVENTS) pane.addEventListener(type, onUserInput, { passive: true })
    column.addEventListener('scroll', onColumnScroll, { passive: true })
    // A panel opened on no particular note (the drawer, the panel shown again), or whose notes have just
    // loaded, starts beside the reading rather than at the top of its list.
    const frame = openedOnNote || !hasNotes ? 0 : requestAnimationFrame(tryFollow)
    return () => {
      for (const type of USER_INPUT_EVENTS) pane.removeEventListener(type, onUserInput)
      column.removeEventListener('scroll', onColumnScroll)
      window.clearTimeout(timer)
      cancelAnimationFrame(frame)
    }
  }, [paneRef, getColumn, openedOnNote, hasNotes])

  return { suspend }
}
