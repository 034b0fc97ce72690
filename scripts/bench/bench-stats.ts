/**
 * Shared by the benchmark modules: one result row (median, p95 and minimum
 * of repeated runs, in milliseconds) and the table they print when run alone.
 */

/** One measured figure. */
export interface BenchResult {
  readonly metric: string
  readonly median: number
  readonly p95: number
  readonly min: number
  readonly runs: number
  readonly unit: 'ms'
}

/** Median, p95 and minimum of `samples` (milliseconds), rounded to 0.01 ms. */
export function summarizeSamples(metric: string, samples: readonly number[]): BenchResult {
  const sorted = [...samples].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  const median = sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
  const p95 = sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)] ?? 0
  const round = (value: number): number => Math.round(value * 100) / 100
  return { metric, median: round(median), p95: round(p95), min: round(sorted[0] ?? 0), runs: sorted.length, unit: 'ms' }
}

/** Prints rows as an aligned table. */
export function printBenchTable(results: readonly BenchResult[]): void {
  const width = Math.max(...results.map((result) => result.metric.length))
  const cell = (value: number): string => value.toFixed(1).padStart(9)
  console.log(`${'metric'.padEnd(width)}  ${'median'.padStart(9)}${'p95'.padStart(9)}${'min'.padStart(9)}  runs`)
  for (const result of results) {
    console.log(`${result.metric.padEnd(width)}  ${cell(result.median)}${cell(result.p95)}${cell(result.min)}  ${String(result.runs).padStart(4)}  ${result.unit}`)
  }
}

/**
 * How big a benchmark runs: `full` for `npm run bench`, `smoke` for the
 * tiny run `npm test` makes of every benchmark so none of them rots (its
 * figures mean nothing and are never compared with a budget).
 */
export type BenchScale = 'full' | 'smoke'
