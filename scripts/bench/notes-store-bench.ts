/**
 * Notes store benchmark: how long a user waits for "saved" and for the notes
 * to load, on a real file system (temp folder) with the store's real fsyncs.
 *
 * - Save latency: one `put` (an edit of an existing note) on a store holding
 *   10, 1,000 and 10,000 notes, from the call until the promise resolves,
 *   which includes writing the backup, the notes file and the folder fsync.
 * - Load: `openNotesStore` on a 10,000-note file (read, JSON parse, schema
 *   validation of every note).
 * - Load after a long session: a 10,000-note snapshot plus a journal of 999
 *   changes (one short of compaction), replayed on open.
 * - Compaction of 10,000 notes: from the save that starts it until the fresh
 *   snapshot is written, verified and renamed into place (it runs in the
 *   background; the user does not wait for it).
 * - Save during compaction: one `put` started as a compaction of 10,000 notes
 *   begins, which the user does wait for.
 *
 * Run directly: `npx tsx scripts/bench/notes-store-bench.ts` prints a table.
 */
import { cp, mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { serializeNotesFile } from '../../main/core/notes/notes-file'
import { NOTES_FILE_NAME, openNotesStore } from '../../main/core/notes/notes-store'
import { makeNote, makeTempDir } from '../../main/core/notes/testing/note-fixtures'
import { printBenchTable, summarizeSamples, type BenchResult, type BenchScale } from './bench-stats'

/** One row of this benchmark. */
export type NotesStoreBenchResult = BenchResult

/** A note body of typical length (a few sentences). */
const TYPICAL_TEXT = 'Paragraph 3 recalls HRC resolution 32/13 on the promotion, protection and enjoyment of human rights on the Internet. Check the ITU PP-18 draft against it.'


async function writeNotes(dataDir: string, count: number): Promise<void> {
  const notes = Array.from({ length: count }, (_, index) => makeNote(index, `${TYPICAL_TEXT} (${index})`))
  await writeFile(path.join(dataDir, NOTES_FILE_NAME), serializeNotesFile(notes))
}

async function saveLatency(count: number, runs: number): Promise<NotesStoreBenchResult> {
  const { dir, cleanup } = await makeTempDir('foc-notes-bench-')
  try {
    await writeNotes(dir, count)
    const store = await openNotesStore({ dataDir: dir, lock: false })
    const samples: number[] = []
    // Three unmeasured saves: JIT warm-up, and the first save also creates the backup.
    for (let run = -3; run < runs; run += 1) {
      const note = makeNote(run < 0 ? 0 : run % count, `${TYPICAL_TEXT} edit ${run}`)
      const start = performance.now()
      await store.put(note)
      if (run >= 0) samples.push(performance.now() - start)
    }
    await store.close()
    return summarizeSamples(`save one note (store of ${count.toLocaleString('en')} notes)`, samples)
  } finally {
    await cleanup()
  }
}

async function loadTime(count: number, runs: number): Promise<NotesStoreBenchResult> {
  const { dir, cleanup } = await makeTempDir('foc-notes-bench-')
  try {
    await writeNotes(dir, count)
    const samples: number[] = []
    for (let run = -2; run < runs; run += 1) {
      const start = performance.now()
      const store = await openNotesStore({ dataDir: dir, lock: false })
      const elapsed = performance.now() - start
      if (store.list().length !== count) throw new Error(`loaded ${store.list().length} notes, expected ${count}`)
      await store.close()
      if (run >= 0) samples.push(elapsed)
    }
    return summarizeSamples(`load ${count.toLocaleString('en')} notes`, samples)
  } finally {
    await cleanup()
  }
}

/** A journal this long is one change short of the default compaction limit. */
const LONG_JOURNAL = 999

async function loadWithJournal(count: number, runs: number, journal = LONG_JOURNAL): Promise<NotesStoreBenchResult> {
  const { dir, cleanup } = await makeTempDir('foc-notes-bench-')
  try {
    const template = path.join(dir, 'template')
    await mkdir(template, { recursive: true })
    await writeNotes(template, count)
    // Never compacts while writing the journal: the limit is above it.
    const writer = await openNotesStore({ dataDir: template, lock: false, compaction: { records: journal + 1, bytes: Number.MAX_SAFE_INTEGER } })
    for (let change = 0; change < journal; change += 1) await writer.put(makeNote(change % count, `${TYPICAL_TEXT} edit ${change}`))
    await writer.close()
    const samples: number[] = []
    for (let run = -2; run < runs; run += 1) {
      // Opening compacts the journal afterwards: each run starts from a fresh copy of the folder.
      const copy = path.join(dir, `run-${run + 2}`)
      await cp(template, copy, { recursive: true })
      const start = performance.now()
      const store = await openNotesStore({ dataDir: copy, lock: false })
      const elapsed = performance.now() - start
      if (store.list().length !== count) throw new Error(`loaded ${store.list().length} notes, expected ${count}`)
      await store.close()
      if (run >= 0) samples.push(elapsed)
    }
    return summarizeSamples(`load ${count.toLocaleString('en')} notes + ${journal}-change journal`, samples)
  } finally {
    await cleanup()
  }
}

/** Compaction time, and the wait of a save that arrives as compaction starts. */
async function compaction(count: number, runs: number): Promise<NotesStoreBenchResult[]> {
  const { dir, cleanup } = await makeTempDir('foc-notes-bench-')
  try {
    await writeNotes(dir, count)
    const compactions: number[] = []
    const saves: number[] = []
    for (let run = -1; run < runs; run += 1) {
      // A limit of one change: the first save of each run starts a compaction.
      const store = await openNotesStore({ dataDir: dir, lock: false, compaction: { records: 1, bytes: Number.MAX_SAFE_INTEGER } })
      const start = performance.now()
      await store.put(makeNote(0, `${TYPICAL_TEXT} compaction ${run}`))
      const saveStart = performance.now()
      await store.put(makeNote(1, `${TYPICAL_TEXT} during compaction ${run}`))
      const saveEnd = performance.now()
      // close() waits for the compaction in flight; that second save's own compaction is short-circuited by closing.
      await store.close()
      if (run >= 0) {
        compactions.push(performance.now() - start)
        saves.push(saveEnd - saveStart)
      }
    }
    const label = count.toLocaleString('en')
    return [summarizeSamples(`compaction of ${label} notes (background)`, compactions), summarizeSamples(`save one note during compaction (${label} notes)`, saves)]
  } finally {
    await cleanup()
  }
}

/** Runs the notes store benchmarks; figures are in milliseconds. */
export async function runNotesStoreBench(scale: BenchScale = 'full'): Promise<NotesStoreBenchResult[]> {
  if (scale === 'smoke') return [await saveLatency(10, 2), await saveLatency(100, 2), await loadTime(100, 1), await loadWithJournal(100, 1, 10), ...(await compaction(100, 1))]
  return [
    await saveLatency(10, 40),
    await saveLatency(1_000, 30),
    await saveLatency(10_000, 15),
    await loadTime(10_000, 10),
    await loadWithJournal(10_000, 8),
    ...(await compaction(10_000, 8)),
  ]
}


const isMain = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)
if (isMain) {
  printBenchTable(await runNotesStoreBench())
}
