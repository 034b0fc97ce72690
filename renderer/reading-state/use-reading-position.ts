/**
 * Keeps the reader's place in the open document: restores where it was left
 * (unless the address names a paragraph to show), follows scrolling, and
 * saves the place through the position memory.
 */
import { useEffect } from 'react'
import { useReadingState } from './reading-state-context'
import { readPosition, restorePosition } from './scroll-anchor'

/**
 * Restores and tracks the place in `documentId`, whose text `getArticle`
 * returns once rendered. Call it from the component that renders the
 * document, so this runs after the document's own scrolling on open.
 */
export function useReadingPosition(documentId: string, targetBlockId: string | null, getArticle: () => HTMLElement | null): void {
  const { positions } = useReadingState()
  // Read once on open: a paragraph named later (a search result, a note) is shown by the route, not here.
  const openedAtBlock = targetBlockId !== null

  useEffect(() => {
    positions.opened(documentId)
    const article = getArticle()
    if (!article) return
    const saved = openedAtBlock ? undefined : positions.get(documentId)
    if (saved) {
      restorePosition(article, saved)
      // Web fonts that arrive late reflow the text: put the same words back at the top unless the reader moved.
      void document.fonts.ready.then(() => {
        const now = positions.get(documentId)
        if (now?.blockId === saved.blockId && now.offset === saved.offset && article.isConnected) restorePosition(article, saved)
      })
    }

    let frame = 0
    const onScroll = () => {
      if (frame !== 0) return
      frame = requestAnimationFrame(() => {
        frame = 0
        const position = article.isConnected ? readPosition(article) : null
        if (position) positions.remember(documentId, position)
      })
    }
    document.addEventListener('scroll', onScroll, { capture: true, passive: true })
    return () => {
      document.removeEventListener('scroll', onScroll, { capture: true })
      cancelAnimationFrame(frame)
      positions.flush()
    }
    // Runs once per document: the reader is remounted for each one.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [documentId, positions])
}
