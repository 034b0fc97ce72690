/**
 * Deletes and bulk edits the user can take back with one Undo: a note
 * deleted from its card, many notes deleted at once in All notes, or a
 * bulk change of category or tags (a tag renamed everywhere). Each is one
 * entry, undone whole; entries stay until the app quits. Bulk calls are
 * split to fit the API's limits (see batch-chunks.ts).
 */
import { useCallback, useEffect, useMemo, useRef, useState, type Dispatch, type SetStateAction } from 'react'
import { MAX_BATCH_NOTES, type NoteView } from '../../shared/api-contract'
import type { Note } from '../../shared/notes/note-model'
import type { ApiClient } from '../api-client/api-client'
import { undoUpdates, type NoteUpdate } from './all-notes/tag-changes'
import { chunkBatch, jsonBytesBound } from './batch-chunks'
import type { ChangeTracker } from './use-change-tracker'

/** Bytes of notes one restore call sends: well under the host's body limit. */
const MAX_RESTORE_BYTES = 8 * 1024 * 1024

/** One change Undo takes back. */
export type UndoableChange =
  | { readonly id: number; readonly kind: 'delete'; readonly message: string; readonly notes: readonly Note[] }
  | { readonly id: number; readonly kind: 'update'; readonly message: string; readonly undo: readonly NoteUpdate[] }

/** A change as recorded, before it is numbered. */
type NewChange = UndoableChange extends infer C ? (C extends unknown ? Omit<C, 'id'> : never) : never

/** Changes that can be undone. */
export interface UndoableChangesController {
  /** The latest change Undo would take back, or null. */
  readonly undoable: UndoableChange | null
  remove(id: string): Promise<void>
  /** Deletes every note of `ids` as one change; resolves false (and changes what was done) if a call failed. */
  removeMany(ids: readonly string[]): Promise<boolean>
  /** Applies `updates` as one change, described for the Undo message by `message`. */
  updateMany(updates: readonly NoteUpdate[], message: string): Promise<boolean>
  /** Takes back the latest change. */
  undo(): Promise<void>
}

/** Undoable changes of `views`, sent through `client` and counted by `run`. */
export function useUndoableChanges(
  client: ApiClient,
  run: ChangeTracker['run'],
  views: readonly NoteView[],
  setViews: Dispatch<SetStateAction<readonly NoteView[]>>,
): UndoableChangesController {
  const [stack, setStack] = useState<readonly UndoableChange[]>([])
  const nextId = useRef(0)
  const viewsRef = useRef(views)
  useEffect(() => {
    viewsRef.current = views
  }, [views])

  const push = useCallback((change: NewChange) => {
    nextId.current += 1
    const id = nextId.current
    setStack((current) => [...current, { ...change, id }])
  }, [])

  const upsertMany = useCallback(
    (changed: readonly NoteView[]) =>
      setViews((current) => {
        const byId = new Map(changed.map((view) => [view.note.id, view]))
        const next = current.map((view) => byId.get(view.note.id) ?? view)
        const present = new Set(current.map((view) => view.note.id))
        return [...next, ...changed.filter((view) => !present.has(view.note.id))]
      }),
    [setViews],
  )
  const dropMany = useCallback((ids: ReadonlySet<string>) => setViews((current) => current.filter((view) => !ids.has(view.note.id))), [setViews])

  const deleteNotes = useCallback(
    async (ids: readonly string[], message: string) => {
      const deleted: Note[] = []
      const outcome = await run(async () => {
        for (const chunk of chunkBatch(ids, MAX_BATCH_NOTES, Infinity, () => 0)) {
          const result = chunk.length === 1 ? { deleted: [(await client.request('notes.delete', { id: chunk[0] as string })).deleted] } : await client.request('notes.deleteMany', { ids: chunk })
          deleted.push(...result.deleted)
          dropMany(new Set(chunk))
        }
      })
      // What was deleted before a failure can still be undone.
      if (deleted.length > 0) push({ kind: 'delete', message, notes: deleted })
      return outcome.ok
    },
    [client, run, dropMany, push],
  )

  const remove = useCallback(async (id: string) => void (await deleteNotes([id], 'Note deleted.')), [deleteNotes])
  const removeMany = useCallback(
    (ids: readonly string[]) => deleteNotes(ids, ids.length === 1 ? 'Note deleted.' : `${ids.length.toLocaleString('en')} notes deleted.`),
    [deleteNotes],
  )

  const sendUpdates = useCallback(
    async (updates: readonly NoteUpdate[]) => {
      for (const chunk of chunkBatch(updates, MAX_BATCH_NOTES, Infinity, () => 0)) upsertMany((await client.request('notes.updateMany', { updates: chunk })).notes)
    },
    [client, upsertMany],
  )

  const updateMany = useCallback(
    async (updates: readonly NoteUpdate[], message: string) => {
      if (updates.length === 0) return true
      const undo = undoUpdates(viewsRef.current, updates)
      const outcome = await run(() => sendUpdates(updates))
      // Even a batch that stopped part way can be put back: the undo names only tags and categories as they were.
      push({ kind: 'update', message, undo })
      return outcome.ok
    },
    [run, sendUpdates, push],
  )

  const undo = useCallback(async () => {
    const last = stack[stack.length - 1]
    if (!last) return
    const outcome = await run(async () => {
      if (last.kind === 'update') {
        await sendUpdates(last.undo)
        return
      }
      // After an undo that stopped part way, only the notes still missing are restored.
      const present = new Set(viewsRef.current.map((view) => view.note.id))
      const missing = last.notes.filter((note) => !present.has(note.id))
      for (const chunk of chunkBatch(missing, MAX_BATCH_NOTES, MAX_RESTORE_BYTES, jsonBytesBound)) {
        upsertMany(chunk.length === 1 ? [(await client.request('notes.restore', { note: chunk[0] as Note })).note] : (await client.request('notes.restoreMany', { notes: chunk })).notes)
      }
    })
    if (outcome.ok) setStack((current) => current.filter((change) => change.id !== last.id))
  }, [client, run, stack, sendUpdates, upsertMany])

  const undoable = stack[stack.length - 1] ?? null
  return useMemo(() => ({ undoable, remove, removeMany, updateMany, undo }), [undoable, remove, removeMany, updateMany, undo])
}
