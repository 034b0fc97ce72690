/**
 * `npm run bench` (which builds first): start-up benchmarks.
 *
 * - Core start-up in this process: createReaderCore over build/content
 *   (read + JSON.parse + schema validation + search index load, then opening
 *   the notes store), and each of those phases on its own so the split is
 *   visible. The first call is reported apart (JIT, lazy initialisation).
 * - Core start-up in a fresh Node process each run: module loading plus
 *   createReaderCore, as a cold app start pays it.
 * - Browser mode and Chromium's first render (browser-startup-bench.ts).
 *
 * Then the notes store, anchoring, search and export benchmarks
 * (notes-store-bench.ts, anchoring-bench.ts, search-bench.ts,
 * export-bench.ts, all-notes-bench.ts, pdf-import-bench.ts) unless --startup-only.
 *
 * Prints a table (median, p95, min, runs) and writes bench-results/startup.json
 * (and notes-store.json, anchoring.json).
 * Ends with the budget table (budgets.ts) and bench-results/budget.json.
 * Options: --core-runs N (default 30), --page-runs N (default 15),
 * --server-runs N (default 5), --startup-only, --only NAME (one of startup,
 * notes-store, anchoring, search, export, all-notes, pdf-import: run just that one),
 * --check (exit non-zero when a budget is over, or, in a full run, was not
 * measured).
 */
import { spawn } from 'node:child_process'
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
import { runAllNotesBench } from './all-notes-bench'
import { runAnchoringBench } from './anchoring-bench'
import { runExportBench } from './export-bench'
import { benchFirstRender, benchServerStart, type Metric } from './browser-startup-bench'
import { runNotesStoreBench } from './notes-store-bench'
import { runPdfImportBench } from './pdf-import-bench'
import { runSearchBench } from './search-bench'
import { budgetCheckFails, evaluateBudgets, formatBudgetTable, type BudgetFigure } from './budgets'
import { initialScriptKilobytes } from './static-baseline'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const contentDir = path.join(root, 'build', 'content')
const resultsDir = path.join(root, 'bench-results')


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
      only: { type: 'string' },
      check: { type: 'boolean', default: false },
    },
    strict: true,
  })
  const coreRuns = positiveInt(values['core-runs'], 30, 'core-runs')
  const pageRuns = positiveInt(values['page-runs'], 15, 'page-runs')
  const serverRuns = positiveInt(values['server-runs'], 5, 'server-runs')
  const only = values.only
  if (only !== undefined && only !== 'startup' && !MODULE_BENCHES.some(([name]) => name === only)) {
    throw new Error(`--only must be one of startup, ${MODULE_BENCHES.map(([name]) => name).join(', ')}; not "${only}"`)
  }
  const measured: BudgetFigure[] = []
  if (only === undefined || only === 'startup') measured.push(...(await benchStartup(coreRuns, pageRuns, serverRuns)))
  const runModules = !values['startup-only'] && only !== 'startup'
  for (const [name, run] of runModules ? MODULE_BENCHES : []) {
    if (only !== undefined && only !== name) continue
    console.log(`\nbench: ${name}…`)
    const figures: SummarizedFigure[] = await run()
    measured.push(...figures)
    console.log(formatTable(figures))
    await mkdir(resultsDir, { recursive: true })
    const file = path.join(resultsDir, `${name}.json`)
    await writeFile(file, `${JSON.stringify({ date: new Date().toISOString(), unit: 'ms', metrics: figures }, null, 2)}\n`)
    console.log(`wrote ${path.relative(root, file)}`)
  }
  const fullRun = only === undefined && !values['startup-only']
  const failed = await reportBudgets(measured, fullRun)
  if (values.check && failed) {
    console.error('\nbench --check: a budget is over' + (fullRun ? ' or was not measured' : ''))
    process.exitCode = 1
  }
}

/** Prints the budget table (budgets.ts), writes bench-results/budget.json, and says whether --check would fail. */
async function reportBudgets(measured: readonly BudgetFigure[], fullRun: boolean): Promise<boolean> {
  const rows = evaluateBudgets(measured)
  console.log(`\nbudgets${fullRun ? '' : ' (a partial run: budgets of benchmarks not run are "not measured")'}\n${formatBudgetTable(rows)}`)
  await mkdir(resultsDir, { recursive: true })
  const file = path.join(resultsDir, 'budget.json')
  await writeFile(file, `${JSON.stringify({ date: new Date().toISOString(), fullRun, loadAverage: os.loadavg(), budgets: rows }, null, 2)}\n`)
  console.log(`wrote ${path.relative(root, file)}`)
  return budgetCheckFails(rows, fullRun)
}

/** The benchmarks in their own modules, by the name --only takes and their results file's. */
const MODULE_BENCHES = [
  ['notes-store', runNotesStoreBench],
  ['anchoring', runAnchoringBench],
  ['search', runSearchBench],
  ['export', runExportBench],
  ['all-notes', runAllNotesBench],
  ['pdf-import', runPdfImportBench],
] as const

async function benchStartup(coreRuns: number, pageRuns: number, serverRuns: number): Promise<BudgetFigure[]> {
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
    metrics.push(await benchServerStart(serverRuns, dataDir))
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
  const figures = metrics.flatMap((metric): BudgetFigure[] => {
    const summary = summarize(metric.samples)
    return summary ? [{ metric: metric.label.trim(), median: summary.median, p95: summary.p95 }] : []
  })
  const script = await initialScriptKilobytes(path.join(root, 'dist', 'renderer'))
  console.log(`renderer initial JS: ${script.kilobytes} KB gzipped (${script.files.join(', ')})`)
  figures.push({ metric: 'renderer initial JS, gzipped', median: script.kilobytes, p95: script.kilobytes, unit: 'KB' })
  return figures
}

main().catch((error: unknown) => {
  console.error('bench failed:', error)
  process.exitCode = 1
})
