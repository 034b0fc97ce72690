/**
 * Finds a Chromium the e2e suite can drive. Playwright cannot download its
 * own browsers on these machines, so the order is: an explicit
 * CHROMIUM_PATH, Playwright's own browser where one happens to be installed,
 * then the system's (Debian's `chromium` package).
 */
import { chromium } from '@playwright/test'
import { existsSync } from 'node:fs'

/** Where a Chromium was found, and how. */
export interface ChromiumLocation {
  readonly path: string
  readonly source: 'CHROMIUM_PATH' | 'playwright' | 'system'
}

/** System locations tried last, in order. */
export const SYSTEM_CHROMIUM_PATHS: readonly string[] = ['/usr/bin/chromium', '/usr/bin/chromium-browser']

/**
 * Flags Chromium needs here: no sandbox (CI runs as root in a container), no
 * GPU, and none of the background traffic (updates, sync) an offline test
 * run must not make.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** The Chromium to use with where it came from, or null when there is none. */
export function locateChromium(env: NodeJS.ProcessEnv = process.env): ChromiumLocation | null {
  const override = env['CHROMIUM_PATH']?.trim()
  if (override) {
    // An explicit choice is never silently replaced by another browser.
    return existsSync(override) ? { path: override, source: 'CHROMIUM_PATH' } : null
  }
  const bundled = playwrightChromiumPath()
  if (bundled && existsSync(bundled)) return { path: bundled, source: 'playwright' }
  for (const candidate of SYSTEM_CHROMIUM_PATHS) {
    if (existsSync(candidate)) return { path: candidate, source: 'system' }
  }
  return null
}

/** The path of the Chromium to use, or null when there is none. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  return locateChromium(env)?.path ?? null
}

/** Where Playwright's own Chromium would be; it need not exist. */
function playwrightChromiumPath(): string | null {
  try {
    return chromium.executablePath() || null
  } catch {
    return null
  }
}
