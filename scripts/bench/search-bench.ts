/**
 * Search benchmark. On a deterministic synthetic corpus of 10,000
 * paragraphs (about 7 MB) and on the bundled content: index build time,
 * serialized size, load time, and query latency (p50/p95/p99) over about
 * 1,000 mixed queries (single and multi-word, prefix, fuzzy, field, phrase)
 * for the app's search (Lunr, our query reading), stock Lunr (its own
 * parser), a naive linear scan and MiniSearch, all in the same run. Then the
 * notes index: time from one edit until it is searchable, at 100, 1,000
 * and 10,000 notes.
 *
 * Run directly: `node --expose-gc --import tsx scripts/bench/search-bench.ts`
 * prints the tables (without --expose-gc, engines may pause for each
 * other's garbage).
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildSync } from 'esbuild'
import lunr from 'lunr'
import MiniSearch from 'minisearch'
import { BLOCK_INDEX_FIELDS, buildBlockIndex, loadBlockIndex, storeBlockIndex } from '../../main/core/search/block-index'
import type { SearchIndex } from '../../main/core/search/search-index'
import { foldCase } from '../../main/core/search/fold-text'
import { NOTE_INDEX_FIELDS, NotesIndex, type IndexedNote } from '../../main/core/search/notes-index'
import { parseQuery } from '../../main/core/search/query'
import { bestMatches, runQuery } from '../../main/core/search/run-query'
import { dispatch } from '../../main/core/api'
import { createMemoryNotesStore } from '../../main/core/notes/testing/memory-notes-store'
import { buildTestCore, buildTestLibrary } from '../../main/core/testing/test-library'
import { adversarialNotes } from '../../main/core/search/testing/adversarial-notes'
import { asDocuments, mixedQueries, syntheticCorpus, type Paragraph, type QueryKind } from './synthetic-corpus'
import { seededRandom } from '../testing/seeded-random'
import type { BenchScale } from './bench-stats'

/** One benchmark figure, as run-benchmarks.ts prints it. */
export interface SearchBenchFigure {
  readonly metric: string
  readonly median: number
  readonly p95: number
  readonly min: number
  readonly runs: number
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const PARAGRAPHS = Number(process.env['SEARCH_BENCH_PARAGRAPHS'] ?? 10_000)
const QUERIES = 1_000

function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))] ?? 0
}

function timeIt<T>(run: () => T): [T, number] {
  const started = performance.now()
  const value = run()
  return [value, performance.now() - started]
}

interface Engine {
  readonly name: string
  search(query: string): number
}

function naiveEngine(paragraphs: readonly Paragraph[]): Engine {
  const texts = paragraphs.map((paragraph) => ({ text: foldCase(paragraph.text), title: foldCase(paragraph.title) }))
  return {
    name: 'naive scan',
    search(query) {
      const phrase = /^"(.*)"$/.exec(query)?.[1]
      const terms = phrase ? [foldCase(phrase)] : foldCase(query).split(/\s+/)
      let found = 0
      for (const item of texts) {
        const ok = terms.every((raw) => {
          const [field, term = ''] = raw.includes(':') ? raw.split(':') : [null, raw]
          const haystack = field === 'title' ? item.title : item.text
          const word = term.replace(/[*]|~\d$/g, '')
          // A fuzzy term is scanned as its stem minus the changed letter: the scan's best cheap approximation.
          return haystack.includes(term.endsWith('~1') ? word.slice(0, -1) : word)
        })
        if (ok) found++
      }
      return found
    },
  }
}

function miniSearchEngine(paragraphs: readonly Paragraph[]): PreparedEngine {
  const options = { fields: ['title', 'text'], storeFields: [], idField: 'ref' }
  const [mini, buildMs] = timeIt(() => {
    const index = new MiniSearch<Paragraph>(options)
    index.addAll(paragraphs)
    return index
  })
  const json = JSON.stringify(mini)
  const [loaded, loadMs] = timeIt(() => MiniSearch.loadJSON<Paragraph>(json, options))
  return {
    buildMs,
    size: json.length,
    loadMs,
    engine: {
      name: 'MiniSearch',
      search(query) {
        const phrase = /^"(.*)"$/.exec(query)?.[1]
        const prefix = query.endsWith('*')
        const fuzzy = /~1$/.test(query)
        const field = /^title:/.test(query) ? ['title'] : undefined
        const text = (phrase ?? query).replace(/^title:|[*]$|~1$/g, '')
        return loaded.search(text, { combineWith: 'AND', prefix, fuzzy: fuzzy ? 1 : false, ...(field ? { fields: field } : {}) }).length
      },
    },
  }
}

function appEngine(index: SearchIndex, paragraphs: readonly Paragraph[]): Engine {
  const fields = BLOCK_INDEX_FIELDS.map((field) => field.name)
  const byRef = new Map(paragraphs.map((paragraph) => [paragraph.ref, paragraph]))
  return {
    name: 'app search (Lunr)',
    search(query) {
      const parsed = parseQuery(query)
      const texts = (ref: string) => {
        const paragraph = byRef.get(ref)
        return paragraph ? [paragraph.text, paragraph.title] : []
      }
      let found = runQuery(index, fields, parsed, 'all', texts)
      if (found.matches.length === 0) found = runQuery(index, fields, parsed, 'any', texts)
      // What the app shows: the best 20, with Lunr's match data for their snippets.
      found.explain(bestMatches(found.matches, 20).map((match) => match.ref))
      return found.matches.length
    },
  }
}

function stockLunrEngine(index: lunr.Index): Engine {
  return {
    name: 'stock Lunr',
    search(query) {
      try {
        return index.search(query.replace(/"/g, '')).length
      } catch {
        return 0
      }
    },
  }
}

interface Latency {
  readonly engine: string
  readonly kind: string
  readonly p50: number
  readonly p95: number
  readonly p99: number
  readonly runs: number
}

function measure(engine: Engine, queries: ReadonlyArray<{ kind: QueryKind; query: string }>): Latency[] {
  const samples = new Map<string, number[]>([['all', []]])
  for (const { query } of queries.slice(0, 50)) engine.search(query) // warm-up
  collectGarbage()
  for (const { kind, query } of queries) {
    const [, ms] = timeIt(() => engine.search(query))
    samples.get('all')?.push(ms)
    const list = samples.get(kind) ?? []
    list.push(ms)
    samples.set(kind, list)
  }
  return [...samples].map(([kind, list]) => {
    const sorted = [...list].sort((a, b) => a - b)
    return { engine: engine.name, kind, p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), p99: percentile(sorted, 0.99), runs: sorted.length }
  })
}

function notesUpdate(count: number): number[] {
  const next = seededRandom(count)
  const note = (index: number): IndexedNote => ({
    id: `n${index}`,
    documentId: 'foc-pp18-joint-statement',
    blockId: undefined,
    quote: `passage ${index} on rights online and the ITU`,
    text: `Note ${index}: check resolution ${Math.floor(next() * 100)}/${index % 50} against the draft; follow up with the delegation.`,
    tags: [`tag${index % 20}`],
    category: null,
    categoryLabel: '',
  })
  const index = new NotesIndex(Array.from({ length: count }, (_, at) => note(at)))
  const query = parseQuery('zzedited')
  const samples: number[] = []
  for (let run = 0; run < 20; run++) {
    const edited = { ...note(run), text: `zzedited ${run}` }
    const [hits, ms] = timeIt(() => {
      index.put(edited)
      return index.search((segment) => runQuery(segment, NOTE_INDEX_FIELDS, query, 'all', () => []))
    })
    if (!hits.matches.some((hit) => hit.ref === edited.id)) throw new Error('the edited note was not found')
    samples.push(ms)
  }
  index.dispose()
  return samples
}

/**
 * "*e*" over notes holding a 99k-character word (and other adversarial
 * notes), through the real dispatch, while app.info is called every 5 ms:
 * per run, how long the search took and the slowest app.info. Each run
 * has a fresh core, so no expansion is cached.
 */
async function heavySearchWithInfo(runs: number): Promise<{ search: number[]; info: number[] }> {
  const library = buildTestLibrary()
  const notes = adversarialNotes(4)
  const search: number[] = []
  const info: number[] = []
  for (let run = 0; run < runs; run++) {
    const core = buildTestCore(library, { store: createMemoryNotesStore(notes) })
    await dispatch(core, 'search.query', { query: 'warm' })
    collectGarbage()
    const waits: number[] = []
    const timer = setInterval(() => {
      const asked = performance.now()
      void dispatch(core, 'app.info', {}).then(() => waits.push(performance.now() - asked))
    }, 5)
    const started = performance.now()
    await dispatch(core, 'search.query', { query: '*e*' })
    search.push(performance.now() - started)
    clearInterval(timer)
    info.push(Math.max(0, ...waits))
  }
  return { search: search.sort((a, b) => a - b), info: info.sort((a, b) => a - b) }
}

const round = (value: number): number => Math.round(value * 100) / 100

/**
 * The first load of the index at `file` in each of `count` fresh processes,
 * sorted. The probe is bundled with esbuild and run by plain node, as the
 * app's main process is: tsx's loader would otherwise share the start-up.
 */
function coldLoads(file: string, count: number): { loads: number[]; firstPatterns: number[] } {
  const folder = mkdtempSync(path.join(tmpdir(), 'foc-index-probe-'))
  const probe = path.join(folder, 'probe.mjs')
  buildSync({ entryPoints: [path.join(root, 'scripts', 'bench', 'index-load-probe.ts')], bundle: true, platform: 'node', format: 'esm', outfile: probe, logLevel: 'error' })
  const loads: number[] = []
  const firstPatterns: number[] = []
  for (let run = 0; run < count; run++) {
    const output = JSON.parse(execFileSync(process.execPath, [probe, file], { cwd: root, encoding: 'utf8' })) as { ms: number; firstPatternMs: number }
    loads.push(output.ms)
    firstPatterns.push(output.firstPatternMs)
  }
  rmSync(folder, { recursive: true, force: true })
  return { loads: loads.sort((a, b) => a - b), firstPatterns: firstPatterns.sort((a, b) => a - b) }
}

/** An engine made ready: what it cost to build, store and load. */
interface PreparedEngine {
  readonly engine: Engine
  readonly buildMs: number
  readonly size: number
  readonly loadMs: number
}

function prepareApp(paragraphs: readonly Paragraph[]): PreparedEngine {
  const [built, buildMs] = timeIt(() => storeBlockIndex(buildBlockIndex(asDocuments(paragraphs))))
  const json = JSON.stringify(built)
  const [loaded, loadMs] = timeIt(() => loadReady(json))
  return { engine: appEngine(loaded, paragraphs), buildMs, size: json.length, loadMs }
}

function prepareStockLunr(paragraphs: readonly Paragraph[]): PreparedEngine {
  const [built, buildMs] = timeIt(() =>
    lunr(function build() {
      this.ref('ref')
      this.field('title')
      this.field('text')
      this.metadataWhitelist = ['position']
      for (const paragraph of paragraphs) this.add(paragraph)
    }),
  )
  const json = JSON.stringify(built)
  const [loaded, loadMs] = timeIt(() => lunr.Index.load(JSON.parse(json)))
  return { engine: stockLunrEngine(loaded), buildMs, size: json.length, loadMs }
}

function prepareNaive(paragraphs: readonly Paragraph[]): PreparedEngine {
  return { engine: naiveEngine(paragraphs), buildMs: 0, size: 0, loadMs: 0 }
}

/** Parses and loads a stored index, checking every number (the app checks a checksum instead). */
function loadReady(json: string): SearchIndex {
  return loadBlockIndex(JSON.parse(json))
}

/** Collects garbage when node runs with --expose-gc, so one engine's leftovers do not pause another's queries. */
function collectGarbage(): void {
  ;(globalThis as { gc?: () => void }).gc?.()
}

/** Runs the benchmark, prints its tables, and returns figures for run-benchmarks.ts. */
export async function runSearchBench(scale: BenchScale = 'full'): Promise<SearchBenchFigure[]> {
  const smoke = scale === 'smoke'
  const figures: SearchBenchFigure[] = []
  const lines: string[] = []
  const { paragraphs } = syntheticCorpus(smoke ? 200 : PARAGRAPHS)
  const bytes = paragraphs.reduce((sum, paragraph) => sum + paragraph.text.length, 0)
  lines.push(`synthetic corpus: ${paragraphs.length} paragraphs, ${(bytes / 1e6).toFixed(1)} MB of text`)
  const queries = mixedQueries(paragraphs, smoke ? 60 : QUERIES)

  // One engine at a time: each is built, loaded and queried with only its own index alive.
  const sizes: string[] = ['', 'engine              build ms   serialized MB   load ms']
  const latencies: Latency[] = []
  const preparers = [prepareApp, prepareStockLunr, prepareNaive, (list: readonly Paragraph[]) => miniSearchEngine(list)]
  for (const prepare of preparers) {
    collectGarbage()
    const prepared = prepare(paragraphs)
    if (prepared.size > 0) {
      sizes.push(`${prepared.engine.name.padEnd(19)} ${prepared.buildMs.toFixed(0).padStart(8)}   ${(prepared.size / 1e6).toFixed(1).padStart(13)}   ${prepared.loadMs.toFixed(0).padStart(7)}`)
    }
    latencies.push(...measure(prepared.engine, queries))
  }
  lines.push(...sizes)
  lines.push('', 'query latency (ms)  kind      p50     p95     p99   runs')
  for (const row of latencies) {
    lines.push(`${row.engine.padEnd(19)} ${row.kind.padEnd(7)} ${row.p50.toFixed(2).padStart(6)}  ${row.p95.toFixed(2).padStart(6)}  ${row.p99.toFixed(2).padStart(6)}  ${String(row.runs).padStart(5)}`)
    if (row.kind === 'all' || row.kind === 'prefix') figures.push({ metric: `search ${row.engine} ${row.kind} (${paragraphs.length.toLocaleString('en')} ¶)`, median: round(row.p50), p95: round(row.p95), min: round(row.p50), runs: row.runs })
  }
  const app = latencies.find((row) => row.engine === 'app search (Lunr)' && row.kind === 'all')
  const mini = latencies.find((row) => row.engine === 'MiniSearch' && row.kind === 'all')
  if (app && mini) lines.push('', `app search p95 / MiniSearch p95: ${(app.p95 / mini.p95).toFixed(2)} (below 1: faster)`)

  const bundledPath = path.join(root, 'build', 'content', 'search-index.json')
  const bundledText = await readFile(bundledPath, 'utf8').catch(() => null)
  if (bundledText) {
    const { loads: cold, firstPatterns } = coldLoads(bundledPath, smoke ? 1 : 10)
    for (let run = 0; run < 5; run++) loadReady(bundledText) // warm-up
    collectGarbage()
    const warm: number[] = []
    for (let run = 0; run < (smoke ? 2 : 50); run++) warm.push(timeIt(() => loadReady(bundledText))[1])
    warm.sort((a, b) => a - b)
    lines.push('', `bundled index: ${(bundledText.length / 1024).toFixed(0)} KB stored`)
    lines.push(`  first load in a fresh process, as at start-up (read, checksum, parse, load): p50 ${percentile(cold, 0.5).toFixed(2)} ms, p95 ${percentile(cold, 0.95).toFixed(2)} ms, ${cold.length} processes`)
    lines.push(`  then the first inner-wildcard expansion (*e*, every term examined): p50 ${percentile(firstPatterns, 0.5).toFixed(2)} ms, p95 ${percentile(firstPatterns, 0.95).toFixed(2)} ms`)
    lines.push(`  warm, in one process (parse, load checking every number): p50 ${percentile(warm, 0.5).toFixed(2)} ms, p95 ${percentile(warm, 0.95).toFixed(2)} ms, ${warm.length} runs`)
    figures.push({ metric: 'search bundled index first load (fresh process)', median: round(percentile(cold, 0.5)), p95: round(percentile(cold, 0.95)), min: round(cold[0] ?? 0), runs: cold.length })
    figures.push({ metric: 'search bundled index load (warm)', median: round(percentile(warm, 0.5)), p95: round(percentile(warm, 0.95)), min: round(warm[0] ?? 0), runs: warm.length })
  }

  lines.push('', 'notes index: one edit until searchable')
  for (const count of smoke ? [100] : [100, 1_000, 10_000]) {
    const samples = notesUpdate(count).sort((a, b) => a - b)
    lines.push(`  ${String(count).padStart(6)} notes   p50 ${percentile(samples, 0.5).toFixed(2)} ms   p95 ${percentile(samples, 0.95).toFixed(2)} ms`)
    figures.push({ metric: `notes index edit→searchable (${count})`, median: round(percentile(samples, 0.5)), p95: round(percentile(samples, 0.95)), min: round(samples[0] ?? 0), runs: samples.length })
  }
  const heavy = await heavySearchWithInfo(smoke ? 1 : 7)
  lines.push('', '*e* over a 99k-character word, app.info every 5 ms meanwhile (real dispatch)')
  lines.push(`  search p50 ${percentile(heavy.search, 0.5).toFixed(1)} ms; slowest app.info per run p50 ${percentile(heavy.info, 0.5).toFixed(1)} ms, max ${(heavy.info.at(-1) ?? 0).toFixed(1)} ms`)
  figures.push({ metric: 'search *e* over 99k-char word', median: round(percentile(heavy.search, 0.5)), p95: round(percentile(heavy.search, 0.95)), min: round(heavy.search[0] ?? 0), runs: heavy.search.length })
  figures.push({ metric: 'app.info during *e* (slowest per run)', median: round(percentile(heavy.info, 0.5)), p95: round(percentile(heavy.info, 0.95)), min: round(heavy.info[0] ?? 0), runs: heavy.info.length })
  console.log(lines.join('\n'))
  return figures
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runSearchBench().catch((error: unknown) => {
    console.error(error)
    process.exitCode = 1
  })
}
