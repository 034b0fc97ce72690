/**
 * `npm run bench` (which builds first): start-up benchmarks.
 *
 * - Core start-up in this process: createReaderCore over build/content
 *   (read + JSON.parse + schema validation + search index load, then opening
 *   the notes store), and each of those phases on its own so the split is
 *   visible. The first call is reported apart (JIT, lazy initialisation).
 * - Core start-up in a fresh Node process each run: module loading plus
 *   createReaderCore, as a cold app start pays it.
 * - Browser mode: spawn `node dist/main/start.mjs --browser` until its
 *   "Reader ready at" line.
 * - Time to first render of the statement in Chromium: a fresh browser
 *   context per run, from navigation start until the article's first
 *   paragraph is laid out and visible.
 *
 * Then the notes store and anchoring benchmarks (notes-store-bench.ts,
 * anchoring-bench.ts) unless --startup-only.
 *
 * Prints a table (median, p95, min, runs) and writes bench-results/startup.json
 * (and notes-store.json, anchoring.json).
 * Options: --core-runs N (default 30), --page-runs N (default 15),
 * --server-runs N (default 5), --startup-only.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { build } from 'esbuild'
import { libraryFileSchema } from '../../shared/document-model'
import { createLibrary, INDEX_FILE, LIBRARY_FILE } from '../../main/core/library'
import { openNotesStore } from '../../main/core/notes/notes-store'
import { createReaderCore } from '../../main/core/reader-core'
import { loadBlockIndex } from '../../main/core/search/block-index'
import { runAnchoringBench } from './anchoring-bench'
import { runNotesStoreBench } from './notes-store-bench'
import { runSearchBench } from './search-bench'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const contentDir = path.join(root, 'build', 'content')
const rendererIndex = path.join(root, 'dist', 'renderer', 'index.html')
const startScript = path.join(root, 'dist', 'main', 'start.mjs')
const resultsDir = path.join(root, 'bench-results')

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync']

/** One measured quantity and its samples, in milliseconds. */
interface Metric {
  readonly id: string
  readonly label: string
  readonly samples: number[]
  /** Why there are no samples, when there are none. */
  readonly skipped?: string
}

interface Summary {
  readonly runs: number
  readonly median: number
  readonly p95: number
  readonly min: number
  readonly max: number
}

function summarize(samples: readonly number[]): Summary | null {
  if (samples.length === 0) return null
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN
  const middle = Math.floor(sorted.length / 2)
  const median = sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
  return { runs: sorted.length, median, p95: at(0.95), min: sorted[0] ?? 0, max: sorted[sorted.length - 1] ?? 0 }
}

function positiveInt(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a whole number of at least 1, not "${value}"`)
  return n
}

async function timed<T>(action: () => Promise<T> | T): Promise<[T, number]> {
  const start = performance.now()
  const value = await action()
  return [value, performance.now() - start]
}

// ---------------------------------------------------------------------------
// Core start-up in this process

async function benchCoreInProcess(runs: number, dataDir: string): Promise<Metric[]> {
  const firstCall: number[] = []
  const total: number[] = []
  const read: number[] = []
  const parse: number[] = []
  const validate: number[] = []
  const indexLoad: number[] = []
  const lookups: number[] = []
  const notesOpen: number[] = []
  const options = { contentDir, dataDir, mode: 'browser' as const, version: 'bench', lockDataDir: false }
  // One extra call: the first pays for JIT and lazy initialisation and is reported apart.
  for (let i = 0; i <= runs; i++) {
    const [core, ms] = await timed(() => createReaderCore(options))
    ;(i === 0 ? firstCall : total).push(ms)
    await core.close()
  }
  for (let i = 0; i < runs; i++) {
    const [texts, readMs] = await timed(() =>
      Promise.all([readFile(path.join(contentDir, LIBRARY_FILE), 'utf8'), readFile(path.join(contentDir, INDEX_FILE), 'utf8')]),
    )
    const [[libraryJson, indexJson], parseMs] = await timed(() => texts.map((text) => JSON.parse(text) as unknown))
    const [parsed, validateMs] = await timed(() => libraryFileSchema.parse(libraryJson))
    const [index, indexMs] = await timed(() => loadBlockIndex(indexJson))
    const [, lookupMs] = await timed(() => createLibrary(parsed.documents, index))
    const [store, notesMs] = await timed(() => openNotesStore({ dataDir, lock: false }))
    await store.close()
    notesOpen.push(notesMs)
    read.push(readMs)
    parse.push(parseMs)
    validate.push(validateMs)
    indexLoad.push(indexMs)
    lookups.push(lookupMs)
  }
  return [
    { id: 'core.first-call', label: 'core start-up, first call in process', samples: firstCall },
    { id: 'core.warm', label: 'core start-up (createReaderCore), warm', samples: total },
    { id: 'core.read', label: '  read library + index files', samples: read },
    { id: 'core.json-parse', label: '  JSON.parse (both files)', samples: parse },
    { id: 'core.validate', label: '  schema validation (zod)', samples: validate },
    { id: 'core.index-load', label: '  search index load', samples: indexLoad },
    { id: 'core.lookups', label: '  lookup tables (createLibrary)', samples: lookups },
    { id: 'core.notes-open', label: '  notes store open (empty data folder)', samples: notesOpen },
  ]
}

// ---------------------------------------------------------------------------
// Core start-up in a fresh Node process

const PROBE_SOURCE = `
import { createReaderCore } from './main/core/reader-core'
const modulesLoaded = performance.now()
const start = performance.now()
const core = await createReaderCore({ contentDir: process.argv[2], dataDir: process.argv[3], mode: 'browser', version: 'bench', lockDataDir: false })
const end = performance.now()
await core.close()
process.stdout.write(JSON.stringify({ boot: modulesLoaded, core: end - start, total: end }))
`

async function benchCoreFreshProcess(runs: number, dataDir: string): Promise<Metric[]> {
  // Bundled beside node_modules so that lunr and zod resolve as in the app.
  const probe = path.join(resultsDir, '.core-startup-probe.mjs')
  await mkdir(resultsDir, { recursive: true })
  await build({
    stdin: { contents: PROBE_SOURCE, resolveDir: root, loader: 'ts', sourcefile: 'core-startup-probe.ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile: probe,
    logLevel: 'warning',
  })
  const baseline: number[] = []
  const boot: number[] = []
  const core: number[] = []
  const total: number[] = []
  try {
    for (let i = 0; i < runs; i++) {
      baseline.push(Number(await runNode(['--input-type=module', '-e', 'process.stdout.write(String(performance.now()))'])))
      const output = await runNode([probe, contentDir, dataDir])
      const sample = JSON.parse(output) as { boot: number; core: number; total: number }
      boot.push(sample.boot)
      core.push(sample.core)
      total.push(sample.total)
    }
  } finally {
    await rm(probe, { force: true })
  }
  return [
    { id: 'process.baseline', label: 'fresh Node: empty module (baseline)', samples: baseline },
    { id: 'process.boot', label: 'fresh Node: process start to modules loaded', samples: boot },
    { id: 'process.core', label: 'fresh Node: createReaderCore, cold', samples: core },
    { id: 'process.total', label: 'fresh Node: process start to core ready', samples: total },
  ]
}

function runNode(args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve(stdout) : reject(new Error(`node ${args.join(' ')} exited with ${code}: ${stderr.trim()}`))))
  })
}

// ---------------------------------------------------------------------------
// Browser mode

interface RunningReader {
  readonly child: ChildProcess
  readonly url: string
  readonly readyMs: number
}

/** Starts browser mode and resolves once it prints its URL. */
function startReader(dataDir: string): Promise<RunningReader> {
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

function stopReader(reader: RunningReader): Promise<void> {
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

async function benchServerStart(runs: number, dataDir: string): Promise<Metric> {
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const reader = await startReader(dataDir)
    samples.push(reader.readyMs)
    await stopReader(reader)
  }
  return { id: 'server.ready', label: 'browser mode: spawn to "Reader ready"', samples }
}

// ---------------------------------------------------------------------------
// Chromium: time to first render

function chromiumPath(): string | null {
  const candidates = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    (candidate): candidate is string => Boolean(candidate),
  )
  return candidates.find((candidate) => existsSync(candidate)) ?? null
}

/** The little of the page's DOM the first-render probe uses. */
interface PageWindow {
  readonly document: { querySelector(selector: string): PageElement | null }
  getComputedStyle(element: PageElement): { readonly visibility: string }
}

interface PageElement {
  readonly textContent: string | null
  getBoundingClientRect(): { readonly width: number; readonly height: number }
}

interface PageSample {
  readonly wallMs: number
  readonly inPageMs: number
  readonly fcpMs: number | null
  readonly domContentLoadedMs: number | null
  readonly documentFetchedMs: number | null
}

async function benchFirstRender(runs: number, dataDir: string): Promise<{ metrics: Metric[]; notes: string[] }> {
  const ids = [
    ['page.wall', 'Chromium: goto to first paragraph visible'],
    ['page.in-page', 'Chromium: navigation start to paragraph (in page)'],
    ['page.dcl', '  DOMContentLoaded (bundle parsed and run)'],
    ['page.document-fetched', '  document.get response received'],
    ['page.fcp', '  first contentful paint'],
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
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext()
      const page = await context.newPage()
      try {
        const start = performance.now()
        await page.goto(reader.url, { waitUntil: 'commit' })
        const handle = await page.waitForFunction(
          () => {
            // Runs in the page; this project's Node typings have no DOM.
            const window = globalThis as unknown as PageWindow
            const paragraph = window.document.querySelector('article p')
            if (!paragraph || !paragraph.textContent?.trim()) return false
            const box = paragraph.getBoundingClientRect()
            return box.width > 0 && box.height > 0 && window.getComputedStyle(paragraph).visibility !== 'hidden' ? performance.now() : false
          },
          undefined,
          { polling: 'raf', timeout: 30_000 },
        )
        const wallMs = performance.now() - start
        const inPageMs = (await handle.jsonValue()) as number
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
        samples.push({ wallMs, inPageMs, ...timings })
      } finally {
        await context.close()
      }
    }
  } catch (error) {
    notes.push(`first-render runs stopped after ${samples.length}: ${firstLine(error)}`)
  } finally {
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
  ]
  return { metrics: ids.map(([id, label], column) => ({ id, label, samples: series(picks[column] ?? (() => null)) })), notes }
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? ''
}

// ---------------------------------------------------------------------------

/** A figure already summarized by another benchmark module. */
interface SummarizedFigure {
  readonly metric: string
  readonly median: number
  readonly p95: number
  readonly min: number
  readonly runs: number
}

function formatTable(metrics: readonly (Metric | SummarizedFigure)[]): string {
  const ms = (value: number): string => `${value.toFixed(value < 10 ? 2 : 1)} ms`
  const rows = metrics.map((metric) => {
    if ('metric' in metric) return [metric.metric, ms(metric.median), ms(metric.p95), ms(metric.min), String(metric.runs)]
    const summary = summarize(metric.samples)
    if (!summary) return [metric.label, metric.skipped ?? 'no samples', '', '', '0']
    return [metric.label, ms(summary.median), ms(summary.p95), ms(summary.min), String(summary.runs)]
  })
  const header = ['metric', 'median', 'p95', 'min', 'runs']
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)))
  const line = (cells: readonly string[]): string =>
    cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ')
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n')
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'core-runs': { type: 'string' },
      'page-runs': { type: 'string' },
      'server-runs': { type: 'string' },
      'startup-only': { type: 'boolean', default: false },
    },
    strict: true,
  })
  const coreRuns = positiveInt(values['core-runs'], 30, 'core-runs')
  const pageRuns = positiveInt(values['page-runs'], 15, 'page-runs')
  const serverRuns = positiveInt(values['server-runs'], 5, 'server-runs')
  if (!existsSync(path.join(contentDir, LIBRARY_FILE))) throw new Error('build/content is missing: run "npm run build" first')

  const library = libraryFileSchema.parse(JSON.parse(await readFile(path.join(contentDir, LIBRARY_FILE), 'utf8')))
  const content = {
    documents: library.documents.length,
    blocks: library.documents.reduce((sum, document) => sum + document.blocks.length, 0),
    libraryBytes: (await stat(path.join(contentDir, LIBRARY_FILE))).size,
    indexBytes: (await stat(path.join(contentDir, INDEX_FILE))).size,
  }
  console.log(
    `bench: ${content.documents} document(s), ${content.blocks} blocks; library.json ${content.libraryBytes} B, search-index.json ${content.indexBytes} B`,
  )

  const metrics: Metric[] = []
  const notes: string[] = [`load average at start: ${os.loadavg().map((load) => load.toFixed(2)).join(' ')} on ${os.cpus().length} CPUs`]
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'foc-bench-'))
  try {
    metrics.push(...(await benchCoreInProcess(coreRuns, dataDir)))
    metrics.push(...(await benchCoreFreshProcess(coreRuns, dataDir)))
    if (existsSync(startScript)) metrics.push(await benchServerStart(serverRuns, dataDir))
    else metrics.push({ id: 'server.ready', label: 'browser mode: spawn to "Reader ready"', samples: [], skipped: 'main not built' })
    const firstRender = await benchFirstRender(pageRuns, dataDir)
    metrics.push(...firstRender.metrics)
    notes.push(...firstRender.notes)
  } finally {
    await rm(dataDir, { recursive: true, force: true })
  }

  console.log(`\n${formatTable(metrics)}`)
  for (const note of notes) console.log(`note: ${note}`)

  await mkdir(resultsDir, { recursive: true })
  const out = path.join(resultsDir, 'startup.json')
  const report = {
    date: new Date().toISOString(),
    environment: { node: process.version, platform: `${process.platform} ${os.release()}`, arch: process.arch, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? '' },
    content,
    unit: 'ms',
    metrics: metrics.map((metric) => ({ id: metric.id, label: metric.label.trim(), ...(metric.skipped ? { skipped: metric.skipped } : {}), ...summarize(metric.samples), samples: metric.samples.map((value) => Math.round(value * 1000) / 1000) })),
    notes,
  }
  await writeFile(out, `${JSON.stringify(report, null, 2)}\n`)
  console.log(`\nwrote ${path.relative(root, out)}`)

  if (values['startup-only']) return
  for (const [name, run] of [
    ['notes-store', runNotesStoreBench],
    ['anchoring', runAnchoringBench],
    ['search', runSearchBench],
  ] as const) {
    console.log(`\nbench: ${name}…`)
    const figures: SummarizedFigure[] = await run()
    console.log(formatTable(figures))
    const file = path.join(resultsDir, `${name}.json`)
    await writeFile(file, `${JSON.stringify({ date: new Date().toISOString(), unit: 'ms', metrics: figures }, null, 2)}\n`)
    console.log(`wrote ${path.relative(root, file)}`)
  }
}

main().catch((error: unknown) => {
  console.error('bench failed:', error)
  process.exitCode = 1
})
