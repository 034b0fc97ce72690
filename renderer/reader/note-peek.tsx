/** A small card under a highlight showing its note, on hover or keyboard focus. */
import { NOTE_CATEGORIES, type NoteCategory } from '../../shared/notes/categories'
import { NoteText } from '../notes/note-text'
import './peek.css'

/** What the peek shows. */
export interface PeekContent {
  readonly category: NoteCategory | null
  readonly text: string
  readonly tags: readonly string[]
  readonly rect: { readonly top: number; readonly bottom: number; readonly left: number }
}

const MAX_PEEK_CHARACTERS = 280

/** What the peek card does besides showing. */
export interface NotePeekActions {
  /** Opens the Notes panel on this note's card. */
  onOpenInPanel(): void
  onPointerEnter(): void
  onPointerLeave(): void
}

/** The peek card (id "note-peek", which highlights point to with aria-describedby). */
export function NotePeek({ content, actions }: { content: PeekContent | null; actions: NotePeekActions }) {
  if (!content) return null
  const below = content.rect.bottom + 8
  const top = below + 140 > window.innerHeight ? Math.max(8, content.rect.top - 148) : below
  return (
    <div id="note-peek" className="note-peek" role="tooltip" style={{ top, left: Math.min(content.rect.left, window.innerWidth - 320) }}
      onMouseEnter={actions.onPointerEnter}
      onMouseLeave={actions.onPointerLeave}
    >
      <span className="note-peek-category" data-category={content.category ?? 'none'}>
        {content.category ? `${NOTE_CATEGORIES[content.category].glyph} ${NOTE_CATEGORIES[content.category].label}` : 'Highlight'}
      </span>
      <div className="note-peek-text">{content.text.trim() ? <NoteText text={content.text} maxLength={MAX_PEEK_CHARACTERS} /> : 'No note yet. Click to add one.'}</div>
      {content.tags.length > 0 && <span className="note-peek-tags">{content.tags.map((tag) => `#${tag}`).join(' ')}</span>}
      {/* Keyboard readers get the same from Enter on the focused highlight. */}
      <button type="button" className="note-peek-open" onMouseDown={(event) => event.preventDefault()} onClick={actions.onOpenInPanel}>
        Open in panel
      </button>
    </div>
  )
}
