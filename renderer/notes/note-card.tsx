/**
 * One note in the Notes panel or the All notes view: its category, the
 * passage it is anchored to (or its status), its text and tags, and its
 * dates. Text edits save by themselves after a pause and on leaving the field.
 */
import { useEffect, useId, useRef, useState } from 'react'
import type { ApiInput, NoteView } from '../../shared/api-contract'
import { NOTE_CATEGORIES, NOTE_CATEGORY_IDS, type NoteCategory } from '../../shared/notes/categories'
import { MAX_NOTE_BODY, noteContent } from '../../shared/notes/note-model'
import { CategoryMark } from './category-mark'
import { formatNoteDate } from './format-date'
import { NoteMarkdown } from './note-markdown'
import { TagEditor } from './tag-editor'

/** How long typing must pause before a note's text is saved. */
const AUTOSAVE_DELAY_MS = 600

const STATUS_LABELS: Partial<Record<NoteView['anchor']['status'], string>> = {
  moved: 'Moved',
  'needs-review': 'Needs review',
  orphaned: 'Passage not found',
}

/** Props of a note card. */
export interface NoteCardProps {
  readonly view: NoteView
  readonly active: boolean
  readonly readOnly: boolean
  /** Start in editing mode with the text field focused (a note just added). */
  readonly startEditing: boolean
  onUpdate(input: ApiInput<'notes.update'>): void
  onDelete(id: string): void
  onShowPassage(view: NoteView): void
}

/** A note as a card. */
export function NoteCard({ view, active, readOnly, startEditing, onUpdate, onDelete, onShowPassage }: NoteCardProps) {
  const { note, anchor } = view
  const content = noteContent(note)
  const [editing, setEditing] = useState(startEditing)
  const [draft, setDraft] = useState(content.text)
  const textareaRef = useRef<HTMLTextAreaElement>(null)
  const cardRef = useRef<HTMLDivElement>(null)
  const textId = useId()
  const categoryId = useId()
  const quote = note.target.selector?.[0].exact

  useEffect(() => {
    if (editing && startEditing) textareaRef.current?.focus()
  }, [editing, startEditing])

  useEffect(() => {
    if (active) cardRef.current?.scrollIntoView({ block: 'nearest' })
  }, [active])

  useEffect(() => {
    if (!editing || draft === content.text) return
    const timer = window.setTimeout(() => onUpdate({ id: note.id, text: draft }), AUTOSAVE_DELAY_MS)
    return () => window.clearTimeout(timer)
  }, [editing, draft, content.text, note.id, onUpdate])

  const finishEditing = () => {
    if (draft !== content.text) onUpdate({ id: note.id, text: draft })
    setEditing(false)
  }

  const statusLabel = STATUS_LABELS[anchor.status]
  const label = quote ? `Note on “${truncate(quote, 60)}”` : 'Note on the whole document'

  return (
    <div role="group" ref={cardRef} className={`note-card${active ? ' is-active' : ''}`} data-category={content.category ?? 'none'} aria-label={label}>
      <header className="note-card-header">
        {readOnly ? (
          <CategoryMark category={content.category} />
        ) : (
          <>
            <label className="visually-hidden" htmlFor={categoryId}>
              Category
            </label>
            <span className="category-select-wrap" data-category={content.category ?? 'none'}>
              <span className="category-glyph" aria-hidden="true">
                {content.category ? NOTE_CATEGORIES[content.category].glyph : '○'}
              </span>
              <select
                id={categoryId}
                className="category-select"
                value={content.category ?? ''}
                onChange={(event) => onUpdate({ id: note.id, category: (event.target.value || null) as NoteCategory | null })}
              >
                <option value="">No category</option>
                {NOTE_CATEGORY_IDS.map((id) => (
                  <option key={id} value={id}>
                    {NOTE_CATEGORIES[id].label}
                  </option>
                ))}
              </select>
            </span>
          </>
        )}
        {statusLabel && <span className={`note-status note-status-${anchor.status}`}>{statusLabel}</span>}
      </header>

      {quote ? (
        anchor.status === 'needs-review' ? (
          <div className="note-review">
            <p className="note-review-intro">The text changed here. Compare and keep the note on the new passage, or leave it for later.</p>
            <div className="note-review-columns">
              <figure>
                <figcaption>Before</figcaption>
                <blockquote>{quote}</blockquote>
              </figure>
              <figure>
                <figcaption>Now</figcaption>
                <blockquote>{anchor.currentText}</blockquote>
              </figure>
            </div>
            {!readOnly && (
              <button type="button" className="button button-small" onClick={() => onUpdate({ id: note.id, acceptAnchor: true })}>
                Keep note on the new passage
              </button>
            )}
          </div>
        ) : (
          <button
            type="button"
            className="note-quote"
            onClick={() => onShowPassage(view)}
            disabled={anchor.status === 'orphaned'}
            aria-label={`Show in the text: ${truncate(quote, 80)}`}
            title={anchor.status === 'orphaned' ? anchor.reason : 'Show this passage in the text'}
          >
            <blockquote>{quote}</blockquote>
          </button>
        )
      ) : (
        <p className="note-document-target">Note on the whole document</p>
      )}
      {anchor.status === 'orphaned' && anchor.reason && <p className="note-orphan-reason">{anchor.reason} The note is kept.</p>}

      {editing && !readOnly ? (
        <div className="note-editor">
          <label className="visually-hidden" htmlFor={textId}>
            Note text
          </label>
          <textarea
            id={textId}
            ref={textareaRef}
            className="note-textarea"
            value={draft}
            maxLength={MAX_NOTE_BODY}
            rows={Math.min(12, Math.max(3, draft.split('\n').length + 1))}
            placeholder="Write a note. *Emphasis*, **strong** and - lists work."
            onChange={(event) => setDraft(event.target.value)}
            onBlur={finishEditing}
            onKeyDown={(event) => {
              if (event.key === 'Escape') {
                event.preventDefault()
                finishEditing()
              }
            }}
          />
        </div>
      ) : content.text ? (
        <div className="note-body">
          <NoteMarkdown text={content.text} />
          {!readOnly && (
            <button type="button" className="link-button" onClick={() => { setDraft(content.text); setEditing(true) }}>
              Edit note
            </button>
          )}
        </div>
      ) : (
        !readOnly && (
          <button type="button" className="link-button note-add-text" onClick={() => { setDraft(''); setEditing(true) }}>
            Add a note
          </button>
        )
      )}

      <TagEditor tags={content.tags} disabled={readOnly} onChange={(tags) => onUpdate({ id: note.id, tags })} />

      <footer className="note-card-footer">
        <span className="note-dates">
          <span title={`Created ${formatNoteDate(note.created)}`}>{formatNoteDate(note.created)}</span>
          {note.modified !== note.created && <span> · edited {formatNoteDate(note.modified)}</span>}
        </span>
        {!readOnly && (
          <button type="button" className="link-button link-button-danger" onClick={() => onDelete(note.id)} aria-label={`Delete ${label.charAt(0).toLowerCase()}${label.slice(1)}`}>
            Delete
          </button>
        )}
      </footer>
    </div>
  )
}

function truncate(text: string, length: number): string {
  const flat = text.replace(/\s+/g, ' ')
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat
}
