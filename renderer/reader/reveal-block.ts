/**
 * Bringing a block of the open document into view: scrolled to the middle
 * and focused for assistive technology. Called when the route names a block,
 * and directly when the user asks for the block the route already names.
 * Only the reading column scrolls: the app's frame stays where it is.
 */
import { revealInPane } from '../shell/reveal-in-pane'

/** Shows `blockId` in `article`, or the top of the document when it is null. */
export function revealBlock(article: HTMLElement | null, blockId: string | null): void {
  if (!article) return
  if (!blockId) {
    article.closest('main')?.scrollTo({ top: 0 })
    return
  }
  const target = article.querySelector<HTMLElement>(`[data-block-id="${CSS.escape(blockId)}"]`)
  if (!target) return
  revealInPane(target, 'center')
  target.focus({ preventScroll: true })
}
