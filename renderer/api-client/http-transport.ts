/**
 * Browser-mode transport: `POST /api/<method>` to the loopback host that
 * served this page, with the session token as a bearer credential.
 */
import type { ApiMethod, ApiResult, ReaderApi } from '../../shared/api-contract'

/** Largest request body sent with `keepalive` (a quarter of what browsers allow in flight at once). */
export const KEEPALIVE_MAX_BODY = 16 * 1024

/** A transport that calls the browser-mode server with `token`. */
export function createHttpTransport(token: string): ReaderApi {
  return {
    async call<M extends ApiMethod>(method: M, input: unknown): Promise<ApiResult<M>> {
      const body = JSON.stringify(input)
      const response = await fetch(`./api/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body,
        // A small write sent as the tab closes (the place in a document, flushed on pagehide) still reaches the host.
        // Browsers allow 64 KB of such bodies in flight, so large ones (an import, a document) go without.
        keepalive: body.length <= KEEPALIVE_MAX_BODY,
        credentials: 'omit',
        cache: 'no-store',
        // The page's policy is no-referrer, under which a POST carries "Origin: null";
        // the host accepts only its own origin, so name it (same-origin calls only).
        referrerPolicy: 'same-origin',
      })
      if (response.status === 401) {
        return { ok: false, error: { code: 'bad-request', message: 'The session token was refused. Open the address that "npm start" printed.' } }
      }
      return (await response.json()) as ApiResult<M>
    },
  }
}
