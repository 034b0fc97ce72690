/**
 * Asks before the page goes away (a closed tab, a reload, a quit in browser
 * mode) while a note's text is not saved yet, so typed words are not lost
 * without a word. The browser shows its own question; `isUnsaved` is read at
 * that moment, so it always sees the latest state.
 */
import { useEffect, useRef } from 'react'

/** Warns on leaving while `isUnsaved()` is true. */
export function useUnsavedWarning(isUnsaved: () => boolean): void {
  const latest = useRef(isUnsaved)
  useEffect(() => {
    latest.current = isUnsaved
  })
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!latest.current()) return
      event.preventDefault()
      // Older Chromium (and Electron) still want returnValue set.
      event.returnValue = ''
    }
    window.addEventListener('beforeunload', onBeforeUnload)
    return () => window.removeEventListener('beforeunload', onBeforeUnload)
  }, [])
}
