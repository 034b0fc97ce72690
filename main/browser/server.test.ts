import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import http from 'node:http'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import type { ApiMethod, ApiResult } from '../../shared/api-contract'
import { dispatch as coreDispatch } from '../core/api'
import { buildTestCore } from '../core/testing/test-library'
import { RENDERER_CSP } from '../hosting/content-security-policy'
import { prepaintInputFor } from '../hosting/prepaint'
import { DEFAULT_SETTINGS } from '../../shared/reading-state'
import { isAllowedHost, isAllowedOrigin, MAX_BODY_BYTES, MAX_CONNECTIONS, startBrowserServer, type BrowserServer } from './server'

const TOKEN = 'test-token-0123456789abcdef'
const INDEX_HTML = '<!doctype html><title>FOC Reader</title><div id="root"></div>'

interface Reply {
  readonly status: number
  readonly headers: http.IncomingHttpHeaders
  readonly body: string
}

interface RequestOptions {
  readonly method?: string
  readonly path: string
  readonly headers?: Record<string, string | number>
  readonly body?: string | Buffer
  /** Host header to send; null sends none. Default: 127.0.0.1:<port>. */
  readonly host?: string | null
}

let server: BrowserServer
let tempDir: string
const calls: Array<{ method: string; payload: unknown }> = []

/** Answers like the core would, by method name. */
async function fakeDispatch(method: string, payload: unknown): Promise<ApiResult<ApiMethod>> {
  calls.push({ method, payload })
  switch (method) {
    case 'app.info':
      return { ok: true, value: { name: 'FOC Reader', version: '0.0.0', mode: 'browser', dataDir: '/tmp/x' } }
    case 'fail.not-found':
      return { ok: false, error: { code: 'not-found', message: 'No such thing.' } }
    case 'fail.user-input':
      return { ok: false, error: { code: 'user-input', message: 'Bad query.' } }
    case 'fail.internal':
      return { ok: false, error: { code: 'internal', message: 'Oops.' } }
    case 'fail.throw':
      throw new Error('dispatch blew up')
    default:
      return { ok: false, error: { code: 'bad-request', message: `Unknown API method "${method}".` } }
  }
}

function send(options: RequestOptions): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { ...options.headers }
    if (options.host !== null) headers['Host'] = options.host ?? `127.0.0.1:${server.port}`
    const request = http.request(
      { host: '127.0.0.1', port: server.port, method: options.method ?? 'GET', path: options.path, headers, setHost: false, agent: false },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }))
        response.on('error', reject)
      },
    )
    // The server may answer and close before a large body is fully written:
    // the write then fails, but the answer may still be (or have been) read.
    request.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE' && error.code !== 'ECONNRESET') reject(error)
      else setTimeout(() => reject(error), 2_000).unref()
    })
    request.end(options.body)
  })
}

/** A POST to /api/<method> with the token and a JSON body unless overridden. */
function api(method: string, body: unknown = {}, headers: Record<string, string | number> = {}): Promise<Reply> {
  return send({
    method: 'POST',
    path: `/api/${method}`,
    headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
}

function json(reply: Reply): { ok: boolean; value?: unknown; error?: { code: string; message: string } } {
  expect(reply.headers['content-type']).toBe('application/json; charset=utf-8')
  return JSON.parse(reply.body) as { ok: boolean; value?: unknown; error?: { code: string; message: string } }
}

const replies: Reply[] = []

beforeAll(async () => {
  tempDir = await mkdtemp(path.join(os.tmpdir(), 'foc-server-'))
  const rendererDir = path.join(tempDir, 'renderer')
  await mkdir(path.join(rendererDir, 'assets', 'folder.js'), { recursive: true })
  await writeFile(path.join(rendererDir, 'index.html'), INDEX_HTML)
  await writeFile(path.join(rendererDir, 'assets', 'app.js'), 'console.log("app")')
  await writeFile(path.join(tempDir, 'secret.txt'), 'do not serve')
  await writeFile(path.join(tempDir, 'renderer-evil.txt'), 'do not serve')
  server = await startBrowserServer({ rendererDir, token: TOKEN, port: 0, dispatch: fakeDispatch })
})

afterAll(async () => {
  await server.close()
  await rm(tempDir, { recursive: true, force: true })
  // No response of any kind carried a CORS header.
  expect(replies.length).toBeGreaterThan(20)
  for (const reply of replies) expect(reply.headers['access-control-allow-origin']).toBeUndefined()
})

afterEach(() => {
  calls.length = 0
  vi.restoreAllMocks()
})

/** Records every reply so the CORS check covers them all. */
async function recorded(promise: Promise<Reply>): Promise<Reply> {
  const reply = await promise
  replies.push(reply)
  return reply
}

describe('browser-mode server', () => {
  it('listens on 127.0.0.1 with a URL carrying the token in its fragment', () => {
    expect(server.port).toBeGreaterThan(0)
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/#token=${TOKEN}`)
  })

  describe('API calls', () => {
    it('answers a valid call with 200 and passes the method and payload to dispatch', async () => {
      const reply = await recorded(api('app.info', {}))
      expect(reply.status).toBe(200)
      expect(json(reply)).toEqual({ ok: true, value: { name: 'FOC Reader', version: '0.0.0', mode: 'browser', dataDir: '/tmp/x' } })
      expect(calls).toEqual([{ method: 'app.info', payload: {} }])
      expect(reply.headers['cache-control']).toBe('no-store')
      expect(reply.headers['x-content-type-options']).toBe('nosniff')
    })

    it('accepts a charset parameter and treats an empty body as {}', async () => {
      const reply = await recorded(api('app.info', '', { 'Content-Type': 'application/json; charset=utf-8' }))
      expect(reply.status).toBe(200)
      expect(calls).toEqual([{ method: 'app.info', payload: {} }])
    })

    it('decodes the method name from the path', async () => {
      await recorded(api('app%2Einfo', { a: 1 }))
      expect(calls).toEqual([{ method: 'app.info', payload: { a: 1 } }])
    })

    it('maps error codes to HTTP statuses', async () => {
      const cases: Array<[string, number, string]> = [
        ['unknown.method', 400, 'bad-request'],
        ['fail.not-found', 404, 'not-found'],
        ['fail.user-input', 422, 'user-input'],
        ['fail.internal', 500, 'internal'],
      ]
      for (const [method, status, code] of cases) {
        const reply = await recorded(api(method))
        expect(reply.status, method).toBe(status)
        expect(json(reply).error?.code).toBe(code)
      }
    })

    it('answers 500 without details when dispatch throws', async () => {
      const log = vi.spyOn(console, 'error').mockImplementation(() => undefined)
      const reply = await recorded(api('fail.throw'))
      expect(reply.status).toBe(500)
      expect(json(reply)).toEqual({ ok: false, error: { code: 'internal', message: 'Internal error.' } })
      expect(reply.body).not.toContain('blew up')
      expect(log).toHaveBeenCalled()
    })

    it('answers 400, not 500, for a malformed percent-encoded method name', async () => {
      const reply = await recorded(api('%E0%A4%A'))
      expect(reply.status).toBe(400)
      expect(json(reply).error?.code).toBe('bad-request')
      expect(calls).toEqual([])
    })

    it('refuses a call without the token (401)', async () => {
      const reply = await recorded(
        send({ method: 'POST', path: '/api/app.info', headers: { 'Content-Type': 'application/json' }, body: '{}' }),
      )
      expect(reply.status).toBe(401)
      expect(reply.headers['www-authenticate']).toBe('Bearer')
      expect(json(reply).error?.code).toBe('bad-request')
      expect(calls).toEqual([])
    })

    it('refuses a wrong token, of any length or scheme (401)', async () => {
      for (const authorization of [`Bearer ${TOKEN.slice(0, -1)}x`, `Bearer ${TOKEN}x`, 'Bearer ', `bearer ${TOKEN}`, `Basic ${TOKEN}`, TOKEN]) {
        const reply = await recorded(api('app.info', {}, { Authorization: authorization }))
        expect(reply.status, authorization).toBe(401)
      }
      expect(calls).toEqual([])
    })

    it('refuses a body that is not declared as JSON (415)', async () => {
      for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/jsonp']) {
        const reply = await recorded(api('app.info', '{}', { 'Content-Type': contentType }))
        expect(reply.status, contentType).toBe(415)
      }
      const none = await recorded(
        send({ method: 'POST', path: '/api/app.info', headers: { Authorization: `Bearer ${TOKEN}` }, body: '{}' }),
      )
      expect(none.status).toBe(415)
      expect(calls).toEqual([])
    })

    it('refuses a body over the limit (413), declared or streamed', async () => {
      const declared = await recorded(api('app.info', '{}', { 'Content-Length': MAX_BODY_BYTES + 1 }))
      expect(declared.status).toBe(413)
      const streamed = await recorded(
        send({
          method: 'POST',
          path: '/api/app.info',
          headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' },
          body: Buffer.alloc(MAX_BODY_BYTES + 1024, 0x20),
        }),
      )
      expect(streamed.status).toBe(413)
      expect(json(streamed).error?.message).toContain(String(MAX_BODY_BYTES))
      expect(calls).toEqual([])
    })

    it('accepts a body right at the limit', async () => {
      const body = `{"pad":"${'x'.repeat(MAX_BODY_BYTES - 10)}"}`
      expect(Buffer.byteLength(body)).toBe(MAX_BODY_BYTES)
      const reply = await recorded(api('app.info', body))
      expect(reply.status).toBe(200)
    })

    it('refuses invalid JSON (400)', async () => {
      for (const body of ['{', 'not json', '{"a":1}}']) {
        const reply = await recorded(api('app.info', body))
        expect(reply.status, body).toBe(400)
        expect(json(reply).error?.message).toBe('Request body is not valid JSON.')
      }
      expect(calls).toEqual([])
    })

    it('refuses anything but POST on /api (405)', async () => {
      for (const method of ['GET', 'PUT', 'DELETE', 'OPTIONS']) {
        const reply = await recorded(send({ method, path: '/api/app.info', headers: { Authorization: `Bearer ${TOKEN}`, Origin: 'http://evil.example' } }))
        expect(reply.status, method).toBe(405)
        expect(reply.headers['allow']).toBe('POST')
      }
      expect(calls).toEqual([])
    })
  })

  describe('Host check (DNS rebinding)', () => {
    it('refuses other Host headers (403) on the API and static files', async () => {
      for (const host of ['evil.example', `evil.example:${server.port}`, '127.0.0.1', `127.0.0.1:${server.port + 1}`, `localhost.evil.example:${server.port}`]) {
        const apiReply = await recorded(
          send({
            method: 'POST',
            path: '/api/app.info',
            host,
            headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
            body: '{}',
          }),
        )
        expect(apiReply.status, host).toBe(403)
        const staticReply = await recorded(send({ path: '/', host }))
        expect(staticReply.status, host).toBe(403)
        expect(staticReply.body).not.toContain('FOC Reader')
      }
      expect(calls).toEqual([])
    })

    it('refuses a request without a Host header (403)', async () => {
      const reply = await recorded(send({ path: '/', host: null }))
      expect([400, 403]).toContain(reply.status)
    })

    it('accepts localhost with the right port', async () => {
      const reply = await recorded(send({ path: '/', host: `localhost:${server.port}` }))
      expect(reply.status).toBe(200)
    })
  })

  describe('static files', () => {
    it('serves index.html at / with the CSP and security headers', async () => {
      const reply = await recorded(send({ path: '/' }))
      expect(reply.status).toBe(200)
      expect(reply.body).toBe(INDEX_HTML)
      expect(reply.headers['content-type']).toBe('text/html; charset=utf-8')
      expect(reply.headers['content-security-policy']).toBe(RENDERER_CSP)
      expect(reply.headers['x-content-type-options']).toBe('nosniff')
      expect(reply.headers['referrer-policy']).toBe('no-referrer')
      expect(reply.headers['cross-origin-opener-policy']).toBe('same-origin')
      expect(reply.headers['content-length']).toBe(String(Buffer.byteLength(INDEX_HTML)))
    })

    it('serves assets with their MIME type, and HEAD without a body', async () => {
      const reply = await recorded(send({ path: '/assets/app.js?v=1' }))
      expect(reply.status).toBe(200)
      expect(reply.headers['content-type']).toBe('text/javascript; charset=utf-8')
      expect(reply.body).toBe('console.log("app")')
      const head = await recorded(send({ method: 'HEAD', path: '/assets/app.js' }))
      expect(head.status).toBe(200)
      expect(head.body).toBe('')
      expect(head.headers['content-length']).toBe(String('console.log("app")'.length))
    })

    it('answers 404 for missing files, folders and unknown types', async () => {
      for (const pathname of ['/missing.js', '/assets/folder.js', '/assets', '/index.html.bak']) {
        const reply = await recorded(send({ path: pathname }))
        expect(reply.status, pathname).toBe(404)
      }
    })

    it('answers 404 to traversal attempts and never serves files outside the renderer', async () => {
      for (const pathname of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%2e%2e%2fsecret.txt', '/assets/..%2f..%2fsecret.txt', '/..%2frenderer-evil.txt', '/%00.txt', '/%E0%A4%A.txt']) {
        const reply = await recorded(send({ path: pathname }))
        expect(reply.status, pathname).toBe(404)
        expect(reply.body).not.toContain('do not serve')
      }
    })

    it('refuses other methods on static paths (405)', async () => {
      const reply = await recorded(send({ method: 'POST', path: '/', body: 'x' }))
      expect(reply.status).toBe(405)
      expect(reply.headers['allow']).toBe('GET, HEAD')
    })

    it('sends no CORS headers even when asked cross-origin', async () => {
      const reply = await recorded(send({ path: '/', headers: { Origin: 'http://evil.example' } }))
      expect(reply.headers['access-control-allow-origin']).toBeUndefined()
      expect(Object.keys(reply.headers).filter((name) => name.startsWith('access-control-'))).toEqual([])
    })
  })
})

describe('browser-mode server with the real core', () => {
  it('answers search.query through dispatch', async () => {
    const core = buildTestCore()
    const real = await startBrowserServer({
      rendererDir: tempDir,
      token: TOKEN,
      port: 0,
      dispatch: (method, payload) => coreDispatch(core, method, payload),
    })
    try {
      const response = await fetch(`http://127.0.0.1:${real.port}/api/search.query`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ query: 'Tallinn' }),
      })
      expect(response.status).toBe(200)
      const body = (await response.json()) as { ok: true; value: { groups: Array<{ kind: string; results: Array<{ blockId?: string }> }> } }
      const documents = body.value.groups.find((group) => group.kind === 'document')
      expect(documents?.results[0]?.blockId).toBe('about-the-coalition-p1')
      const bad = await fetch(`http://127.0.0.1:${real.port}/api/search.query`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ query: 'x'.repeat(501) }),
      })
      expect(bad.status).toBe(400)
    } finally {
      await real.close()
    }
  })
})

describe('isAllowedHost', () => {
  it('accepts the loopback names with the server port', () => {
    for (const host of ['127.0.0.1:8123', 'localhost:8123', '[::1]:8123']) expect(isAllowedHost(host, 8123), host).toBe(true)
  })

  it('refuses everything else', () => {
    for (const host of [undefined, '', '127.0.0.1', 'localhost', '127.0.0.1:8124', 'evil.example:8123', 'evil.example', '127.0.0.2:8123', '0.0.0.0:8123', 'localhost.:8123', '127.0.0.1:8123.evil.example', ' 127.0.0.1:8123']) {
      expect(isAllowedHost(host, 8123), String(host)).toBe(false)
    }
  })
})

describe('browser-mode server: Origin check', () => {
  const post = (origin: string | undefined) => {
    const headers: Record<string, string> = { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' }
    if (origin !== undefined) headers['Origin'] = origin
    return recorded(send({ method: 'POST', path: '/api/app.info', headers, body: '{}' }))
  }

  it('answers a call from its own page, by any loopback name, and a call naming no origin', async () => {
    for (const origin of [`http://127.0.0.1:${server.port}`, `http://localhost:${server.port}`, undefined]) {
      const reply = await post(origin)
      expect(reply.status, String(origin)).toBe(200)
    }
    expect(calls).toHaveLength(3)
  })

  it('refuses a call from any other origin with 403 and a JSON error, before the core sees it', async () => {
    for (const origin of ['http://evil.example', `http://127.0.0.1:${server.port + 1}`, `https://127.0.0.1:${server.port}`, 'null', `http://127.0.0.1:${server.port}/`, `http://evil.example:${server.port}`]) {
      const reply = await post(origin)
      expect(reply.status, origin).toBe(403)
      expect(json(reply).error?.message).toMatch(/only from the reader's own page/)
    }
    expect(calls).toEqual([])
  })
})

describe('browser-mode server: slow and too many clients', () => {
  const SHORT = { requestMs: 300, headersMs: 200 }

  it('cuts off a request whose body never finishes (slow loris) with 408', async () => {
    const slow = await startBrowserServer({ rendererDir: tempDir, token: TOKEN, port: 0, dispatch: fakeDispatch, timeouts: SHORT })
    try {
      const head = `POST /api/app.info HTTP/1.1\r\nHost: 127.0.0.1:${slow.port}\r\nAuthorization: Bearer ${TOKEN}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"a":`
      expect(await dripUntilClosed(slow.port, head, ' ')).toMatch(/^HTTP\/1\.1 408 /)
      expect(calls).toEqual([])
    } finally {
      await slow.close()
    }
  })

  it('cuts off a client that never finishes its headers with 408', async () => {
    const slow = await startBrowserServer({ rendererDir: tempDir, token: TOKEN, port: 0, dispatch: fakeDispatch, timeouts: SHORT })
    try {
      expect(await dripUntilClosed(slow.port, `GET / HTTP/1.1\r\nHost: 127.0.0.1:${slow.port}\r\n`, 'X-Slow: 1\r\n')).toMatch(/^HTTP\/1\.1 408 /)
    } finally {
      await slow.close()
    }
  })

  it(`refuses connection ${MAX_CONNECTIONS + 1} while ${MAX_CONNECTIONS} are open, and serves again once one closes`, async () => {
    const capped = await startBrowserServer({ rendererDir: path.join(tempDir, 'renderer'), token: TOKEN, port: 0, dispatch: fakeDispatch })
    const sockets: net.Socket[] = []
    try {
      for (let index = 0; index < MAX_CONNECTIONS; index += 1) sockets.push(await connect(capped.port))
      const extra = await connect(capped.port)
      const extraReply = await exchange(extra, capped.port)
      expect(extraReply).toBe('')
      // The open ones still work.
      expect(await exchange(sockets[MAX_CONNECTIONS - 1] as net.Socket, capped.port)).toMatch(/^HTTP\/1\.1 200 /)
      sockets.shift()?.destroy()
      await waitForConnections(capped, MAX_CONNECTIONS - 1)
      expect(await exchange(await connect(capped.port), capped.port)).toMatch(/^HTTP\/1\.1 200 /)
    } finally {
      for (const socket of sockets) socket.destroy()
      await capped.close()
    }
  })
})

/**
 * Sends `head`, then `drip` every 50 ms, never finishing the request: only
 * the server's timeout can end this. Resolves with what the server sent
 * before it closed the connection.
 */
function dripUntilClosed(port: number, head: string, drip: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1')
    const received: Buffer[] = []
    const timer = setInterval(() => socket.write(drip), 50)
    socket.on('data', (chunk: Buffer) => received.push(chunk))
    // A write racing the server's close fails with EPIPE: expected here.
    socket.on('error', () => undefined)
    socket.on('close', () => {
      clearInterval(timer)
      resolve(Buffer.concat(received).toString('latin1'))
    })
    socket.write(head)
  })
}

/** A raw TCP connection to the server, once connected. */
function connect(port: number): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => resolve(socket))
    socket.once('error', reject)
  })
}

/** Sends `GET /` on `socket` and resolves with everything received until the server closes it or answers. */
function exchange(socket: net.Socket, port: number): Promise<string> {
  return new Promise((resolve) => {
    const received: Buffer[] = []
    const done = () => resolve(Buffer.concat(received).toString('latin1'))
    socket.on('data', (chunk: Buffer) => {
      received.push(chunk)
      if (Buffer.concat(received).includes('\r\n\r\n')) done()
    })
    socket.once('close', done)
    socket.once('error', done)
    socket.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`)
  })
}

/** Resolves once the server counts `count` open connections (it learns of a closed socket asynchronously). */
async function waitForConnections(server: BrowserServer, count: number): Promise<void> {
  while ((await server.connections()) > count) await new Promise((resolve) => setTimeout(resolve, 10))
}

describe('isAllowedOrigin', () => {
  it('accepts no origin and the server itself by a loopback name', () => {
    for (const origin of [undefined, 'http://127.0.0.1:8123', 'http://localhost:8123', 'http://[::1]:8123']) expect(isAllowedOrigin(origin, 8123), String(origin)).toBe(true)
  })

  it('refuses every other origin', () => {
    for (const origin of ['', 'null', 'http://127.0.0.1:8124', 'https://127.0.0.1:8123', 'http://evil.example', 'http://127.0.0.1:8123.evil.example', 'http://127.0.0.1:8123/', 'app://reader']) {
      expect(isAllowedOrigin(origin, 8123), origin).toBe(false)
    }
  })
})

describe('browser-mode server: the first paint', () => {
  it('serves index.html with the document read last painted in, and everything else untouched', async () => {
    const core = buildTestCore()
    const rendererDir = path.join(tempDir, 'prepaint-renderer')
    await mkdir(path.join(rendererDir, 'assets'), { recursive: true })
    const template = '<!doctype html><html lang="en"><head><script type="module" crossorigin src="./assets/app.js"></script></head><body><div id="root"></div></body></html>'
    await writeFile(path.join(rendererDir, 'index.html'), template)
    await writeFile(path.join(rendererDir, 'assets', 'app.js'), 'console.log("app")')
    const real = await startBrowserServer({
      rendererDir,
      token: TOKEN,
      port: 0,
      dispatch: (method, payload) => coreDispatch(core, method, payload),
      prepaint: () => prepaintInputFor(core.library.documents, { lastDocumentId: null, settings: { ...DEFAULT_SETTINGS, theme: 'sepia' } }),
    })
    try {
      for (const page of ['/', '/index.html']) {
        const response = await fetch(`http://127.0.0.1:${real.port}${page}`)
        expect(response.status).toBe(200)
        expect(response.headers.get('content-security-policy')).toContain("script-src 'self'")
        const html = await response.text()
        expect(html).toContain('data-theme="sepia"')
        expect(html).toContain(`data-document-id="${core.library.documents[0]?.id ?? ''}"`)
        expect(html).toContain('<meta name="foc-entry" content="./assets/app.js" />')
      }
      const script = await fetch(`http://127.0.0.1:${real.port}/assets/app.js`)
      expect(await script.text()).toBe('console.log("app")')
    } finally {
      await real.close()
    }
  })
})
