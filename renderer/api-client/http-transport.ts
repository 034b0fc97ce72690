/**
 * Browser-mode transport: `POST /api/<method>` to the loopback host that
 * served this page, with the session token as a bearer credential.
 */
import type { ApiMethod, ApiResult, ReaderApi } from '../../shared/api-contract'

/** A transport that calls the browser-mode server with `token`. */
export function createHttpTransport(token: string): ReaderApi {
  return {
    async call<M extends ApiMethod>(method: M, input: unknown): Promise<ApiResult<M>> {
      const response = await fetch(`./api/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify(input),
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
