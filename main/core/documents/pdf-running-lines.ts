/**
 * Finds a PDF's running headers and footers: lines near the top or bottom
 * of the page that repeat at the same height on most pages, with the same
 * words and perhaps a changing number ("Page 3 of 12", "A/RES/73/1 – 4",
 * a bare page number). They are printing furniture, not the text, so the
 * reader leaves them out.
 */
import type { PdfPageLines } from './pdf-lines'

/** Share of the page's height, from the top and from the bottom, where running lines live. */
const MARGIN_SHARE = 0.15

/** How far (points) the same running line may drift in height from page to page. */
const HEIGHT_TOLERANCE = 3

/** The running lines of `pages`, as "page:index" keys of their lines. */
export function runningLines(pages: readonly PdfPageLines[]): Set<string> {
  const found = new Set<string>()
  if (pages.length < 2) return found
  const candidates = new Map<string, { page: number; index: number; y: number }[]>()
  pages.forEach((page, pageIndex) => {
    page.lines.forEach((line, index) => {
      const margin = (page.top - page.bottom) * MARGIN_SHARE
      const zone = line.y >= page.top - margin ? 'top' : line.y <= page.bottom + margin ? 'bottom' : undefined
      if (!zone) return
      const key = `${zone}\u0000${shape(line.text)}`
      const list = candidates.get(key) ?? []
      list.push({ page: pageIndex, index, y: line.y })
      candidates.set(key, list)
    })
  })
  // More than half of the pages, and at least two.
  const needed = Math.max(2, Math.floor(pages.length / 2) + 1)
  for (const places of candidates.values()) {
    if (new Set(places.map((place) => place.page)).size < needed) continue
    for (const anchor of places) {
      const near = places.filter((place) => Math.abs(place.y - anchor.y) <= HEIGHT_TOLERANCE)
      if (new Set(near.map((place) => place.page)).size < needed) continue
      for (const place of near) found.add(`${place.page}:${place.index}`)
    }
  }
  return found
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
