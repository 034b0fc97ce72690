/**
 * The user's notes as React state, kept in step with the core. Every change
 * is shown as saved only after the core acknowledged it (which it does once
 * the write is durable). Deleted notes stay in memory so they can be restored
 * until the window closes. A note added to be written at once starts as a
 * draft that takes text before the core has created it (see note-drafts.ts).
 */
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react'
import type { ApiInput, NoteView, StoreStatus } from '../../shared/api-contract'
import type { Note } from '../../shared/notes/note-model'
import { ApiCallError, type ApiClient } from '../api-client/api-client'
import { noteDraftsReducer, type NoteDraft } from './note-drafts'

/** Whether the latest change has reached the disk. */
export type SaveState = 'idle' | 'saving' | 'saved' | 'failed'

/** The notes and what can be done with them. */
export interface NotesController {
  readonly views: readonly NoteView[]
  readonly store: StoreStatus | null
  readonly loadError: string | null
  readonly saveState: SaveState
  /** The last problem a change ran into, for people. */
  readonly saveError: string | null
  /** Deleted notes, most recent last, restorable until the app quits. */
  readonly deleted: readonly Note[]
  create(input: ApiInput<'notes.create'>): Promise<NoteView | null>
  update(input: ApiInput<'notes.update'>): Promise<NoteView | null>
  remove(id: string): Promise<void>
  undoDelete(): Promise<void>
  /** Reads every note again (after an import changed them). */
  reload(): void
  /** Notes being written before (and since) the core created them, this session. */
  readonly drafts: readonly NoteDraft[]
  /**
   * Starts a note the user writes at once: its card can take text while the
   * core creates the note. Returns the draft's key.
   */
  startDraft(input: ApiInput<'notes.create'>, quote: string | null): string
  /** What has been typed into a draft whose note does not exist yet. */
  draftText(key: string): string
  /** Keeps what is typed into a draft; it becomes the note's text once the note exists. */
  setDraftText(key: string, text: string): void
  /** Asks the core again to create a draft whose create failed. */
  retryDraft(key: string): void
  /** Gives up a draft whose create failed, with its text. */
  discardDraft(key: string): void
}

function messageOf(error: unknown): string {
  return error instanceof ApiCallError ? error.message : 'The change could not be saved.'
}

/** Loads every note once and applies changes as the core confirms them. */
export function useNotes(client: ApiClient): NotesController {
  const [views, setViews] = useState<readonly NoteView[]>([])
  const [store, setStore] = useState<StoreStatus | null>(null)
  const [loadError, setLoadError] = useState<string | null>(null)
  const [pending, setPending] = useState(0)
  const [lastOutcome, setLastOutcome] = useState<{ ok: boolean; error: string | null } | null>(null)
  const [deleted, setDeleted] = useState<readonly Note[]>([])
  const [drafts, dispatchDraft] = useReducer(noteDraftsReducer, [])
  // Typed text lives here rather than in state: it changes on every keystroke and only the card shows it.
  const draftTexts = useRef(new Map<string, string>())
  const draftCount = useRef(0)

  const [generation, setGeneration] = useState(0)
  useEffect(() => {
    client.request('notes.list', {}).then(
      (result) => {
        setViews(result.notes)
        setStore(result.store)
      },
      (error: unknown) => setLoadError(messageOf(error)),
    )
  }, [client, generation])
  const reload = useCallback(() => setGeneration((count) => count + 1), [])

  const track = useCallback(async <T,>(work: () => Promise<T>): Promise<T | null> => {
    setPending((count) => count + 1)
    try {
      const value = await work()
      setLastOutcome({ ok: true, error: null })
      return value
    } catch (error) {
      setLastOutcome({ ok: false, error: messageOf(error) })
      // A refused change may mean the store just turned read-only (its lock was taken): show why at once.
      client.request('notes.list', {}).then(
        (result) => setStore(result.store),
        () => undefined,
      )
      return null
    } finally {
      setPending((count) => count - 1)
    }
  }, [client])

  const upsert = useCallback((view: NoteView) => {
    setViews((current) => {
      const index = current.findIndex((existing) => existing.note.id === view.note.id)
      if (index < 0) return [...current, view]
      const next = [...current]
      next[index] = view
      return next
    })
  }, [])

  const create = useCallback(
    (input: ApiInput<'notes.create'>) =>
      track(async () => {
        const { note } = await client.request('notes.create', input)
        upsert(note)
        return note
      }),
    [client, track, upsert],
  )

  const update = useCallback(
    (input: ApiInput<'notes.update'>) =>
      track(async () => {
        const { note } = await client.request('notes.update', input)
        upsert(note)
        return note
      }),
    [client, track, upsert],
  )

  const remove = useCallback(
    async (id: string) => {
      await track(async () => {
        const { deleted: note } = await client.request('notes.delete', { id })
        setViews((current) => current.filter((view) => view.note.id !== id))
        setDeleted((current) => [...current, note])
      })
    },
    [client, track],
  )

  const undoDelete = useCallback(async () => {
    const note = deleted[deleted.length - 1]
    if (!note) return
    await track(async () => {
      const { note: view } = await client.request('notes.restore', { note })
      upsert(view)
      setDeleted((current) => current.filter((candidate) => candidate.id !== note.id))
    })
  }, [client, deleted, track, upsert])

  const createDraft = useCallback(
    (draft: NoteDraft) =>
      // One tracked change from the create to the text being written, so "Saved" means the text is on disk too.
      track(async () => {
        let view: NoteView
        try {
          view = (await client.request('notes.create', draft.input)).note
        } catch (error) {
          dispatchDraft({ type: 'failed', key: draft.key, error: messageOf(error) })
          throw error
        }
        upsert(view)
        dispatchDraft({ type: 'created', key: draft.key, noteId: view.note.id })
        // Read only now: the user may have typed until this very moment.
        const text = draftTexts.current.get(draft.key) ?? ''
        draftTexts.current.delete(draft.key)
        if (text === '') return view
        const { note } = await client.request('notes.update', { id: view.note.id, text })
        upsert(note)
        return note
      }),
    [client, track, upsert],
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

  const draftText = useCallback((key: string) => draftTexts.current.get(key) ?? '', [])
  const setDraftText = useCallback((key: string, text: string) => {
    draftTexts.current.set(key, text)
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
      draftTexts.current.delete(key)
    },
    [drafts],
  )

  const saveState: SaveState = pending > 0 ? 'saving' : lastOutcome === null ? 'idle' : lastOutcome.ok ? 'saved' : 'failed'

  return useMemo(
    () => ({
      views,
      store,
      loadError,
      saveState,
      saveError: lastOutcome?.error ?? null,
      deleted,
      create,
      update,
      remove,
      undoDelete,
      reload,
      drafts,
      startDraft,
      draftText,
      setDraftText,
      retryDraft,
      discardDraft,
    }),
    [views, store, loadError, saveState, lastOutcome, deleted, create, update, remove, undoDelete, reload, drafts, startDraft, draftText, setDraftText, retryDraft, discardDraft],
  )
}
