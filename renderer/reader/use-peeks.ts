/**
 * The small cards shown over the text on hover or focus: a highlight's note
 * and a glossary term's definition. Each remembers what it shows and where.
 */
import { useCallback, useState } from 'react'

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
  onPeek(noteId: string | null, anchor: HTMLElement | null): void
  onGlossaryPeek(termId: string | null, anchor: HTMLElement | null): void
}

/** The note peek and the glossary peek. */
export function usePeeks(): Peeks {
  const [note, setNote] = useState<Peek | null>(null)
  const [glossary, setGlossary] = useState<Peek | null>(null)
  const onPeek = useCallback((noteId: string | null, anchor: HTMLElement | null) => setNote(peekAt(noteId, anchor)), [])
  const onGlossaryPeek = useCallback((termId: string | null, anchor: HTMLElement | null) => setGlossary(peekAt(termId, anchor)), [])
  return { note, glossary, onPeek, onGlossaryPeek }
}

function peekAt(id: string | null, anchor: HTMLElement | null): Peek | null {
  if (!id || !anchor) return null
  const rect = anchor.getBoundingClientRect()
  return { id, rect: { top: rect.top, bottom: rect.bottom, left: rect.left } }
}
