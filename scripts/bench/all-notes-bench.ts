/**
 * All notes at 10,000 notes, in Chromium against browser mode: how long
 * the list takes to show a filter's result, and to catch up with a scroll.
 *
 * A data folder gets a notes file of 10,000 notes on the bundled documents
 * (written with serializeNotesFile, as the store writes it). Each run, from
 * the full list:
 * - text filter: a word that 125 notes hold is put in "Search all notes";
 *   timed from the search request leaving the page (the box waits
 *   SEARCH_DEBOUNCE_MS after the last keystroke first, on purpose) until
 *   the list shows only those notes, and, apart, from the keystroke;
 * - category filter (answered in the page): from the change of "Filter by
 *   category" until the list shows only that category;
 * - scrolling: one screen down, until rows cover the view again.
 * "Shows" means: the status line or rows say so and every row drawn
 * belongs to the result, polled each animation frame.
 *
 * Run directly: `npx tsx scripts/bench/all-notes-bench.ts` (after `npm run build`).
 */
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describeRange } from '../../shared/anchoring/describe-range'
import { libraryFileSchema } from '../../shared/document-model'
import { NOTE_CATEGORY_IDS } from '../../shared/notes/categories'
import { ANNOTATION_CONTEXT, documentUrn, noteBodies, versionUrn, type Note } from '../../shared/notes/note-model'
import { LIBRARY_FILE } from '../../main/core/library'
import { serializeNotesFile } from '../../main/core/notes/notes-file'
import { NOTES_FILE_NAME } from '../../main/core/notes/notes-recovery'
import { printBenchTable, summarizeSamples, type BenchResult, type BenchScale } from './bench-stats'
import { CHROMIUM_ARGS, chromiumPath, startReader, stopReader } from './browser-startup-bench'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const NOTE_COUNT = 10_000
/** Distinct made-up words; note i holds word i % WORDS, so each matches NOTE_COUNT / WORDS notes. */
const WORDS = 80
const RUNS = 15

const word = (index: number): string => `zq${String.fromCharCode(97 + (index % 26))}${String.fromCharCode(97 + Math.floor(index / 26))}x`

/** 10,000 notes spread over the bundled documents' text, with words to filter by, tags and categories. */
async function benchNotes(count: number): Promise<Note[]> {
  const library = libraryFileSchema.parse(JSON.parse(await readFile(path.join(root, 'build', 'content', LIBRARY_FILE), 'utf8')))
  const documents = library.documents.filter((document) => [...document.plainText].length > 200)
  const base = Date.UTC(2026, 0, 1)
  return Array.from({ length: count }, (_, index) => {
    const document = documents[index % documents.length] ?? documents[0]
    if (!document) throw new Error('no document to annotate')
    const length = [...document.plainText].length
    const start = (index * 7919) % (length - 60)
    const [quote, position] = describeRange(document.plainText, start, start + 20 + (index % 30))
    const created = new Date(base + index * 60_000).toISOString()
    return {
      '@context': ANNOTATION_CONTEXT,
      id: `urn:uuid:00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
      type: 'Annotation',
      motivation: 'commenting',
      created,
      modified: created,
      body: noteBodies({
        text: `Check this passage against the delegation's brief, ${word(index % WORDS)} (${index}).`,
        tags: index % 3 === 0 ? ['itu', `topic ${index % 9}`] : [],
        category: index % 6 === 5 ? null : (NOTE_CATEGORY_IDS[index % 6] ?? null),
      }),
      target: { source: documentUrn(document.id), state: versionUrn(document.version), selector: [quote, position] },
    }
  })
}

/** The little of the page's DOM the probes use (this project's Node typings have no DOM). */
interface ProbeElement {
  readonly textContent: string | null
  readonly value: string
  querySelector(selector: string): ProbeElement | null
  querySelectorAll(selector: string): ArrayLike<ProbeElement>
  getAttribute(name: string): string | null
  dispatchEvent(event: unknown): boolean
}
interface ProbeWindow {
  readonly document: { querySelector(selector: string): ProbeElement | null; querySelectorAll(selector: string): ArrayLike<ProbeElement> }
  readonly HTMLInputElement: { readonly prototype: object }
  readonly HTMLSelectElement: { readonly prototype: object }
  readonly Event: new (type: string, init: { bubbles: boolean }) => unknown
  requestAnimationFrame(callback: () => void): number
}

interface FilterTiming {
  /** From the keystroke (or the menu's change) to the result on screen. */
  readonly fromInput: number
  /** From the search request leaving the page to the result on screen; null for a filter the page answers itself. */
  readonly fromRequest: number | null
}

/**
 * In the page: sets the All notes search box (`kind` 'text') or category
 * menu ('category') to `value`, then resolves once every note row drawn
 * holds `expect` (in its text, or as its category) and at least one is drawn.
 */
function probeFilter({ kind, value, expect }: { kind: 'text' | 'category'; value: string; expect: string }): Promise<FilterTiming> {
  const page = globalThis as unknown as ProbeWindow
  const region = page.document.querySelector('section.all-notes')
  if (!region) throw new Error('All notes is not shown')
  const control = kind === 'text' ? region.querySelector('input[type="search"]') : region.querySelector('select[id$="-category"]')
  if (!control) throw new Error(`no ${kind} filter`)
  const prototype = kind === 'text' ? page.HTMLInputElement.prototype : page.HTMLSelectElement.prototype
  const setter = Object.getOwnPropertyDescriptor(prototype, 'value')?.set
  const requestsBefore = performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/api/search.query')).length
  const start = performance.now()
  setter?.call(control, value)
  control.dispatchEvent(new page.Event(kind === 'text' ? 'input' : 'change', { bubbles: true }))
  return new Promise((resolve, reject) => {
    const check = (): void => {
      const rows = Array.from(region.querySelectorAll('.all-notes-note'))
      const shown =
        rows.length > 0 &&
        rows.every((row) => (kind === 'text' ? (row.textContent ?? '').includes(expect) : row.querySelector('[data-category]')?.getAttribute('data-category') === expect))
      if (!shown) {
        if (performance.now() - start > 20_000) reject(new Error(`the list never showed the ${kind} filter "${value}"`))
        else page.requestAnimationFrame(check)
        return
      }
      const end = performance.now()
      const requests = performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/api/search.query'))
      const request = requests.length > requestsBefore ? requests[requests.length - 1] : undefined
      resolve({ fromInput: end - start, fromRequest: kind === 'text' && request ? end - request.startTime : null })
    }
    page.requestAnimationFrame(check)
  })
}

/** A row's box, as the scroll probe reads it. */
interface ProbeBox {
  readonly top: number
  readonly bottom: number
}

/**
 * In the page: scrolls All notes' scroller down by one screen and resolves
 * once the middle of the view is covered by a drawn row (the virtualizer
 * has caught up).
 */
function probeScroll(): Promise<number> {
  const page = globalThis as unknown as {
    readonly document: { querySelector(selector: string): { scrollTop: number; readonly clientHeight: number; getBoundingClientRect(): ProbeBox } | null; querySelectorAll(selector: string): ArrayLike<{ getBoundingClientRect(): ProbeBox }> }
    requestAnimationFrame(callback: () => void): number
  }
  const scroller = page.document.querySelector('.reading-column')
  if (!scroller) throw new Error('no scrolling column')
  const start = performance.now()
  scroller.scrollTop += scroller.clientHeight
  return new Promise((resolve) => {
    const check = (): void => {
      const view = scroller.getBoundingClientRect()
      const middle = (view.top + view.bottom) / 2
      const covered = Array.from(page.document.querySelectorAll('.all-notes-row')).some((row) => {
        const box = row.getBoundingClientRect()
        return box.top <= middle && box.bottom >= middle
      })
      if (covered) resolve(performance.now() - start)
      else page.requestAnimationFrame(check)
    }
    page.requestAnimationFrame(check)
  })
}

/** Runs the benchmark; figures are in milliseconds. */
export async function runAllNotesBench(scale: BenchScale = 'full'): Promise<BenchResult[]> {
  const count = scale === 'smoke' ? 200 : NOTE_COUNT
  const runs = scale === 'smoke' ? 1 : RUNS
  if (!existsSync(path.join(root, 'dist', 'renderer', 'index.html')) || !existsSync(path.join(root, 'build', 'content', LIBRARY_FILE))) {
    throw new Error('the app is not built: run "npm run build" first')
  }
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'foc-bench-all-notes-'))
  const { chromium } = await import('@playwright/test')
  const executablePath = chromiumPath()
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS })
  const reader = await writeNotesAndStart(dataDir, count)
  try {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage()
    // tsx keeps function names with a helper the page lacks; the probe's inner functions call it.
    await page.addInitScript({ content: 'globalThis.__name = (fn) => fn' })
    const openStart = performance.now()
    await page.goto(reader.url)
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'All notes' }).click()
    await page.locator('.all-notes-note').first().waitFor({ timeout: 60_000 })
    const openMs = performance.now() - openStart
    const searchBox = page.getByRole('searchbox', { name: 'Search all notes' })
    const category = page.getByRole('combobox', { name: 'Filter by category' })
    const fromRequest: number[] = []
    const fromInput: number[] = []
    const byCategory: number[] = []
    // One warm-up round, not counted: the first search loads the notes index's code paths.
    for (let run = -1; run < runs; run++) {
      const term = word((run + 1) * 7 % WORDS)
      const text = await page.evaluate(probeFilter, { kind: 'text' as const, value: term, expect: term })
      await searchBox.fill('')
      await page.locator('.all-notes-note').nth(3).waitFor()
      const categoryId = NOTE_CATEGORY_IDS[(run + 1) % NOTE_CATEGORY_IDS.length] ?? 'concern'
      const menu = await page.evaluate(probeFilter, { kind: 'category' as const, value: categoryId, expect: categoryId })
      await category.selectOption('all')
      if (run < 0) continue
      fromInput.push(text.fromInput)
      if (text.fromRequest !== null) fromRequest.push(text.fromRequest)
      byCategory.push(menu.fromInput)
    }
    const scrolls: number[] = []
    for (let run = 0; run < runs * 2; run++) scrolls.push(await page.evaluate(probeScroll))
    const label = count.toLocaleString('en')
    return [
      summarizeSamples(`All notes at ${label}: text filter + render (from the search request)`, fromRequest),
      summarizeSamples(`All notes at ${label}: text filter + render (from the keystroke, with the 120 ms pause)`, fromInput),
      summarizeSamples(`All notes at ${label}: category filter + render`, byCategory),
      summarizeSamples(`All notes at ${label}: scroll one screen + render`, scrolls),
      summarizeSamples(`All notes at ${label}: open the view (one run, with page load)`, [openMs]),
    ]
  } finally {
    await browser.close()
    await stopReader(reader)
    await rm(dataDir, { recursive: true, force: true })
  }
}

async function writeNotesAndStart(dataDir: string, count: number) {
  await writeFile(path.join(dataDir, NOTES_FILE_NAME), serializeNotesFile(await benchNotes(count)))
  return startReader(dataDir)
}

const isMain = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)
if (isMain) {
  printBenchTable(await runAllNotesBench())
}
