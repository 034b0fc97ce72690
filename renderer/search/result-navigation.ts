/**
 * Arrow keys in the search panel: from the box to the first (or last)
 * result, between results, and from the first result back to the box.
 */

/** Moves focus one result `down` or up from where it is in `panel`; returns whether it moved. */
export function moveBetweenResults(panel: HTMLElement | null, input: HTMLInputElement | null, down: boolean): boolean {
  const links = Array.from(panel?.querySelectorAll<HTMLAnchorElement>('a.search-result') ?? [])
  if (links.length === 0) return false
  const current = links.indexOf(document.activeElement as HTMLAnchorElement)
  if (current < 0) {
    links[down ? 0 : links.length - 1]?.focus()
    return true
  }
  const next = current + (down ? 1 : -1)
  if (next < 0) input?.focus()
  else links[Math.min(next, links.length - 1)]?.focus()
  return true
}
