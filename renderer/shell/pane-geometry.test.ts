import { describe, expect, it } from 'vitest'
import { currentSection, paneScrollTop, readingPercent } from './pane-geometry'

describe('paneScrollTop', () => {
  it('centres a passage in its pane', () => {
    expect(paneScrollTop({ top: 1000, height: 100, paneHeight: 800, scrollTop: 200 }, 'center')).toBe(850)
  })

  it('never scrolls above the top', () => {
    expect(paneScrollTop({ top: 50, height: 100, paneHeight: 800, scrollTop: 0 }, 'center')).toBe(0)
  })

  it('leaves a card that is already in view where it is', () => {
    expect(paneScrollTop({ top: 100, height: 200, paneHeight: 800, scrollTop: 40 }, 'nearest')).toBe(40)
  })

  it('brings a card below the fold up just enough', () => {
    expect(paneScrollTop({ top: 700, height: 200, paneHeight: 800, scrollTop: 0 }, 'nearest')).toBe(100)
  })

  it('shows the top of a card taller than the pane', () => {
    expect(paneScrollTop({ top: 700, height: 1200, paneHeight: 800, scrollTop: 0 }, 'nearest')).toBe(700)
  })

  it('scrolls back up to a card above the view', () => {
    expect(paneScrollTop({ top: -300, height: 200, paneHeight: 800, scrollTop: 500 }, 'nearest')).toBe(200)
  })
})

describe('currentSection', () => {
  const headings = [
    { id: 'intro', top: -900 },
    { id: 'body', top: -100 },
    { id: 'end', top: 500 },
  ]

  it('is the last heading above the reading line', () => {
    expect(currentSection(headings, 200, false, 800)).toBe('body')
  })

  it('is the first heading before any has been passed', () => {
    expect(currentSection([{ id: 'title', top: 300 }], 200, false, 800)).toBe('title')
  })

  it('is the last heading on screen at the end of the document', () => {
    expect(currentSection(headings, 200, true, 800)).toBe('end')
  })

  it('is nothing in a document without headings', () => {
    expect(currentSection([], 200, false, 800)).toBeNull()
  })
})

describe('readingPercent', () => {
  it('is the share of the scrollable distance covered', () => {
    expect(readingPercent(400, 1800, 800)).toBe(40)
  })

  it('is complete for a document that fits the pane', () => {
    expect(readingPercent(0, 700, 800)).toBe(100)
  })

  it('stays within 0–100 during elastic overscroll', () => {
    expect(readingPercent(-20, 1800, 800)).toBe(0)
    expect(readingPercent(1100, 1800, 800)).toBe(100)
  })
})
