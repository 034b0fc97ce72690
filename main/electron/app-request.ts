/**
 * Decides what an app:// request gets, without Electron: the protocol
 * handler in protocol.ts does only the file read. Path containment is the
 * shared resolveStaticFile, so both hosts refuse the same paths.
 */
import { BRIEFING_PATH_PREFIX } from '../core/export/briefing-pages'
import { RENDERER_CSP } from '../hosting/content-security-policy'
import { resolveStaticFile } from '../hosting/static-files'
import { APP_HOST, APP_SCHEME, isAppUrl } from './url-policy'

/** A file to send, or the error status to answer with. */
export type AppRequestPlan =
  | { readonly kind: 'file'; readonly filePath: string; readonly contentType: string }
  | { readonly kind: 'error'; readonly status: 404 | 405; readonly message: string }

/**
 * Maps a request on the app scheme to a file under `rendererDir`. Only GET is
 * served (the renderer never needs anything else); only the `reader` host
 * exists; paths that escape the folder or have an unknown type are 404.
 */
export function planAppRequest(rendererDir: string, method: string, url: string): AppRequestPlan {
  if (method !== 'GET') return { kind: 'error', status: 405, message: 'Only GET is supported.' }
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return { kind: 'error', status: 404, message: 'Not found.' }
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST || parsed.username !== '' || parsed.password !== '') {
    return { kind: 'error', status: 404, message: 'Not found.' }
  }
  const file = resolveStaticFile(rendererDir, parsed.pathname)
  if (!file) return { kind: 'error', status: 404, message: 'Not found.' }
  return { kind: 'file', filePath: file.filePath, contentType: file.contentType }
}

/**
 * The briefing path of a request for a briefing page waiting to be printed
 * (GET app://reader/briefing/<id>), or null. Only the app's own host serves
 * briefings: app://<anything else>/briefing/… is not one, and is refused
 * like any other unknown host.
 */
export function briefingPathOf(method: string, url: string): string | null {
  if (method !== 'GET' || !isAppUrl(url)) return null
  const { pathname } = new URL(url)
  return pathname.startsWith(BRIEFING_PATH_PREFIX) ? pathname : null
}

/**
 * Headers for every app:// response. The CSP is the same policy the browser
 * host sends; nosniff stops a mislabelled file from running as script; no
 * referrer leaves the app.
 */
export function appResponseHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': RENDERER_CSP,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    // Files change only when the app is updated; never serve a stale build.
    'Cache-Control': 'no-cache',
  }
}
