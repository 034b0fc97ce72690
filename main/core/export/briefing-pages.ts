/**
 * Rendered briefings waiting to be printed. The renderer cannot print a
 * briefing inside its own page (its CSP forbids the briefing's inline
 * print stylesheet), so the host serves each one at /briefing/<id> under a
 * CSP of its own: styles only, no scripts. Ids are random and short-lived.
 */
import { randomBytes } from 'node:crypto'

/** How long a briefing stays available for printing. */
export const BRIEFING_TTL_MS = 15 * 60 * 1000
/** How many briefings are kept at once; the oldest go first. */
export const MAX_BRIEFINGS = 20

/** The path under which hosts serve briefings. */
export const BRIEFING_PATH_PREFIX = '/briefing/'

/** A small, expiring store of briefing HTML by random id. */
export class BriefingPages {
  private readonly pages = new Map<string, { html: string; expires: number }>()

  constructor(private readonly now: () => number = Date.now) {}

  /** Keeps `html` and returns the path to serve it at. */
  add(html: string): string {
    this.prune()
    const id = randomBytes(18).toString('base64url')
    this.pages.set(id, { html, expires: this.now() + BRIEFING_TTL_MS })
    while (this.pages.size > MAX_BRIEFINGS) {
      const oldest = this.pages.keys().next().value
      if (oldest === undefined) break
      this.pages.delete(oldest)
    }
    return `${BRIEFING_PATH_PREFIX}${id}`
  }

  /** The HTML for a request path, or undefined if unknown or expired. */
  get(pathname: string): string | undefined {
    if (!pathname.startsWith(BRIEFING_PATH_PREFIX)) return undefined
    this.prune()
    return this.pages.get(pathname.slice(BRIEFING_PATH_PREFIX.length))?.html
  }

  private prune(): void {
    const now = this.now()
    for (const [id, page] of this.pages) if (page.expires <= now) this.pages.delete(id)
  }
}
