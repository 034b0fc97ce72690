/**
 * Notes the user writes at once, before the core has created them (see
 * note-drafts.ts), and the text typed into any card that is not saved yet.
 * That text lives here, above every view, so a view that is reloaded after
 * an error finds it again.
 */
import { useCallback, useMemo, useReducer, useRef } from 'react'
import type { ApiInput, NoteView } from '../../shared/api-contract'
import type { ApiClient } from '../api-client/api-client'
import { noteDraftsReducer, type NoteDraft } from './note-drafts'
import { changeErrorMessage, type ChangeTracker } from './use-change-tracker'

/** Drafts and unsaved text. */
export interface NoteDraftsController {
  /** Notes being written before (and since) the core created them, this session. */
  readonly drafts: readonly NoteDraft[]
  /**
   * Starts a note the user writes at once: its card can take text while the
   * core creates the note. Returns the draft's key.
   */
  startDraft(input: ApiInput<'notes.create'>, quote: string | null): string
  /** Unsaved text of the card `key` (a draft's key, or a note's id); null if it has none. */
  draftText(key: string): string | null
  /** True while any card holds text not yet saved (typed, waiting, or refused by a failed save). */
  hasUnsavedText(): boolean
  /** Keeps (or with null, forgets) unsaved text; a draft's text becomes its note's text once the note exists. */
  setDraftText(key: string, text: string | null): void
  /** Asks the core again to create a draft whose create failed. */
  retryDraft(key: string): void
  /** Gives up a draft whose create failed, with its text. */
  discardDraft(key: string): void
}

/** Drafts whose notes are created through `client`, counted by `run`; `upsert` receives each note. */
export function useNoteDrafts(client: ApiClient, run: ChangeTracker['run'], upsert: (view: NoteView) => void): NoteDraftsController {
  const [drafts, dispatchDraft] = useReducer(noteDraftsReducer, [])
  // Typed text lives here rather than in state: it changes on every keystroke and only the card shows it.
  const texts = useRef(new Map<string, string>())
  const draftCount = useRef(0)

  const createDraft = useCallback(
    (draft: NoteDraft) =>
      // One tracked change from the create to the text being written, so "Saved" means the text is on disk too.
      run(async () => {
        let view: NoteView
        try {
          view = (await client.request('notes.create', draft.input)).note
        } catch (error) {
          dispatchDraft({ type: 'failed', key: draft.key, error: changeErrorMessage(error) })
          throw error
        }
        upsert(view)
        dispatchDraft({ type: 'created', key: draft.key, noteId: view.note.id })
        // Read only now: the user may have typed until this very moment.
        const text = texts.current.get(draft.key) ?? ''
        texts.current.delete(draft.key)
        if (text === '') return
        upsert((await client.request('notes.update', { id: view.note.id, text })).note)
      }),
    [client, run, upsert],
  )

  const startDraft = useCallback(
    (input: ApiInput<'notes.create'>, quote: string | null) => {
      draftCount.current += 1
      const draft: NoteDraft = { key: `draft-${draftCount.current}`, input, quote, state: { phase: 'creating' } }
      dispatchDraft({ type: 'start', draft })
      void createDraft(draft)
      return draft.key
    },
    [createDraft],
  )

  const draftText = useCallback((key: string) => texts.current.get(key) ?? null, [])
  const setDraftText = useCallback((key: string, text: string | null) => {
    if (text === null) texts.current.delete(key)
    else texts.current.set(key, text)
  }, [])

  const retryDraft = useCallback(
    (key: string) => {
      const draft = drafts.find((candidate) => candidate.key === key)
      if (draft?.state.phase !== 'failed') return
      dispatchDraft({ type: 'retry', key })
      void createDraft(draft)
    },
    [drafts, createDraft],
  )

  const discardDraft = useCallback(
    (key: string) => {
      // A draft on its way may still become a note and needs its text then.
      if (drafts.find((candidate) => candidate.key === key)?.state.phase !== 'failed') return
      dispatchDraft({ type: 'discard', key })
      texts.current.delete(key)
    },
    [drafts],
  )

  const hasUnsavedText = useCallback(() => texts.current.size > 0, [])
  return useMemo(
    () => ({ drafts, startDraft, draftText, hasUnsavedText, setDraftText, retryDraft, discardDraft }),
    [drafts, startDraft, draftText, hasUnsavedText, setDraftText, retryDraft, discardDraft],
  )
}
