import { describe, expect, it } from 'vitest'
import { BUDGETS, budgetCheckFails, evaluateBudgets, formatBudgetTable, type BudgetFigure } from './budgets'

const figure = (metric: string, median: number, p95 = median): BudgetFigure => ({ metric, median, p95 })

/** A run where every budget is met. */
const goodRun: BudgetFigure[] = [
  figure('Chromium: navigation start to paragraph (in page)', 300),
  figure('Chromium: static page, navigation start to paragraph (in page)', 250),
  figure('save one note (store of 10 notes)', 0.5),
  figure('save one note (store of 10,000 notes)', 0.6),
  figure('load 10,000 notes', 92),
  figure('search app search (Lunr) all (10k ¶)', 1, 3),
  figure('search MiniSearch all (10k ¶)', 2, 6),
  figure('search app search (Lunr) prefix (10k ¶)', 1, 4),
  figure('search bundled index load (warm)', 6),
  figure('re-anchor 1,000 notes (edited 100k-character document)', 180),
  figure('All notes at 10,000: text filter + render (from the search request)', 40),
  figure('export 500 notes: PDF (HTML + Chromium print)', 2100),
  figure('add 300-page PDF (worker parse, store, index)', 1500),
  figure('API answer during 300-page PDF add, max', 40, 60),
  { metric: 'renderer initial JS, gzipped', median: 120, p95: 120, unit: 'KB' },
]

describe('evaluateBudgets', () => {
  it('computes ratios against the same run\'s baseline and passes a good run', () => {
    const rows = evaluateBudgets(goodRun)
    expect(rows).toHaveLength(BUDGETS.length)
    expect(rows.find((row) => row.name === 'first-paragraph / static-page')?.value).toBe(1.2)
    expect(rows.find((row) => row.name === 'search p95 / MiniSearch p95')?.value).toBe(0.5)
    expect(rows.every((row) => row.status === 'ok')).toBe(true)
    expect(budgetCheckFails(rows, true)).toBe(false)
  })

  it('marks a budget over when its figure passes the limit, and --check fails', () => {
    const slow = goodRun.map((row) => (row.metric === 'load 10,000 notes' ? figure(row.metric, 130) : row))
    const rows = evaluateBudgets(slow)
    expect(rows.find((row) => row.name === 'load 10k notes')).toMatchObject({ value: 130, status: 'over' })
    expect(budgetCheckFails(rows, false)).toBe(true)
  })

  it('judges the API\'s answers during a PDF parse by the worst run', () => {
    const stalled = goodRun.map((row) => (row.metric.startsWith('API answer during') ? figure(row.metric, 40, 120) : row))
    expect(evaluateBudgets(stalled).find((row) => row.name === 'API answer during PDF parse, max')).toMatchObject({ value: 120, status: 'over' })
  })

  it('treats "<" limits strictly and "≤" limits inclusively', () => {
    const atLimits = goodRun.map((row) =>
      row.metric === 'load 10,000 notes' ? figure(row.metric, 100) : row.metric.startsWith('Chromium: navigation') ? figure(row.metric, 375) : row,
    )
    const rows = evaluateBudgets(atLimits)
    expect(rows.find((row) => row.name === 'load 10k notes')?.status).toBe('over')
    expect(rows.find((row) => row.name === 'first-paragraph / static-page')).toMatchObject({ value: 1.5, status: 'ok' })
  })

  it('says "not measured" for a missing figure, which fails a full run but not a partial one', () => {
    const partial = goodRun.filter((row) => !row.metric.startsWith('Chromium: static page'))
    const rows = evaluateBudgets(partial)
    expect(rows.find((row) => row.name === 'first-paragraph / static-page')).toMatchObject({ value: null, status: 'not measured' })
    expect(budgetCheckFails(rows, false)).toBe(false)
    expect(budgetCheckFails(rows, true)).toBe(true)
  })

  it('refuses a ratio over a zero baseline instead of calling it ok', () => {
    const zero = goodRun.map((row) => (row.metric === 'save one note (store of 10 notes)' ? figure(row.metric, 0) : row))
    expect(evaluateBudgets(zero).find((row) => row.name === 'save@10k / save@10')?.status).toBe('not measured')
  })
})

describe('formatBudgetTable', () => {
  it('prints one line per budget with its value, limit and status', () => {
    const table = formatBudgetTable(evaluateBudgets(goodRun))
    const lines = table.split('\n')
    expect(lines).toHaveLength(BUDGETS.length + 2)
    expect(table).toMatch(/load 10k notes\s+92\.0 ms\s+< 100\.0 ms\s+ok/)
    expect(table).toMatch(/first-paragraph \/ static-page\s+1\.20\s+≤ 1\.50\s+ok/)
    expect(table).toMatch(/renderer initial JS \(gzip\)\s+120\.0 KB\s+< 150\.0 KB\s+ok/)
  })
})
