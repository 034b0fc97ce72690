/**
 * The start-up and scale budget (issue 15): named limits over the figures the
 * benchmarks measure, checked by `npm run bench -- --check`.
 *
 * Absolute times on a shared 2-CPU machine say little, so the start-up and
 * search budgets are ratios to a baseline measured in the same run (a static
 * page, MiniSearch, a tiny store); the others are absolute limits the issue
 * sets, generous enough that only a real regression goes over.
 */

/** One figure as the benchmark modules report it (milliseconds, unless its unit says otherwise). */
export interface BudgetFigure {
  readonly metric: string
  readonly median: number
  readonly p95: number
  readonly unit?: string
}

/** How one budget came out. */
export type BudgetStatus = 'ok' | 'over' | 'not measured'

/** One row of the budget table and of bench-results/budget.json. */
export interface BudgetRow {
  readonly name: string
  /** Null when a figure it needs was not measured in this run. */
  readonly value: number | null
  readonly limit: number
  readonly unit: 'ratio' | 'ms' | 'KB'
  /** '<' when the value must be below the limit, '≤' when it may equal it. */
  readonly comparison: '<' | '≤'
  readonly status: BudgetStatus
  /** What the value is computed from, for a reader of the table. */
  readonly from: string
}

type Pick = (figure: BudgetFigure) => number

interface FigureRef {
  /** Matches the metric's name; names carry sizes that may change with the workload. */
  readonly match: RegExp
  readonly pick: Pick
}

interface BudgetDefinition {
  readonly name: string
  readonly limit: number
  readonly unit: BudgetRow['unit']
  /** True when the value must be strictly below the limit (the issue says "<"); else at most. */
  readonly strict: boolean
  readonly figure: FigureRef
  /** When set, the value is figure / baseline. */
  readonly baseline?: FigureRef
}

const median: Pick = (figure) => figure.median
const p95: Pick = (figure) => figure.p95

/** The budgets, in the order the issue lists them. */
export const BUDGETS: readonly BudgetDefinition[] = [
  {
    name: 'first-paragraph / static-page',
    limit: 1.5,
    unit: 'ratio',
    strict: false,
    figure: { match: /^Chromium: navigation start to paragraph \(in page\)$/, pick: median },
    baseline: { match: /^Chromium: static page, navigation start to paragraph \(in page\)$/, pick: median },
  },
  {
    name: 'save@10k / save@10',
    limit: 1.5,
    unit: 'ratio',
    strict: false,
    figure: { match: /^save one note \(store of 10,000 notes\)$/, pick: median },
    baseline: { match: /^save one note \(store of 10 notes\)$/, pick: median },
  },
  { name: 'load 10k notes', limit: 100, unit: 'ms', strict: true, figure: { match: /^load 10,000 notes$/, pick: median } },
  {
    name: 'search p95 / MiniSearch p95',
    limit: 1.0,
    unit: 'ratio',
    strict: false,
    figure: { match: /^search app search \(Lunr\) all /, pick: p95 },
    baseline: { match: /^search MiniSearch all /, pick: p95 },
  },
  { name: 'prefix p95', limit: 10, unit: 'ms', strict: true, figure: { match: /^search app search \(Lunr\) prefix /, pick: p95 } },
  { name: 'bundled index load p50', limit: 20, unit: 'ms', strict: true, figure: { match: /^search bundled index load \(warm\)$/, pick: median } },
  { name: 're-anchor 1k notes, edited', limit: 250, unit: 'ms', strict: true, figure: { match: /^re-anchor 1,000 notes \(edited /, pick: median } },
  {
    name: 'all-notes filter at 10k',
    limit: 100,
    unit: 'ms',
    strict: true,
    figure: { match: /^All notes at 10,000: text filter \+ render \(from the search request\)$/, pick: median },
  },
  { name: '500-note PDF', limit: 5000, unit: 'ms', strict: true, figure: { match: /^export 500 notes: PDF \(/, pick: median } },
  { name: 'add 300-page PDF', limit: 15_000, unit: 'ms', strict: true, figure: { match: /^add 300-page PDF /, pick: median } },
  // The worst wait of any run, not a typical one: no call may wait long while a file is read.
  { name: 'API answer during PDF parse, max', limit: 100, unit: 'ms', strict: true, figure: { match: /^API answer during 300-page PDF add, max$/, pick: p95 } },
  { name: 'renderer initial JS (gzip)', limit: 150, unit: 'KB', strict: true, figure: { match: /^renderer initial JS, gzipped$/, pick: median } },
]

function find(figures: readonly BudgetFigure[], ref: FigureRef): BudgetFigure | undefined {
  return figures.find((figure) => ref.match.test(figure.metric))
}

function describe(ref: FigureRef): string {
  const what = ref.pick === p95 ? 'p95' : 'median'
  return `${what} of /${ref.match.source}/`
}

/** Evaluates every budget against the figures of one run. */
export function evaluateBudgets(figures: readonly BudgetFigure[], budgets: readonly BudgetDefinition[] = BUDGETS): BudgetRow[] {
  return budgets.map((budget) => {
    const figure = find(figures, budget.figure)
    const baseline = budget.baseline ? find(figures, budget.baseline) : undefined
    const from = budget.baseline ? `${describe(budget.figure)} ÷ ${describe(budget.baseline)}` : describe(budget.figure)
    const base = { name: budget.name, limit: budget.limit, unit: budget.unit, comparison: budget.strict ? ('<' as const) : ('≤' as const), from }
    if (!figure || (budget.baseline && !baseline)) return { ...base, value: null, status: 'not measured' }
    const measured = budget.figure.pick(figure)
    const divisor = baseline && budget.baseline ? budget.baseline.pick(baseline) : 1
    // A zero baseline (a figure rounded to 0.00 ms) cannot give a ratio: say so rather than pass.
    if (!(divisor > 0) || !Number.isFinite(measured)) return { ...base, value: null, status: 'not measured' }
    const value = Math.round((measured / divisor) * 100) / 100
    const within = budget.strict ? value < budget.limit : value <= budget.limit
    return { ...base, value, status: within ? 'ok' : 'over' }
  })
}

/** The budget table as `npm run bench` prints it: name, value, limit, ok|over. */
export function formatBudgetTable(rows: readonly BudgetRow[]): string {
  const show = (value: number | null, unit: BudgetRow['unit']): string =>
    value === null ? '—' : unit === 'ratio' ? value.toFixed(2) : `${value.toFixed(value < 10 ? 2 : 1)} ${unit}`
  const cells = rows.map((row) => [row.name, show(row.value, row.unit), `${row.comparison} ${show(row.limit, row.unit)}`, row.status])
  const header = ['budget', 'value', 'limit', 'status']
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((row) => row[column]?.length ?? 0)))
  const line = (row: readonly string[]): string =>
    row.map((cell, column) => (column === 0 || column === 3 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ').trimEnd()
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...cells.map(line)].join('\n')
}

/**
 * Whether `--check` fails: any budget over, or (in a full run, where every
 * figure should exist) any budget not measured, since a budget that silently
 * stops being measured guards nothing.
 */
export function budgetCheckFails(rows: readonly BudgetRow[], fullRun: boolean): boolean {
  return rows.some((row) => row.status === 'over' || (fullRun && row.status === 'not measured'))
}
