/**
 * The user's highlights as marks in the text: a soft tint per category plus
 * an underline pattern (not colour alone), focusable, showing the note on
 * hover or focus and opening it on click or Enter.
 */
import { useMemo, type ReactNode } from 'react'
import type { NoteCategory } from '../../shared/notes/categories'
import type { HighlightLayer } from './inline-content'
import type { BlockHighlight } from './highlight-runs'

/** What a mark needs to know about its note. */
export interface MarkedNote {
  readonly category: NoteCategory | null
  readonly label: string
}

/** Handlers for marks. */
export interface MarkHandlers {
  onActivate(noteId: string): void
  onPeek(noteId: string | null, anchor: HTMLElement | null): void
}

/** Builds the highlight layer for one block. */
export function useHighlightLayer(
  highlights: readonly BlockHighlight[] | undefined,
  notes: ReadonlyMap<string, MarkedNote>,
  activeNoteId: string | null,
  handlers: MarkHandlers,
): HighlightLayer | undefined {
  return useMemo(() => {
    if (!highlights || highlights.length === 0) return undefined
    return {
      highlights,
      renderMark(noteIds: readonly string[], key: number, text: string): ReactNode {
        // The most recent note on top decides the look; overlaps get a deeper tint.
        const top = noteIds[noteIds.length - 1] ?? ''
        const note = notes.get(top)
        const active = activeNoteId !== null && noteIds.includes(activeNoteId)
        return (
          <mark
            key={key}
            className={`highlight${noteIds.length > 1 ? ' is-overlap' : ''}${active ? ' is-active' : ''}`}
            data-category={note?.category ?? 'none'}
            data-note-id={top}
            tabIndex={0}
            aria-describedby="note-peek"
            onClick={() => handlers.onActivate(top)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' || event.key === ' ') {
                event.preventDefault()
                handlers.onActivate(top)
              }
            }}
            onMouseEnter={(event) => handlers.onPeek(top, event.currentTarget)}
            onMouseLeave={() => handlers.onPeek(null, null)}
            onFocus={(event) => handlers.onPeek(top, event.currentTarget)}
            onBlur={() => handlers.onPeek(null, null)}
          >
            {text}
          </mark>
        )
      },
    }
  }, [highlights, notes, activeNoteId, handlers])
}
