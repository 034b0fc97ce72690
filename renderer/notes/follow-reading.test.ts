import { describe, expect, it } from 'vitest'
import { CARD_INSET_PX, cardToFollow, followScrollTop, JUMP_HOLD_MS, mayFollow, USER_HOLD_MS, type BlockSpan, type FollowHolds } from './follow-reading'

const VIEW = 600

/** Blocks laid out 200 px tall one under another, the first starting at `firstTop`. */
function column(ids: readonly string[], firstTop: number): Map<string, BlockSpan> {
  return new Map(ids.map((id, index) => [id, { top: firstTop + index * 200, bottom: firstTop + index * 200 + 200 }]))
}

describe('cardToFollow', () => {
  it('follows the first card whose passage is in view', () => {
    // p1 ends above the view, p2..p4 show, p5 is below it.
    const blocks = column(['p1', 'p2', 'p3', 'p4', 'p5'], -200)
    expect(cardToFollow(['p1', 'p3', 'p4', 'p5'], blocks, VIEW)).toBe(1)
  })

  it('takes the first of several cards on the same passage', () => {
    const blocks = column(['p1', 'p2'], 0)
    expect(cardToFollow(['p2', 'p2', 'p2'], blocks, VIEW)).toBe(0)
  })

  it('does not count a paragraph whose last line is all that is left of it at the top', () => {
    const blocks = new Map<string, BlockSpan>([
      ['p1', { top: -190, bottom: 10 }],
      ['p2', { top: 10, bottom: 210 }],
    ])
    expect(cardToFollow(['p1', 'p2'], blocks, VIEW)).toBe(1)
  })

  it('does not count a paragraph only just showing at the bottom', () => {
    const blocks = new Map<string, BlockSpan>([
      ['p1', { top: -400, bottom: -100 }],
      ['p9', { top: VIEW - 10, bottom: VIEW + 190 }],
    ])
    // Neither is being read: the one still to come leads.
    expect(cardToFollow(['p1', 'p9'], blocks, VIEW)).toBe(1)
  })

  it('counts a short block that is wholly in view', () => {
    const blocks = new Map<string, BlockSpan>([['h', { top: 100, bottom: 112 }]])
    expect(cardToFollow(['h'], blocks, VIEW)).toBe(0)
  })

  it('counts a paragraph taller than the view that fills it', () => {
    const blocks = new Map<string, BlockSpan>([
      ['p1', { top: -900, bottom: -500 }],
      ['long', { top: -300, bottom: 1500 }],
    ])
    expect(cardToFollow(['p1', 'long'], blocks, VIEW)).toBe(1)
  })

  it('shows the next passage to come when none with a note is in view', () => {
    const blocks = column(['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7'], -400)
    // p1, p2 above; p3..p5 in view without notes; p6, p7 below.
    expect(cardToFollow(['p1', 'p2', 'p6', 'p7'], blocks, VIEW)).toBe(2)
  })

  it('shows the last card once every passage is above the view', () => {
    const blocks = column(['p1', 'p2', 'p3', 'p4', 'p5', 'p6'], -800)
    expect(cardToFollow(['p1', 'p2'], blocks, VIEW)).toBe(1)
  })

  it('skips cards whose block is not measured', () => {
    const blocks = column(['p2'], 0)
    expect(cardToFollow(['gone', 'p2'], blocks, VIEW)).toBe(1)
  })

  it('has nothing to follow without cards or blocks', () => {
    expect(cardToFollow([], column(['p1'], 0), VIEW)).toBeNull()
    expect(cardToFollow(['p1'], new Map(), VIEW)).toBeNull()
  })
})

describe('followScrollTop', () => {
  it('brings a card below up to the top of the pane', () => {
    expect(followScrollTop({ cardTop: 700, scrollTop: 100, scrollHeight: 3000, clientHeight: 500 })).toBe(800 - CARD_INSET_PX)
  })

  it('brings a card above back down to the top', () => {
    expect(followScrollTop({ cardTop: -300, scrollTop: 1000, scrollHeight: 3000, clientHeight: 500 })).toBe(700 - CARD_INSET_PX)
  })

  it('stays put when the card is already at the top', () => {
    expect(followScrollTop({ cardTop: CARD_INSET_PX + 1, scrollTop: 400, scrollHeight: 3000, clientHeight: 500 })).toBeNull()
  })

  it('goes no further than the end of the list', () => {
    expect(followScrollTop({ cardTop: 400, scrollTop: 1000, scrollHeight: 1800, clientHeight: 500 })).toBe(1300)
  })

  it('stays put when the list is already at its end', () => {
    expect(followScrollTop({ cardTop: 400, scrollTop: 1300, scrollHeight: 1800, clientHeight: 500 })).toBeNull()
  })

  it('never scrolls above the top of the list', () => {
    expect(followScrollTop({ cardTop: 4, scrollTop: 0, scrollHeight: 1800, clientHeight: 500 })).toBeNull()
    expect(followScrollTop({ cardTop: 4, scrollTop: 30, scrollHeight: 1800, clientHeight: 500 })).toBe(26)
  })

  it('does not move a list that fits its pane', () => {
    expect(followScrollTop({ cardTop: 300, scrollTop: 0, scrollHeight: 400, clientHeight: 500 })).toBeNull()
  })
})

describe('mayFollow', () => {
  const idle: FollowHolds = { now: 100_000, userScrolledAt: 0, jumpedAt: 0, focusHeld: false, writing: false, filtering: false }

  it('follows while the user only reads', () => {
    expect(mayFollow(idle)).toBe(true)
  })

  it('leaves the panel alone just after the user scrolled it', () => {
    expect(mayFollow({ ...idle, userScrolledAt: idle.now - USER_HOLD_MS + 1 })).toBe(false)
    expect(mayFollow({ ...idle, userScrolledAt: idle.now - USER_HOLD_MS })).toBe(true)
  })

  it('leaves the panel alone just after a jump to a card or a passage', () => {
    expect(mayFollow({ ...idle, jumpedAt: idle.now - JUMP_HOLD_MS + 1 })).toBe(false)
    expect(mayFollow({ ...idle, jumpedAt: idle.now - JUMP_HOLD_MS })).toBe(true)
  })

  it('never moves while focus, an editor or a filter holds the panel', () => {
    expect(mayFollow({ ...idle, focusHeld: true })).toBe(false)
    expect(mayFollow({ ...idle, writing: true })).toBe(false)
    expect(mayFollow({ ...idle, filtering: true })).toBe(false)
  })
})
