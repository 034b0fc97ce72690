/** Reading settings as React state: applied to the root element at once, saved to the data folder and cached. */
import { useCallback, useEffect, useState } from 'react'
import { useReadingState } from '../reading-state/reading-state-context'
import { applyReadingSettings, saveReadingSettings, type ReadingSettings } from './reading-settings'
import './reading-settings.css'

/** Current settings and a setter; the root element carries them as data attributes for CSS. */
export function useReadingSettings(): [ReadingSettings, (next: ReadingSettings) => void] {
  const { initial, saveSettings } = useReadingState()
  const [settings, setSettings] = useState(initial.settings)
  useEffect(() => {
    applyReadingSettings(document.documentElement, settings)
    saveReadingSettings(window.localStorage, settings)
  }, [settings])
  const change = useCallback(
    (next: ReadingSettings) => {
      setSettings(next)
      saveSettings(next)
    },
    [saveSettings],
  )
  return [settings, change]
}
