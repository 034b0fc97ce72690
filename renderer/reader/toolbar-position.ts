/**
 * Where the selection toolbar goes so it never covers the selected words:
 * above the selection, or below it when there is no room above.
 */

/** A box on screen, in CSS pixels. */
export interface ScreenBox {
  readonly top: number
  readonly bottom: number
  readonly left: number
  readonly right: number
}

/** The toolbar's top-left corner, in viewport pixels. */
export interface ToolbarPoint {
  readonly top: number
  readonly left: number
}

const GAP = 8

/**
 * Places a toolbar of `size` beside `target` within a viewport: above when it
 * fits, else below, else (a selection taller than the window) at the window's
 * top edge; centred on the target horizontally and kept inside the window.
 */
export function toolbarPosition(target: ScreenBox, size: { width: number; height: number }, viewport: { width: number; height: number }): ToolbarPoint {
  const above = target.top - GAP - size.height
  const below = target.bottom + GAP
  const top = above >= GAP ? above : below + size.height <= viewport.height - GAP ? below : GAP
  const centre = (target.left + target.right) / 2
  const left = Math.min(Math.max(GAP, centre - size.width / 2), Math.max(GAP, viewport.width - GAP - size.width))
  return { top, left }
}
