/**
 * Start-up as a user meets it, for run-benchmarks.ts: browser mode from
 * spawn to "Reader ready", and Chromium from navigation to the statement's
 * first paragraph on screen.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Page } from '@playwright/test'
import { libraryFileSchema, type LibraryDocument } from '../../shared/document-model'
import { LIBRARY_FILE } from '../../main/core/library'
import { STATIC_PAGE_FILE, writeStaticPage } from './static-baseline'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const rendererIndex = path.join(root, 'dist', 'renderer', 'index.html')
const startScript = path.join(root, 'dist', 'main', 'start.mjs')

/** Flags Chromium needs here (see DESIGN.md). */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync']

/** One measured quantity and its samples, in milliseconds. */
export interface Metric {
  readonly id: string
  readonly label: string
  readonly samples: number[]
  /** Why there are no samples, when there are none. */
  readonly skipped?: string
}

/** Browser mode, running. */
export interface RunningReader {
  readonly child: ChildProcess
  readonly url: string
  readonly readyMs: number
}

/** Starts browser mode and resolves once it prints its URL. */
export function startReader(dataDir: string): Promise<RunningReader> {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(process.execPath, [startScript, '--browser', '--port', '0', '--data-dir', dataDir, '--no-open'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, CI: '1' },
    })
    let output = ''
    const timer = setTimeout(() => {
      child.kill('SIGTERM')
      reject(new Error(`browser mode did not print "Reader ready at" within 30 s:\n${output}`))
    }, 30_000)
    const onData = (chunk: Buffer): void => {
      output += chunk.toString('utf8')
      const match = /Reader ready at (\S+)/.exec(output)
      if (match?.[1]) {
        clearTimeout(timer)
        resolve({ child, url: match[1], readyMs: performance.now() - started })
      }
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
    child.on('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    child.on('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`browser mode exited with ${code} before it was ready:\n${output}`))
    })
  })
}

/** Stops browser mode and waits for it to exit. */
export function stopReader(reader: RunningReader): Promise<void> {
  return new Promise((resolve) => {
    if (reader.child.exitCode !== null) {
      resolve()
      return
    }
    const timer = setTimeout(() => reader.child.kill('SIGKILL'), 5_000)
    reader.child.once('exit', () => {
      clearTimeout(timer)
      resolve()
    })
    reader.child.kill('SIGTERM')
  })
}

/** Browser mode: spawn `node dist/main/start.mjs --browser` until its "Reader ready at" line. */
export async function benchServerStart(runs: number, dataDir: string): Promise<Metric> {
  if (!existsSync(startScript)) return { id: 'server.ready', label: 'browser mode: spawn to "Reader ready"', samples: [], skipped: 'main not built' }
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const reader = await startReader(dataDir)
    samples.push(reader.readyMs)
    await stopReader(reader)
  }
  return { id: 'server.ready', label: 'browser mode: spawn to "Reader ready"', samples }
}

/** The Chromium to drive: CHROMIUM_PATH or Debian's; null for Playwright's own. */
export function chromiumPath(): string | null {
  const candidates = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    (candidate): candidate is string => Boolean(candidate),
  )
  return candidates.find((candidate) => existsSync(candidate)) ?? null
}

interface PageSample {
  readonly wallMs: number
  readonly inPageMs: number
  readonly appReadyMs: number
  readonly fcpMs: number | null
  readonly domContentLoadedMs: number | null
  readonly documentFetchedMs: number | null
}

/**
 * Time to first render of the statement in Chromium: a fresh browser
 * context per run, from navigation start until the article's first
 * paragraph is laid out and visible.
 */
export async function benchFirstRender(runs: number, dataDir: string): Promise<{ metrics: Metric[]; notes: string[] }> {
  const ids = [
    ['page.wall', 'Chromium: goto to first paragraph visible'],
    ['page.in-page', 'Chromium: navigation start to paragraph (in page)'],
    ['page.dcl', '  DOMContentLoaded (bundle parsed and run)'],
    ['page.document-fetched', '  document.get response received'],
    ['page.fcp', '  first contentful paint'],
    ['page.app-ready', "Chromium: navigation start to the app's own reader (in page)"],
  ] as const
  const skip = (reason: string): { metrics: Metric[]; notes: string[] } => ({
    metrics: ids.map(([id, label]) => ({ id, label, samples: [], skipped: reason })),
    notes: [reason],
  })
  if (!existsSync(rendererIndex)) return skip('renderer not built (no dist/renderer/index.html)')
  if (!existsSync(startScript)) return skip('main not built (no dist/main/start.mjs)')
  const executablePath = chromiumPath()
  const { chromium } = await import('@playwright/test')
  const notes: string[] = []
  let browser
  try {
    browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS })
  } catch (error) {
    return skip(`Chromium could not start (${firstLine(error)}); set CHROMIUM_PATH`)
  }
  notes.push(`Chromium ${browser.version()} at ${executablePath ?? "Playwright's own"}`)
  const reader = await startReader(dataDir)
  const samples: PageSample[] = []
  const staticWall: number[] = []
  const staticInPage: number[] = []
  const staticUrl = new URL(STATIC_PAGE_FILE, reader.url.replace(/#.*$/, '')).href
  const removeStaticPage = await writeStaticPage(path.dirname(rendererIndex), await statementDocument())
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext()
      const page = await context.newPage()
      try {
        const { wallMs, inPageMs } = await timeToFirstParagraph(page, reader.url)
        // Then the app's own reader, interactive, in place of the first paint.
        const appReady = await page.waitForFunction(
          // The first paint's article is not the app's (it sits in #root until the app's script moves it).
          () => ((globalThis as unknown as { document: { querySelector(selector: string): unknown } }).document.querySelector('article.document:not(#prepaint article) .block') ? performance.now() : false),
          undefined,
          { polling: 'raf', timeout: 30_000 },
        )
        const appReadyMs = (await appReady.jsonValue()) as number
        const timings = await page.evaluate(() => {
          // Runs in the page, where these are PerformanceNavigationTiming and PerformanceResourceTiming.
          const timeline = performance as unknown as { getEntriesByType(type: string): Array<{ readonly name: string } & Record<string, number>> }
          const navigation = timeline.getEntriesByType('navigation')[0]
          const documentCall = timeline
            .getEntriesByType('resource')
            .filter((entry) => entry.name.includes('/api/document.get'))
            .pop()
          return {
            fcpMs: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
            domContentLoadedMs: navigation?.['domContentLoadedEventEnd'] ?? null,
            documentFetchedMs: documentCall?.['responseEnd'] ?? null,
          }
        })
        if (i === 0) {
          const title = await page.locator('article').first().getAttribute('aria-label')
          notes.push(`first render measured on: ${title ?? '(untitled article)'}`)
        }
        samples.push({ wallMs, inPageMs, appReadyMs, ...timings })
      } finally {
        await context.close()
      }
      // The baseline, interleaved with the app's runs so both meet the same load on a shared machine.
      const staticContext = await browser.newContext()
      try {
        const { wallMs, inPageMs } = await timeToFirstParagraph(await staticContext.newPage(), staticUrl)
        staticWall.push(wallMs)
        staticInPage.push(inPageMs)
      } finally {
        await staticContext.close()
      }
    }
  } catch (error) {
    notes.push(`first-render runs stopped after ${samples.length}: ${firstLine(error)}`)
  } finally {
    await removeStaticPage()
    await stopReader(reader)
    await browser.close()
  }
  const series = (pick: (sample: PageSample) => number | null): number[] =>
    samples.map(pick).filter((value): value is number => value !== null)
  const picks: Array<(sample: PageSample) => number | null> = [
    (sample) => sample.wallMs,
    (sample) => sample.inPageMs,
    (sample) => sample.domContentLoadedMs,
    (sample) => sample.documentFetchedMs,
    (sample) => sample.fcpMs,
    (sample) => sample.appReadyMs,
  ]
  const metrics: Metric[] = ids.map(([id, label], column) => ({ id, label, samples: series(picks[column] ?? (() => null)) }))
  metrics.push({ id: 'page.static-wall', label: 'Chromium: static page, goto to first paragraph visible', samples: staticWall })
  metrics.push({ id: 'page.static-in-page', label: STATIC_PAGE_LABEL, samples: staticInPage })
  return { metrics, notes }
}

/**
 * The baseline's label; the budget (budgets.ts) finds it by this name. The
 * page's own clock is the fair measure: the wall time also counts how long
 * the page's busy main thread takes to answer the benchmark's probe.
 */
const STATIC_PAGE_LABEL = 'Chromium: static page, navigation start to paragraph (in page)'

/** The statement as built: the document the app opens first and the static page holds. */
async function statementDocument(): Promise<LibraryDocument> {
  const library = libraryFileSchema.parse(JSON.parse(await readFile(path.join(root, 'build', 'content', LIBRARY_FILE), 'utf8')))
  const statement = library.documents.find((document) => document.kind === 'statement') ?? library.documents[0]
  if (!statement) throw new Error('build/content/library.json has no documents')
  return statement
}

/**
 * Runs in the page from its first moment (an init script): checks, once per
 * frame, whether an article's first paragraph is laid out and visible, and
 * records the page's clock when it first is. A probe sent from the benchmark
 * would wait behind the page's own script; this one sees the frame the text
 * is painted in.
 */
const FIRST_PARAGRAPH_PROBE = `(() => {
  const check = () => {
    const paragraph = document.querySelector('article p')
    if (paragraph && paragraph.textContent.trim()) {
      const box = paragraph.getBoundingClientRect()
      if (box.width > 0 && box.height > 0 && getComputedStyle(paragraph).visibility !== 'hidden') {
        window.__firstParagraphAt = performance.now()
        return
      }
    }
    requestAnimationFrame(check)
  }
  requestAnimationFrame(check)
})()`

/**
 * From `goto` until the page's first article paragraph is laid out and
 * visible: the page's own clock at that frame (in page), and the wall time
 * until the benchmark learns of it.
 */
async function timeToFirstParagraph(page: Page, url: string): Promise<{ wallMs: number; inPageMs: number }> {
  await page.addInitScript({ content: FIRST_PARAGRAPH_PROBE })
  const start = performance.now()
  await page.goto(url, { waitUntil: 'commit' })
  const handle = await page.waitForFunction(
    // Runs in the page; this project's Node typings have no DOM.
    () => (globalThis as unknown as { __firstParagraphAt?: number }).__firstParagraphAt ?? false,
    undefined,
    { polling: 'raf', timeout: 30_000 },
  )
  const wallMs = performance.now() - start
  return { wallMs, inPageMs: (await handle.jsonValue()) as number }
}

/** The first line of an error's message, for one-line notes. */
function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? ''
}
