/**
 * The first paint the hosts put into index.html (main/hosting/prepaint.ts).
 * React replaces #root's children on its first render, which would leave a
 * blank window until the document has loaded; so the first paint is moved out
 * of #root before React starts, kept over the app, and removed once the
 * reader's own article shows text (or another view, or an error, shows).
 */
import { parseRoute } from '../routing/route'

const PREPAINT_ID = 'prepaint'

/** Longest the first paint stays if nothing replaces it (a stalled start shows the app's own state). */
const MAX_PREPAINT_MS = 4_000

/** Whether the first paint shows what `hash` asks for: the reader, on the painted document. */
export function prepaintMatchesRoute(hash: string, paintedDocumentId: string | null): boolean {
  const route = parseRoute(hash)
  return route.view === 'read' && (route.documentId === null || route.documentId === paintedDocumentId)
}

/** Whether the app under the first paint now shows something of its own the user should see. */
export function appHasShown(root: ParentNode): boolean {
  return root.querySelector('article.document .block') !== null || root.querySelector('[role="alert"]') !== null
}

/**
 * Keeps the first paint (if the page has one and it matches the address)
 * over the app until the app has shown; call before rendering into `root`.
 * Returns the id of the document it shows, or null when none is showing.
 */
export function holdPrepaint(page: Document, root: HTMLElement): string | null {
  const prepaint = page.getElementById(PREPAINT_ID)
  if (!prepaint) return null
  const documentId = prepaint.getAttribute('data-document-id')
  if (!prepaintMatchesRoute(page.location.hash, documentId)) {
    prepaint.remove()
    return null
  }
  page.body.append(prepaint)
  const done = (): void => {
    observer.disconnect()
    window.clearTimeout(timer)
    prepaint.remove()
  }
  const observer = new MutationObserver(() => {
    if (appHasShown(root) || !prepaintMatchesRoute(page.location.hash, documentId)) done()
  })
  observer.observe(root, { childList: true, subtree: true })
  const timer = window.setTimeout(done, MAX_PREPAINT_MS)
  return documentId
}

