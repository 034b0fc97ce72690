/**
 * Raw HTTP requests to the browser-mode host with node:http, so tests can set
 * any Host header, send an exact path (no client-side normalisation of `..`)
 * and stream large bodies.
 */
import http from 'node:http'

/** A request to send to 127.0.0.1:port. */
export interface RawRequest {
  readonly port: number
  readonly method?: string
  /** Sent verbatim as the request target. */
  readonly path: string
  readonly headers?: Readonly<Record<string, string | number>>
  readonly body?: string | Buffer
  /** Send the body with chunked transfer encoding instead of Content-Length. */
  readonly chunked?: boolean
  /**
   * Send the headers first and wait this long for an early answer before
   * sending the body (a server that refuses a declared size should answer at
   * once, without reading the body).
   */
  readonly waitBeforeBodyMs?: number
}

/** What came back when the server closed the connection without answering (body write cut off). */
export interface ConnectionReset {
  readonly reset: true
  readonly error: string
}

/** What came back. */
export interface RawResponse {
  readonly status: number
  readonly headers: http.IncomingHttpHeaders
  readonly body: string
}

/** Sends one request; resolves with the response even if the server stops reading the body early. */
export function rawRequest(options: RawRequest): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { Connection: 'close', ...options.headers }
    if (options.body !== undefined && !options.chunked && !hasHeader(headers, 'content-length')) {
      headers['Content-Length'] = Buffer.byteLength(options.body)
    }
    const request = http.request({
      host: '127.0.0.1',
      port: options.port,
      method: options.method ?? 'GET',
      path: options.path,
      headers,
      setHost: !hasHeader(headers, 'host'),
    })
    let answered = false
    request.on('response', (response) => {
      answered = true
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => {
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') })
        // The body may never have been sent (an early answer): drop the connection rather than finish it.
        if (!request.writableEnded) request.destroy()
      })
      response.on('error', reject)
    })
    request.on('error', (error) => {
      // A server that refuses a large body may close the socket while it is still being written.
      if (!answered) reject(error)
    })
    request.setTimeout(15_000, () => request.destroy(new Error(`No response to ${options.method ?? 'GET'} ${options.path} within 15 s`)))
    const sendBody = (): void => {
      if (answered) return
      if (options.body !== undefined) request.write(options.body)
      request.end()
    }
    if (options.waitBeforeBodyMs === undefined) {
      sendBody()
    } else {
      request.flushHeaders()
      setTimeout(sendBody, options.waitBeforeBodyMs)
    }
  })
}

/** Like {@link rawRequest}, but a connection reset before any answer is a result, not an error. */
export async function rawRequestOrReset(options: RawRequest): Promise<RawResponse | ConnectionReset> {
  try {
    return await rawRequest(options)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ECONNRESET' || code === 'EPIPE') return { reset: true, error: String(error) }
    throw error
  }
}

/** POSTs a JSON API call; `token` null sends no Authorization header. */
export function apiCall(
  port: number,
  method: string,
  payload: unknown,
  token: string | null,
  extraHeaders: Readonly<Record<string, string>> = {},
): Promise<RawResponse> {
  return rawRequest({
    port,
    method: 'POST',
    path: `/api/${method}`,
    headers: {
      'Content-Type': 'application/json',
      ...(token === null ? {} : { Authorization: `Bearer ${token}` }),
      ...extraHeaders,
    },
    body: JSON.stringify(payload),
  })
}

function hasHeader(headers: Readonly<Record<string, unknown>>, name: string): boolean {
  return Object.keys(headers).some((key) => key.toLowerCase() === name)
}
