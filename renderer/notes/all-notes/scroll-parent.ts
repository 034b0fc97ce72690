/** The element that scrolls `element`: its nearest ancestor that scrolls vertically, else the page. */
export function scrollParent(element: HTMLElement): HTMLElement {
  for (let parent = element.parentElement; parent; parent = parent.parentElement) {
    const overflow = getComputedStyle(parent).overflowY
    if ((overflow === 'auto' || overflow === 'scroll') && parent.scrollHeight >= parent.clientHeight) return parent
  }
  return (document.scrollingElement as HTMLElement | null) ?? document.documentElement
}
