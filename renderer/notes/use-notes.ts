/**
 * The user's notes as React state, kept in step with the core. Every change
 * is shown as saved only after the core acknowledged it (which it does once
 * the write is durable). Deleted notes stay in memory so they can be restored
 * until the window closes.
 */
import { useCallback, useEffect, useMemo, useState } from 'react'
import type { ApiInput, NoteView, StoreStatus } from '../../shared/api-contract'
import type { Note } from '../../shared/notes/note-model'
import { ApiCallError, type ApiClient } from '../api-client/api-client'

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
      return null
    } finally {
      setPending((count) => count - 1)
    }
  }, [])

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
    }),
    [views, store, loadError, saveState, lastOutcome, deleted, create, update, remove, undoDelete, reload],
  )
}
