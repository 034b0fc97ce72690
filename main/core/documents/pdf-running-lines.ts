/**
 * Finds a PDF's running headers and footers: lines at the top or bottom
 * edge of the page that repeat at the same height on many pages (a quarter
 * or more: a book's chapter headers change with the chapter), with the same
 * words or the same short words around a changing number ("Page 3 of 12",
 * "A/RES/73/1 – 4") or set apart from the text by a wide gap at the same
 * height (a chapter's title), and page numbers standing alone as a page's
 * first or last line, however often. They are printing furniture, not the text, so
 * the reader leaves them out. Only the outermost lines of
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

/** Share of the pages a running line is on. */
const REPEAT_SHARE = 0.25

/** A page number alone, once numbers are "#": "#", "- # -", "(#)", "page #", "# of #", "#/#". */
const PAGE_NUMBER = /^(?:page\s+)?[-–—(]?\s*#\s*[-–—)]?(?:\s*(?:of|\/)\s*#)?$/

/** Longest line of a header or footer band. */
const MAX_BAND_LENGTH = 120

/** The gap (in body-text ems) that sets a header or footer band apart from the text. */
const BAND_GAP_EMS = 2

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
  const byShape = new Map<string, Place[]>()
  const bands: Place[][] = [[], []]
  pages.forEach((page, pageIndex) => {
    const margin = (page.top - page.bottom) * MARGIN_SHARE
    const byHeight = page.lines.map((line, index) => ({ page: pageIndex, index, y: line.y, text: line.text, size: line.size })).sort((a, b) => b.y - a.y)
    const small = (place: Place): boolean => place.size <= body * 1.05
    const edges = [
      { zone: 'top', places: byHeight.slice(0, EDGE_LINES).filter((place) => place.y >= page.top - margin && small(place)) },
      { zone: 'bottom', places: byHeight.slice(-EDGE_LINES).reverse().filter((place) => place.y <= page.bottom + margin && small(place)) },
    ]
    edges.forEach(({ zone, places }, side) => {
      const [outermost, next] = side === 0 ? [byHeight[0], byHeight[1]] : [byHeight[byHeight.length - 1], byHeight[byHeight.length - 2]]
      for (const place of places) {
        if (place === outermost && PAGE_NUMBER.test(shape(place.text))) found.add(`${place.page}:${place.index}`)
        // Set apart from the text by a wide gap: a header or footer band, whatever its words.
        if (place === outermost && place.text.length <= MAX_BAND_LENGTH && next && Math.abs(place.y - next.y) > body * BAND_GAP_EMS) bands[side]?.push(place)
        const key = `${zone} ${shape(place.text)}`
        const same = byShape.get(key) ?? []
        same.push(place)
        byShape.set(key, same)
      }
    })
  })
  const needed = Math.max(2, Math.ceil(pages.length * REPEAT_SHARE))
  const drop = (places: readonly Place[]): void => {
    for (const anchor of places) {
      const near = places.filter((place) => Math.abs(place.y - anchor.y) <= HEIGHT_TOLERANCE)
      if (pageCount(near) >= needed) for (const place of near) found.add(`${place.page}:${place.index}`)
    }
  }
  for (const [key, places] of byShape) {
    const wordForWord = new Set(places.map((place) => place.text)).size === 1
    if (pageCount(places) >= needed && (wordForWord || key.length - key.indexOf(' ') - 1 <= MAX_NUMBERED_LENGTH)) drop(places)
  }
  for (const band of bands) if (pageCount(band) >= needed) drop(band)
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
