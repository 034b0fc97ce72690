/**
 * The Notes panel following the reading: which card to bring to the top of
 * the panel for what the reading column shows, where to scroll for it, and
 * when not to move at all. Pure decisions on measured positions, so the
 * rules are unit-tested apart from the DOM (use-follow-reading.ts measures).
 */

/** A block's extent relative to the reading column's visible top edge, in px. */
export interface BlockSpan {
  readonly top: number
  readonly bottom: number
}

/**
 * A block shows only once this much of it is in view (or all of it, when it
 * is shorter): the last line of a paragraph scrolled nearly away is not what
 * is being read, and counting it would make the panel jump back and forth.
 */
export const MIN_VISIBLE_PX = 24

/** How long the panel stays where the user put it after they scrolled or touched it. */
export const USER_HOLD_MS = 1500

/** How long after a jump (a card's quote, a highlight's card, a search result) the panel does not follow. */
export const JUMP_HOLD_MS = 1500

/** Differences smaller than this are not worth moving for (sub-pixel layout, rounding). */
export const SETTLE_PX = 2

/** Space left above the followed card, so it does not touch the pane's edge. */
export const CARD_INSET_PX = 8

function visibleHeight(span: BlockSpan, viewHeight: number): number {
  return Math.min(span.bottom, viewHeight) - Math.max(span.top, 0)
}

function isVisible(span: BlockSpan, viewHeight: number): boolean {
  const needed = Math.min(MIN_VISIBLE_PX, span.bottom - span.top)
  return visibleHeight(span, viewHeight) >= Math.max(1, needed)
}

/**
 * The index, in `cardBlocks` (the block each card's passage starts in, in the
 * panel's reading order), of the card to show at the top of the panel: the
 * first whose passage is in view; when none is, the first one still to come
 * below, so the panel shows what the reader is about to meet; after the last
 * passage, the last card. Null when no card's block is measured.
 */
export function cardToFollow(cardBlocks: readonly string[], blocks: ReadonlyMap<string, BlockSpan>, viewHeight: number): number | null {
  let below: number | null = null
  let above: number | null = null
  for (const [index, blockId] of cardBlocks.entries()) {
    const span = blocks.get(blockId)
    if (!span) continue
    if (isVisible(span, viewHeight)) return index
    if (span.top + span.bottom >= viewHeight) below ??= index
    else above = index
  }
  return below ?? above
}

/** The followed card's place and the panel pane's scroll state. */
export interface PaneScroll {
  /** Top of the card minus top of the pane's visible area, in px. */
  readonly cardTop: number
  readonly scrollTop: number
  readonly scrollHeight: number
  readonly clientHeight: number
}

/**
 * The scrollTop that puts the card at the top of the pane (as near as the
 * list's length allows), or null when the pane is already there.
 */
export function followScrollTop(pane: PaneScroll): number | null {
  const max = Math.max(0, pane.scrollHeight - pane.clientHeight)
  const wanted = Math.min(max, Math.max(0, pane.scrollTop + pane.cardTop - CARD_INSET_PX))
  return Math.abs(wanted - pane.scrollTop) < SETTLE_PX ? null : wanted
}

/** What could make following the reading fight the user. */
export interface FollowHolds {
  /** Now, and when the user last scrolled or touched the panel, and when the app last jumped (ms, same clock). */
  readonly now: number
  readonly userScrolledAt: number
  readonly jumpedAt: number
  /** Focus is in the panel where moving it would lose the user's place: a text field, or keyboard navigation. */
  readonly focusHeld: boolean
  /** A note's editor is open in the panel. */
  readonly writing: boolean
  /** The panel's filter chooses which cards show: it is a list of answers, not the text's companion. */
  readonly filtering: boolean
}

/** Whether the panel may move to follow the reading now. */
export function mayFollow(holds: FollowHolds): boolean {
  if (holds.focusHeld || holds.writing || holds.filtering) return false
  return holds.now - holds.userScrolledAt >= USER_HOLD_MS && holds.now - holds.jumpedAt >= JUMP_HOLD_MS
}
