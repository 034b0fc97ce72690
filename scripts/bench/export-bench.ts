/**
 * Export and import benchmark: how long a user waits for an export and for
 * an import to be previewed and applied.
 *
 * - Export: ExportService.exportNotes for 10, 500 and 2,000 notes in each
 *   format: the PDF briefing's HTML (printing it to PDF is Chromium's work,
 *   not measured here), Markdown and W3C annotation JSON. Notes are spread
 *   over the test library's documents, in five scripts, with Markdown in
 *   their bodies; their anchors are computed once beforehand, as the notes
 *   service caches them in the app.
 * - Import: preview (read, validate, plan) plus confirm (read and plan
 *   again, back up the notes file, write) of this app's JSON export of 2,000
 *   notes into an empty notes store on disk, with its real fsyncs; also the
 *   preview alone.
 *
 * Run directly: `npx tsx scripts/bench/export-bench.ts` prints a table.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { NoteView } from '../../shared/api-contract'
import type { ExportFormat } from '../../shared/export-model'
import type { NoteCategory } from '../../shared/notes/categories'
import type { Note } from '../../shared/notes/note-model'
import { ExportService } from '../../main/core/export/export-service'
import { exportTestLibrary, exportTestViews, FIXED_NOW, FIXED_STYLE, fixtureNote } from '../../main/core/export/testing/export-fixtures'
import { appExportText, importInto } from '../../main/core/import/testing/import-fixtures'
import type { Library } from '../../main/core/library'
import { openNotesStore } from '../../main/core/notes/notes-store'
import { makeTempDir } from '../../main/core/notes/testing/note-fixtures'
import { printBenchTable, summarizeSamples, type BenchResult, type BenchScale } from './bench-stats'
import { timePdfPrint } from './pdf-print-bench'

/** One row of this benchmark. */
export type ExportBenchResult = BenchResult

/** Note bodies of typical length, in the scripts the briefing sets. */
const BODIES = [
  'Paragraph 3 recalls HRC resolution 32/13. **Check** the ITU PP-18 draft against it:\n- human rights language\n- multistakeholder wording',
  'Préoccupation : la société civile n’est pas consultée — à vérifier auprès de l’équipe à Genève avant la séance.',
  'Что означает «цифровая коммуникация» в этом контексте? Уточнить у делегации до пленарного заседания.',
  'Ελέγξτε τη διατύπωση της παραγράφου και συγκρίνετε με το ψήφισμα του 2016.',
  'يجب مراجعة هذه الفقرة مع الوفد قبل الجلسة، ومقارنتها بقرار مجلس حقوق الإنسان.',
  '需要与代表团讨论这一段，并与二〇一六年的决议进行比较。',
]
const CATEGORIES: ReadonlyArray<NoteCategory | null> = ['key-point', 'concern', 'follow-up', 'question', 'reference', null]


/** `count` notes over the library's paragraphs: passages of a few words, every script, some tags. */
export function benchNotes(library: Library, count: number): Note[] {
  const passages = library.documents.flatMap((document) =>
    document.blocks.filter((block) => block.type === 'paragraph').map((block) => ({ documentId: document.id, passage: [...block.text].slice(0, 24).join('').trim() })),
  )
  return Array.from({ length: count }, (_, index) => {
    const where = passages[index % passages.length] ?? { documentId: 'sample-statement', passage: 'importance of' }
    return fixtureNote(library, index + 1, {
      ...(index % 25 === 0 ? { documentId: where.documentId } : where),
      text: `${BODIES[index % BODIES.length] ?? ''} (${index + 1})`,
      tags: index % 3 === 0 ? ['itu', `topic ${index % 7}`] : [],
      category: CATEGORIES[index % CATEGORIES.length] ?? null,
      createdAt: index,
    })
  })
}

async function timeExport(library: Library, views: NoteView[], format: ExportFormat, runs: number): Promise<number[]> {
  const service = new ExportService(library, { list: () => views }, { ...FIXED_STYLE, now: () => FIXED_NOW, appVersion: 'bench' })
  const samples: number[] = []
  // Two unmeasured runs: JIT warm-up.
  for (let run = -2; run < runs; run += 1) {
    const start = performance.now()
    const file = await service.exportFile({ selection: { scope: 'all' }, format })
    const elapsed = performance.now() - start
    if (file.noteCount !== views.length) throw new Error(`exported ${file.noteCount} notes, expected ${views.length}`)
    if (run >= 0) samples.push(elapsed)
  }
  return samples
}

async function timeImport(library: Library, count: number, runs: number): Promise<ExportBenchResult[]> {
  const text = appExportText(benchNotes(library, count))
  const previews: number[] = []
  const totals: number[] = []
  for (let run = -1; run < runs; run += 1) {
    const { dir, cleanup } = await makeTempDir('foc-import-bench-')
    try {
      const store = await openNotesStore({ dataDir: dir, lock: false })
      const service = importInto(library, store)
      const start = performance.now()
      const preview = service.previewImport(text)
      const previewed = performance.now()
      const outcome = await service.confirmImport(text)
      const end = performance.now()
      if (!preview.ok || !outcome.ok || store.list().length !== count) throw new Error('the benchmark import did not import every note')
      await store.close()
      if (run >= 0) {
        previews.push(previewed - start)
        totals.push(end - start)
      }
    } finally {
      await cleanup()
    }
  }
  const label = count.toLocaleString('en')
  return [summarizeSamples(`import ${label} notes: preview`, previews), summarizeSamples(`import ${label} notes: preview + apply (notes file on disk)`, totals)]
}

/** Runs the export and import benchmarks; figures are in milliseconds. */
export async function runExportBench(scale: BenchScale = 'full'): Promise<ExportBenchResult[]> {
  const smoke = scale === 'smoke'
  const library = exportTestLibrary()
  const results: ExportBenchResult[] = []
  const formats: ReadonlyArray<readonly [ExportFormat, string]> = [
    ['pdf', 'HTML (PDF briefing)'],
    ['markdown', 'Markdown'],
    ['json', 'JSON'],
    ['docx', 'Word (.docx)'],
  ]
  const sizes: ReadonlyArray<readonly [number, number]> = smoke
    ? [[10, 1]]
    : [
        [10, 50],
        [500, 20],
        [2_000, 10],
      ]
  for (const [count, runs] of sizes) {
    const views = exportTestViews(library, benchNotes(library, count))
    for (const [format, label] of formats) results.push(summarizeSamples(`export ${count.toLocaleString('en')} notes: ${label}`, await timeExport(library, views, format, runs)))
  }
  results.push(...(await timeImport(library, smoke ? 20 : 2_000, smoke ? 1 : 8)))
  const printed = await timePdfPrint(library, exportTestViews(library, benchNotes(library, smoke ? 10 : 500)), smoke ? 1 : 5)
  console.log(`${printed.result.metric}: ${(printed.bytes / 1024).toFixed(0)} KB`)
  results.push(printed.result)
  return results
}


const isMain = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)
if (isMain) {
  printBenchTable(await runExportBench())
}
