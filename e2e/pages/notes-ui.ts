/**
 * The notes features as a user meets them: the selection toolbar, the
 * highlights in the text and the Notes panel, by role and visible label.
 */
import { expect, type Locator, type Page } from '@playwright/test'
import { escapeRegExp } from '../../shared/escape-reg-exp'

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
    return this.panel().getByRole('group', { name: new RegExp(`^Note on “${escapeRegExp(quote)}`) })
  }

  /** The Notes panel's search box, over the open document's notes. */
  searchBox(): Locator {
    return this.panel().getByRole('searchbox', { name: /^Search this document.s notes$/ })
  }

  /** Replaces the text in the Notes panel's search box, as typing would. */
  async search(text: string): Promise<void> {
    await this.searchBox().fill(text)
  }

  /** The highlights (marks) in the open document. */
  highlights(): Locator {
    return this.page.getByRole('article', { name: /Joint Statement/ }).locator('mark')
  }

  /**
   * The highlighted passages, one string per note in reading order: a
   * highlight crossing a reference link or another highlight is drawn in
   * several pieces, which this joins back together.
   */
  async highlightedPassages(): Promise<string[]> {
    return this.highlights().evaluateAll((marks) => {
      const byNote = new Map<string, string>()
      for (const mark of marks) {
        const id = mark.getAttribute('data-note-id') ?? ''
        byNote.set(id, (byNote.get(id) ?? '') + (mark.textContent ?? ''))
      }
      return [...byNote.values()]
    })
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
    // A person's hand leaves the last highlight first: its preview card closes and covers nothing.
    await this.page.mouse.move(1, 1)
    await expect(this.page.getByRole('tooltip')).toHaveCount(0)
    await container.evaluate((element) => element.scrollIntoView({ block: 'center' }))
    const box = await container.evaluate((element, wanted) => {
      // The words may span several text nodes (a reference link or an earlier highlight splits them).
      const nodes: Text[] = []
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) nodes.push(node)
      const text = nodes.map((node) => node.data).join('')
      const at = text.indexOf(wanted)
      if (at < 0) return null
      const locate = (offset: number): [Text, number] => {
        let remaining = offset
        for (const node of nodes) {
          if (remaining < node.data.length) return [node, remaining]
          remaining -= node.data.length
        }
        const last = nodes[nodes.length - 1] as Text
        return [last, last.data.length]
      }
      const charRect = (offset: number): DOMRect => {
        const [node, index] = locate(offset)
        const range = document.createRange()
        range.setStart(node, index)
        range.setEnd(node, index + 1)
        return range.getBoundingClientRect()
      }
      const a = charRect(at)
      const b = charRect(at + wanted.length - 1)
      return { x1: a.left + 1, y1: a.top + a.height / 2, x2: b.right - 1, y2: b.top + b.height / 2 }
    }, text)
    if (!box) throw new Error(`"${text}" is not in the element's text`)
    await this.page.mouse.move(box.x1, box.y1)
    await this.page.mouse.down()
    await this.page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 4 })
    await this.page.mouse.move(box.x2, box.y2, { steps: 4 })
    await this.page.mouse.up()
    await expect(this.toolbar()).toBeVisible()
  }

  /** Adds a note with `text` on `passage` of `paragraph`, by mouse, and waits until it is saved. */
  async addNote(paragraph: Locator, passage: string, text: string): Promise<void> {
    await this.selectWithMouse(paragraph, passage)
    await this.toolbar().getByRole('button', { name: 'Add note' }).click()
    const box = this.card(passage).getByRole('textbox', { name: 'Note text' })
    await box.fill(text)
    await box.press('Escape')
    await this.expectSaved()
  }

  /** Waits until the panel says every change is saved. */
  async expectSaved(): Promise<void> {
    await expect(this.panel().getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible()
  }
}
