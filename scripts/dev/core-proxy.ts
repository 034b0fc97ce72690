/**
 * Vite's proxy from the dev server to the core: the API and briefing pages.
 * The core checks Host and Origin against its own port; the dev guard has
 * already checked the Origin against the dev server's own, so the proxy
 * names the core as both (a page elsewhere never gets this far).
 */
import type { ProxyOptions } from 'vite'
import { BRIEFING_PATH_PREFIX } from '../../main/core/export/briefing-pages'

/** Path prefixes the core answers; everything else is Vite's. */
export const CORE_PATH_PREFIXES: readonly string[] = ['/api/', BRIEFING_PATH_PREFIX]

/** `server.proxy` entries sending the core's paths to `coreOrigin`. */
export function coreProxy(coreOrigin: string): Record<string, ProxyOptions> {
  const options: ProxyOptions = {
    target: coreOrigin,
    // Host: the core's own, which its DNS-rebinding check requires.
    changeOrigin: true,
    configure: (proxy) => {
      proxy.on('proxyReq', (proxyRequest, request) => {
        // Only a request that named an origin gets one; one without stays without, as the browser sent it.
        if (request.headers.origin !== undefined) proxyRequest.setHeader('Origin', coreOrigin)
      })
    },
  }
  return Object.fromEntries(CORE_PATH_PREFIXES.map((prefix) => [`^${prefix}`, options]))
}
