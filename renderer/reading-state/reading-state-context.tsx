/**
 * The reading state from the data folder, loaded before the app's first
 * frame so the reader opens in the saved theme, on the saved document, at
 * the saved place. In browser mode every run has a new origin (a new port),
 * so nothing but the core can remember these.
 */
import { createContext, useContext, useLayoutEffect, useState, type ReactNode } from 'react'
import { EMPTY_READING_STATE, type ReadingSettings, type ReadingState } from '../../shared/reading-state'
import type { ApiClient } from '../api-client/api-client'
import { applyReadingSettings, loadReadingSettings } from '../settings/reading-settings'
import { PositionMemory } from './position-memory'

/** What the app reads and writes of the reading state. */
export interface ReadingStateAccess {
  /** The state as the core had it at start. */
  readonly initial: ReadingState
  readonly positions: PositionMemory
  /** Sends new settings to the core. */
  saveSettings(settings: ReadingSettings): void
}

const noWrite = () => Promise.resolve()

/** Without a provider (tests of parts of the app): the defaults, kept nowhere. */
const ReadingStateContext = createContext<ReadingStateAccess>({
  initial: EMPTY_READING_STATE,
  positions: new PositionMemory({}, { setPosition: noWrite, setLastDocument: noWrite }),
  saveSettings: () => undefined,
})

/** The reading state the app was started with, and the ways to save it. */
export function useReadingState(): ReadingStateAccess {
  return useContext(ReadingStateContext)
}

/** Asks the core for the reading state and renders `children` once it has answered. */
export function ReadingStateProvider({ client, children }: { client: ApiClient; children: ReactNode }) {
  const [access, setAccess] = useState<ReadingStateAccess | null>(null)

  useLayoutEffect(() => {
    // The cached settings paint the frames before the core answers in the right theme (the same origin as last time),
    // unless the host already wrote the data folder's settings into the page (main/hosting/prepaint.ts): those are newer.
    if (!document.documentElement.hasAttribute('data-theme')) applyReadingSettings(document.documentElement, loadReadingSettings(window.localStorage))
    let current = true
    const ready = (initial: ReadingState) => {
      if (!current) return
      const positions = new PositionMemory(initial.positions, {
        setPosition: (documentId, position) => client.request('reading.setPosition', { documentId, position }),
        setLastDocument: (documentId) => client.request('reading.setLastDocument', { documentId }),
      })
      const saveSettings = (settings: ReadingSettings) => {
        // A setting that fails to save still applies in this window; the cache keeps it for this origin.
        client.request('reading.setSettings', { settings }).catch(() => undefined)
      }
      setAccess({ initial, positions, saveSettings })
    }
    client.request('reading.get', {}).then(ready, () => ready({ ...EMPTY_READING_STATE, settings: loadReadingSettings(window.localStorage) }))
    return () => {
      current = false
    }
  }, [client])

  useLayoutEffect(() => {
    if (!access) return
    // Leaving the page writes the place it was left at; losing the last second in a crash is fine.
    const flush = () => access.positions.flush()
    window.addEventListener('pagehide', flush)
    return () => window.removeEventListener('pagehide', flush)
  }, [access])

  return access ? <ReadingStateContext.Provider value={access}>{children}</ReadingStateContext.Provider> : null
}
