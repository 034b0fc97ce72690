/**
 * Hash routes: `#/read/<documentId>[/<blockId>]`, `#/notes[/<documentId>]`,
 * `#/timeline[/<entryId>]` and `#/compare[/<earlierId>/<laterId>]`. Hash
 * routing works the same under app:// in Electron and http:// in browser
 * mode, and a route never reaches a server.
 */

/** Where the user is. */
export type Route =
  | { view: 'read'; documentId: string | null; blockId: string | null }
  | { view: 'notes'; documentId: string | null }
  | { view: 'timeline'; entryId: string | null }
  | { view: 'compare'; beforeId: string | null; afterId: string | null }

const SEGMENT = /^[a-z0-9][a-z0-9-]*$/

/** Parses a location hash; anything unrecognised opens the default document. */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter((part) => part !== '')
  if (parts[0] === 'notes' && parts.length <= 2) {
    if (parts[1] === undefined) return { view: 'notes', documentId: null }
    if (SEGMENT.test(parts[1])) return { view: 'notes', documentId: parts[1] }
  }
  if (parts[0] === 'timeline' && parts.length <= 2) {
    return { view: 'timeline', entryId: parts[1] !== undefined && SEGMENT.test(parts[1]) ? parts[1] : null }
  }
  if (parts[0] === 'compare' && parts.length <= 3) {
    const ids = parts.slice(1).filter((part) => SEGMENT.test(part))
    return { view: 'compare', beforeId: ids.length === 2 ? (ids[0] ?? null) : null, afterId: ids.length === 2 ? (ids[1] ?? null) : null }
  }
  if (parts[0] === 'read') {
    const documentId = parts[1] !== undefined && SEGMENT.test(parts[1]) ? parts[1] : null
    const blockId = documentId && parts[2] !== undefined && SEGMENT.test(parts[2]) ? parts[2] : null
    return { view: 'read', documentId, blockId }
  }
  return { view: 'read', documentId: null, blockId: null }
}

/** The hash for reading `documentId`, optionally at `blockId`. */
export function readRoute(documentId: string, blockId?: string | null): string {
  return blockId ? `#/read/${documentId}/${blockId}` : `#/read/${documentId}`
}

/** The hash of the All notes view. */
export const NOTES_ROUTE = '#/notes'

/** The hash of All notes narrowed to one document's notes. */
export function documentNotesRoute(documentId: string): string {
  return `${NOTES_ROUTE}/${documentId}`
}

/** The hash of the Timeline view, optionally at an entry. */
export function timelineRoute(entryId?: string | null): string {
  return entryId ? `#/timeline/${entryId}` : '#/timeline'
}

/** The hash of the comparison of two texts, or of the view choosing them. */
export function compareRoute(beforeId?: string | null, afterId?: string | null): string {
  return beforeId && afterId ? `#/compare/${beforeId}/${afterId}` : '#/compare'
}
