/**
 * The browser-mode host: serves the built renderer and `POST /api/<method>`
 * on 127.0.0.1 only. Every API call needs the run's bearer token and, when
 * the browser names one, the server's own Origin; requests with another Host
 * header are refused (DNS rebinding); no CORS headers are ever sent, so other
 * origins cannot read responses. Slow clients are cut off (header and
 * request timeouts) and at most MAX_CONNECTIONS sockets are open at once, so
 * one stuck or hostile client cannot take every socket.
 */
import { createReadStream } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { timingSafeEqual } from 'node:crypto'
import type { ApiErrorCode, ApiResult, ApiMethod } from '../../shared/api-contract'
import { MAX_IMPORT_BYTES } from '../../shared/import-model'
import { MAX_DOCUMENT_BASE64_LENGTH } from '../../shared/added-documents'
import { BRIEFING_PATH_PREFIX } from '../core/export/briefing-pages'
import { BRIEFING_CSP, RENDERER_CSP } from '../hosting/content-security-policy'
import { withPrepaint, type PrepaintInput } from '../hosting/prepaint'
import { resolveStaticFile } from '../hosting/static-files'

/**
 * Largest request body accepted, in bytes: the largest call is an import,
 * whose file travels as a JSON string. Escaping at most doubles a JSON
 * file's bytes (the only characters it escapes that valid JSON can hold are
 * '"', '\\', tab, CR and LF, two bytes each), plus the envelope.
 */
export const MAX_BODY_BYTES = 2 * MAX_IMPORT_BYTES + 64 * 1024

/** Largest body of documents.add alone: a file of up to 50 MB as base64, plus the envelope. */
export const MAX_DOCUMENT_BODY_BYTES = MAX_DOCUMENT_BASE64_LENGTH + 64 * 1024

/** The body limit for an API method: only adding a document takes more than MAX_BODY_BYTES. */
export function bodyLimitFor(method: string): number {
  return method === 'documents.add' ? MAX_DOCUMENT_BODY_BYTES : MAX_BODY_BYTES
}

/** Most sockets open at once; a browser opens about six per host, the e2e suite a few more. */
export const MAX_CONNECTIONS = 64

/** How long a client may take to send a whole request (headers and body), by default. */
export const REQUEST_TIMEOUT_MS = 30_000

/** How long a client may take to send a request's headers, by default. */
export const HEADERS_TIMEOUT_MS = 10_000

/** What the server needs: where the renderer is and how to run a call. */
export interface BrowserServerOptions {
  readonly rendererDir: string
  readonly token: string
  /** 0 picks any free port. */
  readonly port: number
  readonly dispatch: (method: string, payload: unknown) => Promise<ApiResult<ApiMethod>>
  /** The first paint to put into index.html (main/hosting/prepaint.ts); none when absent or null. */
  readonly prepaint?: () => PrepaintInput | null
  /** A rendered briefing for a /briefing/<id> path, if one is waiting to be printed. */
  readonly briefing?: (pathname: string) => string | undefined
  /** Overrides REQUEST_TIMEOUT_MS and HEADERS_TIMEOUT_MS (tests use short ones). */
  readonly timeouts?: { readonly requestMs: number; readonly headersMs: number }
}

/** A running server. */
export interface BrowserServer {
  readonly port: number
  /** The URL to open, token included (in the fragment, never sent to the server). */
  readonly url: string
  /** How many sockets are open now (at most MAX_CONNECTIONS). */
  connections(): Promise<number>
  close(): Promise<void>
}

const STATUS_BY_CODE: Record<ApiErrorCode, number> = {
  'bad-request': 400,
  'not-found': 404,
  'user-input': 422,
  internal: 500,
  // A save that failed on the server's disk: 507 Insufficient Storage, or a plain server error.
  'disk-full': 507,
  'permission-denied': 500,
  'io-error': 500,
}

const COMMON_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
}

/** Starts the server on 127.0.0.1 and resolves once it listens. */
export async function startBrowserServer(options: BrowserServerOptions): Promise<BrowserServer> {
  let port = options.port
  const expectedToken = Buffer.from(options.token, 'utf8')
  const { requestMs, headersMs } = options.timeouts ?? { requestMs: REQUEST_TIMEOUT_MS, headersMs: HEADERS_TIMEOUT_MS }
  const server = http.createServer(
    {
      // Node answers 408 and closes the socket when a request is not complete in time (a slow-loris body).
      requestTimeout: requestMs,
      headersTimeout: Math.min(headersMs, requestMs),
      // How often those timeouts are checked (Node's default, 30 s, would double them).
      connectionsCheckingInterval: Math.max(10, Math.min(1_000, Math.floor(Math.min(headersMs, requestMs) / 4))),
    },
    (request, response) => {
      handle(request, response).catch((error: unknown) => {
        // The client left, or a timeout cut it off, while its body was read: there is no one to answer.
        if (request.socket.destroyed) return
        console.error('[server] request failed:', error)
        if (!response.headersSent) sendJson(response, 500, { ok: false, error: { code: 'internal', message: 'Internal error.' } })
        else response.destroy()
      })
    },
  )
  // Connections past the cap are closed as they arrive.
  server.maxConnections = MAX_CONNECTIONS

  async function handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    if (!isAllowedHost(request.headers.host, port)) {
      sendText(response, 403, 'Forbidden: unexpected Host header.')
      return
    }
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`)
    if (url.pathname.startsWith('/api/')) {
      await handleApi(request, response, url.pathname.slice('/api/'.length))
      return
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      sendText(response, 405, 'Method not allowed.', { Allow: 'GET, HEAD' })
      return
    }
    if (url.pathname.startsWith(BRIEFING_PATH_PREFIX)) {
      serveBriefing(request, response, url.pathname)
      return
    }
    await serveStatic(request, response, url.pathname)
  }

  function serveBriefing(request: http.IncomingMessage, response: http.ServerResponse, pathname: string): void {
    const html = options.briefing?.(pathname)
    if (html === undefined) {
      sendText(response, 404, 'This briefing is no longer available: export the notes again.')
      return
    }
    response.writeHead(200, {
      ...COMMON_HEADERS,
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Length': Buffer.byteLength(html),
      'Content-Security-Policy': BRIEFING_CSP,
      'Cache-Control': 'no-store',
    })
    response.end(request.method === 'HEAD' ? undefined : html)
  }

  async function handleApi(request: http.IncomingMessage, response: http.ServerResponse, method: string): Promise<void> {
    if (request.method !== 'POST') {
      sendJson(response, 405, apiError('bad-request', 'API calls must use POST.'), { Allow: 'POST' })
      return
    }
    if (!isAllowedOrigin(request.headers.origin, port)) {
      request.resume()
      sendJson(response, 403, apiError('bad-request', 'API calls are accepted only from the reader\'s own page: this request came from another origin.'))
      return
    }
    if (!hasToken(request.headers.authorization, expectedToken)) {
      request.resume()
      sendJson(response, 401, apiError('bad-request', 'Missing or wrong session token.'), { 'WWW-Authenticate': 'Bearer' })
      return
    }
    const contentType = request.headers['content-type'] ?? ''
    if (!/^application\/json(;|$)/i.test(contentType)) {
      request.resume()
      sendJson(response, 415, apiError('bad-request', 'API calls must send Content-Type: application/json.'))
      return
    }
    const limit = bodyLimitFor(method)
    const body = await readBody(request, limit)
    if (body === null) {
      sendJson(response, 413, apiError('bad-request', `Request body is larger than ${limit} bytes.`), { Connection: 'close' })
      request.destroy()
      return
    }
    let payload: unknown
    try {
      payload = body.length === 0 ? {} : (JSON.parse(body.toString('utf8')) as unknown)
    } catch {
      sendJson(response, 400, apiError('bad-request', 'Request body is not valid JSON.'))
      return
    }
    let methodName: string
    try {
      methodName = decodeURIComponent(method)
    } catch {
      // A client's mistake, not a server fault: not a 500.
      sendJson(response, 400, apiError('bad-request', 'The API method name is not valid percent-encoding.'))
      return
    }
    const result = await options.dispatch(methodName, payload)
    sendJson(response, result.ok ? 200 : STATUS_BY_CODE[result.error.code], result)
  }

  async function serveStatic(request: http.IncomingMessage, response: http.ServerResponse, pathname: string): Promise<void> {
    const file = resolveStaticFile(options.rendererDir, pathname)
    if (file && options.prepaint && path.basename(file.filePath) === 'index.html' && path.dirname(file.filePath) === path.resolve(options.rendererDir)) {
      await servePage(request, response, file.filePath, options.prepaint)
      return
    }
    const info = file ? await stat(file.filePath).catch(() => null) : null
    if (!file || !info?.isFile()) {
      sendText(response, 404, 'Not found.')
      return
    }
    response.writeHead(200, {
      ...COMMON_HEADERS,
      'Content-Type': file.contentType,
      'Content-Length': info.size,
      'Content-Security-Policy': RENDERER_CSP,
      'Cache-Control': 'no-cache',
    })
    if (request.method === 'HEAD') {
      response.end()
      return
    }
    createReadStream(file.filePath).pipe(response)
  }

  async function servePage(request: http.IncomingMessage, response: http.ServerResponse, filePath: string, prepaint: () => PrepaintInput | null): Promise<void> {
    const template = await readFile(filePath, 'utf8').catch(() => null)
    if (template === null) {
      sendText(response, 404, 'Not found.')
      return
    }
    const input = prepaint()
    const body = Buffer.from(input ? withPrepaint(template, input) : template, 'utf8')
    response.writeHead(200, {
      ...COMMON_HEADERS,
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Length': body.length,
      'Content-Security-Policy': RENDERER_CSP,
      'Cache-Control': 'no-cache',
    })
    response.end(request.method === 'HEAD' ? undefined : body)
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, '127.0.0.1', () => {
      server.off('error', reject)
      resolve()
    })
  })
  port = (server.address() as AddressInfo).port
  return {
    port,
    url: `http://127.0.0.1:${port}/#token=${encodeURIComponent(options.token)}`,
    connections: () => new Promise<number>((resolve, reject) => server.getConnections((error, count) => (error ? reject(error) : resolve(count)))),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}

/** Accepts only the loopback names this server is reachable by, with its port. */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  if (!host) return false
  return host === `127.0.0.1:${port}` || host === `localhost:${port}` || host === `[::1]:${port}`
}

/**
 * True when a request names no Origin (not sent by a browser's page, or a
 * same-origin GET) or names this server itself, by any name the Host check
 * accepts. A page elsewhere, even one that somehow holds the token, is refused.
 */
export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true
  const host = /^http:\/\/([^/]+)$/.exec(origin)?.[1]
  return host !== undefined && isAllowedHost(host, port)
}

function hasToken(header: string | undefined, expected: Buffer): boolean {
  const match = /^Bearer (.+)$/.exec(header ?? '')
  if (!match?.[1]) return false
  const given = Buffer.from(match[1], 'utf8')
  return given.length === expected.length && timingSafeEqual(given, expected)
}

function readBody(request: http.IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const declared = Number(request.headers['content-length'] ?? '0')
    if (declared > limit) {
      resolve(null)
      return
    }
    const chunks: Buffer[] = []
    let size = 0
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
        request.removeAllListeners('data')
        resolve(null)
        return
      }
      chunks.push(chunk)
    })
    request.on('end', () => resolve(Buffer.concat(chunks)))
    request.on('error', reject)
  })
}

function apiError(code: ApiErrorCode, message: string): ApiResult<ApiMethod> {
  return { ok: false, error: { code, message } }
}

function sendJson(response: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body)
  response.writeHead(status, {
    ...COMMON_HEADERS,
    ...headers,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  })
  response.end(text)
}

function sendText(response: http.ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  response.writeHead(status, { ...COMMON_HEADERS, ...headers, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' })
  response.end(text)
}
