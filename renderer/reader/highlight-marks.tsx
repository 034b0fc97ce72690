/**
 * The layers drawn over a block's text. The user's highlights: a soft tint
 * per category plus an underline pattern (not colour alone), focusable,
 * showing the note on hover or focus and opening it on click or Enter. The
 * publisher's layer: a quiet dotted underline on references to cited texts
 * (links to their timeline entry) and on glossary terms (definition on hover
 * or focus).
 */
import { useMemo, type ReactNode } from 'react'
import { useKeyboardModality } from '../ui/use-keyboard-modality'
import type { NoteCategory } from '../../shared/notes/categories'
import type { HighlightLayer } from './inline-content'
import type { BlockHighlight } from './highlight-runs'
import type { PeekVia } from './use-peeks'
import './highlight-marks.css'

/** What a mark needs to know about its note. */
export interface MarkedNote {
  readonly category: NoteCategory | null
  readonly label: string
}

/** A publisher's annotation drawn in a block. */
export interface EditorialSpan extends BlockHighlight {
  readonly kind: 'citation' | 'glossary'
  /** For citations: where the link goes. For glossary terms: the term id. */
  readonly target: string
}

/** Handlers for marks. */
export interface MarkHandlers {
  onActivate(noteId: string): void
  onPeek(noteId: string | null, anchor: HTMLElement | null, via?: PeekVia): void
  onGlossaryPeek(termId: string | null, anchor: HTMLElement | null, via?: PeekVia): void
}

const EDITORIAL_PREFIX = 'editorial:'

/** Builds the highlight layer for one block. */
export function useHighlightLayer(
  highlights: readonly BlockHighlight[] | undefined,
  editorial: readonly EditorialSpan[] | undefined,
  notes: ReadonlyMap<string, MarkedNote>,
  activeNoteId: string | null,
  handlers: MarkHandlers,
  /** False keeps the marks out of the Tab order (their block is not the text's Tab stop). */
  tabbable = true,
): HighlightLayer | undefined {
  const keyboard = useKeyboardModality()
  return useMemo(() => {
    const focusable = keyboard ? (tabbable ? 0 : -1) : undefined
    const spans = new Map((editorial ?? []).map((span) => [`${EDITORIAL_PREFIX}${span.noteId}`, span]))
    const all = [...(editorial ?? []).map((span) => ({ ...span, noteId: `${EDITORIAL_PREFIX}${span.noteId}` })), ...(highlights ?? [])]
    if (all.length === 0) return undefined
    return {
      highlights: all,
      renderMark(ids: readonly string[], key: number, text: string): ReactNode {
        const userIds = ids.filter((id) => !spans.has(id))
        const span = ids.map((id) => spans.get(id)).find((candidate) => candidate !== undefined)
        let content: ReactNode = text
        if (userIds.length > 0) content = renderUserMark(userIds, key, text, notes, activeNoteId, handlers, focusable)
        if (!span) return content
        return renderEditorial(span, key, content, handlers, focusable)
      },
    }
  }, [highlights, editorial, notes, activeNoteId, handlers, keyboard, tabbable])
}

function renderUserMark(
  noteIds: readonly string[],
  key: number,
  text: string,
  notes: ReadonlyMap<string, MarkedNote>,
  activeNoteId: string | null,
  handlers: MarkHandlers,
  tabIndex: number | undefined,
): ReactNode {
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
      tabIndex={tabIndex}
      aria-describedby="note-peek"
      onClick={(event) => {
        // Inside a citation link, open the note rather than follow the link.
        event.preventDefault()
        handlers.onActivate(top)
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault()
          handlers.onActivate(top)
        }
      }}
      onMouseEnter={(event) => {
        // A button held down is a selection being dragged: no card over the words.
        if (event.buttons === 0) handlers.onPeek(top, event.currentTarget, 'pointer')
      }}
      onMouseLeave={() => handlers.onPeek(null, null)}
      onFocus={(event) => handlers.onPeek(top, event.currentTarget, 'focus')}
      onBlur={() => handlers.onPeek(null, null)}
    >
      {text}
    </mark>
  )
}

function renderEditorial(span: EditorialSpan, key: number, content: ReactNode, handlers: MarkHandlers, tabIndex: number | undefined): ReactNode {
  if (span.kind === 'citation') {
    return (
      <a key={`e${key}`} className="editorial-ref" href={span.target} tabIndex={tabIndex === -1 ? -1 : undefined} title="Open in the timeline">
        {content}
      </a>
    )
  }
  return (
    <span
      key={`e${key}`}
      className="glossary-term"
      role="term"
      tabIndex={tabIndex}
      aria-describedby="glossary-peek"
      onMouseEnter={(event) => {
        if (event.buttons === 0) handlers.onGlossaryPeek(span.target, event.currentTarget, 'pointer')
      }}
      onMouseLeave={() => handlers.onGlossaryPeek(null, null)}
      onFocus={(event) => handlers.onGlossaryPeek(span.target, event.currentTarget, 'focus')}
      onBlur={() => handlers.onGlossaryPeek(null, null)}
    >
      {content}
    </span>
  )
}
