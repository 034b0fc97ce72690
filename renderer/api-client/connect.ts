/**
 * Picks the transport at start-up: Electron's preload bridge when present,
 * else the browser-mode HTTP host.
 */
import type { ReaderApi } from '../../shared/api-contract'
import { ApiClient } from './api-client'
import { createHttpTransport } from './http-transport'
import { takeSessionToken } from './session-token'

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in browser mode. */
    readonly readerApi?: ReaderApi
  }
}

/** A connected client, or the reason there is none (shown to the user). */
export type Connection = { ok: true; client: ApiClient } | { ok: false; reason: string }

/** Connects to the core over whichever transport this window has. */
export function connect(): Connection {
  if (window.readerApi) return { ok: true, client: new ApiClient(window.readerApi) }
  const token = takeSessionToken(window.location, window.history, window.sessionStorage)
  if (!token) {
    return {
      ok: false,
      reason: 'This page needs the session token. Open the full address that "npm start" printed (it ends in #token=…).',
    }
  }
  return { ok: true, client: new ApiClient(createHttpTransport(token)) }
}
