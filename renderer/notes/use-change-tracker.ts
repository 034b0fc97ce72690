/**
 * Whether the user's latest change to their notes has reached the disk: the
 * quiet "Saving…" / "Saved" / "Not saved" state, from every change the
 * notes hooks send to the core.
 */
import { useCallback, useState } from 'react'
import { ApiCallError } from '../api-client/api-client'

/** Whether the latest change has reached the disk. */
export type SaveState = 'idle' | 'saving' | 'saved' | 'failed'

/** How one change ended: its value, or why it failed, for people. */
export type ChangeOutcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string }

/** The save state and the way to send changes that count towards it. */
export interface ChangeTracker {
  readonly saveState: SaveState
  /** The last problem a change ran into, for people. */
  readonly saveError: string | null
  /** Runs one change; it counts as "saving" until it settles. Never rejects. */
  run<T>(work: () => Promise<T>): Promise<ChangeOutcome<T>>
}

/** A message for people about a failed change. */
export function changeErrorMessage(error: unknown): string {
  return error instanceof ApiCallError ? error.message : 'The change could not be saved.'
}

/** Counts changes on their way and remembers how the last one ended. */
export function useChangeTracker(): ChangeTracker {
  const [pending, setPending] = useState(0)
  const [lastOutcome, setLastOutcome] = useState<{ ok: boolean; error: string | null } | null>(null)

  const run = useCallback(async <T,>(work: () => Promise<T>): Promise<ChangeOutcome<T>> => {
    setPending((count) => count + 1)
    try {
      const value = await work()
      setLastOutcome({ ok: true, error: null })
      return { ok: true, value }
    } catch (error) {
      const message = changeErrorMessage(error)
      setLastOutcome({ ok: false, error: message })
      return { ok: false, error: message }
    } finally {
      setPending((count) => count - 1)
    }
  }, [])

  const saveState: SaveState = pending > 0 ? 'saving' : lastOutcome === null ? 'idle' : lastOutcome.ok ? 'saved' : 'failed'
  return { saveState, saveError: lastOutcome?.error ?? null, run }
}
