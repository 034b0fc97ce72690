/**
 * Containment: the app never leaves its origin on its own, links to the web
 * do not take the reader away, and the browser-mode host only answers its
 * own page with the run's token (no CORS, no DNS rebinding, no traversal,
 * bounded bodies).
 */
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { ReaderPage } from './pages/reader-page'
import { MAX_BODY_BYTES } from '../main/browser/server'
import { apiCall, rawRequest, rawRequestOrReset } from './support/http'
import { STATEMENT_ID } from './support/seed'

test.describe('the app stays in its own origin', () => {
  test('a link to the web does not navigate the app', async ({ reader, appMode, appOrigin }) => {
    const app = new ReaderPage(reader)
    const context = reader.context()
    if (appMode === 'browser') {
      // Nothing may actually reach the web from a test run.
      await context.route((url) => !url.href.startsWith(`${appOrigin}/`), (route) => route.abort('blockedbyclient'))
    }
    // Matched by the start of its name only: reader-text.spec.ts holds the link's exact text.
    const link = app.article().getByRole('link', { name: /^www\.freedomonlinecoalition\.com/ })
    await expect(link).toBeVisible()
    const before = reader.url()

    // A popup (the browser's handling of target="_blank") is acceptable; the app page must stay put.
    const popup = context.waitForEvent('page', { timeout: 2_000 }).catch(() => null)
    await link.click()
    const opened: Page | null = await popup
    await opened?.close()

    expect(reader.url()).toBe(before)
    await expect(app.article()).toBeVisible()
    await expect(link).toBeVisible()
  })

  test('makes no request outside its origin while loading, reading and searching', async ({ reader, appOrigin, requestLog }) => {
    const app = new ReaderPage(reader)
    await expect(app.article()).toBeVisible()
    await app.search('Tallinn')
    await app.openResult(/^Joint Statement.*Tallinn Agenda/)
    await expect(app.currentBlock()).toBeInViewport()
    await app.search('human rights')
    await expect(app.results().first()).toBeVisible()

    expect(requestLog.length, 'the app should have loaded something').toBeGreaterThan(0)
    const outside = requestLog.filter((url) => !url.startsWith(`${appOrigin}/`) && !/^(data|blob):/.test(url))
    expect(outside, `requests outside ${appOrigin}`).toEqual([])
  })
})

test.describe('the browser-mode host', () => {
  test.skip(({ appMode }) => appMode === 'electron', 'The loopback HTTP host exists in browser mode only; Electron talks over IPC.')

  test('refuses API calls without the run token', async ({ readerServer }) => {
    const { port, token } = readerServer
    for (const [label, given] of [
      ['no token', null],
      ['a wrong token', `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`],
      ['a token of another length', `${token}x`],
      ['an empty token', ''],
    ] as const) {
      const response = await apiCall(port, 'library.list', {}, given)
      expect(response.status, label).toBe(401)
      expect(response.body, label).not.toContain(STATEMENT_ID)
    }
    const notBearer = await apiCall(port, 'library.list', {}, null, { Authorization: `Basic ${token}` })
    expect(notBearer.status).toBe(401)
  })

  test('answers a call with the run token', async ({ readerServer }) => {
    const { port, token } = readerServer
    const list = await apiCall(port, 'library.list', {}, token)
    expect(list.status).toBe(200)
    expect(list.headers['content-type']).toMatch(/^application\/json/)
    const listBody = JSON.parse(list.body) as { ok: boolean; data?: { documents: { id: string }[] } }
    expect(listBody.ok).toBe(true)
    expect(JSON.stringify(listBody)).toContain(`"${STATEMENT_ID}"`)

    const search = await apiCall(port, 'search.query', { query: 'Tallinn' }, token)
    expect(search.status).toBe(200)
    expect(search.body).toContain('Tallinn')
  })

  test('refuses API calls from another Origin, and answers its own', async ({ readerServer }) => {
    const { port, token } = readerServer
    for (const origin of ['http://evil.example', `http://127.0.0.1:${port + 1}`, 'null']) {
      const response = await apiCall(port, 'library.list', {}, token, { Origin: origin })
      expect(response.status, origin).toBe(403)
      expect(response.body, origin).not.toContain(STATEMENT_ID)
    }
    const own = await apiCall(port, 'library.list', {}, token, { Origin: `http://127.0.0.1:${port}` })
    expect(own.status).toBe(200)
  })

  test('refuses requests for another Host (DNS rebinding)', async ({ readerServer }) => {
    const { port, token } = readerServer
    for (const host of ['evil.example', `evil.example:${port}`, `127.0.0.1:${port + 1}`]) {
      const api = await apiCall(port, 'library.list', {}, token, { Host: host })
      expect(api.status, `API with Host: ${host}`).toBe(403)
      expect(api.body).not.toContain(STATEMENT_ID)
      const page = await rawRequest({ port, path: '/', headers: { Host: host } })
      expect(page.status, `page with Host: ${host}`).toBe(403)
    }
    const localhost = await apiCall(port, 'library.list', {}, token, { Host: `localhost:${port}` })
    expect(localhost.status).toBe(200)
  })

  test('accepts API calls only as POST', async ({ readerServer }) => {
    const { port, token } = readerServer
    const get = await rawRequest({ port, path: '/api/library.list', headers: { Authorization: `Bearer ${token}` } })
    expect(get.status).toBe(405)
    const options = await rawRequest({
      port,
      method: 'OPTIONS',
      path: '/api/library.list',
      headers: { Origin: 'http://evil.example', 'Access-Control-Request-Method': 'POST' },
    })
    expect(options.status).toBe(405)
    expect(options.headers['access-control-allow-origin']).toBeUndefined()
  })

  test('refuses request bodies over the limit', async ({ readerServer }) => {
    const { port, token } = readerServer
    const body = JSON.stringify({ query: 'x'.repeat(MAX_BODY_BYTES + 16) })
    const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }

    // A declared size over the limit is refused from the headers alone, before any of the body is sent.
    const declared = await rawRequest({ port, method: 'POST', path: '/api/search.query', headers, body, waitBeforeBodyMs: 1_000 })
    expect(declared.status).toBe(413)

    // Without a declared size the host stops reading at the limit. It answers 413 and closes the
    // connection; a client still uploading may see only the reset. Either way the body is refused
    // and the host keeps serving.
    const chunked = await rawRequestOrReset({ port, method: 'POST', path: '/api/search.query', headers, body, chunked: true })
    if (!('reset' in chunked)) expect(chunked.status).toBe(413)
    const after = await apiCall(port, 'library.list', {}, token)
    expect(after.status).toBe(200)
  })

  test('serves nothing outside the renderer build', async ({ readerServer }) => {
    const { port } = readerServer
    for (const path of [
      '/../package.json',
      '/%2e%2e/package.json',
      '/..%2fpackage.json',
      '/%2e%2e%2f%2e%2e%2fpackage.json',
      '/assets/..%2f..%2f..%2fpackage.json',
      '/..%5c..%5cpackage.json',
    ]) {
      const response = await rawRequest({ port, path })
      expect(response.status, path).toBe(404)
      expect(response.body, path).not.toContain('"name"')
    }
  })

  test('sends a Content-Security-Policy and no CORS headers', async ({ readerServer }) => {
    const { port, token } = readerServer
    const page = await rawRequest({ port, path: '/', headers: { Origin: 'http://evil.example' } })
    expect(page.status).toBe(200)
    expect(page.headers['content-security-policy']).toMatch(/default-src 'none'/)
    expect(page.headers['content-security-policy']).toMatch(/script-src 'self'(;|$)/)
    expect(page.headers['access-control-allow-origin']).toBeUndefined()

    for (const given of [token, null]) {
      const api = await apiCall(port, 'library.list', {}, given, { Origin: 'http://evil.example' })
      expect(api.headers['access-control-allow-origin']).toBeUndefined()
      expect(api.headers['access-control-allow-credentials']).toBeUndefined()
    }
  })
})
