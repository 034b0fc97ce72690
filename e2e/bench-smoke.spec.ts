/**
 * A tiny run of the benchmarks that drive Chromium (start-up against the
 * static page, All notes, and export with its PDF print), so they keep working between runs of
 * `npm run bench` (issue 15). Nothing here is timed against a limit: the
 * figures only have to exist and be finite. The others' smoke run is
 * scripts/bench/bench-smoke.test.ts.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { runAllNotesBench } from '../scripts/bench/all-notes-bench'
import { benchFirstRender } from '../scripts/bench/browser-startup-bench'
import { runExportBench } from '../scripts/bench/export-bench'
import { expect, test } from './fixtures'

// Declared before the tests so the skip comes before their fixtures: the benchmarks launch their own Chromium.
test.skip(({ appMode }) => appMode !== 'browser', 'the benchmarks launch their own Chromium and browser-mode host')

test('the start-up benchmark times the app and the static page of the statement', async () => {
  test.setTimeout(120_000)
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'foc-bench-smoke-'))
  try {
    const { metrics, notes } = await benchFirstRender(1, dataDir)
    const byLabel = new Map(metrics.map((metric) => [metric.label.trim(), metric]))
    for (const label of ['Chromium: navigation start to paragraph (in page)', 'Chromium: static page, navigation start to paragraph (in page)']) {
      const metric = byLabel.get(label)
      expect(metric?.skipped, `${label}: ${notes.join('; ')}`).toBeUndefined()
      expect(metric?.samples).toHaveLength(1)
      expect(Number.isFinite(metric?.samples[0])).toBe(true)
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true })
  }
})

test('the All notes benchmark filters and scrolls a small set of notes', async () => {
  test.setTimeout(120_000)
  const figures = await runAllNotesBench('smoke')
  expect(figures.map((figure) => figure.metric)).toContain('All notes at 200: text filter + render (from the search request)')
  for (const figure of figures) expect(Number.isFinite(figure.median)).toBe(true)
})

test('the export benchmark writes every format and prints a small briefing to PDF', async () => {
  test.setTimeout(120_000)
  const figures = await runExportBench('smoke')
  const names = figures.map((figure) => figure.metric)
  expect(names).toContain('export 10 notes: Word (.docx)')
  expect(names).toContain('export 10 notes: PDF (HTML + Chromium print)')
  for (const figure of figures) expect(Number.isFinite(figure.median)).toBe(true)
})
