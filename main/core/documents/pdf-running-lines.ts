/**
 * Finds a PDF's running headers and footers: lines at the top or bottom
 * edge of the page that repeat at the same height on most pages, with the
 * same words or the same short words around a changing number ("Page 3 of
 * 12", "A/RES/73/1 – 4", a bare page number). They are printing furniture,
 * not the text, so the reader leaves them out. Only the outermost lines of
 * a page are looked at, never one in a font larger than the body text's (a
 * heading), and a long line only when it repeats word for word, so text
 * that happens to start each page alike is kept.
 */
import { bodySize, type PdfPageLines } from './pdf-lines'

/** Share of the page's height, from the top and from the bottom, where running lines live. */
const MARGIN_SHARE = 0.15

/** How many lines from each edge of a page can be running lines. */
const EDGE_LINES = 3

/** How far (points) the same running line may drift in height from page to page. */
const HEIGHT_TOLERANCE = 3

/** Longest running line whose number changes from page to page. */
const MAX_NUMBERED_LENGTH = 50

interface Place {
  readonly page: number
  readonly index: number
  readonly y: number
  readonly text: string
  readonly size: number
}

/** The running lines of `pages`, as "page:index" keys of their lines. */
export function runningLines(pages: readonly PdfPageLines[]): Set<string> {
  const found = new Set<string>()
  if (pages.length < 2) return found
  const body = bodySize(pages.flatMap((page) => page.lines))
  const candidates = new Map<string, Place[]>()
  pages.forEach((page, pageIndex) => {
    const margin = (page.top - page.bottom) * MARGIN_SHARE
    const byHeight = page.lines.map((line, index) => ({ page: pageIndex, index, y: line.y, text: line.text, size: line.size })).sort((a, b) => b.y - a.y)
    const small = (place: Place): boolean => place.size <= body * 1.05
    const top = byHeight.slice(0, EDGE_LINES).filter((place) => place.y >= page.top - margin && small(place))
    const bottom = byHeight.slice(-EDGE_LINES).filter((place) => place.y <= page.bottom + margin && small(place))
    for (const [zone, places] of [['top', top], ['bottom', bottom]] as const) {
      for (const place of places) {
        const key = `${zone} ${shape(place.text)}`
        const list = candidates.get(key) ?? []
        list.push(place)
        candidates.set(key, list)
      }
    }
  })
  // More than half of the pages, and at least two.
  const needed = Math.max(2, Math.floor(pages.length / 2) + 1)
  for (const [key, places] of candidates) {
    if (pageCount(places) < needed) continue
    const wordForWord = new Set(places.map((place) => place.text)).size === 1
    if (!wordForWord && key.length - key.indexOf(' ') - 1 > MAX_NUMBERED_LENGTH) continue
    for (const anchor of places) {
      const near = places.filter((place) => Math.abs(place.y - anchor.y) <= HEIGHT_TOLERANCE)
      if (pageCount(near) < needed) continue
      for (const place of near) found.add(`${place.page}:${place.index}`)
    }
  }
  return found
}

function pageCount(places: readonly Place[]): number {
  return new Set(places.map((place) => place.page)).size
}

/** A line's words with every number (arabic or roman) as "#", so "Page 3" and "Page 4" match. */
function shape(text: string): string {
  return text
    .toLowerCase()
    .replace(/\d+/g, '#')
    .replace(/\b[ivxlc]+\b/g, '#')
    .replace(/\s+/g, ' ')
    .trim()
}
