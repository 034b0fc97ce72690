/**
 * Where a pane should scroll, and what the reader is looking at in it:
 * pure arithmetic on measured positions, so the shell can move only the pane
 * that holds a passage (never the window) and the rules can be unit-tested.
 */

/** An element's place relative to its pane's visible top edge, and the pane. */
export interface PaneBox {
  /** Top of the element minus top of the pane's visible area, in px. */
  readonly top: number
  readonly height: number
  /** Visible height of the pane. */
  readonly paneHeight: number
  /** The pane's current scrollTop. */
  readonly scrollTop: number
}

/** How to place an element: centred, or moved just enough (its top first when it is taller than the pane). */
export type PaneAlign = 'center' | 'nearest'

/** The scrollTop that shows `box` in its pane as `align` asks. */
export function paneScrollTop(box: PaneBox, align: PaneAlign): number {
  const { top, height, paneHeight, scrollTop } = box
  if (align === 'center') return Math.max(0, scrollTop + top - (paneHeight - height) / 2)
  if (top < 0) return Math.max(0, scrollTop + top)
  const bottom = top + height
  if (bottom <= paneHeight) return scrollTop
  // Bring the bottom into view, but never push the top out of it.
  return scrollTop + Math.min(bottom - paneHeight, top)
}

/** A heading's id and its top relative to the pane's visible top edge. */
export interface HeadingTop {
  readonly id: string
  readonly top: number
}

/**
 * The section being read: the last heading above `line` (a reading line a
 * little below the pane's top); at the end of the document, the last heading
 * on screen, so a short final section can be marked too.
 */
export function currentSection(headings: readonly HeadingTop[], line: number, atEnd: boolean, paneHeight: number): string | null {
  let current: string | null = headings[0]?.id ?? null
  for (const heading of headings) {
    if (heading.top <= line || (atEnd && heading.top < paneHeight)) current = heading.id
  }
  return current
}

/** How far through the pane's content the reader has scrolled, 0–100. */
export function readingPercent(scrollTop: number, scrollHeight: number, clientHeight: number): number {
  const range = scrollHeight - clientHeight
  if (range <= 1) return 100
  return Math.round(Math.min(1, Math.max(0, scrollTop / range)) * 100)
}
