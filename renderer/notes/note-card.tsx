/**
 * One note in the Notes panel or the All notes view: its category, the
 * passage it is anchored to (or its status), its text and tags, and its
 * dates. A note added to be written at once appears as a draft with its
 * editor focused before the core has created it; the same card then becomes
 * the note. The parts live beside it: quote, review panel, category picker,
 * body (with its autosave), tag editor, footer.
 */
import { useEffect, useId, useRef, useState } from 'react'
import type { NoteView } from '../../shared/api-contract'
import { noteContent, type NoteContent } from '../../shared/notes/note-model'
import { revealInPane } from '../shell/reveal-in-pane'
import { CategoryMark } from './category-mark'
import { CategoryPicker } from './category-picker'
import { NoteBody } from './note-body'
import { NoteCardFooter } from './note-card-footer'
import type { NoteDraft } from './note-drafts'
import { NoteDraftError } from './note-draft-error'
import { NoteQuote } from './note-quote'
import { NoteReviewPanel } from './note-review-panel'
import { TagEditor } from './tag-editor'
import { truncateText } from './truncate-text'
import type { NotesController } from './use-notes'
import './note-card.css'

const STATUS_LABELS: Partial<Record<NoteView['anchor']['status'], string>> = {
  moved: 'Moved',
  'needs-review': 'Needs review',
  orphaned: 'Passage not found',
}

/** What a card can do with its note or draft. */
export type NoteCardActions = Pick<NotesController, 'update' | 'saveText' | 'remove' | 'draftText' | 'setDraftText' | 'retryDraft' | 'discardDraft'>

/** Props of a note card. */
export interface NoteCardProps {
  /** The note; null while the draft it begins as is being created (or could not be). */
  readonly view: NoteView | null
  /** The draft this card began as, for a note added in this session to be written at once. */
  readonly draft?: NoteDraft | undefined
  readonly active: boolean
  readonly readOnly: boolean
  readonly actions: NoteCardActions
  onShowPassage(view: NoteView): void
}

/** A note as a card. */
export function NoteCard({ view, draft, active, readOnly, actions, onShowPassage }: NoteCardProps) {
  const note = view?.note ?? null
  const content: NoteContent = note ? noteContent(note) : { text: '', tags: [], category: draft?.input.category ?? null }
  // Set while the note does not exist yet: the card is a draft being created, or whose create failed.
  const pending = view === null ? (draft?.state ?? { phase: 'creating' as const }) : null
  const keepKey = note?.id ?? draft?.key ?? ''
  const [keptText] = useState(() => actions.draftText(keepKey))
  const [editing, setEditing] = useState(view === null || keptText !== null)
  const textareaRef = useRef<HTMLTextAreaElement>(null)
  const cardRef = useRef<HTMLDivElement>(null)
  const pendingId = useId()
  const errorId = useId()
  const quote = note ? note.target.selector?.[0].exact : (draft?.quote ?? undefined)
  const failed = pending?.phase === 'failed'

  useEffect(() => {
    // On becoming active, and when a failed create grows the card under the editor: bring it into sight,
    // moving only the list that holds it (scrollIntoView would also move the page around it).
    const card = cardRef.current
    if (card && (active || failed)) revealInPane(card, 'nearest')
  }, [active, failed])

  const retry = () => {
    if (!draft) return
    actions.retryDraft(draft.key)
    if (editing) textareaRef.current?.focus()
    else setEditing(true)
  }

  const anchor = view?.anchor ?? null
  const statusLabel = anchor ? STATUS_LABELS[anchor.status] : undefined
  const label = quote ? `Note on “${truncateText(quote, 60)}”` : 'Note on the whole document'

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
          <CategoryPicker category={content.category} onChange={(category) => void actions.update({ id: note.id, category })} />
        )}
        {pending && (
          <span id={pendingId} className={`note-status note-status-draft-${pending.phase}`}>
            {failed ? 'Not saved' : 'New note'}
          </span>
        )}
        {statusLabel && anchor && <span className={`note-status note-status-${anchor.status}`}>{statusLabel}</span>}
      </header>

      {quote && view?.anchor.status === 'needs-review' ? (
        <NoteReviewPanel quote={quote} currentText={view.anchor.currentText} readOnly={readOnly} onKeepHere={() => void actions.update({ id: view.note.id, acceptAnchor: true })} />
      ) : (
        <NoteQuote quote={quote} view={view} onShowPassage={onShowPassage} />
      )}
      {anchor?.status === 'orphaned' && anchor.reason && <p className="note-orphan-reason">{anchor.reason} The note is kept.</p>}

      <NoteBody
        noteId={note?.id ?? null}
        savedText={content.text}
        keepKey={keepKey}
        keptText={keptText}
        readOnly={readOnly}
        editing={editing}
        textareaRef={textareaRef}
        describedBy={pending ? (failed ? `${pendingId} ${errorId}` : pendingId) : undefined}
        actions={actions}
        onEditingChange={setEditing}
      />

      {pending?.phase === 'failed' && draft && (
        <NoteDraftError id={errorId} error={pending.error} onRetry={retry} onDiscard={() => actions.discardDraft(draft.key)} />
      )}

      {note && (
        <>
          <TagEditor tags={content.tags} disabled={readOnly} onChange={(tags) => void actions.update({ id: note.id, tags })} />
          <NoteCardFooter note={note} readOnly={readOnly} label={label} onDelete={() => void actions.remove(note.id)} />
        </>
      )}
    </div>
  )
}
