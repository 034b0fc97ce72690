import { describe, expect, it } from 'vitest'
import { paragraphAfterMove, paragraphMoveOf, tabStopOf, type FocusBlock } from './paragraph-focus'

const blocks: FocusBlock[] = [
  { id: 'title', focusable: false },
  { id: 'p1', focusable: true },
  { id: 'h2', focusable: false },
  { id: 'p2', focusable: true },
  { id: 'list', focusable: true },
]

const key = (name: string, shiftKey = false) => ({ key: name, code: '', ctrlKey: false, metaKey: false, altKey: false, shiftKey })

describe('paragraph focus', () => {
  it('puts the Tab stop on the paragraph focused last, else the routed paragraph, else the first', () => {
    expect(tabStopOf(blocks, 'p2', 'list')).toBe('p2')
    expect(tabStopOf(blocks, null, 'list')).toBe('list')
    expect(tabStopOf(blocks, null, 'h2')).toBe('p1')
    expect(tabStopOf(blocks, 'gone', null)).toBe('p1')
    expect(tabStopOf([], null, null)).toBeNull()
  })

  it('moves down and up over headings, and stops at the ends', () => {
    expect(paragraphAfterMove(blocks, 'p1', 'next')).toBe('p2')
    expect(paragraphAfterMove(blocks, 'p2', 'previous')).toBe('p1')
    expect(paragraphAfterMove(blocks, 'list', 'next')).toBeNull()
    expect(paragraphAfterMove(blocks, 'p1', 'previous')).toBeNull()
  })

  it('moves from a focused heading to the paragraph after it', () => {
    expect(paragraphAfterMove(blocks, 'h2', 'next')).toBe('p2')
    expect(paragraphAfterMove(blocks, 'title', 'next')).toBe('p1')
  })

  it('jumps to the first and last paragraph', () => {
    expect(paragraphAfterMove(blocks, 'p2', 'first')).toBe('p1')
    expect(paragraphAfterMove(blocks, 'p1', 'last')).toBe('list')
  })

  it('reads the arrow keys, Home and End, but leaves Shift+arrows to the selection', () => {
    expect(paragraphMoveOf(key('ArrowDown'))).toBe('next')
    expect(paragraphMoveOf(key('ArrowUp'))).toBe('previous')
    expect(paragraphMoveOf(key('Home'))).toBe('first')
    expect(paragraphMoveOf(key('End'))).toBe('last')
    expect(paragraphMoveOf(key('ArrowDown', true))).toBeNull()
    expect(paragraphMoveOf(key('a'))).toBeNull()
  })
})
