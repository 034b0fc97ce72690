/**
 * What the reader is reading in the open document: the section in view and
 * how far through the document they are, measured on the reading column's
 * scroll (one passive listener, at most once a frame). Headings are tracked
 * by position rather than by IntersectionObserver, because the same
 * measurement also gives the progress and the end of the document.
 */
import { useEffect, useState } from 'react'
import type { LibraryDocument } from '../../shared/document-model'
import { currentSection, readingPercent } from './pane-geometry'

/** The reading column's id (the skip link's target too). */
export const READING_COLUMN_ID = 'reading-column'

/** Where in the open document the reader is. */
export interface PaneReading {
  /** The id of the heading block whose section is in view, or null. */
  readonly sectionId: string | null
  /** 0–100. */
  readonly percent: number
}

/** Follows the reading column while `document` is shown in it (null: not reading). */
export function usePaneReading(document: LibraryDocument | null): PaneReading {
  const [sectionId, setSectionId] = useState<string | null>(null)
  const [percent, setPercent] = useState(0)

  useEffect(() => {
    if (!document) return
    const pane = window.document.getElementById(READING_COLUMN_ID)
    if (!pane) return
    let frame = 0
    const measure = () => {
      frame = 0
      const paneTop = pane.getBoundingClientRect().top
      const headings = Array.from(pane.querySelectorAll<HTMLElement>('article :is(h1, h2, h3, h4, h5, h6)[data-block-id]'), (heading) => ({
        id: heading.dataset['blockId'] ?? '',
        top: heading.getBoundingClientRect().top - paneTop,
      }))
      const atEnd = pane.scrollTop + pane.clientHeight >= pane.scrollHeight - 2
      setSectionId(currentSection(headings, pane.clientHeight * 0.25, atEnd, pane.clientHeight))
      setPercent(readingPercent(pane.scrollTop, pane.scrollHeight, pane.clientHeight))
    }
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(measure)
    }
    measure()
    pane.addEventListener('scroll', schedule, { passive: true })
    // Text size, window width and notes loading all move the headings without a scroll.
    const resize = new ResizeObserver(schedule)
    resize.observe(pane)
    const article = pane.querySelector('article')
    if (article) resize.observe(article)
    return () => {
      cancelAnimationFrame(frame)
      pane.removeEventListener('scroll', schedule)
      resize.disconnect()
    }
  }, [document])

  return document ? { sectionId, percent } : { sectionId: null, percent: 0 }
}
