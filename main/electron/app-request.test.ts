import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { RENDERER_CSP } from '../hosting/content-security-policy'
import { appResponseHeaders, briefingPathOf, planAppRequest } from './app-request'

const root = path.resolve('/opt/foc-reader/dist/renderer')

describe('planAppRequest', () => {
  it('serves the entry page and assets from the renderer folder', () => {
    expect(planAppRequest(root, 'GET', 'app://reader/index.html')).toEqual({
      kind: 'file',
      filePath: path.join(root, 'index.html'),
      contentType: 'text/html; charset=utf-8',
    })
    expect(planAppRequest(root, 'GET', 'app://reader/')).toMatchObject({ kind: 'file', filePath: path.join(root, 'index.html') })
    expect(planAppRequest(root, 'GET', 'app://reader/assets/index-1a2b.js')).toMatchObject({
      kind: 'file',
      filePath: path.join(root, 'assets', 'index-1a2b.js'),
      contentType: 'text/javascript; charset=utf-8',
    })
  })

  it('ignores the hash route and query', () => {
    expect(planAppRequest(root, 'GET', 'app://reader/index.html?x=1#/read/doc/p-2')).toMatchObject({
      kind: 'file',
      filePath: path.join(root, 'index.html'),
    })
  })

  it('refuses methods other than GET', () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'HEAD', 'OPTIONS']) {
      expect(planAppRequest(root, method, 'app://reader/index.html')).toMatchObject({ kind: 'error', status: 405 })
    }
  })

  it('refuses other hosts and schemes', () => {
    expect(planAppRequest(root, 'GET', 'app://other/index.html')).toMatchObject({ kind: 'error', status: 404 })
    expect(planAppRequest(root, 'GET', 'app://x@reader/index.html')).toMatchObject({ kind: 'error', status: 404 })
    expect(planAppRequest(root, 'GET', 'https://reader/index.html')).toMatchObject({ kind: 'error', status: 404 })
    expect(planAppRequest(root, 'GET', 'not a url')).toMatchObject({ kind: 'error', status: 404 })
  })

  it('never resolves outside the renderer folder', () => {
    for (const url of [
      'app://reader/../../etc/passwd',
      'app://reader/%2e%2e/%2e%2e/etc/passwd.txt',
      'app://reader/assets/%2e%2e%2f%2e%2e%2f%2e%2e%2fsecret.json',
      'app://reader/..%5c..%5csecret.json',
      'app://reader/index.html%00.js',
    ]) {
      const plan = planAppRequest(root, 'GET', url)
      if (plan.kind === 'file') expect(plan.filePath.startsWith(root + path.sep), url).toBe(true)
    }
    expect(planAppRequest(root, 'GET', 'app://reader/assets/%2e%2e%2f%2e%2e%2f%2e%2e%2fsecret.json')).toMatchObject({
      kind: 'error',
      status: 404,
    })
  })

  it('refuses files of unknown type', () => {
    expect(planAppRequest(root, 'GET', 'app://reader/assets/index.js.map')).toMatchObject({ kind: 'error', status: 404 })
    expect(planAppRequest(root, 'GET', 'app://reader/secret')).toMatchObject({ kind: 'error', status: 404 })
  })
})

describe('appResponseHeaders', () => {
  it('sends the shared CSP, nosniff and the content type', () => {
    const headers = appResponseHeaders('text/html; charset=utf-8')
    expect(headers['Content-Security-Policy']).toBe(RENDERER_CSP)
    expect(headers['X-Content-Type-Options']).toBe('nosniff')
    expect(headers['Content-Type']).toBe('text/html; charset=utf-8')
  })
})

describe('briefingPathOf', () => {
  it('finds a briefing on the app’s own host', () => {
    expect(briefingPathOf('GET', 'app://reader/briefing/abc123')).toBe('/briefing/abc123')
    expect(briefingPathOf('GET', 'app://reader/briefing/abc123?print=1#top')).toBe('/briefing/abc123')
  })

  it('refuses the briefing path on any other host, scheme or with credentials', () => {
    for (const url of ['app://evil/briefing/abc123', 'app://reader.evil/briefing/abc123', 'app://reader:8080/briefing/abc123', 'app://user@reader/briefing/abc123', 'app:///briefing/abc123', 'http://reader/briefing/abc123', 'file:///briefing/abc123', 'not a url']) {
      expect(briefingPathOf('GET', url), url).toBeNull()
    }
  })

  it('is only for GET, and only under /briefing/', () => {
    expect(briefingPathOf('POST', 'app://reader/briefing/abc123')).toBeNull()
    expect(briefingPathOf('GET', 'app://reader/index.html')).toBeNull()
    expect(briefingPathOf('GET', 'app://reader/briefingx/abc')).toBeNull()
  })

  it('leaves a briefing path on another host to planAppRequest, which refuses it', () => {
    expect(planAppRequest(root, 'GET', 'app://evil/briefing/abc123')).toMatchObject({ kind: 'error', status: 404 })
  })
})
