/**
 * Keyboard focus over the reading text, as a roving tabindex: the text is
 * one Tab stop (the paragraph last focused, else the routed one, else the
 * first), the arrow keys, Home and End move between paragraphs, and only the
 * stop's own links and terms are in the Tab order. Pure: the view supplies
 * the blocks in reading order.
 */
import { matchesShortcut, type KeyEventLike } from '../../shared/keyboard-shortcuts'

/** A block of the document in reading order; headings are not stops, lists and paragraphs are. */
export interface FocusBlock {
  readonly id: string
  readonly focusable: boolean
}

/** A move between paragraphs. */
export type ParagraphMove = 'next' | 'previous' | 'first' | 'last'

/** The move a key asks for, or null for any other key. */
export function paragraphMoveOf(event: KeyEventLike): ParagraphMove | null {
  if (matchesShortcut(event, 'next-paragraph')) return 'next'
  if (matchesShortcut(event, 'previous-paragraph')) return 'previous'
  if (matchesShortcut(event, 'first-paragraph')) return 'first'
  if (matchesShortcut(event, 'last-paragraph')) return 'last'
  return null
}

/** The block that holds the Tab stop: the last focused paragraph, else the routed one, else the first paragraph. */
export function tabStopOf(blocks: readonly FocusBlock[], focusedId: string | null, targetId: string | null): string | null {
  for (const id of [focusedId, targetId]) {
    if (id !== null && blocks.some((block) => block.id === id && block.focusable)) return id
  }
  return blocks.find((block) => block.focusable)?.id ?? null
}

/**
 * The paragraph `move` goes to from block `fromId` (which may be a heading:
 * "next" from a heading is the paragraph after it). Null where there is none
 * (already at the last paragraph, or `fromId` is not in the document).
 */
export function paragraphAfterMove(blocks: readonly FocusBlock[], fromId: string, move: ParagraphMove): string | null {
  const stops = blocks.filter((block) => block.focusable)
  if (move === 'first') return stops[0]?.id ?? null
  if (move === 'last') return stops[stops.length - 1]?.id ?? null
  const from = blocks.findIndex((block) => block.id === fromId)
  if (from < 0) return null
  const onward = move === 'next' ? blocks.slice(from + 1) : blocks.slice(0, from).reverse()
  return onward.find((block) => block.focusable)?.id ?? null
}
