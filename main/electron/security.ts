/**
 * The app-wide security policy, applied to every webContents and to the
 * session: the renderer stays on app://reader, opens nothing itself, gets no
 * permissions and reaches no network. The decisions are the pure functions
 * in url-policy.ts; this file only attaches them to Electron's hooks.
 */
import { app, shell, type Session, type WebContents } from 'electron'
import { isAppUrl, isExternalLinkAllowed, isNetworkRequest } from './url-policy'

/**
 * Installs the policy. Call once after `ready` and before the first window
 * is created, so no webContents ever exists without it.
 */
export function installSecurityPolicy(session: Session): void {
  app.on('web-contents-created', (_event, contents) => lockDownContents(contents))
  lockDownSession(session)
}

/** Navigation, redirects, new windows and webviews for one webContents. */
function lockDownContents(contents: WebContents): void {
  // A link without target, a form or `location = ...` must never replace the
  // reader with another page; in-page hash routes do not fire this event.
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) {
      event.preventDefault()
      console.warn(`[security] blocked navigation to ${describe(event.url)}`)
    }
  })
  // The same for subframes (the CSP already forbids frames; this is the backstop).
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url)) {
      event.preventDefault()
      console.warn(`[security] blocked frame navigation to ${describe(event.url)}`)
    }
  })
  // A server redirect could otherwise move an allowed navigation elsewhere.
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) {
      event.preventDefault()
      console.warn(`[security] blocked redirect to ${describe(event.url)}`)
    }
  })
  // The app never opens a second Electron window from page content: links
  // with target="_blank" go to the system browser (http/https only, since
  // openExternal hands the URL to the OS), everything else is dropped.
  // Electronegativity's OPEN_EXTERNAL_JS_CHECK (advisory, tentative) flags
  // the call below: kept, because only http(s) URLs with a host and no
  // credentials reach it (isExternalLinkAllowed, unit-tested).
  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalLinkAllowed(url)) {
      shell.openExternal(url).catch((error: unknown) => console.warn(`[security] could not open ${describe(url)}:`, error))
    } else {
      console.warn(`[security] blocked window.open of ${describe(url)}`)
    }
    return { action: 'deny' }
  })
  // webviewTag is off in the window's preferences; this covers any webContents.
  contents.on('will-attach-webview', (event) => {
    event.preventDefault()
    console.warn('[security] blocked a <webview>')
  })
}

/** Permissions and network access for the session the reader runs in. */
function lockDownSession(session: Session): void {
  // A reading app needs no camera, microphone, location, notifications,
  // MIDI, HID, serial or USB: refuse every request and every check.
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    console.warn(`[security] denied permission request "${permission}"`)
    callback(false)
  })
  session.setPermissionCheckHandler(() => false)
  session.setDevicePermissionHandler(() => false)
  // Offline by design: any http(s)/ws(s)/ftp request from page content is
  // cancelled, so injected content cannot load or send anything remote.
  session.webRequest.onBeforeRequest((details, callback) => {
    const cancel = isNetworkRequest(details.url)
    if (cancel) console.warn(`[security] blocked request to ${describe(details.url)}`)
    callback({ cancel })
  })
}

/** A URL shortened for logs: enough to recognise it, never a whole data: payload. */
function describe(url: string): string {
  return url.length > 200 ? `${url.slice(0, 200)}…` : url
}
