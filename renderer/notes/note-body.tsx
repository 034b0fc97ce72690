/**
 * A note's text: shown as formatted text with "Edit note", or, while being
 * written, an editor that saves by itself after a pause and on leaving the
 * field (useAutosave). Unsaved text is kept with the notes controller, so a
 * view reloaded after an error opens the editor with it again.
 */
import { useCallback, useEffect, useId, useMemo, useRef, type RefObject } from 'react'
import { MAX_NOTE_BODY } from '../../shared/notes/note-model'
import { NoteText } from './note-text'
import { NoteSaveError } from './note-save-error'
import { useAutosave } from './use-autosave'
import type { NotesController } from './use-notes'

/** Props of a note's body. */
export interface NoteBodyProps {
  /** The note; null while it is a draft being created. */
  readonly noteId: string | null
  readonly savedText: string
  /** Names the card's unsaved text with the controller: the draft's key, then the note's id. */
  readonly keepKey: string
  /** Unsaved text found with the controller when the card mounted. */
  readonly keptText: string | null
  readonly readOnly: boolean
  readonly editing: boolean
  readonly textareaRef: RefObject<HTMLTextAreaElement | null>
  readonly describedBy: string | undefined
  readonly actions: Pick<NotesController, 'saveText' | 'setDraftText'>
  onEditingChange(editing: boolean): void
}

/** The text of a note, or its editor. */
export function NoteBody({ noteId, savedText, keepKey, keptText, readOnly, editing, textareaRef, describedBy, actions, onEditingChange }: NoteBodyProps) {
  const save = useMemo(() => (noteId === null ? null : (text: string) => actions.saveText(noteId, text)), [noteId, actions])
  const keep = useCallback((text: string | null) => actions.setDraftText(keepKey, text), [actions, keepKey])
  const autosave = useAutosave({ savedText, save, keptText, keep })
  const textId = useId()
  const editButtonRef = useRef<HTMLButtonElement>(null)
  const returnFocus = useRef(false)

  useEffect(() => {
    // Leaving the editor with Esc must not drop keyboard focus on the page.
    if (editing || !returnFocus.current) return
    returnFocus.current = false
    editButtonRef.current?.focus()
  }, [editing])

  const saveError = autosave.status === 'failed' ? <NoteSaveError error={autosave.error} onRetry={autosave.retry} /> : null

  const finishEditing = () => {
    autosave.flush()
    onEditingChange(false)
  }

  if (editing && !readOnly) {
    return (
      <div className="note-editor">
        <label className="visually-hidden" htmlFor={textId}>
          Note text
        </label>
        <textarea
          id={textId}
          ref={textareaRef}
          className="note-textarea"
          value={autosave.text}
          maxLength={MAX_NOTE_BODY}
          rows={Math.min(12, Math.max(3, autosave.text.split('\n').length + 1))}
          placeholder="Write a note. *Emphasis*, **strong** and - lists work."
          aria-describedby={describedBy}
          // The editor only appears because the user asked to write: on "Add note", before the note exists, or on "Edit note".
          autoFocus
          onChange={(event) => autosave.edit(event.target.value)}
          // A draft keeps its editor open when focus leaves: there is no note to save into yet.
          onBlur={noteId === null ? undefined : finishEditing}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault()
              returnFocus.current = true
              finishEditing()
            }
          }}
        />
        {saveError}
      </div>
    )
  }
  if (readOnly && !autosave.text) return null
  const button = (
    <button type="button" ref={editButtonRef} className={autosave.text ? 'link-button' : 'link-button note-add-text'} onClick={() => onEditingChange(true)}>
      {autosave.text ? 'Edit note' : 'Add a note'}
    </button>
  )
  if (!autosave.text) return button
  return (
    <div className="note-body">
      <NoteText text={autosave.text} />
      {saveError}
      {!readOnly && button}
    </div>
  )
}
