/** Reading settings as React state, applied to the document root and persisted. */
import { useEffect, useState } from 'react'
import { loadReadingSettings, saveReadingSettings, type ReadingSettings } from './reading-settings'

/** Current settings and a setter; the root element carries them as data attributes for CSS. */
export function useReadingSettings(): [ReadingSettings, (next: ReadingSettings) => void] {
  const [settings, setSettings] = useState(() => loadReadingSettings(window.localStorage))
  useEffect(() => {
    const root = document.documentElement
    root.dataset['theme'] = settings.theme
    root.dataset['textSize'] = settings.textSize
    saveReadingSettings(window.localStorage, settings)
  }, [settings])
  return [settings, setSettings]
}
