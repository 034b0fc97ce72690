/**
 * Whether the reader is moving through the app with the keyboard. Inline
 * items in the text (highlights, glossary terms) are focusable only then:
 * Chrome will not start a mouse text selection inside an element that has a
 * tabindex, so for the mouse they must stay plain text.
 */
import { useSyncExternalStore } from 'react'

let keyboard = false
const listeners = new Set<() => void>()

function set(value: boolean): void {
  if (keyboard === value) return
  keyboard = value
  for (const listener of listeners) listener()
}

const NAVIGATION_KEYS = new Set(['Tab', 'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown'])

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) {
    window.addEventListener('keydown', onKeyDown, true)
    window.addEventListener('pointerdown', onPointerDown, true)
  }
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
    if (listeners.size === 0) {
      window.removeEventListener('keydown', onKeyDown, true)
      window.removeEventListener('pointerdown', onPointerDown, true)
    }
  }
}

function onKeyDown(event: KeyboardEvent): void {
  if (NAVIGATION_KEYS.has(event.key)) set(true)
}

function onPointerDown(): void {
  set(false)
}

/** True after a navigation key, false after a pointer press. */
export function useKeyboardModality(): boolean {
  return useSyncExternalStore(subscribe, () => keyboard)
}
