/**
 * Narrow windows (< 1100 px): the library rail and the Notes panel become
 * drawers over the text, behind which a scrim dims the page. Each opens from
 * its top-bar button (focus moves into it), one at a time, and closes with
 * Esc or a click on the scrim (focus returns to its button). Wide windows
 * show the rail always and the Notes panel beside the text.
 */
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react'

/** The one media query the CSS and the shell agree on for "narrow". */
export const NARROW_QUERY = '(width < 1100px)'

/** Element ids the top-bar buttons control and return focus to. */
export const DRAWER_IDS = {
  library: { drawer: 'library-rail', button: 'library-button' },
  notes: { drawer: 'notes-panel', button: 'notes-button' },
} as const

type DrawerName = keyof typeof DRAWER_IDS

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])'

function narrowNow(): boolean {
  return window.matchMedia(NARROW_QUERY).matches
}

function subscribeNarrow(onChange: () => void): () => void {
  const query = window.matchMedia(NARROW_QUERY)
  query.addEventListener('change', onChange)
  return () => query.removeEventListener('change', onChange)
}

/** Whether the window is narrow, following resizes. */
export function useNarrowWindow(): boolean {
  return useSyncExternalStore(subscribeNarrow, narrowNow)
}

/** Drawer state and the actions of their buttons, scrim and Esc. */
export interface Drawers {
  readonly narrow: boolean
  /** Whether the Notes panel shows (beside the text, or as a drawer). */
  readonly notesOpen: boolean
  /** Whether the library drawer is open (narrow windows only). */
  readonly libraryOpen: boolean
  /** Whether a drawer covers the text, so the scrim shows. */
  readonly covered: boolean
  toggleLibrary(): void
  toggleNotes(): void
  /** Opens or closes the Notes panel for the app (a note made active, the panel's own close button). */
  setNotesOpen(open: boolean): void
  /** Closes any open drawer and gives focus back to its button. */
  closeDrawers(): void
  /** A link in the library drawer was followed. */
  closeLibrary(): void
}

function focusInto(name: DrawerName): void {
  const drawer = document.getElementById(DRAWER_IDS[name].drawer)
  const target = drawer?.querySelector<HTMLElement>(FOCUSABLE) ?? drawer
  target?.focus()
}

function focusButton(name: DrawerName): void {
  document.getElementById(DRAWER_IDS[name].button)?.focus()
}

/** The drawers; the Notes panel starts open in wide windows only. */
export function useDrawers(): Drawers {
  const narrow = useNarrowWindow()
  const [notesOpen, setNotesOpenState] = useState(() => !narrowNow())
  const [libraryOpen, setLibraryOpen] = useState(false)
  // A window narrowed below the threshold would turn the open Notes panel into a drawer over the text: close it.
  const [wasNarrow, setWasNarrow] = useState(narrow)
  if (wasNarrow !== narrow) {
    setWasNarrow(narrow)
    if (narrow) {
      setNotesOpenState(false)
      setLibraryOpen(false)
    }
  }
  // The drawer a button has just opened: focus moves into it once it has rendered.
  const focusNext = useRef<DrawerName | null>(null)

  useEffect(() => {
    const name = focusNext.current
    focusNext.current = null
    if (name) focusInto(name)
  }, [notesOpen, libraryOpen])

  const toggleLibrary = useCallback(() => {
    if (!libraryOpen) {
      focusNext.current = 'library'
      if (narrowNow()) setNotesOpenState(false)
    }
    setLibraryOpen(!libraryOpen)
  }, [libraryOpen])

  const toggleNotes = useCallback(() => {
    if (!notesOpen && narrowNow()) {
      focusNext.current = 'notes'
      setLibraryOpen(false)
    }
    setNotesOpenState(!notesOpen)
  }, [notesOpen])

  const setNotesOpen = useCallback((open: boolean) => {
    setNotesOpenState(open)
    if (!open && narrowNow() && document.activeElement?.closest(`#${DRAWER_IDS.notes.drawer}`)) focusButton('notes')
    if (open && narrowNow()) setLibraryOpen(false)
  }, [])

  const libraryDrawer = narrow && libraryOpen
  const notesDrawer = narrow && notesOpen

  const closeDrawers = useCallback(() => {
    if (libraryDrawer) {
      setLibraryOpen(false)
      focusButton('library')
    }
    if (notesDrawer) {
      setNotesOpenState(false)
      focusButton('notes')
    }
  }, [libraryDrawer, notesDrawer])

  const closeLibrary = useCallback(() => setLibraryOpen(false), [])

  useEffect(() => {
    if (!libraryDrawer && !notesDrawer) return
    const onKeyDown = (event: KeyboardEvent) => {
      // A popup, menu or dialog that handled Esc first keeps the drawer open.
      if (event.key !== 'Escape' || event.defaultPrevented) return
      closeDrawers()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [libraryDrawer, notesDrawer, closeDrawers])

  return { narrow, notesOpen, libraryOpen, covered: libraryDrawer || notesDrawer, toggleLibrary, toggleNotes, setNotesOpen, closeDrawers, closeLibrary }
}
