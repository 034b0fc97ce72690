import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { createServer, type ViteDevServer } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startBrowserServer, type BrowserServer } from '../../main/browser/server'
import { coreProxy } from './core-proxy'
import { devServerGuard } from './dev-server-guard'

const TOKEN = 'dev-proxy-test-token'
let core: BrowserServer
let vite: ViteDevServer
let viteOrigin: string
let tempDir: string
const calls: string[] = []

// The production browser-mode server (its Host, Origin and token checks untouched) behind Vite, as `npm run dev` runs them.
beforeAll(async () => {
  tempDir = await mkdtemp(path.join(os.tmpdir(), 'foc-dev-proxy-'))
  await writeFile(path.join(tempDir, 'index.html'), '<!doctype html><title>dev</title>')
  core = await startBrowserServer({
    rendererDir: tempDir,
    token: TOKEN,
    port: 0,
    dispatch: (method) => {
      calls.push(method)
      return Promise.resolve({ ok: true, value: { name: 'FOC Reader', version: '0.0.0', mode: 'browser', dataDir: '/tmp/x' } })
    },
    briefing: (pathname) => (pathname === '/briefing/ready' ? '<!doctype html><title>Briefing</title>' : undefined),
  })
  vite = await createServer({
    configFile: false,
    root: tempDir,
    logLevel: 'silent',
    optimizeDeps: { noDiscovery: true, include: [] },
    html: { cspNonce: 'test-nonce' },
    server: { host: '127.0.0.1', port: 0, proxy: coreProxy(`http://127.0.0.1:${core.port}`), ws: false },
    plugins: [devServerGuard('test-nonce')],
  })
  await vite.listen()
  viteOrigin = `http://127.0.0.1:${(vite.httpServer?.address() as AddressInfo).port}`
})

afterAll(async () => {
  await vite.close()
  await core.close()
  await rm(tempDir, { recursive: true, force: true })
})

/** A renderer API call through the dev server, as the page makes it. */
function callApi(headers: Record<string, string>): Promise<Response> {
  return fetch(`${viteOrigin}/api/app.info`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}`, ...headers },
    body: '{}',
  })
}

describe('the dev server in front of the browser-mode core', () => {
  it('passes the page\'s API calls to the core, which accepts them as its own', async () => {
    calls.length = 0
    const response = await callApi({ Origin: viteOrigin })
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ ok: true, value: { name: 'FOC Reader' } })
    expect(calls).toEqual(['app.info'])
  })

  it('refuses calls from another page before they reach the core', async () => {
    calls.length = 0
    const response = await callApi({ Origin: 'http://evil.example' })
    expect(response.status).toBe(403)
    expect(calls).toEqual([])
  })

  it('leaves the token check to the core', async () => {
    const response = await callApi({ Origin: viteOrigin, Authorization: 'Bearer wrong' })
    expect(response.status).toBe(401)
  })

  it('serves briefings from the core with the core\'s own policy', async () => {
    const response = await fetch(`${viteOrigin}/briefing/ready`)
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('<title>Briefing</title>')
    expect(response.headers.get('content-security-policy')).toContain("style-src 'unsafe-inline'")
  })

  it('serves the page with the dev policy and puts the nonce on what Vite injects', async () => {
    const response = await fetch(`${viteOrigin}/`)
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self' 'nonce-test-nonce'")
    expect(await response.text()).toMatch(/<script[^>]*nonce="test-nonce"[^>]*src="\/@vite\/client"|<script[^>]*src="\/@vite\/client"[^>]*nonce="test-nonce"/)
  })
})
