/**
 * The browser-mode host: serves the built renderer and `POST /api/<method>`
 * on 127.0.0.1 only. Every API call needs the run's bearer token; requests
 * with another Host header are refused (DNS rebinding); no CORS headers are
 * ever sent, so other origins cannot read responses.
 */
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { timingSafeEqual } from 'node:crypto'
import type { ApiErrorCode, ApiResult, ApiMethod } from '../../shared/api-contract'
import { MAX_IMPORT_BYTES } from '../../shared/import-model'
import { BRIEFING_PATH_PREFIX } from '../core/export/briefing-pages'
import { BRIEFING_CSP, RENDERER_CSP } from '../hosting/content-security-policy'
import { resolveStaticFile } from '../hosting/static-files'

/**
 * Largest request body accepted, in bytes: the largest call is an import,
 * whose file travels as a JSON string. Escaping at most doubles a JSON
 * file's bytes (the only characters it escapes that valid JSON can hold are
 * '"', '\\', tab, CR and LF, two bytes each), plus the envelope.
 */
export const MAX_BODY_BYTES = 2 * MAX_IMPORT_BYTES + 64 * 1024

/** What the server needs: where the renderer is and how to run a call. */
export interface BrowserServerOptions {
  readonly rendererDir: string
  readonly token: string
  /** 0 picks any free port. */
  readonly port: number
  readonly dispatch: (method: string, payload: unknown) => Promise<ApiResult<ApiMethod>>
  /** A rendered briefing for a /briefing/<id> path, if one is waiting to be printed. */
  readonly briefing?: (pathname: string) => string | undefined
}

/** A running server. */
export interface BrowserServer {
  readonly port: number
  /** The URL to open, token included (in the fragment, never sent to the server). */
  readonly url: string
  close(): Promise<void>
}

const STATUS_BY_CODE: Record<ApiErrorCode, number> = {
  'bad-request': 400,
  'not-found': 404,
  'user-input': 422,
  internal: 500,
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
  const server = http.createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      console.error('[server] request failed:', error)
      if (!response.headersSent) sendJson(response, 500, { ok: false, error: { code: 'internal', message: 'Internal error.' } })
      else response.destroy()
    })
  })

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
    const body = await readBody(request, MAX_BODY_BYTES)
    if (body === null) {
      sendJson(response, 413, apiError('bad-request', `Request body is larger than ${MAX_BODY_BYTES} bytes.`), { Connection: 'close' })
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
