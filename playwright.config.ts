/**
 * End-to-end tests: the real renderer against the real core. The `chromium`
 * project drives the browser-mode host with a local Chromium (see
 * e2e/browser-path.ts; `npm run test:e2e` makes sure one exists); the
 * `electron` project drives the Electron window where an Electron binary is
 * installed and reports itself skipped, with the reason, where none is.
 * There is no webServer: every test starts its own host on a free port with
 * its own data folder.
 */
import { defineConfig } from '@playwright/test'
import os from 'node:os'
import { CHROMIUM_ARGS, findChromium } from './e2e/browser-path'
import { electronBinaryStatus } from './e2e/electron-availability'
import type { ReaderOptions } from './e2e/fixtures'

const ci = Boolean(process.env['CI'])
const chromiumPath = findChromium()

// Say once, in the runner process (not in every worker), why the electron project will skip.
const electron = electronBinaryStatus()
if (!electron.available && process.env['TEST_WORKER_INDEX'] === undefined) {
  console.log(`[e2e] electron project: every test skips, Electron binary not available: ${electron.reason}`)
}

export default defineConfig<ReaderOptions>({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results',
  // The machines have 2 cores: one file per worker, two workers at most.
  fullyParallel: false,
  workers: Math.min(2, os.availableParallelism()),
  forbidOnly: ci,
  retries: ci ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: ci ? [['list'], ['html', { open: 'never' }]] : [['list']],
  use: {
    // A failed test keeps its trace (DOM snapshots, network, console): enough to see what happened.
    trace: 'retain-on-failure',
    viewport: { width: 1280, height: 800 },
    locale: 'en-GB',
    timezoneId: 'UTC',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        appMode: 'browser',
        browserName: 'chromium',
        launchOptions: {
          ...(chromiumPath ? { executablePath: chromiumPath } : {}),
          args: [...CHROMIUM_ARGS],
        },
      },
    },
    {
      name: 'electron',
      use: { appMode: 'electron' },
    },
  ],
})
