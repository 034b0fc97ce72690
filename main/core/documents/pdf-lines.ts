/**
 * A PDF page's text runs (as pdf.js reports them, in the order the page
 * draws them) gathered into lines: runs on one baseline are one line, read
 * left to right, with a space wherever the gap between two runs is wider
 * than a narrow space. Content-stream order is kept between lines, so
 * columns and tables read in the order the file wrote them.
 */

/** A run of text on a page, in PDF points with the origin at the page's bottom left. */
export interface PdfTextRun {
  readonly str: string
  /** pdf.js's text matrix: [a, b, c, d, x, y]; the font size is the length of (c, d). */
  readonly transform: readonly number[]
  readonly width: number
}

/** One line of a page's text. */
export interface PdfLine {
  readonly text: string
  /** Left end of the line and its baseline, in points from the page's bottom left. */
  readonly x: number
  readonly y: number
  /** Right end of the line. */
  readonly right: number
  /** Font size of most of the line's characters, in points. */
  readonly size: number
  /** Index of the page (from 0). */
  readonly page: number
}

/** A page's lines, and the heights of its bottom and top edges in the coordinates of its lines. */
export interface PdfPageLines {
  readonly bottom: number
  readonly top: number
  readonly lines: PdfLine[]
}

interface OpenLine {
  runs: { text: string; x: number; right: number; size: number }[]
  y: number
  size: number
}

/** The lines of page `page` from its text runs. */
export function linesOfPage(runs: readonly PdfTextRun[], page: number): PdfLine[] {
  const lines: PdfLine[] = []
  let open: OpenLine | undefined
  for (const run of runs) {
    const [, , c = 0, d = 0, x = 0, y = 0] = run.transform
    const size = Math.hypot(c, d)
    if (run.str === '' || size <= 0) continue
    const piece = { text: run.str, x, right: x + run.width, size }
    // A baseline shift of less than half the text's size is the same line (a superscript, a different font).
    if (open && Math.abs(open.y - y) < Math.min(open.size, size) / 2) {
      open.runs.push(piece)
      open.size = Math.max(open.size, size)
      continue
    }
    if (open) pushLine(lines, open, page)
    open = { runs: [piece], y, size }
  }
  if (open) pushLine(lines, open, page)
  return lines
}

function pushLine(lines: PdfLine[], line: OpenLine, page: number): void {
  let text = ''
  let right = -Infinity
  const weights = new Map<number, number>()
  for (const run of line.runs) {
    // A gap wider than a fifth of the text's size between two runs is a space the file did not write as one.
    const gap = run.x - right
    if (text !== '' && !/\s$/.test(text) && !/^\s/.test(run.text) && gap > run.size * 0.2) text += ' '
    text += run.text
    right = Math.max(right, run.right)
    const size = Math.round(run.size * 2) / 2
    weights.set(size, (weights.get(size) ?? 0) + run.text.trim().length)
  }
  const cleaned = text.replace(/\s+/g, ' ').trim()
  if (cleaned === '') return
  const first = line.runs[0]
  lines.push({ text: cleaned, x: first?.x ?? 0, y: line.y, right, size: mostCommon(weights) ?? line.size, page })
}

/** The key with the largest weight (the smaller key on a tie). */
export function mostCommon(weights: ReadonlyMap<number, number>): number | undefined {
  let best: number | undefined
  let bestWeight = -1
  for (const [key, weight] of weights) {
    if (weight > bestWeight || (weight === bestWeight && best !== undefined && key < best)) {
      best = key
      bestWeight = weight
    }
  }
  return best
}

/** The font size most characters of `lines` have, to the half point. */
export function bodySize(lines: readonly PdfLine[]): number {
  const weights = new Map<number, number>()
  for (const line of lines) {
    const size = Math.round(line.size * 2) / 2
    weights.set(size, (weights.get(size) ?? 0) + line.text.length)
  }
  return mostCommon(weights) ?? 10
}
