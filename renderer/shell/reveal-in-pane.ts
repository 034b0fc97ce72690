/**
 * Scrolling one pane of the shell to show an element. Element.scrollIntoView
 * also scrolls every scrollable ancestor, up to the window; setting the
 * pane's own scrollTop moves nothing but the pane that holds the element.
 */
import { paneScrollTop, type PaneAlign } from './pane-geometry'

/** The nearest ancestor of `element` that scrolls vertically, or null. */
export function scrollingPane(element: HTMLElement): HTMLElement | null {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const overflow = getComputedStyle(node).overflowY
    if (overflow === 'auto' || overflow === 'scroll') return node
  }
  return null
}

/** Scrolls the pane holding `element` so that it shows as `align` asks. */
export function revealInPane(element: HTMLElement, align: PaneAlign): void {
  const pane = scrollingPane(element)
  if (!pane) return
  const paneRect = pane.getBoundingClientRect()
  const rect = element.getBoundingClientRect()
  const top = paneScrollTop({ top: rect.top - paneRect.top - pane.clientTop, height: rect.height, paneHeight: pane.clientHeight, scrollTop: pane.scrollTop }, align)
  if (top !== pane.scrollTop) pane.scrollTop = top
}
