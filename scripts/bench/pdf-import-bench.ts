/**
 * PDF import benchmark (issue 16): how long adding a 300-page PDF takes
 * through the API (the file's bytes in, the parse in the real worker
 * thread, the document stored and indexed), and how long other API calls
 * wait meanwhile. The PDF is written by the test helper: each page has a
 * running header and a numbered footer, body text in paragraphs with words
 * hyphenated at line ends, and a heading every tenth page.
 *
 * While the add runs, `library.list` is called every 5 ms; each call's wait
 * counts from when it was due, so a blocked event loop shows in full. The
 * largest wait of a run is its figure.
 *
 * Run directly (after `npm run build`): `npx tsx scripts/bench/pdf-import-bench.ts`.
 */
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { ApiOutput } from '../../shared/api-contract'
import { dispatch } from '../../main/core/api'
import { DocumentsStore } from '../../main/core/documents/documents-store'
import { createParseRunner } from '../../main/core/documents/parse-runner'
import { bundleParseWorker } from '../../main/core/documents/testing/bundle-parse-worker'
import { makePdf, PDF_PAGE_HEIGHT, type PdfLine, type PdfPage } from '../../main/core/documents/testing/make-pdf'
import { createMemoryNotesStore } from '../../main/core/notes/testing/memory-notes-store'
import { assembleReaderCore } from '../../main/core/reader-core'
import { buildTestLibrary } from '../../main/core/testing/test-library'
import { printBenchTable, summarizeSamples, type BenchResult, type BenchScale } from './bench-stats'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

/** How often the other API method is called while the PDF is added. */
const POLL_INTERVAL_MS = 5

const WORDS = [
  'conference', 'delegation', 'resolution', 'telecommunication', 'development', 'international', 'cooperation', 'member',
  'states', 'recalls', 'notes', 'further', 'regional', 'study', 'groups', 'access', 'spectrum', 'infrastructure', 'the',
  'of', 'and', 'to', 'in', 'for', 'its', 'with', 'on', 'all', 'human', 'rights', 'online', 'secretary-general',
]
const HEADER = 'A/CONF.230/L.99 – Draft resolution on connectivity'

/** A deterministic long draft of `pages` pages, as PDF pages for the test helper. */
export function longDraftPages(pages: number): PdfPage[] {
  let seed = 7
  const word = (): string => {
    seed = (seed * 1103515245 + 12345) % 2147483648
    // The high bits: the low ones of this generator repeat too soon.
    return WORDS[(seed >>> 16) % WORDS.length] ?? 'the'
  }
  return Array.from({ length: pages }, (_, index) => {
    const lines: PdfLine[] = [
      { text: HEADER, x: 320, y: PDF_PAGE_HEIGHT - 40, size: 9 },
      { text: `Page ${index + 1} of ${pages}`, x: 280, y: 36, size: 9 },
    ]
    let y = 720
    if (index % 10 === 0) {
      lines.push({ text: `Part ${index / 10 + 1}: ${word()} and ${word()}`, x: 72, y, size: 16 })
      y -= 30
    }
    for (let line = 0; y > 80; line++) {
      const last = line % 6 === 5
      const words = Array.from({ length: last ? 5 : 9 }, word)
      // The second line of each paragraph ends with a word hyphenated onto the third.
      const text = last ? `${words.join(' ')}.` : line % 6 === 1 ? `${words.join(' ')} inter-` : line % 6 === 2 ? `national ${words.join(' ')}` : words.join(' ')
      lines.push({ text, x: 72, y, size: 11 })
      y -= last ? 24 : 14
    }
    return { lines }
  })
}

/** Times adding a long PDF and the longest wait of another API call meanwhile. */
export async function runPdfImportBench(scale: BenchScale = 'full'): Promise<BenchResult[]> {
  const smoke = scale === 'smoke'
  const pages = smoke ? 3 : 300
  const runs = smoke ? 1 : 3
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'foc-pdf-bench-'))
  try {
    const workerPath = smoke ? await bundleParseWorker(path.join(scratch, 'parse-worker.cjs')) : builtWorker()
    const bytesBase64 = Buffer.from(makePdf({ title: 'Long draft', pages: longDraftPages(pages) })).toString('base64')
    const addTimes: number[] = []
    const worstWaits: number[] = []
    for (let run = 0; run < runs; run++) {
      const { addMs, worstWaitMs, calls } = await addOnce(path.join(scratch, `data-${run}`), workerPath, bytesBase64, pages)
      if (calls < 1) throw new Error('no other API call was made while the PDF was added')
      addTimes.push(addMs)
      worstWaits.push(worstWaitMs)
    }
    return [summarizeSamples(`add ${pages}-page PDF (worker parse, store, index)`, addTimes), summarizeSamples(`API answer during ${pages}-page PDF add, max`, worstWaits)]
  } finally {
    await rm(scratch, { recursive: true, force: true })
  }
}

function builtWorker(): string {
  const built = path.join(root, 'dist', 'main', 'parse-worker.cjs')
  if (!existsSync(built)) throw new Error('dist/main/parse-worker.cjs is missing: run "npm run build" first')
  return built
}

async function addOnce(dataDir: string, workerPath: string, bytesBase64: string, pages: number): Promise<{ addMs: number; worstWaitMs: number; calls: number }> {
  const core = assembleReaderCore(buildTestLibrary(), createMemoryNotesStore(), {
    info: { name: 'FOC Reader', version: 'bench', mode: 'browser', dataDir },
    documents: { store: new DocumentsStore(dataDir), parse: createParseRunner({ workerPath }) },
  })
  let done = false
  let worstWaitMs = 0
  let calls = 0
  const poller = (async () => {
    while (!done) {
      const due = performance.now() + POLL_INTERVAL_MS
      await sleep(POLL_INTERVAL_MS)
      const answer = await dispatch(core, 'library.list', {})
      if (!answer.ok) throw new Error(`library.list failed during the add: ${answer.error.message}`)
      worstWaitMs = Math.max(worstWaitMs, performance.now() - due)
      calls += 1
    }
  })()
  const start = performance.now()
  const added = await dispatch(core, 'documents.add', { fileName: 'long-draft.pdf', mediaType: 'application/pdf', bytesBase64, kind: 'draft' })
  const addMs = performance.now() - start
  done = true
  await poller
  if (!added.ok) throw new Error(`the PDF was not added: ${added.error.message}`)
  const { document } = added.value as ApiOutput<'documents.add'>
  const opened = await dispatch(core, 'document.get', { id: document.id })
  if (!opened.ok) throw new Error(`the added PDF does not open: ${opened.error.message}`)
  const text = (opened.value as ApiOutput<'document.get'>).document.plainText
  if (text.includes('A/CONF.230/L.99') || text.includes(`of ${pages}`) || text.includes('inter-')) throw new Error('the PDF was read wrongly (running lines kept or hyphenation not undone)')
  return { addMs, worstWaitMs, calls }
}

const entry = process.argv[1]
if (entry !== undefined && import.meta.url === pathToFileURL(entry).href) {
  printBenchTable(await runPdfImportBench())
}
