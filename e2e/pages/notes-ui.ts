/**
 * The notes features as a user meets them: the selection toolbar, the
 * highlights in the text and the Notes panel, by role and visible label.
 */
import { expect, type Locator, type Page } from '@playwright/test'

/** Page object for highlighting and notes. */
export class NotesUi {
  constructor(readonly page: Page) {}

  /** The Notes panel beside the text. */
  panel(): Locator {
    return this.page.getByRole('complementary', { name: 'Notes' })
  }

  /** The note cards in the panel. */
  cards(): Locator {
    return this.panel().getByRole('group', { name: /^Note on/ })
  }

  /** The card of the note on a passage that starts with `quote`. */
  card(quote: string): Locator {
    return this.panel().getByRole('group', { name: new RegExp(`^Note on “${escape(quote)}`) })
  }

  /** The highlights (marks) in the open document. */
  highlights(): Locator {
    return this.page.getByRole('article', { name: /Joint Statement/ }).locator('mark')
  }

  /** The toolbar shown over a selection or a keyboard-focused paragraph. */
  toolbar(): Locator {
    return this.page.getByRole('toolbar')
  }

  /**
   * Selects `text` inside `container` by dragging the mouse from its first to
   * its last character, as a person would.
   */
  async selectWithMouse(container: Locator, text: string): Promise<void> {
    await container.evaluate((element) => element.scrollIntoView({ block: 'center' }))
    const box = await container.evaluate((element, wanted) => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const at = node.data.indexOf(wanted)
        if (at < 0) continue
        const first = document.createRange()
        first.setStart(node, at)
        first.setEnd(node, at + 1)
        const last = document.createRange()
        last.setStart(node, at + wanted.length - 1)
        last.setEnd(node, at + wanted.length)
        const a = first.getBoundingClientRect()
        const b = last.getBoundingClientRect()
        return { x1: a.left + 1, y1: a.top + a.height / 2, x2: b.right - 1, y2: b.top + b.height / 2 }
      }
      return null
    }, text)
    if (!box) throw new Error(`"${text}" is not in one text run of the element`)
    await this.page.mouse.move(box.x1, box.y1)
    await this.page.mouse.down()
    await this.page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 4 })
    await this.page.mouse.move(box.x2, box.y2, { steps: 4 })
    await this.page.mouse.up()
    await expect(this.toolbar()).toBeVisible()
  }

  /** Waits until the panel says every change is saved. */
  async expectSaved(): Promise<void> {
    await expect(this.panel().getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible()
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
