/**
 * The user's notes as React state, kept in step with the core. Every change
 * is shown as saved only after the core acknowledged it (which it does once
 * the write is durable). Deleted notes stay in memory so they can be restored
 * until the window closes, and bulk edits can be undone (use-undoable-changes.ts). A note added to be written at once starts as a
 * draft that takes text before the core has created it (see use-note-drafts.ts).
 */
import { useCallback, useEffect, useMemo, useState } from 'react'
import type { ApiInput, NoteView, StoreStatus } from '../../shared/api-contract'
import type { ApiClient } from '../api-client/api-client'
import { changeErrorMessage, useChangeTracker, type ChangeOutcome, type SaveState } from './use-change-tracker'
import { useNoteDrafts, type NoteDraftsController } from './use-note-drafts'
import { useUndoableChanges, type UndoableChangesController } from './use-undoable-changes'
import { useUnsavedWarning } from './use-unsaved-warning'

export type { SaveState }
export type { UndoableChange } from './use-undoable-changes'

/** The notes and what can be done with them. */
export interface NotesController extends NoteDraftsController, UndoableChangesController {
  readonly views: readonly NoteView[]
  readonly store: StoreStatus | null
  readonly loadError: string | null
  readonly saveState: SaveState
  /** The last problem a change ran into, for people. */
  readonly saveError: string | null
  create(input: ApiInput<'notes.create'>): Promise<NoteView | null>
  update(input: ApiInput<'notes.update'>): Promise<NoteView | null>
  /** Saves a note's text; rejects with a message for people if it could not be saved. */
  saveText(id: string, text: string): Promise<void>
  /** Reads every note again (after an import changed them). */
  reload(): void
}

/** Loads every note once and applies changes as the core confirms them. */
export function useNotes(client: ApiClient): NotesController {
  const [views, setViews] = useState<readonly NoteView[]>([])
  const [store, setStore] = useState<StoreStatus | null>(null)
  const [loadError, setLoadError] = useState<string | null>(null)
  const { saveState, saveError, run: track } = useChangeTracker()

  // Reads every note; on start, and again when asked (an import changed them).
  const reload = useCallback(() => {
    client.request('notes.list', {}).then(
      (result) => {
        setViews(result.notes)
        setStore(result.store)
      },
      (error: unknown) => setLoadError(changeErrorMessage(error)),
    )
  }, [client])
  useEffect(reload, [reload])

  const run = useCallback(
    async <T,>(work: () => Promise<T>): Promise<ChangeOutcome<T>> => {
      const outcome = await track(work)
      if (!outcome.ok) {
        // A refused change may mean the store just turned read-only (its lock was taken): show why at once.
        client.request('notes.list', {}).then(
          (result) => setStore(result.store),
          () => undefined,
        )
      }
      return outcome
    },
    [client, track],
  )

  const upsert = useCallback((view: NoteView) => {
    setViews((current) => {
      const index = current.findIndex((existing) => existing.note.id === view.note.id)
      if (index < 0) return [...current, view]
      const next = [...current]
      next[index] = view
      return next
    })
  }, [])
  const drafts = useNoteDrafts(client, run, upsert)
  useUnsavedWarning(() => saveState === 'saving' || drafts.hasUnsavedText())

  const send = useCallback(
    <M extends 'notes.create' | 'notes.update'>(method: M, input: ApiInput<M>) =>
      run(async () => {
        const { note } = await client.request(method, input)
        upsert(note)
        return note
      }),
    [client, run, upsert],
  )
  const create = useCallback(async (input: ApiInput<'notes.create'>) => valueOrNull(await send('notes.create', input)), [send])
  const update = useCallback(async (input: ApiInput<'notes.update'>) => valueOrNull(await send('notes.update', input)), [send])
  const saveText = useCallback(
    async (id: string, text: string) => {
      const outcome = await send('notes.update', { id, text })
      if (!outcome.ok) throw new Error(outcome.error)
    },
    [send],
  )

  const undoable = useUndoableChanges(client, run, views, setViews)

  return useMemo(
    () => ({ views, store, loadError, saveState, saveError, create, update, saveText, reload, ...drafts, ...undoable }),
    [views, store, loadError, saveState, saveError, create, update, saveText, reload, drafts, undoable],
  )
}

function valueOrNull<T>(outcome: { ok: true; value: T } | { ok: false }): T | null {
  return outcome.ok ? outcome.value : null
}
