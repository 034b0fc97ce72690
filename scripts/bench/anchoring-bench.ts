/**
 * Anchoring benchmark: how long re-anchoring 1,000 notes takes when a
 * document changes (as when the library is updated and every note's passage
 * has to be found again), and on an unchanged document (every app start).
 *
 * The workload is scripts/bench/synthetic-document.ts: ~300 paragraphs
 * (~100,000 characters, with non-ASCII and astral text), 1,000 notes of 4–12
 * words, and an edited version with paragraphs deleted, added and moved,
 * words inserted and misspelt, and white space changed. The edited run is
 * dominated by the few notes that need a fuzzy search over the whole text.
 *
 * Run directly: `npx tsx scripts/bench/anchoring-bench.ts` prints a table.
 */
import { pathToFileURL } from 'node:url'
import { CodePointIndex } from '../../shared/anchoring/code-points'
import { reanchorMany, type AnchorResult } from '../../shared/anchoring/reanchor'
import { syntheticWorkload, type SyntheticNote } from './synthetic-document'
import { printBenchTable, summarizeSamples, type BenchResult, type BenchScale } from './bench-stats'

/** One row of this benchmark. */
export type AnchoringBenchResult = BenchResult

const RUNS = 15
const WARM_UP_RUNS = 2


/**
 * Times `reanchorMany` over the notes, index building included (the app
 * builds it once per document text), after unmeasured warm-up runs.
 */
function measure(metric: string, text: string, notes: readonly SyntheticNote[], check: (results: AnchorResult[]) => void, runs = RUNS): AnchoringBenchResult {
  const targets = notes.map((note) => note.target)
  const samples: number[] = []
  for (let run = -WARM_UP_RUNS; run < runs; run++) {
    const start = performance.now()
    const results = reanchorMany(new CodePointIndex(text), targets)
    const elapsed = performance.now() - start
    if (run === -WARM_UP_RUNS) check(results)
    if (run >= 0) samples.push(elapsed)
  }
  return summarizeSamples(metric, samples)
}

/** Fails loudly rather than timing a re-anchoring that gives wrong answers. */
function checkEdited(notes: readonly SyntheticNote[]) {
  return (results: AnchorResult[]): void => {
    notes.forEach((note, i) => {
      const result = results[i]
      const ok =
        note.fate === 'deleted'
          ? result?.status === 'orphaned'
          : note.fate === 'altered'
            ? result?.status === 'needs-review' || result?.status === 'orphaned'
            : result?.start === note.expected?.start && result?.end === note.expected?.end
      if (!ok) throw new Error(`note ${i} (${note.fate}) re-anchored wrongly: ${JSON.stringify(result)}`)
    })
  }
}

/** Runs the anchoring benchmarks; figures are in milliseconds. */
export async function runAnchoringBench(scale: BenchScale = 'full'): Promise<AnchoringBenchResult[]> {
  const smoke = scale === 'smoke'
  const workload = smoke ? syntheticWorkload({ paragraphs: 20, notes: 40 }) : syntheticWorkload()
  const runs = smoke ? 1 : RUNS
  const size = `${Math.round(workload.edited.length / 1000)}k-character document`
  const count = workload.notes.length.toLocaleString('en')
  const edited = measure(`re-anchor ${count} notes (edited ${size})`, workload.edited, workload.notes, checkEdited(workload.notes), runs)
  const unchanged = measure(
    `re-anchor ${count} notes (unchanged ${size})`,
    workload.original,
    workload.notes,
    (results) => {
      if (results.some((result) => result.status !== 'exact')) throw new Error('a note on the unchanged document was not exact')
    },
    runs,
  )
  return [edited, unchanged]
}

const entry = process.argv[1]
if (entry !== undefined && import.meta.url === pathToFileURL(entry).href) {
  printBenchTable(await runAnchoringBench())
}
