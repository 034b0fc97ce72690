/**
 * Playwright fixtures for the FOC Reader: a private data folder, the real
 * browser-mode host, and `reader`, a Page showing the app (Chromium against
 * the host in the `chromium` project, the Electron window in the `electron`
 * project). Any uncaught page error or console error fails the test.
 */
import { test as base, expect, _electron, type Browser, type ConsoleMessage, type Page } from '@playwright/test'
import { mkdtemp, rm } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { findChromium } from './browser-path'
import { electronBinaryStatus } from './electron-availability'
import { electronMainScript, rendererIndex } from './support/paths'
import { startReaderServer, type ReaderServer } from './support/reader-server'

export { expect }
export type { ReaderServer }

/** Which host shows the renderer. */
export type AppMode = 'browser' | 'electron'

/** Options set per project (playwright.config.ts) or per file (`test.use`). */
export interface ReaderOptions {
  /** `browser`: Chromium against the loopback host; `electron`: the Electron window. */
  appMode: AppMode
  /** Console errors matching one of these do not fail the test (for tests that provoke one on purpose). */
  allowedConsoleErrors: readonly RegExp[]
}

/** Fixtures a test can ask for. */
export interface ReaderFixtures {
  /** A fresh, empty data folder for this test (removed afterwards). */
  dataDir: string
  /** The browser-mode host for this test, started on first use. */
  readerServer: ReaderServer
  /** A page showing the app, loaded at its start URL. */
  reader: Page
  /** The app page's origin (`http://127.0.0.1:PORT`, or the Electron app's scheme and host). */
  appOrigin: string
  /** Every request URL the app's browser context made, from before the first page load on. */
  requestLog: string[]
  /** Starts the host once per test, lazily, so that `reader` and `readerServer` share it. */
  _serverHandle: () => Promise<ReaderServer>
}

interface WorkerFixtures {
  /** A Chromium launched on first use in this worker (never in Electron-only runs). */
  _chromium: () => Promise<Browser>
}

/** Console errors Chromium itself logs that say nothing about the app. */
const BENIGN_CONSOLE_ERRORS: readonly RegExp[] = [/favicon\.ico/]

export const test = base.extend<ReaderFixtures & ReaderOptions, WorkerFixtures>({
  appMode: ['browser', { option: true }],
  allowedConsoleErrors: [[], { option: true }],

  _chromium: [
    async ({ playwright, launchOptions }, use) => {
      let launched: Promise<Browser> | undefined
      await use(() => {
        if (!launchOptions.executablePath && !findChromium()) {
          throw new Error('No Chromium found. Run `tsx scripts/ensure-browser.ts` (part of `npm run test:e2e`) or set CHROMIUM_PATH.')
        }
        // Launch options (executable, flags, headless) come from the config, as for the built-in `browser`.
        launched ??= playwright.chromium.launch()
        return launched
      })
      if (launched) await (await launched).close()
    },
    { scope: 'worker' },
  ],

  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'foc-reader-e2e-'))
    await use(dir)
    await rm(dir, { recursive: true, force: true, maxRetries: 3 })
  },

  _serverHandle: async ({ dataDir }, use, testInfo) => {
    let started: Promise<ReaderServer> | undefined
    await use(() => (started ??= startReaderServer(dataDir)))
    const server = started ? await started.catch(() => null) : null
    if (!server) return
    await server.stop()
    if (testInfo.status !== testInfo.expectedStatus) {
      await testInfo.attach('reader-server-output', { body: server.output(), contentType: 'text/plain' })
    }
  },

  readerServer: async ({ _serverHandle }, use) => {
    await use(await _serverHandle())
  },

  // eslint-disable-next-line no-empty-pattern
  requestLog: async ({}, use) => {
    await use([])
  },

  reader: async ({ appMode, allowedConsoleErrors, dataDir, requestLog, _serverHandle, _chromium }, use, testInfo) => {
    const problems: string[] = []
    const watch = (page: Page): void => {
      page.on('pageerror', (error) => problems.push(`Uncaught error in the page: ${error.stack ?? error.message}`))
      page.on('console', (message) => {
        if (message.type() !== 'error') return
        const text = describeConsoleMessage(message)
        if ([...BENIGN_CONSOLE_ERRORS, ...allowedConsoleErrors].some((pattern) => pattern.test(text))) return
        problems.push(`Console error: ${text}`)
      })
    }

    if (appMode === 'electron') {
      const status = electronBinaryStatus()
      if (!status.available) {
        testInfo.skip(true, `Electron binary not available: ${status.reason}`)
        return
      }
      if (!existsSync(electronMainScript)) throw new Error(`${electronMainScript} does not exist: run \`npm run build\` first.`)
      // Chromium refuses to run as root with its sandbox on (CI containers).
      const sandboxArgs = process.getuid?.() === 0 ? ['--no-sandbox'] : []
      const app = await _electron.launch({
        executablePath: status.path,
        args: [...sandboxArgs, electronMainScript, '--data-dir', dataDir],
        env: { ...process.env, CI: '1' },
      })
      try {
        app.context().on('request', (request) => requestLog.push(request.url()))
        // Links to the web are handed to the OS browser; never open one from a test run.
        await app.evaluate(({ shell }) => {
          shell.openExternal = () => Promise.resolve()
        })
        const page = await app.firstWindow()
        watch(page)
        await page.waitForLoadState('domcontentloaded')
        await use(page)
      } finally {
        await app.close()
      }
    } else {
      if (!existsSync(rendererIndex)) throw new Error(`${rendererIndex} does not exist: run \`npm run build\` first.`)
      const server = await _serverHandle()
      const context = await (await _chromium()).newContext()
      try {
        context.on('request', (request) => requestLog.push(request.url()))
        const page = await context.newPage()
        watch(page)
        await page.goto(server.url)
        // The app starts after its first paint and then takes the token out of the address; a test that
        // rewrites the address (a new route) before that would drop the token with it.
        await page.waitForURL((url) => !url.hash.includes('token='))
        // And until the app's own screen has replaced the host's first paint, so its shortcuts are listening.
        await page.waitForFunction(() => document.getElementById('prepaint') === null && document.querySelector('#root > *') !== null)
        await use(page)
      } finally {
        await context.close()
      }
    }

    if (problems.length > 0) {
      throw new Error(`The app reported ${problems.length} error(s) during the test:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
    }
  },

  appOrigin: async ({ reader }, use) => {
    const url = new URL(reader.url())
    await use(`${url.protocol}//${url.host}`)
  },
})

function describeConsoleMessage(message: ConsoleMessage): string {
  const { url, lineNumber } = message.location()
  return url ? `${message.text()} (${url}:${lineNumber})` : message.text()
}
