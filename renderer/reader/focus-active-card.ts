/**
 * Moves focus to the active note's card in the Notes panel once it has
 * rendered (the panel, or its drawer under 1100 px, may only be opening),
 * bringing it into view in the panel's list only: focus() alone would
 * scroll every pane around it, up to the window.
 */
import { revealInPane } from '../shell/reveal-in-pane'

const MAX_FRAMES = 30

/** Shows and focuses the panel's active card within the next frames; gives up quietly. */
export function focusActiveCard(frames = MAX_FRAMES): void {
  requestAnimationFrame(() => {
    const card = document.querySelector<HTMLElement>('#notes-panel .note-card.is-active')
    if (!card) {
      if (frames > 0) focusActiveCard(frames - 1)
      return
    }
    // The card is a group, not a tab stop: focusable from script only, so Tab order stays as it was.
    if (!card.hasAttribute('tabindex')) card.tabIndex = -1
    // Again here, though the card reveals itself on becoming active: a card already active does not.
    revealInPane(card, 'nearest')
    card.focus({ preventScroll: true })
  })
}
