/**
 * The browser-mode session token. The server prints a URL carrying it in
 * the fragment (never sent over the wire); the renderer keeps it for the
 * tab's lifetime and removes it from the address bar.
 */

const STORAGE_KEY = 'foc-reader.session-token'

/** Takes the token from `#token=…` (stripping it from the URL) or from session storage. */
export function takeSessionToken(location: Location, history: History, storage: Storage): string | null {
  const match = /^#token=([A-Za-z0-9_-]+)(.*)$/.exec(location.hash)
  if (match?.[1]) {
    storage.setItem(STORAGE_KEY, match[1])
    history.replaceState(null, '', `${location.pathname}${location.search}#/`)
    return match[1]
  }
  return storage.getItem(STORAGE_KEY)
}
