/**
 * A text field that saves itself: binds an {@link Autosaver} to a component.
 * Exposes where the text stands (status, error) and `retry`, so a card can
 * say "Not saved" and offer to try again. Unsaved text is also handed to
 * `keep`, which holds it above the view, so it survives the view being
 * reloaded after an error.
 */
import { useCallback, useEffect, useState } from 'react'
import { Autosaver, AUTOSAVE_IDLE, type AutosaveState } from './autosave'

/** How long typing must pause before a note's text is saved. */
export const AUTOSAVE_DELAY_MS = 600

/** What `useAutosave` is given. */
export interface AutosaveOptions {
  /** The text as stored. */
  readonly savedText: string
  /** Saves a text (rejecting with a message for people); null while there is nothing to save into. */
  readonly save: ((text: string) => Promise<void>) | null
  /** Unsaved text kept from before this component mounted (a reloaded view), or null. */
  readonly keptText: string | null
  /** Told the unsaved text on every change (null once everything is saved). */
  keep(text: string | null): void
}

/** The field's text and what can be done with it. */
export interface Autosave extends AutosaveState {
  /** What the field shows: the unsaved text if any, else the stored one. */
  readonly text: string
  /** Records typed text; it is saved once typing pauses. */
  edit(text: string): void
  /** Saves now (leaving the field). */
  flush(): void
  /** Tries a failed save again. */
  retry(): void
}

const NOT_YET = () => Promise.reject(new Error('The note does not exist yet.'))

/** Saves `savedText`'s edits by themselves; flushes when the component goes away. */
export function useAutosave({ savedText, save, keptText, keep }: AutosaveOptions): Autosave {
  const [state, setState] = useState<AutosaveState>(keptText === null ? AUTOSAVE_IDLE : { status: 'waiting', unsaved: keptText, error: null })
  const [saver] = useState(() => new Autosaver({ delayMs: AUTOSAVE_DELAY_MS, initial: state, save: NOT_YET, isSaved: () => false, onState: setState }))
  const canSave = save !== null

  useEffect(() => {
    saver.reconfigure({ save: save ?? NOT_YET, isSaved: (text) => text === savedText })
    // The stored text may now be what was typed (this save, or the draft's own).
    saver.confirm()
  }, [saver, save, savedText])

  useEffect(() => {
    // The note exists now: text typed before it did is saved after the pause (unless the draft's own save brings it first).
    const held = saver.current.unsaved
    if (canSave && held !== null) saver.edit(held)
  }, [saver, canSave])

  // Saves settling change what is unsaved; typing is kept at once, below, in case the next render fails.
  useEffect(() => keep(state.unsaved), [keep, state.unsaved])

  // Going away (another view, a reloaded view, the note deleted elsewhere) saves what is typed.
  useEffect(
    () => () => {
      if (canSave) saver.flush()
    },
    [saver, canSave],
  )

  const edit = useCallback(
    (text: string) => {
      saver.edit(text, canSave)
      keep(saver.current.unsaved)
    },
    [saver, canSave, keep],
  )
  const flush = useCallback(() => {
    if (canSave) saver.flush()
  }, [saver, canSave])

  return { ...state, text: state.unsaved ?? savedText, edit, flush, retry: flush }
}
