/**
 * A reading position as the paragraph at the top of the view and the first
 * character in view within it, read from the page and restored to it. A
 * character survives a change of text size, typeface or window width where a
 * pixel offset would not.
 */
import type { ReadingPosition } from '../../shared/reading-state'
import { textOffsetInBlock } from '../reader/selection-offsets'

/** The element that scrolls `element`: its nearest scrollable ancestor, or the page. */
export function scrollerOf(element: HTMLElement): HTMLElement {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node)
    if ((overflowY === 'auto' || overflowY === 'scroll') && node.scrollHeight > node.clientHeight) return node
  }
  return (document.scrollingElement as HTMLElement | null) ?? document.documentElement
}

/** The viewport y of the scroller's top edge: the line a position is read at. */
function viewTop(scroller: HTMLElement): number {
  return scroller === document.scrollingElement ? 0 : Math.max(0, scroller.getBoundingClientRect().top)
}

function blocksOf(article: HTMLElement): HTMLElement[] {
  return [...article.querySelectorAll<HTMLElement>('[data-block-id]')]
}

/** The first block whose bottom is below `y` (blocks are in page order), by bisection. */
function blockAt(blocks: readonly HTMLElement[], y: number): HTMLElement | null {
  let low = 0
  let high = blocks.length
  while (low < high) {
    const middle = (low + high) >> 1
    const block = blocks[middle]
    if (block && block.getBoundingClientRect().bottom <= y) low = middle + 1
    else high = middle
  }
  return blocks[low] ?? null
}

/** The caret position at a viewport point (Chromium and WebKit, then the standard's spelling). */
function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  if (typeof document.caretRangeFromPoint === 'function') {
    const range = document.caretRangeFromPoint(x, y)
    return range ? { node: range.startContainer, offset: range.startOffset } : null
  }
  const position = document.caretPositionFromPoint?.(x, y)
  return position ? { node: position.offsetNode, offset: position.offset } : null
}

/** Where `article` is read now: the block at the top of its scroller and the character there. */
export function readPosition(article: HTMLElement): ReadingPosition | null {
  const y = viewTop(scrollerOf(article))
  const block = blockAt(blocksOf(article), y)
  const blockId = block?.dataset['blockId']
  if (!block || !blockId) return null
  const box = block.getBoundingClientRect()
  if (box.top >= y) return { blockId, offset: 0 }
  const caret = caretAt(box.left + Math.min(4, box.width / 2), y + 1)
  if (caret && block.contains(caret.node)) return { blockId, offset: textOffsetInBlock(block, caret.node, caret.offset) }
  // No caret there (a gap between list items): the same share of the text as of the height.
  const share = box.height > 0 ? (y - box.top) / box.height : 0
  return { blockId, offset: Math.round(share * (block.textContent?.length ?? 0)) }
}

/** The viewport y of the line holding the character at `offset` in `block`. */
function lineTop(block: HTMLElement, offset: number): number {
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT)
  let remaining = offset
  for (let node: Node | null = walker.nextNode(); node; node = walker.nextNode()) {
    // Counted as textOffsetInBlock counts: text, <br> and the "\n" before each list item after the first.
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node as Text
      if (remaining < text.data.length) {
        const range = document.createRange()
        range.setStart(text, remaining)
        range.setEnd(text, remaining + 1)
        const rect = range.getClientRects()[0]
        if (rect) return rect.top
        break
      }
      remaining -= text.data.length
    } else if (node.nodeName === 'BR' || (node.nodeName === 'LI' && node.previousSibling?.nodeName === 'LI')) {
      remaining -= 1
    }
  }
  return block.getBoundingClientRect().top
}

/** Scrolls `article`'s scroller so the line holding `position` is at its top; false if the block is gone. */
export function restorePosition(article: HTMLElement, position: ReadingPosition): boolean {
  const block = blocksOf(article).find((candidate) => candidate.dataset['blockId'] === position.blockId)
  if (!block) return false
  const scroller = scrollerOf(article)
  scroller.scrollTop += lineTop(block, position.offset) - viewTop(scroller)
  return true
}
