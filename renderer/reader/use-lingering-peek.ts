/**
 * Keeps a note peek open for a moment after the pointer leaves its
 * highlight, and while the pointer is over the peek, so its "Open in panel"
 * button can be reached with the mouse.
 */
import { useCallback, useEffect, useRef } from 'react'
import type { PeekVia } from './use-peeks'

const LINGER_MS = 300

/** The wrapped peek handler and the handlers the peek card takes. */
export interface LingeringPeek {
  onPeek(noteId: string | null, anchor: HTMLElement | null, via?: PeekVia): void
  onPeekEnter(): void
  onPeekLeave(): void
}

/** Wraps `onPeek` so closing waits unless the pointer reaches the peek. */
export function useLingeringPeek(onPeek: (noteId: string | null, anchor: HTMLElement | null, via?: PeekVia) => void): LingeringPeek {
  const timer = useRef<number | undefined>(undefined)
  const cancel = useCallback(() => window.clearTimeout(timer.current), [])
  const closeSoon = useCallback(() => {
    cancel()
    timer.current = window.setTimeout(() => onPeek(null, null), LINGER_MS)
  }, [cancel, onPeek])
  useEffect(() => cancel, [cancel])
  const wrapped = useCallback(
    (noteId: string | null, anchor: HTMLElement | null, via?: PeekVia) => {
      if (noteId === null) return closeSoon()
      cancel()
      // How it was asked for goes on: a pointer still has to rest, and a selection still keeps the card away (use-peeks.ts).
      onPeek(noteId, anchor, via)
    },
    [cancel, closeSoon, onPeek],
  )
  return { onPeek: wrapped, onPeekEnter: cancel, onPeekLeave: closeSoon }
}
