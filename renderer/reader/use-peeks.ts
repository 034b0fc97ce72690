/**
 * The small cards shown over the text on hover or focus: a highlight's note
 * and a glossary term's definition. Each remembers what it shows and where.
 *
 * Keyboard focus shows a card at once. The pointer shows one only once it
 * has rested on the mark (REST_MS), and never while words are being
 * selected: a card that pops up under a drag covers the very words chosen.
 */
import { useCallback, useEffect, useRef, useState } from 'react'

/** How long the pointer rests on a mark before its card shows. */
export const REST_MS = 350

/** How a peek was asked for. */
export type PeekVia = 'pointer' | 'focus'

/** Where a peek sits: under its mark, in viewport coordinates. */
export interface PeekRect {
  readonly top: number
  readonly bottom: number
  readonly left: number
}

/** What is peeked at (a note or term id) and where. */
export interface Peek {
  readonly id: string
  readonly rect: PeekRect
}

/** Both peeks and their handlers, in the shape of the mark handlers. */
export interface Peeks {
  readonly note: Peek | null
  readonly glossary: Peek | null
  onPeek(noteId: string | null, anchor: HTMLElement | null, via?: PeekVia): void
  onGlossaryPeek(termId: string | null, anchor: HTMLElement | null, via?: PeekVia): void
}

/** The note peek and the glossary peek. */
export function usePeeks(): Peeks {
  const [note, setNote] = useState<Peek | null>(null)
  const [glossary, setGlossary] = useState<Peek | null>(null)
  const onPeek = useRestingPeek(setNote)
  const onGlossaryPeek = useRestingPeek(setGlossary)
  return { note, glossary, onPeek, onGlossaryPeek }
}

/** A peek setter that waits for the pointer to rest, and gives up if words are being selected. */
function useRestingPeek(set: (peek: Peek | null) => void): (id: string | null, anchor: HTMLElement | null, via?: PeekVia) => void {
  const timer = useRef<number | undefined>(undefined)
  useEffect(() => () => window.clearTimeout(timer.current), [])
  return useCallback(
    (id: string | null, anchor: HTMLElement | null, via: PeekVia = 'focus') => {
      window.clearTimeout(timer.current)
      if (!id || !anchor || via === 'focus') {
        set(peekAt(id, anchor))
        return
      }
      timer.current = window.setTimeout(() => {
        // The pointer must still be on the mark: a mark re-rendered under it (a new highlight splits the text) leaves
        // no pointerleave behind, and a card shown then would cover whatever the pointer went on to.
        if (selectingWords() || !anchor.isConnected || !anchor.matches(':hover')) return
        set(peekAt(id, anchor))
      }, REST_MS)
    },
    [set],
  )
}

/** True while the page has a selection of words (a drag in progress or just made). */
function selectingWords(): boolean {
  const selection = window.getSelection()
  return selection !== null && !selection.isCollapsed
}

function peekAt(id: string | null, anchor: HTMLElement | null): Peek | null {
  if (!id || !anchor) return null
  const rect = anchor.getBoundingClientRect()
  return { id, rect: { top: rect.top, bottom: rect.bottom, left: rect.left } }
}
