/** Ctrl/Cmd+K and Ctrl/Cmd+F, anywhere in the window, go to the search box. */
import { useEffect, type RefObject } from 'react'
import { matchesShortcut } from '../../shared/keyboard-shortcuts'

/** Focuses and selects `inputRef`'s box on the shortcut, then calls `onFocus`. */
export function useSearchShortcut(inputRef: RefObject<HTMLInputElement | null>, onFocus: () => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (matchesShortcut(event, 'search')) {
        event.preventDefault()
        inputRef.current?.focus()
        inputRef.current?.select()
        onFocus()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [inputRef, onFocus])
}
