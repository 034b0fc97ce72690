/**
 * What keeps `npm run dev` as strict as the app where it can be: a Vite
 * plugin that refuses core calls from any page but the dev server's own
 * (before the proxy forwards them) and serves every page with the renderer's
 * CSP, relaxed only as far as Vite's hot reload needs: its injected scripts
 * and styles carry a per-run nonce, and its WebSocket is allowed. The
 * production CSP in main/hosting is unchanged; this lives in scripts/ only.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Plugin } from 'vite'
import { isAllowedOrigin } from '../../main/browser/server'
import { RENDERER_CSP } from '../../main/hosting/content-security-policy'
import { CORE_PATH_PREFIXES } from './core-proxy'

/** The renderer's CSP with a nonce for Vite's scripts and styles and a WebSocket back to the dev server on `port`. */
export function devContentSecurityPolicy(nonce: string, port: number): string {
  return RENDERER_CSP.split('; ')
    .map((directive) => {
      const name = directive.split(' ')[0]
      if (name === 'script-src' || name === 'style-src') return `${directive} 'nonce-${nonce}'`
      if (name === 'connect-src') return `${directive} ws://127.0.0.1:${port} ws://localhost:${port}`
      return directive
    })
    .join('; ')
}

/** Whether a request to the dev server may go on: core calls only from the dev server's own page. */
export function isAllowedDevRequest(url: string, origin: string | undefined, port: number): boolean {
  if (!CORE_PATH_PREFIXES.some((prefix) => url.startsWith(prefix))) return true
  return isAllowedOrigin(origin, port)
}

/** The Vite plugin; `nonce` must be the one given to Vite as `html.cspNonce`. */
export function devServerGuard(nonce: string): Plugin {
  return {
    name: 'foc-reader-dev-guard',
    apply: 'serve',
    configureServer(server) {
      // Added before Vite's own middlewares (the proxy among them), so it runs first.
      server.middlewares.use((request: IncomingMessage, response: ServerResponse, next: () => void) => {
        const port = request.socket.localPort ?? 0
        if (!isAllowedDevRequest(request.url ?? '/', request.headers.origin, port)) {
          response.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' })
          response.end('Forbidden: core calls are accepted only from this dev server\'s own page.')
          return
        }
        // A core response (a briefing) brings its own CSP and replaces this one.
        response.setHeader('Content-Security-Policy', devContentSecurityPolicy(nonce, port))
        next()
      })
    },
  }
}
