/**
 * A tiny run of each benchmark that needs no browser, so none of them rots
 * between the runs of `npm run bench` (issue 15). The figures are not
 * compared with anything: only that each benchmark still runs, checks its
 * own results, and reports finite times. The smoke run of the benchmarks
 * that drive Chromium (start-up, All notes, export with its PDF) is
 * e2e/bench-smoke.spec.ts.
 */
import { describe, expect, it } from 'vitest'
import type { BudgetFigure } from './budgets'
import { runAnchoringBench } from './anchoring-bench'
import { runNotesStoreBench } from './notes-store-bench'
import { runPdfImportBench } from './pdf-import-bench'
import { runSearchBench } from './search-bench'

function expectFigures(figures: readonly BudgetFigure[], count: number): void {
  expect(figures.length).toBeGreaterThanOrEqual(count)
  for (const figure of figures) {
    expect(figure.metric).not.toBe('')
    expect(Number.isFinite(figure.median) && figure.median >= 0).toBe(true)
    expect(Number.isFinite(figure.p95) && figure.p95 >= figure.median).toBe(true)
  }
}

describe('benchmark smoke runs', () => {
  it('the notes store benchmark runs at tiny sizes', async () => {
    const figures = await runNotesStoreBench('smoke')
    expectFigures(figures, 6)
    expect(figures.map((figure) => figure.metric)).toContain('load 100 notes')
  }, 60_000)

  it('the search benchmark runs at tiny sizes, MiniSearch and the app side by side', async () => {
    const figures = await runSearchBench('smoke')
    expectFigures(figures, 6)
    expect(figures.some((figure) => figure.metric.startsWith('search MiniSearch all'))).toBe(true)
    expect(figures.some((figure) => figure.metric.startsWith('search app search (Lunr) prefix'))).toBe(true)
  }, 60_000)
  it('the anchoring benchmark re-anchors a small edited document and checks every answer', async () => {
    const figures = await runAnchoringBench('smoke')
    expectFigures(figures, 2)
    expect(figures[0]?.metric).toMatch(/^re-anchor 40 notes \(edited /)
  }, 60_000)

  it('the PDF import benchmark adds a small PDF through the bundled worker while another API method answers', async () => {
    const figures = await runPdfImportBench('smoke')
    expectFigures(figures, 2)
    expect(figures.map((figure) => figure.metric)).toEqual(['add 3-page PDF (worker parse, store, index)', 'API answer during 3-page PDF add, max'])
  }, 60_000)
})
