/**
 * The 500-note PDF a delegate waits for (issue 15's budget): the briefing's
 * HTML from ExportService, then Chromium printing it with the options the
 * app gives Electron's printToPDF (Playwright's page.pdf is the same print
 * path in the same engine). Each run opens a fresh page, as the app opens a
 * fresh print window.
 */
import type { NoteView } from '../../shared/api-contract'
import { ExportService } from '../../main/core/export/export-service'
import { FIXED_NOW, FIXED_STYLE } from '../../main/core/export/testing/export-fixtures'
import type { Library } from '../../main/core/library'
import { CHROMIUM_ARGS, chromiumPath } from './browser-startup-bench'
import { summarizeSamples, type BenchResult } from './bench-stats'

/** The metric's name; budgets.ts finds it by its start ("export 500 notes: PDF"). */
export function pdfMetricName(count: number): string {
  return `export ${count.toLocaleString('en')} notes: PDF (HTML + Chromium print)`
}

/** Times HTML + print of a briefing of `views`, `runs` times after one unmeasured run; also returns the last PDF's size. */
export async function timePdfPrint(library: Library, views: NoteView[], runs: number): Promise<{ result: BenchResult; bytes: number }> {
  const service = new ExportService(library, { list: () => views }, { ...FIXED_STYLE, now: () => FIXED_NOW, appVersion: 'bench' })
  const { chromium } = await import('@playwright/test')
  const executablePath = chromiumPath()
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS })
  const samples: number[] = []
  let bytes = 0
  try {
    for (let run = -1; run < runs; run += 1) {
      const page = await browser.newPage()
      try {
        const start = performance.now()
        const file = await service.exportFile({ selection: { scope: 'all' }, format: 'pdf' })
        if (!file.pdf) throw new Error('the PDF export came without its print options')
        await page.setContent(file.content, { waitUntil: 'load' })
        const pdf = await page.pdf(file.pdf.playwright)
        const elapsed = performance.now() - start
        if (file.noteCount !== views.length) throw new Error(`printed ${file.noteCount} notes, expected ${views.length}`)
        bytes = pdf.length
        if (run >= 0) samples.push(elapsed)
      } finally {
        await page.close()
      }
    }
  } finally {
    await browser.close()
  }
  return { result: summarizeSamples(pdfMetricName(views.length), samples), bytes }
}
