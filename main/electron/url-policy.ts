/**
 * Which URLs the Electron shell trusts. Pure functions with no Electron
 * import, so the whole security policy can be unit-tested under plain Node;
 * security.ts and ipc.ts only wire these decisions to Electron events.
 */

/** The privileged custom scheme the renderer is served from. */
export const APP_SCHEME = 'app'

/** The one host on that scheme; anything else on app:// is not ours. */
export const APP_HOST = 'reader'

/** The origin the renderer is served from. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`

/** The page the window loads. */
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`

/** Parses `url`, or returns null for anything that is not a valid absolute URL. */
function parseUrl(url: string): URL | null {
  try {
    return new URL(url)
  } catch {
    return null
  }
}

/**
 * True only for `app://reader/...` with no credentials and no port. Node's
 * URL parser treats custom schemes as opaque-host URLs (origin "null"), so
 * the scheme and host are compared rather than the origin.
 */
export function isAppUrl(url: string): boolean {
  const parsed = parseUrl(url)
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  )
}

/**
 * True for links the system browser may open: plain http(s) URLs with a host
 * and no embedded credentials. Everything else (file:, javascript:, custom
 * schemes that launch other apps) is refused, because shell.openExternal
 * hands the URL to the operating system.
 */
export function isExternalLinkAllowed(url: string): boolean {
  const parsed = parseUrl(url)
  if (parsed === null) return false
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false
  return parsed.hostname !== '' && parsed.username === '' && parsed.password === ''
}

/** Schemes that would reach the network; the reader is offline and needs none. */
const NETWORK_SCHEMES: ReadonlySet<string> = new Set(['http:', 'https:', 'ws:', 'wss:', 'ftp:'])

/**
 * True for requests the session must cancel: anything that would leave the
 * machine. Renderer content comes only from app://, so a network request is
 * either a bug or injected content, and is never allowed to load.
 */
export function isNetworkRequest(url: string): boolean {
  const parsed = parseUrl(url)
  // An unparseable URL is refused too: the renderer never produces one.
  return parsed === null || NETWORK_SCHEMES.has(parsed.protocol)
}

/** What ipc.ts knows about the sender of an IPC call. */
export interface IpcSenderFacts {
  /** webContents id of the event's sender. */
  readonly senderContentsId: number
  /** webContents id of the reader window, or null when no window is open. */
  readonly windowContentsId: number | null
  /** True when the sending frame is the top-level frame (not an iframe). */
  readonly isMainFrame: boolean
  /** URL of the sending frame, or null when the frame is gone. */
  readonly frameUrl: string | null
}

/**
 * True only when the call comes from the reader window's own top-level frame
 * while it shows our app:// page. Any other webContents, a subframe, or a
 * page that navigated elsewhere cannot reach the core.
 */
export function isTrustedIpcSender(facts: IpcSenderFacts): boolean {
  return (
    facts.windowContentsId !== null &&
    facts.senderContentsId === facts.windowContentsId &&
    facts.isMainFrame &&
    facts.frameUrl !== null &&
    isAppUrl(facts.frameUrl)
  )
}
