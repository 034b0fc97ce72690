/** Runs a handler when a shortcut from the shared list is pressed anywhere in the window. */
import { useEffect } from 'react'
import { matchesShortcut, type ShortcutId } from '../../shared/keyboard-shortcuts'
import { isTextField } from '../ui/platform'

/** Options of {@link useShortcut}. */
export interface UseShortcutOptions {
  /** Off while false (the handler is not even registered). */
  readonly enabled?: boolean
  /** Ignore the key while focus is in a text field, where it types (or undoes typing). */
  readonly outsideTextFields?: boolean
}

/** Calls `run` (and prevents the browser's default) when shortcut `id` is pressed. */
export function useShortcut(id: ShortcutId, run: (event: KeyboardEvent) => void, { enabled = true, outsideTextFields = false }: UseShortcutOptions = {}): void {
  useEffect(() => {
    if (!enabled) return
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || !matchesShortcut(event, id)) return
      if (outsideTextFields && isTextField(event.target)) return
      event.preventDefault()
      run(event)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [id, run, enabled, outsideTextFields])
}
