/**
 * Notes store benchmark: how long a user waits for "saved" and for the notes
 * to load, on a real file system (temp folder) with the store's real fsyncs.
 *
 * - Save latency: one `put` (an edit of an existing note) on a store holding
 *   10, 1,000 and 10,000 notes, from the call until the promise resolves,
 *   which includes writing the backup, the notes file and the folder fsync.
 * - Load: `openNotesStore` on a 10,000-note file (read, JSON parse, schema
 *   validation of every note).
 *
 * Run directly: `npx tsx scripts/bench/notes-store-bench.ts` prints a table.
 */
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { serializeNotesFile } from '../../main/core/notes/notes-file'
import { NOTES_FILE_NAME, openNotesStore } from '../../main/core/notes/notes-store'
import { makeNote, makeTempDir } from '../../main/core/notes/testing/note-fixtures'
import { printBenchTable, summarizeSamples, type BenchResult } from './bench-stats'

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

/** Runs the notes store benchmarks; figures are in milliseconds. */
export async function runNotesStoreBench(): Promise<NotesStoreBenchResult[]> {
  return [await saveLatency(10, 40), await saveLatency(1_000, 30), await saveLatency(10_000, 15), await loadTime(10_000, 10)]
}


const isMain = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)
if (isMain) {
  printBenchTable(await runNotesStoreBench())
}
