/**
 * The views and dialogs the first paint does not need, each in its own chunk
 * (issue 15: the statement on screen without waiting for the whole app).
 * They are fetched while the browser is idle after start-up, so opening one
 * later is as quick as before; until a chunk is in, a quiet status shows.
 */
import { lazy, Suspense, type ReactNode } from 'react'

const loaders = {
  allNotes: () => import('../notes/all-notes-view'),
  timeline: () => import('../timeline/timeline-view'),
  compare: () => import('../compare/compare-view'),
  exportDialog: () => import('../export/export-dialog'),
  importDialog: () => import('../export/import-dialog'),
  shortcuts: () => import('../shortcuts/shortcuts-dialog'),
  addRevisionDialog: () => import('../library/add-revision-dialog'),
  removeDocumentDialog: () => import('../library/remove-document-dialog'),
}

/** All notes, loaded on demand. */
export const AllNotesView = lazy(() => loaders.allNotes().then((module) => ({ default: module.AllNotesView })))
/** The timeline, loaded on demand. */
export const TimelineView = lazy(() => loaders.timeline().then((module) => ({ default: module.TimelineView })))
/** Compare two texts, loaded on demand. */
export const CompareView = lazy(() => loaders.compare().then((module) => ({ default: module.CompareView })))
/** The export dialog, loaded on demand. */
export const ExportDialog = lazy(() => loaders.exportDialog().then((module) => ({ default: module.ExportDialog })))
/** The import dialog, loaded on demand. */
export const ImportDialog = lazy(() => loaders.importDialog().then((module) => ({ default: module.ImportDialog })))
/** The keyboard shortcuts dialog, loaded on demand. */
export const ShortcutsDialog = lazy(() => loaders.shortcuts().then((module) => ({ default: module.ShortcutsDialog })))

/** The label asked for when a revision is added, loaded on demand. */
export const AddRevisionDialog = lazy(() => loaders.addRevisionDialog().then((module) => ({ default: module.AddRevisionDialog })))
/** The question before a document is removed, loaded on demand. */
export const RemoveDocumentDialog = lazy(() => loaders.removeDocumentDialog().then((module) => ({ default: module.RemoveDocumentDialog })))

/** Shows `children` once their chunk is in; a polite status until then. */
export function LazyPart({ name, children }: { readonly name: string; readonly children: ReactNode }) {
  return (
    <Suspense
      fallback={
        <p className="lazy-loading" role="status">
          Opening {name}…
        </p>
      }
    >
      {children}
    </Suspense>
  )
}

/** Fetches every lazy chunk while the browser is idle; a failure shows later, when the part is opened. */
export function preloadLazyParts(): void {
  const start = (): void => {
    for (const load of Object.values(loaders)) load().catch(() => undefined)
  }
  // Chromium (the only engine the app runs in) has requestIdleCallback.
  window.requestIdleCallback(start, { timeout: 3_000 })
}
