/**
 * One note in the Notes panel or the All notes view: its category, the
 * passage it is anchored to (or its status), its text and tags, and its
 * dates. Text edits save by themselves after a pause and on leaving the field.
 * A note added to be written at once appears as a draft with its editor
 * focused before the core has created it; the same card then becomes the note.
 */
import { useEffect, useId, useRef, useState } from 'react'
import type { ApiInput, NoteView } from '../../shared/api-contract'
import { NOTE_CATEGORIES, NOTE_CATEGORY_IDS, type NoteCategory } from '../../shared/notes/categories'
import { MAX_NOTE_BODY, noteContent, type NoteContent } from '../../shared/notes/note-model'
import { CategoryMark } from './category-mark'
import { formatNoteDate } from './format-date'
import type { NoteDraft } from './note-drafts'
import { NoteText } from './note-text'
import { TagEditor } from './tag-editor'
import type { NotesController } from './use-notes'
import './note-card.css'

/** How long typing must pause before a note's text is saved. */
const AUTOSAVE_DELAY_MS = 600

const STATUS_LABELS: Partial<Record<NoteView['anchor']['status'], string>> = {
  moved: 'Moved',
  'needs-review': 'Needs review',
  orphaned: 'Passage not found',
}

/** What a card does with a draft whose note does not exist yet. */
export type NoteDraftHandlers = Pick<NotesController, 'draftText' | 'setDraftText' | 'retryDraft' | 'discardDraft'>

/** Props of a note card. */
export interface NoteCardProps {
  /** The note; null while the draft it begins as is being created (or could not be). */
  readonly view: NoteView | null
  /** The draft this card began as, for a note added in this session to be written at once. */
  readonly draft?: NoteDraft | undefined
  /** Needed with a draft whose note does not exist yet. */
  readonly draftHandlers?: NoteDraftHandlers | undefined
  readonly active: boolean
  readonly readOnly: boolean
  onUpdate(input: ApiInput<'notes.update'>): void
  onDelete(id: string): void
  onShowPassage(view: NoteView): void
}

/** A note as a card. */
export function NoteCard({ view, draft, draftHandlers, active, readOnly, onUpdate, onDelete, onShowPassage }: NoteCardProps) {
  const note = view?.note ?? null
  const content: NoteContent = note ? noteContent(note) : { text: '', tags: [], category: draft?.input.category ?? null }
  // Set while the note does not exist yet: the card is a draft being created, or whose create failed.
  const pending = view === null ? (draft?.state ?? { phase: 'creating' as const }) : null
  const [editing, setEditing] = useState(view === null)
  const [editorText, setEditorText] = useState(() => (view === null && draft ? (draftHandlers?.draftText(draft.key) ?? '') : content.text))
  // Text handed to the core and not confirmed yet, shown meanwhile so the old text does not flash back.
  const [awaitedText, setAwaitedText] = useState<string | null>(null)
  const [storedText, setStoredText] = useState(content.text)
  const [wasPending, setWasPending] = useState(view === null)
  if (storedText !== content.text) {
    setStoredText(content.text)
    setAwaitedText(null)
  }
  if (wasPending && view !== null) {
    // The draft became a note; what was typed meanwhile is on its way to the core as its text.
    setWasPending(false)
    if (editorText !== content.text) setAwaitedText(editorText)
  }
  const textareaRef = useRef<HTMLTextAreaElement>(null)
  const editButtonRef = useRef<HTMLButtonElement>(null)
  const returnFocus = useRef(false)
  const cardRef = useRef<HTMLDivElement>(null)
  const textId = useId()
  const categoryId = useId()
  const pendingId = useId()
  const errorId = useId()
  const quote = note ? note.target.selector?.[0].exact : (draft?.quote ?? undefined)
  const noteId = note?.id ?? null
  const shownText = view === null ? editorText : (awaitedText ?? content.text)

  useEffect(() => {
    if (active) cardRef.current?.scrollIntoView({ block: 'nearest' })
  }, [active])

  const failed = pending?.phase === 'failed'
  useEffect(() => {
    // The card grew under the editor: bring the reason and the way out into sight.
    if (failed) cardRef.current?.scrollIntoView({ block: 'nearest' })
  }, [failed])

  useEffect(() => {
    // Leaving the editor with Esc must not drop keyboard focus on the page.
    if (editing || !returnFocus.current) return
    returnFocus.current = false
    editButtonRef.current?.focus()
  }, [editing])

  useEffect(() => {
    if (noteId === null || !editing || editorText === content.text) return
    const timer = window.setTimeout(() => onUpdate({ id: noteId, text: editorText }), AUTOSAVE_DELAY_MS)
    return () => window.clearTimeout(timer)
  }, [editing, editorText, content.text, noteId, onUpdate])

  const startEditing = () => {
    setEditorText(shownText)
    setEditing(true)
  }

  const finishEditing = () => {
    // A draft's text is kept with the draft and saved when its note exists.
    if (noteId !== null && editorText !== content.text) {
      onUpdate({ id: noteId, text: editorText })
      setAwaitedText(editorText)
    }
    setEditing(false)
  }

  const retry = () => {
    if (!draft) return
    draftHandlers?.retryDraft(draft.key)
    if (editing) textareaRef.current?.focus()
    else setEditing(true)
  }

  const anchor = view?.anchor ?? null
  const statusLabel = anchor ? STATUS_LABELS[anchor.status] : undefined
  const label = quote ? `Note on “${truncate(quote, 60)}”` : 'Note on the whole document'
  const describedBy = pending ? (pending.phase === 'failed' ? `${pendingId} ${errorId}` : pendingId) : undefined

  return (
    <div
      role="group"
      ref={cardRef}
      className={`note-card${active ? ' is-active' : ''}${pending ? ` is-draft is-draft-${pending.phase}` : ''}`}
      data-category={content.category ?? 'none'}
      aria-label={label}
    >
      <header className="note-card-header">
        {readOnly || note === null ? (
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
        {pending && (
          <span id={pendingId} className={`note-status note-status-draft-${pending.phase}`}>
            {pending.phase === 'failed' ? 'Not saved' : 'New note'}
          </span>
        )}
        {statusLabel && anchor && <span className={`note-status note-status-${anchor.status}`}>{statusLabel}</span>}
      </header>

      {quote ? (
        view === null ? (
          <div className="note-quote is-static">
            <blockquote>{quote}</blockquote>
          </div>
        ) : view.anchor.status === 'needs-review' ? (
          <div className="note-review">
            <p className="note-review-intro">The text changed here. Compare and keep the note on the new passage, or leave it for later.</p>
            <div className="note-review-columns">
              <figure>
                <figcaption>Before</figcaption>
                <blockquote>{quote}</blockquote>
              </figure>
              <figure>
                <figcaption>Now</figcaption>
                <blockquote>{view.anchor.currentText}</blockquote>
              </figure>
            </div>
            {!readOnly && (
              <button type="button" className="button button-small" onClick={() => onUpdate({ id: view.note.id, acceptAnchor: true })}>
                Keep note on the new passage
              </button>
            )}
          </div>
        ) : (
          <button
            type="button"
            className="note-quote"
            onClick={() => onShowPassage(view)}
            disabled={view.anchor.status === 'orphaned'}
            aria-label={`Show in the text: ${truncate(quote, 80)}`}
            title={view.anchor.status === 'orphaned' ? view.anchor.reason : 'Show this passage in the text'}
          >
            <blockquote>{quote}</blockquote>
          </button>
        )
      ) : (
        <p className="note-document-target">Note on the whole document</p>
      )}
      {anchor?.status === 'orphaned' && anchor.reason && <p className="note-orphan-reason">{anchor.reason} The note is kept.</p>}

      {editing && !readOnly ? (
        <div className="note-editor">
          <label className="visually-hidden" htmlFor={textId}>
            Note text
          </label>
          <textarea
            id={textId}
            ref={textareaRef}
            className="note-textarea"
            value={editorText}
            maxLength={MAX_NOTE_BODY}
            rows={Math.min(12, Math.max(3, editorText.split('\n').length + 1))}
            placeholder="Write a note. *Emphasis*, **strong** and - lists work."
            aria-describedby={describedBy}
            // The editor only appears because the user asked to write: on "Add note", before the note exists, or on "Edit note".
            autoFocus
            onChange={(event) => {
              setEditorText(event.target.value)
              if (view === null && draft) draftHandlers?.setDraftText(draft.key, event.target.value)
            }}
            // A draft keeps its editor open when focus leaves: there is no note to save into yet.
            onBlur={view === null ? undefined : finishEditing}
            onKeyDown={(event) => {
              if (event.key === 'Escape') {
                event.preventDefault()
                returnFocus.current = true
                finishEditing()
              }
            }}
          />
        </div>
      ) : shownText ? (
        <div className="note-body">
          <NoteText text={shownText} />
          {!readOnly && (
            <button type="button" ref={editButtonRef} className="link-button" onClick={startEditing}>
              Edit note
            </button>
          )}
        </div>
      ) : (
        !readOnly && (
          <button type="button" ref={editButtonRef} className="link-button note-add-text" onClick={startEditing}>
            Add a note
          </button>
        )
      )}

      {pending?.phase === 'failed' && (
        <div id={errorId} className="note-draft-error" role="alert">
          <p>
            This note could not be created: {pending.error} Your text is kept here, so you can copy it or try again.
          </p>
          <div className="note-draft-actions">
            <button type="button" className="button button-small" onClick={retry}>
              Try again
            </button>
            <button type="button" className="link-button link-button-danger" onClick={() => draft && draftHandlers?.discardDraft(draft.key)}>
              Discard
            </button>
          </div>
        </div>
      )}

      {note && (
        <>
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
        </>
      )}
    </div>
  )
}

function truncate(text: string, length: number): string {
  const flat = text.replace(/\s+/g, ' ')
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat
}
