/**
 * The app:// scheme the renderer is served from. A privileged standard scheme
 * gives the page a real origin (app://reader) for relative URLs, storage and
 * CSP 'self', without the file:// origin's broad access to the disk.
 */
import { protocol, type Session } from 'electron'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { withPrepaint, type PrepaintInput } from '../hosting/prepaint'
import { BRIEFING_CSP } from '../hosting/content-security-policy'
import { appResponseHeaders, briefingPathOf, planAppRequest } from './app-request'
import { APP_SCHEME } from './url-policy'

/**
 * Declares app:// as standard, secure and fetch-capable. Must run before the
 * app's `ready` event, and only once per process (a second call replaces the
 * first), so app.ts calls it at start-up and nothing else calls it.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: {
        standard: true,
        secure: true,
        supportFetchAPI: true,
        // Vite's module scripts carry `crossorigin` and are fetched in CORS mode.
        corsEnabled: true,
        // Lets V8 cache compiled renderer code between launches: faster start.
        codeCache: true,
      },
    },
  ])
}

/**
 * Serves files from `rendererDir` on app://reader/ in `session` (index.html
 * with its first paint, main/hosting/prepaint.ts), and
 * briefings waiting to be printed at app://reader/briefing/<id> under their
 * own CSP (inline print styles, nothing that runs); any other host is 404.
 * Call after `ready`.
 */
export function handleAppProtocol(
  session: Session,
  rendererDir: string,
  briefing: (pathname: string) => string | undefined,
  prepaint: () => PrepaintInput | null,
): void {
  session.protocol.handle(APP_SCHEME, (request) => {
    const briefingPath = briefingPathOf(request.method, request.url)
    if (briefingPath !== null) {
      const html = briefing(briefingPath)
      if (html === undefined) return new Response('This briefing is no longer available.', { status: 404, headers: appResponseHeaders('text/plain; charset=utf-8') })
      return new Response(html, { status: 200, headers: { ...appResponseHeaders('text/html; charset=utf-8'), 'Content-Security-Policy': BRIEFING_CSP } })
    }
    return serveAppRequest(rendererDir, request, prepaint)
  })
}

async function serveAppRequest(rendererDir: string, request: Request, prepaint: () => PrepaintInput | null): Promise<Response> {
  const plan = planAppRequest(rendererDir, request.method, request.url)
  if (plan.kind === 'error') {
    const headers: Record<string, string> = { ...appResponseHeaders('text/plain; charset=utf-8') }
    if (plan.status === 405) headers['Allow'] = 'GET'
    return new Response(plan.message, { status: plan.status, headers })
  }
  try {
    // Electron's fs reads inside app.asar transparently, so this works packaged too.
    const body = await readFile(plan.filePath)
    if (plan.filePath === path.join(path.resolve(rendererDir), 'index.html')) {
      const input = prepaint()
      const page = input ? withPrepaint(body.toString('utf8'), input) : body.toString('utf8')
      return new Response(page, { status: 200, headers: appResponseHeaders(plan.contentType) })
    }
    return new Response(body, { status: 200, headers: appResponseHeaders(plan.contentType) })
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : ''
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') {
      return new Response('Not found.', { status: 404, headers: appResponseHeaders('text/plain; charset=utf-8') })
    }
    console.error(`[protocol] could not read ${plan.filePath}:`, error)
    return new Response('Could not read the file.', { status: 500, headers: appResponseHeaders('text/plain; charset=utf-8') })
  }
}
